// The fleet view from the rows: worst first, the change since a previous merge, the score bands and
// each category across the fleet. Pure: rows in, one summary out, for every format to render.
import { SEVERITIES, type Severity } from '../lib/findings.js';
import { CATEGORIES, type Category } from '../lib/reports/categories.js';
import type { FleetRow } from './report-row.js';
import type { ReadResult, Unreadable } from './read-reports.js';

export interface FleetEntry extends FleetRow {
  /** Score change since the previous merge; undefined when there was none or the repository is new. */
  delta?: number;
  /** True when a previous merge was given and did not list this repository. */
  isNew?: boolean;
}

export interface ScoreBand {
  label: string;
  from: number;
  to: number;
  count: number;
}

export interface CategoryAcrossFleet {
  category: Category;
  mean: number;
  min: number;
  repositories: number;
}

export interface FleetSummary {
  entries: FleetEntry[];
  unreadable: Unreadable[];
  /** A second report for a repository already merged: named, not merged twice. */
  duplicates: Unreadable[];
  /** Repositories in the previous merge with no report now. */
  removed: string[];
  hasPrevious: boolean;
  bands: ScoreBand[];
  categories: CategoryAcrossFleet[];
  totals: Record<Severity, number>;
  meanScore: number;
}

/** The previous merge's score per repository (from its JSON output). */
export type PreviousScores = Map<string, number>;

/** Ten bands of ten points; the last holds 90 to 100. */
export const SCORE_BANDS: readonly { from: number; to: number }[] = Array.from({ length: 10 }, (_, i) => ({
  from: i * 10,
  to: i === 9 ? 100 : i * 10 + 9,
}));

export function bandOf(score: number): number {
  return Math.min(9, Math.floor(Math.max(0, score) / 10));
}

export function mergeReports(results: Iterable<ReadResult>, previous?: PreviousScores): FleetSummary {
  const byName = new Map<string, FleetEntry>();
  const unreadable: Unreadable[] = [];
  const duplicates: Unreadable[] = [];
  for (const result of results) {
    if ('unreadable' in result) {
      unreadable.push(result.unreadable);
      continue;
    }
    const row = result.row;
    const first = byName.get(row.repository);
    if (first) {
      duplicates.push({
        file: row.source,
        reason: `${row.source}: a second report for ${row.repository} (kept ${first.source})`,
      });
      continue;
    }
    const before = previous?.get(row.repository);
    byName.set(row.repository, {
      ...row,
      ...(before !== undefined ? { delta: row.score - before } : {}),
      ...(previous && before === undefined ? { isNew: true } : {}),
    });
  }

  const entries = [...byName.values()].sort(worstFirst);
  const bands = SCORE_BANDS.map((b) => ({ label: `${b.from}–${b.to}`, ...b, count: 0 }));
  const totals = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const sums = new Map<Category, { sum: number; min: number; n: number }>();
  let scoreSum = 0;
  for (const e of entries) {
    bands[bandOf(e.score)].count++;
    scoreSum += e.score;
    for (const s of SEVERITIES) totals[s] += e.counts[s];
    for (const c of CATEGORIES) {
      const v = e.categories[c];
      if (v === undefined) continue;
      const acc = sums.get(c) ?? { sum: 0, min: 100, n: 0 };
      acc.sum += v;
      acc.min = Math.min(acc.min, v);
      acc.n++;
      sums.set(c, acc);
    }
  }
  const categories = CATEGORIES.flatMap((c) => {
    const acc = sums.get(c);
    return acc ? [{ category: c, mean: Math.round(acc.sum / acc.n), min: acc.min, repositories: acc.n }] : [];
  });
  const removed = previous ? [...previous.keys()].filter((name) => !byName.has(name)).sort() : [];
  return {
    entries,
    unreadable,
    duplicates,
    removed,
    hasPrevious: previous !== undefined,
    bands,
    categories,
    totals,
    meanScore: entries.length ? Math.round(scoreSum / entries.length) : 0,
  };
}

/** Lowest score first; among equals, more critical then more high findings first; then by name. */
export function worstFirst(a: FleetRow, b: FleetRow): number {
  return (
    a.score - b.score ||
    b.counts.critical - a.counts.critical ||
    b.counts.high - a.counts.high ||
    (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0)
  );
}
