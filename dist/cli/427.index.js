"use strict";
exports.id = 427;
exports.ids = [427];
exports.modules = {

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listRepositories: () => (/* binding */ listRepositories),
  nextLink: () => (/* binding */ nextLink)
});

;// CONCATENATED MODULE: ./src/lib/http.ts
// HTTP with bounded retries and exponential back-off, on Node's own fetch.
class HttpError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'HttpError';
    }
}
const defaultRetryOn = (status) => status === 408 || status === 429 || status >= 500;
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Fetch with retries. `label` names the request in errors (never the URL's credentials or query). */
async function fetchWithRetry(url, init = {}, options = {}, label = safeUrl(url)) {
    const attempts = options.attempts ?? 4;
    const retryOn = options.retryOn ?? defaultRetryOn;
    let delay = options.baseDelayMs ?? 500;
    let lastReason = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            const response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 30000) });
            if (!retryOn(response.status) || attempt === attempts)
                return response;
            lastReason = `HTTP ${response.status}`;
            // Honour Retry-After when the server gives seconds, within our bound.
            const retryAfter = Number(response.headers.get('retry-after'));
            if (Number.isFinite(retryAfter) && retryAfter > 0)
                delay = Math.min(retryAfter * 1000, 30000);
            await response.body?.cancel();
        }
        catch (error) {
            lastReason =
                error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
            if (attempt === attempts)
                throw new HttpError(`${label}: ${lastReason} (after ${attempts} attempts)`);
        }
        options.onRetry?.(attempt, lastReason, delay);
        await sleep(delay);
        delay *= 2;
    }
    throw new HttpError(`${label}: ${lastReason}`);
}
/** A URL fit for a log line: no userinfo, no query string (tokens live there). */
function safeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/fleet/list-repositories.ts
// An organization's repositories from the GitHub REST API, every page (the Link header's `next`),
// for the fleet workflow's first job. The token comes from the environment, never an argument, and
// a `next` link is followed only on the API's own origin.


async function listRepositories(options) {
    const base = options.apiUrl.replace(/\/+$/, '');
    const org = encodeURIComponent(options.organization);
    const query = `?per_page=${options.perPage ?? 100}&type=all&sort=full_name`;
    const first = await getPage(`${base}/orgs/${org}/repos${query}`, options);
    // A user account is not an organization: the same listing lives under /users/.
    const start = first.status === 404 ? await getPage(`${base}/users/${org}/repos${query}`, options) : first;
    if (start.status === 404)
        throw new errors/* ConfigurationError */.j(`no organization or user \`${options.organization}\` at ${base}`);
    const repositories = [];
    let page = start;
    for (let n = 1;; n++) {
        if (page.status !== 200)
            throw refusal(page.status, options.organization, page.message);
        if (!Array.isArray(page.body))
            throw new errors/* ConfigurationError */.j(`the repository list of ${options.organization} is not a list`);
        for (const r of page.body)
            if (typeof r?.full_name === 'string' && typeof r.name === 'string')
                repositories.push({
                    fullName: r.full_name,
                    name: r.name,
                    archived: r.archived === true,
                    fork: r.fork === true,
                });
        const next = nextLink(page.link);
        if (!next)
            return repositories;
        if (new URL(next).origin !== new URL(base).origin)
            throw new errors/* ConfigurationError */.j(`the API's next page is on another host (${new URL(next).host}); not followed`);
        if (n >= 1000)
            throw new errors/* ConfigurationError */.j('more than 1000 pages of repositories; stopped');
        page = await getPage(next, options);
    }
}
async function getPage(url, options) {
    const headers = {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'shipshape-fleet',
    };
    if (options.token)
        headers.authorization = `Bearer ${options.token}`;
    let response;
    try {
        response = await fetchWithRetry(url, { headers }, { baseDelayMs: 1000 });
    }
    catch (error) {
        if (error instanceof HttpError)
            throw new errors/* ConfigurationError */.j(`cannot list repositories: ${error.message}`);
        throw error;
    }
    const text = await response.text();
    let body;
    try {
        body = text ? JSON.parse(text) : undefined;
    }
    catch {
        body = undefined;
    }
    const message = typeof body?.message === 'string' ? body.message : undefined;
    return { status: response.status, body, link: response.headers.get('link'), message };
}
/** The `rel="next"` target of a Link header, as the API writes it (`<url>; rel="next", <url>; rel="last"`). */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const m = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
        if (m && /\brel="?([^"]*\s)?next(\s[^"]*)?"?/.test(m[2]))
            return m[1];
    }
    return undefined;
}
function refusal(status, organization, message) {
    const why = status === 401
        ? 'the token was refused (401): check the `token` secret'
        : status === 403
            ? `access denied (403${message ? `: ${message}` : ''}): the token needs read access to ${organization}'s repositories`
            : `HTTP ${status}${message ? `: ${message}` : ''}`;
    return new errors/* ConfigurationError */.j(`cannot list the repositories of ${organization}: ${why}`);
}


/***/ })

};
;