// Reading a file an input names when the path may lie in the checked-out tree (a budgets file, a
// .dockerignore, a report): a link is followed only to a target inside the workspace, a FIFO or
// device is never opened (so nothing blocks), and the size is capped. The answer is the text or one
// line saying why not, for the caller to fail closed with.
import { lstatSync, realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { readRegularFile } from './safe-read.js';
import { isInsideRoot } from './inside-root.js';

export type TextRead = { text: string } | { refused: string };

/**
 * `path`'s UTF-8 text. A path inside `root` (the workspace) may be reached through links that stay
 * inside it; a path outside it (one the workflow names, e.g. under the runner's temp folder) is
 * opened as given, never through a link.
 */
export function readTextInside(path: string, root: string | undefined, maxBytes: number): TextRead {
  let target = resolve(path);
  if (root !== undefined && isLexicallyInside(root, target)) {
    let real: string;
    try {
      real = realpathSync(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { refused: code === 'ENOENT' ? describeMissing(target) : `cannot be resolved (${code ?? 'error'})` };
    }
    const realRoot = realpathSync(root);
    if (!isInsideRoot(real, realRoot)) return { refused: 'a symbolic link (or a folder linked) out of the workspace' };
    target = real;
  }
  const read = readRegularFile(target, maxBytes);
  if ('refused' in read)
    return {
      refused: read.refused === 'not read: ENOENT' ? 'does not exist' : read.refused.replace(/^not read: /, ''),
    };
  return { text: read.bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

/** True when something (a file, a link, a FIFO...) is at the path: lstat only, nothing opened or followed. */
export function existsNoFollow(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function describeMissing(path: string): string {
  return existsNoFollow(path) ? 'a broken symbolic link' : 'does not exist';
}

function isLexicallyInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
}
