// The bundled audit action and CLI, run the way users run them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runDist } from '../support/run-dist.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

const EXAMPLE = resolve('examples/nextjs-sqlite');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [resolve('bin/shipshape.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('audit action (dist/audit)', () => {
  it('audits the example, writes the three reports and the summary, sets every output and fails the gate', async () => {
    const out = mkdtempSync(join(tmpdir(), 'audit-out-'));
    const run = await runDist(
      'audit',
      {
        path: 'examples/nextjs-sqlite',
        'fail-on': 'critical',
        'sarif-file': join(out, 'a.sarif'),
        'report-file': join(out, 'a.md'),
        'json-file': join(out, 'a.json'),
      },
      { cwd: process.cwd() },
    );
    const json = JSON.parse(readFileSync(join(out, 'a.json'), 'utf8'));
    expect(run.outputs.score).toBe(String(json.score));
    for (const s of ['critical', 'high', 'medium', 'low']) {
      expect(run.outputs[s]).toBe(String(json.findings.filter((f: { severity: string }) => f.severity === s).length));
    }
    expect(Number(run.outputs.critical)).toBeGreaterThan(0);
    expect(run.outputs.passed).toBe('false');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::\d+ findings? at or above critical/);
    expect(run.outputs['json-file']).toBe(join(out, 'a.json'));
    expect(run.summary).toContain('# shipshape production-readiness audit');
    expect(run.summary).toContain(readFileSync(join(out, 'a.md'), 'utf8').trim());
    const sarif = JSON.parse(readFileSync(join(out, 'a.sarif'), 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    // Paths in SARIF and annotations are relative to the repository root, not to `path`.
    const uris = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0].physicalLocation.artifactLocation.uri,
    );
    expect(uris.filter((u: string) => u !== '.').every((u: string) => u.startsWith('examples/nextjs-sqlite/'))).toBe(
      true,
    );
    expect(run.stdout).toMatch(/::error title=[^\n]*,file=examples\/nextjs-sqlite\/[^,]+,line=\d+::/);
  });

  it('passes the gate with fail-on none and still reports, naming the repository for a fleet merge', async () => {
    const out = mkdtempSync(join(tmpdir(), 'audit-out-'));
    const run = await runDist(
      'audit',
      {
        path: 'examples/nextjs-sqlite',
        'fail-on': 'none',
        'json-file': join(out, 'a.json'),
        'sarif-file': join(out, 'a.sarif'),
        'report-file': join(out, 'a.md'),
      },
      { env: { GITHUB_REPOSITORY: 'acme/web' } },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).repository).toBe('acme/web');
  });

  it('rejects a wrong input value with one line naming the input', async () => {
    const run = await runDist('audit', { path: '.', 'fail-on': 'severe' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::input `fail-on` must be one of critical, high, medium, low, none (got `severe`)',
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('shipshape CLI', () => {
  it('leaves findings below --min-confidence out of the report and the score', () => {
    const fixture = resolve('test/fixtures/audit/secrets/committed-config/fires-on-compose-default-credential');
    const all = JSON.parse(cli('audit', fixture, '--format', 'json', '--fail-on', 'none').stdout);
    const sure = JSON.parse(
      cli('audit', fixture, '--format', 'json', '--fail-on', 'none', '--min-confidence', 'high').stdout,
    );
    const ids = (r: { findings: { ruleId: string; confidence: string }[] }) => r.findings.map((f) => f.ruleId);
    expect(ids(all)).toContain('secrets/committed-config');
    expect(all.findings.find((f: { ruleId: string }) => f.ruleId === 'secrets/committed-config').confidence).toBe(
      'medium',
    );
    expect(ids(sure)).not.toContain('secrets/committed-config');
    expect(sure.categories.secrets).toBe(100);
    expect(all.categories.secrets).toBeLessThan(100);
    const bad = cli('audit', fixture, '--min-confidence', 'sure');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-confidence must be one of high, medium, low (got `sure`)');
  });

  it('prints JSON with the contract shape and exits 1 when the gate fails', () => {
    const r = cli('audit', EXAMPLE, '--format', 'json', '--fail-on', 'high');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(typeof json.score).toBe('number');
    expect(Object.keys(json.findings[0]).sort()).toEqual([
      'confidence',
      'file',
      'line',
      'message',
      'remediation',
      'ruleId',
      'severity',
      'title',
    ]);
  });

  it('exits 0 when nothing reaches the gate, and prints valid SARIF', () => {
    const root = mkdtempSync(join(tmpdir(), 'lib-'));
    writeFileSync(join(root, 'README.md'), '# a library\n');
    const r = cli('audit', root, '--format', 'sarif', '--fail-on', 'critical');
    expect(r.code).toBe(0);
    expect(sarifSchemaErrors(JSON.parse(r.stdout))).toEqual([]);
  });

  it.each([
    [['audit', '/does/not/exist'], 'shipshape: path `/does/not/exist` does not exist'],
    [['audit', '.', '--format', 'xml'], 'shipshape: --format must be one of markdown, json, sarif (got `xml`)'],
    [
      ['audit', '.', '--fail-on', 'urgent'],
      'shipshape: --fail-on must be one of critical, high, medium, low, none (got `urgent`)',
    ],
    [['deploy'], 'shipshape: unknown command `deploy`'],
    [['audit', '.', '--colour'], "shipshape: Unknown option '--colour'"],
  ])('exits 2 with one line for %j', (args, line) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(line);
  });

  it('reports a malformed config as a usage error, without auditing', () => {
    const root = mkdtempSync(join(tmpdir(), 'cfg-'));
    mkdirSync(join(root, 'x'));
    writeFileSync(join(root, '.shipshape.yml'), 'rules: [unclosed');
    const r = cli('audit', root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^shipshape: \.shipshape\.yml: invalid YAML at line 1/);
  });
});
