// End to end through the audit, Trivy and gate bundles: a pull request that edits .shipshape.yml and
// .trivyignore to silence what blocks it still fails, because on a pull_request event the policy is
// read from the base commit (fetched when the shallow checkout lacks it), and the reports name the
// pull request's policy change. The same head on a push, judged by its own policy, passes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDist } from '../support/run-dist.js';
import { startReleaseServer, type ReleaseServer } from '../support/trivy-release-server.js';
import { CANARY_WORKFLOW } from '../support/hostile-corpus.mjs';

const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures', 'trivy');
let server: ReleaseServer;
beforeAll(async () => {
  server = await startReleaseServer('0.69.3');
});
afterAll(() => server.close());

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.test', '-c', 'user.name=t', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

/** An origin with a base commit and a pull-request commit, and a depth-1 checkout of the head. */
function pullRequest(): { ws: string; baseSha: string; event: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pr-policy-'));
  const origin = join(dir, 'origin');
  execFileSync('mkdir', ['-p', join(origin, '.github', 'workflows')]);
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  writeFileSync(join(origin, '.github', 'workflows', 'ci.yml'), CANARY_WORKFLOW);
  writeFileSync(join(origin, 'package-lock.json'), '{}\n');
  writeFileSync(
    join(origin, '.shipshape.yml'),
    'suppressions:\n  - rule: docs/no-readme\n    reason: the wiki is the readme\n    expires: 2099-01-01\n',
  );
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'base');
  const baseSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'pr');
  writeFileSync(
    join(origin, '.shipshape.yml'),
    'ignore: ["**"]\nrules:\n  ci/template-injection: off\nsuppressions:\n  - rule: ci/no-security-scan\n    reason: later\n    expires: 2999-12-31\n',
  );
  writeFileSync(join(origin, '.trivyignore'), 'CVE-2019-18224 exp:2999-12-31\n');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'silence the gate');
  const ws = join(dir, 'ws');
  git(dir, 'clone', '-q', '--depth=1', '--branch=pr', `file://${origin}`, ws);
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha } } }));
  return { ws, baseSha, event };
}

async function judge(ws: string, env: Record<string, string>) {
  const audit = await runDist('audit', { path: '.', 'fail-on': 'high' }, { cwd: ws, env });
  const trivy = await runDist(
    'trivy',
    { 'download-url': server.url, 'scan-type': 'image', target: 'debian:10' },
    {
      cwd: ws,
      env: {
        ...env,
        STANDIN_REPORT: join(FIXTURES, 'debian-buster.json'),
        STANDIN_SARIF: join(FIXTURES, 'alpine-310.sarif'),
      },
    },
  );
  const gate = await runDist(
    'gate',
    { 'audit-report': 'shipshape-audit.json', 'trivy-report': 'trivy-results.json', 'fail-on': 'high' },
    { cwd: ws, env },
  );
  return { audit, trivy, gate };
}

test('on pull_request the base policy judges: the silencing edit is reported, not applied, and the gate fails', async () => {
  const { ws, baseSha, event } = pullRequest();
  // The shallow checkout does not hold the base commit: the audit fetches that one commit.
  expect(() => execFileSync('git', ['cat-file', '-e', `${baseSha}^{commit}`], { cwd: ws, stdio: 'ignore' })).toThrow();
  const { audit, trivy, gate } = await judge(ws, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });

  expect(audit.exitCode).toBe(1);
  expect(audit.outputs.passed).toBe('false');
  const report = JSON.parse(readFileSync(join(ws, 'shipshape-audit.json'), 'utf8'));
  expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('ci/template-injection');
  expect(report.policy).toMatchObject({
    file: '.shipshape.yml',
    source: 'base-commit',
    baseSha,
    applied: true,
    changedInPullRequest: true,
    disabledRules: [],
    ignore: [],
    suppressions: [{ rule: 'docs/no-readme', path: '**', reason: 'the wiki is the readme', expires: '2099-01-01' }],
  });
  expect(report.policy.changes).toEqual(
    expect.arrayContaining([
      'disables rule ci/template-injection',
      'ignores files matching `**`',
      'suppresses ci/no-security-scan at `**` until 2999-12-31 ("later")',
      'removes the suppression of docs/no-readme at `**`',
    ]),
  );
  expect(audit.summary).toContain('### ⚠️ Policy change in this pull request (not applied)');
  expect(audit.summary).toContain('- disables rule ci/template-injection');
  expect(audit.stdout).toMatch(
    /::warning title=shipshape%3A policy change::this pull request changes \.shipshape\.yml/,
  );

  expect(trivy.exitCode).toBe(1);
  expect(trivy.outputs).toMatchObject({ critical: '1', passed: 'false' });
  expect(trivy.summary).toContain('no ignore file in the base commit');
  expect(trivy.summary).toContain('### ⚠️ Policy change in this pull request (not applied)');
  expect(trivy.summary).toMatch(/- ignores CVE-2019-18224 until 2999-12-31 \(\.trivyignore:1\)/);

  expect(gate.exitCode).toBe(1);
  expect(gate.outputs.passed).toBe('false');
});

test('the same head on a push is judged by its own policy, which silences everything: the contrast', async () => {
  const { ws } = pullRequest();
  const { audit, trivy } = await judge(ws, { GITHUB_EVENT_NAME: 'push' });
  expect(audit.outputs.passed).toBe('true');
  const report = JSON.parse(readFileSync(join(ws, 'shipshape-audit.json'), 'utf8'));
  // Silenced, but never silently: the policy section lists what it turns off.
  expect(report.policy).toMatchObject({
    source: 'working-tree',
    disabledRules: ['ci/template-injection'],
    ignore: ['**'],
    changedInPullRequest: false,
  });
  expect(audit.summary).toMatch(/\| rule disabled \| `ci\/template-injection` \|/);
  expect(trivy.outputs.passed).toBe('true');
  expect(trivy.summary).toMatch(/\| CVE-2019-18224 \|.*\| 2999-12-31 \| \.trivyignore:1 \|/);
});
