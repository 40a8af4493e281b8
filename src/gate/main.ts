// The gate action: one required status check over the reports the other steps wrote, new findings
// only when the base's reports are given, a baseline of accepted findings read from the trusted
// side, one pull-request comment kept up to date. It fails closed, and writes passed=false on
// every failure path (index.ts writes it when this throws).
import * as core from '../lib/runner.js';
import { resolve } from 'node:path';
import { annotateFindings } from '../lib/annotations.js';
import { errorMessage } from '../lib/errors.js';
import { countBySeverity, SEVERITIES } from '../lib/findings.js';
import { writeFileAtomic } from '../lib/files.js';
import { pullRequestBaseSha } from '../lib/pull-request-base.js';
import { toSarif } from '../lib/reports/sarif.js';
import { VERSION } from '../lib/version.js';
import { writeJobSummary } from '../lib/summary.js';
import { decide } from './decide.js';
import type { GateInputs } from './inputs.js';
import { auditPolicyNotes, loadPolicy } from './policy.js';
import { pullRequestContext } from './pull-request.js';
import { upsertComment } from './pull-request-comment.js';
import {
  commentMarker,
  commentNote,
  rawTrivyNotes,
  renderComment,
  renderSummary,
  type RenderContext,
} from './summary.js';
import { expandReportPaths } from './report-paths.js';
import { readAnyReport, readReport, type ReportKind, type SourceReport } from './sources.js';

export async function run(inputs: GateInputs): Promise<void> {
  const { workspace } = inputs;
  const unreadable: string[] = [];
  const reports: SourceReport[] = [];
  const sarif = expandReportPaths(inputs.sarif, workspace);
  unreadable.push(...sarif.unmatched.map((p) => `no file matches \`sarif\` pattern ${p}`));
  for (const [kind, files] of [
    ['audit', inputs.audit.map((f) => resolve(workspace, f))],
    ['trivy', inputs.trivy.map((f) => resolve(workspace, f))],
    ['sarif', sarif.files],
  ] as [ReportKind, string[]][]) {
    for (const file of files) {
      try {
        reports.push(readReport(kind, file, workspace));
      } catch (error) {
        unreadable.push(errorMessage(error));
      }
    }
  }
  let baseReports: SourceReport[] | undefined;
  if (inputs.baseReports) {
    baseReports = [];
    const base = expandReportPaths(inputs.baseReports, workspace);
    unreadable.push(...base.unmatched.map((p) => `no file matches \`base-reports\` pattern ${p}`));
    for (const file of base.files) {
      try {
        baseReports.push(readAnyReport(file, workspace));
      } catch (error) {
        unreadable.push(`base: ${errorMessage(error)}`);
      }
    }
  }

  const pr = pullRequestContext();
  const policy = loadPolicy(inputs.baseline, workspace, pr?.baseSha ?? pullRequestBaseSha());
  if (policy.problem) unreadable.push(policy.problem);
  const result = decide({
    reports,
    baseReports,
    baseline: policy.baseline,
    failOn: inputs.failOn,
    minScore: inputs.minScore,
    unreadable,
    now: new Date(),
  });
  for (const e of result.expired)
    core.warning(`baseline entry ${e.source} expired on ${e.expires}; it no longer accepts anything`);
  annotateFindings(result.blocking.filter((f) => f.file));
  if (inputs.sarifFile)
    writeFileAtomic(
      resolve(workspace, inputs.sarifFile),
      `${JSON.stringify(toSarif({ name: 'shipshape-gate', version: VERSION, informationUri: 'https://github.com/shipshape/shipshape' }, result.current), null, 2)}\n`,
    );

  const ctx: RenderContext = {
    result,
    reports,
    baseReports,
    failOn: inputs.failOn,
    minScore: inputs.minScore,
    policy: [...policy.notes, ...auditPolicyNotes(reports), ...rawTrivyNotes(reports, workspace)],
  };
  let commentUrl = '';
  if (pr && inputs.githubToken) {
    const marker = commentMarker(`${process.env.GITHUB_WORKFLOW ?? ''}/${process.env.GITHUB_JOB ?? ''}`);
    let problem: string | undefined;
    try {
      const outcome = await upsertComment(
        process.env.GITHUB_API_URL || 'https://api.github.com',
        inputs.githubToken,
        pr,
        marker,
        renderComment(ctx, marker),
      );
      commentUrl = outcome.url ?? '';
      problem = outcome.problem;
      ctx.commentNote = commentNote(outcome);
    } catch (error) {
      problem = errorMessage(error);
      ctx.commentNote = commentNote({ problem });
    }
    if (problem) core.warning(`no pull-request comment: ${problem}`);
  } else if (pr) ctx.commentNote = commentNote({ problem: '`github-token` is empty', decides: false });

  const counts = countBySeverity(result.current);
  for (const s of SEVERITIES) core.setOutput(s, counts[s]);
  core.setOutput('total', result.current.length);
  core.setOutput('new', result.added.length);
  core.setOutput('fixed', result.fixed.length);
  core.setOutput('accepted', result.accepted.length);
  core.setOutput('comment-url', commentUrl);
  core.setOutput('passed', String(result.passed));
  core.setOutput('reasons', result.reasons.join('\n'));
  await writeJobSummary(renderSummary(ctx));
  if (!result.passed) core.setFailed(`shipshape gate failed: ${result.reasons.join('; ')}`);
}
