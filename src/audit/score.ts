// Scores: each category starts at 100 and loses points per finding by severity. The overall score
// is the mean of the categories, capped so that many clean categories cannot hide a blocker: at
// most 49 while a critical finding remains, at most 79 while a high one does.
import { CATEGORIES, categoryOf, type Category } from './rules/rule.js';
import type { Finding, Severity } from '../lib/findings.js';

export const PENALTY: Record<Severity, number> = { critical: 40, high: 25, medium: 10, low: 5 };
export const CAP = { critical: 49, high: 79 } as const;

export interface Scores {
  overall: number;
  categories: Record<Category, number>;
}

export function scoreFindings(findings: readonly Finding[]): Scores {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, 100])) as Record<Category, number>;
  for (const f of findings) {
    const c = categoryOf(f.ruleId);
    if (c in categories) categories[c] = Math.max(0, categories[c] - PENALTY[f.severity]);
  }
  const values = Object.values(categories);
  const mean = Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  const cap = findings.some((f) => f.severity === 'critical')
    ? CAP.critical
    : findings.some((f) => f.severity === 'high')
      ? CAP.high
      : 100;
  return { overall: Math.min(mean, cap), categories };
}
