// The shared report modules: what `fail-on` means everywhere, the audit JSON written and read back,
// and expiring suppressions.
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../src/lib/errors.js';
import type { Finding } from '../../src/lib/findings.js';
import { readAuditReport, writeAuditReport } from '../../src/lib/reports/audit-json.js';
import { blocking, parseFailOn } from '../../src/lib/reports/policy.js';
import { applySuppressions, coversPath, parseExpiry } from '../../src/lib/reports/suppressions.js';
import { VERSION } from '../../src/lib/version.js';

const finding = (severity: Finding['severity'], file?: string): Finding => ({
  ruleId: `r/${severity}`,
  severity,
  title: severity,
  message: `a ${severity} one`,
  file,
  remediation: 'fix it',
});
const all = [finding('critical'), finding('high'), finding('medium', 'a.ts'), finding('low', 'b/c.ts')];
const severities = (failOn: string) => blocking(all, parseFailOn('input `fail-on`', failOn)).map((f) => f.severity);

test('a single severity is a threshold, a list names exactly what blocks, none blocks nothing', () => {
  expect(severities('high')).toEqual(['critical', 'high']);
  expect(severities(' LOW ')).toEqual(['critical', 'high', 'medium', 'low']);
  expect(severities('critical,medium')).toEqual(['critical', 'medium']);
  expect(severities('none')).toEqual([]);
  expect(parseFailOn('x', 'high, critical').label).toBe('critical, high');
  expect(parseFailOn('x', 'medium').label).toBe('medium');
});

test('a bad fail-on is a one-line error naming where it came from', () => {
  expect(() => parseFailOn('input `fail-on`', 'severe')).toThrow(
    new ConfigurationError('input `fail-on` must be one of critical, high, medium, low, none (got `severe`)'),
  );
  expect(() => parseFailOn('input `fail-on`', 'critical,urgent')).toThrow(
    'input `fail-on` must list some of critical, high, medium, low, or be none (got `urgent`)',
  );
  expect(() => parseFailOn('--fail-on', '', (m) => new RangeError(m))).toThrow(RangeError);
});

test('the audit JSON report reads back as the findings it was written from', () => {
  const text = writeAuditReport({
    score: 42,
    categories: { ci: 60 },
    gate: { failOn: 'high', passed: false },
    findings: all,
    suppressed: [{ finding: finding('low', 'x'), reason: 'later', expires: '2027-01-01' }],
    warnings: [],
    filesIndexed: 3,
    durationMs: 1,
  });
  const back = readAuditReport(text, 'audit.json');
  expect(back.score).toBe(42);
  expect(back.findings).toEqual(all.map((f) => expect.objectContaining(f)));
  expect(JSON.parse(text).suppressed).toEqual([{ ruleId: 'r/low', file: 'x', reason: 'later', expires: '2027-01-01' }]);
  expect(() => readAuditReport('{"score": 1}', 'a.json')).toThrow('a.json is not a shipshape audit report');
  expect(() => readAuditReport('{', 'a.json')).toThrow(/^a\.json is not valid JSON/);
  expect(() => readAuditReport('{"score":1,"findings":[{"ruleId":"x","severity":"bad"}]}', 'a.json')).toThrow(
    'a.json: finding 0 has no ruleId',
  );
});

test('suppressions: live ones silence what they cover, expired ones are handed back', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const entries = [
    { id: 'r/medium', paths: ['*.ts'], expires: '2026-12-01' },
    { id: 'r/low', paths: [], expires: '2026-11-30' },
  ];
  const out = applySuppressions(all, entries, now, (e, f) => e.id === f.ruleId && coversPath(e, f.file ?? '.'));
  expect(out.suppressed.map((s) => s.finding.severity)).toEqual(['medium']);
  expect(out.kept.map((f) => f.severity)).toEqual(['critical', 'high', 'low']);
  expect(out.expired.map((e) => e.id)).toEqual(['r/low']);
  expect(coversPath({ paths: ['b/**'] }, 'b/c.ts')).toBe(true);
  expect(coversPath({ paths: ['b/**'] }, 'a.ts')).toBe(false);
  expect(parseExpiry(new Date('2027-02-03'))).toBe('2027-02-03');
  expect(parseExpiry('2027-13-45')).toBeUndefined();
  expect(parseExpiry('soon')).toBeUndefined();
});

test('the version shown in SARIF and --version is the package version', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
