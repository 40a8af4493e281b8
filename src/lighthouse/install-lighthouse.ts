// Installing the pinned Lighthouse on a runner that has none. The release and every one of its
// dependencies are pinned by the lockfile shipped beside the bundle (runtime/), installed with
// `npm ci`, kept in the runner's tool cache folder for later steps and in the Actions cache for later
// jobs (keyed by version, OS, architecture, Node major and the lockfile's hash).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '../lib/runner.js';
import { errorMessage } from '../lib/errors.js';
import { runCommand } from '../lib/exec.js';
import { runnerTemp } from '../lib/action.js';

export const LIGHTHOUSE_VERSION = '12.8.2';
const TOOL = 'shipshape-lighthouse';

/** The shipped package.json and lockfile: src/lighthouse/runtime in the source, dist/lighthouse/runtime in the bundle. */
export function runtimeDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'runtime');
}

export function installCacheKey(lockfile: string): string {
  const hash = createHash('sha256').update(lockfile).digest('hex').slice(0, 16);
  const node = process.versions.node.split('.')[0];
  return `${TOOL}-${LIGHTHOUSE_VERSION}-${process.platform}-${process.arch}-node${node}-${hash}`;
}

/** The folder of the lighthouse package, installed when no cache has it. */
export async function installLighthouse(): Promise<string> {
  const lockfile = readFileSync(join(runtimeDir(), 'package-lock.json'), 'utf8');
  const key = installCacheKey(lockfile);
  // One folder per key, the same path on every job: the Actions cache restores to the path it saved.
  const root = process.env.RUNNER_TOOL_CACHE || join(runnerTemp(), 'tool-cache');
  const dir = join(root, TOOL, key);
  const lighthouse = join(dir, 'node_modules', 'lighthouse');
  const marker = join(dir, '.complete');
  if (existsSync(marker)) {
    core.info(`Lighthouse ${LIGHTHOUSE_VERSION} found in the tool cache`);
    return lighthouse;
  }
  emptyFolder(dir);
  if (!((await restoreInstall(dir, key)) && existsSync(marker))) {
    emptyFolder(dir); // what a partial restore left behind
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(runtimeDir(), file), join(dir, file));
    core.info(`installing lighthouse@${LIGHTHOUSE_VERSION} with npm ci from the shipped lockfile`);
    const npm = await runCommand(
      'npm',
      ['ci', '--prefix', dir, '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'],
      { timeoutMs: 300000, allowFailure: true, onLine: (line) => core.debug(line) },
    );
    if (npm.exitCode !== 0 || npm.timedOut)
      throw new Error(`could not install lighthouse@${LIGHTHOUSE_VERSION} with npm ci: ${npmReason(npm.stderr)}`);
    // Written last: a folder without it is a broken install and is made again.
    writeFileSync(marker, `${key}\n`);
    await saveInstall(dir, key);
  }
  return lighthouse;
}

function emptyFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

async function restoreInstall(dir: string, key: string): Promise<boolean> {
  // Loaded only here: the cache client and its storage SDKs are heavy to start.
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return false;
  try {
    const hit = await cache.restoreCache([dir], key);
    core.info(hit ? `Restored Lighthouse from cache ${hit}` : 'No cached Lighthouse install yet');
    return Boolean(hit);
  } catch (error) {
    core.warning(`could not restore the Lighthouse install cache: ${errorMessage(error)}`);
    return false;
  }
}

async function saveInstall(dir: string, key: string): Promise<void> {
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return;
  try {
    await cache.saveCache([dir], key);
    core.info(`Saved the Lighthouse install as cache ${key}`);
  } catch (error) {
    // Another job may have saved the same key first.
    core.info(`Lighthouse install cache not saved: ${errorMessage(error)}`);
  }
}

/** npm's own reason, without its framing lines ("Run npm help ci", "A complete log ..."). */
export function npmReason(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim())
    .filter(
      (l) =>
        l &&
        !/^(code \w+$|Run "npm help|A complete log|Clean install a project|aliases:|Usage:|npm ci|Options:|\[)/.test(l),
    );
  return lines.slice(0, 2).join(' ') || 'npm exited with an error';
}
