// Scores. Each finding weighs its severity's points times its confidence's factor. Within a
// category, a rule's findings weigh its strongest one plus a quarter of each further one (at most
// twice the strongest), so one pattern repeated across files does not sink a category alone; the
// category keeps 100 minus those weights (at least 0). The overall score is the mean of the
// categories; while a confident critical finding remains, it is that mean times 0.49, so a blocker
// always scores 49 or less yet repositories with more gaps still score lower.
import { CATEGORIES, type Category } from '../lib/reports/categories.js';
import { categoryOf } from './rules/rule.js';
import type { Confidence, Finding, Severity } from '../lib/findings.js';

export const POINTS: Record<Severity, number> = { critical: 40, high: 20, medium: 8, low: 3 };
export const CONFIDENCE_FACTOR: Record<Confidence, number> = { high: 1, medium: 0.5, low: 0.25 };
export const REPEAT_FACTOR = 0.25;
export const BLOCKER_FACTOR = 0.49;

export interface Scores {
  overall: number;
  categories: Record<Category, number>;
}

export function findingWeight(f: Pick<Finding, 'severity' | 'confidence'>): number {
  return POINTS[f.severity] * CONFIDENCE_FACTOR[f.confidence ?? 'high'];
}

export function scoreFindings(findings: readonly Finding[]): Scores {
  const weightsByRule = new Map<string, number[]>();
  for (const f of findings) {
    if (!(CATEGORIES as readonly string[]).includes(categoryOf(f.ruleId))) continue;
    const list = weightsByRule.get(f.ruleId) ?? [];
    list.push(findingWeight(f));
    weightsByRule.set(f.ruleId, list);
  }
  const lost = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const [ruleId, weights] of weightsByRule) {
    const [strongest, ...rest] = weights.sort((a, b) => b - a);
    const repeated = rest.reduce((sum, w) => sum + REPEAT_FACTOR * w, 0);
    lost[categoryOf(ruleId)] += Math.min(2 * strongest, strongest + repeated);
  }
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, Math.max(0, Math.round(100 - lost[c]))])) as Record<
    Category,
    number
  >;
  const values = Object.values(categories);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const blocker = findings.some((f) => f.severity === 'critical' && (f.confidence ?? 'high') === 'high');
  return { overall: Math.round(blocker ? mean * BLOCKER_FACTOR : mean), categories };
}
