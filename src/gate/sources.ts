// The reports a gate reads, each turned into findings: the shipshape audit's JSON and Trivy's JSON.
// A report that is named but missing or unreadable is an error: the gate fails closed.
import { existsSync, readFileSync } from 'node:fs';
import type { Finding } from '../lib/findings.js';
import { readAuditReport as parseAuditReport } from '../lib/reports/audit-json.js';
import { parseTrivyJson, trivyFindings } from '../lib/reports/trivy-json.js';

export interface SourceReport {
  kind: 'audit' | 'trivy';
  file: string;
  findings: Finding[];
  /** The audit's overall score, when the report has one. */
  score?: number;
}

export function readAuditReport(file: string): SourceReport {
  const { score, findings } = parseAuditReport(readText(file), file);
  return { kind: 'audit', file, findings, score };
}

export function readTrivyReport(file: string): SourceReport {
  return { kind: 'trivy', file, findings: trivyFindings(parseTrivyJson(readText(file), file)) };
}

function readText(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  return readFileSync(file, 'utf8');
}
