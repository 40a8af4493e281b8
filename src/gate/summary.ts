// The gate's verdict in Markdown: the job summary and the pull-request comment are two views of
// one GateResult, with the notes about the policy and the comment they carry. Finding text comes from the repository under judgment, so it is shown as inert
// text: no HTML, no links or images, no @-mentions.
import { relative } from 'node:path';
import { countBySeverity, SEVERITIES, type Severity } from '../lib/findings.js';
import { cell, table } from '../lib/markdown.js';
import { describeEntry } from './baseline.js';
import type { CommentOutcome } from './pull-request-comment.js';
import type { GateResult } from './decide.js';
import type { GateFinding } from './fingerprint.js';
import type { SourceReport } from './sources.js';

export interface RenderContext {
  result: GateResult;
  reports: readonly SourceReport[];
  baseReports?: readonly SourceReport[];
  failOn: Severity | 'none';
  minScore: number;
  /** Lines about the policy: where the baseline was read from, what the pull request changes in it. */
  policy: readonly string[];
  /** A note about the pull-request comment (posted, updated, or why not). */
  commentNote?: string;
}

/** Trivy's raw JSON holds what its ignore file accepted; actions/trivy's kept-json-file does not. */
export function rawTrivyNotes(reports: readonly SourceReport[], workspace: string): string[] {
  return reports
    .filter((r) => r.kind === 'trivy' && !r.ignoresApplied)
    .map(
      (r) =>
        `${relative(workspace, r.file) || r.file} is Trivy's raw report, before its ignore file: gate actions/trivy's \`kept-json-file\` (or \`sarif-file\`) to respect the ignores.`,
    );
}

/** The summary's line about the pull-request comment: where it is, or why there is none. */
export function commentNote(outcome: Partial<CommentOutcome> & { decides?: boolean }): string {
  if (!outcome.problem) return `Pull-request comment ${outcome.action}: ${outcome.url ?? ''}`;
  return `No pull-request comment: ${outcome.problem}.${outcome.decides === false ? '' : ' The gate still decides.'}`;
}

// GitHub refuses comments over 65,536 characters; lists are cut well before that.
const MAX_LISTED = 50;

export function inert(text: string): string {
  return text
    .replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!)
    .replace(/[[\]]/g, (c) => `\\${c}`)
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/\s+/g, ' ')
    .trim();
}

function where(f: GateFinding): string {
  return f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '(repository)';
}

function findingTable(findings: readonly GateFinding[], withFix: boolean): string {
  const shown = findings.slice(0, MAX_LISTED);
  const rows = shown.map((f) => [
    f.severity,
    inert(f.ruleId),
    inert(where(f)),
    inert(f.message),
    ...(withFix ? [inert(f.remediation)] : []),
    f.fingerprint,
  ]);
  const lines = [
    table(['Severity', 'Rule', 'Where', 'Message', ...(withFix ? ['Remediation'] : []), 'Fingerprint'], rows),
  ];
  if (findings.length > shown.length) lines.push('', `… and ${findings.length - shown.length} more.`);
  return lines.join('\n');
}

function verdict(ctx: RenderContext): string[] {
  const { result } = ctx;
  const counts = countBySeverity(result.current);
  return [
    `## shipshape gate: ${result.passed ? '✅ passed' : '❌ failed'}`,
    '',
    `fail-on: ${ctx.failOn}, min-score: ${ctx.minScore}; ${
      result.newOnly ? 'only findings new in this pull request block' : 'no base reports: every finding counts as new'
    }.`,
    '',
    `${result.added.length} new, ${result.fixed.length} fixed, ${result.accepted.length} accepted by the baseline, ${result.current.length} in all (${SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ')}).`,
    '',
    ...(result.reasons.length ? ['### Why it failed', '', ...result.reasons.map((r) => `- ${inert(r)}`), ''] : []),
  ];
}

function policyLines(ctx: RenderContext): string[] {
  const { result } = ctx;
  const lines = [...ctx.policy];
  for (const e of result.expired)
    lines.push(`Expired baseline entry, no longer accepting: ${inert(describeEntry(e))} (${e.source})`);
  return lines.length ? ['### Policy', '', ...lines.map((l) => `- ${l}`), ''] : [];
}

export function renderSummary(ctx: RenderContext): string {
  const { result } = ctx;
  const reportRows = (reports: readonly SourceReport[], side: string) =>
    reports.map((r) => {
      const c = countBySeverity(r.findings);
      return [`${side}${r.kind}: ${r.file}`, r.score ?? '', ...SEVERITIES.map((s) => c[s]), r.findings.length];
    });
  return [
    ...verdict(ctx),
    table(
      ['Report', 'Score', ...SEVERITIES, 'total'],
      [...reportRows(ctx.reports, ctx.baseReports ? 'head ' : ''), ...reportRows(ctx.baseReports ?? [], 'base ')],
    ),
    '',
    ...policyLines(ctx),
    ...(result.added.length
      ? [`### New findings (${result.added.length})`, '', findingTable(result.added, true), '']
      : []),
    ...(result.fixed.length ? [`### Fixed (${result.fixed.length})`, '', findingTable(result.fixed, false), ''] : []),
    ...(result.accepted.length
      ? [
          `### Accepted by the baseline (${result.accepted.length})`,
          '',
          table(
            ['Rule', 'Where', 'Owner', 'Expires', 'Reason'],
            result.accepted
              .slice(0, MAX_LISTED)
              .map(({ finding, entry }) => [
                inert(finding.ruleId),
                inert(where(finding)),
                inert(entry.owner),
                entry.expires,
                inert(entry.reason),
              ]),
          ),
          '',
        ]
      : []),
    ...(ctx.commentNote ? [ctx.commentNote, ''] : []),
  ].join('\n');
}

/** The marker that finds this gate's comment again on the next run. */
export function commentMarker(key: string): string {
  return `<!-- shipshape-gate ${key.replace(/[^\w./-]/g, '_')} -->`;
}

export function renderComment(ctx: RenderContext, marker: string): string {
  const { result } = ctx;
  return [
    marker,
    ...verdict(ctx),
    ...policyLines(ctx),
    ...(result.added.length
      ? [`### New findings (${result.added.length})`, '', findingTable(result.added, true), '']
      : ['No new findings.', '']),
    ...(result.fixed.length
      ? [`### Fixed by this pull request (${result.fixed.length})`, '', findingTable(result.fixed, false), '']
      : []),
    cell('To accept a finding, add its fingerprint to the baseline with an owner, a reason and an expiry date.'),
  ].join('\n');
}
