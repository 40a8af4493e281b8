// Lookups in a sorted list of paths by binary search: the repository's index is sorted once, so a
// question about one path or one folder costs log n, not a pass over half a million files.

/** Index of the first entry not less than `value` (the list's length when there is none). */
export function lowerBound(sorted: readonly string[], value: string): number {
  return lowerBoundBy(sorted.length, (i) => sorted[i], value);
}

/** The same over `length` entries read through `at` (positions into another sorted list). */
export function lowerBoundBy(length: number, at: (i: number) => string, value: string): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries that start with `prefix`: in a sorted list they sit together. */
export function withPrefix(sorted: readonly string[], prefix: string): string[] {
  const start = lowerBound(sorted, prefix);
  let end = start;
  while (end < sorted.length && sorted[end].startsWith(prefix)) end++;
  return sorted.slice(start, end);
}
