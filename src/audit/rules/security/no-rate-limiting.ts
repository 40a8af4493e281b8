// security/no-rate-limiting: a server exposes an API and nothing limits request rates, so one client
// can exhaust the database or brute-force logins (seed 003). In Remix and React Router, a route's
// `action` (a login or sign-up form's POST) is such an endpoint.
import { isNextApp, type AppInfo } from '../../../lib/repository/facts.js';
import { runningServerApps } from '../../../lib/repository/running-server.js';
import type { Repository } from '../../../lib/repository/repository.js';
import { findInSource } from '../../../lib/repository/source-scan.js';
import type { Rule, RuleHit } from '../rule.js';

const RATE_LIMIT_LIBRARY =
  /^(?:express-rate-limit|express-slow-down|express-brute|rate-limiter-flexible|@fastify\/rate-limit|fastify-rate-limit|koa-ratelimit|koa2-ratelimit|@upstash\/ratelimit|@nestjs\/throttler|hono-rate-limiter|@hono-rate-limiter\/.+|next-rate-limit|@arcjet\/.+|@unkey\/ratelimit|@vercel\/firewall|limiter|p-throttle|express-limiter|hapi-rate-limit|hapi-rate-limitor|@hapi\/ratelimit)$/;
/** A hand-written limiter or a proxy rule (nginx limit_req) counts too. */
const RATE_LIMIT_CODE = /rate[-_ ]?limit|ratelimit|throttl|limit_req/i;
const ROUTE_SERVERS = new Set([
  'express',
  'fastify',
  'koa',
  '@nestjs/core',
  '@hapi/hapi',
  'hono',
  '@remix-run/node',
  '@remix-run/serve',
  '@react-router/serve',
]);

export const noRateLimiting: Rule = {
  id: 'security/no-rate-limiting',
  severity: 'medium',
  title: 'No rate limiting on the API',
  remediation:
    'Limit request rates on the API (`express-rate-limit`, `@fastify/rate-limit`, `@upstash/ratelimit` in Next.js middleware or route handlers), stricter on login and write routes.',
  check(repo) {
    if (repo.hasDependency(RATE_LIMIT_LIBRARY)) return [];
    if (
      repo
        .byName(/\.conf$/)
        .slice(0, 50)
        .some((f) => /\blimit_req\b/.test(repo.read(f) ?? ''))
    )
      return [];
    const hits: RuleHit[] = [];
    for (const app of runningServerApps(repo)) {
      const api = apiEvidence(repo, app);
      if (!api) continue;
      if (findInSource(repo, app.pkg.dir, RATE_LIMIT_CODE)) continue;
      hits.push({
        message: `The ${app.framework} app exposes an API (${api.what}) with no rate limiting (no express-rate-limit, rate-limiter-flexible, @upstash/ratelimit or similar)`,
        file: api.file,
        line: api.line,
      });
    }
    return hits;
  },
};

/** Where the app serves an API: Next.js route handlers / API routes, or a server's route definitions. */
function apiEvidence(repo: Repository, app: AppInfo): { what: string; file: string; line?: number } | undefined {
  const prefix = app.pkg.dir ? `${app.pkg.dir}/` : '';
  if (isNextApp(app)) {
    const route = repo.files.find(
      (f) =>
        f.startsWith(prefix) &&
        /^(?:src\/)?(?:app\/(?:.+\/)?api\/.*route\.[jt]sx?|pages\/api\/.+\.[jt]sx?)$/.test(f.slice(prefix.length)),
    );
    return route ? { what: route, file: route } : undefined;
  }
  const deps = { ...app.pkg.dependencies, ...app.pkg.devDependencies };
  if (['@remix-run/react', '@remix-run/node', 'react-router', '@react-router/node'].some((d) => d in deps)) {
    const routes = repo.files.filter((f) => f.startsWith(`${prefix}app/routes/`) && /\.[cm]?[jt]sx?$/.test(f));
    const action = repo.findInFiles(routes, /export\s+(?:async\s+)?function\s+action\b|export\s+const\s+action\b/);
    if (action)
      return { what: `the form action in ${action.file}:${action.line}`, file: action.file, line: action.line };
  }
  if (!ROUTE_SERVERS.has(app.frameworkDep)) return undefined;
  const def = findInSource(
    repo,
    app.pkg.dir,
    // A GET of `/` alone serves a page, not an API.
    /\.(?:get|route|all)\(\s*['"`]\/[\w:*[{-]|\.(?:post|put|patch|delete)\(\s*['"`]\/|@(?:Get|Post|Put|Patch|Delete)\(|\.use\(\s*['"`]\/api/,
  );
  return def ? { what: `route at ${def.file}:${def.line}`, file: def.file, line: def.line } : undefined;
}
