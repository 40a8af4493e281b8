// What we know about one Node app, computed once from its files: package.json and workspaces,
// package manager, Node version, framework, start command and port, health route, deploy target.
// The audit, the container generator, Lighthouse, migrate-deploy and init all read it here, so they
// agree about the same repository by construction.
import { posix } from 'node:path';
import type { FileSource } from './file-source.js';
import { findHealthRoute, type HealthRoute } from './health-route.js';
import { allDependencies, at, detectPackageManager, type NodePackage, type PackageManager } from './package-json.js';
import { appPort, startScriptOf, type AppPort } from './port.js';
import { appSourcesIn } from './source-files.js';

export const SERVER_FRAMEWORKS: Record<string, string> = {
  next: 'Next.js',
  express: 'Express',
  '@nestjs/core': 'Nest',
  fastify: 'Fastify',
  koa: 'Koa',
  '@hapi/hapi': 'hapi',
  '@remix-run/node': 'Remix',
  '@remix-run/serve': 'Remix',
  '@react-router/serve': 'React Router',
  nuxt: 'Nuxt',
  '@sveltejs/adapter-node': 'SvelteKit (node)',
  hono: 'Hono',
  'socket.io': 'Socket.IO',
};

export type DeployTarget = 'fly' | 'cloudflare' | 'vercel' | 'render' | 'container';

export interface NodeApp {
  pkg: NodePackage;
  /** Workspace globs the package declares (npm/yarn `workspaces`). */
  workspaces: string[];
  packageManager: PackageManager;
  lockfile?: string;
  /** Major version from .nvmrc, .node-version or engines.node. */
  nodeVersion?: string;
  /** The server framework dependency and its name, when there is one. */
  framework?: { dependency: string; name: string };
  /** A Cloudflare Worker: a wrangler config beside the package. */
  worker: boolean;
  /** Next.js apps: the config file (its name in the package folder) and whether it sets `output: 'standalone'`. */
  next?: { configFile?: string; standalone: boolean };
  startScript: string;
  /** The app's source files (not tests, configs or scripts). */
  sources: string[];
  port?: AppPort;
  healthRoute?: HealthRoute;
  deployTarget: DeployTarget;
}

export function describeNodeApp(
  source: FileSource,
  pkg: NodePackage,
  runtime: { command?: string; env?: Record<string, string> } = {},
): NodeApp {
  const files = source.list();
  const sources = appSourcesIn(files, pkg.dir);
  const { manager, lockfile } = detectPackageManager(source, pkg.dir, pkg);
  const dependency = Object.keys(SERVER_FRAMEWORKS).find((d) => d in pkg.dependencies);
  const worker = isWorker(source, pkg);
  const workspaces = pkg.raw.workspaces;
  return {
    pkg,
    workspaces: (Array.isArray(workspaces)
      ? workspaces
      : (((workspaces as { packages?: unknown } | undefined)?.packages as unknown[] | undefined) ?? [])
    ).filter((w): w is string => typeof w === 'string'),
    packageManager: manager,
    lockfile,
    nodeVersion: nodeVersion(source, pkg),
    framework: dependency ? { dependency, name: SERVER_FRAMEWORKS[dependency] } : undefined,
    worker,
    next: 'next' in allDependencies(pkg) ? nextConfig(source, pkg) : undefined,
    startScript: startScriptOf(source, pkg),
    sources,
    port: appPort(source, pkg, sources, runtime),
    healthRoute: findHealthRoute(source, pkg, sources),
    deployTarget: deployTarget(files, worker),
  };
}

function nextConfig(source: FileSource, pkg: NodePackage): NonNullable<NodeApp['next']> {
  const configFile = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs'].find((f) =>
    source.exists(at(pkg.dir, f)),
  );
  const text = configFile ? (source.read(at(pkg.dir, configFile)) ?? '') : '';
  return { configFile, standalone: /output\s*:\s*['"`]standalone['"`]/.test(text) };
}

/**
 * A Cloudflare Worker: a wrangler config beside the package, or (the config kept out of git) a
 * script that runs `wrangler deploy`.
 */
export function isWorker(source: FileSource, pkg: NodePackage): boolean {
  return WRANGLER_CONFIGS.some((f) => source.exists(at(pkg.dir, f))) || deploysWithWrangler(pkg);
}

/** Names of a wrangler config file. */
export const WRANGLER_CONFIGS = ['wrangler.toml', 'wrangler.json', 'wrangler.jsonc'];

/** The package depends on wrangler and a script of it runs `wrangler deploy`. */
export function deploysWithWrangler(pkg: NodePackage): boolean {
  return (
    'wrangler' in allDependencies(pkg) &&
    Object.values(pkg.scripts).some((s) => /\bwrangler\s+(?:deploy|publish)\b/.test(s))
  );
}

/** .nvmrc or .node-version (the package's, then the root's), else engines.node, as a major version. */
function nodeVersion(source: FileSource, pkg: NodePackage): string | undefined {
  const candidates = [
    source.read(at(pkg.dir, '.nvmrc')),
    source.read(at(pkg.dir, '.node-version')),
    source.read('.nvmrc'),
    source.read('.node-version'),
    (pkg.raw as { engines?: { node?: string } }).engines?.node,
  ];
  for (const c of candidates) {
    const major = /(\d{2,})/.exec(c ?? '')?.[1];
    if (major) return major;
  }
  return undefined;
}

function deployTarget(files: readonly string[], worker: boolean): DeployTarget {
  if (worker) return 'cloudflare';
  const names = new Set(files.map((f) => posix.basename(f)));
  if (names.has('fly.toml')) return 'fly';
  if (names.has('vercel.json')) return 'vercel';
  if (names.has('render.yaml')) return 'render';
  return 'container';
}
