// The gate over a real audit report (of the bundled example) and Trivy's real reports.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runDist } from '../support/run-dist.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

const TRIVY = resolve('..', 'shared', 'fixtures', 'trivy');
const dir = mkdtempSync(join(tmpdir(), 'gate-'));
const auditJson = join(dir, 'audit.json');
writeFileSync(
  auditJson,
  spawnSync(
    process.execPath,
    ['bin/shipshape.js', 'audit', 'examples/express-render', '--format', 'json', '--fail-on', 'none'],
    { encoding: 'utf8' },
  ).stdout,
);
const auditScore = JSON.parse(readFileSync(auditJson, 'utf8')).score as number;

test('passes when no report breaks the policy, with counts across reports', async () => {
  const run = await runDist('gate', {
    'trivy-report': `${TRIVY}/alpine-310.json\n${TRIVY}/npm.json`,
    'fail-on': 'high',
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ passed: 'true', medium: '5', total: '5', reasons: '' });
  expect(run.summary).toContain('## shipshape gate: ✅ passed');
  expect(run.summary).toContain("alpine-310.json is Trivy's raw report, before its ignore file");
});

test('fails on a critical in Trivy and a low audit score, listing both reasons; writes one SARIF', async () => {
  const sarif = join(dir, 'gate.sarif');
  const run = await runDist('gate', {
    'audit-report': auditJson,
    'trivy-report': `${TRIVY}/debian-buster.json`,
    'fail-on': 'critical',
    'min-score': String(auditScore + 1),
    'sarif-file': sarif,
  });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.passed).toBe('false');
  // No base reports: every finding counts as new.
  expect(run.outputs.reasons.split('\n')).toEqual([
    '1 finding at or above critical: CVE-2019-18224',
    `audit (${auditJson}): score ${auditScore} is below min-score ${auditScore + 1}`,
  ]);
  expect(sarifSchemaErrors(JSON.parse(readFileSync(sarif, 'utf8')))).toEqual([]);
});

test('fails closed on a report that is missing or not what it claims to be', async () => {
  const notAudit = join(dir, 'not-audit.json');
  writeFileSync(notAudit, '{"hello": "world"}');
  const run = await runDist('gate', { 'audit-report': notAudit, 'trivy-report': join(dir, 'missing.json') });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain(`unreadable report: ${notAudit} is not a shipshape audit report`);
  expect(run.stdout).toContain(`unreadable report: ${join(dir, 'missing.json')} does not exist`);
});

test('needs at least one report, and a valid fail-on', async () => {
  const none = await runDist('gate', {});
  expect(none.stdout).toContain('::error::set at least one of `audit-report`, `trivy-report` and `sarif`');
  expect(none.outputs.passed).toBe('false');
  expect((await runDist('gate', { 'trivy-report': `${TRIVY}/npm.json`, 'fail-on': 'severe' })).stdout).toContain(
    '::error::input `fail-on` must be one of critical, high, medium, low, none (got `severe`)',
  );
});

test('reads SARIF from any tool: the audit SARIF and JSON of one run are one set of findings, Trivy SARIF counts, suppressed results do not', async () => {
  const auditSarif = join(dir, 'audit.sarif');
  writeFileSync(
    auditSarif,
    spawnSync(
      process.execPath,
      ['bin/shipshape.js', 'audit', 'examples/express-render', '--format', 'sarif', '--fail-on', 'none'],
      { encoding: 'utf8' },
    ).stdout,
  );
  const auditCount = JSON.parse(readFileSync(auditJson, 'utf8')).findings.length as number;
  const both = await runDist('gate', { 'audit-report': auditJson, sarif: auditSarif, 'fail-on': 'none' });
  expect(both.outputs).toMatchObject({ passed: 'true', total: String(auditCount) });

  // Trivy's own SARIF of alpine 3.10: 4 medium results; one marked as suppressed by the tool is left out.
  const trivySarif = JSON.parse(readFileSync(`${TRIVY}/alpine-310.sarif`, 'utf8'));
  const sarifDir = join(dir, 'sarif');
  mkdirSync(join(sarifDir, 'trivy'), { recursive: true });
  trivySarif.runs[0].results[0].suppressions = [{ kind: 'external', status: 'accepted' }];
  writeFileSync(join(sarifDir, 'trivy', 'alpine.sarif'), JSON.stringify(trivySarif));
  const globbed = await runDist('gate', { sarif: `${sarifDir}/**/*.sarif`, 'fail-on': 'medium' });
  expect(globbed.outputs).toMatchObject({ passed: 'false', medium: '3', total: '3' });

  const none = await runDist('gate', { sarif: `${sarifDir}/**/*.json` });
  expect(none.outputs.passed).toBe('false');
  expect(none.outputs.reasons).toBe(`unreadable report: no file matches \`sarif\` pattern ${sarifDir}/**/*.json`);
});

test("shows the audit's policy: which file, read from where, and what it silences", async () => {
  const repo = join(dir, 'with-policy');
  cpSync('examples/express-render', repo, { recursive: true });
  writeFileSync(join(repo, '.shipshape.yml'), 'rules:\n  docs/no-runbook: off\n');
  const report = join(dir, 'with-policy.json');
  writeFileSync(
    report,
    spawnSync(process.execPath, ['bin/shipshape.js', 'audit', repo, '--format', 'json', '--fail-on', 'none'], {
      encoding: 'utf8',
    }).stdout,
  );
  const run = await runDist('gate', { 'audit-report': report, 'fail-on': 'none' });
  expect(run.summary).toContain(
    'Audit policy `.shipshape.yml` read from the working tree: 1 rule disabled (docs/no-runbook).',
  );
});
