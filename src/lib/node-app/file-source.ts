// The files a Node app is read from: the audit's repository model implements this, and the
// actions read a folder on disk through diskSource(). Paths are relative, with forward slashes.
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, posix } from 'node:path';
import { readRegularFile } from '../safe-read.js';
import { ALWAYS_SKIPPED } from '../skipped-folders.js';
import { isInsideRoot } from '../inside-root.js';

export interface FileSource {
  /** The folder on disk, when there is one (for messages). */
  readonly root?: string;
  /** A file or a folder at this path (links are never followed). */
  exists(path: string): boolean;
  /** UTF-8 text, or undefined when missing, too large, binary or not text. */
  read(path: string): string | undefined;
  /** Every file, sorted. */
  list(): readonly string[];
}

const MAX_FILES = 20_000;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const MAX_READ_BYTES = 1024 * 1024;

/** A folder on disk as a FileSource: a bounded walk that never follows a link out of it. */
export function diskSource(root: string): FileSource {
  let listed: string[] | undefined;
  const cache = new Map<string, string | undefined>();
  const inside = insideRoot(root);
  return {
    root,
    exists(path) {
      const file = inside(path);
      try {
        return file !== undefined && !lstatSync(file).isSymbolicLink();
      } catch {
        return false;
      }
    },
    read(path) {
      if (!cache.has(path)) {
        const file = inside(path);
        cache.set(path, file === undefined ? undefined : readText(file));
      }
      return cache.get(path);
    },
    list() {
      listed ??= walk(root);
      return listed;
    },
  };
}

/**
 * The absolute path of `path` (relative to `root`) when it stays inside the root: no `..` out of
 * it, and its folder resolves (links included) inside the root. The last part is opened without
 * following a link.
 */
function insideRoot(root: string): (path: string) => string | undefined {
  let realRoot: string | undefined;
  const folders = new Map<string, string | undefined>();
  return (path) => {
    const normal = posix.normalize(path.replace(/\\/g, '/'));
    if (posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) return undefined;
    const slash = normal.lastIndexOf('/');
    const folder = slash < 0 ? '' : normal.slice(0, slash);
    if (!folders.has(folder)) {
      let real: string | undefined;
      try {
        realRoot ??= realpathSync(root);
        real = realpathSync(join(root, folder));
        if (!isInsideRoot(real, realRoot)) real = undefined;
      } catch {
        real = undefined;
      }
      folders.set(folder, real);
    }
    const real = folders.get(folder);
    return real === undefined ? undefined : join(real, normal.slice(slash + 1));
  };
}

function walk(root: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(rel ? join(root, rel) : root, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (out.length >= MAX_FILES) return;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !ALWAYS_SKIPPED.has(entry.name)) visit(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  visit('');
  return out.sort();
}

function readText(file: string): string | undefined {
  const read = readRegularFile(file, MAX_READ_BYTES);
  if ('refused' in read || read.bytes.includes(0)) return undefined;
  try {
    return STRICT_UTF8.decode(read.bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
