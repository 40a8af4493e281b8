// The reports a gate reads, each turned into findings: the shipshape audit's JSON and Trivy's JSON.
// A report that is named but missing or unreadable is an error: the gate fails closed.
import { existsSync, readFileSync } from 'node:fs';
import { isSeverity, type Finding } from '../lib/findings.js';
import { parseTrivyJson, trivyFindings } from '../trivy/report.js';

export interface SourceReport {
  kind: 'audit' | 'trivy';
  file: string;
  findings: Finding[];
  /** The audit's overall score, when the report has one. */
  score?: number;
}

export function readAuditReport(file: string): SourceReport {
  const value = readJson(file) as { score?: unknown; findings?: unknown };
  if (typeof value.score !== 'number' || !Array.isArray(value.findings))
    throw new Error(`${file} is not a shipshape audit report (no score and findings)`);
  const findings = value.findings.map((f: Record<string, unknown>, i: number) => {
    if (typeof f.ruleId !== 'string' || typeof f.severity !== 'string' || !isSeverity(f.severity))
      throw new Error(`${file}: finding ${i} has no ruleId or a severity that is not critical, high, medium or low`);
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
  return { kind: 'audit', file, findings, score: value.score };
}

export function readTrivyReport(file: string): SourceReport {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  return { kind: 'trivy', file, findings: trivyFindings(parseTrivyJson(readFileSync(file, 'utf8'), file)) };
}

function readJson(file: string): unknown {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
}
