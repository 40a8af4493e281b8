// Stable fingerprints, in the spirit of SARIF partialFingerprints: the rule, the file and the
// content of the evidence, never the line number, so a finding keeps its identity when code above
// it moves. Identical findings in one report (the same rule on the same evidence twice in a file)
// are told apart by their order, so a second copy is still a new finding.
import { createHash } from 'node:crypto';
import type { EvidencedFinding } from './read-sarif.js';

export interface GateFinding extends EvidencedFinding {
  fingerprint: string;
}

export function fingerprintAll(findings: readonly EvidencedFinding[]): GateFinding[] {
  const ordered = [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const seen = new Map<string, number>();
  return ordered.map((f) => {
    const key = `${f.ruleId}\u0000${f.file ?? ''}\u0000${f.evidence}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const fingerprint = createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 16);
    return { ...f, fingerprint };
  });
}

/** Findings of several reports merged: one per fingerprint (the first report that has it wins). */
export function mergeByFingerprint(reports: readonly (readonly GateFinding[])[]): GateFinding[] {
  const out = new Map<string, GateFinding>();
  for (const findings of reports) for (const f of findings) if (!out.has(f.fingerprint)) out.set(f.fingerprint, f);
  return [...out.values()];
}

export interface Comparison {
  /** In the pull request's reports and not in the base's. */
  added: GateFinding[];
  /** In the base's reports and gone from the pull request's. */
  fixed: GateFinding[];
  /** In both. */
  existing: GateFinding[];
}

export function compareWithBase(head: readonly GateFinding[], base: readonly GateFinding[]): Comparison {
  const baseSet = new Set(base.map((f) => f.fingerprint));
  const headSet = new Set(head.map((f) => f.fingerprint));
  return {
    added: head.filter((f) => !baseSet.has(f.fingerprint)),
    existing: head.filter((f) => baseSet.has(f.fingerprint)),
    fixed: base.filter((f) => !headSet.has(f.fingerprint)),
  };
}
