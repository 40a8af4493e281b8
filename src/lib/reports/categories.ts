// The audit's categories, in report order: each finding and each per-category score in the audit
// JSON names one. The audit's rules, its reports and the fleet merge all read them from here.
export const CATEGORIES = [
  'container',
  'ci',
  'scripts',
  'database',
  'backup',
  'secrets',
  'config',
  'observability',
  'security',
  'docs',
] as const;
export type Category = (typeof CATEGORIES)[number];
