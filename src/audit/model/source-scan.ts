// Bounded scans of an app's source files: rules that look for a pattern in code (console.* calls,
// a rate limiter) read the files in src/lib/node-app's scan order, capped, so a 50,000-file
// repository costs the same as a small one.
import { scanOrder as ordered } from '../../lib/node-app/source-files.js';
import { sourceFilesOf } from './facts.js';
import type { Repository } from './repository.js';

export { MAX_SCANNED_FILES } from '../../lib/node-app/source-files.js';

/** The package's source files in scan order (likely entry/route files first), capped. */
export function scanOrder(repo: Repository, dir: string): string[] {
  return repo.fact(`scanOrder:${dir}`, () => ordered(sourceFilesOf(repo, dir)));
}

/** First match of a pattern among the package's scanned source files. */
export function findInSource(
  repo: Repository,
  dir: string,
  pattern: RegExp,
): { file: string; line: number; match: RegExpExecArray } | undefined {
  return repo.findInFiles(scanOrder(repo, dir), pattern);
}
