// The merge as JSON: the rows, bands and categories, and what could not be merged. A later merge reads
// it back with --previous to show each repository's change.
import { readFileSync } from 'node:fs';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { findingUrl } from './finding-link.js';
import type { FleetSummary, PreviousScores } from './merge.js';

export function renderFleetJson(summary: FleetSummary, serverUrl: string): string {
  return `${JSON.stringify(
    {
      repositories: summary.entries.map((e) => ({
        repository: e.repository,
        namedBy: e.namedByReport ? 'report' : 'file',
        report: e.source,
        score: e.score,
        ...(e.delta !== undefined ? { delta: e.delta } : {}),
        ...(e.isNew ? { new: true } : {}),
        categories: e.categories,
        counts: e.counts,
        top: e.top.map((f) => ({ ...f, url: findingUrl(e, f, serverUrl) ?? null })),
      })),
      meanScore: summary.meanScore,
      totals: summary.totals,
      bands: summary.bands.map(({ from, to, count }) => ({ from, to, count })),
      categories: summary.categories,
      removed: summary.removed,
      unreadable: [...summary.unreadable, ...summary.duplicates],
    },
    null,
    2,
  )}\n`;
}

/** The score per repository from a previous merge's JSON output. */
export function readPreviousScores(path: string): PreviousScores {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      `cannot read --previous ${path}: ${code ? `${code === 'ENOENT' ? 'no such file' : code}` : `not JSON (${errorMessage(error)})`}`,
    );
  }
  const list = (value as { repositories?: unknown })?.repositories;
  if (!Array.isArray(list))
    throw new ConfigurationError(`--previous ${path} is not a merged report (no \`repositories\` list)`);
  const scores: PreviousScores = new Map();
  for (const r of list as { repository?: unknown; score?: unknown }[])
    if (typeof r?.repository === 'string' && typeof r.score === 'number') scores.set(r.repository, r.score);
  return scores;
}
