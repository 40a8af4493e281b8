// One comment per pull request and gate: found again by its marker among the comments the bot
// wrote, and updated in place; a new one only when there is none yet.
import { fetchWithRetry } from '../lib/http.js';
import type { PullRequestContext } from './pull-request.js';

export interface CommentOutcome {
  url?: string;
  action: 'created' | 'updated' | 'refused';
  /** Why the comment could not be written (no permission, API error), for the summary. */
  problem?: string;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
  user?: { login?: string; type?: string };
}

const MAX_PAGES = 10;

export async function upsertComment(
  apiUrl: string,
  token: string,
  pr: PullRequestContext,
  marker: string,
  body: string,
): Promise<CommentOutcome> {
  const headers = {
    authorization: `Bearer ${token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'content-type': 'application/json',
    'user-agent': 'shipshape-gate',
  };
  const api = apiUrl.replace(/\/+$/, '');
  const repo = pr.repository.split('/').map(encodeURIComponent).join('/');
  const call = async (method: string, path: string, json?: unknown) => {
    const response = await fetchWithRetry(
      `${api}${path}`,
      { method, headers, body: json === undefined ? undefined : JSON.stringify(json) },
      { attempts: 3 },
      `${method} ${path.split('?')[0]}`,
    );
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const refused = (status: number, what: string): CommentOutcome => ({
    action: 'refused',
    problem:
      status === 403 || status === 401 || status === 404
        ? `the token cannot ${what} (HTTP ${status}): give the job \`pull-requests: write\` (a pull request from a fork gets a read-only token)`
        : `GitHub answered HTTP ${status} when the gate tried to ${what}`,
  });

  let existing: IssueComment | undefined;
  for (let page = 1; page <= MAX_PAGES && !existing; page++) {
    const list = await call('GET', `/repos/${repo}/issues/${pr.number}/comments?per_page=100&page=${page}`);
    if (list.status !== 200 || !Array.isArray(list.json)) return refused(list.status, 'read the pull request comments');
    const comments = list.json as IssueComment[];
    // Only a bot's comment: anyone can paste the marker into a comment of their own.
    existing = comments.find((c) => c.user?.type === 'Bot' && c.body?.startsWith(marker));
    if (comments.length < 100) break;
  }
  if (existing) {
    const updated = await call('PATCH', `/repos/${repo}/issues/comments/${existing.id}`, { body });
    if (updated.status !== 200) return refused(updated.status, 'update its pull request comment');
    return { action: 'updated', url: (updated.json as IssueComment).html_url ?? existing.html_url };
  }
  const created = await call('POST', `/repos/${repo}/issues/${pr.number}/comments`, { body });
  if (created.status !== 201) return refused(created.status, 'comment on the pull request');
  return { action: 'created', url: (created.json as IssueComment).html_url };
}
