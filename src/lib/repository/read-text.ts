// A listed file's text, read the one way the audit reads files: never through a folder that
// resolves outside the root, never a link, a special file, a binary file or more than MAX_READ_BYTES.
import { lstatSync, realpathSync } from 'node:fs';
import { normalize, sep } from 'node:path';
import { isInsideRoot } from '../inside-root.js';
import { readRegularFile } from '../safe-read.js';
import { isPlainFolder } from './plain-folder.js';

/** Files larger than this are listed but not read. */
export const MAX_READ_BYTES = 1024 * 1024;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text, or why it was not read. */
export type ListedRead = { text: string } | { failure: string };

/** Reads listed files of one root. */
export class ListedFileReader {
  private readonly inside = new Map<string, boolean>();
  /** The root with one trailing separator: a listed path (plain, relative) is appended as it is. */
  private readonly base: string;

  constructor(
    root: string,
    private readonly realRoot: string,
  ) {
    const normal = normalize(root);
    this.base = normal.endsWith(sep) ? normal : normal + sep;
  }

  /**
   * The text of `path`, a listed file. `realPath` is given for a listed link (already resolved
   * inside the root), which is read there.
   */
  read(path: string, realPath?: string): ListedRead {
    if (realPath === undefined && !this.folderInside(path.slice(0, Math.max(0, path.lastIndexOf('/')))))
      return { failure: 'not read: its folder is a link out of the repository' };
    const read = readRegularFile(realPath ?? this.base + path, MAX_READ_BYTES);
    if ('refused' in read) return { failure: read.refused };
    if (read.bytes.includes(0)) return { failure: 'not read: binary file' };
    try {
      return { text: STRICT_UTF8.decode(read.bytes).replace(/^\uFEFF/, '') };
    } catch {
      return { failure: 'not read: not valid UTF-8 text' };
    }
  }

  // Git never tracks a path through a linked folder, but the work tree may have changed since the
  // checkout: a folder that resolves outside the root is not read from. Each folder is checked once,
  // from the root down, with one lstat (its parents are known by then).
  private folderInside(folder: string): boolean {
    if (!folder) return true;
    if (!isPlainFolder(`${folder}/`)) return false;
    let inside = this.inside.get(folder);
    if (inside === undefined) {
      const slash = folder.lastIndexOf('/');
      inside = this.folderInside(slash < 0 ? '' : folder.slice(0, slash));
      if (inside) {
        const absolute = this.base + folder;
        try {
          if (lstatSync(absolute).isSymbolicLink()) inside = isInsideRoot(realpathSync.native(absolute), this.realRoot);
        } catch {
          // a missing folder: the open fails on its own
        }
      }
      this.inside.set(folder, inside);
    }
    return inside;
  }
}
