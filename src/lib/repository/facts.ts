// Facts about the repository that several rules need (what kind of app, which deploy target,
// which database), each computed once through repo.fact().
import { deploysWithWrangler, isWorker, SERVER_FRAMEWORKS, WRANGLER_CONFIGS } from '../node-app/describe.js';
import { isAppSourceFolder, isAppSourceName } from '../node-app/source-files.js';
import type { PackageJson, Repository } from './repository.js';

export { SERVER_FRAMEWORKS };

/** Build definitions that count as a container/build strategy for a deploy target. */
export const BUILD_DEFINITION_FILES = [
  'Dockerfile',
  'Containerfile',
  'nixpacks.toml',
  'render.yaml',
  'fly.toml',
  'Procfile',
  'app.json',
  'vercel.json',
  'netlify.toml',
  'railway.json',
  'railway.toml',
  'app.yaml',
  'Dockerrun.aws.json',
];

export interface AppInfo {
  pkg: PackageJson;
  /** Human name of the framework ('Next.js', 'Express', ...). */
  framework: string;
  frameworkDep: string;
}

const SERVER_FRAMEWORK_DEPS = Object.keys(SERVER_FRAMEWORKS);

/** Deployable server apps: a package that depends on a server framework and is not a Worker. */
export function serverApps(repo: Repository): AppInfo[] {
  return repo.fact('serverApps', () => {
    const apps: AppInfo[] = [];
    for (const pkg of repo.packages) {
      if (isWorkerPackage(repo, pkg)) continue;
      const dep = SERVER_FRAMEWORK_DEPS.find((d) => d in pkg.dependencies);
      if (dep) apps.push({ pkg, framework: SERVER_FRAMEWORKS[dep], frameworkDep: dep });
      else if (sveltekitAdapter(pkg) && sveltekitAdapter(pkg) !== '@sveltejs/adapter-static')
        apps.push({ pkg, framework: 'SvelteKit', frameworkDep: '@sveltejs/kit' });
    }
    return apps;
  });
}

/**
 * The SvelteKit adapter a package builds with (devDependencies are where SvelteKit lives). Any but
 * adapter-static makes it a server app: adapter-auto, -vercel, -netlify and -cloudflare deploy
 * server-side functions to a platform.
 */
export function sveltekitAdapter(pkg: PackageJson): string | undefined {
  if (!('@sveltejs/kit' in pkg.dependencies) && !('@sveltejs/kit' in pkg.devDependencies)) return undefined;
  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  return Object.keys(deps).find((d) => /^(?:@sveltejs\/adapter-|svelte-adapter-)/.test(d));
}

/** Apps a platform builds and runs from the repository itself (SvelteKit's platform adapters). */
export function platformBuilt(app: AppInfo): boolean {
  const adapter = app.frameworkDep === '@sveltejs/kit' ? sveltekitAdapter(app.pkg) : undefined;
  return !!adapter && /adapter-(?:auto|vercel|netlify|cloudflare(?:-workers)?)$/.test(adapter);
}

export function isNextApp(app: AppInfo): boolean {
  return app.frameworkDep === 'next';
}

/**
 * A Cloudflare Worker: a wrangler config beside the package, or (the config kept out of git) a
 * script that runs `wrangler deploy`.
 */
export function isWorkerPackage(repo: Repository, pkg: PackageJson): boolean {
  // Most repositories hold nothing named like a wrangler config: then only the scripts can tell,
  // and thousands of packages are not each asked about three paths.
  if (!repo.fact('namesWranglerConfig', () => WRANGLER_CONFIGS.some((name) => repo.namesAnything(name))))
    return deploysWithWrangler(pkg);
  return repo.fact(`isWorker:${pkg.file}`, () => isWorker(repo, pkg));
}

export function hasWorker(repo: Repository): boolean {
  return repo.fact(
    'hasWorker',
    () => repo.byName(/^wrangler\.(toml|jsonc?)$/).length > 0 || repo.packages.some((p) => isWorkerPackage(repo, p)),
  );
}

// Both tests read only the base name (no '/' in `[\w-]`): they run on the base-name index.
const DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\.[\w-]+)?$|\.Dockerfile$/;

/** Build definitions present anywhere in the repository (paths). */
export function buildDefinitions(repo: Repository): string[] {
  return repo.fact('buildDefinitions', () =>
    repo.namedFiles((base) => BUILD_DEFINITION_FILES.includes(base) || DOCKERFILE_NAME.test(base)),
  );
}

export function dockerfiles(repo: Repository): string[] {
  return repo.fact('dockerfiles', () => repo.namedFiles((base) => DOCKERFILE_NAME.test(base)));
}

// Images that never ship: workspaces for developers (Gitpod, dev containers), development and test
// variants, and images kept as fixtures or examples.
const NOT_SHIPPED_DOCKERFILE =
  /(?:^|\/)(?:\.gitpod\.Dockerfile|\.devcontainer\/.*|(?:Dockerfile|Containerfile)\.(?:dev|development|local|test|e2e|ci)|(?:dev|development|local|test|e2e)\.Dockerfile)$|(?:^|\/)(?:__tests__|tests?|fixtures|e2e|cypress|examples?)\//i;

/** Dockerfiles that build an image which may run in production (not dev environments, tests or examples). */
export function shippedDockerfiles(repo: Repository): string[] {
  return repo.fact('shippedDockerfiles', () => dockerfiles(repo).filter((f) => !NOT_SHIPPED_DOCKERFILE.test(f)));
}

/** The repository ships something that runs somewhere: a server app, a Worker, or a build definition. */
export function hasDeployTarget(repo: Repository): boolean {
  return repo.fact(
    'hasDeployTarget',
    () => serverApps(repo).length > 0 || hasWorker(repo) || buildDefinitions(repo).length > 0,
  );
}

/**
 * Source files of the application (not tests, configs, scripts or examples), in index order: the
 * first `limit` of them (rules read a capped number; half a million paths are not made for them).
 */
export function sourceFiles(repo: Repository, limit = Infinity): string[] {
  return repo.fact(`sourceFiles:${limit}`, () => repo.select(isAppSourceName, isAppSourceFolder, limit));
}

/** Source files that belong to a package folder ('' = whole repository), the first `limit` of them. */
export function sourceFilesOf(repo: Repository, dir: string, limit = Infinity): string[] {
  if (!dir) return sourceFiles(repo, limit);
  const prefix = `${dir}/`;
  return repo.fact(`sourceFilesOf:${dir}:${limit}`, () =>
    repo.select(isAppSourceName, (folder) => folder.startsWith(prefix) && isAppSourceFolder(folder), limit),
  );
}

export const DATABASE_DEPENDENCIES = [
  '@prisma/client',
  'prisma',
  'pg',
  'postgres',
  'mysql',
  'mysql2',
  'mongodb',
  'mongoose',
  'sqlite3',
  'better-sqlite3',
  'sqlite',
  'knex',
  'sequelize',
  'typeorm',
  'drizzle-orm',
  '@libsql/client',
  'redis',
  'ioredis',
  '@neondatabase/serverless',
];

/** The app keeps state: it depends on a database or cache driver/ORM, or declares one (Prisma schema, D1 binding). */
export function usesDatabase(repo: Repository): boolean {
  return repo.fact(
    'usesDatabase',
    () =>
      DATABASE_DEPENDENCIES.some((d) => repo.hasDependency(d)) ||
      repo.byName('schema.prisma').length > 0 ||
      d1Bindings(repo),
  );
}

function d1Bindings(repo: Repository): boolean {
  return repo.byName(/^wrangler\.(toml|jsonc?)$/).some((f) => /d1_databases/.test(repo.read(f) ?? ''));
}

/** Line of `"key"` inside a JSON file (best effort, for annotations). */
export function jsonKeyLine(repo: Repository, file: string, key: string): number | undefined {
  return repo.find(file, new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`))?.line;
}

export const COMPOSE_FILE = /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/;

/** Compose files of the repository. */
export function composeFiles(repo: Repository): string[] {
  return repo.fact('composeFiles', () => repo.byName(COMPOSE_FILE));
}

/** Drivers of databases and caches that run as a server of their own (not SQLite, not an ORM alone). */
const SERVICE_DATABASE_DRIVERS = [
  'pg',
  'postgres',
  'mysql',
  'mysql2',
  'mariadb',
  'mongodb',
  'mongoose',
  'redis',
  'ioredis',
  '@redis/client',
  'tedious',
  'mssql',
  'oracledb',
  'cassandra-driver',
  '@clickhouse/client',
];

/**
 * The dependency (or Prisma provider) through which a package uses a database that runs as its own
 * service, or undefined when it has none: SQLite, D1 and an ORM without a server driver do not count.
 */
export function serviceDatabaseOf(repo: Repository, pkg: PackageJson): string | undefined {
  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  const driver =
    SERVICE_DATABASE_DRIVERS.find((d) => d in pkg.dependencies) ?? SERVICE_DATABASE_DRIVERS.find((d) => d in deps);
  if (driver) return driver;
  for (const schema of repo.byName(/\.prisma$/)) {
    if (pkg.dir && !schema.startsWith(`${pkg.dir}/`)) continue;
    const provider = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"(\w+)"/.exec(repo.read(schema) ?? '')?.[1];
    if (provider && provider !== 'sqlite') return `prisma (provider "${provider}" in ${schema})`;
  }
  return undefined;
}
