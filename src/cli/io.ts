// Where a command's text goes: standard output, or a file named on the command line. A file that
// cannot be written is a one-line error naming the path.
import { errorMessage } from '../lib/errors.js';
import { writeFileAtomic } from '../lib/files.js';
import { ConfigurationError } from '../lib/errors.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export function writeOutput(io: Io, path: string | undefined, text: string): void {
  if (!path) return io.out(text);
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`cannot write --output ${path}: ${code ? describeCode(code) : errorMessage(error)}`);
  }
}

function describeCode(code: string): string {
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ENOSPC: 'no space left on the device',
    EEXIST: 'a file is in the way',
    ELOOP: 'it is a link',
  };
  return `${known[code] ?? 'write failed'} (${code})`;
}
