// A fresh hosted runner has no Lighthouse: the bundled action installs the pinned release with
// `npm ci` from the lockfile shipped beside it (dist/lighthouse/runtime), so every dependency is
// the one the lockfile names, and a later step of the job finds the install and reuses it.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDist, visibleLog } from '../support/run-dist.js';
import { requireTools } from '../support/system-tools.js';
import { npmReason } from '../../src/lighthouse/install-lighthouse.js';

beforeAll(() => requireTools('chromium'));

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'lighthouse');

test('installs lighthouse from the shipped lockfile on an empty tool cache, then reuses it', async () => {
  const toolCache = mkdtempSync(join(tmpdir(), 'lh-tool-cache-'));
  const inputs = {
    'working-directory': join(FIXTURES, 'static-site'),
    'static-dir': '.',
    'report-dir': mkdtempSync(join(tmpdir(), 'lh-fresh-')),
    preset: 'desktop',
    runs: '1',
    categories: 'seo',
  };
  // The machine's npm cache may already hold the packages (npm ci of this project): prefer it.
  const env = { RUNNER_TOOL_CACHE: toolCache, npm_config_prefer_offline: 'true' };
  const first = await runDist('lighthouse', inputs, { env, timeoutMs: 300000 });
  expect(first.exitCode).toBe(0);
  expect(visibleLog(first.stdout)).toContain('with npm ci from the shipped lockfile');
  expect(visibleLog(first.stdout)).toMatch(/^Lighthouse 12.8.2, /m);

  const [folder] = readdirSync(join(toolCache, 'shipshape-lighthouse'));
  const install = join(toolCache, 'shipshape-lighthouse', folder);
  const lock = JSON.parse(readFileSync(join('dist', 'lighthouse', 'runtime', 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; optional?: boolean; dev?: boolean }>;
  };
  const pinned = Object.entries(lock.packages).filter(([path, p]) => path && !p.dev && !p.optional);
  expect(pinned.length).toBeGreaterThan(100);
  for (const [path, p] of pinned) {
    const installed = JSON.parse(readFileSync(join(install, path, 'package.json'), 'utf8')) as { version: string };
    expect(`${path}@${installed.version}`).toBe(`${path}@${p.version}`);
  }

  const second = await runDist('lighthouse', inputs, { env, timeoutMs: 150000 });
  expect(second.exitCode).toBe(0);
  expect(visibleLog(second.stdout)).toContain('Lighthouse 12.8.2 found in the tool cache');
  expect(visibleLog(second.stdout)).not.toContain('npm ci');
}, 420000);

test("a failed npm ci is one line with npm's reason, not its framing", () => {
  const stderr = [
    'npm error code EUSAGE',
    'npm error',
    'npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync.',
    'npm error',
    'npm error Missing: third-party-web@0.30.0 from lock file',
    'npm error',
    'npm error Clean install a project',
    'npm error',
    'npm error Run "npm help ci" for more info',
    'npm error A complete log of this run can be found in: /tmp/x/_logs/debug-0.log',
  ].join('\n');
  expect(npmReason(stderr)).toBe(
    '`npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Missing: third-party-web@0.30.0 from lock file',
  );
});
