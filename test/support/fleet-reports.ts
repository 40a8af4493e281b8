// Audit JSON reports in the shape `shipshape audit --format json` writes, for the fleet merge tests:
// a folder of them, one per repository, as the fleet workflow's artifact download leaves them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Severity } from '../../src/lib/findings.js';

export interface ReportSpec {
  repository?: string;
  score: number;
  categories?: Record<string, number>;
  findings?: { ruleId: string; severity: Severity; title?: string; file?: string; line?: number }[];
}

export function writeReport(dir: string, file: string, spec: ReportSpec): string {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  const report = {
    ...(spec.repository ? { repository: spec.repository } : {}),
    score: spec.score,
    categories: spec.categories ?? { container: spec.score, ci: spec.score },
    gate: { failOn: 'none', passed: true },
    findings: (spec.findings ?? []).map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      title: f.title ?? f.ruleId,
      message: `${f.ruleId} fired`,
      file: f.file ?? null,
      line: f.line ?? null,
      remediation: 'Fix it.',
    })),
    suppressed: [],
    warnings: [],
    filesIndexed: 10,
    durationMs: 5,
  };
  writeFileSync(path, JSON.stringify(report, null, 2));
  return path;
}
