// Fail on regression: this run's scores against `base-scores` (the scores-json output of an earlier
// run, e.g. the base branch's), category by category and page by page, with `max-regression`
// points allowed per category. Pure: data in, deltas out.
import { ConfigurationError } from '../lib/errors.js';
import type { Finding } from '../lib/findings.js';
import { CATEGORIES, type Category, type PageScores } from './scores.js';

export interface BaseScores {
  path: string;
  scores: Partial<Record<Category, number | null>>;
}

export interface ScoreDelta {
  path: string;
  category: Category;
  current: number | null;
  /** undefined: the page or category is not in the base. */
  base?: number | null;
  delta?: number;
  allowed: number;
  regressed: boolean;
}

/** Inline JSON (starts with `[`) or a file; `read` returns the file's text or undefined when absent. */
export function parseBaseScores(raw: string, read: (file: string) => string | undefined): BaseScores[] | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  let text = value;
  if (!value.startsWith('[')) {
    const fromFile = read(value);
    if (fromFile === undefined)
      throw new ConfigurationError(
        `input \`base-scores\`: file ${value} does not exist (the scores-json output of an earlier run, inline or in a file)`,
      );
    text = fromFile;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError('input `base-scores` is not JSON (expected the scores-json output of an earlier run)');
  }
  if (!Array.isArray(parsed) || parsed.some((p) => typeof p !== 'object' || p === null || typeof p.path !== 'string'))
    throw new ConfigurationError(
      'input `base-scores` must be a JSON array of pages with a `path` (the scores-json output of an earlier run)',
    );
  return parsed.map((p: Record<string, unknown>) => {
    const scores: BaseScores['scores'] = {};
    for (const c of CATEGORIES) {
      const v = p[c];
      if (typeof v === 'number' || v === null) scores[c] = v;
      else if (v !== undefined)
        throw new ConfigurationError(
          `input \`base-scores\`: ${String(p.path)} ${c} must be a number (got \`${String(v)}\`)`,
        );
    }
    return { path: p.path as string, scores };
  });
}

/** `5` (every category) or `category=points` lines, e.g. performance=5 and accessibility=0. */
export function parseMaxRegression(raw: string): Record<Category, number> {
  const value = raw.trim() || '0';
  const points = (text: string, what: string) => {
    if (!/^\d+$/.test(text.trim()) || Number(text) > 100)
      throw new ConfigurationError(
        `input \`max-regression\`: ${what} must be whole points from 0 to 100 (got \`${text.trim()}\`)`,
      );
    return Number(text);
  };
  if (/^\d+$/.test(value)) {
    const all = points(value, 'the value');
    return Object.fromEntries(CATEGORIES.map((c) => [c, all])) as Record<Category, number>;
  }
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const line of value
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [name, v] = line.split('=');
    if (!(CATEGORIES as readonly string[]).includes(name?.trim()) || v === undefined)
      throw new ConfigurationError(
        `input \`max-regression\` must be a number of points or category=points lines with ${CATEGORIES.join(', ')} (got \`${line}\`)`,
      );
    out[name.trim() as Category] = points(v, name.trim());
  }
  return out;
}

export function compareScores(
  pages: readonly PageScores[],
  base: readonly BaseScores[],
  allowed: Record<Category, number>,
  categories: readonly Category[],
): ScoreDelta[] {
  const byPath = new Map(base.map((b) => [b.path, b]));
  const out: ScoreDelta[] = [];
  for (const page of pages) {
    const before = byPath.get(page.path);
    for (const category of CATEGORIES.filter((c) => categories.includes(c))) {
      const current = page.scores[category] ?? null;
      const baseScore = before?.scores[category];
      const delta = typeof current === 'number' && typeof baseScore === 'number' ? current - baseScore : undefined;
      out.push({
        path: page.path,
        category,
        current,
        base: baseScore,
        delta,
        allowed: allowed[category],
        regressed: delta !== undefined && -delta > allowed[category],
      });
    }
  }
  return out;
}

export function regressionMessage(d: ScoreDelta): string {
  return `${d.path} ${d.category} ${d.base} → ${d.current} (${d.delta}, more than ${d.allowed} point${d.allowed === 1 ? '' : 's'} down)`;
}

/** Regressions in the one finding shape, for the annotations and the SARIF file beside the budgets'. */
export function regressionFindings(deltas: readonly ScoreDelta[], reports: ReadonlyMap<string, string>): Finding[] {
  return deltas
    .filter((d) => d.regressed)
    .map((d) => ({
      ruleId: `lighthouse/regression-${d.category}`,
      severity: 'high',
      title: `${d.category} score regressed`,
      message: `${d.path}: ${d.category} ${d.base} → ${d.current} (${d.delta} points; max-regression allows ${d.allowed})`,
      remediation: `Compare the Lighthouse report for ${d.path}${reports.get(d.path) ? ` (${reports.get(d.path)})` : ''} with the base run's.`,
      helpUri: 'https://developer.chrome.com/docs/lighthouse/overview',
    }));
}
