// `fix: pull-request`: the files init planned, committed on one branch (shipshape/init) through the
// Git data API, and one pull request opened for it, or updated when it is already open. Nothing is
// written to the checked-out workspace, and nothing is pushed with git: the token stays in a header.
import { fetchWithRetry, HttpError } from '../lib/http.js';

export const FIX_BRANCH = 'shipshape/init';

export interface FixPullRequest {
  apiUrl: string;
  token: string;
  /** owner/name */
  repository: string;
  base: string;
  files: { path: string; content: string }[];
  title: string;
  body: string;
}

export interface FixPullRequestResult {
  url: string;
  number: number;
  created: boolean;
  commit: string;
}

export async function openFixPullRequest(req: FixPullRequest): Promise<FixPullRequestResult> {
  const api = githubApi(req.apiUrl, req.token);
  const repo = `/repos/${req.repository}`;
  const baseRef = await api<{ object: { sha: string } }>('GET', `${repo}/git/ref/heads/${encodeRef(req.base)}`);
  const baseCommit = await api<{ tree: { sha: string } }>('GET', `${repo}/git/commits/${baseRef.object.sha}`);
  const tree = await api<{ sha: string }>('POST', `${repo}/git/trees`, {
    base_tree: baseCommit.tree.sha,
    tree: req.files.map((f) => ({ path: f.path, mode: '100644', type: 'blob', content: f.content })),
  });
  const commit = await api<{ sha: string }>('POST', `${repo}/git/commits`, {
    message: req.title,
    tree: tree.sha,
    parents: [baseRef.object.sha],
  });
  // The branch is ours: it always holds exactly one commit on top of the base.
  const existing = await api<{ object: { sha: string } } | undefined>(
    'GET',
    `${repo}/git/ref/heads/${encodeRef(FIX_BRANCH)}`,
    undefined,
    true,
  );
  if (existing) await api('PATCH', `${repo}/git/refs/heads/${encodeRef(FIX_BRANCH)}`, { sha: commit.sha, force: true });
  else await api('POST', `${repo}/git/refs`, { ref: `refs/heads/${FIX_BRANCH}`, sha: commit.sha });

  const owner = req.repository.split('/')[0];
  const open = await api<{ number: number; html_url: string }[]>(
    'GET',
    `${repo}/pulls?state=open&head=${encodeURIComponent(`${owner}:${FIX_BRANCH}`)}&base=${encodeURIComponent(req.base)}`,
  );
  if (open.length) {
    const pr = await api<{ number: number; html_url: string }>('PATCH', `${repo}/pulls/${open[0].number}`, {
      title: req.title,
      body: req.body,
    });
    return { url: pr.html_url, number: pr.number, created: false, commit: commit.sha };
  }
  const pr = await api<{ number: number; html_url: string }>('POST', `${repo}/pulls`, {
    title: req.title,
    head: FIX_BRANCH,
    base: req.base,
    body: req.body,
  });
  return { url: pr.html_url, number: pr.number, created: true, commit: commit.sha };
}

const encodeRef = (ref: string) => ref.split('/').map(encodeURIComponent).join('/');

/** One REST call; errors name the method, path and status, never the token or the response body. */
function githubApi(apiUrl: string, token: string) {
  return async <T>(method: string, path: string, body?: unknown, missingIsUndefined = false): Promise<T> => {
    const label = `GitHub API ${method} ${path.split('?')[0]}`;
    const response = await fetchWithRetry(
      `${apiUrl.replace(/\/$/, '')}${path}`,
      {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      { attempts: 3, retryOn: (s) => s === 429 || s >= 500 },
      label,
    );
    if (missingIsUndefined && response.status === 404) {
      await response.body?.cancel();
      return undefined as T;
    }
    if (!response.ok) {
      await response.body?.cancel();
      const hint =
        response.status === 403 || response.status === 404
          ? ' (the token needs contents: write and pull-requests: write)'
          : '';
      throw new HttpError(`${label} answered ${response.status}${hint}`, response.status);
    }
    return (await response.json()) as T;
  };
}
