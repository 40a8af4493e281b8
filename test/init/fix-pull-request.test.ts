// The audit action's `fix: pull-request`, through its bundle: init's files committed on the branch
// shipshape/init through the Git data API and one pull request opened; a second run updates the same
// branch and pull request instead of opening another. The API is a recording stand-in on loopback.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDist, visibleLog } from '../support/run-dist.js';
import { startGitHubApi, type GitHubApiStandIn, type RecordedRequest } from '../support/github-api.js';

const TOKEN = 'ghs_fixTokenThatMustNeverBePrinted0001';
const BASE_SHA = 'b'.repeat(40);
let api: GitHubApiStandIn;
let branchSha: string | undefined;
let pull: { number: number; html_url: string } | undefined;
let commits = 0;

beforeAll(async () => {
  api = await startGitHubApi((req: RecordedRequest) => {
    const p = req.path;
    if (req.method === 'GET' && p === '/repos/acme/orders-api/git/ref/heads/main')
      return { status: 200, json: { ref: 'refs/heads/main', object: { sha: BASE_SHA, type: 'commit' } } };
    if (req.method === 'GET' && p === `/repos/acme/orders-api/git/commits/${BASE_SHA}`)
      return { status: 200, json: { sha: BASE_SHA, tree: { sha: 't'.repeat(40) } } };
    if (req.method === 'POST' && p === '/repos/acme/orders-api/git/trees')
      return { status: 201, json: { sha: `tree${++commits}`.padEnd(40, '0') } };
    if (req.method === 'POST' && p === '/repos/acme/orders-api/git/commits')
      return { status: 201, json: { sha: `c${commits}`.padEnd(40, '0') } };
    if (req.method === 'GET' && p === '/repos/acme/orders-api/git/ref/heads/shipshape/init')
      return branchSha ? { status: 200, json: { object: { sha: branchSha } } } : undefined;
    if (req.method === 'POST' && p === '/repos/acme/orders-api/git/refs') {
      branchSha = (req.body as { sha: string }).sha;
      return { status: 201, json: { ref: 'refs/heads/shipshape/init' } };
    }
    if (req.method === 'PATCH' && p === '/repos/acme/orders-api/git/refs/heads/shipshape/init') {
      branchSha = (req.body as { sha: string }).sha;
      return { status: 200, json: {} };
    }
    if (req.method === 'GET' && p.startsWith('/repos/acme/orders-api/pulls?'))
      return { status: 200, json: pull ? [pull] : [] };
    if (req.method === 'POST' && p === '/repos/acme/orders-api/pulls') {
      pull = { number: 7, html_url: 'https://github.com/acme/orders-api/pull/7' };
      return { status: 201, json: pull };
    }
    if (req.method === 'PATCH' && p === '/repos/acme/orders-api/pulls/7') return { status: 200, json: pull };
    return undefined;
  });
});
afterAll(() => api.stop());

async function fix(ws: string) {
  const event = join(ws, '..', `event-${Math.random()}.json`);
  writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }));
  return runDist(
    'audit',
    {
      path: '.',
      'fail-on': 'none',
      fix: 'pull-request',
      'github-token': TOKEN,
      'sarif-file': join(ws, '..', 'a.sarif'),
      'report-file': join(ws, '..', 'a.md'),
      'json-file': join(ws, '..', 'a.json'),
    },
    {
      cwd: ws,
      env: {
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: 'acme/orders-api',
        GITHUB_EVENT_PATH: event,
        GITHUB_ACTION_REF: 'c'.repeat(40),
      },
    },
  );
}

test('opens one pull request with the files init writes, then updates it on the next run', async () => {
  const ws = join(mkdtempSync(join(tmpdir(), 'fix-pr-')), 'repo');
  cpSync('test/fixtures/init/express-no-pipeline', ws, { recursive: true });

  const first = await fix(ws);
  expect(first.stderr).toBe('');
  expect(first.exitCode).toBe(0);
  expect(first.outputs['fix-pull-request']).toBe('https://github.com/acme/orders-api/pull/7');
  const tree = api.requests.find((r) => r.method === 'POST' && r.path.endsWith('/git/trees'))!.body as {
    base_tree: string;
    tree: { path: string; content: string }[];
  };
  const paths = tree.tree.map((t) => t.path);
  expect(paths).toEqual(expect.arrayContaining(['Dockerfile', '.dockerignore', 'health.js', '.github/dependabot.yml']));
  expect(paths).toEqual(expect.arrayContaining(['.github/workflows/shipshape-release.yml']));
  expect(first.outputs['fix-files'].split('\n')).toEqual(paths);
  expect(tree.tree.find((t) => t.path === '.github/workflows/shipshape-security.yml')!.content).toContain(
    `shipshape-security.yml@${'c'.repeat(40)}`,
  );
  const created = api.requests.filter((r) => r.method === 'POST' && r.path === '/repos/acme/orders-api/pulls');
  expect(created).toHaveLength(1);
  const body = (created[0].body as { body: string; head: string; base: string }).body;
  expect(created[0].body).toMatchObject({ head: 'shipshape/init', base: 'main' });
  expect(body).toContain('`container/no-dockerfile`');
  expect(body).toContain('`observability/no-health-endpoint`');
  expect(body).toContain('Mount the health routes in server.js');
  expect(api.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);

  const second = await fix(ws);
  expect(second.exitCode).toBe(0);
  expect(api.requests.filter((r) => r.method === 'POST' && r.path === '/repos/acme/orders-api/pulls')).toHaveLength(1);
  expect(api.requests.filter((r) => r.method === 'PATCH' && r.path === '/repos/acme/orders-api/pulls/7')).toHaveLength(
    1,
  );
  expect(
    api.requests.filter(
      (r) => r.method === 'PATCH' && r.path === '/repos/acme/orders-api/git/refs/heads/shipshape/init',
    ),
  ).toHaveLength(1);
  for (const run of [first, second]) expect(visibleLog(run.stdout) + run.stderr + run.summary).not.toContain(TOKEN);
});

test('a refused token is one line naming the call and the permissions, and no token', async () => {
  const refusing = await startGitHubApi(() => ({ status: 403, json: { message: `Bad credentials ${TOKEN}` } }));
  try {
    const ws = join(mkdtempSync(join(tmpdir(), 'fix-pr-')), 'repo');
    cpSync('test/fixtures/init/express-no-pipeline', ws, { recursive: true });
    const run = await runDist(
      'audit',
      { path: '.', 'fail-on': 'none', fix: 'pull-request', 'github-token': TOKEN },
      { cwd: ws, env: { GITHUB_API_URL: refusing.url, GITHUB_REPOSITORY: 'acme/orders-api' } },
    );
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('GitHub API GET /repos/acme/orders-api/git/ref/heads/main answered 403');
    expect(errors[0]).toContain('pull-requests: write');
    expect(visibleLog(run.stdout) + run.stderr).not.toContain(TOKEN);
  } finally {
    await refusing.stop();
  }
});
