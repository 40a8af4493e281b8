// One pass over the sorted file list that numbers each distinct folder and base name and records,
// per file, which of each it has. A rule's question about names or folders then runs once per
// distinct name or folder, and the pass over the files is a typed-array lookup, not string work:
// on half a million files each string operation per file costs tens of milliseconds.

export interface PathIndex {
  /** Distinct folders ('' or 'a/b/', with the slash), by id. */
  folders: string[];
  /** Distinct base names, by id. */
  names: string[];
  /** Per file (same order as the list): its folder id and its name id. */
  folderOf: Uint32Array;
  nameOf: Uint32Array;
  /** Name -> id. */
  nameIds: Map<string, number>;
  /** The files (their positions in the list, ascending) of each name id and of each folder id. */
  ofName: number[][];
  ofFolder: number[][];
}

/** Builds a file list and its index, file by file, in sorted order. */
export class PathIndexBuilder {
  private readonly files: string[] = [];
  private folderOf: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  private nameOf: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  private readonly index: PathIndex = {
    folders: [],
    names: [],
    folderOf: this.folderOf,
    nameOf: this.nameOf,
    nameIds: new Map(),
    ofName: [],
    ofFolder: [],
  };
  private readonly folderIds = new Map<string, number>();

  /** The id of a folder ('' or 'a/b/'). */
  folder(folder: string): number {
    let id = this.folderIds.get(folder);
    if (id === undefined) {
      id = this.index.folders.length;
      this.folderIds.set(folder, id);
      this.index.folders.push(folder);
      this.index.ofFolder.push([]);
    }
    return id;
  }

  /** Add a file: its path, its folder's id and its base name. */
  add(path: string, folderId: number, base: string): void {
    const { index } = this;
    let nameId = index.nameIds.get(base);
    if (nameId === undefined) {
      nameId = index.names.length;
      index.nameIds.set(base, nameId);
      index.names.push(base);
      index.ofName.push([]);
    }
    const i = this.files.length;
    if (i === this.folderOf.length) {
      this.folderOf = grow(this.folderOf);
      this.nameOf = grow(this.nameOf);
    }
    this.folderOf[i] = folderId;
    this.nameOf[i] = nameId;
    index.ofName[nameId].push(i);
    index.ofFolder[folderId].push(i);
    this.files.push(path);
  }

  done(): { files: string[]; index: PathIndex } {
    this.index.folderOf = this.folderOf.subarray(0, this.files.length);
    this.index.nameOf = this.nameOf.subarray(0, this.files.length);
    return { files: this.files, index: this.index };
  }
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Index `paths` (sorted). With `skipFolder`, files in folders it rejects are left out of the
 * returned list (the test runs once per folder).
 */
export function indexPaths(
  paths: readonly string[],
  skipFolder?: (folder: string) => boolean,
): { files: string[]; index: PathIndex } {
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
    if (!skipped) builder.add(path, folderId, path.slice(slash + 1));
  }
  return builder.done();
}

/**
 * The files (of the indexed list) whose base name passes `name` and whose folder passes `folder`,
 * in list order. Each test runs once per distinct name or folder.
 */
export function selectPaths(
  files: readonly string[],
  index: PathIndex,
  name?: (base: string) => boolean,
  folder?: (folder: string) => boolean,
): string[] {
  return classifyPaths(
    files,
    index,
    (base) => (!name || name(base) ? 1 : 0),
    (f) => (!folder || folder(f) ? 1 : 0),
    (n, f) => n === 1 && f === 1,
  );
}

/**
 * The files kept by `keep(nameClass, folderClass)`, where `name` and `folder` sort each distinct
 * base name and folder into a small class (0 to 255) once; in list order.
 */
export function classifyPaths(
  files: readonly string[],
  index: PathIndex,
  name: (base: string) => number,
  folder: (folder: string) => number,
  keep: (nameClass: number, folderClass: number) => boolean,
): string[] {
  const names = Uint8Array.from(index.names, name);
  const folders = Uint8Array.from(index.folders, folder);
  // keep() once per pair of classes, not once per file.
  const table = new Uint8Array(256 * 256);
  const keptName = new Uint8Array(256);
  const keptFolder = new Uint8Array(256);
  for (const n of new Set(names))
    for (const f of new Set(folders))
      if (keep(n, f)) {
        table[(n << 8) | f] = 1;
        keptName[n] = 1;
        keptFolder[f] = 1;
      }
  const { nameOf, folderOf } = index;
  const kept = (i: number) => table[(names[nameOf[i]] << 8) | folders[folderOf[i]]] === 1;
  // When few names (or few folders) can be kept, their files are gathered from the per-name (or
  // per-folder) lists instead of a pass over every file.
  const viaNames = candidates(index.ofName, names, keptName);
  const viaFolders = candidates(index.ofFolder, folders, keptFolder);
  const fewer = viaNames.count <= viaFolders.count ? viaNames : viaFolders;
  const out: string[] = [];
  if (fewer.count * 4 < files.length) {
    const at = new Uint32Array(fewer.count);
    let n = 0;
    for (const list of fewer.lists) for (const i of list) at[n++] = i;
    at.sort();
    for (const i of at) if (kept(i)) out.push(files[i]);
    return out;
  }
  for (let i = 0; i < files.length; i++) if (kept(i)) out.push(files[i]);
  return out;
}

function candidates(
  lists: readonly number[][],
  classes: Uint8Array,
  kept: Uint8Array,
): { count: number; lists: number[][] } {
  const chosen: number[][] = [];
  let count = 0;
  for (let id = 0; id < classes.length; id++)
    if (kept[classes[id]]) {
      chosen.push(lists[id]);
      count += lists[id].length;
    }
  return { count, lists: chosen };
}
