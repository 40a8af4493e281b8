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
  /** The files of each name id, in list order. */
  filesOfName: string[][];
}

/**
 * Index `paths` (sorted). With `skipFolder`, files in folders it rejects are left out of the
 * returned list (the test runs once per folder).
 */
export function indexPaths(
  paths: readonly string[],
  skipFolder?: (folder: string) => boolean,
): { files: string[]; index: PathIndex } {
  const files: string[] = [];
  const folderOf = new Uint32Array(paths.length);
  const nameOf = new Uint32Array(paths.length);
  const index: PathIndex = { folders: [], names: [], folderOf, nameOf, nameIds: new Map(), filesOfName: [] };
  const folderIds = new Map<string, number>();
  let folder = '\0';
  let folderId = 0;
  let skipped = false;
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    // A folder's files sit together in a sorted list: the folder is looked up when it changes.
    if (slash !== folder.length - 1 || !path.startsWith(folder)) {
      folder = path.slice(0, slash + 1);
      let id = folderIds.get(folder);
      if (id === undefined) {
        id = index.folders.length;
        folderIds.set(folder, id);
        index.folders.push(folder);
      }
      folderId = id;
      skipped = skipFolder ? skipFolder(folder) : false;
    }
    if (skipped) continue;
    const base = path.slice(slash + 1);
    let nameId = index.nameIds.get(base);
    if (nameId === undefined) {
      nameId = index.names.length;
      index.nameIds.set(base, nameId);
      index.names.push(base);
      index.filesOfName.push([]);
    }
    folderOf[files.length] = folderId;
    nameOf[files.length] = nameId;
    index.filesOfName[nameId].push(path);
    files.push(path);
  }
  index.folderOf = folderOf.subarray(0, files.length);
  index.nameOf = nameOf.subarray(0, files.length);
  return { files, index };
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
  if (name && !folder) {
    // By name only: the per-name lists answer without a pass when one name matches.
    const matched: number[] = [];
    for (let id = 0; id < index.names.length && matched.length < 2; id++) if (name(index.names[id])) matched.push(id);
    if (matched.length <= 1) return matched.length ? [...index.filesOfName[matched[0]]] : [];
  }
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
  for (const n of new Set(names)) for (const f of new Set(folders)) table[(n << 8) | f] = keep(n, f) ? 1 : 0;
  const out: string[] = [];
  const { nameOf, folderOf } = index;
  for (let i = 0; i < files.length; i++) if (table[(names[nameOf[i]] << 8) | folders[folderOf[i]]]) out.push(files[i]);
  return out;
}
