// Every input of migrate-deploy, read and validated once. Defaults live only in action.yml.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../lib/errors.js';
import { getBooleanInput, getChoiceInput, getIntegerInput, getRequiredInput, getStringInput } from '../lib/inputs.js';
import { registerUrlSecrets } from '../lib/redact.js';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
import { DEPLOY_TARGETS, targetCommand, type DeployPlan } from './deploy-plan.js';
import { DESTRUCTIVE_POLICIES, type DestructivePolicy } from './destructive-policy.js';
import { TOOLS, type Tool } from './detect-tool.js';
import { runnerTemp, workspace as runnerWorkspace } from '../lib/action.js';

export interface MigrateDeployInputs {
  workingDirectory: string;
  database: DatabaseTarget;
  tool: Tool | 'auto';
  migrateCommand?: string;
  backupPath: string;
  deploy: DeployPlan;
  healthUrl?: string;
  healthTimeoutMs: number;
  healthExpect?: string;
  rollbackCommand?: string;
  restoreOnFailure: boolean;
  allowSqlite: boolean;
  lockTimeoutMs: number;
  /** Connect, list pending migrations and the release's steps, change nothing. */
  dryRun: boolean;
  destructive: DestructivePolicy;
}

export function getInputs(): MigrateDeployInputs {
  const workspace = runnerWorkspace();
  const workingDirectory = resolve(workspace, getRequiredInput('working-directory'));
  if (!existsSync(workingDirectory))
    throw new ConfigurationError(`input \`working-directory\`: ${getStringInput('working-directory')} does not exist`);
  const rawUrl = getStringInput('database-url') || process.env.DATABASE_URL || '';
  if (!rawUrl) throw new ConfigurationError('input `database-url` is required (or set DATABASE_URL in the env)');
  const database = parseDatabaseUrl(rawUrl, workingDirectory);
  const hook = getStringInput('deploy-hook-url');
  registerUrlSecrets(hook);
  const deployCommand = getStringInput('deploy-command');
  const target = getStringInput('deploy-target');
  const chosen = [deployCommand && 'deploy-command', hook && 'deploy-hook-url', target && 'deploy-target'].filter(
    Boolean,
  );
  if (chosen.length > 1)
    throw new ConfigurationError(
      `set only one of deploy-command, deploy-hook-url and deploy-target (got ${chosen.join(' and ')})`,
    );
  if (hook && !/^https?:\/\//.test(hook))
    throw new ConfigurationError('input `deploy-hook-url` must be an http(s) URL');
  if (target && !(DEPLOY_TARGETS as readonly string[]).includes(target))
    throw new ConfigurationError(
      `input \`deploy-target\` must be one of ${DEPLOY_TARGETS.join(', ')} (got \`${target}\`)`,
    );
  const deploy: DeployPlan = deployCommand
    ? { kind: 'command', command: deployCommand }
    : hook
      ? { kind: 'hook', url: hook }
      : target
        ? {
            kind: 'target',
            target: target as (typeof DEPLOY_TARGETS)[number],
            argv: targetCommand(target as (typeof DEPLOY_TARGETS)[number]),
          }
        : { kind: 'none' };
  const healthUrl = getStringInput('health-url') || undefined;
  if (healthUrl && !/^https?:\/\//.test(healthUrl))
    throw new ConfigurationError(`input \`health-url\` must be an http(s) URL (got \`${healthUrl}\`)`);
  return {
    workingDirectory,
    database,
    tool: getChoiceInput('tool', ['auto', ...TOOLS] as const),
    migrateCommand: getStringInput('migrate-command') || undefined,
    backupPath: backupPathInput(workspace),
    deploy,
    healthUrl,
    healthTimeoutMs: getIntegerInput('health-timeout', { min: 1, max: 3600 }) * 1000,
    healthExpect: getStringInput('health-expect') || undefined,
    rollbackCommand: getStringInput('rollback-command') || undefined,
    restoreOnFailure: getBooleanInput('restore-on-failure'),
    allowSqlite: getBooleanInput('allow-sqlite'),
    lockTimeoutMs: getIntegerInput('lock-timeout', { min: 0, max: 7200 }) * 1000,
    dryRun: getBooleanInput('dry-run'),
    destructive: getChoiceInput('destructive', DESTRUCTIVE_POLICIES),
  };
}

// A trailing slash means "a folder": keep it through resolve(), which drops it.
function backupPathInput(workspace: string): string {
  const raw = getStringInput('backup-path');
  if (!raw) return `${join(runnerTemp(), 'shipshape-backups')}/`;
  return resolve(workspace, raw) + (raw.endsWith('/') ? '/' : '');
}
