// The file index: in a git checkout, the files git tracks (read from the index: a committed
// .gitignore cannot hide a tracked file); elsewhere, one walk that honours .gitignore and never
// enters ignored folders. Links are resolved only inside the root, special files are skipped.
import { lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { gitTrackedFiles, type TrackedPaths } from '../git-read.js';
import { kindOf, readRegularFile } from '../safe-read.js';
import { indexPaths, PathIndexBuilder, type PathIndex } from './path-index.js';
import type { ReadWarning } from './read-results.js';
import { ALWAYS_SKIPPED } from '../skipped-folders.js';
import { isInsideRoot } from '../inside-root.js';
import { isPlainFolder } from './plain-folder.js';

export { ALWAYS_SKIPPED };

/** A .gitignore over either cap is not applied (and says so): ignoring less is the safe side. */
export const MAX_GITIGNORE_BYTES = 64 * 1024;
export const MAX_GITIGNORE_PATTERNS = 1000;

const SKIPPED_SEGMENT = new RegExp(
  `(^|/)(${[...ALWAYS_SKIPPED].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})/`,
);

export interface WalkResult {
  /** The files, by folder and base name (their paths made on demand). */
  index: PathIndex;
  warnings: ReadWarning[];
  /** `git`: what git tracks; `folder`: a walk of the folder with .gitignore applied. */
  source: 'git' | 'folder';
  /** Links kept in the index (they resolve to a regular file inside the root): path -> real path. */
  links: Map<string, string>;
  /** True when the deadline passed before the listing was complete. */
  incomplete: boolean;
  /** The root's real path (links resolved): what "inside the root" is measured against. */
  realRoot: string;
}

export interface WalkOptions {
  /** performance.now() value after which the walk stops. */
  deadline?: number;
}

interface IgnoreScope {
  base: string; // '' for the root, else 'dir/sub/'
  rules: Ignore;
  /**
   * When no pattern holds a slash (but a trailing one), a verdict depends on the entry's name alone
   * (its folders were not ignored, or the walk would not be there): verdicts are kept per name.
   */
  byName?: Map<string, { ignored: boolean; unignored: boolean }>;
}

export function walkRepository(root: string, options: WalkOptions = {}): WalkResult {
  const realRoot = realpathSync(root);
  const tracked = gitTrackedFiles(root, skippedFolder);
  if (tracked && 'index' in tracked && (tracked.index.length || tracked.links.length))
    return fromGit(root, realRoot, tracked, options);
  const result = walkFolder(root, realRoot, options);
  // A folder git tracks nothing of (new, or outside the repository's files) is audited as a folder.
  if (tracked)
    result.warnings.unshift({
      file: '.',
      message:
        'error' in tracked
          ? `git could not list the tracked files (${tracked.error}); the folder was walked with .gitignore applied`
          : 'git tracks no file in this folder; the folder was walked with .gitignore applied',
    });
  return result;
}

// Folders never listed from git's index: the ones the walk never enters, and paths no checkout has.
function skippedFolder(folder: string): boolean {
  return SKIPPED_SEGMENT.test(folder) || !isPlainFolder(folder);
}

function fromGit(root: string, realRoot: string, tracked: TrackedPaths, options: WalkOptions): WalkResult {
  const result: WalkResult = {
    index: tracked.index,
    warnings: [],
    source: 'git',
    realRoot,
    links: new Map(),
    incomplete: false,
  };
  for (const path of tracked.links) {
    const skip = skippedFolder(path.slice(0, path.lastIndexOf('/') + 1));
    const real = skip ? undefined : keepLink(root, realRoot, path, result.warnings);
    if (real) result.links.set(path, real);
  }
  // The index is sorted by bytes, which is JavaScript's order for ASCII paths: sort only when needed.
  if (result.links.size || (tracked.maybeUnsorted && !isSorted(result.index.files)))
    result.index = indexPaths([...result.index.files, ...result.links.keys()].sort());
  if (options.deadline !== undefined && performance.now() > options.deadline) result.incomplete = true;
  return result;
}

function isSorted(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) return false;
  return true;
}

function walkFolder(root: string, realRoot: string, options: WalkOptions): WalkResult {
  const warnings: ReadWarning[] = [];
  const links = new Map<string, string>();
  const listed = new PathIndexBuilder();
  let incomplete = false;
  let patterns = 0;
  let n = 0;
  const visit = (relDir: string, scopes: IgnoreScope[]) => {
    if (incomplete) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(relDir ? join(root, relDir) : root, { withFileTypes: true });
    } catch (error) {
      warnings.push({
        file: relDir || '.',
        message: `folder could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      return;
    }
    const prefix = relDir ? `${relDir}/` : '';
    const folderId = listed.folder(prefix);
    let ownScopes = scopes;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      const rules = readGitignore(join(root, prefix, '.gitignore'), `${prefix}.gitignore`, patterns, warnings);
      if (rules) {
        patterns += rules.count;
        ownScopes = [...scopes, { base: prefix, rules: rules.rules, byName: rules.byName ? new Map() : undefined }];
      }
    }
    // Visiting each folder's entries in the order of their paths (a folder's name followed by '/')
    // lists the files already sorted.
    for (const entry of sortedEntries(entries)) {
      if ((++n & 1023) === 0 && options.deadline !== undefined && performance.now() > options.deadline) {
        incomplete = true;
        return;
      }
      const rel = prefix + entry.name;
      const isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        if (isIgnored(ownScopes, rel, entry.name, false)) continue;
        const real = keepLink(root, realRoot, rel, warnings);
        if (real) {
          links.set(rel, real);
          listed.add(folderId, entry.name);
        }
        continue;
      }
      if (isDir && ALWAYS_SKIPPED.has(entry.name)) continue;
      if (isIgnored(ownScopes, rel, entry.name, isDir)) continue;
      if (isDir) visit(rel, ownScopes);
      else if (entry.isFile()) listed.add(folderId, entry.name);
      else warnings.push({ file: rel, message: `skipped: ${kindOf(entry)}, not a regular file` });
    }
  };
  visit('', []);
  return { index: listed.done(), warnings, source: 'folder', links, incomplete, realRoot };
}

function sortedEntries(entries: Dirent[]): Dirent[] {
  const keyed = entries.map((e) => ({ entry: e, key: e.isDirectory() ? `${e.name}/` : e.name }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.entry);
}

function readGitignore(
  absolute: string,
  rel: string,
  patternsSoFar: number,
  warnings: ReadWarning[],
): { rules: Ignore; count: number; byName: boolean } | undefined {
  const read = readRegularFile(absolute, MAX_GITIGNORE_BYTES);
  if ('refused' in read) {
    warnings.push({ file: rel, message: `${read.refused}; its rules were not applied` });
    return undefined;
  }
  const lines = read.bytes
    .toString('utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'));
  if (patternsSoFar + lines.length > MAX_GITIGNORE_PATTERNS) {
    warnings.push({
      file: rel,
      message: `not applied: ${lines.length} patterns would pass the limit of ${MAX_GITIGNORE_PATTERNS} .gitignore patterns per audit`,
    });
    return undefined;
  }
  const byName = lines.every((l) => !l.trim().replace(/\/$/, '').includes('/'));
  return { rules: ignore().add(lines), count: lines.length, byName };
}

// A link stays in the index only when it resolves, inside the root, to a regular file; it is then
// read at its real path. Links to folders are never followed (no loops, no escapes).
function keepLink(root: string, realRoot: string, rel: string, warnings: ReadWarning[]): string | undefined {
  let real: string;
  try {
    real = realpathSync(join(root, rel));
  } catch {
    warnings.push({ file: rel, message: 'broken symbolic link' });
    return undefined;
  }
  if (!isInsideRoot(real, realRoot)) {
    warnings.push({ file: rel, message: 'skipped: symbolic link to a path outside the repository' });
    return undefined;
  }
  let stat;
  try {
    stat = lstatSync(real);
  } catch {
    warnings.push({ file: rel, message: 'broken symbolic link' });
    return undefined;
  }
  if (stat.isDirectory()) return undefined;
  if (!stat.isFile()) {
    warnings.push({ file: rel, message: `skipped: symbolic link to ${kindOf(stat)}` });
    return undefined;
  }
  return real;
}

// As in git, the deepest .gitignore with an opinion wins: a `!pattern` below re-includes what a
// parent ignored.
function isIgnored(scopes: IgnoreScope[], rel: string, name: string, isDir: boolean): boolean {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    let verdict;
    if (scope.byName) {
      const key = isDir ? `${name}/` : name;
      verdict = scope.byName.get(key);
      if (!verdict) scope.byName.set(key, (verdict = scope.rules.test(key)));
    } else verdict = scope.rules.test(rel.slice(scope.base.length) + (isDir ? '/' : ''));
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}
