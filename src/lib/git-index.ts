// git's index file read directly: one read of .git/index instead of running `git ls-files`, which
// on half a million files costs more than the rest of the audit. Only what git writes by default is
// read (index versions 2 to 4, SHA-1 object names, no split or sparse index, the work tree at the
// .git folder's parent); for anything else the caller asks git itself.
import { lstatSync, readSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { readRegularFile, withRegularFile } from './safe-read.js';
import { ByteNames, FNV_PRIME, sameBytes, sameWords, wordsOf } from './byte-names.js';
import { ByteWindow, type WindowSource } from './byte-window.js';
import { PathIndexBuilder, type PathIndex } from './repository/path-index.js';

/** What git tracks, in the index's (byte) order; submodules are left out (they are not files). */
export interface TrackedPaths {
  /** Regular files (mode 100644 or 100755), by folder and base name. */
  index: PathIndex;
  /** Symbolic links (mode 120000). */
  links: string[];
  /**
   * False when every path is ASCII: byte order is then JavaScript's string order and the list
   * needs no sort.
   */
  maybeUnsorted: boolean;
  /**
   * Read from the index file: the most names one new base name was compared with in the name table
   * (a hash flood would show here).
   */
  longestNameProbe?: number;
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
function readVarint(buf: Buffer, at: number, end: number): { value: number; next: number } {
  let c = buf[at++];
  let value = c & 127;
  while (c & 128) {
    if (at >= end) throw new Error('truncated');
    c = buf[at++];
    value = ((value + 1) << 7) + (c & 127);
  }
  return { value, next: at };
}

const REGULAR = 0o10;
const LINK = 0o12;
const SUBMODULE = 0o16;

/**
 * Parse an index file's entries; throws on anything outside the formats read here. Paths are not
 * made into strings: each distinct folder and base name is decoded once, and each file is a pair
 * of ids. Folders `skipFolder` rejects ('' or 'a/b/', relative to `prefix`) are left out.
 */
export function parseGitIndex(
  source: WindowSource,
  prefix = '',
  skipFolder: (folder: string) => boolean = () => false,
): TrackedPaths {
  const file = new ByteWindow(source);
  if (file.size < 12 + SHA1_BYTES) throw new Error('not an index');
  let w = file.need(0, 12);
  if (file.bytes.toString('latin1', w, w + 4) !== 'DIRC') throw new Error('not an index');
  const version = file.bytes.readUInt32BE(w + 4);
  if (version < 2 || version > 4) throw new Error(`index version ${version}`);
  const count = file.bytes.readUInt32BE(w + 8);
  const end = file.size - SHA1_BYTES;
  // The header's count bounds the files (a damaged header costs at most the index's own size).
  const builder = new PathIndexBuilder(Math.min(count, Math.floor(file.size / FIXED_BYTES)));
  const names = new ByteNames((text) => builder.name(text));
  const links: string[] = [];
  const prefixBytes = Buffer.from(prefix, 'utf8');
  let nonAscii = false;
  // Version 4 keeps each path in `scratch` (it is the previous path, edited); others copy the
  // previous entry's folder there, so the window may slide past it.
  let scratch = Buffer.alloc(4096);
  // The same bytes, read four at a time for the folder compare (most entries share the previous
  // entry's folder, so it runs over the whole folder for nearly every entry).
  let scratchWords = wordsOf(scratch);
  let windowBytes = file.bytes;
  let windowWords = wordsOf(windowBytes);
  let previousLength = 0;
  let folderLength = -1;
  // The current folder ('' or 'a/b/', relative to the prefix), undefined outside the prefix or
  // skipped; its id is taken at its first regular file (a folder of links alone is no folder here).
  let folder: string | undefined;
  let folderId = -1;
  let lastNameId = -1;
  let at = 12;
  for (let i = 0; i < count; i++) {
    if (at + FIXED_BYTES > end) throw new Error('truncated');
    // The fixed part, the extended flags and (in versions 2 and 3) a path of up to 0xFFE bytes.
    w = file.need(at, Math.min(FIXED_BYTES + 2 + NAME_MASK + 8, end - at));
    let buf = file.bytes;
    // The mode is 32 bits; its file type is the top 4 bits of the low 16.
    const type = buf[w + 24] | buf[w + 25] ? -1 : buf[w + 26] >> 4;
    if (type !== REGULAR && type !== LINK && type !== SUBMODULE) throw new Error(`entry type ${type.toString(8)}`);
    const flags = (buf[w + FIXED_BYTES - 2] << 8) | buf[w + FIXED_BYTES - 1];
    let name = FIXED_BYTES;
    if (flags & EXTENDED) {
      if (version < 3) throw new Error('extended flags in a version 2 index');
      name += 2;
    }
    // The path's bytes: src[start, start + length).
    let src: Buffer;
    let start: number;
    let length: number;
    // Bytes at the path's start known to equal the previous path's (version 4).
    let shared = 0;
    if (version === 4) {
      // A count of bytes to drop from the end of the previous path, then the rest of this one.
      const strip = readVarint(buf, w + name, w + Math.min(end - at, FIXED_BYTES + 2 + 16));
      if (strip.value > previousLength) throw new Error('bad path');
      const suffix = at + (strip.next - w);
      const nul = file.nul(suffix, end);
      w = file.need(suffix, nul + 1 - suffix);
      shared = previousLength - strip.value;
      length = shared + nul - suffix;
      if (length > scratch.length) scratch = Buffer.concat([scratch.subarray(0, shared), Buffer.alloc(length * 2)]);
      file.bytes.copy(scratch, shared, w, w + nul - suffix);
      previousLength = length;
      src = scratch;
      start = 0;
      at = nul + 1;
    } else {
      length = flags & NAME_MASK;
      if (length === NAME_MASK) {
        length = file.nul(at + name, end) - (at + name);
        w = file.need(at, name + length + 1);
        buf = file.bytes;
      }
      if (at + name + length >= end || buf[w + name + length] !== 0) throw new Error('bad path');
      src = buf;
      start = w + name;
      // Entries are padded with 1 to 8 NUL bytes to a multiple of 8.
      at += (name + length + 8) & ~7;
    }
    // The base name, scanned from its end: its hash, and whether it is all ASCII. Four bytes at a
    // time while none is a slash (a word with a zero byte after the xor holds one); each word's
    // product is folded down, so its top byte reaches the low bits the table is indexed by.
    const words = src === windowBytes ? windowWords : (windowWords = wordsOf((windowBytes = src)));
    let hash = names.seed;
    let wordEnd = start + length;
    for (; wordEnd - 4 >= start; wordEnd -= 4) {
      const word = words.getUint32(wordEnd - 4);
      const x = word ^ 0x2f2f2f2f;
      if ((x - 0x01010101) & ~x & 0x80808080) break;
      if (word & 0x80808080) nonAscii = true;
      hash = Math.imul(hash ^ word, FNV_PRIME);
      hash ^= hash >>> 15;
    }
    let slash = wordEnd - 1;
    for (; slash >= start; slash--) {
      const c = src[slash];
      if (c === SLASH) break;
      if (c >= 0x80) nonAscii = true;
      hash = Math.imul(hash ^ c, FNV_PRIME);
    }
    const nameStart = slash + 1;
    const ownFolderLength = nameStart - start;
    const sameFolder =
      ownFolderLength === folderLength &&
      (version === 4 ? shared >= ownFolderLength : sameWords(words, start, scratchWords, 0, ownFolderLength));
    if (!sameFolder) {
      folderLength = ownFolderLength;
      folder = undefined;
      folderId = -1;
      if (version !== 4) {
        if (ownFolderLength > scratch.length) scratchWords = wordsOf((scratch = Buffer.alloc(ownFolderLength * 2)));
        src.copy(scratch, 0, start, nameStart);
      }
      if (ownFolderLength >= prefixBytes.length && sameBytes(src, start, prefixBytes, 0, prefixBytes.length)) {
        for (let k = start; k < nameStart && !nonAscii; k++) nonAscii = src[k] >= 0x80;
        const decoded = src.toString('utf8', start + prefixBytes.length, nameStart);
        if (!skipFolder(decoded)) folder = decoded;
      }
    }
    // Outside `prefix`, or in a skipped folder.
    if (folder === undefined) continue;
    const nameId = names.id(src, nameStart, start + length, hash, words);
    // A conflicted path has one entry per stage, side by side.
    if (sameFolder && nameId === lastNameId) continue;
    lastNameId = nameId;
    if (type === REGULAR) {
      if (folderId < 0) folderId = builder.folder(folder);
      builder.addIds(folderId, nameId);
    } else if (type === LINK) links.push(src.toString('utf8', start + prefixBytes.length, start + length));
  }
  // Extensions: an upper-case signature is optional (a cache); any other (`link`: split index,
  // `sdir`: sparse index) changes what the entries mean.
  while (at < end) {
    if (at + 8 > end) throw new Error('truncated extension');
    w = file.need(at, 8);
    const first = file.bytes[w];
    if (first < 0x41 || first > 0x5a) throw new Error(`index extension ${file.bytes.toString('latin1', w, w + 4)}`);
    at += 8 + file.bytes.readUInt32BE(w + 4);
  }
  if (at !== end) throw new Error('truncated extension');
  return { index: builder.done(), links, maybeUnsorted: nonAscii, longestNameProbe: names.longestProbe };
}

const SLASH = 0x2f;

/**
 * The files git tracks under `dir` (relative to it), read from the index file; `no-work-tree` when
 * no folder from `dir` up holds a `.git`; `undefined` when the index is not one read here (the
 * caller runs git).
 */
export function readGitIndex(
  dir: string,
  skipFolder?: (folder: string) => boolean,
): TrackedPaths | 'no-work-tree' | undefined {
  const found = findGitDir(dir);
  if (!found) return 'no-work-tree';
  if (found === 'other') return undefined;
  // A repository with SHA-256 object names or a work tree moved elsewhere: left to git.
  const config = readRegularFile(join(found.gitDir, 'config'), MAX_CONFIG_BYTES);
  if ('refused' in config || /objectformat|worktree/i.test(config.bytes.toString('latin1'))) return undefined;
  // A parse error (the index is not one read here, or it changed under the read) is a refusal too.
  const parsed = withRegularFile(join(found.gitDir, 'index'), MAX_INDEX_BYTES, (fd, size) =>
    parseGitIndex(
      { size, read: (into, at, length, position) => readSync(fd, into, at, length, position) },
      found.prefix,
      skipFolder,
    ),
  );
  return 'refused' in parsed ? undefined : parsed.value;
}
