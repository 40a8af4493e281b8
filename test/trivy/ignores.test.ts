// Ignores with reasons and expiry dates, applied to real Trivy findings.
import { NO_BLOCKING, parseFailOn } from '../../src/lib/reports/policy.js';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyIgnores, loadIgnoreFile, parsePlainIgnores, parseYamlIgnores } from '../../src/trivy/ignores.js';
import { evaluateGate, errorGate } from '../../src/trivy/gate.js';
import { parseTrivyJson, trivyFindings } from '../../src/lib/reports/trivy-json.js';
import { renderSummary } from '../../src/trivy/summary.js';

const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures', 'trivy');
const findings = (name: string) => trivyFindings(parseTrivyJson(readFileSync(join(FIXTURES, name), 'utf8'), name));
const today = new Date('2026-11-22T12:00:00Z');

describe('ignore files', () => {
  it("reads Trivy's YAML format with statements and expiry dates", () => {
    const entries = parseYamlIgnores(
      'vulnerabilities:\n  - id: CVE-2019-18224\n    statement: not reachable from our code\n    expired_at: 2027-01-31\n    paths: ["*buster*"]\nsecrets:\n  - id: mysecret\n    statement: test fixture\n    expired_at: 2026-01-01\n',
      '.trivyignore.yaml',
    );
    expect(entries).toMatchObject([
      {
        id: 'CVE-2019-18224',
        scanner: 'vuln',
        reason: 'not reachable from our code',
        expires: '2027-01-31',
        paths: ['*buster*'],
      },
      { id: 'mysecret', scanner: 'secret', expires: '2026-01-01' },
    ]);
  });

  it('reads .trivyignore lines with exp: dates and comments', () => {
    expect(
      parsePlainIgnores(
        '# header\nCVE-2019-1549 exp:2027-02-01 # waiting for upstream\n\nCVE-2019-1551 exp:2026-12-31\n',
        '.trivyignore',
      ),
    ).toMatchObject([
      { id: 'CVE-2019-1549', expires: '2027-02-01', reason: 'waiting for upstream', source: '.trivyignore:2' },
      { id: 'CVE-2019-1551', expires: '2026-12-31', source: '.trivyignore:4' },
    ]);
  });

  it.each([
    ['.trivyignore', 'CVE-2019-1549\n', '.trivyignore:1: ignore of CVE-2019-1549 has no expiry'],
    ['.trivyignore', 'CVE-2019-1549 exp:tomorrow\n', 'expiry of CVE-2019-1549 must be YYYY-MM-DD (got `tomorrow`)'],
    [
      '.trivyignore.yaml',
      'vulnerabilities:\n  - id: CVE-1\n    statement: x\n',
      'vulnerabilities[0]: ignore of CVE-1 has no expiry',
    ],
    ['.trivyignore.yaml', 'vulnerabilities: [\n', 'is not valid YAML'],
    ['.trivyignore.yaml', 'cves:\n  - id: CVE-1\n', 'unknown section `cves`'],
  ])('%s %j fails with a message naming the file', (name, text, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'ign-'));
    writeFileSync(join(dir, name), text);
    expect(() => loadIgnoreFile(join(dir, name))).toThrow(message);
  });

  it('names a missing ignore file', () => {
    expect(() => loadIgnoreFile('/nope/.trivyignore')).toThrow(
      'input `ignore-file`: /nope/.trivyignore does not exist',
    );
  });
});

describe('applying ignores and the gate', () => {
  const yaml = (expires: string) =>
    parseYamlIgnores(
      `vulnerabilities:\n  - id: CVE-2019-18224\n    statement: accepted\n    expired_at: ${expires}\n`,
      '.trivyignore.yaml',
    );

  it('an active ignore removes the critical and the gate at critical,high passes', () => {
    const applied = applyIgnores(findings('debian-buster.json'), yaml('2026-12-31'), today);
    expect(applied.ignored.map((i) => i.finding.id)).toEqual(['CVE-2019-18224']);
    expect(applied.kept.map((f) => f.id)).toEqual(['CVE-2019-18276']);
    expect(evaluateGate(applied.kept, parseFailOn('fail-on', 'critical,high')).passed).toBe(true);
  });

  it('an expired ignore no longer applies and is reported; the gate fails', () => {
    const applied = applyIgnores(findings('debian-buster.json'), yaml('2026-11-21'), today);
    expect(applied.ignored).toEqual([]);
    expect(applied.expired.map((e) => e.id)).toEqual(['CVE-2019-18224']);
    const gate = evaluateGate(applied.kept, parseFailOn('fail-on', 'critical,high'));
    expect(gate).toEqual({ passed: false, reason: '1 finding at critical (1) remain after ignores' });
    const summary = renderSummary('image debian', applied, gate, parseFailOn('fail-on', 'critical,high'));
    expect(summary).toContain('❌ **Failed**');
    expect(summary).toContain('Expired ignores (1)');
    expect(summary).toContain('[CVE-2019-18224](https://');
  });

  it('paths limit an ignore to the files they match', () => {
    const entries = parseYamlIgnores(
      'vulnerabilities:\n  - id: CVE-2019-11358\n    statement: x\n    expired_at: 2027-01-01\n    paths: [yarn.lock]\n',
      'f.yaml',
    );
    expect(applyIgnores(findings('npm.json'), entries, today).kept).toHaveLength(1);
    expect(applyIgnores(findings('yarn.json'), entries, today).kept).toHaveLength(0);
  });

  it('gates on the listed severities, or at and above a single one', () => {
    expect(evaluateGate(findings('alpine-310.json'), parseFailOn('fail-on', 'critical,high')).passed).toBe(true);
    expect(evaluateGate(findings('alpine-310.json'), parseFailOn('fail-on', 'medium')).reason).toBe(
      '4 findings at medium (4) remain after ignores',
    );
    expect(evaluateGate(findings('secrets.json'), NO_BLOCKING).passed).toBe(true);
  });

  it('fails closed when the scan did not complete, unless on-error is warn', () => {
    expect(errorGate('database download refused', 'fail')).toEqual({
      passed: false,
      reason: 'the scan did not complete: database download refused',
    });
    expect(errorGate('x', 'warn').passed).toBe(true);
  });
});
