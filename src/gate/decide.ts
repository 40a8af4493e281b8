// The gate's decision: pure, from the reports to pass/fail with every reason listed.
import { atOrAbove, type Severity } from '../lib/findings.js';
import type { SourceReport } from './sources.js';

export interface GateDecision {
  passed: boolean;
  reasons: string[];
}

export function decide(reports: readonly SourceReport[], failOn: Severity | 'none', minScore: number): GateDecision {
  const reasons: string[] = [];
  for (const r of reports) {
    const over = failOn === 'none' ? [] : r.findings.filter((f) => atOrAbove(f.severity, failOn));
    if (over.length)
      reasons.push(
        `${r.kind} (${r.file}): ${over.length} finding${over.length === 1 ? '' : 's'} at or above ${failOn}`,
      );
    if (r.score !== undefined && r.score < minScore)
      reasons.push(`${r.kind} (${r.file}): score ${r.score} is below min-score ${minScore}`);
  }
  return { passed: reasons.length === 0, reasons };
}
