// Opening a file of an untrusted tree: never through a symbolic link, never blocking on a FIFO or
// device, never more than a size cap. The checks happen on the open descriptor (fstat), so a file
// swapped for something else between listing and reading is still refused.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

export type SafeRead = { bytes: Buffer } | { refused: string };

export function readRegularFile(absolutePath: string, maxBytes: number): SafeRead {
  const read = withRegularFile(absolutePath, maxBytes, (fd, size) => {
    // Unfilled bytes are never returned (the subarray ends where the reads did).
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, buffer, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return buffer.subarray(0, offset);
  });
  return 'refused' in read ? read : { bytes: read.value };
}

/**
 * Open a file as readRegularFile does (no link, no special file, at most `maxBytes`) and hand its
 * descriptor and size to `use`; the descriptor is closed after. An error `use` throws is returned
 * as a refusal, like one of the open.
 */
export function withRegularFile<T>(
  absolutePath: string,
  maxBytes: number,
  use: (fd: number, size: number) => T,
): { value: T } | { refused: string } {
  return withOpenFile<T>(absolutePath, (fd) => {
    const stat = fstatSync(fd);
    const refused = statRefusal(stat, maxBytes);
    return refused ? { refused } : { value: use(fd, stat.size) };
  });
}

// One buffer for viewRegularFile, grown to the largest limit asked for (never shrunk).
let scratch = Buffer.alloc(0);

/**
 * readRegularFile for many small files, one read each: the bytes are read at offset 0 into a
 * buffer reused from call to call and handed to `use`, which must not keep them. A positional read
 * is refused by pipes and sockets (ESPIPE) and by folders (EISDIR), and a regular file on a local
 * filesystem answers it in full up to its end; only an empty answer, one past the limit or a
 * refusal costs the fstat that tells what the file is.
 */
export function viewRegularFile<T>(
  absolutePath: string,
  maxBytes: number,
  use: (bytes: Buffer) => T,
): { value: T } | { refused: string } {
  if (scratch.length < maxBytes + 1) scratch = Buffer.allocUnsafe(maxBytes + 1);
  return withOpenFile<T>(absolutePath, (fd) => {
    let n = -1;
    let readError: string | undefined;
    try {
      n = readSync(fd, scratch, 0, maxBytes + 1, 0);
    } catch (error) {
      // Told apart by the fstat below: a pipe (ESPIPE) or a folder (EISDIR) is no regular file.
      readError = (error as NodeJS.ErrnoException).code ?? 'read error';
    }
    if (n <= 0 || n > maxBytes) {
      const refused = statRefusal(fstatSync(fd), maxBytes);
      if (refused) return { refused };
      if (readError) return { refused: `not read: ${readError}` };
      // A regular file that grew past the limit while it was read.
      if (n > maxBytes) return { refused: `not read: over the ${maxBytes} byte limit` };
    }
    return { value: use(scratch.subarray(0, n)) };
  });
}

// Open without following a link or blocking, hand the descriptor to `use`, close it; an error on
// the way (the open's or `use`'s) is a refusal naming its code.
function withOpenFile<T>(
  absolutePath: string,
  use: (fd: number) => { value: T } | { refused: string },
): { value: T } | { refused: string } {
  let fd: number | undefined;
  try {
    fd = openSync(absolutePath, OPEN_FLAGS);
    return use(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { refused: code === 'ELOOP' ? 'not read: a symbolic link' : `not read: ${code ?? 'read error'}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why a file with this fstat is not read, or undefined for a regular file within the limit. */
function statRefusal(stat: Stats, maxBytes: number): string | undefined {
  if (!stat.isFile()) return `not read: ${kindOf(stat)}, not a regular file`;
  if (stat.size > maxBytes) return `not read: ${stat.size} bytes is over the ${maxBytes} byte limit`;
  return undefined;
}

export function kindOf(stat: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isBlockDevice() || stat.isCharacterDevice()) return 'a device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'a special file';
}
