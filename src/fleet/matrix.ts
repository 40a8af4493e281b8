// Which listed repositories the fleet audits, and how they split into matrix jobs: a GitHub Actions
// matrix holds at most 256 jobs, so the chunk size grows until every repository fits.
import picomatch from 'picomatch';
import type { ListedRepository } from './list-repositories.js';

export const MAX_MATRIX_JOBS = 256;

export interface Selection {
  repositories: string[];
  /** Names given literally in --repositories that the listing does not hold (or that were skipped). */
  missing: string[];
  skipped: { archived: number; forks: number };
}

export function selectRepositories(
  listed: readonly ListedRepository[],
  options: { patterns?: string; includeForks?: boolean; includeArchived?: boolean },
): Selection {
  const patterns = (options.patterns ?? '')
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const match = patterns.length ? picomatch(patterns, { nocase: true, dot: true }) : () => true;
  const skipped = { archived: 0, forks: 0 };
  const chosen: string[] = [];
  for (const r of listed) {
    if (!match(r.name) && !match(r.fullName)) continue;
    if (r.archived && !options.includeArchived) skipped.archived++;
    else if (r.fork && !options.includeForks) skipped.forks++;
    else chosen.push(r.fullName);
  }
  const lower = new Set(chosen.flatMap((n) => [n.toLowerCase(), n.split('/')[1].toLowerCase()]));
  const missing = patterns.filter((p) => !picomatch.scan(p).isGlob && !lower.has(p.toLowerCase()));
  return { repositories: [...new Set(chosen)].sort(), missing, skipped };
}

export interface MatrixChunk {
  chunk: number;
  /** owner/name, space-separated: a matrix value the job's shell splits. */
  repositories: string;
}

export function chunkSizeFor(count: number, requested: number): number {
  return Math.max(requested, Math.ceil(count / MAX_MATRIX_JOBS), 1);
}

export function toMatrix(repositories: readonly string[], requestedChunkSize: number): { include: MatrixChunk[] } {
  const size = chunkSizeFor(repositories.length, requestedChunkSize);
  const include: MatrixChunk[] = [];
  for (let i = 0; i < repositories.length; i += size)
    include.push({ chunk: include.length + 1, repositories: repositories.slice(i, i + size).join(' ') });
  return { include };
}
