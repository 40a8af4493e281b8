// A listed file's text, read the one way the audit reads files: never through a folder that
// resolves outside the root, never a link, a special file, a binary file or more than MAX_READ_BYTES.
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { normalize, sep } from 'node:path';
import { isInsideRoot } from '../inside-root.js';
import { viewRegularFile } from '../safe-read.js';
import { isPlainFolder } from './plain-folder.js';

/** Files larger than this are listed but not read. */
export const MAX_READ_BYTES = 1024 * 1024;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text, or why it was not read. */
export type ListedRead = { text: string } | { failure: string };

/** How many files the listing holds directly in a folder ('' or 'a/b'): a hint. */
export type FilesIn = (folder: string) => number;

/** Subfolders checked one by one before the rest of their folder's entries are read at once. */
const READDIR_FOLDERS = 64;

function textOf(bytes: Buffer): ListedRead {
  if (bytes.includes(0)) return { failure: 'not read: binary file' };
  try {
    return { text: STRICT_UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { failure: 'not read: not valid UTF-8 text' };
  }
}

/** Reads listed files of one root. */
export class ListedFileReader {
  private readonly inside = new Map<string, boolean>();
  /** Per folder read at once, the names of the links among its entries. */
  private readonly linksIn = new Map<string, Set<string>>();
  /** Per folder, how many of its subfolders were checked one by one. */
  private readonly checked = new Map<string, number>();
  /** The root with one trailing separator: a listed path (plain, relative) is appended as it is. */
  private readonly base: string;

  constructor(
    root: string,
    private readonly realRoot: string,
    private readonly filesIn?: FilesIn,
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
    const read = viewRegularFile(realPath ?? this.base + path, MAX_READ_BYTES, textOf);
    return 'refused' in read ? { failure: read.refused } : read.value;
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
      const parent = slash < 0 ? '' : folder.slice(0, slash);
      inside = this.folderInside(parent);
      if (inside && this.isLink(parent, folder.slice(slash + 1))) {
        try {
          inside = isInsideRoot(realpathSync.native(this.base + folder), this.realRoot);
        } catch {
          // a broken link: the open fails on its own
        }
      }
      this.inside.set(folder, inside);
    }
    return inside;
  }

  // One lstat, until a folder has had many subfolders checked and holds few files beside them:
  // then one read of its entries answers for the rest (it costs less than the lstats it replaces).
  // A missing entry is no link: the open fails on its own.
  private isLink(parent: string, name: string): boolean {
    const links = this.linksIn.get(parent) ?? this.readLinks(parent);
    if (links) return links.has(name);
    try {
      return lstatSync(this.base + (parent ? `${parent}/` : '') + name).isSymbolicLink();
    } catch {
      return false;
    }
  }

  private readLinks(parent: string): Set<string> | undefined {
    const checked = (this.checked.get(parent) ?? 0) + 1;
    this.checked.set(parent, checked);
    if (checked <= READDIR_FOLDERS || (this.filesIn?.(parent) ?? Infinity) > 4 * checked) return undefined;
    try {
      const links = new Set<string>();
      for (const entry of readdirSync(this.base + parent, { withFileTypes: true }))
        if (entry.isSymbolicLink()) links.add(entry.name);
      this.linksIn.set(parent, links);
      return links;
    } catch {
      // Not read again: its subfolders are checked one by one from now on.
      this.checked.set(parent, Number.NEGATIVE_INFINITY);
      return undefined;
    }
  }
}
