// One matrix job of the fleet workflow (scripts/fleet-audit-chunk.sh) on real git: each repository of
// the chunk cloned shallowly from a server (here file://, standing in for github.com), audited into
// REPORTS_DIR/owner__name.json that names its repository, and a repository that cannot be cloned is
// a warning while the others still get their reports.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve('scripts/fleet-audit-chunk.sh');

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** A bare repository at <server>/<owner>/<name>.git holding a copy of an example, in two commits. */
function publish(server: string, fullName: string, example: string) {
  const work = mkdtempSync(join(tmpdir(), 'chunk-src-'));
  cpSync(resolve('examples', example), work, { recursive: true });
  git(work, 'init', '-q', '-b', 'main');
  git(work, 'add', '-A');
  git(work, 'commit', '-qm', 'first');
  writeFileSync(join(work, 'CHANGELOG.md'), '# changes\n');
  git(work, 'add', '-A');
  git(work, 'commit', '-qm', 'second');
  mkdirSync(join(server, fullName.split('/')[0]), { recursive: true });
  git(server, 'clone', '-q', '--bare', work, join(server, `${fullName}.git`));
}

test('each repository of the chunk is cloned shallowly and audited into a report that names it', () => {
  const server = mkdtempSync(join(tmpdir(), 'chunk-server-'));
  publish(server, 'acme/web', 'nextjs-sqlite');
  publish(server, 'acme/worker', 'cloudflare-worker');
  const reports = join(mkdtempSync(join(tmpdir(), 'chunk-out-')), 'reports');
  const token = 'ghs_chunkToken0123456789abcdef';
  const r = spawnSync('bash', [SCRIPT], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmpdir(),
      REPOSITORIES: 'acme/web acme/missing acme/worker ../etc acme/..',
      REPORTS_DIR: reports,
      SERVER_URL: `file://${server}`,
      TOKEN: token,
    },
  });
  expect(r.status).toBe(1);
  const out = `${r.stdout}${r.stderr}`;
  expect(out).toContain('::warning title=shipshape fleet::acme/missing: the clone failed; no report');
  expect(out).toContain('::warning title=shipshape fleet::skipped `../etc`: not owner/name');
  expect(out).toContain('::warning title=shipshape fleet::skipped `acme/..`: not owner/name');
  expect(out).toContain("::error title=shipshape fleet::3 of the chunk's repositories have no report");
  // The token reaches git only as a masked header value, never in the clear.
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  expect(out).toContain(`::add-mask::${basic}`);
  expect(out).not.toContain(token);

  const web = JSON.parse(readFileSync(join(reports, 'acme__web.json'), 'utf8'));
  expect(web.repository).toBe('acme/web');
  expect(web.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('database/sqlite-in-production');
  expect(JSON.parse(readFileSync(join(reports, 'acme__worker.json'), 'utf8')).repository).toBe('acme/worker');
  expect(existsSync(join(reports, 'acme__missing.json'))).toBe(false);
});
