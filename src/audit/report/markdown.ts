// The Markdown report, in the spirit of the hand-written audits our users bring: an executive
// summary of category scores, then findings by severity with evidence and remediation.
import { SEVERITIES, countBySeverity, type Finding, type Severity } from '../../lib/findings.js';
import { table, codeSpan } from '../../lib/markdown.js';
import { CATEGORIES, type Category } from '../../lib/reports/categories.js';
import { categoryOf } from '../rules/rule.js';
import type { AuditResult } from '../engine.js';
import type { PolicySummary } from '../policy.js';

const ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };
const CATEGORY_NAME: Record<Category, string> = {
  container: 'Containers',
  ci: 'CI/CD',
  scripts: 'Scripts',
  database: 'Database',
  backup: 'Backups',
  secrets: 'Secrets',
  config: 'Configuration',
  observability: 'Observability',
  security: 'Security',
  docs: 'Docs & runbooks',
};

export function renderMarkdown(
  result: AuditResult,
  options: { failOn?: string; passed?: boolean; fileUrl?: (f: Finding) => string | undefined } = {},
): string {
  const counts = countBySeverity(result.findings);
  const out: string[] = [];
  out.push(`# shipshape production-readiness audit`, '');
  const verdict =
    options.passed === undefined
      ? ''
      : options.passed
        ? ' — ✅ gate passed'
        : ` — ❌ gate failed (fail-on: ${options.failOn})`;
  out.push(`**Overall score: ${result.scores.overall}/100**${verdict}`, '');
  out.push(
    `${SEVERITIES.map((s) => `${ICON[s]} ${counts[s]} ${s}`).join(' · ')} — ${result.filesIndexed} files read in ${result.durationMs} ms`,
    '',
  );
  out.push('## Executive summary', '');
  const byCategory = new Map<Category, Finding[]>();
  for (const f of result.findings) {
    const c = categoryOf(f.ruleId);
    byCategory.set(c, [...(byCategory.get(c) ?? []), f]);
  }
  out.push(
    table(
      ['Category', 'Score', 'Findings', 'Worst'],
      CATEGORIES.map((c) => {
        const list = byCategory.get(c) ?? [];
        const worst = SEVERITIES.find((s) => list.some((f) => f.severity === s));
        return [
          CATEGORY_NAME[c],
          `${result.scores.categories[c]}/100`,
          list.length,
          worst ? `${ICON[worst]} ${worst}` : '✅ none',
        ];
      }),
    ),
    '',
  );
  for (const severity of SEVERITIES) {
    const list = result.findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    out.push(`## ${ICON[severity]} ${severity[0].toUpperCase()}${severity.slice(1)} (${list.length})`, '');
    list.forEach((f, i) => {
      out.push(`### ${i + 1}. ${f.title}`, '');
      const where = f.file ? `${codeSpan(f.file + (f.line ? `:${f.line}` : ''))}` : 'repository';
      const link = options.fileUrl?.(f);
      const sure = f.confidence && f.confidence !== 'high' ? ` · **Confidence:** ${f.confidence}` : '';
      out.push(`**Rule:** ${codeSpan(f.ruleId)} · **Location:** ${link ? `[${where}](${link})` : where}${sure}`, '');
      out.push(`**Evidence:** ${f.message}`, '');
      out.push(`**Remediation:** ${f.remediation}`, '');
    });
  }
  if (!result.findings.length) out.push('No findings: every rule that applies to this repository passed.', '');
  if (result.suppressed.length) {
    out.push('## Suppressed', '');
    out.push(
      table(
        ['Rule', 'Location', 'Reason', 'Expires'],
        result.suppressed.map((s) => [s.finding.ruleId, s.finding.file ?? 'repository', s.reason, s.expires ?? '']),
      ),
      '',
    );
  }
  if (result.policy) out.push(...renderPolicy(result.policy));
  if (result.warnings.length) {
    out.push(
      '## Read warnings',
      '',
      'These files could not be read fully; rules that needed them may have missed something.',
      '',
    );
    out.push(
      table(
        ['File', 'Problem'],
        result.warnings.map((w) => [w.file, w.message]),
      ),
      '',
    );
  }
  return out.join('\n');
}

/** The policy section: where it came from, what the pull request would change, all it silences. */
export function renderPolicy(policy: PolicySummary): string[] {
  const out = ['## Policy', ''];
  const from =
    policy.source === 'base-commit'
      ? `read from the base commit${policy.baseSha ? ` ${codeSpan(policy.baseSha.slice(0, 12))}` : ''}`
      : 'read from the working tree';
  out.push(`${codeSpan(policy.file)}: ${policy.applied ? from : `none applied (${from})`}.`, '');
  if (policy.warning) out.push(`⚠️ ${policy.warning}.`, '');
  if (policy.changedInPullRequest) {
    out.push(`### ⚠️ Policy change in this pull request (not applied)`, '');
    out.push(...policy.changes.map((c) => `- ${c}`), '');
  }
  const rows: (string | number)[][] = [
    ...policy.disabledRules.map((id) => ['rule disabled', codeSpan(id), '', '']),
    ...Object.entries(policy.severityOverrides).map(([id, sev]) => ['severity changed', codeSpan(id), sev, '']),
    ...policy.ignore.map((glob) => ['files ignored', codeSpan(glob), '', '']),
    ...policy.suppressions.map((s) => [
      'suppression',
      `${codeSpan(s.rule)} at ${codeSpan(s.path)}`,
      s.reason,
      s.expires,
    ]),
  ];
  if (rows.length) out.push(table(['What', 'Which', 'Detail', 'Until'], rows), '');
  else if (policy.applied) out.push('It disables no rule and ignores or suppresses nothing.', '');
  return out;
}
