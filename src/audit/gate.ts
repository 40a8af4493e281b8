// The gate: fail when any finding is at or above the chosen severity ('none' never fails).
import { atOrAbove, type Finding, type Severity } from '../lib/findings.js';

export function gatePasses(findings: readonly Finding[], failOn: Severity | 'none'): boolean {
  return failOn === 'none' || !findings.some((f) => atOrAbove(f.severity, failOn));
}
