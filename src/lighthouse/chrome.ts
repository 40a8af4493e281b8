// One Chrome or Chromium for every Lighthouse run of the step: found from `chrome-path`, CHROME_PATH
// or PATH, started headless with a fresh profile, and killed on every exit path.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { ConfigurationError } from '../lib/errors.js';
import { cleanupOnCancel } from '../lib/process.js';

// --no-sandbox: runners and containers often lack the user namespaces Chrome's sandbox needs.
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const CANDIDATES = ['google-chrome-stable', 'google-chrome', 'chromium', 'chromium-browser', 'chrome'];

export function findChrome(input: string, env: NodeJS.ProcessEnv = process.env): string {
  if (input) {
    if (!isExecutable(input)) throw new ConfigurationError(`input \`chrome-path\`: ${input} is not an executable file`);
    return input;
  }
  if (env.CHROME_PATH && isExecutable(env.CHROME_PATH)) return env.CHROME_PATH;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of CANDIDATES) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  throw new ConfigurationError(
    `no Chrome or Chromium found on PATH (looked for ${CANDIDATES.join(', ')}); set input \`chrome-path\``,
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface Browser {
  port: number;
  close(): Promise<void>;
}

export async function launchChrome(chromePath: string): Promise<Browser> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const forget = cleanupOnCancel(() => {
    try {
      process.kill(chrome.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  });
  return {
    port: chrome.port,
    async close() {
      forget();
      await Promise.resolve(chrome.kill()).catch(() => undefined);
    },
  };
}
