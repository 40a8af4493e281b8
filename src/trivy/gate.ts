// The gate: fails when a finding of a `fail-on` severity remains after ignores. It fails closed:
// a scan that did not run or a report that did not parse fails it unless on-error is warn.
import { countBySeverity, type Severity } from '../lib/findings.js';
import type { TrivyFinding } from './report.js';

export interface GateResult {
  passed: boolean;
  /** One line saying why. */
  reason: string;
}

export function evaluateGate(kept: readonly TrivyFinding[], failOn: readonly Severity[]): GateResult {
  const counts = countBySeverity(kept);
  const blocking = failOn.filter((s) => counts[s] > 0);
  if (!blocking.length) return { passed: true, reason: `no ${failOn.join(' or ')} findings remain` };
  const total = blocking.reduce((n, s) => n + counts[s], 0);
  return {
    passed: false,
    reason: `${total} finding${total === 1 ? '' : 's'} at ${blocking.map((s) => `${s} (${counts[s]})`).join(', ')} remain after ignores`,
  };
}

/** When the scan itself failed: closed by default, a warning only when the user chose on-error: warn. */
export function errorGate(message: string, onError: 'fail' | 'warn'): GateResult {
  return { passed: onError === 'warn', reason: `the scan did not complete: ${message}` };
}
