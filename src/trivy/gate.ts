// The gate: fails when a finding that `fail-on` blocks remains after ignores. It fails closed:
// a scan that did not run or a report that did not parse fails it unless on-error is warn.
import { countBySeverity } from '../lib/findings.js';
import { blocking, type BlockingPolicy } from '../lib/reports/policy.js';
import type { TrivyFinding } from '../lib/reports/trivy-json.js';

export interface GateResult {
  passed: boolean;
  /** One line saying why. */
  reason: string;
}

export function evaluateGate(kept: readonly TrivyFinding[], failOn: BlockingPolicy): GateResult {
  const over = blocking(kept, failOn);
  if (!over.length) return { passed: true, reason: `no ${failOn.severities.join(' or ')} findings remain` };
  const counts = countBySeverity(over);
  const hit = failOn.severities.filter((s) => counts[s] > 0);
  return {
    passed: false,
    reason: `${over.length} finding${over.length === 1 ? '' : 's'} at ${hit.map((s) => `${s} (${counts[s]})`).join(', ')} remain after ignores`,
  };
}

/** When the scan itself failed: closed by default, a warning only when the user chose on-error: warn. */
export function errorGate(message: string, onError: 'fail' | 'warn'): GateResult {
  return { passed: onError === 'warn', reason: `the scan did not complete: ${message}` };
}
