// The trusted side of a pull request: the base commit whose policy files (.shipshape.yml,
// .trivyignore) judge the change. Read from the runner's event payload, never from the checkout.
import { readFileSync } from 'node:fs';
import { isCommitSha } from './git-read.js';

const BASED_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** The base commit's sha on a pull-request (or merge-queue) event, else undefined. */
export function pullRequestBaseSha(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (!BASED_EVENTS.has(event) || !env.GITHUB_EVENT_PATH) return undefined;
  let payload: { pull_request?: { base?: { sha?: unknown } }; merge_group?: { base_sha?: unknown } };
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
  const sha = event === 'merge_group' ? payload.merge_group?.base_sha : payload.pull_request?.base?.sha;
  return isCommitSha(sha) ? sha : undefined;
}

/** True on an event where a base commit must exist (then a missing one is not a reason to trust the head). */
export function isPullRequestEvent(env: NodeJS.ProcessEnv = process.env): boolean {
  return BASED_EVENTS.has(env.GITHUB_EVENT_NAME ?? '');
}
