// The hostile-repository corpus through the bundled CLI (under strace) and the bundled audit action:
// no file outside the root is opened, no FIFO is opened, every run ends within its budget, every
// workflow a file tried to hide is still audited, unreadable workflows fail the gate, and planted
// links are left as they were.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runDist } from '../support/run-dist.js';
import { requireTools } from '../support/system-tools.js';
import { buildHostileCorpus, SENTINEL_TOKEN } from '../support/hostile-corpus.mjs';

interface Report {
  findings: { ruleId: string; severity: string; file: string | null; message: string }[];
  warnings: { file: string; message: string }[];
  filesIndexed: number;
  fileSource: string;
}

const CLI = resolve('dist/cli/index.js');
beforeAll(() => requireTools('strace'));
const corpus = buildHostileCorpus();
const BUDGET_MS = 90_000;

function cliUnderStrace(root: string, extra: string[] = []) {
  const trace = join(mkdtempSync(join(tmpdir(), 'strace-')), 'open.log');
  const run = spawnSync(
    'strace',
    [
      '-f',
      '-qq',
      '-e',
      'trace=open,openat,openat2',
      '-o',
      trace,
      process.execPath,
      CLI,
      'audit',
      root,
      '-f',
      'json',
      '--fail-on',
      'high',
      ...extra,
    ],
    { encoding: 'utf8', timeout: BUDGET_MS, maxBuffer: 1 << 28 },
  );
  const opened = readFileSync(trace, 'utf8')
    .split('\n')
    .map((l) => /open(?:at2?)?\((?:AT_FDCWD, )?"([^"]+)"/.exec(l)?.[1])
    .filter((p): p is string => Boolean(p));
  return { ...run, opened };
}

describe.each(corpus.repos.map((r) => [r.name, r] as const))('%s', (_name, repo) => {
  test('the CLI audits every workflow, opens nothing outside the root, and fails on what it cannot read', () => {
    const run = cliUnderStrace(repo.root);
    expect(run.error).toBeUndefined(); // not killed at the budget
    expect(run.status).toBe(1); // the canary injection (and any unreadable workflow) fails the gate
    const report = JSON.parse(run.stdout) as Report;
    expect(report.fileSource).toBe(repo.git ? 'git' : 'folder');
    const injections = report.findings.filter((f) => f.ruleId === 'ci/template-injection');
    expect(injections.map((f) => f.file)).toContain('.github/workflows/ci.yml');
    if (repo.injections) expect(injections).toHaveLength(repo.injections + 1);
    const unreadable = report.findings.filter((f) => f.ruleId === 'ci/unreadable-workflow');
    expect(unreadable.map((f) => f.file).sort()).toEqual([...repo.unreadable].sort());
    for (const f of unreadable) expect(f.severity).toBe('critical');
    const hidden = report.findings.filter((f) => f.ruleId === 'config/unreadable-file');
    expect(hidden.map((f) => f.file).sort()).toEqual([...(repo.unreadableFiles ?? [])].sort());
    for (const f of hidden) expect(f.severity).toBe(/Dockerfile$/.test(f.file ?? '') ? 'high' : 'critical');
    expect(run.stdout).not.toContain('sk_live_');
    // Nothing of the sentinels, nor a path outside the root, is opened or reported.
    expect(run.opened.filter((p) => p.startsWith(corpus.outside) || p === '/etc/shadow')).toEqual([]);
    expect(
      run.opened.filter(
        (p) => /(^|\/)pipe(\.yml)?$/.test(p) || (p.endsWith('/.gitignore') && repo.name === 'fifo-folder'),
      ),
    ).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain(SENTINEL_TOKEN);
    expect(run.stderr).not.toMatch(/\n\s+at /); // one-line warnings, no stack
    for (const l of repo.links ?? []) expect(lstatSync(join(repo.root, l)).isSymbolicLink()).toBe(true);
  });
});

test('a committed `*` .gitignore hides nothing in git: every tracked file is indexed', () => {
  const repo = corpus.repos.find((r) => r.name === 'gitignore-everything')!;
  const report = JSON.parse(cliUnderStrace(repo.root).stdout) as Report;
  expect(report.filesIndexed).toBe(2);
});

test('outside git, a .gitignore over the pattern cap is not applied, with a warning naming it', () => {
  const repo = corpus.repos.find((r) => r.name === 'huge-gitignore')!;
  const report = JSON.parse(cliUnderStrace(repo.root).stdout) as Report;
  expect(report.filesIndexed).toBe(2003);
  expect(report.warnings).toEqual(
    expect.arrayContaining([
      {
        file: '.gitignore',
        message: expect.stringMatching(
          /^not read: \d+ bytes is over the 65536 byte limit; its rules were not applied$/,
        ),
      },
      {
        file: 'src/.gitignore',
        message: expect.stringMatching(/^not applied: 1500 patterns would pass the limit of 1000/),
      },
    ]),
  );
});

test('the sentinel files do not influence the report: changing them changes nothing', () => {
  const repo = corpus.repos.find((r) => r.name === 'links-out')!;
  const strip = (text: string) => text.replace(/"durationMs": \d+/, '');
  const before = strip(cliUnderStrace(repo.root).stdout);
  writeFileSync(join(corpus.outside, 'sentinel.env'), 'GITHUB_TOKEN=ghp_000000000000000000000000000000000000\n');
  writeFileSync(join(corpus.outside, 'sentinel.yml'), 'on: push\njobs: {}\n');
  expect(strip(cliUnderStrace(repo.root).stdout)).toBe(before);
});

test('the audit action on the corpus: fails the gate, writes its reports, leaves planted links alone', async () => {
  for (const repo of corpus.repos) {
    // 200 links at the temp names the old writer used, and one at a random-looking name, to a victim.
    const victim = join(mkdtempSync(join(tmpdir(), 'victim-')), 'victim');
    writeFileSync(victim, 'untouched\n');
    for (let pid = 1; pid <= 200; pid++) symlinkSync(victim, join(repo.root, `shipshape-audit.md.${pid}.tmp`));
    const run = await runDist('audit', { path: '.', 'fail-on': 'high' }, { cwd: repo.root, timeoutMs: BUDGET_MS });
    expect({ repo: repo.name, exitCode: run.exitCode }).toEqual({ repo: repo.name, exitCode: 1 });
    expect(run.outputs.passed).toBe('false');
    const report = JSON.parse(readFileSync(run.outputs['json-file'], 'utf8')) as Report;
    expect(report.findings.map((f) => f.ruleId)).toContain('ci/template-injection');
    for (const file of [...repo.unreadable, ...(repo.unreadableFiles ?? [])])
      expect(run.stdout).toMatch(new RegExp(`file=${file.replace(/\./g, '\\.')}`));
    expect(run.stdout + run.stderr + run.summary).not.toContain(SENTINEL_TOKEN);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    for (let pid = 1; pid <= 200; pid += 37)
      expect(readlinkSync(join(repo.root, `shipshape-audit.md.${pid}.tmp`))).toBe(victim);
  }
});

test('a report file that is itself a planted link is refused in one line, and its target is untouched', async () => {
  const repo = corpus.repos.find((r) => r.name === 'alias-bomb')!;
  const victim = join(mkdtempSync(join(tmpdir(), 'victim-')), 'victim');
  writeFileSync(victim, 'untouched\n');
  symlinkSync(victim, join(repo.root, 'planted.md'));
  const run = await runDist('audit', { path: '.', 'report-file': 'planted.md' }, { cwd: repo.root });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/::error::refusing to write \S+planted\.md: it is a symbolic link/);
  expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
  expect(lstatSync(join(repo.root, 'planted.md')).isSymbolicLink()).toBe(true);
});

test('an alias bomb in .shipshape.yml is a one-line error naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bomb-config-'));
  writeFileSync(join(dir, '.shipshape.yml'), readFileSync(join(corpus.repos[0].root, '.github/workflows/bomb.yml')));
  const run = spawnSync(process.execPath, [CLI, 'audit', dir], { encoding: 'utf8', timeout: BUDGET_MS });
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toMatch(/^shipshape: \.shipshape\.yml: YAML not read: .*alias/i);
});
