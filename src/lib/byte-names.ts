// Strings interned by their UTF-8 bytes: a parser of many repeated names (git's index) decodes each
// distinct one once, and finds it again by a hash of its bytes (the caller's, seeded from here).
import { randomBytes } from 'node:crypto';

/** FNV-1a's 32-bit constants: h = (h ^ input) * prime, from the offset (or a seed). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function sameBytes(a: Buffer, aStart: number, b: Buffer, bStart: number, length: number): boolean {
  for (let k = length - 1; k >= 0; k--) if (a[aStart + k] !== b[bStart + k]) return false;
  return true;
}

/** A DataView over exactly a buffer's bytes (a Buffer may be a slice of a larger pool). */
export function wordsOf(buf: Buffer): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.length);
}

/** sameBytes over two DataViews, four bytes at a time. */
export function sameWords(a: DataView, aStart: number, b: DataView, bStart: number, length: number): boolean {
  let k = 0;
  for (; k + 4 <= length; k += 4) if (a.getUint32(aStart + k) !== b.getUint32(bStart + k)) return false;
  for (; k < length; k++) if (a.getUint8(aStart + k) !== b.getUint8(bStart + k)) return false;
  return true;
}

/**
 * Names interned by their bytes: a name is decoded and given its id (by `intern`) the first time it
 * is seen. Hashes start from `seed`, random per table: from a published start, a repository can
 * name its files so that every hash is the same (many-way collisions chain from one colliding
 * block), and each new name would then be compared with every name before it.
 */
export class ByteNames {
  /** Where the caller's hash of a name starts. */
  readonly seed = randomBytes(4).readInt32LE(0);
  /** The most other names one new name was compared with before it found its slot. */
  longestProbe = 0;
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Int32Array(1 << 12);
  private starts = new Int32Array(1 << 12);
  private lengths = new Int32Array(1 << 12);
  private bytes = Buffer.allocUnsafe(1 << 16);
  private bytesWords = wordsOf(this.bytes);
  private used = 0;
  private size = 0;

  constructor(private readonly intern: (text: string) => number) {}

  /**
   * The id of the name in src[start, end), whose hash is `hash`; `srcWords` is wordsOf(src), which a
   * parser reading through one buffer makes once for many names.
   */
  id(src: Buffer, start: number, end: number, hash: number, srcWords = wordsOf(src)): number {
    const length = end - start;
    const mask = this.slots.length - 1;
    let probes = 0;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask, probes++) {
      const id = this.slots[slot];
      if (id < 0) break;
      if (
        this.hashes[slot] === hash &&
        this.lengths[slot] === length &&
        sameWords(srcWords, start, this.bytesWords, this.starts[slot], length)
      )
        return id;
    }
    if (probes > this.longestProbe) this.longestProbe = probes;
    const id = this.intern(src.toString('utf8', start, end));
    if (this.used + length > this.bytes.length)
      this.bytesWords = wordsOf(
        (this.bytes = Buffer.concat([
          this.bytes.subarray(0, this.used),
          Buffer.allocUnsafe(this.bytes.length + length * 2),
        ])),
      );
    src.copy(this.bytes, this.used, start, end);
    this.put(hash, this.used, length, id);
    this.used += length;
    if (++this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  private put(hash: number, start: number, length: number, id: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = id;
    this.hashes[slot] = hash;
    this.starts[slot] = start;
    this.lengths[slot] = length;
  }

  private rehash(): void {
    const { slots, hashes, starts, lengths } = this;
    const size = slots.length * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.lengths = new Int32Array(size);
    for (let s = 0; s < slots.length; s++) if (slots[s] >= 0) this.put(hashes[s], starts[s], lengths[s], slots[s]);
  }
}
