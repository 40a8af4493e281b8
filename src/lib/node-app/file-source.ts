// The files a Node app is read from: the audit's repository model implements this, and the
// actions read a folder on disk through diskSource(). Paths are relative, with forward slashes.
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, constants } from 'node:fs';
import { join } from 'node:path';

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

// Never descended into by the disk adapter: VCS data, dependencies, build output.
const SKIPPED_DIRS = new Set([
  '.git',
  'node_modules',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.output',
  'dist',
  'build',
  'coverage',
]);
const MAX_FILES = 20_000;
const MAX_READ_BYTES = 1024 * 1024;

/** A folder on disk as a FileSource: a bounded walk that never follows a link out of it. */
export function diskSource(root: string): FileSource {
  let listed: string[] | undefined;
  const cache = new Map<string, string | undefined>();
  return {
    root,
    exists(path) {
      try {
        return !lstatSync(join(root, path)).isSymbolicLink();
      } catch {
        return false;
      }
    },
    read(path) {
      if (!cache.has(path)) cache.set(path, readText(join(root, path)));
      return cache.get(path);
    },
    list() {
      listed ??= walk(root);
      return listed;
    },
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
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) visit(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  visit('');
  return out.sort();
}

function readText(file: string): string | undefined {
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: a link in place of the file is refused, not followed.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_READ_BYTES) return undefined;
    const buffer = Buffer.alloc(st.size);
    let offset = 0;
    while (offset < st.size) {
      const n = readSync(fd, buffer, offset, st.size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    const bytes = buffer.subarray(0, offset);
    if (bytes.includes(0)) return undefined;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
