// The shipshape audit's JSON report: its one type, the writer the audit and the CLI use and the
// reader the gate and the fleet merge use. `repository`, `score` and `findings[]` with these keys are the contract.
import { isConfidence, isSeverity, type Confidence, type Finding, type Severity } from '../findings.js';

export interface AuditJsonFinding {
  ruleId: string;
  severity: Finding['severity'];
  title: string;
  message: string;
  file: string | null;
  line: number | null;
  remediation: string;
  confidence: Confidence;
}

/** GitHub's owner/name (an owner has no dot; a name is never `.` or `..`): the only form a report's `repository` may take. */
export const REPOSITORY_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*\/(?!\.\.?$)[A-Za-z0-9_.-]+$/;

/**
 * Where the audit's policy (.shipshape.yml) came from and all it silences. On a pull request it is
 * the base commit's; `changes` says what the pull request's own version would change (not applied).
 */
export interface AuditJsonPolicy {
  /** The policy file, relative to the audited folder. */
  file: string;
  source: 'base-commit' | 'working-tree';
  baseSha?: string;
  /** False when no policy file applies (every rule at its default). */
  applied: boolean;
  changedInPullRequest: boolean;
  changes: string[];
  disabledRules: string[];
  severityOverrides: Record<string, Severity>;
  ignore: string[];
  suppressions: { rule: string; path: string; reason: string; expires: string }[];
  failOn?: string;
  /** Why the base policy could not be read (then none applies). */
  warning?: string;
}

export interface AuditJsonReport {
  /** owner/name of the audited repository, when known (GITHUB_REPOSITORY, or the CLI's --repository). */
  repository?: string;
  score: number;
  categories: Record<string, number>;
  gate?: { failOn: string; passed: boolean };
  findings: AuditJsonFinding[];
  suppressed: { ruleId: string; file: string | null; reason: string; expires?: string }[];
  policy?: AuditJsonPolicy;
  warnings: { file: string; message: string }[];
  filesIndexed: number;
  /** `git`: the files git tracks; `folder`: a walk of the folder with .gitignore applied. */
  fileSource?: 'git' | 'folder';
  durationMs: number;
}

/** What the writer takes: the findings in our one shape, the rest as the audit computed it. */
export interface AuditReportInput extends Omit<AuditJsonReport, 'findings' | 'suppressed'> {
  findings: readonly Finding[];
  suppressed: readonly { finding: Finding; reason: string; expires?: string }[];
}

export function writeAuditReport(input: AuditReportInput): string {
  const report: AuditJsonReport = {
    ...(input.repository ? { repository: input.repository } : {}),
    score: input.score,
    categories: input.categories,
    ...(input.gate ? { gate: input.gate } : {}),
    findings: input.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      title: f.title,
      message: f.message,
      file: f.file ?? null,
      line: f.line ?? null,
      remediation: f.remediation,
      confidence: f.confidence ?? 'high',
    })),
    suppressed: input.suppressed.map((s) => ({
      ruleId: s.finding.ruleId,
      file: s.finding.file ?? null,
      reason: s.reason,
      expires: s.expires,
    })),
    ...(input.policy ? { policy: input.policy } : {}),
    warnings: input.warnings,
    filesIndexed: input.filesIndexed,
    ...(input.fileSource ? { fileSource: input.fileSource } : {}),
    durationMs: input.durationMs,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Read an audit report back into findings; anything that is not one is a one-line error naming `source`. */
export function readAuditReport(
  text: string,
  source: string,
): {
  repository?: string;
  score: number;
  categories: Record<string, number>;
  findings: Finding[];
  policy?: AuditJsonPolicy;
} {
  let value: { repository?: unknown; score?: unknown; categories?: unknown; findings?: unknown; policy?: unknown };
  try {
    value = JSON.parse(text) as typeof value;
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!value || typeof value.score !== 'number' || !Array.isArray(value.findings))
    throw new Error(`${source} is not a shipshape audit report (no score and findings)`);
  const findings = value.findings.map((f: Record<string, unknown>, i: number) => {
    if (typeof f?.ruleId !== 'string' || typeof f.severity !== 'string' || !isSeverity(f.severity))
      throw new Error(`${source}: finding ${i} has no ruleId or a severity that is not critical, high, medium or low`);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      title: String(f.title ?? f.ruleId),
      message: String(f.message ?? ''),
      file: typeof f.file === 'string' ? f.file : undefined,
      line: typeof f.line === 'number' ? f.line : undefined,
      remediation: String(f.remediation ?? ''),
      ...(typeof f.confidence === 'string' && isConfidence(f.confidence) ? { confidence: f.confidence } : {}),
    } satisfies Finding;
  });
  if (value.repository != null && (typeof value.repository !== 'string' || !REPOSITORY_NAME.test(value.repository)))
    throw new Error(`${source}: \`repository\` is not owner/name`);
  const policy = readPolicy(value.policy);
  const categories: Record<string, number> = {};
  if (value.categories && typeof value.categories === 'object')
    for (const [k, v] of Object.entries(value.categories))
      if (typeof v === 'number' && Number.isFinite(v)) categories[k] = v;
  return {
    ...(typeof value.repository === 'string' ? { repository: value.repository } : {}),
    score: value.score,
    categories,
    findings,
    ...(policy ? { policy } : {}),
  };
}

/** The policy section as written, kept only when it has the shape the writer gives it. */
function readPolicy(raw: unknown): AuditJsonPolicy | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const p = raw as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (typeof p.file !== 'string' || (p.source !== 'base-commit' && p.source !== 'working-tree')) return undefined;
  if (!strings(p.changes) || !strings(p.disabledRules) || !strings(p.ignore) || !Array.isArray(p.suppressions))
    return undefined;
  return p as unknown as AuditJsonPolicy;
}
