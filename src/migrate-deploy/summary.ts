// The job summary: each phase with its result and time, then the pending migrations.
import { table } from '../lib/markdown.js';

export interface PhaseRecord {
  name: string;
  result: 'ok' | 'failed' | 'skipped';
  ms: number;
  detail: string;
}

const ICON = { ok: '✅', failed: '❌', skipped: '⏭️' } as const;

export function renderSummary(
  database: string,
  phases: readonly PhaseRecord[],
  pending: readonly string[] | undefined,
  verdict: string,
): string {
  const out = ['## Migrate and deploy', '', `Database: \`${database}\``, '', verdict, ''];
  out.push(
    table(
      ['Phase', 'Result', 'Time', 'Detail'],
      phases.map((p) => [p.name, `${ICON[p.result]} ${p.result}`, `${(p.ms / 1000).toFixed(1)} s`, p.detail]),
    ),
    '',
  );
  if (pending)
    out.push(
      pending.length
        ? `Pending migrations before the release (${pending.length}): ${pending.map((m) => `\`${m}\``).join(', ')}`
        : 'No pending migrations.',
      '',
    );
  return out.join('\n');
}
