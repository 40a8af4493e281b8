// The pull request the run judges, from the event payload the runner wrote (never the checkout):
// its number and repository for the comment, its base commit for the policy.
import { existsSync, readFileSync } from 'node:fs';
import { pullRequestBaseSha } from '../lib/pull-request-base.js';

export interface PullRequestContext {
  number: number;
  baseSha: string;
  /** owner/name */
  repository: string;
}

/** The pull request of a pull_request or pull_request_target event, else undefined. */
export function pullRequestContext(env: NodeJS.ProcessEnv = process.env): PullRequestContext | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (event !== 'pull_request' && event !== 'pull_request_target') return undefined;
  const path = env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) throw new Error(`a ${event} event without its payload (GITHUB_EVENT_PATH)`);
  const payload = JSON.parse(readFileSync(path, 'utf8')) as {
    pull_request?: { number?: number };
    repository?: { full_name?: string };
  };
  const number = payload.pull_request?.number;
  const baseSha = pullRequestBaseSha(env);
  const repository = env.GITHUB_REPOSITORY || payload.repository?.full_name;
  if (!number || !baseSha || !repository)
    throw new Error(`the ${event} payload has no pull request number, base commit or repository`);
  return { number, baseSha, repository };
}
