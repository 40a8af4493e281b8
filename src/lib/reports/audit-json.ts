// The shipshape audit's JSON report: its one type, the writer the audit and the CLI use and the
// reader the gate uses. `score` and `findings[]` with these keys are the contract.
import { isSeverity, type Finding } from '../findings.js';

export interface AuditJsonFinding {
  ruleId: string;
  severity: Finding['severity'];
  title: string;
  message: string;
  file: string | null;
  line: number | null;
  remediation: string;
}

export interface AuditJsonReport {
  score: number;
  categories: Record<string, number>;
  gate?: { failOn: string; passed: boolean };
  findings: AuditJsonFinding[];
  suppressed: { ruleId: string; file: string | null; reason: string; expires?: string }[];
  warnings: { file: string; message: string }[];
  filesIndexed: number;
  durationMs: number;
}

/** What the writer takes: the findings in our one shape, the rest as the audit computed it. */
export interface AuditReportInput extends Omit<AuditJsonReport, 'findings' | 'suppressed'> {
  findings: readonly Finding[];
  suppressed: readonly { finding: Finding; reason: string; expires?: string }[];
}

export function writeAuditReport(input: AuditReportInput): string {
  const report: AuditJsonReport = {
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
    })),
    suppressed: input.suppressed.map((s) => ({
      ruleId: s.finding.ruleId,
      file: s.finding.file ?? null,
      reason: s.reason,
      expires: s.expires,
    })),
    warnings: input.warnings,
    filesIndexed: input.filesIndexed,
    durationMs: input.durationMs,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Read an audit report back into findings; anything that is not one is a one-line error naming `source`. */
export function readAuditReport(text: string, source: string): { score: number; findings: Finding[] } {
  let value: { score?: unknown; findings?: unknown };
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
    } satisfies Finding;
  });
  return { score: value.score, findings };
}
