// Whether an app has a health route a load balancer or platform can probe, and its path when the
// code shows it: a file-system route (Next.js, SvelteKit, Remix, Nuxt), a route string in a
// route definition (not a client calling it), or a library that adds one. The audit, the container's HEALTHCHECK and init read it here.
import type { FileSource } from './file-source.js';
import { allDependencies, type NodePackage } from './package-json.js';
import { scanOrder } from './source-files.js';

const HEALTH_WORD =
  '(?:health|healthz|healthcheck|health-check|_health|heartbeat|ready|readyz|readiness|live|livez|liveness|ping|status)';
/**
 * A health path registered as a route (not a client calling it): `app.get('/health', …)`,
 * `router.all("/api/healthz")`, `{ url: '/ready' }`, `pathname === '/health'`, `case '/health':`,
 * `@Get('health')`. Group 1 or 2 is the path.
 */
const HEALTH_ROUTE = new RegExp(
  `(?:\\.(?:get|head|all|route|use|on)\\(\\s*(?:\\[\\s*)?(?:['"\`](?:GET|HEAD)['"\`]\\s*,\\s*)?|\\b(?:path|url|pathname|route)\\s*(?:===?|:)\\s*|\\bcase\\s+)['"\`]((?:/api)?/${HEALTH_WORD})(?:['"\`/?])|@(?:Get|Head|All)\\(\\s*['"\`](/?${HEALTH_WORD})['"\`]`,
);
/** A substring of every HEALTH_WORD (and of HEALTH_PATH's words, any case). */
const HEALTH_WORD_ANYWHERE = /health|heartbeat|ready|readi|live|ping|status/i;
/** A health module or file (src/health/health.controller.ts, lib/healthcheck.js). */
const HEALTH_PATH =
  /(?:^|\/|[._-])(?:health|healthz|healthcheck|health-check|heartbeat|readyz|readiness|livez|liveness)(?:\/|[._-]|$)/i;
const ROUTE_DIR_FILE = new RegExp(
  `(?:^|/)(?:app|pages|routes|src/app|src/pages|src/routes)/(?:api/)?${HEALTH_WORD}(?:/route|/index|/\\+server|)\\.[cm]?[jt]sx?$`,
);
/** File-system routes and the URL path each serves. */
const FILE_ROUTES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(?:src\/)?app\/(.+)\/route$/, (m) => m[1]], // Next.js app router
  [/^(?:src\/)?pages\/(.+?)(?:\/index)?$/, (m) => m[1]], // Next.js pages router
  [/^src\/routes\/(.+)\/\+server$/, (m) => m[1]], // SvelteKit
  [/^app\/routes\/([^/]+?)(?:\/route)?$/, (m) => m[1].replace(/\./g, '/')], // Remix flat routes
  [/^server\/api\/(.+?)(?:\.(?:get|head))?$/, (m) => `api/${m[1]}`], // Nuxt
  [/^server\/routes\/(.+?)(?:\.(?:get|head))?$/, (m) => m[1]],
];
/** Libraries that add health routes. */
const HEALTH_LIBRARY =
  /^(?:@nestjs\/terminus|@godaddy\/terminus|lightship|express-healthcheck|express-actuator|fastify-healthcheck|@fastify\/under-pressure|@cloudnative\/health-connect|@hapi\/hapi-health|hapi-alive|koa-healthcheck)$/;

export interface HealthRoute {
  /** The URL path, when the code shows it ('/api/health'). */
  path?: string;
  /** Where it was found: a file, or the library. */
  evidence: string;
}

/** What a caller with an index of its files already knows about `sources`. */
export interface KnownSources {
  /** `sources` in scan order. */
  ordered?: readonly string[];
  /** The `sources` whose path holds a health word or a '(' (see mayNameHealthRoute), in order. */
  healthWordPaths?: readonly string[];
}

/** A part of a path (folder or base name) that may make it a health route file (a superset). */
export function mayNameHealthRoute(part: string): boolean {
  return HEALTH_WORD_ANYWHERE.test(part) || part.includes('(');
}

/** `sources` are the package's app source files (see appSourcesIn); their text is read in scan order. */
export function findHealthRoute(
  source: FileSource,
  pkg: NodePackage,
  sources: readonly string[],
  known: KnownSources = {},
): HealthRoute | undefined {
  const prefix = pkg.dir ? `${pkg.dir}/` : '';
  let module: string | undefined;
  for (const file of known.healthWordPaths ?? sources) {
    const local = file.slice(prefix.length);
    // Every test below needs a health word in the path (a route group could split one): most files stop here.
    if (!HEALTH_WORD_ANYWHERE.test(local) && !local.includes('(')) continue;
    const bare = local.replace(/\.[cm]?[jt]sx?$/, '');
    const urlPath = routePath(bare);
    if (urlPath && new RegExp(`(?:^|/)${HEALTH_WORD}$`).test(urlPath)) return { path: urlPath, evidence: file };
    if (!module && (HEALTH_PATH.test(bare) || ROUTE_DIR_FILE.test(local))) module = file;
  }
  for (const file of known.ordered ?? scanOrder(sources)) {
    const m = HEALTH_ROUTE.exec(source.read(file) ?? '');
    if (m) return { path: m[1] ?? `/${m[2].replace(/^\//, '')}`, evidence: file };
  }
  if (module) return { evidence: module };
  const library = Object.keys(allDependencies(pkg)).find((d) => HEALTH_LIBRARY.test(d));
  return library ? { evidence: library } : undefined;
}

function routePath(bare: string): string | undefined {
  for (const [re, path] of FILE_ROUTES) {
    const m = re.exec(bare);
    // Route groups `(marketing)` and private folders do not show in the URL.
    if (m) return `/${path(m).replace(/\([^)/]*\)\//g, '')}`;
  }
  return undefined;
}
