// Budgets as users write them (input lines, a map file, an lhci lighthouserc) and their verdicts on
// a median run, as pure data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetFindings, evaluateBudgets, parseBudgetsFile, parseBudgetsInput } from '../../src/lighthouse/budgets.js';

const noFile = () => {
  throw new Error('no file expected');
};
const lhr = {
  categories: { performance: { score: 0.72 }, accessibility: { score: 1 } },
  audits: {
    'largest-contentful-paint': { score: 0.4, numericValue: 3120.4 },
    'cumulative-layout-shift': { score: 1, numericValue: 0.02 },
  },
};

test('input lines: scores 0-100, metrics in ms or s, CLS unitless', async () => {
  const { budgets } = await parseBudgetsInput('performance=80\n# comment\naccessibility=90, lcp=2.5s\ncls=0.1', noFile);
  expect(budgets.map((b) => [b.id, b.minScore ?? b.maxValue])).toEqual([
    ['performance', 0.8],
    ['accessibility', 0.9],
    ['largest-contentful-paint', 2500],
    ['cumulative-layout-shift', 0.1],
  ]);
  await expect(parseBudgetsInput('performance=120', noFile)).rejects.toThrow(
    'input `budgets`: performance must be a score from 0 to 100 (got `120`)',
  );
  await expect(parseBudgetsInput('cls=0.1s', noFile)).rejects.toThrow(
    'input `budgets`: cls must be a number like 0.1 (got `0.1s`)',
  );
});

test('a missed budget names the path, the metric, the value and the budget', async () => {
  const { budgets } = await parseBudgetsInput('performance=80\naccessibility=90\nlcp=2500\ncls=0.1', noFile);
  const checks = evaluateBudgets([{ path: '/pricing', lhr }], budgets);
  expect(checks.map((c) => [c.text, c.passed])).toEqual([
    ['performance 72, below the budget 80', false],
    ['accessibility 100 ≥ 90', true],
    ['lcp 3120 ms, over the budget 2500 ms', false],
    ['cls 0.020 ≤ 0.100', true],
  ]);
  const findings = budgetFindings(checks, new Map([['/pricing', 'lighthouse-reports/pricing.report.html']]));
  expect(findings[0]).toMatchObject({
    ruleId: 'lighthouse/performance',
    severity: 'high',
    message: '/pricing: performance 72, below the budget 80 (budget from input `budgets`)',
  });
  expect(findings[0].remediation).toContain('lighthouse-reports/pricing.report.html');
});

test("the seed's lighthouserc: categories and audit assertions kept, off skipped, warn only warns, the rest listed as not enforced", async () => {
  const path = join(process.cwd(), 'test', 'fixtures', 'lighthouse', 'seed-port-3005', 'lighthouserc.json');
  const parsed = await parseBudgetsFile(path, readFileSync(path, 'utf8'));
  expect(parsed.budgets.map((b) => [b.id, b.kind, b.level, b.minScore, b.maxValue])).toEqual([
    ['accessibility', 'category', 'error', 0.9, undefined],
    ['largest-contentful-paint', 'audit', 'warn', undefined, 4000],
  ]);
  expect(parsed.ignored).toEqual(['resource-summary:script:size (lhci resource and item assertions)']);
  const checks = evaluateBudgets([{ path: '/', lhr }], parsed.budgets);
  expect(checks.map((c) => [c.budget.level, c.passed])).toEqual([
    ['error', true],
    ['warn', true],
  ]);
  // YAML and a preset: the preset is reported as not enforced; a bare level means "must pass".
  const yaml = await parseBudgetsFile(
    '.lighthouserc.yml',
    'ci:\n  assert:\n    preset: lighthouse:recommended\n    assertions:\n      document-title: error\n',
  );
  expect(yaml).toEqual({
    budgets: [expect.objectContaining({ id: 'document-title', minScore: 1, level: 'error' })],
    ignored: ['preset lighthouse:recommended'],
  });
  await expect(parseBudgetsFile('rc.json', '{"ci":{"assert":{"assertions":{"x":"fatal"}}}}')).rejects.toThrow(
    'assertion x must be "off", "warn" or "error"',
  );
  expect((await parseBudgetsFile('budgets.json', '{"performance": 90, "tbt": 300}')).budgets.map((b) => b.id)).toEqual([
    'performance',
    'total-blocking-time',
  ]);
});
