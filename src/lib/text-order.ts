// One order for text in reports, the same on every machine: String.localeCompare follows the
// runner's locale (under sv_SE `ä` sorts after `z`, under tr_TR `ı` moves), so reports of one
// repository would differ between runners. English collation is what the default locale gives.
let collator: Intl.Collator | undefined;

/**
 * Printable ASCII in English collation order (test/lib/text-order.test.ts holds it to
 * Intl.Collator): each character has a weight of its own, except that a letter's two cases share
 * one, and on equal weights lower case sorts first.
 */
export const ASCII_ORDER =
  ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ';

const WEIGHT = new Uint8Array(128);
for (let i = 0, weight = 0; i < ASCII_ORDER.length; i++) {
  const c = ASCII_ORDER[i];
  WEIGHT[c.charCodeAt(0)] = /[A-Z]/.test(c) && ASCII_ORDER[i - 1] === c.toLowerCase() ? weight : ++weight;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Negative, zero or positive, as localeCompare under English collation. */
export function compareText(a: string, b: string): number {
  // Paths and rule ids are printable ASCII: compared by the table, they need no collator, whose
  // start costs milliseconds (ICU's collation data) on every audit.
  if (PRINTABLE_ASCII.test(a) && PRINTABLE_ASCII.test(b)) return compareAscii(a, b);
  collator ??= new Intl.Collator('en');
  return collator.compare(a, b);
}

function compareAscii(a: string, b: string): number {
  let caseOrder = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const byWeight = WEIGHT[x] - WEIGHT[y];
    if (byWeight) return byWeight;
    // The same letter in two cases: the first such place decides, if the weights all tie.
    if (!caseOrder) caseOrder = x > y ? -1 : 1;
  }
  return a.length - b.length || caseOrder;
}
