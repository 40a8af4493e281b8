// What lhci users ask for most, through the bundled action on real Chromium and the real
// lighthouse package: pages behind a login (headers, login-script) on an app that redirects to its
// login form without a session, a built static folder served by the action, and failing on a
// regression against the scores of an earlier run.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDist, visibleLog } from '../support/run-dist.js';
import { processesIn } from '../support/app-processes.js';
import { requireTools } from '../support/system-tools.js';

beforeAll(() => requireTools('chromium'));

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'lighthouse');
const LOGIN_PASSWORD = 'correct-horse-battery-staple';
const PREVIEW_TOKEN = 'preview-tok-7f3a9c2e51';
const env = {
  SHIPSHAPE_LIGHTHOUSE_DIR: join(process.cwd(), 'node_modules', 'lighthouse'),
  // The app's password (its own env) and the one the login script types (the action's env).
  DEMO_PASSWORD: LOGIN_PASSWORD,
  LOGIN_PASSWORD,
  PREVIEW_TOKEN,
};

async function lighthouse(app: string, inputs: Record<string, string>) {
  const reportDir = mkdtempSync(join(tmpdir(), 'lh-peers-'));
  const run = await runDist(
    'lighthouse',
    {
      'working-directory': join(FIXTURES, app),
      'report-dir': reportDir,
      preset: 'desktop',
      runs: '1',
      categories: 'accessibility,seo',
      ...inputs,
    },
    { env, timeoutMs: 150000 },
  );
  const report = (name: string) => readFileSync(join(reportDir, `${name}.report.json`), 'utf8');
  return { ...run, log: visibleLog(run.stdout), reportDir, report };
}

describe('pages behind a login', () => {
  test('without a session the app answers its login form: that is what gets audited', async () => {
    const run = await lighthouse('login-app', { paths: '/account' });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.report('account')).finalDisplayedUrl).toBe('http://127.0.0.1:4310/login?next=%2Faccount');
    expect(run.log).toContain('GET /account anonymous');
    expect(processesIn(join(FIXTURES, 'login-app'))).toEqual([]);
  });

  test('headers: the preview token is sent with the audits, masked in the log and gone from the reports', async () => {
    const run = await lighthouse('login-app', {
      paths: '/account',
      headers: `X-Preview-Token: ${PREVIEW_TOKEN}\n# a comment line\nX-Audit: lighthouse`,
    });
    expect(run.exitCode).toBe(0);
    const report = run.report('account');
    expect(JSON.parse(report).finalDisplayedUrl).toBe('http://127.0.0.1:4310/account');
    expect(JSON.parse(report).configSettings.extraHeaders).toEqual({ 'X-Preview-Token': '***', 'X-Audit': '***' });
    expect(run.log).toContain('GET /account preview-token');
    expect(run.stdout).toContain(`::add-mask::${PREVIEW_TOKEN}`);
    expect(run.log + run.summary).not.toContain(PREVIEW_TOKEN);
    expect(report + readFileSync(join(run.reportDir, 'account.report.html'), 'utf8')).not.toContain(PREVIEW_TOKEN);
  });

  test('login-script: fills the form in the audit browser, and the audits keep its session cookie', async () => {
    const run = await lighthouse('login-app', { paths: '/account, /', 'login-script': 'login.mjs' });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.report('account')).finalDisplayedUrl).toBe('http://127.0.0.1:4310/account');
    expect(JSON.parse(run.report('root')).finalDisplayedUrl).toBe('http://127.0.0.1:4310/');
    expect(run.log).toMatch(/running login-script \S+login\.mjs/);
    expect(run.log).toContain('POST /login anonymous');
    expect(run.log).toContain('GET /account session');
    expect(run.log).toContain('GET / session');
    expect(run.log).not.toContain('GET /account anonymous');
    expect(processesIn(join(FIXTURES, 'login-app'))).toEqual([]);
  });

  test('a login script that cannot sign in fails the step instead of auditing the login form', async () => {
    const run = await runDist(
      'lighthouse',
      {
        'working-directory': join(FIXTURES, 'login-app'),
        'report-dir': mkdtempSync(join(tmpdir(), 'lh-peers-')),
        runs: '1',
        categories: 'seo',
        'login-script': 'login.mjs',
      },
      { env: { ...env, LOGIN_PASSWORD: 'wrong-password' }, timeoutMs: 150000 },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('POST /login anonymous');
    expect(run.stdout).toMatch(
      /::error::login-script failed: still on http:\/\/127\.0\.0\.1:4310\/login after signing in/,
    );
    expect(visibleLog(run.stdout)).not.toContain('wrong-password');
    expect(processesIn(join(FIXTURES, 'login-app'))).toEqual([]);
  });
});

test('static-dir, then base-scores: unchanged pages pass, a page that lost accessibility fails with its delta', async () => {
  const first = await lighthouse('static-site', { 'static-dir': '.', paths: '/, /about, /broken' });
  expect(first.exitCode).toBe(0);
  const port = first.outputs.port;
  expect(Number(port)).toBeGreaterThan(0);
  expect(first.outputs.url).toBe(`http://127.0.0.1:${port}/`);
  expect(JSON.parse(first.report('about')).finalDisplayedUrl).toBe(`http://127.0.0.1:${port}/about`);
  expect(first.summary).toContain(
    `Served the static folder \`test/fixtures/lighthouse/static-site\` on http://127.0.0.1:${port}.`,
  );
  const scores = JSON.parse(first.outputs['scores-json']) as Record<string, unknown>[];
  expect(scores.map((s) => s.path)).toEqual(['/', '/about', '/broken']);
  expect(scores[0].accessibility).toBe(100);
  const broken = scores[2].accessibility as number;
  expect(broken).toBeLessThan(90);

  // The base branch, where /broken was as accessible as the home page.
  const base = scores.map((s) => (s.path === '/broken' ? { ...s, accessibility: 100 } : s));
  const second = await lighthouse('static-site', {
    'static-dir': '.',
    paths: '/, /about, /broken',
    'base-scores': JSON.stringify(base),
    'max-regression': 'accessibility=5\nseo=0',
  });
  expect(second.exitCode).toBe(1);
  expect(second.log).toContain(
    `::error::Lighthouse scores regressed: /broken accessibility 100 → ${broken} (${broken - 100}, more than 5 points down)`,
  );
  expect(second.summary).toContain('❌ **1 score regressed** against the base');
  expect(second.summary).toContain('### Compared with the base');
  expect(second.summary).toContain('| `/` | 100 → 100 (±0) |');
  expect(second.summary).toContain(`| \`/broken\` | 100 → ${broken} (−${100 - broken}) ❌ |`);
  expect(second.summary).toContain('max-regression): Accessibility 5, SEO 0.');
  expect(second.log).toContain(
    `::error title=lighthouse/regression-accessibility%3A accessibility score regressed::/broken: accessibility 100 → ${broken} (${broken - 100} points; max-regression allows 5)`,
  );
  const sarif = JSON.parse(readFileSync(join(second.reportDir, 'budgets.sarif'), 'utf8'));
  expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
    'lighthouse/regression-accessibility',
  ]);
});

test.each([
  [{ 'static-dir': 'no-such-folder' }, 'input `static-dir`: no-such-folder is not a folder (build the site first)'],
  [{ 'static-dir': '.', 'start-command': 'npm start' }, 'set only one of `static-dir` and `start-command`'],
  [{ headers: 'not a header line' }, 'input `headers` must hold `Name: value` lines (line 1 has no valid header name'],
  [{ 'login-script': 'missing.mjs' }, 'input `login-script`: file missing.mjs does not exist'],
  [{ 'base-scores': '[{"nopath":1}]' }, 'input `base-scores` must be a JSON array of pages with a `path`'],
  [{ 'base-scores': 'scores.json' }, 'input `base-scores`: file scores.json does not exist'],
  [{ 'max-regression': 'speed=3' }, 'input `max-regression` must be a number of points or category=points lines'],
])('bad input %j fails with one line naming it', async (inputs, message) => {
  const run = await runDist(
    'lighthouse',
    { 'working-directory': join(FIXTURES, 'static-site'), 'chrome-path': '/usr/bin/chromium', ...inputs },
    { env },
  );
  expect(run.exitCode).toBe(1);
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(`::error::${message}`);
});
