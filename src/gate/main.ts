// The gate action: one required status check over the reports the other shipshape steps wrote.
// It fails closed: a report that is named but missing or unreadable fails the gate.
import * as core from '../lib/runner.js';
import { resolve } from 'node:path';
import { annotateFindings } from '../lib/annotations.js';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { countBySeverity, SEVERITIES, sortFindings } from '../lib/findings.js';
import { writeFileAtomic } from '../lib/files.js';
import { getIntegerInput, getListInput, getStringInput } from '../lib/inputs.js';
import { table } from '../lib/markdown.js';
import { parseFailOn } from '../lib/reports/policy.js';
import { toSarif } from '../lib/reports/sarif.js';
import { VERSION } from '../lib/version.js';
import { writeJobSummary } from '../lib/summary.js';
import { decide } from './decide.js';
import { readAuditReport, readTrivyReport, type SourceReport } from './sources.js';

export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const audit = getListInput('audit-report').map((f) => resolve(workspace, f));
  const trivy = getListInput('trivy-report').map((f) => resolve(workspace, f));
  if (!audit.length && !trivy.length)
    throw new ConfigurationError(
      'set at least one of `audit-report` and `trivy-report` (paths of the reports to gate on)',
    );
  const failOn = parseFailOn('input `fail-on`', getStringInput('fail-on', 'high'));
  const minScore = getIntegerInput('min-score', 0, { min: 0, max: 100 });
  const sarifFile = getStringInput('sarif-file');

  const reports: SourceReport[] = [];
  const unreadable: string[] = [];
  for (const [files, read] of [
    [audit, readAuditReport],
    [trivy, readTrivyReport],
  ] as const) {
    for (const file of files) {
      try {
        reports.push(read(file));
      } catch (error) {
        unreadable.push(errorMessage(error));
      }
    }
  }
  const decision = decide(reports, failOn, minScore);
  const reasons = [...unreadable.map((u) => `unreadable report: ${u}`), ...decision.reasons];
  const passed = reasons.length === 0;
  const all = sortFindings(reports.flatMap((r) => r.findings));
  const counts = countBySeverity(all);

  annotateFindings(failOn.severities.length ? all.filter((f) => f.file) : []);
  if (sarifFile)
    writeFileAtomic(
      resolve(workspace, sarifFile),
      `${JSON.stringify(toSarif({ name: 'shipshape-gate', version: VERSION, informationUri: 'https://github.com/shipshape/shipshape' }, all), null, 2)}\n`,
    );
  for (const s of SEVERITIES) core.setOutput(s, counts[s]);
  core.setOutput('total', all.length);
  core.setOutput('passed', String(passed));
  core.setOutput('reasons', reasons.join('\n'));
  await writeJobSummary(
    [
      `## shipshape gate: ${passed ? '✅ passed' : '❌ failed'}`,
      '',
      `fail-on: ${failOn.label}, min-score: ${minScore}`,
      '',
      table(
        ['Report', 'Score', ...SEVERITIES],
        reports.map((r) => {
          const c = countBySeverity(r.findings);
          return [`${r.kind}: ${r.file}`, r.score ?? '', ...SEVERITIES.map((s) => c[s])];
        }),
      ),
      '',
      ...(reasons.length ? ['### Why it failed', '', ...reasons.map((r) => `- ${r}`), ''] : []),
    ].join('\n'),
  );
  if (!passed) core.setFailed(`shipshape gate failed: ${reasons.join('; ')}`);
}
