// Every input of the Lighthouse action, read and validated once. Defaults match action.yml.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../lib/errors.js';
import { isLoopbackHost } from '../lib/loopback.js';
import {
  getBooleanInput,
  getChoiceInput,
  getIntegerInput,
  getKeyValueInput,
  getListInput,
  getStringInput,
} from '../lib/inputs.js';
import { registerSecret } from '../lib/redact.js';
import { isSecretName } from '../audit/model/secret-values.js';
import { parseBudgetsInput, type ParsedBudgets } from './budgets.js';
import type { ExpectedPort } from './choose-port.js';
import { CATEGORIES, type Category } from './scores.js';

export interface LighthouseInputs {
  workspace: string;
  workingDirectory: string;
  startCommand: string;
  /** The `url` input parsed; `external` when it points away from this machine (no server started). */
  url?: { href: string; external: boolean };
  /** No server is started: `url` is external, or `start-command: none` says the app already runs. */
  auditAsGiven: boolean;
  expectedPort?: ExpectedPort;
  strictPort: boolean;
  paths: string[];
  runs: number;
  preset: 'desktop' | 'mobile';
  categories: Category[];
  budgets: ParsedBudgets;
  chromePath: string;
  startTimeoutMs: number;
  reportDir: string;
  env: Record<string, string>;
}

// This machine: where the action starts the app. Any other host is a deployed site, audited as given.
// 0.0.0.0 and [::] (any address) reach this machine too.
export const isLocalHost = (host: string) => isLoopbackHost(host) || ['0.0.0.0', '[::]'].includes(host);

export function getInputs(): LighthouseInputs {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = resolve(workspace, getStringInput('working-directory', '.'));
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new ConfigurationError(
      `input \`working-directory\`: ${getStringInput('working-directory', '.')} is not a folder`,
    );
  }
  const env = getKeyValueInput('env');
  // Values reach the app through its environment only; secret-looking ones are masked first.
  for (const [name, value] of Object.entries(env)) if (isSecretName(name)) registerSecret(value);

  const url = parseUrl(getStringInput('url'));
  const startCommand = getStringInput('start-command');
  const alreadyRunning = startCommand.toLowerCase() === 'none';
  if (alreadyRunning && !url)
    throw new ConfigurationError('input `start-command` is none (the app already runs): set `url` to its address');
  const rawPort = getStringInput('port');
  let expectedPort: ExpectedPort | undefined;
  if (alreadyRunning) {
    // Nothing is started, so there is no port to compare with.
  } else if (rawPort) {
    expectedPort = { port: getIntegerInput('port', 0, { min: 1, max: 65535 }), input: 'port' };
    if (url && !url.external && url.port !== expectedPort.port) {
      throw new ConfigurationError(
        `input \`port\` (${expectedPort.port}) and input \`url\` (port ${url.port}) disagree; set one of them`,
      );
    }
  } else if (url && !url.external) {
    expectedPort = { port: url.port, input: 'url' };
  }

  const paths = getListInput('paths', ['/']).map((p) => {
    if (/^[a-z]+:\/\//i.test(p))
      throw new ConfigurationError(
        `input \`paths\` holds paths relative to the app's origin, like /about (got \`${p}\`); put a full address in \`url\``,
      );
    return p.startsWith('/') ? p : `/${p}`;
  });
  const categories = getListInput('categories', [...CATEGORIES]).map((c) => c.toLowerCase());
  for (const c of categories) {
    if (!(CATEGORIES as readonly string[]).includes(c))
      throw new ConfigurationError(`input \`categories\` must list some of ${CATEGORIES.join(', ')} (got \`${c}\`)`);
  }
  const budgets = parseBudgetsInput(getStringInput('budgets'), (file) => {
    const path = [resolve(workingDirectory, file), resolve(workspace, file)].find(existsSync);
    if (!path)
      throw new ConfigurationError(
        `input \`budgets\`: file ${file} does not exist (a file, or NAME=VALUE lines such as performance=90)`,
      );
    return { path, text: readFileSync(path, 'utf8') };
  });
  const reportDir = getStringInput('report-dir', 'lighthouse-reports');
  return {
    workspace,
    workingDirectory,
    startCommand: alreadyRunning ? '' : startCommand,
    url: url && { href: url.href, external: url.external },
    auditAsGiven: alreadyRunning || Boolean(url?.external),
    expectedPort,
    strictPort: getBooleanInput('strict-port', false),
    paths,
    runs: getIntegerInput('runs', 3, { min: 1, max: 25 }),
    preset: getChoiceInput('preset', ['mobile', 'desktop'] as const, 'mobile'),
    categories: categories as Category[],
    budgets,
    chromePath: getStringInput('chrome-path'),
    startTimeoutMs: getIntegerInput('start-timeout', 60, { min: 1, max: 3600 }) * 1000,
    reportDir: isAbsolute(reportDir) ? reportDir : resolve(workspace, reportDir),
    env,
  };
}

function parseUrl(raw: string): { href: string; external: boolean; port: number } | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(
      `input \`url\` must be an http(s) address like http://localhost:3000/ (got \`${raw}\`)`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigurationError(`input \`url\` must be an http(s) address (got \`${raw}\`)`);
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return { href: url.href, external: !isLocalHost(url.hostname), port };
}
