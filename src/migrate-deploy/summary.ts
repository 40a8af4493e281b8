// The job summary: each phase with its result and time, then the pending migrations, the
// destructive changes found in them, and (dry run) the steps the release would take.
import { codeSpan, table } from '../lib/markdown.js';
import type { DestructiveReport } from './destructive.js';
import type { MigrationPlan } from './detect-tool.js';
import type { MigrateDeployInputs } from './inputs.js';

export interface PhaseRecord {
  name: string;
  result: 'ok' | 'failed' | 'skipped';
  ms: number;
  detail: string;
}

const ICON = { ok: '✅', failed: '❌', skipped: '⏭️' } as const;

/** What a release with these inputs would do, step by step (no secret: the hook URL is never shown). */
export function releasePlan(inputs: MigrateDeployInputs, plan: MigrationPlan): string[] {
  const db = inputs.database;
  const steps: string[] = [];
  if (db.kind === 'postgres' || db.kind === 'mysql')
    steps.push(
      `Lock: take the advisory lock (${db.kind === 'postgres' ? 'pg_try_advisory_lock' : 'GET_LOCK'}), waiting up to ${inputs.lockTimeoutMs / 1000} s`,
    );
  const tool = db.kind === 'postgres' ? 'pg_dump' : db.kind === 'mysql' ? 'mysqldump' : 'sqlite3 .backup';
  steps.push(`Backup: ${tool} into ${codeSpan(inputs.backupPath)}, verified before migrating`);
  steps.push(`Migrate: ${codeSpan(plan.command.join(' '))} (${plan.tool})`);
  const d = inputs.deploy;
  steps.push(
    d.kind === 'command'
      ? `Deploy: ${codeSpan(d.command)}`
      : d.kind === 'hook'
        ? 'Deploy: POST the deploy hook (URL masked)'
        : d.kind === 'target'
          ? `Deploy: ${codeSpan(d.argv.join(' '))}`
          : 'Deploy: none (no deploy-command, deploy-hook-url or deploy-target)',
  );
  if (inputs.healthUrl)
    steps.push(`Verify: poll ${codeSpan(inputs.healthUrl)} for up to ${inputs.healthTimeoutMs / 1000} s`);
  const rollback = [
    inputs.rollbackCommand && `run ${codeSpan(inputs.rollbackCommand)}`,
    inputs.restoreOnFailure && 'restore the backup',
  ].filter(Boolean);
  steps.push(
    `On a failed deploy or health check: ${rollback.length ? rollback.join(', then ') : 'nothing to roll back with'}`,
  );
  return steps;
}

export function renderSummary(
  database: string,
  phases: readonly PhaseRecord[],
  pending: readonly string[] | undefined,
  verdict: string,
  extra: { destructive?: DestructiveReport; plan?: string[] } = {},
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
  const d = extra.destructive;
  if (d?.changes.length) {
    out.push('### Destructive changes', '');
    out.push(
      table(
        ['Migration', 'Change'],
        d.changes.map((c) => [codeSpan(c.migration), c.change]),
      ),
      '',
    );
  }
  if (d?.unchecked.length)
    out.push(
      `Not checked for destructive changes: ${d.unchecked.map((u) => `${codeSpan(u.migration)} (${u.reason})`).join(', ')}.`,
      '',
    );
  if (extra.plan) out.push('### What the release would do', '', ...extra.plan.map((s, i) => `${i + 1}. ${s}`), '');
  return out.join('\n');
}
