// The audit result as the JSON report (the format itself lives in src/lib/reports/audit-json.ts).
import { writeAuditReport } from '../../lib/reports/audit-json.js';
import type { AuditResult } from '../engine.js';

export function renderJson(result: AuditResult, gate?: { failOn: string; passed: boolean }): string {
  return writeAuditReport({
    score: result.scores.overall,
    categories: result.scores.categories,
    gate,
    findings: result.findings,
    suppressed: result.suppressed,
    warnings: result.warnings,
    filesIndexed: result.filesIndexed,
    durationMs: result.durationMs,
  });
}
