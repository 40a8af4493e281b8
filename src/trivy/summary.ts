// The job summary: counts by severity and scanner, the gate's verdict, the top findings with
// links, and what was ignored or has expired.
import { SEVERITIES, countBySeverity, sortFindings } from '../lib/findings.js';
import { cell, table } from '../lib/markdown.js';
import type { BlockingPolicy } from '../lib/reports/policy.js';
import type { Scanner, TrivyFinding } from '../lib/reports/trivy-json.js';
import type { GateResult } from './gate.js';
import type { AppliedIgnores } from './ignores.js';
import type { IgnorePolicy } from './ignore-policy.js';

const SCANNER_NAME: Record<Scanner, string> = {
  vuln: 'Vulnerabilities',
  misconfig: 'Misconfigurations',
  secret: 'Secrets',
  license: 'Licenses',
};

export function renderSummary(
  title: string,
  applied: AppliedIgnores | undefined,
  gate: GateResult,
  failOn: BlockingPolicy,
  policy?: IgnorePolicy,
  top = 10,
): string {
  const out = [
    `## Trivy: ${title}`,
    '',
    `${gate.passed ? '✅' : '❌'} **${gate.passed ? 'Passed' : 'Failed'}** (fail-on: ${failOn.label}): ${gate.reason}`,
    '',
  ];
  if (policy) out.push(...renderIgnorePolicy(policy));
  if (!applied) return out.join('\n');
  const scanners = [...new Set(applied.kept.map((f) => f.scanner))] as Scanner[];
  const rows = scanners.map((s) => {
    const counts = countBySeverity(applied.kept.filter((f) => f.scanner === s));
    return [SCANNER_NAME[s], ...SEVERITIES.map((sev) => counts[sev])];
  });
  const total = countBySeverity(applied.kept);
  rows.push(['**Total**', ...SEVERITIES.map((sev) => `**${total[sev]}**`)]);
  out.push(table(['Scanner', 'Critical', 'High', 'Medium', 'Low'], rows), '');
  const shown = sortFindings(applied.kept).slice(0, top) as TrivyFinding[];
  if (shown.length) {
    out.push(`### Top findings`, '');
    out.push(
      table(
        ['Severity', 'ID', 'Package', 'Installed', 'Fixed', 'Where'],
        shown.map((f) => [
          f.severity,
          f.helpUri ? `[${cell(f.id)}](${f.helpUri})` : f.id,
          f.pkgName ?? '',
          f.installedVersion ?? '',
          f.fixedVersion ?? (f.scanner === 'vuln' ? 'no fix yet' : ''),
          f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : f.target,
        ]),
      ),
      '',
    );
    if (applied.kept.length > top) out.push(`… and ${applied.kept.length - top} more in the JSON report.`, '');
  }
  if (applied.ignored.length) {
    out.push(`### Ignored (${applied.ignored.length})`, '');
    out.push(
      table(
        ['ID', 'Reason', 'Until', 'Entry'],
        applied.ignored.map(({ finding, entry }) => [finding.id, entry.reason ?? '', entry.expires, entry.source]),
      ),
      '',
    );
  }
  if (applied.expired.length) {
    out.push(`### ⚠️ Expired ignores (${applied.expired.length}) — no longer applied`, '');
    out.push(
      table(
        ['ID', 'Reason', 'Expired', 'Entry'],
        applied.expired.map((e) => [e.id, e.reason ?? '', e.expires, e.source]),
      ),
      '',
    );
  }
  return out.join('\n');
}

/** Where the ignores came from, every entry, and what the pull request would change. */
export function renderIgnorePolicy(policy: IgnorePolicy): string[] {
  const from =
    policy.source === 'base-commit'
      ? `the base commit${policy.baseSha ? ` \`${policy.baseSha.slice(0, 12)}\`` : ''}`
      : 'the working tree';
  const out = [
    `**Ignore policy:** ${policy.file ? `\`${policy.file}\` from ${from}, ${policy.entries.length} entr${policy.entries.length === 1 ? 'y' : 'ies'}` : `no ignore file in ${from}`}.`,
    '',
  ];
  if (policy.warning) out.push(`⚠️ ${policy.warning}.`, '');
  if (policy.changedInPullRequest)
    out.push('### ⚠️ Policy change in this pull request (not applied)', '', ...policy.changes.map((c) => `- ${c}`), '');
  if (policy.entries.length)
    out.push(
      table(
        ['Ignore', 'Paths', 'Reason', 'Until', 'Entry'],
        policy.entries.map((e) => [e.id, e.paths.join(', '), e.reason ?? '', e.expires, e.source]),
      ),
      '',
    );
  return out;
}
