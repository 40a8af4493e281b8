// Whether a resolved path lies in a resolved root folder (the root itself included). Both sides are
// real paths (links resolved): the one containment test every reader and writer of a tree uses.
import { sep } from 'node:path';

export function isInsideRoot(realPath: string, realRoot: string): boolean {
  return realPath === realRoot || realPath.startsWith(realRoot + sep);
}
