// observability/no-health-endpoint: a server app has no route a load balancer or platform can probe
// (seed 002: "No dedicated /api/health or /healthz endpoint"). Route definitions count (file-system
// routes, router registrations, health modules), not clients: a smoke test that calls /api/health
// or a '/status' string in a sitemap is no route.
import { platformBuilt, sourceFilesOf, type AppInfo } from '../../model/facts.js';
import { runningServerApps } from '../../model/running-server.js';
import type { Repository } from '../../model/repository.js';
import { findInSource } from '../../model/source-scan.js';
import type { Rule, RuleHit } from '../rule.js';

const HEALTH_WORD =
  '(?:health|healthz|healthcheck|health-check|_health|heartbeat|ready|readyz|readiness|live|livez|liveness|ping|status)';
/**
 * A health path registered as a route: `app.get('/health', …)`, `router.all("/api/healthz")`,
 * `{ url: '/ready' }`, `pathname === '/health'`, `case '/health':`, `@Get('health')`.
 */
const HEALTH_ROUTE = new RegExp(
  `(?:\\.(?:get|head|all|route|use|on)\\(\\s*(?:\\[\\s*)?(?:['"\`](?:GET|HEAD)['"\`]\\s*,\\s*)?|\\b(?:path|url|pathname|route)\\s*(?:===?|:)\\s*|\\bcase\\s+)['"\`](?:/api)?/${HEALTH_WORD}(?:['"\`/?])|@(?:Get|Head|All)\\(\\s*['"\`]/?${HEALTH_WORD}['"\`]`,
);
/**
 * File-system routes and health modules: app/api/health/route.ts, pages/api/healthz.ts, Remix flat
 * routes (app/routes/api.health.ts), SvelteKit (src/routes/health/+server.ts), Nuxt
 * (server/api/health.get.ts), a Nest HealthModule (src/health/health.controller.ts).
 */
const HEALTH_PATH =
  /(?:^|\/|[._-])(?:health|healthz|healthcheck|health-check|heartbeat|readyz|readiness|livez|liveness)(?:\/|[._-]|$)/i;
const ROUTE_DIR_FILE = new RegExp(
  `(?:^|/)(?:app|pages|routes|src/app|src/pages|src/routes)/(?:api/)?${HEALTH_WORD}(?:/route|/index|/\\+server|)\\.[cm]?[jt]sx?$`,
);
/** Libraries that add health routes. */
const HEALTH_LIBRARY =
  /^(?:@nestjs\/terminus|@godaddy\/terminus|lightship|express-healthcheck|express-actuator|fastify-healthcheck|@fastify\/under-pressure|@cloudnative\/health-connect|@hapi\/hapi-health|hapi-alive|koa-healthcheck)$/;
/** Deploy configs that probe a path (render.yaml healthCheckPath, fly.toml checks, HEALTHCHECK). */
const PROBE_CONFIG =
  /healthCheckPath\s*:|\[\[?(?:http_service\.)?(?:checks|http_checks)\]\]?|^\s*HEALTHCHECK\s+(?!NONE)|livenessProbe|readinessProbe/m;

export const noHealthEndpoint: Rule = {
  id: 'observability/no-health-endpoint',
  severity: 'medium',
  title: 'No health check endpoint',
  remediation:
    "Add a cheap `/health` (liveness) route and a `/ready` route that checks the database, and point the platform's health check and the container HEALTHCHECK at it.",
  check(repo) {
    const hits: RuleHit[] = [];
    if (probeConfigs(repo).some((f) => PROBE_CONFIG.test(repo.read(f) ?? ''))) return hits;
    // A platform adapter (SvelteKit on Vercel, Netlify, Cloudflare) runs functions per request: no
    // long-lived process for a load balancer to probe.
    for (const app of runningServerApps(repo).filter((a) => !platformBuilt(a))) {
      if (!hasHealthRoute(repo, app)) {
        hits.push({
          message: `The ${app.framework} app in ${app.pkg.file} has no health route (looked for /health, /healthz, /api/health, /ready, /live and health-check libraries)`,
          file: app.pkg.file,
        });
      }
    }
    return hits;
  },
};

/** Deploy configs that may declare a health probe (a cheap name test: no glob over every file). */
function probeConfigs(repo: Repository): string[] {
  return repo
    .byName(/^(?:render\.ya?ml|fly\.toml|Dockerfile(?:\.[\w-]+)?|[\w-]+\.Dockerfile|Containerfile)$/)
    .concat(repo.files.filter((f) => /(?:^|\/)(?:k8s|kubernetes|helm|charts)\/.*\.ya?ml$/.test(f)).slice(0, 50));
}

function hasHealthRoute(repo: Repository, app: AppInfo): boolean {
  const { pkg } = app;
  const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
  if (deps.some((d) => HEALTH_LIBRARY.test(d))) return true;
  const prefix = pkg.dir ? `${pkg.dir}/` : '';
  if (
    sourceFilesOf(repo, pkg.dir).some(
      (f) =>
        HEALTH_PATH.test(f.slice(prefix.length).replace(/\.[cm]?[jt]sx?$/, '')) ||
        ROUTE_DIR_FILE.test(f.slice(prefix.length)),
    )
  )
    return true;
  return findInSource(repo, pkg.dir, HEALTH_ROUTE) !== undefined;
}
