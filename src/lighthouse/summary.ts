// The job summary, from the same result object the outputs come from: how the app was reached
// (port, mismatch), a table of scores per path, and pass or fail per budget.
import { codeSpan, table } from '../lib/markdown.js';
import type { BudgetCheck } from './budgets.js';
import { mismatchMessage, type PortChoice } from './choose-port.js';
import type { ScoreDelta } from './regression.js';
import { CATEGORIES, formatMetric, METRICS, type Category, type PageScores } from './scores.js';

export interface LighthouseResult {
  target: {
    url: string;
    started?: string;
    /** static-dir, relative to the workspace. */
    served?: string;
    choice?: PortChoice;
    guessReason?: string;
    notHttp: number[];
  };
  /** Against base-scores, when given. */
  deltas?: ScoreDelta[];
  preset: string;
  runs: number;
  categories: Category[];
  pages: PageScores[];
  checks: BudgetCheck[];
  ignoredAssertions: string[];
  reportDir: string;
}

const TITLES: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

export function renderSummary(result: LighthouseResult): string {
  const failed = result.checks.filter((c) => !c.passed && c.budget.level === 'error');
  const regressed = result.deltas?.filter((d) => d.regressed) ?? [];
  const out = [`## Lighthouse: ${result.target.url}`, ''];
  if (result.deltas)
    out.push(
      regressed.length
        ? `❌ **${regressed.length} score${regressed.length > 1 ? 's' : ''} regressed** against the base`
        : '✅ **No regression** against the base',
      '',
    );
  if (result.checks.length)
    out.push(
      `${failed.length ? '❌' : '✅'} **${failed.length ? `${failed.length} budget${failed.length > 1 ? 's' : ''} missed` : 'All budgets met'}**`,
      '',
    );
  const t = result.target;
  if (t.started) {
    const how =
      t.choice?.source === 'guess'
        ? `guessed (${t.guessReason ?? 'expected port'}; not seen in /proc)`
        : 'detected from the process tree';
    out.push(`Started ${codeSpan(t.started)}; port **${t.choice?.port}** ${how}.`);
    if (t.choice?.mismatch)
      out.push('', `⚠️ **${mismatchMessage(t.choice)}**: audited port ${t.choice.mismatch.actual}.`);
    if (t.notHttp.length) out.push('', `Also listening, not HTTP: ${t.notHttp.join(', ')}.`);
    out.push('');
  }
  if (t.served) out.push(`Served the static folder ${codeSpan(t.served)} on ${new URL(t.url).origin}.`, '');
  out.push(`${result.preset} preset, median of ${result.runs} run${result.runs > 1 ? 's' : ''} per path.`, '');
  const cats = CATEGORIES.filter((c) => result.categories.includes(c));
  const showMetrics = result.categories.includes('performance');
  out.push(
    table(
      ['Path', ...cats.map((c) => TITLES[c]), ...(showMetrics ? ['LCP', 'TBT', 'CLS'] : [])],
      result.pages.map((p) => [
        codeSpan(p.path),
        ...cats.map((c) => p.scores[c] ?? '–'),
        ...(showMetrics
          ? (['lcp', 'tbt', 'cls'] as const).map((m) =>
              p.metrics[m] === undefined ? '–' : formatMetric(METRICS[m], p.metrics[m]!),
            )
          : []),
      ]),
    ),
    '',
  );
  if (result.checks.length) {
    out.push('### Budgets', '');
    out.push(
      table(
        ['Path', 'Budget', 'Measured', 'Result'],
        result.checks.map((c) => [
          codeSpan(c.path),
          `${c.budget.label} ${c.bound === 'max' ? `≤ ${formatMetric(c.budget.id, c.limit)}` : `≥ ${c.limit}`}`,
          c.value === undefined ? 'not measured' : c.bound === 'max' ? formatMetric(c.budget.id, c.value) : c.value,
          c.passed ? '✅ pass' : c.budget.level === 'warn' ? '⚠️ warn' : '❌ fail',
        ]),
      ),
      '',
    );
  }
  if (result.deltas) out.push(...renderDeltas(result.deltas, cats));
  if (result.ignoredAssertions.length)
    out.push(`Not enforced from the lighthouserc: ${result.ignoredAssertions.join(', ')}.`, '');
  out.push(`Reports (HTML and JSON) are in ${codeSpan(result.reportDir)}.`);
  return out.join('\n');
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** One row per page, one cell per category: base → now (delta), marked when past max-regression. */
function renderDeltas(deltas: ScoreDelta[], cats: Category[]): string[] {
  const paths = [...new Set(deltas.map((d) => d.path))];
  const cell = (d: ScoreDelta | undefined) => {
    if (!d) return '–';
    if (d.delta === undefined)
      return d.base === undefined ? `${d.current ?? '–'} (not in base)` : `${d.current ?? '–'}`;
    return `${d.base} → ${d.current} (${signed(d.delta)})${d.regressed ? ' ❌' : ''}`;
  };
  const allowed = cats.map((c) => `${TITLES[c]} ${deltas.find((d) => d.category === c)?.allowed ?? 0}`).join(', ');
  return [
    '### Compared with the base',
    '',
    table(
      ['Path', ...cats.map((c) => TITLES[c])],
      paths.map((p) => [codeSpan(p), ...cats.map((c) => cell(deltas.find((d) => d.path === p && d.category === c)))]),
    ),
    '',
    `Points a category may drop before the step fails (max-regression): ${allowed}.`,
    '',
  ];
}
