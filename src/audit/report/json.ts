// The audit result as the JSON report (the format itself lives in src/lib/reports/audit-json.ts).
import { writeAuditReport } from '../../lib/reports/audit-json.js';
import type { AuditResult } from '../engine.js';

export function renderJson(
  result: AuditResult,
  gate?: { failOn: string; passed: boolean },
  /** `owner/name`, so a fleet merge names the report (left out when unknown). */
  repository?: string,
): string {
  return writeAuditReport({
    repository,
    score: result.scores.overall,
    categories: result.scores.categories,
    gate,
    findings: result.findings,
    suppressed: result.suppressed,
    policy: result.policy,
    warnings: result.warnings,
    filesIndexed: result.filesIndexed,
    fileSource: result.fileSource,
    durationMs: result.durationMs,
  });
}
