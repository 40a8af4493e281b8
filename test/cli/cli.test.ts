// The shipshape command as a newcomer meets it: --help names every command, option, format and exit
// code; mistakes are one line on stderr; an unwritable --output names the path; rule ids keep their
// slash in `shipshape rules`; a closed pipe is not a crash.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/shipshape.js');
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('--help lists every command, option, format and exit code', () => {
  const r = cli('--help');
  expect(r.code).toBe(0);
  for (const word of ['audit', 'rules', 'init', '--format', 'markdown', 'json', 'sarif', '--fail-on', '--config'])
    expect(r.stdout).toContain(word);
  for (const word of ['--output', '--dry-run', '--force', '--only', '--ref', 'exit codes', '  0 ', '  1 ', '  2 '])
    expect(r.stdout).toContain(word);
  expect(cli('audit', '--help').stdout).toBe(r.stdout);
});

test('no command prints the help and exits 2', () => {
  const r = cli();
  expect(r.code).toBe(2);
  expect(r.stdout).toContain('usage:');
});

test('an unwritable --output is one line naming the path, and no temporary file is left', () => {
  const r = cli('audit', 'examples/cloudflare-worker', '--output', '/proc/shipshape-report.sarif');
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^shipshape: cannot write --output \/proc\/shipshape-report\.sarif: /);
});

test('--output writes the report whole', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'cli-out-')), 'nested', 'report.json');
  const r = cli('audit', 'examples/cloudflare-worker', '--format', 'json', '--fail-on', 'none', '--output', out);
  expect(r.code).toBe(0);
  expect(JSON.parse(readFileSync(out, 'utf8')).score).toEqual(expect.any(Number));
});

test('the rule list keeps each rule id whole in its heading', () => {
  const headings = cli('rules')
    .stdout.split('\n')
    .filter((l) => l.startsWith('### '));
  expect(headings.length).toBeGreaterThan(20);
  for (const h of headings) expect(h).toMatch(/^### [a-z]+\/[a-z0-9-]+$/);
  expect(headings).toContain('### container/no-dockerfile');
  expect(readFileSync('docs/rules.md', 'utf8')).toContain('### ci/no-ci-workflow');
});

test("the config's fail-on is the gate level when the command line names none", () => {
  const root = mkdtempSync(join(tmpdir(), 'cli-failon-'));
  writeFileSync(join(root, 'package.json'), '{"name":"x","dependencies":{"express":"4.0.0"}}');
  writeFileSync(join(root, '.shipshape.yml'), 'fail-on: none\n');
  expect(cli('audit', root).code).toBe(0);
  expect(cli('audit', root, '--fail-on', 'low').code).toBe(1);
});

test('a reader that closes the pipe early does not crash the command', () => {
  const r = spawnSync('sh', ['-c', `node ${BIN} rules | head -1`], { encoding: 'utf8' });
  expect(r.stdout).toBe('# Audit rules\n');
  expect(r.stderr).toBe('');
});

test('a report larger than a pipe holds reaches a slow reader whole', () => {
  // 3,000 workflows with one finding each: a JSON report of megabytes, read a second late.
  const root = mkdtempSync(join(tmpdir(), 'cli-big-'));
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  const injection =
    'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
  for (let i = 0; i < 3000; i++) writeFileSync(join(root, `.github/workflows/w${i}.yml`), injection);
  const file = join(root, 'report.json');
  expect(cli('audit', root, '--format', 'json', '--fail-on', 'none', '--output', file).code).toBe(0);
  const piped = spawnSync('sh', ['-c', `"$NODE" "$BIN" audit "$ROOT" --format json --fail-on none | (sleep 1; cat)`], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NODE: process.execPath, BIN, ROOT: root },
  });
  const report = JSON.parse(piped.stdout) as { findings: unknown[] };
  const written = JSON.parse(readFileSync(file, 'utf8')) as { findings: unknown[] };
  expect(piped.stdout.length).toBeGreaterThan(1 << 20);
  expect(report.findings).toHaveLength(written.findings.length);
});
