// The gate on an old repository: a pull request judged on the findings it adds. The repository is
// a git copy of examples/nextjs-sqlite with at least 40 old findings (the audit's and 20 of Trivy's
// real reports, JSON and SARIF); the pull-request comment goes to the loopback GitHub API stand-in, which records it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGitHubApi, type GitHubApiStandIn, type RecordedRequest } from '../support/github-api.js';
import { runDist } from '../support/run-dist.js';

const TRIVY = resolve('..', 'shared', 'fixtures', 'trivy');
const OLD_TRIVY = ['alpine-310', 'centos-7', 'debian-buster', 'pnpm', 'dockerfile', 'secrets', 'npm', 'yarn'].map(
  (n) => `${TRIVY}/${n}.json`,
);
const OLD_SARIF = `${TRIVY}/alpine-310.sarif`;
const TRIVY_FINDINGS = 16 + 4;
const dir = mkdtempSync(join(tmpdir(), 'gate-pr-'));
const repo = join(dir, 'repo');
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();

function audit(out: string, format = 'json'): string {
  const r = spawnSync(
    process.execPath,
    [resolve('bin/shipshape.js'), 'audit', repo, '--format', format, '--fail-on', 'none'],
    {
      encoding: 'utf8',
    },
  );
  writeFileSync(join(dir, out), r.stdout);
  return join(dir, out);
}

// The commit a pull request adds: one more script with a literal secret, put first so every other
// finding in package.json moves down a line (fingerprints must not depend on lines).
function addHardcodedSecret() {
  const file = join(repo, 'package.json');
  const pkg = readFileSync(file, 'utf8').replace(
    '"scripts": {\n',
    '"scripts": {\n    "seed": "API_SECRET=Zq8vT2mW9xK4rB7nY3cF6hJ1pL5sD0gE node prisma/seed.js",\n',
  );
  writeFileSync(file, pkg);
}

let baseSha: string;
let baseAudit: string;
let oldFindings: number;
let api: GitHubApiStandIn;
const comments: { id: number; body: string; html_url: string; user: { login: string; type: string } }[] = [];
let denyWrites = false;

beforeAll(async () => {
  cpSync('examples/nextjs-sqlite', repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  baseSha = git('rev-parse', 'HEAD');
  baseAudit = audit('base-audit.json');
  oldFindings = JSON.parse(readFileSync(baseAudit, 'utf8')).findings.length + TRIVY_FINDINGS;
  api = await startGitHubApi((req: RecordedRequest) => {
    const list = /^\/repos\/acme\/portal\/issues\/7\/comments/;
    if (req.method === 'GET' && list.test(req.path)) return { status: 200, json: comments };
    if (denyWrites && req.method !== 'GET')
      return { status: 403, json: { message: 'Resource not accessible by integration' } };
    const body = (req.body as { body: string }).body;
    if (req.method === 'POST' && list.test(req.path)) {
      const id = 1000 + comments.length;
      const c = {
        id,
        body,
        html_url: `https://github.com/acme/portal/pull/7#issuecomment-${id}`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      };
      comments.push(c);
      return { status: 201, json: c };
    }
    const patch = /^\/repos\/acme\/portal\/issues\/comments\/(\d+)$/.exec(req.path);
    const c = patch && comments.find((x) => x.id === Number(patch[1]));
    if (req.method === 'PATCH' && c) {
      c.body = body;
      return { status: 200, json: c };
    }
    return undefined;
  });
});
afterAll(() => api.stop());

beforeEach(() => {
  git('checkout', '-q', '-f', baseSha);
  git('clean', '-qfdx');
  comments.length = 0;
  api.requests.length = 0;
  denyWrites = false;
});

function pullRequestEnv(): Record<string, string> {
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha } } }));
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/portal',
    GITHUB_API_URL: api.url,
    GITHUB_WORKFLOW: 'shipshape security',
    GITHUB_JOB: 'gate',
  };
}

function gate(headAudit: string, extra: Record<string, string> = {}) {
  return runDist(
    'gate',
    {
      'audit-report': headAudit,
      'trivy-report': OLD_TRIVY.join('\n'),
      sarif: OLD_SARIF,
      'base-reports': [baseAudit, ...OLD_TRIVY, OLD_SARIF].join('\n'),
      'fail-on': 'high',
      'github-token': 'ghs_gatetesttoken',
      baseline: '.shipshape-baseline.yml',
      ...extra,
    },
    { cwd: repo, env: pullRequestEnv() },
  );
}

/** The rows of the comment's "New findings" table. */
function newRows(body: string): string[] {
  const section = body.split('### New findings')[1]?.split('\n### ')[0] ?? '';
  return section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Severity') && !l.startsWith('| ---'));
}

test('a pull request that adds one critical to 40 old findings fails, with exactly that finding in the comment', async () => {
  expect(oldFindings).toBeGreaterThanOrEqual(40);
  addHardcodedSecret();
  git('commit', '-qam', 'seed script');
  const run = await gate(audit('head-audit.json'));
  expect(run.outputs).toMatchObject({
    passed: 'false',
    new: '1',
    fixed: '0',
    accepted: '0',
    total: String(oldFindings + 1),
  });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.reasons).toContain('1 new finding at or above high: secrets/hardcoded-in-scripts (package.json:');
  const posts = api.requests.filter((r) => r.method === 'POST');
  expect(posts).toHaveLength(1);
  const body = (posts[0].body as { body: string }).body;
  const rows = newRows(body);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatch(
    /^\| critical \| secrets\/hardcoded-in-scripts \| package\.json:6 \| package\.json script `seed` sets API_SECRET to a literal/,
  );
  expect(body).not.toContain('NEXTAUTH_SECRET');
  expect(run.outputs['comment-url']).toBe('https://github.com/acme/portal/pull/7#issuecomment-1000');
  expect(posts[0].headers.authorization).toBe('Bearer ghs_gatetesttoken');
  expect(run.stdout.replace('::add-mask::ghs_gatetesttoken', '')).not.toContain('ghs_gatetesttoken');
  expect(run.summary).not.toContain('ghs_gatetesttoken');
});

test('the same pull request without the critical passes, though the old findings remain', async () => {
  writeFileSync(join(repo, 'README.md'), `${readFileSync(join(repo, 'README.md'), 'utf8')}\nA harmless change.\n`);
  git('commit', '-qam', 'docs');
  const run = await gate(audit('head-audit.json'));
  expect(run.outputs).toMatchObject({ passed: 'true', new: '0', total: String(oldFindings) });
  expect(run.exitCode).toBe(0);
  expect(newRows(comments[0].body)).toHaveLength(0);
  expect(comments[0].body).toContain('No new findings.');
});

test('two runs on one pull request leave one comment: one POST, then a PATCH of that comment', async () => {
  addHardcodedSecret();
  git('commit', '-qam', 'seed script');
  const head = audit('head-audit.json');
  const first = await gate(head);
  // The author fixes it; the second run updates the same comment to the new verdict.
  git('revert', '--no-edit', 'HEAD');
  const second = await gate(audit('head-audit-2.json'));
  expect(first.outputs.passed).toBe('false');
  expect(second.outputs.passed).toBe('true');
  const writes = api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
  expect(writes).toEqual([
    'POST /repos/acme/portal/issues/7/comments',
    'PATCH /repos/acme/portal/issues/comments/1000',
  ]);
  expect(comments).toHaveLength(1);
  expect(comments[0].body).toContain('## shipshape gate: ✅ passed');
  expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
});

test('a comment with the marker by someone else is not taken over', async () => {
  comments.push({
    id: 42,
    body: '<!-- shipshape-gate shipshape_security/gate -->\n## shipshape gate: ✅ passed',
    html_url: 'https://github.com/acme/portal/pull/7#issuecomment-42',
    user: { login: 'mallory', type: 'User' },
  });
  const run = await gate(audit('head-audit.json'));
  expect(api.requests.filter((r) => r.method !== 'GET').map((r) => r.method)).toEqual(['POST']);
  expect(run.outputs['comment-url']).not.toContain('issuecomment-42');
});

test('without pull-requests: write the summary says so and the gate still decides', async () => {
  denyWrites = true;
  addHardcodedSecret();
  git('commit', '-qam', 'seed script');
  const run = await gate(audit('head-audit.json'));
  expect(run.exitCode).toBe(1);
  expect(run.outputs).toMatchObject({ passed: 'false', 'comment-url': '' });
  expect(run.summary).toContain(
    'No pull-request comment: the token cannot comment on the pull request (HTTP 403): give the job `pull-requests: write`',
  );
});

test('the baseline is read from the base commit: the pull request cannot accept its own finding', async () => {
  addHardcodedSecret();
  git('commit', '-qam', 'seed script');
  const head = audit('head-audit.json');
  const fingerprint = /\| critical \| secrets\/hardcoded-in-scripts \|[^\n]*\| ([0-9a-f]{16}) \|/.exec(
    (await gate(head)).summary,
  )![1];
  writeFileSync(
    join(repo, '.shipshape-baseline.yml'),
    `accepted:\n  - fingerprint: ${fingerprint}\n    owner: '@mallory'\n    reason: trust me\n    expires: 2999-12-31\n`,
  );
  git('add', '-A');
  git('commit', '-qm', 'accept my own secret');
  const run = await gate(head);
  expect(run.outputs).toMatchObject({ passed: 'false', new: '1', accepted: '0' });
  expect(run.summary).toContain('Policy change: this pull request edits the baseline (1 added, 0 removed)');
  expect(run.summary).toContain(
    `added: fingerprint ${fingerprint} (owner @\u200bmallory, expires 2999-12-31: trust me)`,
  );
  expect(comments[0].body).toContain('Policy change');
});

test('an entry of the base baseline accepts a finding until it expires, then it is reported', async () => {
  addHardcodedSecret();
  git('commit', '-qam', 'seed script');
  const head = audit('head-audit.json');
  const entry = (expires: string) =>
    `accepted:\n  - rule: secrets/hardcoded-in-scripts\n    path: package.json\n    owner: '@platform'\n    reason: rotated, removal in PR 12\n    expires: ${expires}\n`;
  for (const [expires, passed] of [
    ['2999-12-31', 'true'],
    ['2020-01-31', 'false'],
  ]) {
    git('checkout', '-q', '-f', baseSha);
    git('checkout', '-q', '-B', `base-${expires}`);
    writeFileSync(join(repo, '.shipshape-baseline.yml'), entry(expires));
    git('add', '-A');
    git('commit', '-qm', 'baseline');
    baseSha = git('rev-parse', 'HEAD');
    const run = await gate(head);
    expect(run.outputs.passed).toBe(passed);
    if (passed === 'true') expect(run.outputs).toMatchObject({ accepted: '2', new: '0' });
    else {
      expect(run.outputs.accepted).toBe('0');
      expect(run.summary).toContain(
        'Expired baseline entry, no longer accepting: secrets/hardcoded-in-scripts in package.json',
      );
      expect(run.stdout).toContain('::warning::baseline entry');
    }
  }
  baseSha = git('rev-list', '--max-parents=0', 'HEAD');
});
