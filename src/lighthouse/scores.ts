// The names users write for Lighthouse's categories and metrics, and the scores the outputs carry.
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Short metric names (as in lhci and web.dev) to Lighthouse audit ids. */
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  tti: 'interactive',
  ttfb: 'server-response-time',
} as const;
export type MetricName = keyof typeof METRICS;

/** Metrics without a unit (every other one is in milliseconds). */
export const UNITLESS = new Set<string>([METRICS.cls]);

export interface PageScores {
  path: string;
  url: string;
  /** 0-100, or null when the category was not audited or could not be scored. */
  scores: Partial<Record<Category, number | null>>;
  /** Metric values by short name: ms, or unitless for CLS. */
  metrics: Partial<Record<MetricName, number>>;
  htmlReport: string;
  jsonReport: string;
}

export interface LhrLike {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { score: number | null; numericValue?: number } | undefined>;
}

export function pageScores(
  page: { path: string; url: string; htmlReport: string; jsonReport: string },
  lhr: LhrLike,
): PageScores {
  const scores: PageScores['scores'] = {};
  for (const c of CATEGORIES) {
    const category = lhr.categories[c];
    if (category) scores[c] = typeof category.score === 'number' ? Math.round(category.score * 100) : null;
  }
  const metrics: PageScores['metrics'] = {};
  for (const [name, id] of Object.entries(METRICS) as [MetricName, string][]) {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value === 'number') metrics[name] = value;
  }
  return { path: page.path, url: page.url, scores, metrics, htmlReport: page.htmlReport, jsonReport: page.jsonReport };
}

export function formatMetric(id: string, value: number): string {
  return UNITLESS.has(id) ? value.toFixed(3) : `${Math.round(value)} ms`;
}
