// security/no-security-headers: an Express/Fastify/Koa/Nest server without helmet or equivalent, or a
// Next.js app whose config and middleware set no security headers (seed 003), a Remix / React Router
// app whose server entry and routes set none, a Cloudflare Worker that serves HTML without them.
import { posix } from 'node:path';
import { isNextApp, isWorkerPackage, type AppInfo } from '../../../lib/repository/facts.js';
import { runningServerApps } from '../../../lib/repository/running-server.js';
import type { Repository } from '../../../lib/repository/repository.js';
import { findInSource } from '../../../lib/repository/source-scan.js';
import type { Rule, RuleHit } from '../rule.js';

const NODE_SERVERS = new Set(['express', 'fastify', 'koa', '@nestjs/core', '@hapi/hapi', 'hono']);
const HEADER_LIBRARY =
  /^(?:helmet|(?:@[\w-]+\/)?helmet(?:\/[\w-]+)?|@fastify\/helmet|fastify-helmet|koa-helmet|lusca|@hapi\/blankie|blankie|hapi-helmet|next-secure-headers|@next-safe\/middleware|nosecone|@nosecone\/next|@arcjet\/next|secure-headers)$/;
/** Setting one of these by hand counts as "an equivalent". */
const SECURITY_HEADER =
  /Content-Security-Policy|X-Frame-Options|Strict-Transport-Security|X-Content-Type-Options|secureHeaders\s*\(|\bhelmet\s*\(/i;
const REMIX_SERVERS = new Set(['@remix-run/node', '@remix-run/serve', '@react-router/serve']);
/** A Worker that answers with HTML pages (a JSON API needs fewer of these headers). */
const SERVES_HTML = /text\/html|from\s+['"][^'"]+\.html['"]|c\.html\(/;
const SERVER_CREATION =
  /\bexpress\(\s*\)|\bFastify\(|\bfastify\(\s*[{)]|\bnew Koa\(|NestFactory\.create\(|Hapi\.server\(|\bnew Hono\(/;

export const noSecurityHeaders: Rule = {
  id: 'security/no-security-headers',
  severity: 'medium',
  title: 'No security headers',
  remediation:
    'Set security headers on every response: `app.use(helmet())` (Express), `@fastify/helmet`, `koa-helmet`; for Next.js an `async headers()` in next.config with Content-Security-Policy, Strict-Transport-Security, X-Frame-Options and X-Content-Type-Options.',
  check(repo) {
    const hits: RuleHit[] = [];
    for (const app of runningServerApps(repo)) {
      const deps = [...Object.keys(app.pkg.dependencies), ...Object.keys(app.pkg.devDependencies)];
      if (deps.some((d) => HEADER_LIBRARY.test(d))) continue;
      if (isNextApp(app)) {
        const hit = nextAppWithoutHeaders(repo, app);
        if (hit) hits.push(hit);
      } else if (REMIX_SERVERS.has(app.frameworkDep)) {
        if (findInSource(repo, app.pkg.dir, SECURITY_HEADER)) continue;
        const entry = [
          'app/entry.server.tsx',
          'app/entry.server.jsx',
          'app/entry.server.ts',
          'app/entry.server.js',
          'app/root.tsx',
          'app/root.jsx',
        ]
          .map((f) => (app.pkg.dir ? `${app.pkg.dir}/${f}` : f))
          .find((f) => repo.has(f));
        hits.push({
          message: `The ${app.framework} app in ${app.pkg.file} sets no security headers: neither ${entry ?? 'its server entry'} nor a route's \`headers\` export sets Content-Security-Policy, X-Frame-Options or Strict-Transport-Security`,
          file: entry ?? app.pkg.file,
        });
      } else if (NODE_SERVERS.has(app.frameworkDep)) {
        if (findInSource(repo, app.pkg.dir, SECURITY_HEADER)) continue;
        const created = findInSource(repo, app.pkg.dir, SERVER_CREATION);
        hits.push({
          message: `The ${app.framework} server${created ? ` created in ${created.file}:${created.line}` : ` in ${app.pkg.file}`} sets no security headers (no helmet or equivalent, no Content-Security-Policy/X-Frame-Options set by hand)`,
          file: created?.file ?? app.pkg.file,
          line: created?.line,
        });
      }
    }
    for (const pkg of repo.packages.filter((p) => isWorkerPackage(repo, p))) {
      const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
      if (deps.some((d) => HEADER_LIBRARY.test(d))) continue;
      const html = findInSource(repo, pkg.dir, SERVES_HTML);
      if (!html || findInSource(repo, pkg.dir, SECURITY_HEADER)) continue;
      hits.push({
        message: `The Cloudflare Worker in ${pkg.file} serves HTML (${html.file}:${html.line}) without security headers (no Content-Security-Policy, X-Frame-Options or Strict-Transport-Security on its responses)`,
        file: html.file,
        line: html.line,
      });
    }
    return hits;
  },
};

function nextAppWithoutHeaders(repo: Repository, app: AppInfo): RuleHit | undefined {
  const at = (p: string) => (app.pkg.dir ? `${app.pkg.dir}/${p}` : p);
  const config = repo.files.find(
    (f) => posix.dirname(f) === (app.pkg.dir || '.') && /^next\.config\.[cm]?[jt]s$/.test(posix.basename(f)),
  );
  if (config && /\bheaders\s*\(|\bheaders\s*:\s*(?:async\s*)?\(/.test(repo.read(config) ?? '')) return undefined;
  // middleware.ts (proxy.ts since Next.js 16) at the root or in src/.
  const middleware = ['middleware', 'proxy', 'src/middleware', 'src/proxy']
    .flatMap((m) => ['ts', 'js', 'mjs', 'tsx'].map((e) => at(`${m}.${e}`)))
    .filter((f) => repo.has(f));
  if (middleware.some((f) => SECURITY_HEADER.test(repo.read(f) ?? ''))) return undefined;
  // Host-level headers: vercel.json / netlify.toml / _headers.
  const hostConfigs = [
    at('vercel.json'),
    at('netlify.toml'),
    at('public/_headers'),
    at('_headers'),
    'vercel.json',
    'netlify.toml',
  ].filter((f) => repo.has(f));
  if (hostConfigs.some((f) => SECURITY_HEADER.test(repo.read(f) ?? ''))) return undefined;
  return {
    message: `The Next.js app in ${app.pkg.file} sets no security headers: ${config ?? 'next.config'} has no \`headers()\`${middleware.length ? ` and ${middleware.join(', ')} sets none` : ' and there is no middleware setting them'}`,
    file: config ?? app.pkg.file,
    line: config ? 1 : undefined,
  };
}
