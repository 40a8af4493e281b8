// Names interned by their bytes: the same bytes always give the same id, different bytes never
// share one, through the table's growth and through hash collisions.
import { ByteNames, FNV_OFFSET, FNV_PRIME } from '../../src/lib/byte-names.js';

function fnv(bytes: Buffer): number {
  let hash = FNV_OFFSET;
  for (const c of bytes) hash = Math.imul(hash ^ c, FNV_PRIME);
  return hash;
}

test('ten thousand names keep their ids while the table grows', () => {
  const interned: string[] = [];
  const names = new ByteNames((text) => interned.push(text) - 1);
  const all = Array.from({ length: 10_000 }, (_, i) => Buffer.from(`module-${i}.ts`));
  const ids = all.map((b) => names.id(b, 0, b.length, fnv(b)));
  expect(new Set(ids).size).toBe(all.length);
  expect(interned).toEqual(all.map((b) => b.toString()));
  // Again, from other buffers holding the same bytes (inside a longer one, at an offset).
  for (const [i, b] of all.entries()) {
    const padded = Buffer.concat([Buffer.from('x/'), b, Buffer.from('\0')]);
    expect(names.id(padded, 2, 2 + b.length, fnv(b))).toBe(ids[i]);
  }
  expect(interned).toHaveLength(all.length);
});

test('names with the same hash are told apart by their bytes', () => {
  const names = new ByteNames(
    (() => {
      let next = 0;
      return () => next++;
    })(),
  );
  const words = ['a', 'b', 'ab', 'ba', 'résumé', '日本', ''].map((w) => Buffer.from(w));
  const ids = words.map((w) => names.id(w, 0, w.length, 42));
  expect(new Set(ids).size).toBe(words.length);
  expect(words.map((w) => names.id(w, 0, w.length, 42))).toEqual(ids);
});
