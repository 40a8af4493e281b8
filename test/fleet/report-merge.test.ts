// `shipshape report merge` as the fleet workflow's last job runs it: a folder of audit JSON reports
// (one per repository, some nested, one without `repository`, one broken) into one table, worst first,
// in each format; with --previous, the change per repository.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeReport } from '../support/fleet-reports.js';

const BIN = resolve('bin/shipshape.js');
const cli = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

function fleet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fleet-'));
  writeReport(dir, 'chunk-1/acme__api.json', {
    repository: 'acme/api',
    score: 72,
    categories: { container: 100, ci: 60, secrets: 40 },
    findings: [
      { ruleId: 'ci/no-deploy-job', severity: 'medium', file: '.github/workflows/ci.yml', line: 3 },
      { ruleId: 'secrets/committed-config', severity: 'high', file: 'config/prod.env', line: 12 },
      { ruleId: 'docs/no-runbook', severity: 'low' },
    ],
  });
  writeReport(dir, 'chunk-1/acme__web.json', {
    repository: 'acme/web',
    score: 35,
    categories: { container: 20, ci: 50, secrets: 100 },
    findings: [
      { ruleId: 'container/no-dockerfile', severity: 'critical', file: 'package.json', line: 14 },
      { ruleId: 'database/sqlite-in-production', severity: 'critical', file: 'prisma/schema.prisma', line: 6 },
      { ruleId: 'ci/unpinned-action', severity: 'high', file: '.github/workflows/ci.yml', line: 9 },
      { ruleId: 'security/no-rate-limiting', severity: 'medium' },
    ],
  });
  writeReport(dir, 'chunk-2/acme__docs.json', { repository: 'acme/docs', score: 95 });
  // An older report, from before `repository`: named by its file name.
  writeReport(dir, 'chunk-2/legacy-billing.json', {
    score: 35,
    findings: [{ ruleId: 'container/no-dockerfile', severity: 'critical', file: 'package.json', line: 2 }],
  });
  writeFileSync(join(dir, 'chunk-2', 'truncated.json'), '{"repository":"acme/half","score":');
  writeFileSync(join(dir, 'chunk-2', 'notes.txt'), 'not a report, not read');
  return dir;
}

test('the JSON merge lists every repository worst first, with counts, categories and linked top findings', () => {
  const dir = fleet();
  const r = cli(['report', 'merge', dir, '--format', 'json']);
  expect(r.code).toBe(0);
  const merged = JSON.parse(r.stdout);
  // 35 and 35: acme/web has two criticals, legacy-billing one, so acme/web is worse.
  expect(merged.repositories.map((x: { repository: string }) => x.repository)).toEqual([
    'acme/web',
    'legacy-billing',
    'acme/api',
    'acme/docs',
  ]);
  const web = merged.repositories[0];
  expect(web.counts).toEqual({ critical: 2, high: 1, medium: 1, low: 0 });
  expect(web.categories).toEqual({ container: 20, ci: 50, secrets: 100 });
  expect(web.top.map((f: { ruleId: string }) => f.ruleId)).toEqual([
    'container/no-dockerfile',
    'database/sqlite-in-production',
    'ci/unpinned-action',
  ]);
  expect(web.top[0].url).toBe('https://github.com/acme/web/blob/HEAD/package.json#L14');
  const api = merged.repositories[2];
  expect(api.top[0]).toMatchObject({ ruleId: 'secrets/committed-config', severity: 'high' });
  expect(api.top[0].url).toBe('https://github.com/acme/api/blob/HEAD/config/prod.env#L12');

  const legacy = merged.repositories[1];
  expect(legacy.namedBy).toBe('file');
  expect(legacy.top[0].url).toBeNull();

  expect(merged.bands.find((b: { from: number }) => b.from === 30).count).toBe(2);
  expect(merged.bands.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(4);
  expect(merged.categories.find((c: { category: string }) => c.category === 'container')).toEqual({
    category: 'container',
    mean: Math.round((100 + 20 + 95 + 35) / 4),
    min: 20,
    repositories: 4,
  });
});

test('a malformed report is one warning line naming the file, and is listed as not merged', () => {
  const dir = fleet();
  writeFileSync(join(dir, 'chunk-2', 'not-a-report.json'), '{"hello":"world"}');
  // A name that would leave github.com/<owner>/<name> in a link is not a repository.
  writeReport(dir, 'chunk-2/up.json', { repository: '../etc', score: 50 });
  const r = cli(['report', 'merge', dir, '--format', 'json']);
  expect(r.code).toBe(0);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[2]).toMatch(/^shipshape: warning: \/.*\/up\.json: `repository` is not owner\/name; not merged$/);
  expect(lines[0]).toMatch(
    /^shipshape: warning: \/.*\/not-a-report\.json is not a shipshape audit report \(no score and findings\); not merged$/,
  );
  expect(lines[1]).toMatch(/^shipshape: warning: \/.*\/truncated\.json is not valid JSON: .*; not merged$/);
  const merged = JSON.parse(r.stdout);
  expect(merged.unreadable.map((u: { file: string }) => u.file.split('/').pop())).toEqual([
    'not-a-report.json',
    'truncated.json',
    'up.json',
  ]);
  const md = cli(['report', 'merge', dir]).stdout;
  expect(md).toContain('## 3 reports not merged');
  expect(md).toMatch(/truncated\.json is not valid JSON/);
});

test('the Markdown table is worst first, links file:line on the server, and escapes what reports say', () => {
  const dir = fleet();
  writeReport(dir, 'chunk-3/evil.json', {
    repository: 'acme/evil',
    score: 50,
    findings: [
      {
        ruleId: '<img src=x onerror=alert(1)>',
        severity: 'high',
        file: 'a|b/[x](javascript:alert(1)).js',
        line: 4,
      },
    ],
  });
  const r = cli(['report', 'merge', dir], { GITHUB_SERVER_URL: 'https://ghe.example.com' });
  expect(r.code).toBe(0);
  const rows = r.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
  expect(rows[0]).toMatch(/^\| Repository \| Score \| container \| ci \|/);
  expect(rows.slice(1).map((l) => l.split(' | ')[0])).toEqual([
    '| [acme/web](https://ghe.example.com/acme/web)',
    '| legacy-billing (file name)',
    '| [acme/evil](https://ghe.example.com/acme/evil)',
    '| [acme/api](https://ghe.example.com/acme/api)',
    '| [acme/docs](https://ghe.example.com/acme/docs)',
  ]);
  expect(rows[1]).toContain('[package.json:14](https://ghe.example.com/acme/web/blob/HEAD/package.json#L14)');
  const evil = rows[3];
  expect(evil).not.toMatch(/<img/);
  expect(evil).toContain('&lt;img src=x onerror=alert(1)&gt;');
  // The link target keeps the path inside the repository; the pipe does not split the row.
  expect(evil).toContain(
    '(https://ghe.example.com/acme/evil/blob/HEAD/a%7Cb/%5Bx%5D%28javascript%3Aalert%281%29%29.js#L4)',
  );
  expect(evil.split(/(?<!\\)\|/).length).toBe(rows[0].split('|').length);
});

test("--previous shows each repository's change, the new ones, and the ones with no report now", () => {
  const before = mkdtempSync(join(tmpdir(), 'fleet-before-'));
  writeReport(before, 'acme__web.json', { repository: 'acme/web', score: 40 });
  writeReport(before, 'acme__api.json', { repository: 'acme/api', score: 60 });
  writeReport(before, 'acme__docs.json', { repository: 'acme/docs', score: 95 });
  writeReport(before, 'acme__gone.json', { repository: 'acme/gone', score: 10 });
  const previousFile = join(before, 'previous-merge.out');
  const first = cli(['report', 'merge', before, '--format', 'json', '--output', previousFile]);
  expect(first.code).toBe(0);

  const dir = fleet();
  const merged = JSON.parse(cli(['report', 'merge', dir, '--format', 'json', '--previous', previousFile]).stdout);
  const by = Object.fromEntries(merged.repositories.map((x: { repository: string }) => [x.repository, x]));
  expect(by['acme/web'].delta).toBe(-5);
  expect(by['acme/api'].delta).toBe(12);
  expect(by['acme/docs'].delta).toBe(0);
  expect(by['legacy-billing'].new).toBe(true);
  expect(by['legacy-billing'].delta).toBeUndefined();
  expect(merged.removed).toEqual(['acme/gone']);

  const md = cli(['report', 'merge', dir, '--previous', previousFile]).stdout;
  expect(md).toContain('| Repository | Score | Change |');
  expect(md).toMatch(/\[acme\/web\]\([^)]*\) \| 35 \| −5 \|/);
  expect(md).toMatch(/\[acme\/api\]\([^)]*\) \| 72 \| \+12 \|/);
  expect(md).toMatch(/legacy-billing \(file name\) \| 35 \| new \|/);
  expect(md).toContain('No report this time for: acme/gone');

  const bad = cli(['report', 'merge', dir, '--previous', join(dir, 'chunk-1', 'acme__api.json')]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/^shipshape: --previous .* is not a merged report \(no `repositories` list\)\n$/);
});

test('--fail-on exits 1 when a repository has a finding at or above the level', () => {
  const dir = fleet();
  expect(cli(['report', 'merge', dir, '--fail-on', 'critical']).code).toBe(1);
  const clean = mkdtempSync(join(tmpdir(), 'fleet-clean-'));
  writeReport(clean, 'a.json', {
    repository: 'acme/a',
    score: 90,
    findings: [{ ruleId: 'docs/no-runbook', severity: 'medium' }],
  });
  expect(cli(['report', 'merge', clean, '--fail-on', 'high']).code).toBe(0);
  expect(cli(['report', 'merge', clean, '--fail-on', 'medium']).code).toBe(1);
});

test('a second report for one repository is named, not merged twice; no report at all is a usage error', () => {
  const dir = fleet();
  writeReport(dir, 'chunk-9/again.json', { repository: 'acme/web', score: 99 });
  const r = cli(['report', 'merge', dir, '--format', 'json']);
  expect(r.stderr).toMatch(/again\.json: a second report for acme\/web \(kept .*acme__web\.json\); not merged/);
  expect(JSON.parse(r.stdout).repositories.filter((x: { repository: string }) => x.repository === 'acme/web')).toEqual([
    expect.objectContaining({ score: 35 }),
  ]);
  const empty = mkdtempSync(join(tmpdir(), 'fleet-empty-'));
  const none = cli(['report', 'merge', empty]);
  expect(none.code).toBe(2);
  expect(none.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(cli(['report', 'merge', join(empty, 'missing')]).stderr).toMatch(/cannot read .*missing: no such file/);
});

test('the audit JSON names its repository with --repository', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'fleet-audit-')), 'r.json');
  const r = cli([
    'audit',
    'examples/cloudflare-worker',
    '--format',
    'json',
    '--fail-on',
    'none',
    '--repository',
    'acme/worker',
    '-o',
    out,
  ]);
  expect(r.code).toBe(0);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  expect(report.repository).toBe('acme/worker');
  expect(cli(['audit', 'examples/cloudflare-worker', '--format', 'json', '--fail-on', 'none']).stdout).not.toContain(
    '"repository"',
  );
  const bad = cli(['audit', 'examples/cloudflare-worker', '--repository', 'not a repo']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe('shipshape: --repository must be owner/name (got `not a repo`) (see shipshape --help)\n');
  // And the merge names it from the report.
  const merged = JSON.parse(cli(['report', 'merge', out, '--format', 'json']).stdout);
  expect(merged.repositories[0]).toMatchObject({ repository: 'acme/worker', namedBy: 'report', score: report.score });
});

test('--help names report merge and fleet list with their options; a missing subcommand is one line', () => {
  const help = cli(['--help']).stdout;
  for (const word of [
    'shipshape report merge <dir-or-files...>',
    'shipshape fleet list --organization ORG',
    '--previous FILE',
    '--max-rows N',
    '--server-url URL',
    '--repository O/NAME',
    '--repositories LIST',
    '--include-forks',
    '--include-archived',
    '--chunk-size N',
    'html',
  ])
    expect(help).toContain(word);
  expect(cli(['report', 'merge', '--help']).stdout).toBe(help);
  const none = cli(['report']);
  expect(none.code).toBe(2);
  expect(none.stderr).toBe('shipshape: `report` needs a subcommand: merge (got ``) (see shipshape --help)\n');
  const format = cli(['report', 'merge', '.', '--format', 'sarif']);
  expect(format.stderr).toBe(
    'shipshape: --format must be one of markdown, html, json (got `sarif`) (see shipshape --help)\n',
  );
});

test('a file too large to be a report is named and not read', () => {
  const dir = fleet();
  const huge = join(dir, 'chunk-2', 'huge.json');
  writeFileSync(huge, '');
  truncateSync(huge, 33 * 1024 * 1024); // sparse: no 33 MiB written
  const r = cli(['report', 'merge', dir, '--format', 'json']);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/huge\.json is 33 MiB, larger than a report can be \(32 MiB\); not merged\n/);
  expect(JSON.parse(r.stdout).repositories).toHaveLength(4);
});
