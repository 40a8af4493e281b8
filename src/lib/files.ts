// Writing report files: parent folders created, written whole through a temp file so a crash
// never leaves half a report. The temp file is created exclusively under a random name next to the
// target, and a target that is a link is refused: a planted link cannot redirect the write.
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError } from './errors.js';
import { isInsideRoot } from './inside-root.js';

export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  refuseLink(path);
  const tmp = join(dirname(path), `.${basename(path)}.${randomSuffix()}.tmp`);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    const bytes = Buffer.from(content);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  } catch (error) {
    closeSync(fd);
    unlinkSync(tmp);
    throw error;
  }
  closeSync(fd);
  // rename() replaces a link at `path` with the file instead of writing through it; the check above
  // only turns that case into a clear error.
  renameSync(tmp, path);
}

/** A path we are about to write must not be a symbolic link (it could point anywhere). */
export function refuseLink(path: string): void {
  let isLink = false;
  try {
    isLink = lstatSync(path).isSymbolicLink();
  } catch {
    return;
  }
  if (isLink) throw new ConfigurationError(`refusing to write ${path}: it is a symbolic link`);
}

export function writeJson(path: string, value: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Create a file that must not exist yet, inside `root` (its real path, links resolved): a planted
 * link at the path, dangling or not, or a folder linked out of `root`, is refused.
 */
export function writeNewFileInside(root: string, path: string, content: string): void {
  const realRoot = realpathSync(root);
  const realDir = realpathSync(dirname(path));
  if (!isInsideRoot(realDir, realRoot))
    throw new ConfigurationError(`refusing to write ${path}: its folder resolves outside ${root}`);
  refuseLink(path);
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

// The global Web Crypto loads on first use: only a write pays for it, not every bundle's start-up
// (importing node:crypto would load it with the bundle).
function randomSuffix(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString('hex');
}
