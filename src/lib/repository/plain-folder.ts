/**
 * A folder ('' or 'a/b/') with no `.`, `..` or empty part and no leading slash. Git never writes
 * other paths into its index, but a crafted index (a `.git` folder planted in an unpacked tree) can.
 */
export function isPlainFolder(folder: string): boolean {
  return !/(?:^|\/)\.{0,2}\//.test(folder);
}
