// Budgets: minimum category scores and maximum metric values, from the `budgets` input (NAME=VALUE
// lines), a budgets file, or an lhci lighthouserc's assertions block (so lhci users keep theirs).
// Parsing and evaluation are pure; a missed budget becomes a Finding for the shared views.
import { extname } from 'node:path';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import type { Finding } from '../lib/findings.js';
import { CATEGORIES, METRICS, UNITLESS, formatMetric, type Category, type LhrLike } from './scores.js';

export interface Budget {
  /** A category id (performance) or an audit id (largest-contentful-paint). */
  id: string;
  kind: 'category' | 'audit';
  /** The name as the user wrote it, for messages. */
  label: string;
  /** Minimum score, 0-1. */
  minScore?: number;
  /** Maximum numeric value (ms, or unitless for CLS). */
  maxValue?: number;
  /** lhci's levels: a missed `warn` budget warns, a missed `error` budget fails the step. */
  level: 'error' | 'warn';
  /** Where it was set: input `budgets` or a file path. */
  source: string;
}

export interface ParsedBudgets {
  budgets: Budget[];
  /** Assertions we do not enforce (lhci presets, size and count assertions), to warn about. */
  ignored: string[];
}

const METRIC_IDS = new Set<string>(Object.values(METRICS));

/** One budget from NAME=VALUE: `performance=90`, `lcp=2500`, `lcp=2.5s`, `cls=0.1`. */
export function parseBudget(name: string, raw: string, source: string, input = 'budgets'): Budget {
  const key = name.trim().toLowerCase();
  const text = raw.trim();
  if ((CATEGORIES as readonly string[]).includes(key)) {
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || value > 100)
      throw new ConfigurationError(`input \`${input}\`: ${key} must be a score from 0 to 100 (got \`${raw}\`)`);
    return { id: key, kind: 'category', label: key, minScore: value / 100, level: 'error', source };
  }
  const id = (METRICS as Record<string, string>)[key] ?? (METRIC_IDS.has(key) ? key : undefined);
  if (!id) {
    throw new ConfigurationError(
      `input \`${input}\`: unknown budget \`${name.trim()}\` (use ${CATEGORIES.join(', ')} or ${Object.keys(METRICS).join(', ')})`,
    );
  }
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/.exec(text);
  if (!m || (UNITLESS.has(id) && m[2])) {
    throw new ConfigurationError(
      `input \`${input}\`: ${key} must be ${UNITLESS.has(id) ? 'a number like 0.1' : 'milliseconds like 2500, or seconds like 2.5s'} (got \`${raw}\`)`,
    );
  }
  const value = Number(m[1]) * (m[2] === 's' ? 1000 : 1);
  return { id, kind: 'audit', label: key, maxValue: value, level: 'error', source };
}

/** The `budgets` input: NAME=VALUE lines, or one line naming a budgets file or lighthouserc. */
export async function parseBudgetsInput(
  text: string,
  readFile: (path: string) => { path: string; text: string },
): Promise<ParsedBudgets> {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (lines.length === 1 && !lines[0].includes('=')) {
    const file = readFile(lines[0]);
    return parseBudgetsFile(file.path, file.text);
  }
  return {
    budgets: lines.flatMap((line) =>
      line
        .split(',')
        .filter((part) => part.trim())
        .map((part) => {
          const eq = part.indexOf('=');
          if (eq <= 0)
            throw new ConfigurationError(
              `input \`budgets\` must hold NAME=VALUE lines such as performance=90 or lcp=2500 (got \`${part.trim()}\`)`,
            );
          return parseBudget(part.slice(0, eq), part.slice(eq + 1), 'input `budgets`');
        }),
    ),
    ignored: [],
  };
}

/** A budgets file: an lhci config (JSON or YAML) with `ci.assert.assertions`, or a NAME: VALUE map. */
export async function parseBudgetsFile(path: string, text: string): Promise<ParsedBudgets> {
  let data: unknown;
  // The YAML parser loads only for a YAML file: it is most of the action's start-up otherwise.
  const parseYaml = extname(path) === '.json' ? undefined : (await import('yaml')).parse;
  try {
    data = parseYaml ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `input \`budgets\`: ${path} is not valid ${extname(path) === '.json' ? 'JSON' : 'YAML'}: ${errorMessage(error)}`,
    );
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigurationError(
      `input \`budgets\`: ${path} must hold an lhci config with ci.assert.assertions, or a map like {"performance": 90, "lcp": 2500}`,
    );
  }
  const record = data as Record<string, unknown>;
  const assert = ((record.ci as Record<string, unknown> | undefined)?.assert ?? record.assert) as
    Record<string, unknown> | undefined;
  if (assert) return lighthousercAssertions(assert, path);
  return {
    budgets: Object.entries(record).map(([name, value]) => parseBudget(name, String(value), path)),
    ignored: [],
  };
}

/** lhci's assert block: `categories:<id>` with minScore, and audits with minScore or maxNumericValue. */
export function lighthousercAssertions(assert: Record<string, unknown>, source: string): ParsedBudgets {
  const budgets: Budget[] = [];
  const ignored: string[] = [];
  if (assert.preset) ignored.push(`preset ${String(assert.preset)}`);
  if (assert.assertMatrix || assert.budgetsFile) ignored.push(assert.assertMatrix ? 'assertMatrix' : 'budgetsFile');
  const assertions = (assert.assertions ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(assertions)) {
    const [level, options = {}] = (Array.isArray(value) ? value : [value]) as [unknown, Record<string, unknown>?];
    if (level === 'off') continue;
    if (level !== 'error' && level !== 'warn') {
      throw new ConfigurationError(
        `input \`budgets\`: ${source}: assertion ${key} must be "off", "warn" or "error", or [level, options] (got ${JSON.stringify(value)})`,
      );
    }
    const category = /^categories:(.+)$/.exec(key)?.[1];
    if (!category && key.includes(':')) {
      // resource-summary:script:size and the like assert on table rows, not on an audit's value.
      ignored.push(`${key} (lhci resource and item assertions)`);
      continue;
    }
    const minScore = typeof options.minScore === 'number' ? options.minScore : undefined;
    const maxValue = typeof options.maxNumericValue === 'number' ? options.maxNumericValue : undefined;
    const unsupported = Object.keys(options).filter(
      (o) => !['minScore', 'maxNumericValue', 'aggregationMethod'].includes(o),
    );
    if (unsupported.length) ignored.push(`${key} (${unsupported.join(', ')})`);
    if (category) {
      budgets.push({ id: category, kind: 'category', label: category, minScore: minScore ?? 1, level, source });
    } else if (minScore !== undefined || maxValue !== undefined || !unsupported.length) {
      // A bare level means lhci's default: the audit must pass (score 1).
      budgets.push({
        id: key,
        kind: 'audit',
        label: key,
        minScore: maxValue === undefined ? (minScore ?? 1) : minScore,
        maxValue,
        level,
        source,
      });
    }
  }
  return { budgets, ignored };
}

/** A budget on a category the step does not audit can never be checked: that is the user's mistake. */
export function checkBudgetsMeasurable(budgets: readonly Budget[], categories: readonly Category[]): void {
  for (const b of budgets) {
    if (b.kind === 'category' && !categories.includes(b.id as Category)) {
      throw new ConfigurationError(
        `budget ${b.label} (${b.source}) needs input \`categories\` to include ${b.id} (got \`${categories.join(',')}\`)`,
      );
    }
    if (b.kind === 'audit' && METRIC_IDS.has(b.id) && !categories.includes('performance')) {
      throw new ConfigurationError(
        `budget ${b.label} (${b.source}) is a performance metric: input \`categories\` must include performance`,
      );
    }
  }
}

export interface BudgetCheck {
  path: string;
  budget: Budget;
  /** What was measured, in the budget's own unit (0-100 for scores). Undefined when not measured. */
  value?: number;
  /** The limit, in the same unit: a maximum metric value or a minimum score. */
  limit: number;
  bound: 'max' | 'min';
  passed: boolean;
  /** `performance 72, below the budget 80`; `lcp 3120 ms, over the budget 2500 ms`. */
  text: string;
}

export function evaluateBudgets(
  pages: readonly { path: string; lhr: LhrLike }[],
  budgets: readonly Budget[],
): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const page of pages) {
    for (const budget of budgets) {
      const target = budget.kind === 'category' ? page.lhr.categories[budget.id] : page.lhr.audits[budget.id];
      if (budget.maxValue !== undefined) {
        const value = page.lhr.audits[budget.id]?.numericValue;
        const passed = value !== undefined && value <= budget.maxValue;
        const shown = value === undefined ? 'not measured' : formatMetric(budget.id, value);
        checks.push({
          path: page.path,
          budget,
          value,
          limit: budget.maxValue,
          bound: 'max',
          passed,
          text: `${budget.label} ${shown}${passed ? ' ≤ ' : ', over the budget '}${formatMetric(budget.id, budget.maxValue)}`,
        });
      }
      if (budget.minScore !== undefined) {
        const score = target?.score;
        const value = typeof score === 'number' ? Math.round(score * 100) : undefined;
        const limit = Math.round(budget.minScore * 100);
        const passed = typeof score === 'number' && score >= budget.minScore;
        checks.push({
          path: page.path,
          budget,
          value,
          limit,
          bound: 'min',
          passed,
          text: `${budget.label} ${value ?? 'not measured'}${passed ? ' ≥ ' : ', below the budget '}${limit}`,
        });
      }
    }
  }
  return checks;
}

/** A missed budget as a Finding: `error` budgets are high (they fail the step), `warn` ones medium. */
export function budgetFindings(
  checks: readonly BudgetCheck[],
  reports: ReadonlyMap<string, string>,
  sourceFile?: (source: string) => string | undefined,
): Finding[] {
  return checks
    .filter((c) => !c.passed)
    .map((c) => {
      const file = sourceFile?.(c.budget.source);
      return {
        ruleId: `lighthouse/${c.budget.id}`,
        severity: c.budget.level === 'error' ? 'high' : 'medium',
        title: `${c.budget.label} budget missed`,
        message: `${c.path}: ${c.text} (budget from ${file ?? c.budget.source})`,
        file,
        remediation: `See the Lighthouse report for ${c.path}${reports.get(c.path) ? ` (${reports.get(c.path)})` : ''}: its opportunities and diagnostics list what costs the most.`,
        helpUri:
          c.budget.kind === 'category'
            ? 'https://developer.chrome.com/docs/lighthouse/overview'
            : `https://developer.chrome.com/docs/lighthouse/performance/${c.budget.id}`,
      } satisfies Finding;
    });
}
