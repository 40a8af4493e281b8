// The JSON report for machines. `score` and `findings[]` with these keys are the contract.
import type { AuditResult } from '../engine.js';

export function renderJson(result: AuditResult, gate?: { failOn: string; passed: boolean }): string {
  return `${JSON.stringify(
    {
      score: result.scores.overall,
      categories: result.scores.categories,
      ...(gate ? { gate } : {}),
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        title: f.title,
        message: f.message,
        file: f.file ?? null,
        line: f.line ?? null,
        remediation: f.remediation,
      })),
      suppressed: result.suppressed.map((s) => ({
        ruleId: s.finding.ruleId,
        file: s.finding.file ?? null,
        reason: s.reason,
        expires: s.expires,
      })),
      warnings: result.warnings,
      filesIndexed: result.filesIndexed,
      durationMs: result.durationMs,
    },
    null,
    2,
  )}\n`;
}
