// An organization's repositories from the GitHub REST API, every page (the Link header's `next`),
// for the fleet workflow's first job. The token comes from the environment, never an argument, and
// a `next` link is followed only on the API's own origin.
import { fetchWithRetry, HttpError } from '../lib/http.js';
import { ConfigurationError } from '../lib/errors.js';

export interface ListedRepository {
  fullName: string;
  name: string;
  archived: boolean;
  fork: boolean;
}

export interface ListOptions {
  apiUrl: string;
  organization: string;
  token?: string;
  /** Per page; the API allows up to 100. */
  perPage?: number;
}

export async function listRepositories(options: ListOptions): Promise<ListedRepository[]> {
  const base = options.apiUrl.replace(/\/+$/, '');
  const org = encodeURIComponent(options.organization);
  const query = `?per_page=${options.perPage ?? 100}&type=all&sort=full_name`;
  const first = await getPage(`${base}/orgs/${org}/repos${query}`, options);
  // A user account is not an organization: the same listing lives under /users/.
  const start = first.status === 404 ? await getPage(`${base}/users/${org}/repos${query}`, options) : first;
  if (start.status === 404)
    throw new ConfigurationError(`no organization or user \`${options.organization}\` at ${base}`);

  const repositories: ListedRepository[] = [];
  let page = start;
  for (let n = 1; ; n++) {
    if (page.status !== 200) throw refusal(page.status, options.organization, page.message);
    if (!Array.isArray(page.body))
      throw new ConfigurationError(`the repository list of ${options.organization} is not a list`);
    for (const r of page.body as Record<string, unknown>[])
      if (typeof r?.full_name === 'string' && typeof r.name === 'string')
        repositories.push({
          fullName: r.full_name,
          name: r.name,
          archived: r.archived === true,
          fork: r.fork === true,
        });
    const next = nextLink(page.link);
    if (!next) return repositories;
    if (new URL(next).origin !== new URL(base).origin)
      throw new ConfigurationError(`the API's next page is on another host (${new URL(next).host}); not followed`);
    if (n >= 1000) throw new ConfigurationError('more than 1000 pages of repositories; stopped');
    page = await getPage(next, options);
  }
}

interface Page {
  status: number;
  body: unknown;
  link: string | null;
  message?: string;
}

async function getPage(url: string, options: ListOptions): Promise<Page> {
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'shipshape-fleet',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetchWithRetry(url, { headers }, { baseDelayMs: 1000 });
  } catch (error) {
    if (error instanceof HttpError) throw new ConfigurationError(`cannot list repositories: ${error.message}`);
    throw error;
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const message =
    typeof (body as { message?: unknown })?.message === 'string' ? (body as { message: string }).message : undefined;
  return { status: response.status, body, link: response.headers.get('link'), message };
}

/** The `rel="next"` target of a Link header, as the API writes it (`<url>; rel="next", <url>; rel="last"`). */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
    if (m && /\brel="?([^"]*\s)?next(\s[^"]*)?"?/.test(m[2])) return m[1];
  }
  return undefined;
}

function refusal(status: number, organization: string, message?: string): ConfigurationError {
  const why =
    status === 401
      ? 'the token was refused (401): check the `token` secret'
      : status === 403
        ? `access denied (403${message ? `: ${message}` : ''}): the token needs read access to ${organization}'s repositories`
        : `HTTP ${status}${message ? `: ${message}` : ''}`;
  return new ConfigurationError(`cannot list the repositories of ${organization}: ${why}`);
}
