// The reports a gate reads, each turned into fingerprinted findings: the shipshape audit's JSON,
// Trivy's JSON and SARIF from any tool. A report that is named but missing, unreadable or of an
// unknown schema is an error: the gate fails closed.
import { readTextInside } from '../lib/read-inside.js';
import { readAuditReport, type AuditJsonPolicy } from '../lib/reports/audit-json.js';
import { parseTrivyJson, trivyFindings, type TrivyFinding } from '../lib/reports/trivy-json.js';
import { fingerprintAll, type GateFinding } from './fingerprint.js';
import { sarifFindings, withoutLineNumbers } from './read-sarif.js';

export type ReportKind = 'audit' | 'trivy' | 'sarif';

export interface SourceReport {
  kind: ReportKind;
  file: string;
  findings: GateFinding[];
  /** The audit's overall score, when the report has one. */
  score?: number;
  /** The audit's account of the policy it applied (which file, read from where, what changed), when present. */
  policy?: AuditJsonPolicy;
  /** A Trivy JSON report is actions/trivy's `kept-json-file` (its ignores applied), not Trivy's raw output. */
  ignoresApplied?: boolean;
}

/** Largest report the gate reads: a Trivy JSON of a big image runs to tens of megabytes. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

/** A report the gate reads; `workspace` bounds where a path inside it may resolve (links out are refused). */
export function readReport(kind: ReportKind, file: string, workspace?: string): SourceReport {
  const text = readText(file, workspace);
  if (kind === 'audit') return auditReport(text, file);
  if (kind === 'trivy') return trivyReport(text, file);
  return { kind, file, findings: fingerprintAll(sarifFindings(text, file)) };
}

/** A base report of any of the three kinds, told apart by its content. */
export function readAnyReport(file: string, workspace?: string): SourceReport {
  return readReport(detectKind(readText(file, workspace), file), file, workspace);
}

export function detectKind(text: string, file: string): ReportKind {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (value && typeof value === 'object') {
    if (typeof value.version === 'string' && Array.isArray(value.runs)) return 'sarif';
    if ('SchemaVersion' in value) return 'trivy';
    if ('score' in value && 'findings' in value) return 'audit';
  }
  throw new Error(`${file} is not a report the gate reads (shipshape audit JSON, Trivy JSON or SARIF 2.1.0)`);
}

function auditReport(text: string, file: string): SourceReport {
  const { score, findings, policy } = readAuditReport(text, file);
  const evidenced = findings.map((f) => ({ ...f, tool: 'shipshape audit', evidence: withoutLineNumbers(f.message) }));
  return { kind: 'audit', file, findings: fingerprintAll(evidenced), score, policy };
}

function trivyReport(text: string, file: string): SourceReport {
  const report = parseTrivyJson(text, file);
  const findings = trivyFindings(report).map((f) => ({
    ...f,
    tool: 'Trivy',
    evidence: trivyEvidence(f),
  }));
  return {
    kind: 'trivy',
    file,
    findings: fingerprintAll(findings),
    ignoresApplied: report.Shipshape?.IgnoresApplied === true,
  };
}

// What a Trivy finding is about, apart from where in the file it sits.
function trivyEvidence(f: TrivyFinding): string {
  if (f.scanner === 'vuln') return `vuln|${f.id}|${f.target}|${f.pkgName ?? ''}|${f.installedVersion ?? ''}`;
  if (f.scanner === 'secret') return `secret|${f.id}|${f.target}|${f.title}`;
  if (f.scanner === 'license') return `license|${f.id}|${f.target}|${f.message}`;
  return `misconfig|${f.id}|${f.target}|${withoutLineNumbers(f.message)}`;
}

// Never blocks on a FIFO a pull request planted at a report path, never follows a link out.
function readText(file: string, workspace: string | undefined): string {
  const read = readTextInside(file, workspace, MAX_REPORT_BYTES);
  if ('refused' in read)
    throw new Error(
      read.refused === 'does not exist' ? `${file} does not exist` : `${file} cannot be read: ${read.refused}`,
    );
  return read.text;
}
