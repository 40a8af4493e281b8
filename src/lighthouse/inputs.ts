// Every input of the Lighthouse action, read and validated once. Defaults live only in action.yml.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../lib/errors.js';
import { isLoopbackHost } from '../lib/loopback.js';
import { existsNoFollow, readTextInside } from '../lib/read-inside.js';
import {
  getBooleanInput,
  getChoiceInput,
  getIntegerInput,
  getKeyValueInput,
  getRequiredInput,
  getRequiredListInput,
  getStringInput,
} from '../lib/inputs.js';
import { registerSecret } from '../lib/redact.js';
import { isSecretName } from '../lib/secret-values.js';
import { parseBudgetsInput, type ParsedBudgets } from './budgets.js';
import type { ExpectedPort } from './choose-port.js';
import { parseHeaders, resolveLoginScript } from './login.js';
import { parseBaseScores, parseMaxRegression, type BaseScores } from './regression.js';
import { CATEGORIES, type Category } from './scores.js';
import { workspace as runnerWorkspace } from '../lib/action.js';

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
  /** Extra HTTP headers for every audited request (values masked). */
  headers: Record<string, string>;
  /** Absolute path of the login script, run against the audit's browser first. */
  loginScript?: string;
  /** A built static folder served by the action on a free loopback port (no start command). */
  staticDir?: string;
  baseScores?: BaseScores[];
  maxRegression: Record<Category, number>;
}

// This machine: where the action starts the app. Any other host is a deployed site, audited as given.
// 0.0.0.0 and [::] (any address) reach this machine too.
export const isLocalHost = (host: string) => isLoopbackHost(host) || ['0.0.0.0', '[::]'].includes(host);

const MAX_INPUT_FILE_BYTES = 4 * 1024 * 1024;

// A file an input names, possibly in the checked-out tree: no link out of the workspace, no FIFO.
function readInputFile(input: string, path: string, workspace: string): string {
  const read = readTextInside(path, workspace, MAX_INPUT_FILE_BYTES);
  if ('refused' in read) throw new ConfigurationError(`input \`${input}\`: ${path} cannot be read: ${read.refused}`);
  return read.text;
}

export async function getInputs(): Promise<LighthouseInputs> {
  const workspace = runnerWorkspace();
  const workingDirectory = resolve(workspace, getRequiredInput('working-directory'));
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new ConfigurationError(
      `input \`working-directory\`: ${getRequiredInput('working-directory')} is not a folder`,
    );
  }
  const env = getKeyValueInput('env');
  // Values reach the app through its environment only; secret-looking ones are masked first.
  for (const [name, value] of Object.entries(env)) if (isSecretName(name)) registerSecret(value);

  const url = parseUrl(getStringInput('url'));
  const startCommand = getStringInput('start-command');
  const staticDir = staticDirInput(workingDirectory, startCommand, url);
  const alreadyRunning = startCommand.toLowerCase() === 'none';
  if (alreadyRunning && !url)
    throw new ConfigurationError('input `start-command` is none (the app already runs): set `url` to its address');
  const rawPort = getStringInput('port');
  let expectedPort: ExpectedPort | undefined;
  if (alreadyRunning || staticDir) {
    // Nothing is started (or the action serves the folder itself), so there is no port to compare with.
    if (staticDir && rawPort)
      throw new ConfigurationError('input `port` does not apply to `static-dir` (served on a free loopback port)');
  } else if (rawPort) {
    expectedPort = { port: getIntegerInput('port', { min: 1, max: 65535 }), input: 'port' };
    if (url && !url.external && url.port !== expectedPort.port) {
      throw new ConfigurationError(
        `input \`port\` (${expectedPort.port}) and input \`url\` (port ${url.port}) disagree; set one of them`,
      );
    }
  } else if (url && !url.external) {
    expectedPort = { port: url.port, input: 'url' };
  }

  const paths = getRequiredListInput('paths').map((p) => {
    if (/^[a-z]+:\/\//i.test(p))
      throw new ConfigurationError(
        `input \`paths\` holds paths relative to the app's origin, like /about (got \`${p}\`); put a full address in \`url\``,
      );
    return p.startsWith('/') ? p : `/${p}`;
  });
  const categories = getRequiredListInput('categories').map((c) => c.toLowerCase());
  for (const c of categories) {
    if (!(CATEGORIES as readonly string[]).includes(c))
      throw new ConfigurationError(`input \`categories\` must list some of ${CATEGORIES.join(', ')} (got \`${c}\`)`);
  }
  const budgets = await parseBudgetsInput(getStringInput('budgets'), (file) => {
    const path = [resolve(workingDirectory, file), resolve(workspace, file)].find(existsNoFollow);
    if (!path)
      throw new ConfigurationError(
        `input \`budgets\`: file ${file} does not exist (a file, or NAME=VALUE lines such as performance=90)`,
      );
    return { path, text: readInputFile('budgets', path, workspace) };
  });
  const reportDir = getRequiredInput('report-dir');
  const baseScores = parseBaseScores(getStringInput('base-scores'), (file) => {
    const path = [resolve(workingDirectory, file), resolve(workspace, file)].find(existsNoFollow);
    return path && readInputFile('base-scores', path, workspace);
  });
  return {
    workspace,
    workingDirectory,
    startCommand: alreadyRunning ? '' : startCommand,
    url: url && { href: url.href, external: url.external },
    auditAsGiven: alreadyRunning || Boolean(url?.external),
    expectedPort,
    strictPort: getBooleanInput('strict-port'),
    paths,
    runs: getIntegerInput('runs', { min: 1, max: 25 }),
    preset: getChoiceInput('preset', ['mobile', 'desktop'] as const),
    categories: categories as Category[],
    budgets,
    chromePath: getStringInput('chrome-path'),
    startTimeoutMs: getIntegerInput('start-timeout', { min: 1, max: 3600 }) * 1000,
    reportDir: isAbsolute(reportDir) ? reportDir : resolve(workspace, reportDir),
    env,
    headers: parseHeaders(getStringInput('headers')),
    loginScript: resolveLoginScript(getStringInput('login-script'), workingDirectory, workspace),
    staticDir,
    baseScores,
    maxRegression: parseMaxRegression(getStringInput('max-regression')),
  };
}

function staticDirInput(
  workingDirectory: string,
  startCommand: string,
  url: { external: boolean } | undefined,
): string | undefined {
  const raw = getStringInput('static-dir');
  if (!raw) return undefined;
  if (startCommand)
    throw new ConfigurationError('set only one of `static-dir` and `start-command` (static-dir needs no server)');
  if (url)
    throw new ConfigurationError(
      'set only one of `static-dir` and `url` (static-dir is served on a free loopback port)',
    );
  const dir = resolve(workingDirectory, raw);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new ConfigurationError(`input \`static-dir\`: ${raw} is not a folder (build the site first)`);
  return dir;
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
