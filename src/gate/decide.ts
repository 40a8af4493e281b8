// The gate's decision: pure, from the reports to pass/fail with every reason listed.
import { blocking, type BlockingPolicy } from '../lib/reports/policy.js';
import type { SourceReport } from './sources.js';

export interface GateDecision {
  passed: boolean;
  reasons: string[];
}

export function decide(reports: readonly SourceReport[], failOn: BlockingPolicy, minScore: number): GateDecision {
  const reasons: string[] = [];
  for (const r of reports) {
    const over = blocking(r.findings, failOn);
    if (over.length)
      reasons.push(
        `${r.kind} (${r.file}): ${over.length} finding${over.length === 1 ? '' : 's'} at or above ${failOn.label}`,
      );
    if (r.score !== undefined && r.score < minScore)
      reasons.push(`${r.kind} (${r.file}): score ${r.score} is below min-score ${minScore}`);
  }
  return { passed: reasons.length === 0, reasons };
}
