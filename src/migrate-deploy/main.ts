// migrate-deploy: preflight, destructive-change check, lock, backup, migrate, deploy, verify —
// stopping at the first failure — and roll back (rollback-command, then the backup when
// restore-on-failure) when the deploy or its verification fails. A dry run stops after the check.
// Each phase is a step() of src/lib/action.ts: a log group, timed for the summary.
import * as core from '../lib/runner.js';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { runCommand } from '../lib/exec.js';
import { redact } from '../lib/redact.js';
import { writeJobSummary } from '../lib/summary.js';
import { backupFile, createBackup, restoreBackup, type Backup } from './backup.js';
import { connect, ConnectError } from './connection.js';
import { pgEnvironment, toolUrl } from './database-url.js';
import { deploy } from './deploy.js';
import { checkDestructive, type DestructiveReport } from './destructive.js';
import { planMigration, type MigrationPlan } from './detect-tool.js';
import { getInputs, type MigrateDeployInputs } from './inputs.js';
import { acquireLock, type HeldLock } from './lock.js';
import { listPending, type PendingMigration } from './pending.js';
import { releasePlan, renderSummary, type PhaseRecord } from './summary.js';
import { waitHealthy } from './verify.js';
import { stepRecords, timedStep } from '../lib/action.js';

export async function run(inputs: MigrateDeployInputs = getInputs()): Promise<void> {
  const phases: PhaseRecord[] = [];
  const out = { applied: 0, backupPath: '', deployed: false, rolledBack: false, health: '' };
  let pending: string[] | undefined;
  let destructive: DestructiveReport | undefined;
  let plannedSteps: string[] | undefined;
  let lock: HeldLock | undefined;
  let verdict = '';

  const phase = async <T>(name: string, fn: () => Promise<T>, describe: (value: T) => string): Promise<T> => {
    try {
      const { value, ms } = await timedStep(name, fn);
      phases.push({ name, result: 'ok', ms, detail: describe(value) });
      return value;
    } catch (error) {
      const ms = stepRecords().at(-1)?.ms ?? 0;
      phases.push({ name, result: 'failed', ms, detail: redact(errorMessage(error)) });
      throw error;
    }
  };

  try {
    const plan = await phase(
      'Preflight',
      () => preflight(inputs),
      (p) =>
        `${p.plan.tool} (${p.plan.evidence}); ${p.pending ? `${p.pending.length} pending` : 'pending migrations not listed for this tool'}`,
    );
    pending = plan.pending?.map((m) => m.id);
    const db = inputs.database;
    const env = { DATABASE_URL: toolUrl(db), ...(db.kind === 'postgres' ? pgEnvironment(db) : {}) };

    if (inputs.destructive !== 'allow') {
      destructive = await phase(
        'Check',
        () => destructiveCheck(inputs, plan.plan, plan.pending, (r) => (destructive = r)),
        (r) =>
          `${r.changes.length} destructive change${r.changes.length === 1 ? '' : 's'}${r.unchecked.length ? `, ${r.unchecked.length} migration${r.unchecked.length === 1 ? '' : 's'} not checked` : ''}`,
      );
    }
    if (inputs.dryRun) {
      plannedSteps = releasePlan(inputs, plan.plan);
      verdict = `🔍 Dry run: ${pending ? `${pending.length} pending migration${pending.length === 1 ? '' : 's'}` : 'pending migrations not listed for this tool'}; nothing was changed.`;
      return;
    }

    if (db.kind === 'postgres' || db.kind === 'mysql') {
      lock = await phase(
        'Lock',
        () =>
          acquireLock(db, inputs.lockTimeoutMs, () => core.info('Another release holds the migration lock; waiting…')),
        (l) => `advisory lock held${l.waitedMs > 1000 ? ` after waiting ${Math.round(l.waitedMs / 1000)} s` : ''}`,
      );
    }
    const backup = await phase(
      'Backup',
      () => createBackup(db, backupFile(inputs.backupPath, db)),
      (b) => (b.path ? `${b.path} (${b.bytes} bytes, ${b.entries} entries verified)` : 'no database file yet'),
    );
    out.backupPath = backup.path;

    try {
      await phase(
        'Migrate',
        () =>
          runCommand(plan.plan.command[0], plan.plan.command.slice(1), {
            cwd: inputs.workingDirectory,
            env,
            onLine: (line) => core.info(line),
          }),
        () => `${plan.plan.command.slice(0, 4).join(' ')}`,
      );
    } catch (error) {
      throw new Error(
        `migration failed: ${errorMessage(error)}; nothing was deployed and the database is as ${plan.plan.tool} left it${backup.path ? `; backup: ${backup.path}` : ''}`,
      );
    }
    const after =
      db.kind === 'postgres' || db.kind === 'mysql'
        ? await listPending(plan.plan, inputs.workingDirectory, db).catch(() => undefined)
        : undefined;
    out.applied = pending && after ? pending.length - after.length : 0;

    try {
      await phase(
        'Deploy',
        () => deploy(inputs.deploy, inputs.workingDirectory, env),
        (d) => d,
      );
      out.deployed = inputs.deploy.kind !== 'none';
      if (inputs.healthUrl) {
        const health = await phase(
          'Verify',
          async () => {
            const result = await waitHealthy(inputs.healthUrl!, inputs.healthTimeoutMs, inputs.healthExpect);
            out.health = result.status;
            if (!result.healthy)
              throw new Error(
                `${inputs.healthUrl} did not turn healthy within ${inputs.healthTimeoutMs / 1000} s: ${result.status}`,
              );
            return result;
          },
          (h) => `HTTP ${h.status}`,
        );
        out.health = health.status;
      }
    } catch (error) {
      const rolledBack = await rollBack(inputs, backup, phase);
      out.rolledBack = rolledBack.length > 0;
      throw new Error(
        `${errorMessage(error)}; ${rolledBack.length ? `rolled back (${rolledBack.join(', ')})` : 'nothing to roll back with (set rollback-command and restore-on-failure)'}${backup.path ? `; backup: ${backup.path}` : ''}`,
      );
    }
    verdict = `✅ Released: ${out.applied} migration${out.applied === 1 ? '' : 's'} applied${out.deployed ? ', deployed' : ''}${out.health ? `, healthy (HTTP ${out.health})` : ''}.`;
  } catch (error) {
    verdict = `❌ ${redact(errorMessage(error))}`;
    throw error;
  } finally {
    await lock?.release();
    core.setOutput('migrations-applied', out.applied);
    core.setOutput('backup-path', out.backupPath);
    core.setOutput('deployed', String(out.deployed));
    core.setOutput('rolled-back', String(out.rolledBack));
    core.setOutput('health-status', out.health);
    core.setOutput('pending-count', pending?.length ?? '');
    core.setOutput('pending', pending?.join('\n') ?? '');
    core.setOutput(
      'destructive-changes',
      destructive?.changes.map((c) => `${c.migration}: ${c.change}`).join('\n') ?? '',
    );
    await writeJobSummary(
      renderSummary(inputs.database.display, phases, pending, verdict, { destructive, plan: plannedSteps }),
    );
  }
}

async function preflight(inputs: MigrateDeployInputs): Promise<{ plan: MigrationPlan; pending?: PendingMigration[] }> {
  const db = inputs.database;
  if (db.kind === 'sqlite' && !inputs.allowSqlite) {
    throw new ConfigurationError(
      `input \`database-url\` is a SQLite file (${db.display}): on a CI runner that file is thrown away with the runner, so the migrated data and its backup would be lost. Point it at a managed database, or set allow-sqlite: true if the file lives on a persistent volume`,
    );
  }
  const plan = planMigration(inputs.workingDirectory, inputs.tool, inputs.migrateCommand);
  for (const [input, command] of [
    ['deploy-command', inputs.deploy.kind === 'command' ? inputs.deploy.command : undefined],
    ['rollback-command', inputs.rollbackCommand],
  ] as const) {
    const first = command?.trim().split(/\s+/)[0];
    if (first && !first.includes('=')) {
      const found = await runCommand('bash', ['-c', 'command -v -- "$1"', 'bash', first], { allowFailure: true });
      if (found.exitCode !== 0)
        throw new ConfigurationError(`input \`${input}\`: \`${first}\` is not a command on this runner`);
    }
  }
  if (db.kind !== 'postgres' && db.kind !== 'mysql') return { plan };
  try {
    await (await connect(db)).end();
  } catch (error) {
    const code = error instanceof ConnectError ? error.code : undefined;
    throw new ConfigurationError(
      `input \`database-url\`: the database at ${db.display} is unreachable (${code ?? redact(errorMessage(error))})`,
    );
  }
  return { plan, pending: await listPending(plan, inputs.workingDirectory, db) };
}

/** Fails (destructive: fail) or warns (warn) when pending SQL drops, renames or adds NOT NULL without a default. */
async function destructiveCheck(
  inputs: MigrateDeployInputs,
  plan: MigrationPlan,
  pending: PendingMigration[] | undefined,
  found: (report: DestructiveReport) => void,
): Promise<DestructiveReport> {
  if (!pending) {
    core.info('pending migrations are not listed for this tool, so their SQL is not checked');
    return { changes: [], unchecked: [] };
  }
  const report = await checkDestructive(pending, plan.tool, inputs.database.kind);
  found(report);
  for (const u of report.unchecked) core.warning(`destructive-change check: ${u.migration} not checked: ${u.reason}`);
  for (const c of report.changes) core.info(`${c.migration}: ${c.change}`);
  if (report.changes.length && inputs.destructive === 'fail')
    throw new ConfigurationError(
      `pending migrations make destructive changes: ${report.changes.map((c) => `${c.migration}: ${c.change}`).join('; ')}. Nothing was changed; set destructive: warn (or allow) to release them`,
    );
  for (const c of report.changes) core.warning(`destructive change in ${c.migration}: ${c.change}`);
  return report;
}

async function rollBack(
  inputs: MigrateDeployInputs,
  backup: Backup,
  phase: <T>(name: string, fn: () => Promise<T>, describe: (value: T) => string) => Promise<T>,
): Promise<string[]> {
  const done: string[] = [];
  if (inputs.rollbackCommand) {
    try {
      await phase(
        'Rollback',
        () =>
          runCommand('bash', ['-c', inputs.rollbackCommand!], {
            cwd: inputs.workingDirectory,
            onLine: (l) => core.info(l),
          }),
        () => 'rollback-command succeeded',
      );
      done.push('rollback-command');
    } catch (error) {
      core.error(`rollback-command failed: ${errorMessage(error)}`);
    }
  }
  if (inputs.restoreOnFailure && backup.path) {
    try {
      await phase(
        'Restore',
        () => restoreBackup(inputs.database, backup),
        () => `restored ${backup.path}`,
      );
      done.push('backup restored');
    } catch (error) {
      core.error(`restore of ${backup.path} failed: ${errorMessage(error)}`);
    }
  }
  return done;
}
