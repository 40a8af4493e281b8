// The file list, kept as a folder id and a base-name id per file: the strings are the distinct
// folders and names (a few thousand for half a million files), and a file's path is made only when
// something asks for it. A rule's question about names or folders runs once per distinct name or
// folder, and the pass over the files is a typed-array lookup, not string work.

export class PathIndex {
  // Paths made so far, by position: each is made once, so its string (and hash) is shared.
  private made?: string[];
  private allMade = false;
  private byName?: Grouped;
  private byFolder?: Grouped;

  constructor(
    /** Distinct folders ('' or 'a/b/', with the slash), by id. */
    readonly folders: readonly string[],
    /** Distinct base names, by id. */
    readonly names: readonly string[],
    /** Per file, in list order: its folder id and its name id. */
    readonly folderOf: Uint32Array,
    readonly nameOf: Uint32Array,
    /** Name -> id, folder -> id. */
    readonly nameIds: ReadonlyMap<string, number>,
    readonly folderIds: ReadonlyMap<string, number>,
  ) {}

  get length(): number {
    return this.folderOf.length;
  }

  /** The path of the file at position `i`. */
  path(i: number): string {
    const made = (this.made ??= new Array<string>(this.length));
    return (made[i] ??= this.folders[this.folderOf[i]] + this.names[this.nameOf[i]]);
  }

  /** Every path, in list order (made once, on first use). */
  get files(): string[] {
    if (!this.allMade) {
      for (let i = 0; i < this.length; i++) this.path(i);
      this.allMade = true;
    }
    return this.made ?? [];
  }

  /** Positions (ascending) of the files with name id `id`. */
  ofName(id: number): Uint32Array {
    const { positions, start } = this.namesGrouped();
    return positions.subarray(start[id], start[id + 1]);
  }

  /** Positions (ascending) of the files in folder id `id`. */
  ofFolder(id: number): Uint32Array {
    const { positions, start } = this.foldersGrouped();
    return positions.subarray(start[id], start[id + 1]);
  }

  /** The files' positions grouped by name id. */
  namesGrouped(): Grouped {
    return (this.byName ??= group(this.nameOf, this.names.length));
  }

  /** The files' positions grouped by folder id. */
  foldersGrouped(): Grouped {
    return (this.byFolder ??= group(this.folderOf, this.folders.length));
  }

  /** True when `path` is in the list. */
  has(path: string): boolean {
    const slash = path.lastIndexOf('/');
    const nameId = this.nameIds.get(path.slice(slash + 1));
    if (nameId === undefined) return false;
    const folderId = this.folderIds.get(path.slice(0, slash + 1));
    if (folderId === undefined) return false;
    // Through the shorter of the two lists: the folder's files or the name's.
    const byFolder = this.foldersGrouped();
    const byName = this.namesGrouped();
    const inFolder = byFolder.start[folderId + 1] - byFolder.start[folderId];
    if (inFolder <= byName.start[nameId + 1] - byName.start[nameId]) {
      for (let k = byFolder.start[folderId]; k < byFolder.start[folderId + 1]; k++)
        if (this.nameOf[byFolder.positions[k]] === nameId) return true;
    } else
      for (let k = byName.start[nameId]; k < byName.start[nameId + 1]; k++)
        if (this.folderOf[byName.positions[k]] === folderId) return true;
    return false;
  }
}

export interface Grouped {
  /** Positions grouped by id; the group of id k is positions[start[k]..start[k+1]). */
  positions: Uint32Array;
  start: Uint32Array;
}

// A counting sort of the positions by id: two passes over a typed array, no array per id.
function group(ids: Uint32Array, count: number): Grouped {
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < ids.length; i++) start[ids[i] + 1]++;
  for (let k = 0; k < count; k++) start[k + 1] += start[k];
  const next = start.slice(0, count);
  const positions = new Uint32Array(ids.length);
  for (let i = 0; i < ids.length; i++) positions[next[ids[i]]++] = i;
  return { positions, start };
}

/** Builds a file list and its index, file by file, in sorted order. */
export class PathIndexBuilder {
  private folderOf: Uint32Array<ArrayBuffer>;
  private nameOf: Uint32Array<ArrayBuffer>;
  private count = 0;
  private readonly folders: string[] = [];
  private readonly names: string[] = [];
  private readonly folderIds = new Map<string, number>();
  private readonly nameIds = new Map<string, number>();

  /** `expected`: how many files are likely (the arrays then need no growing). */
  constructor(expected = 1024) {
    this.folderOf = new Uint32Array(Math.max(1, expected));
    this.nameOf = new Uint32Array(Math.max(1, expected));
  }

  /** The id of a folder ('' or 'a/b/'). */
  folder(folder: string): number {
    let id = this.folderIds.get(folder);
    if (id === undefined) {
      id = this.folders.length;
      this.folderIds.set(folder, id);
      this.folders.push(folder);
    }
    return id;
  }

  /** The id of a base name. */
  name(base: string): number {
    let id = this.nameIds.get(base);
    if (id === undefined) {
      id = this.names.length;
      this.nameIds.set(base, id);
      this.names.push(base);
    }
    return id;
  }

  /** Add a file by its folder's id and its base name's id. */
  addIds(folderId: number, nameId: number): void {
    const i = this.count++;
    if (i === this.folderOf.length) {
      this.folderOf = grow(this.folderOf);
      this.nameOf = grow(this.nameOf);
    }
    this.folderOf[i] = folderId;
    this.nameOf[i] = nameId;
  }

  /** Add a file by its folder's id and its base name. */
  add(folderId: number, base: string): void {
    this.addIds(folderId, this.name(base));
  }

  done(): PathIndex {
    return new PathIndex(
      this.folders,
      this.names,
      this.folderOf.subarray(0, this.count),
      this.nameOf.subarray(0, this.count),
      this.nameIds,
      this.folderIds,
    );
  }
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Index `paths` (sorted). With `skipFolder`, files in folders it rejects are left out (the test
 * runs once per folder).
 */
export function indexPaths(paths: readonly string[], skipFolder?: (folder: string) => boolean): PathIndex {
  const builder = new PathIndexBuilder();
  let folder = '\0';
  let folderId = 0;
  let skipped = false;
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    // A folder's files sit together in a sorted list: the folder is looked up when it changes.
    if (slash !== folder.length - 1 || !path.startsWith(folder)) {
      folder = path.slice(0, slash + 1);
      folderId = builder.folder(folder);
      skipped = skipFolder ? skipFolder(folder) : false;
    }
    if (!skipped) builder.add(folderId, path.slice(slash + 1));
  }
  return builder.done();
}

/**
 * The files whose base name passes `name` and whose folder passes `folder`, in list order (the
 * first `limit` of them). Each test runs once per distinct name or folder.
 */
export function selectPaths(
  index: PathIndex,
  name?: (base: string) => boolean,
  folder?: (folder: string) => boolean,
  limit = Infinity,
): string[] {
  return classifyPaths(
    index,
    (base) => (!name || name(base) ? 1 : 0),
    (f) => (!folder || folder(f) ? 1 : 0),
    (n, f) => n === 1 && f === 1,
    limit,
  );
}

/**
 * The files kept by `keep(nameClass, folderClass)`, where `name` and `folder` sort each distinct
 * base name and folder into a small class (0 to 255) once; in list order, the first `limit` of them.
 */
export function classifyPaths(
  index: PathIndex,
  name: (base: string) => number,
  folder: (folder: string) => number,
  keep: (nameClass: number, folderClass: number) => boolean,
  limit = Infinity,
): string[] {
  const names = classesOf(index.names, name);
  // keep() once per pair of classes, on first use (0: not asked yet, 1: no, 2: yes).
  const table = new Uint8Array(256 * 256);
  const keeps = (n: number, f: number) => {
    const k = (n << 8) | f;
    if (!table[k]) table[k] = keep(n, f) ? 2 : 1;
    return table[k] === 2;
  };
  const { nameOf, folderOf } = index;
  const out: string[] = [];
  // The names some folder class could keep. When their files are few, they are the candidates, and
  // only their folders are classed (a rule asking for a few names costs the names, not the folders).
  const namesKept = new Uint8Array(256);
  for (const n of distinct(names)) for (let f = 0; f < 256 && !namesKept[n]; f++) if (keeps(n, f)) namesKept[n] = 1;
  const byName = index.namesGrouped();
  const viaNames = countKept(names, namesKept, byName);
  if (viaNames * 4 < index.length) {
    const folderClass = new Int16Array(index.folders.length).fill(-1);
    const at = gather(names, namesKept, byName, viaNames);
    for (let k = 0; k < at.length && out.length < limit; k++) {
      const i = at[k];
      let f = folderClass[folderOf[i]];
      // As a Uint8Array would store it.
      if (f < 0) f = folderClass[folderOf[i]] = folder(index.folders[folderOf[i]]) & 255;
      if (keeps(names[nameOf[i]], f)) out.push(index.path(i));
    }
    return out;
  }
  // Otherwise every folder is classed; when few folders can be kept, their files are the candidates.
  const folders = classesOf(index.folders, folder);
  const foldersKept = new Uint8Array(256);
  for (const n of distinct(names))
    for (const f of distinct(folders)) if (namesKept[n] && keeps(n, f)) foldersKept[f] = 1;
  // Every pair that can occur has been asked above (a name no folder keeps is never kept).
  const kept = (i: number) => table[(names[nameOf[i]] << 8) | folders[folderOf[i]]] === 2;
  const byFolder = index.foldersGrouped();
  const viaFolders = countKept(folders, foldersKept, byFolder);
  if (viaFolders * 4 < index.length) {
    const at = gather(folders, foldersKept, byFolder, viaFolders);
    for (let k = 0; k < at.length && out.length < limit; k++) if (kept(at[k])) out.push(index.path(at[k]));
    return out;
  }
  for (let i = 0; i < index.length && out.length < limit; i++) if (kept(i)) out.push(index.path(i));
  return out;
}

// Plain loops: Uint8Array.from with a mapping function and a Set of a typed array cost a
// millisecond each on ten thousand folders, and a rule asks dozens of times.
function classesOf(values: readonly string[], classOf: (value: string) => number): Uint8Array {
  const classes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) classes[i] = classOf(values[i]);
  return classes;
}

function distinct(classes: Uint8Array): number[] {
  const seen = new Uint8Array(256);
  const out: number[] = [];
  for (let i = 0; i < classes.length; i++)
    if (!seen[classes[i]]) {
      seen[classes[i]] = 1;
      out.push(classes[i]);
    }
  return out;
}

/** How many files have an id whose class is kept. */
function countKept(classes: Uint8Array, kept: Uint8Array, { start }: Grouped): number {
  let count = 0;
  for (let id = 0; id < classes.length; id++) if (kept[classes[id]]) count += start[id + 1] - start[id];
  return count;
}

/** The positions, ascending, of the files with an id whose class is kept. */
function gather(classes: Uint8Array, kept: Uint8Array, { positions, start }: Grouped, count: number): Uint32Array {
  const at = new Uint32Array(count);
  let n = 0;
  for (let id = 0; id < classes.length; id++)
    if (kept[classes[id]]) {
      at.set(positions.subarray(start[id], start[id + 1]), n);
      n += start[id + 1] - start[id];
    }
  return at.sort();
}
