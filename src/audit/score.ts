// Scores: each category starts at 100 and loses points per finding by severity; the overall score
// is the mean of the categories, so one bad area cannot hide behind many good ones entirely.
import { CATEGORIES, categoryOf, type Category } from './rules/rule.js';
import type { Finding, Severity } from '../lib/findings.js';

export const PENALTY: Record<Severity, number> = { critical: 40, high: 25, medium: 10, low: 5 };

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
  return { overall: Math.round(values.reduce((a, b) => a + b, 0) / values.length), categories };
}
