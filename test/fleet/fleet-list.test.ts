// `shipshape fleet list`, the fleet workflow's first job, against the loopback GitHub API stand-in:
// every page followed through the Link header, archived repositories and forks skipped unless asked,
// the token sent from the environment, and the matrix chunked so 2,000 repositories fit in 256 jobs.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startGitHubApi, type ApiAnswer, type GitHubApiStandIn, type RecordedRequest } from '../support/github-api.js';

const BIN = resolve('bin/shipshape.js');
const TOKEN = 'ghs_fleetListToken0123456789';

// Async: the stand-in answers in this process, so the CLI must not block its event loop.
function cli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

interface Repo {
  name: string;
  full_name: string;
  archived: boolean;
  fork: boolean;
  private: boolean;
}

function organization(owner: string, count: number, extra: (i: number) => Partial<Repo> = () => ({})): Repo[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `service-${String(i).padStart(4, '0')}`;
    return { name, full_name: `${owner}/${name}`, archived: false, fork: false, private: true, ...extra(i) };
  });
}

/** The API's paging: per_page and page in the query, a Link header with next and last. */
function pagedListing(api: () => string, owners: Record<string, Repo[]>, where: 'orgs' | 'users' = 'orgs') {
  return (req: RecordedRequest): ApiAnswer | undefined => {
    const url = new URL(req.path, 'http://x');
    const m = new RegExp(`^/${where}/([^/]+)/repos$`).exec(url.pathname);
    if (!m || req.method !== 'GET') return undefined;
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return { status: 401, json: { message: 'Bad credentials' } };
    const repos = owners[m[1]];
    if (!repos) return { status: 404, json: { message: 'Not Found' } };
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(repos.length / perPage));
    const link = (p: number) => {
      const u = new URL(url.pathname, api());
      u.search = url.search;
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    const links = [];
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return {
      status: 200,
      json: repos.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : undefined,
    };
  };
}

let api: GitHubApiStandIn | undefined;
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

test('every page is listed, archived repositories and forks are skipped, and the token is sent', async () => {
  const repos = organization('acme', 250, (i) => ({ archived: i % 50 === 7, fork: i % 40 === 3 }));
  api = await startGitHubApi(pagedListing(() => api!.url, { acme: repos }));
  const r = await cli(['fleet', 'list', '--organization', 'acme', '--chunk-size', '20'], {
    GITHUB_API_URL: api.url,
    GITHUB_TOKEN: TOKEN,
  });
  expect(r.stderr).toMatch(
    /^shipshape: 238 of 250 repositories in 12 chunks of up to 20 \(skipped 5 archived, 7 forks\)\n$/,
  );
  expect(r.code).toBe(0);
  const matrix = JSON.parse(r.stdout);
  expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  const listed = matrix.include.flatMap((c: { repositories: string }) => c.repositories.split(' '));
  expect(listed).toHaveLength(238);
  expect(listed).toContain('acme/service-0249'); // from the third page
  expect(listed).not.toContain('acme/service-0007'); // archived
  expect(listed).not.toContain('acme/service-0003'); // a fork
  expect(matrix.include.map((c: { chunk: number }) => c.chunk)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  expect(matrix.include[11].repositories.split(' ')).toHaveLength(238 - 11 * 20);

  expect(api.requests.map((q) => new URL(q.path, 'http://x').searchParams.get('page') ?? '1')).toEqual(['1', '2', '3']);
  for (const q of api.requests) {
    expect(q.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(q.headers.accept).toBe('application/vnd.github+json');
    expect(q.path).toMatch(/^\/orgs\/acme\/repos\?per_page=100&/);
  }
});

test('--include-forks, --include-archived and --repositories (names and patterns) choose what is listed', async () => {
  const repos = organization('acme', 30, (i) => ({ archived: i === 1, fork: i === 2 }));
  api = await startGitHubApi(pagedListing(() => api!.url, { acme: repos }));
  const env = { GITHUB_API_URL: api.url, GH_TOKEN: TOKEN };
  const all = JSON.parse(
    (await cli(['fleet', 'list', '--organization', 'acme', '--include-forks', '--include-archived'], env)).stdout,
  );
  expect(all.include.flatMap((c: { repositories: string }) => c.repositories.split(' '))).toHaveLength(30);

  const some = await cli(
    ['fleet', 'list', '--organization', 'acme', '--repositories', 'service-001*, acme/service-0025\nservice-9999'],
    env,
  );
  // The default chunk is 10 repositories: eleven make two jobs.
  expect(JSON.parse(some.stdout).include).toEqual([
    { chunk: 1, repositories: Array.from({ length: 10 }, (_, i) => `acme/service-001${i}`).join(' ') },
    { chunk: 2, repositories: 'acme/service-0025' },
  ]);
  expect(some.stderr).toContain('warning: --repositories names `service-9999`, which acme does not list');
});

test('2,000 repositories fit in a 256-job matrix: the chunk size grows to fit', async () => {
  api = await startGitHubApi(pagedListing(() => api!.url, { bigco: organization('bigco', 2000) }));
  const r = await cli(['fleet', 'list', '--organization', 'bigco', '--chunk-size', '5'], {
    GITHUB_API_URL: api.url,
    GITHUB_TOKEN: TOKEN,
  });
  expect(r.code).toBe(0);
  const matrix = JSON.parse(r.stdout);
  expect(matrix.include.length).toBeLessThanOrEqual(256);
  expect(matrix.include.length).toBe(250); // 2000 / ceil(2000 / 256) = 2000 / 8
  expect(new Set(matrix.include.flatMap((c: { repositories: string }) => c.repositories.split(' '))).size).toBe(2000);
  expect(api.requests).toHaveLength(20);
});

test('a user account is listed under /users/, a refused token is one line, and the token never shows', async () => {
  api = await startGitHubApi((req) =>
    req.path.startsWith('/orgs/')
      ? { status: 404, json: { message: 'Not Found' } }
      : pagedListing(() => api!.url, { alice: organization('alice', 3) }, 'users')(req),
  );
  const user = await cli(['fleet', 'list', '--organization', 'alice'], {
    GITHUB_API_URL: api.url,
    GITHUB_TOKEN: TOKEN,
  });
  expect(JSON.parse(user.stdout).include[0].repositories).toBe(
    'alice/service-0000 alice/service-0001 alice/service-0002',
  );

  const refused = await cli(['fleet', 'list', '--organization', 'alice'], {
    GITHUB_API_URL: api.url,
    GITHUB_TOKEN: 'ghs_wrong',
  });
  expect(refused.code).toBe(2);
  expect(refused.stderr).toBe(
    'shipshape: cannot list the repositories of alice: the token was refused (401): check the `token` secret\n',
  );
  expect(refused.stderr + refused.stdout).not.toContain('ghs_');
  const noOrg = await cli(['fleet', 'list'], { GITHUB_API_URL: api.url });
  expect(noOrg.code).toBe(2);
  expect(noOrg.stderr).toMatch(/^shipshape: --organization must be/);
});

test('a next link to another host is not followed', async () => {
  api = await startGitHubApi((req) =>
    req.path.startsWith('/orgs/acme/repos')
      ? {
          status: 200,
          json: organization('acme', 2),
          headers: { link: '<https://elsewhere.example/orgs/acme/repos?page=2>; rel="next"' },
        }
      : undefined,
  );
  const r = await cli(['fleet', 'list', '--organization', 'acme'], { GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN });
  expect(r.code).toBe(2);
  expect(r.stderr).toBe("shipshape: the API's next page is on another host (elsewhere.example); not followed\n");
  expect(api.requests).toHaveLength(1);
});
