// The gate's decision: pure, from the reports (and the base's, and the baseline) to pass/fail
// with every reason listed. With base reports, only findings the pull request adds can block.
import { atOrAbove, sortFindings, type Severity } from '../lib/findings.js';
import { applyBaseline, type BaselineEntry, type BaselineOutcome } from './baseline.js';
import { compareWithBase, mergeByFingerprint, type GateFinding } from './fingerprint.js';
import type { SourceReport } from './sources.js';

export interface GateInputsForDecision {
  reports: readonly SourceReport[];
  /** Undefined: no base reports were given, every finding counts as new. */
  baseReports?: readonly SourceReport[];
  baseline: readonly BaselineEntry[];
  failOn: Severity | 'none';
  minScore: number;
  /** Reports that could not be read (named but missing, unreadable, unknown schema). */
  unreadable: readonly string[];
  now: Date;
}

export interface GateResult {
  passed: boolean;
  reasons: string[];
  /** Every finding of the pull request's reports that the baseline does not accept. */
  current: GateFinding[];
  /** Of those, the ones the base does not have (all of them without base reports). */
  added: GateFinding[];
  /** Of the new ones, those at or above fail-on. */
  blocking: GateFinding[];
  fixed: GateFinding[];
  accepted: BaselineOutcome['accepted'];
  expired: BaselineEntry[];
  newOnly: boolean;
}

export function decide(input: GateInputsForDecision): GateResult {
  const head = mergeByFingerprint(input.reports.map((r) => r.findings));
  const { remaining, accepted, expired } = applyBaseline(head, input.baseline, input.now);
  const newOnly = input.baseReports !== undefined;
  const base = mergeByFingerprint((input.baseReports ?? []).map((r) => r.findings));
  const comparison = compareWithBase(remaining, base);
  const added = newOnly ? comparison.added : remaining;
  const headAll = new Set(head.map((f) => f.fingerprint));
  const fixed = newOnly ? base.filter((f) => !headAll.has(f.fingerprint)) : [];
  const failOn = input.failOn;
  const blocking = failOn === 'none' ? [] : added.filter((f) => atOrAbove(f.severity, failOn));

  const reasons = input.unreadable.map((u) => `unreadable report: ${u}`);
  if (blocking.length)
    reasons.push(
      `${blocking.length} ${newOnly ? 'new ' : ''}finding${blocking.length === 1 ? '' : 's'} at or above ${failOn}: ${blocking
        .slice(0, 5)
        .map((f) => `${f.ruleId}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`)
        .join(', ')}${blocking.length > 5 ? ', …' : ''}`,
    );
  for (const r of input.reports)
    if (r.score !== undefined && r.score < input.minScore)
      reasons.push(`${r.kind} (${r.file}): score ${r.score} is below min-score ${input.minScore}`);
  return {
    passed: reasons.length === 0,
    reasons,
    current: sortFindings(remaining),
    added: sortFindings(added),
    blocking: sortFindings(blocking),
    fixed: sortFindings(fixed),
    accepted,
    expired,
    newOnly,
  };
}
