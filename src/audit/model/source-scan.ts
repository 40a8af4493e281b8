// Bounded scans of an app's source files: rules that look for a pattern in code (a health route,
// console.* calls, a rate limiter) read at most MAX_SCANNED_FILES files, entry and route files
// first, so a 50,000-file repository costs the same as a small one.
import { sourceFilesOf } from './facts.js';
import type { Repository } from './repository.js';

export const MAX_SCANNED_FILES = 400;

// Files most likely to hold routes and server set-up come first.
const LIKELY =
  /(?:^|\/)(?:server|app|index|main|routes?|router|api|health\w*|middleware|http|handlers?|controllers?)(?:\/|\.[cm]?[jt]sx?$)/;

/** The package's source files in scan order (likely entry/route files first), capped. */
export function scanOrder(repo: Repository, dir: string): string[] {
  return repo.fact(`scanOrder:${dir}`, () => {
    const files = sourceFilesOf(repo, dir);
    const likely = files.filter((f) => LIKELY.test(f));
    const rest = files.filter((f) => !LIKELY.test(f));
    return [...likely, ...rest].slice(0, MAX_SCANNED_FILES);
  });
}

/** First match of a pattern among the package's scanned source files. */
export function findInSource(
  repo: Repository,
  dir: string,
  pattern: RegExp,
): { file: string; line: number; match: RegExpExecArray } | undefined {
  return repo.findInFiles(scanOrder(repo, dir), pattern);
}
