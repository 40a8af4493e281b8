// Expiring suppressions, one model for `.shipshape.yml` suppressions and Trivy's ignore files:
// each names what it silences, where (globs; none means everywhere), why, and until when. An
// expired entry stops silencing and is handed back so the caller reports it.
import picomatch from 'picomatch';

export interface ExpiringSuppression {
  /** The rule or finding id it silences. */
  id: string;
  /** Globs or exact paths; empty means everywhere. */
  paths: readonly string[];
  reason?: string;
  /** YYYY-MM-DD, the last day it applies. */
  expires: string;
}

export interface SuppressionOutcome<F, S> {
  kept: F[];
  suppressed: { finding: F; entry: S }[];
  expired: S[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An expiry as written in YAML (a date or a string) to YYYY-MM-DD, or undefined when it is not one. */
export function parseExpiry(raw: unknown): string | undefined {
  const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw === undefined ? '' : String(raw);
  return DATE.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
}

export function isExpired(entry: Pick<ExpiringSuppression, 'expires'>, now: Date): boolean {
  return entry.expires < now.toISOString().slice(0, 10);
}

export function coversPath(entry: Pick<ExpiringSuppression, 'paths'>, file: string): boolean {
  return !entry.paths.length || entry.paths.some((p) => p === file || picomatch(p, { dot: true })(file));
}

/** Split findings by the first live entry that covers each; `covers` says whether an entry is about a finding. */
export function applySuppressions<F, S extends ExpiringSuppression>(
  findings: readonly F[],
  entries: readonly S[],
  now: Date,
  covers: (entry: S, finding: F) => boolean,
): SuppressionOutcome<F, S> {
  const active = entries.filter((e) => !isExpired(e, now));
  const out: SuppressionOutcome<F, S> = { kept: [], suppressed: [], expired: entries.filter((e) => isExpired(e, now)) };
  for (const finding of findings) {
    const entry = active.find((e) => covers(e, finding));
    if (entry) out.suppressed.push({ finding, entry });
    else out.kept.push(finding);
  }
  return out;
}
