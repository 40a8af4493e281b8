// Bounded scans of an app's source files: rules that look for a pattern in code (console.* calls,
// a rate limiter) read the files in src/lib/node-app's scan order, capped, so a 50,000-file
// repository costs the same as a small one.
import {
  isAppSourceFolder,
  isAppSourceName,
  isLikelyFolder,
  isLikelyName,
  MAX_SCANNED_FILES,
  scanOrder as ordered,
} from '../node-app/source-files.js';
import { sourceFilesOf } from './facts.js';
import type { Repository } from './repository.js';

export { MAX_SCANNED_FILES } from '../node-app/source-files.js';

/** The package's source files in scan order (likely entry/route files first), capped. */
export function scanOrder(repo: Repository, dir: string): string[] {
  // The likely files fill at most the cap, so twice the cap of the others is enough to fill the rest.
  return repo.fact(`scanOrder:${dir}`, () =>
    ordered(sourceFilesOf(repo, dir, 2 * MAX_SCANNED_FILES), likelySourcesOf(repo, dir)),
  );
}

/**
 * The package's source files whose base name passes `name` or whose folder passes `folder`, in
 * index order (the first `limit`), from the repository's name and folder index: each test runs once
 * per distinct value.
 */
export function sourcesNamedBy(
  repo: Repository,
  dir: string,
  name: (base: string) => boolean,
  folder: (folder: string) => boolean,
  limit = Infinity,
): string[] {
  const prefix = dir ? `${dir}/` : '';
  // Classes: 0 not source, 1 source, 2 source that passes the test.
  return repo.classify(
    (base) => (isAppSourceName(base) ? (name(base) ? 2 : 1) : 0),
    (f) => (f.startsWith(prefix) && isAppSourceFolder(f) ? (folder(f) ? 2 : 1) : 0),
    (n, f) => n > 0 && f > 0 && (n === 2 || f === 2),
    limit,
  );
}

function likelySourcesOf(repo: Repository, dir: string): string[] {
  return sourcesNamedBy(repo, dir, isLikelyName, isLikelyFolder, MAX_SCANNED_FILES);
}

/** First match of a pattern among the package's scanned source files. */
export function findInSource(
  repo: Repository,
  dir: string,
  pattern: RegExp,
): { file: string; line: number; match: RegExpExecArray } | undefined {
  return repo.findInFiles(scanOrder(repo, dir), pattern);
}
