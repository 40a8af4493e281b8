// The bundled Lighthouse action run like the runner runs it, on real apps, real Chromium and the
// real lighthouse package (SHIPSHAPE_LIGHTHOUSE_DIR points at the repository's copy).
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDist, visibleLog } from '../support/run-dist.js';
import { processesIn } from '../support/app-processes.js';
import { isLocalHost } from '../../src/lighthouse/inputs.js';
import { requireTools } from '../support/system-tools.js';

beforeAll(() => requireTools('chromium'));

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'lighthouse');
const env = { SHIPSHAPE_LIGHTHOUSE_DIR: join(process.cwd(), 'node_modules', 'lighthouse') };

async function lighthouse(app: string, inputs: Record<string, string>) {
  const reportDir = mkdtempSync(join(tmpdir(), 'lh-reports-'));
  const run = await runDist(
    'lighthouse',
    { 'working-directory': join(FIXTURES, app), 'report-dir': reportDir, preset: 'desktop', runs: '1', ...inputs },
    { env, timeoutMs: 150000 },
  );
  return { ...run, log: visibleLog(run.stdout), reportDir };
}

test('the seed: the workflow expects 3000, the app listens on 3005; the action audits 3005 and reports the mismatch', async () => {
  const run = await lighthouse('seed-port-3005', {
    url: 'http://localhost:3000/',
    budgets: 'performance=50\naccessibility=90',
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    port: '3005',
    'port-mismatch': 'true',
    url: 'http://127.0.0.1:3005/',
    'report-dir': run.reportDir,
  });
  for (const c of ['performance', 'accessibility', 'best-practices', 'seo'])
    expect(Number(run.outputs[c])).toBeGreaterThanOrEqual(50);
  expect(JSON.parse(run.outputs['scores-json'])[0]).toMatchObject({
    path: '/',
    url: 'http://127.0.0.1:3005/',
    accessibility: 100,
  });
  expect(run.log).toContain(
    '::warning::port mismatch: input `url` expects port 3000, but the app listens on port 3005; auditing port 3005',
  );
  expect(run.summary).toContain(
    '⚠️ **port mismatch: input `url` expects port 3000, but the app listens on port 3005**',
  );
  expect(run.summary).toContain('port **3005** detected from the process tree');
  expect(run.summary).toContain('✅ **All budgets met**');
  expect(run.summary).toMatch(/\| `\/` \| \d+ \| 100 \| \d+ \| \d+ \| \d+ ms \| \d+ ms \| 0\.\d{3} \|/);
  expect(run.summary).toMatch(/\| `\/` \| accessibility ≥ 90 \| 100 \| ✅ pass \|/);
  const lhr = JSON.parse(readFileSync(join(run.reportDir, 'root.report.json'), 'utf8'));
  expect(lhr.finalDisplayedUrl).toBe('http://127.0.0.1:3005/');
  expect(lhr.configSettings.formFactor).toBe('desktop');
  expect(readFileSync(join(run.reportDir, 'root.report.html'), 'utf8')).toMatch(/<!doctype html>/i);
  expect(processesIn(join(FIXTURES, 'seed-port-3005'))).toEqual([]);
});

test.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('a cancelled step (%s) stops the app it started', async (signal, code) => {
  // A private copy: port-detection.test.ts runs never-listens too, in another worker, and the
  // process checks here go by folder.
  const app = mkdtempSync(join(tmpdir(), 'lh-cancel-'));
  cpSync(join(FIXTURES, 'never-listens'), app, { recursive: true });
  const run = await runDist(
    'lighthouse',
    { 'working-directory': app, 'start-timeout': '60', runs: '1' },
    {
      env,
      onSpawn: (child) => {
        // Cancel as the runner does, once the app is up and the action is waiting for it.
        const poll = setInterval(() => {
          if (processesIn(app).length) {
            clearInterval(poll);
            child.kill(signal);
          }
        }, 100);
        child.on('exit', () => clearInterval(poll));
      },
    },
  );
  expect(run.exitCode).toBe(code);
  expect(run.stdout).toContain('started in process group');
  expect(processesIn(app)).toEqual([]);
});

test('strict-port: the same mismatch fails the step before any audit, and the app is stopped', async () => {
  const run = await lighthouse('seed-port-3005', { port: '3000', 'strict-port': 'true' });
  expect(run.exitCode).toBe(1);
  expect(run.log).toContain(
    '::error::port mismatch: input `port` expects port 3000, but the app listens on port 3005; strict-port is true, so this fails the step',
  );
  expect(existsSync(join(run.reportDir, 'root.report.json'))).toBe(false);
  expect(processesIn(join(FIXTURES, 'seed-port-3005'))).toEqual([]);
});

test('a lighthouserc assertions block is enforced as is: /broken misses the accessibility budget and fails naming path, metric, value and budget', async () => {
  const run = await lighthouse('seed-port-3005', {
    paths: '/, /broken',
    categories: 'accessibility,performance',
    budgets: 'lighthouserc.json',
  });
  expect(run.exitCode).toBe(1);
  const failure = run.log.split('\n').find((l) => l.startsWith('::error::Lighthouse budgets missed'))!;
  expect(failure).toMatch(/^::error::Lighthouse budgets missed: \/broken accessibility (\d+), below the budget 90$/);
  expect(Number(/accessibility (\d+)/.exec(failure)![1])).toBeLessThan(90);
  // The annotation for the missed budget points at the lighthouserc it came from.
  expect(run.log).toMatch(
    /::error title=lighthouse\/accessibility%3A accessibility budget missed,file=test\/fixtures\/lighthouse\/seed-port-3005\/lighthouserc\.json::\/broken: accessibility \d+, below the budget 90/,
  );
  // Size assertions are not ours to enforce: said, not silently dropped.
  expect(run.log).toContain(
    '::warning::lighthouserc: not enforced by this action: resource-summary:script:size (lhci resource and item assertions)',
  );
  expect(run.summary).toMatch(/\| `\/` \| accessibility ≥ 90 \| 100 \| ✅ pass \|/);
  expect(run.summary).toMatch(/\| `\/broken` \| accessibility ≥ 90 \| \d+ \| ❌ fail \|/);
  expect(run.summary).toMatch(/\| `\/broken` \| largest-contentful-paint ≤ 4000 ms \| \d+ ms \| ✅ pass \|/);
  expect(JSON.parse(readFileSync(join(run.reportDir, 'budgets.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  expect(existsSync(join(run.reportDir, 'broken.report.html'))).toBe(true);
  expect(processesIn(join(FIXTURES, 'seed-port-3005'))).toEqual([]);
});

test('an app with a raw TCP port and an HTTP port: the HTTP one is audited, the other listed', async () => {
  const run = await lighthouse('two-ports', { categories: 'seo' });
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    port: '4102',
    'port-mismatch': 'false',
    performance: '',
    seo: expect.stringMatching(/^\d+$/),
  });
  expect(run.summary).toContain('Also listening, not HTTP: 4101.');
  expect(processesIn(join(FIXTURES, 'two-ports'))).toEqual([]);
});

describe('an app that already runs (start-command: none)', () => {
  let server: Server;
  beforeAll(async () => {
    server = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Deployed</title></head><body><h1>Deployed</h1></body></html>',
        ),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  });
  afterAll(() => server.close());

  test('is audited as given, with no server started (the folder has no package.json)', async () => {
    const port = (server.address() as { port: number }).port;
    const url = `http://127.0.0.1:${port}/landing`;
    const run = await lighthouse('..', {
      'working-directory': mkdtempSync(join(tmpdir(), 'lh-empty-')),
      url,
      'start-command': 'none',
      categories: 'accessibility',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ url, port: String(port), accessibility: '100', 'port-mismatch': 'false' });
    expect(run.log).toContain(`auditing ${url} as given; no server is started`);
    expect(existsSync(join(run.reportDir, 'landing.report.json'))).toBe(true);
  });
});

// Loopback itself is isLoopbackHost's (test/lib); the action also counts the any-address as this machine.
test.each([
  ['localhost', true],
  ['0.0.0.0', true],
  ['[::]', true],
  ['staging.example.com', false],
])('host %s is this machine (start the app): %s', (host, local) => {
  expect(isLocalHost(host)).toBe(local);
});

test.each([
  [{ runs: '0' }, 'input `runs` must be a whole number from 1 to 25 (got `0`)'],
  [{ preset: 'tablet' }, 'input `preset` must be one of mobile, desktop (got `tablet`)'],
  [
    { categories: 'performance,pwa' },
    'input `categories` must list some of performance, accessibility, best-practices, seo (got `pwa`)',
  ],
  [
    { budgets: 'speed=fast' },
    'input `budgets`: unknown budget `speed` (use performance, accessibility, best-practices, seo or fcp, lcp, tbt, cls, si, tti, ttfb)',
  ],
  [{ budgets: 'lcp=fast' }, 'input `budgets`: lcp must be milliseconds like 2500, or seconds like 2.5s (got `fast`)'],
  [{ url: 'ftp://example.com/' }, 'input `url` must be an http(s) address (got `ftp://example.com/`)'],
  [{ 'start-command': 'none' }, 'input `start-command` is none (the app already runs): set `url` to its address'],
  [{ port: '70000' }, 'input `port` must be a whole number from 1 to 65535 (got `70000`)'],
  [
    { 'start-command': '', 'working-directory': 'test/fixtures/lighthouse/proc' },
    'input `start-command` is required: there is no package.json in',
  ],
  [
    { budgets: 'seo=90', categories: 'performance' },
    'budget seo (input `budgets`) needs input `categories` to include seo (got `performance`)',
  ],
])('bad input %j fails with one line naming it', async (inputs, message) => {
  const run = await runDist('lighthouse', { 'chrome-path': '/usr/bin/chromium', ...inputs }, { env });
  expect(run.exitCode).toBe(1);
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(`::error::${message}`);
});
