// The merge as Markdown for the job summary: totals, the score bands, then one row per repository,
// worst first. Every text from a report is escaped: the summary renders inline HTML.
import { cell, plainText, table } from '../lib/markdown.js';
import type { Severity } from '../lib/findings.js';
import { CATEGORIES } from '../lib/reports/categories.js';
import { findingUrl, repositoryUrl } from './finding-link.js';
import type { FleetEntry, FleetSummary } from './merge.js';

const ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };

export function renderFleetMarkdown(summary: FleetSummary, options: { serverUrl: string; maxRows?: number }): string {
  const out: string[] = ['# shipshape fleet audit', ''];
  const n = summary.entries.length;
  out.push(
    `**${n} ${n === 1 ? 'repository' : 'repositories'}** · mean score ${summary.meanScore}/100 · ` +
      `${ICON.critical} ${summary.totals.critical} critical · ${ICON.high} ${summary.totals.high} high`,
    '',
  );
  out.push(
    `Score bands: ${summary.bands
      .filter((b) => b.count)
      .map((b) => `${b.label}: ${b.count}`)
      .join(' · ')}`,
    '',
  );
  const shown = options.maxRows !== undefined ? summary.entries.slice(0, options.maxRows) : summary.entries;
  const header = [
    'Repository',
    'Score',
    ...(summary.hasPrevious ? ['Change'] : []),
    ...CATEGORIES,
    'Critical',
    'High',
    'Top findings',
  ];
  out.push(
    table(
      header,
      shown.map((e) => [
        repositoryCell(e, options.serverUrl),
        e.score,
        ...(summary.hasPrevious ? [change(e)] : []),
        ...CATEGORIES.map((c) => e.categories[c] ?? ''),
        e.counts.critical,
        e.counts.high,
        e.top.map((f) => topFinding(e, f, options.serverUrl)).join('<br>'),
      ]),
    ),
    '',
  );
  if (shown.length < n) out.push(`… and ${n - shown.length} more repositories in the HTML and JSON reports.`, '');
  if (summary.removed.length)
    out.push(`No report this time for: ${summary.removed.map((r) => cell(plainText(r))).join(', ')}`, '');
  const notMerged = [...summary.unreadable, ...summary.duplicates];
  if (notMerged.length) {
    out.push(`## ${notMerged.length} report${notMerged.length === 1 ? '' : 's'} not merged`, '');
    for (const u of notMerged) out.push(`- ${plainText(u.reason)}`);
    out.push('');
  }
  return out.join('\n');
}

function repositoryCell(e: FleetEntry, serverUrl: string): string {
  const url = repositoryUrl(e, serverUrl);
  return url ? `[${plainText(e.repository)}](${url})` : `${plainText(e.repository)} (file name)`;
}

export function change(e: FleetEntry): string {
  if (e.isNew) return 'new';
  if (e.delta === undefined) return '';
  return e.delta > 0 ? `+${e.delta}` : e.delta < 0 ? `−${-e.delta}` : '0';
}

function topFinding(e: FleetEntry, f: FleetEntry['top'][number], serverUrl: string): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
  const url = findingUrl(e, f, serverUrl);
  const place = where ? (url ? ` [${plainText(where)}](${url})` : ` ${plainText(where)}`) : '';
  return `${ICON[f.severity]} ${plainText(f.ruleId)}${place}`;
}
