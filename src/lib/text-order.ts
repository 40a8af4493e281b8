// One order for text in reports, the same on every machine: String.localeCompare follows the
// runner's locale (under sv_SE `ä` sorts after `z`, under tr_TR `ı` moves), so reports of one
// repository would differ between runners. English collation is what the default locale gives.
let collator: Intl.Collator | undefined;

/** Negative, zero or positive, as localeCompare under English collation. */
export function compareText(a: string, b: string): number {
  // Made on first use: starting a collator costs milliseconds that commands which sort nothing skip.
  collator ??= new Intl.Collator('en');
  return collator.compare(a, b);
}
