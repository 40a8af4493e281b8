// One audit JSON report (read by src/lib/reports/audit-json.ts) reduced to the row a fleet table
// shows: the merge keeps only these rows, never the reports, so its memory grows with the number of
// repositories, not with their findings.
import { basename } from 'node:path';
import { SEVERITIES, severityRank, type Severity } from '../lib/findings.js';
import type { readAuditReport } from '../lib/reports/audit-json.js';
import { CATEGORIES, type Category } from '../lib/reports/categories.js';

/** How many findings a row keeps, most severe first. */
export const TOP_FINDINGS = 3;

export interface TopFinding {
  ruleId: string;
  severity: Severity;
  title: string;
  file?: string;
  line?: number;
}

export interface FleetRow {
  /** owner/name from the report, else the report's file name without `.json`. */
  repository: string;
  /** Whether `repository` came from the report (and so can be linked on GitHub). */
  namedByReport: boolean;
  /** The report file the row came from. */
  source: string;
  score: number;
  categories: Partial<Record<Category, number>>;
  counts: Record<Severity, number>;
  top: TopFinding[];
}

/** A report that reads as JSON but cannot be a row; the message names the file and the cause. */
export class MalformedReport extends Error {}

export function summarizeReport(report: ReturnType<typeof readAuditReport>, source: string): FleetRow {
  if (!Number.isFinite(report.score) || report.score < 0 || report.score > 100)
    throw new MalformedReport(`${source}: \`score\` is not a number from 0 to 100`);
  const categories: Partial<Record<Category, number>> = {};
  for (const c of CATEGORIES) if (report.categories[c] !== undefined) categories[c] = report.categories[c];

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  // Keep the most severe few while counting, without sorting the whole list.
  const top: TopFinding[] = [];
  for (const f of report.findings) {
    counts[f.severity]++;
    const finding: TopFinding = {
      ruleId: f.ruleId,
      severity: f.severity,
      title: f.title,
      ...(f.file ? { file: f.file } : {}),
      ...(Number.isInteger(f.line) && f.line! > 0 ? { line: f.line } : {}),
    };
    const at = top.findIndex((t) => severityRank(t.severity) < severityRank(finding.severity));
    if (at >= 0) top.splice(at, 0, finding);
    else if (top.length < TOP_FINDINGS) top.push(finding);
    if (top.length > TOP_FINDINGS) top.pop();
  }

  return {
    repository: report.repository ?? basename(source).replace(/\.json$/i, ''),
    namedByReport: report.repository !== undefined,
    source,
    score: Math.round(report.score),
    categories,
    counts,
    top,
  };
}
