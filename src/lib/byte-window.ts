// Reading a large file forward through one reused buffer, for parsers that look a little ahead.

/** Where the bytes come from: a whole buffer, or a file read a window at a time. */
export type WindowSource =
  | Buffer
  | {
      size: number;
      read: (into: Buffer, at: number, length: number, position: number) => number;
      /** Bytes read at a time (a megabyte unless given). */
      windowBytes?: number;
    };

const WINDOW_BYTES = 1 << 20;

/**
 * A file's bytes through a window that slides forward: a 50 MB file is read a megabyte at a time
 * into one buffer (a buffer the file's size costs more in page faults than a parse of it).
 */
export class ByteWindow {
  bytes: Buffer;
  /** File offset of bytes[0], and how many bytes from there are loaded. */
  private start = 0;
  private filled = 0;
  readonly size: number;
  private readonly read?: Exclude<WindowSource, Buffer>['read'];

  constructor(source: WindowSource) {
    if (Buffer.isBuffer(source)) {
      this.bytes = source;
      this.size = this.filled = source.length;
    } else {
      this.size = source.size;
      this.read = source.read;
      this.bytes = Buffer.allocUnsafe(Math.max(1, Math.min(source.windowBytes ?? WINDOW_BYTES, source.size)));
    }
  }

  /** Loads bytes [at, at + length) of the file; returns where `at` sits in `bytes`. */
  need(at: number, length: number): number {
    if (at + length > this.size) throw new Error('truncated');
    if (at >= this.start && at + length <= this.start + this.filled) return at - this.start;
    if (!this.read) throw new Error('truncated');
    const kept = at >= this.start && at < this.start + this.filled ? this.start + this.filled - at : 0;
    // The loaded bytes from `at` on move to the front (none when `at` is behind the window).
    const into = length > this.bytes.length ? Buffer.allocUnsafe(length * 2) : this.bytes;
    if (kept) this.bytes.copy(into, 0, at - this.start, at - this.start + kept);
    this.bytes = into;
    this.start = at;
    this.filled = kept;
    const want = Math.min(this.bytes.length, this.size - at);
    while (this.filled < want) {
      const n = this.read(this.bytes, this.filled, want - this.filled, at + this.filled);
      if (n <= 0) throw new Error('truncated');
      this.filled += n;
    }
    return 0;
  }

  /** File offset of the first NUL byte at or after `at` (before `end`). */
  nul(at: number, end: number): number {
    for (let length = 256; ; length *= 2) {
      const span = Math.min(length, end - at);
      const from = this.need(at, span);
      const found = this.bytes.indexOf(0, from);
      if (found >= 0 && found < from + span) return at + found - from;
      if (span < length) throw new Error('bad path');
    }
  }
}
