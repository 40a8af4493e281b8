// database/sqlite-in-production: the production datasource is a SQLite file on the server's disk
// (Prisma provider "sqlite", a knex/sequelize/typeorm/drizzle sqlite config). One writer at a time,
// no horizontal scaling, and the data dies with an ephemeral container (seeds 000-002).
// Raw drivers count too: better-sqlite3, sqlite3, bun:sqlite, node:sqlite opening a file, a libSQL
// client on a `file:` URL. Managed SQLite (Cloudflare D1, Turso/libSQL) and SQLite only in test/dev
// configs are fine.
import { posix } from 'node:path';
import { buildDefinitions, isWorkerPackage, serverApps, sourceFiles } from '../../../lib/repository/facts.js';
import { NOT_PRODUCTION_PATH } from '../../../lib/repository/migrations.js';
import type { PackageJson, Repository } from '../../../lib/repository/repository.js';
import type { Rule, RuleHit } from '../rule.js';

/** Drivers/adapters that make "sqlite" a managed service (Turso/libSQL, D1) rather than a local file. */
const MANAGED_SQLITE =
  /^(?:@prisma\/adapter-libsql|@libsql\/client|@prisma\/adapter-d1|@libsql\/kysely-libsql|drizzle-orm\/d1|@cloudflare\/d1)$/;
/** Desktop/mobile apps keep a local database by design. */
const LOCAL_APP = /^(?:electron|@tauri-apps\/api|react-native|expo|@capacitor\/core)$/;
const DEV_FILE = /(?:^|[._-])(?:test|tests|spec|dev|development|local|e2e|ci)(?:[._-]|$)/i;
const SQLITE_CLIENT = /['"](?:sqlite3?|better-sqlite3|sqlite)['"]/;
const RAW_DRIVER_IMPORT =
  /(?:from\s*|require\(\s*|import\(\s*)['"](better-sqlite3|sqlite3|bun:sqlite|node:sqlite|sqlite|@libsql\/client)['"]/;
// Opening a database file: new Database('app.db'), new sqlite3.Database(path), new DatabaseSync(...),
// open({ filename }), createClient({ url: 'file:...' }). `:memory:` is not a store.
const OPENS_FILE =
  /new\s+(?:\w+\.)?(?:Database|DatabaseSync)\(\s*(?!['"]:memory:['"])[^)\s]|\bopen\(\s*\{\s*filename\s*:|createClient\(\s*\{\s*url\s*:\s*['"`]file:/;
const MAX_FILES = 2000;

export const sqliteInProduction: Rule = {
  id: 'database/sqlite-in-production',
  severity: 'critical',
  title: 'SQLite file as the production database',
  remediation:
    'Move production data to a managed database (PostgreSQL on RDS, Neon, Render or Fly; or managed SQLite such as Turso or Cloudflare D1), keep SQLite for tests if you like, and migrate the data with a tested export/import.',
  check(repo) {
    if (!serverApps(repo).length && !buildDefinitions(repo).length) return [];
    const hits: RuleHit[] = [];
    for (const file of repo.byName(/\.prisma$/)) {
      if (NOT_PRODUCTION_PATH.test(file) || DEV_FILE.test(posix.basename(file, '.prisma'))) continue;
      const pkg = owningPackage(repo, file);
      if (pkg && managedOrLocal(repo, pkg)) continue;
      const text = repo.read(file) ?? '';
      const block = /datasource\s+(\w+)\s*\{([^}]*)\}/.exec(text);
      if (!block || !/provider\s*=\s*"sqlite"/.test(block[2])) continue;
      const url = /url\s*=\s*("[^"]*"|env\("[^"]*"\))/.exec(block[2])?.[1];
      if (url && /libsql:|turso/i.test(url)) continue;
      const line = repo.lineAt(file, block.index + block[0].indexOf('provider'));
      hits.push({
        message: `${file}: datasource \`${block[1]}\` uses provider "sqlite"${url ? ` with url ${url}` : ''}, a database file on the server's own disk`,
        file,
        line,
      });
    }
    for (const file of repo.byName(/^knexfile\.[cm]?[jt]s$/))
      hits.push(...configHit(repo, file, 'knex client', /client\s*:\s*/));
    for (const file of repo.byName(/^(?:ormconfig\.(?:json|[cm]?[jt]s)|data-?source\.[cm]?[jt]s)$/))
      hits.push(...configHit(repo, file, 'TypeORM type', /type\s*:\s*|"type"\s*:\s*/));
    for (const file of repo.byName('config.json').filter((f) => /(?:^|\/)config\/config\.json$/.test(f)))
      hits.push(...sequelizeHit(repo, file));
    for (const file of repo.byName(/^drizzle\.config\.[cm]?[jt]s$/)) {
      const text = repo.read(file) ?? '';
      if (
        NOT_PRODUCTION_PATH.test(file) ||
        !/dialect\s*:\s*['"]sqlite['"]/.test(text) ||
        /driver\s*:\s*['"](?:turso|d1-http|durable-sqlite|expo)['"]/.test(text)
      )
        continue;
      const pkg = owningPackage(repo, file);
      if (pkg && managedOrLocal(repo, pkg)) continue;
      const found = repo.find(file, /dialect\s*:\s*['"]sqlite['"]/)!;
      hits.push({
        message: `${file} sets Drizzle's dialect to "sqlite" with a local database file`,
        file,
        line: found.line,
      });
    }
    if (!hits.length) hits.push(...rawDriverHits(repo));
    // LiteFS replicates the file to other machines and Litestream streams it to object storage:
    // still a file on the server's disk, but neither lost with the container nor tied to one host.
    const replicated = repo.byName(/^(?:litefs|litestream)\.ya?ml$/)[0];
    if (replicated)
      return hits.map((h) => ({
        ...h,
        message: `${h.message}; ${replicated} replicates it, which keeps the data but not the one-writer limit`,
        severity: 'high' as const,
        confidence: 'medium' as const,
      }));
    return hits;
  },
};

/** The first server source file that opens a SQLite file through a raw driver. */
function rawDriverHits(repo: Repository): RuleHit[] {
  for (const file of sourceFiles(repo, MAX_FILES)) {
    if (NOT_PRODUCTION_PATH.test(file)) continue;
    const text = repo.read(file);
    const driver = text && RAW_DRIVER_IMPORT.exec(text)?.[1];
    if (!driver) continue;
    const pkg = owningPackage(repo, file);
    if (pkg && managedOrLocal(repo, pkg, driver !== '@libsql/client')) continue;
    const opens = OPENS_FILE.exec(text);
    if (!opens) continue;
    return [
      {
        message: `${file} opens a SQLite database file through ${driver} (line ${repo.lineAt(file, opens.index)}): a database file on the server's own disk`,
        file,
        line: repo.lineAt(file, opens.index),
      },
    ];
  }
  return [];
}

function managedOrLocal(repo: Repository, pkg: PackageJson, libsqlIsManaged = true): boolean {
  // A Worker cannot open a file: its "sqlite" is D1 (or a Durable Object's storage).
  if (isWorkerPackage(repo, pkg)) return true;
  const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
  return deps.some((d) => (MANAGED_SQLITE.test(d) && (libsqlIsManaged || d !== '@libsql/client')) || LOCAL_APP.test(d));
}

/** knexfile / TypeORM config: sqlite in the production section, or in a config with no environments. */
function configHit(repo: Repository, file: string, what: string, key: RegExp): RuleHit[] {
  if (NOT_PRODUCTION_PATH.test(file)) return [];
  const text = repo.read(file) ?? '';
  const pkg = owningPackage(repo, file);
  if (pkg && managedOrLocal(repo, pkg)) return [];
  const clientRe = new RegExp(key.source + SQLITE_CLIENT.source);
  const production = /\bproduction['"]?\s*:/.exec(text);
  let scope = text;
  let offset = 0;
  if (production) {
    offset = production.index;
    const rest = text.slice(offset + production[0].length);
    const nextEnv = /\n\s*['"]?(?:development|dev|test|testing|staging|local)['"]?\s*:/.exec(rest);
    scope = text.slice(offset, offset + production[0].length + (nextEnv ? nextEnv.index : rest.length));
  } else if (/\b(?:development|test|staging)['"]?\s*:/.test(text)) {
    return []; // environments exist but none is production: sqlite is a dev/test choice
  }
  const m = clientRe.exec(scope);
  if (!m) return [];
  return [
    {
      message: `${file} sets the ${what} to ${m[0].replace(key, '').trim()}${production ? ' for production' : ''}: a database file on the server's own disk`,
      file,
      line: repo.lineAt(file, offset + m.index),
    },
  ];
}

function sequelizeHit(repo: Repository, file: string): RuleHit[] {
  if (NOT_PRODUCTION_PATH.test(file)) return [];
  const config = repo.json(file) as { production?: { dialect?: unknown } } | undefined;
  if (config?.production?.dialect !== 'sqlite') return [];
  const line = repo.find(file, /"dialect"\s*:\s*"sqlite"/)?.line;
  return [
    {
      message: `${file} sets Sequelize's production dialect to "sqlite": a database file on the server's own disk`,
      file,
      line,
    },
  ];
}

/** The nearest package.json above a file. */
function owningPackage(repo: Repository, file: string): PackageJson | undefined {
  let best: PackageJson | undefined;
  for (const pkg of repo.packages) {
    if ((pkg.dir === '' || file.startsWith(`${pkg.dir}/`)) && (!best || pkg.dir.length > best.dir.length)) best = pkg;
  }
  return best;
}
