// The four views of one audit result: Markdown, JSON, SARIF (schema-valid) and the score.
import { renderMarkdown } from '../../src/audit/report/markdown.js';
import { renderJson } from '../../src/audit/report/json.js';
import { renderSarif } from '../../src/audit/report/sarif.js';
import { scoreFindings } from '../../src/audit/score.js';
import { blocking, parseFailOn } from '../../src/lib/reports/policy.js';
import type { AuditResult } from '../../src/audit/engine.js';
import type { Finding } from '../../src/lib/findings.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

const findings: Finding[] = [
  {
    ruleId: 'database/sqlite-in-production',
    severity: 'critical',
    title: 'SQLite in production',
    message: 'provider "sqlite" in prisma/schema.prisma',
    file: 'prisma/schema.prisma',
    line: 6,
    remediation: 'Use PostgreSQL.',
  },
  {
    ruleId: 'docs/no-runbook',
    severity: 'low',
    title: 'No runbook',
    message: 'no runbook | found',
    remediation: 'Write one.',
  },
];
const result: AuditResult = {
  root: '/repo',
  findings,
  suppressed: [],
  warnings: [{ file: 'big.bin', message: 'not read: binary file' }],
  scores: scoreFindings(findings),
  filesIndexed: 12,
  rulesRun: 29,
  durationMs: 5,
};

test('scores: findings weigh severity times confidence, repeats of a rule weigh less, a confident critical scales the mean by 0.49', () => {
  expect(result.scores.categories.database).toBe(60);
  expect(result.scores.categories.docs).toBe(97);
  expect(result.scores.categories.ci).toBe(100);
  // The mean is (60 + 97 + 8 * 100) / 10 = 95.7; the confident critical scales it to 47.
  expect(result.scores.overall).toBe(47);
  expect(scoreFindings(findings.slice(1)).overall).toBe(Math.round((97 + 9 * 100) / 10));
  const high: Finding = { ...findings[0], severity: 'high' };
  expect(scoreFindings([high]).overall).toBe(98);
  // A doubtful critical weighs a quarter and does not cap.
  const doubtful: Finding = { ...findings[0], confidence: 'low' };
  expect(scoreFindings([doubtful]).overall).toBe(99);
  // The same rule in three files: 40 + 10 + 10 of a possible 80.
  expect(scoreFindings([findings[0], findings[0], findings[0]]).categories.database).toBe(40);
  expect(scoreFindings([]).overall).toBe(100);
});

test('gate: fails at or above the threshold, never with none', () => {
  const gatePasses = (list: Finding[], failOn: string) => blocking(list, parseFailOn('fail-on', failOn)).length === 0;
  expect(gatePasses(findings, 'critical')).toBe(false);
  expect(gatePasses(findings.slice(1), 'medium')).toBe(true);
  expect(gatePasses(findings.slice(1), 'low')).toBe(false);
  expect(gatePasses(findings, 'none')).toBe(true);
});

test('Markdown: summary table, findings grouped by severity with evidence and remediation, warnings', () => {
  const md = renderMarkdown(result, { failOn: 'critical', passed: false });
  expect(md).toContain('**Overall score: 47/100** — ❌ gate failed (fail-on: critical)');
  expect(md).toContain('| Database | 60/100 | 1 | 🔴 critical |');
  expect(md.indexOf('## 🔴 Critical (1)')).toBeLessThan(md.indexOf('## 🔵 Low (1)'));
  expect(md).toContain('**Location:** `prisma/schema.prisma:6`');
  expect(md).toContain('**Remediation:** Use PostgreSQL.');
  expect(md).toContain('| big.bin | not read: binary file |');
});

test('JSON: the contract shape', () => {
  const json = JSON.parse(renderJson(result));
  expect(json.score).toBe(47);
  expect(json.findings[0]).toEqual({
    ruleId: 'database/sqlite-in-production',
    severity: 'critical',
    title: 'SQLite in production',
    message: 'provider "sqlite" in prisma/schema.prisma',
    file: 'prisma/schema.prisma',
    line: 6,
    remediation: 'Use PostgreSQL.',
    confidence: 'high',
  });
  expect(json.findings[1]).toMatchObject({ file: null, line: null });
});

test('SARIF: valid 2.1.0 with every rule described and results located', () => {
  const sarif = JSON.parse(renderSarif(result));
  expect(sarifSchemaErrors(sarif)).toEqual([]);
  const run = sarif.runs[0];
  expect(run.results).toHaveLength(2);
  const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
  expect(ruleIds).toContain('shipshape/expired-suppression');
  expect(run.results[0].locations[0].physicalLocation).toMatchObject({
    artifactLocation: { uri: 'prisma/schema.prisma' },
    region: { startLine: 6 },
  });
  expect(ruleIds[run.results[0].ruleIndex]).toBe('database/sqlite-in-production');
});
