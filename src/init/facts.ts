// What `init` needs to know about the repository, read once through the audit's repository model:
// which package is the app, its framework and package manager, Node version, port, health route,
// database, migration tool and deploy target. Every writer works from this one object.
import { compareText } from '../lib/text-order.js';
import { posix } from 'node:path';
import { describeNodeApp, type DeployTarget } from '../lib/node-app/describe.js';
import type { PackageManager } from '../lib/node-app/package-json.js';
import { isWorkerPackage, serverApps } from '../lib/repository/facts.js';
import { schemaTools, otherMigrationFolders } from '../lib/repository/migrations.js';
import type { PackageJson, Repository } from '../lib/repository/repository.js';

export type HealthFramework =
  'next-app' | 'next-pages' | 'express' | 'fastify' | 'hono' | 'sveltekit' | 'remix' | 'other';

export type { DeployTarget };

export interface InitFacts {
  /** The app's folder relative to the root ('' for the root itself). */
  appDir: string;
  /** Human name of the framework, for messages. */
  framework: string;
  healthFramework: HealthFramework;
  /** A Cloudflare Worker: deployed by wrangler, never containerised. */
  worker: boolean;
  packageManager: PackageManager;
  lockfile?: string;
  nodeVersion: string;
  port: number;
  /** A health route the app already has. */
  healthPath?: string;
  typescript: boolean;
  /** Where file-system routes live for Next.js / SvelteKit / Remix ('app', 'src/app', 'pages', ...). */
  routesDir?: string;
  /** The module that creates the server (Express/Fastify/Hono), where a health route is mounted. */
  serverEntry?: string;
  /** The server entry is CommonJS (require), so a module written beside it must be too. */
  commonJs?: boolean;
  database?: 'postgresql' | 'mysql' | 'sqlite' | 'd1' | 'mongodb';
  /** The ORM or client the app reaches the database with, for the readiness check. */
  databaseClient?: 'prisma' | 'pg' | 'drizzle' | 'other';
  migrateTool?: string;
  migrationsDir?: string;
  deployTarget: DeployTarget;
  hasDockerfile: boolean;
  nextStandalone?: boolean;
  nextConfigFile?: string;
  defaultBranch: string;
}

const HEALTH_FRAMEWORKS: [string, HealthFramework][] = [
  ['next', 'next-app'],
  ['@sveltejs/kit', 'sveltekit'],
  ['@remix-run/node', 'remix'],
  ['@remix-run/react', 'remix'],
  ['express', 'express'],
  ['fastify', 'fastify'],
  ['hono', 'hono'],
];

/** Undefined when the repository has no Node package to set a pipeline up for. */
export function collectFacts(repo: Repository): InitFacts | undefined {
  const pkg = pickAppPackage(repo);
  if (!pkg) return undefined;
  const at = (p: string) => (pkg.dir ? `${pkg.dir}/${p}` : p);
  const deps = { ...pkg.devDependencies, ...pkg.dependencies };
  const worker = isWorkerPackage(repo, pkg);
  const app = describeNodeApp(repo, pkg);
  let healthFramework = HEALTH_FRAMEWORKS.find(([dep]) => dep in deps)?.[1] ?? 'other';
  let routesDir: string | undefined;
  if (healthFramework === 'next-app') {
    routesDir = ['app', 'src/app'].find((d) => repo.files.some((f) => f.startsWith(`${at(d)}/`)));
    if (!routesDir) {
      routesDir = ['pages', 'src/pages'].find((d) => repo.files.some((f) => f.startsWith(`${at(d)}/`))) ?? 'app';
      if (routesDir.endsWith('pages')) healthFramework = 'next-pages';
    }
  } else if (healthFramework === 'sveltekit') routesDir = 'src/routes';
  else if (healthFramework === 'remix') routesDir = 'app/routes';
  const entry = ['express', 'fastify', 'hono'].includes(healthFramework) ? serverEntry(repo, pkg) : undefined;
  const tools = schemaTools(repo).filter((t) => inside(t.file, pkg.dir));
  const folders = otherMigrationFolders(repo).filter((f) => inside(f.dir, pkg.dir));
  const tool = tools[0]
    ? { name: tools[0].tool, dir: tools[0].migrationsDir }
    : folders[0] && { name: folders[0].tool, dir: folders[0].dir };
  return {
    appDir: pkg.dir,
    framework: frameworkName(healthFramework, worker),
    healthFramework,
    worker,
    packageManager: app.packageManager,
    lockfile: app.lockfile,
    nodeVersion: app.nodeVersion ?? setupNodeVersion(repo) ?? '22',
    port: app.port?.port ?? 3000,
    healthPath: app.healthRoute?.path,
    typescript: 'typescript' in deps || repo.has(at('tsconfig.json')),
    routesDir,
    serverEntry: entry,
    commonJs: entry
      ? !/\.ts$/.test(entry) && /\brequire\(/.test(repo.read(entry) ?? '') && !/^import\s/m.test(repo.read(entry) ?? '')
      : undefined,
    database: database(repo, pkg, deps),
    databaseClient:
      '@prisma/client' in deps ? 'prisma' : 'pg' in deps ? 'pg' : 'drizzle-orm' in deps ? 'drizzle' : undefined,
    migrateTool: tool ? migrateToolName(tool.name) : undefined,
    migrationsDir: tool?.dir,
    deployTarget: app.deployTarget,
    hasDockerfile: repo.byName(/^(Dockerfile|Containerfile)$/).some((f) => inside(f, pkg.dir)),
    nextStandalone: app.next?.standalone,
    nextConfigFile: app.next?.configFile,
    defaultBranch: defaultBranch(repo),
  };
}

function inside(file: string, dir: string): boolean {
  return !dir || file === dir || file.startsWith(`${dir}/`);
}

/** The deployable app: a server app first, then a Worker, then the root package. */
function pickAppPackage(repo: Repository): PackageJson | undefined {
  const server = serverApps(repo)[0]?.pkg;
  if (server) return server;
  return repo.packages.find((p) => isWorkerPackage(repo, p)) ?? repo.rootPackage ?? repo.packages[0];
}

function frameworkName(kind: HealthFramework, worker: boolean): string {
  const names: Record<HealthFramework, string> = {
    'next-app': 'Next.js (app router)',
    'next-pages': 'Next.js (pages router)',
    express: 'Express',
    fastify: 'Fastify',
    hono: 'Hono',
    sveltekit: 'SvelteKit',
    remix: 'Remix',
    other: 'Node.js',
  };
  return worker ? `${names[kind]} on Cloudflare Workers` : names[kind];
}

/** The node-version the workflows already test with (actions/setup-node). */
function setupNodeVersion(repo: Repository): string | undefined {
  for (const w of repo.workflows)
    for (const job of w.jobs)
      for (const step of job.steps) {
        if (!step.uses?.startsWith('actions/setup-node@')) continue;
        const major = /^(\d{2,})/.exec(String(step.with['node-version'] ?? ''))?.[1];
        if (major) return major;
      }
  return undefined;
}

function serverEntry(repo: Repository, pkg: PackageJson): string | undefined {
  const prefix = pkg.dir ? `${pkg.dir}/` : '';
  const candidates = repo.files.filter(
    (f) => f.startsWith(prefix) && /\.[cm]?[jt]s$/.test(f) && !/node_modules|\.test\.|\.spec\./.test(f),
  );
  const creates = /\bexpress\(\)|\bFastify\(|\bfastify\(|new Hono\b/;
  const ordered = candidates.sort((a, b) => a.split('/').length - b.split('/').length || compareText(a, b));
  return ordered.find((f) => creates.test(repo.read(f) ?? ''));
}

function database(repo: Repository, pkg: PackageJson, deps: Record<string, string>): InitFacts['database'] {
  for (const schema of repo.byName(/\.prisma$/)) {
    if (!inside(schema, pkg.dir)) continue;
    const provider = /provider\s*=\s*"(postgresql|postgres|mysql|sqlite|mongodb|cockroachdb)"/.exec(
      repo.read(schema) ?? '',
    )?.[1];
    if (provider === 'postgres' || provider === 'cockroachdb') return 'postgresql';
    if (provider) return provider as InitFacts['database'];
  }
  if (isWorkerPackage(repo, pkg) && schemaTools(repo).some((t) => t.tool === 'Cloudflare D1')) return 'd1';
  if ('pg' in deps || 'postgres' in deps) return 'postgresql';
  if ('mysql2' in deps || 'mysql' in deps) return 'mysql';
  if ('better-sqlite3' in deps || 'sqlite3' in deps) return 'sqlite';
  return undefined;
}

function migrateToolName(tool: string): string {
  const names: Record<string, string> = { Prisma: 'prisma', Drizzle: 'drizzle', 'Cloudflare D1': 'd1' };
  return names[tool] ?? tool.toLowerCase();
}

/** The branch push workflows already run on, else main. */
function defaultBranch(repo: Repository): string {
  for (const w of repo.workflows) {
    const push = (w.on as { push?: { branches?: unknown } } | undefined)?.push;
    const branches = push?.branches;
    if (Array.isArray(branches) && typeof branches[0] === 'string' && !/[*?]/.test(branches[0])) return branches[0];
  }
  return 'main';
}

export const posixJoin = (dir: string, file: string): string => (dir ? posix.join(dir, file) : file);
