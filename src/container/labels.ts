// OCI annotations every image gets, so a registry page and a scanner can trace it to its source commit.
import { runCommand } from '../lib/exec.js';

export interface LabelContext {
  serverUrl: string;
  repository: string; // owner/repo
  sha: string;
  version: string;
  created: Date;
}

export function computeOciLabels(ctx: LabelContext): Record<string, string> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.created': ctx.created.toISOString(),
    'org.opencontainers.image.version': ctx.version,
  };
  if (ctx.repository) {
    labels['org.opencontainers.image.source'] = `${ctx.serverUrl.replace(/\/$/, '')}/${ctx.repository}`;
    labels['org.opencontainers.image.title'] = ctx.repository.split('/').pop()!;
  }
  if (ctx.sha) labels['org.opencontainers.image.revision'] = ctx.sha;
  return labels;
}

/**
 * `created` is the commit's time (or SOURCE_DATE_EPOCH), not the clock: a rebuild of the same commit
 * then has the same labels, so the builder's layer cache holds to the last step and the image is
 * reproducible. Outside a git checkout it falls back to now.
 */
export async function imageCreatedTime(workspace: string, env: NodeJS.ProcessEnv = process.env): Promise<Date> {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) && epoch >= 0) return new Date(epoch * 1000);
  try {
    const log = await runCommand('git', ['log', '-1', '--format=%ct'], {
      cwd: workspace,
      allowFailure: true,
      timeoutMs: 10000,
    });
    const seconds = Number(log.stdout.trim());
    if (log.exitCode === 0 && Number.isInteger(seconds) && seconds > 0) return new Date(seconds * 1000);
  } catch {
    /* no git on the runner */
  }
  return new Date();
}
