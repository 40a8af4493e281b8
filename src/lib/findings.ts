// The one shape of a finding, shared by the audit, Trivy, Lighthouse budgets and the gate.
// SARIF, Markdown, JSON and annotations are views of a Finding[] (see sarif.ts, annotations.ts).
import { compareText } from './text-order.js';
import { ConfigurationError } from './errors.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How sure a rule is that its finding is real (as zizmor grades them); absent means high. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

export function isConfidence(value: string): value is Confidence {
  return (CONFIDENCES as readonly string[]).includes(value);
}

export function confidenceAtLeast(confidence: Confidence | undefined, minimum: Confidence): boolean {
  return CONFIDENCE_RANK[confidence ?? 'high'] >= CONFIDENCE_RANK[minimum];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  /** Names the evidence; never contains a secret value. */
  message: string;
  /** Path relative to the repository root, with forward slashes. */
  file?: string;
  line?: number;
  endLine?: number;
  remediation: string;
  /** How sure the rule is; absent means high. */
  confidence?: Confidence;
  /** A link with more help (CVE page, rule docs). */
  helpUri?: string;
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** Parse a severity named by a user (case-insensitive); `name` is the input or key it came from. */
export function parseSeverity(name: string, raw: string): Severity {
  const value = raw.trim().toLowerCase();
  if (!isSeverity(value)) {
    throw new ConfigurationError(`input \`${name}\` must be one of ${SEVERITIES.join(', ')} (got \`${raw}\`)`);
  }
  return value;
}

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Most severe first, then by file, line and rule id, so every view lists findings in one order. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      RANK[b.severity] - RANK[a.severity] ||
      compareText(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.ruleId, b.ruleId),
  );
}
