// git's index file read directly: one read of .git/index instead of running `git ls-files`, which
// on half a million files costs more than the rest of the audit. Only what git writes by default is
// read (index versions 2 to 4, SHA-1 object names, no split or sparse index, the work tree at the
// .git folder's parent); for anything else the caller asks git itself.
import { lstatSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { readRegularFile } from './safe-read.js';

/** What git tracks, in the index's (byte) order; submodules are left out (they are not files). */
export interface TrackedPaths {
  /** Regular files (mode 100644 or 100755). */
  files: string[];
  /** Symbolic links (mode 120000). */
  links: string[];
}

const MAX_INDEX_BYTES = 2 ** 31 - 1;
const MAX_CONFIG_BYTES = 1024 * 1024;
const SHA1_BYTES = 20;
// ctime, mtime (8 each), dev, ino, mode, uid, gid, size (4 each), the object name, 16-bit flags.
const FIXED_BYTES = 40 + SHA1_BYTES + 2;
const EXTENDED = 0x4000;
const NAME_MASK = 0x0fff;

/** The `.git` folder that holds `dir`'s index, and `dir` relative to its work tree ('' or 'a/b/'). */
function findGitDir(dir: string): { gitDir: string; prefix: string } | 'other' | undefined {
  for (let at = dir; ; at = dirname(at)) {
    let stat;
    try {
      stat = lstatSync(join(at, '.git'));
    } catch {
      stat = undefined;
    }
    if (stat) {
      // A `.git` file (a linked work tree, a submodule) or link: git resolves those itself.
      if (!stat.isDirectory()) return 'other';
      const rel = relative(at, dir);
      return { gitDir: join(at, '.git'), prefix: rel ? `${rel.split(sep).join('/')}/` : '' };
    }
    if (dirname(at) === at) return undefined;
  }
}

/** git's offset varint (index version 4): each continuation byte adds one before shifting. */
function readVarint(buf: Buffer, at: number): { value: number; next: number } {
  let c = buf[at++];
  let value = c & 127;
  while (c & 128) {
    if (at >= buf.length) throw new Error('truncated');
    c = buf[at++];
    value = ((value + 1) << 7) + (c & 127);
  }
  return { value, next: at };
}

const REGULAR = 0o10;
const LINK = 0o12;
const SUBMODULE = 0o16;

/** Parse an index file's entries; throws on anything outside the formats read here. */
export function parseGitIndex(buf: Buffer, prefix = ''): TrackedPaths {
  if (buf.length < 12 + SHA1_BYTES || buf.toString('latin1', 0, 4) !== 'DIRC') throw new Error('not an index');
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) throw new Error(`index version ${version}`);
  const count = buf.readUInt32BE(8);
  const end = buf.length - SHA1_BYTES;
  const tracked: TrackedPaths = { files: [], links: [] };
  let scratch = Buffer.alloc(version === 4 ? 4096 : 0);
  let previousLength = 0;
  let last = '';
  let at = 12;
  for (let i = 0; i < count; i++) {
    if (at + FIXED_BYTES > end) throw new Error('truncated');
    const type = buf.readUInt32BE(at + 24) >>> 12;
    if (type !== REGULAR && type !== LINK && type !== SUBMODULE) throw new Error(`entry type ${type.toString(8)}`);
    const flags = buf.readUInt16BE(at + FIXED_BYTES - 2);
    let name = at + FIXED_BYTES;
    if (flags & EXTENDED) {
      if (version < 3) throw new Error('extended flags in a version 2 index');
      name += 2;
    }
    let path: string;
    if (version === 4) {
      const strip = readVarint(buf, name);
      const nul = buf.indexOf(0, strip.next);
      if (nul < 0 || nul >= end || strip.value > previousLength) throw new Error('bad path');
      const kept = previousLength - strip.value;
      const length = kept + nul - strip.next;
      if (length > scratch.length) scratch = Buffer.concat([scratch.subarray(0, kept), Buffer.alloc(length * 2)]);
      buf.copy(scratch, kept, strip.next, nul);
      previousLength = length;
      path = scratch.toString('utf8', 0, length);
      at = nul + 1;
    } else {
      let length = flags & NAME_MASK;
      if (length === NAME_MASK) length = buf.indexOf(0, name) - name;
      if (length < 0 || name + length >= end || buf[name + length] !== 0) throw new Error('bad path');
      path = buf.toString('utf8', name, name + length);
      // Entries are padded with 1 to 8 NUL bytes to a multiple of 8.
      at += (name - at + length + 8) & ~7;
    }
    // A conflicted path has one entry per stage, side by side.
    if (path === last) continue;
    last = path;
    if (type === SUBMODULE || (prefix && !path.startsWith(prefix))) continue;
    (type === LINK ? tracked.links : tracked.files).push(prefix ? path.slice(prefix.length) : path);
  }
  // Extensions: an upper-case signature is optional (a cache); any other (`link`: split index,
  // `sdir`: sparse index) changes what the entries mean.
  while (at < end) {
    if (at + 8 > end) throw new Error('truncated extension');
    const first = buf[at];
    if (first < 0x41 || first > 0x5a) throw new Error(`index extension ${buf.toString('latin1', at, at + 4)}`);
    at += 8 + buf.readUInt32BE(at + 4);
  }
  if (at !== end) throw new Error('truncated extension');
  return tracked;
}

/**
 * The files git tracks under `dir` (relative to it), read from the index file; `no-work-tree` when
 * no folder from `dir` up holds a `.git`; `undefined` when the index is not one read here (the
 * caller runs git).
 */
export function readGitIndex(dir: string): TrackedPaths | 'no-work-tree' | undefined {
  const found = findGitDir(dir);
  if (!found) return 'no-work-tree';
  if (found === 'other') return undefined;
  // A repository with SHA-256 object names or a work tree moved elsewhere: left to git.
  const config = readRegularFile(join(found.gitDir, 'config'), MAX_CONFIG_BYTES);
  if ('refused' in config || /objectformat|worktree/i.test(config.bytes.toString('latin1'))) return undefined;
  const index = readRegularFile(join(found.gitDir, 'index'), MAX_INDEX_BYTES);
  if ('refused' in index) return undefined;
  try {
    return parseGitIndex(index.bytes, found.prefix);
  } catch {
    return undefined;
  }
}
