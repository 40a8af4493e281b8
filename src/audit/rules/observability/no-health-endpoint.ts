// observability/no-health-endpoint: a server app has no route a load balancer or platform can probe
// (seed 002: "No dedicated /api/health or /healthz endpoint"). Route definitions count (file-system
// routes, router registrations, health modules), not clients: a smoke test that calls /api/health
// or a '/status' string in a sitemap is no route.
import { platformBuilt, type AppInfo } from '../../../lib/repository/facts.js';
import { runningServerApps } from '../../../lib/repository/running-server.js';
import type { Repository } from '../../../lib/repository/repository.js';
import { findHealthRoute, mayNameHealthRoute } from '../../../lib/node-app/health-route.js';
import { scanOrder, sourcesNamedBy } from '../../../lib/repository/source-scan.js';
import type { Rule, RuleHit } from '../rule.js';

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
  return repo.byName(/^(?:render\.ya?ml|fly\.toml|Dockerfile(?:\.[\w-]+)?|[\w-]+\.Dockerfile|Containerfile)$/).concat(
    repo.select(
      (base) => /\.ya?ml$/.test(base),
      (folder) => /(?:^|\/)(?:k8s|kubernetes|helm|charts)\//.test(folder),
      50,
    ),
  );
}

function hasHealthRoute(repo: Repository, app: AppInfo): boolean {
  const dir = app.pkg.dir;
  const known = {
    ordered: scanOrder(repo, dir),
    healthWordPaths: sourcesNamedBy(repo, dir, mayNameHealthRoute, mayNameHealthRoute),
  };
  // With both lists known, the sources themselves are not walked again.
  return findHealthRoute(repo, app.pkg, known.ordered, known) !== undefined;
}
