// migrate-deploy end to end: a real PostgreSQL 15, real dbmate and node-pg-migrate, and a real
// HTTP deploy target on loopback, through the bundled action.
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { visibleLog } from '../support/run-dist.js';
import { PASSWORD, startPostgres, type Postgres } from '../support/postgres.js';
import { release, startTarget, type DeployTarget } from '../support/deploy-target.js';

const FIXTURES = resolve('test/fixtures/migrate-deploy');
let pg: Postgres;
let target: DeployTarget;
let dbCount = 0;

beforeAll(async () => {
  pg = await startPostgres();
  target = await startTarget();
});
afterAll(async () => {
  pg?.stop();
  await target?.close();
});
beforeEach(() => target.reset());

/** A fresh database with rows written before the release. */
async function database(): Promise<{ name: string; url: string }> {
  const name = `app${++dbCount}`;
  const url = await pg.createDatabase(name);
  await pg.query(name, 'CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL)');
  await pg.query(
    name,
    "INSERT INTO customers (email) SELECT 'c' || g || '@example.test' FROM generate_series(1, 250) g",
  );
  return { name, url };
}

const customers = async (db: string) => Number((await pg.query(db, 'SELECT count(*) AS n FROM customers')).rows[0].n);
const tableExists = async (db: string, table: string) =>
  (await pg.query(db, `SELECT to_regclass('${table}') AS t`)).rows[0].t !== null;

test('a clean release: lock, verified backup, migrate with dbmate, deploy hook, healthy', async () => {
  const db = await database();
  const run = await release('dbmate-app', {
    'database-url': db.url,
    'deploy-hook-url': `${target.url}/hook`,
    'health-url': `${target.url}/health`,
    'health-expect': 'version=1.4.0',
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    'migrations-applied': '2',
    deployed: 'true',
    'rolled-back': 'false',
    'health-status': '200',
  });
  expect(target.hooks).toBe(1);
  expect(await tableExists(db.name, 'invoices')).toBe(true);
  expect(await customers(db.name)).toBe(250);
  // The backup is a real custom-format dump with the customers table in it.
  const toc = spawnSync('pg_restore', ['--list', run.outputs['backup-path']], { encoding: 'utf8' });
  expect(toc.stdout).toMatch(/TABLE DATA public customers/);
  // Phases in the summary; the password nowhere in the log or the summary.
  for (const phase of ['Preflight', 'Lock', 'Backup', 'Migrate', 'Deploy', 'Verify'])
    expect(run.summary).toMatch(new RegExp(`\\| ${phase} \\| ✅ ok \\|`));
  expect(run.summary).toContain('Pending migrations before the release (2): `20250101000000`, `20250201000000`');
  expect(visibleLog(run.stdout) + run.summary).not.toContain(PASSWORD);
  expect(run.stdout).toContain(`::add-mask::${PASSWORD}`); // masked for the runner
  // A second release has nothing pending and applies nothing.
  const again = await release('dbmate-app', { 'database-url': db.url });
  expect(again.exitCode).toBe(0);
  expect(again.outputs['migrations-applied']).toBe('0');
});

test('node-pg-migrate is run the same way', async () => {
  const db = await database();
  const run = await release('node-pg-migrate-app', { 'database-url': db.url, tool: 'node-pg-migrate' });
  expect(run.exitCode).toBe(0);
  expect(run.outputs['migrations-applied']).toBe('1');
  expect(await tableExists(db.name, 'items')).toBe(true);
});

test('a migration that fails half way: nothing deployed, database as the tool left it, backup named', async () => {
  const db = await database();
  const run = await release('dbmate-broken', {
    'database-url': db.url,
    'deploy-hook-url': `${target.url}/hook`,
    'restore-on-failure': 'true',
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(
    /::error::migration failed: .*nothing was deployed and the database is as dbmate left it; backup: \S+\.dump/,
  );
  expect(run.outputs).toMatchObject({ deployed: 'false', 'rolled-back': 'false' });
  expect(target.hooks).toBe(0);
  expect(existsSync(run.outputs['backup-path'])).toBe(true);
  expect(await tableExists(db.name, 'orders')).toBe(true); // the first migration stays applied
  expect(await customers(db.name)).toBe(250);
});

test('a deploy hook that answers 500: rollback-command runs and the backup is restored, no row lost', async () => {
  const db = await database();
  target.hookStatus = 500;
  const marker = join(mkdtempSync(join(tmpdir(), 'rb-')), 'rolled-back');
  const run = await release('dbmate-app', {
    'database-url': db.url,
    'deploy-hook-url': `${target.url}/hook`,
    'rollback-command': `touch ${marker}`,
    'restore-on-failure': 'true',
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(
    /::error::deploy hook answered HTTP 500.*rolled back \(rollback-command, backup restored\)/,
  );
  expect(target.hooks).toBe(3); // retried
  expect(run.outputs).toMatchObject({ deployed: 'false', 'rolled-back': 'true' });
  expect(existsSync(marker)).toBe(true);
  expect(await tableExists(db.name, 'orders')).toBe(false); // the release's tables are gone
  expect(await customers(db.name)).toBe(250);
});

test('a health check that never turns healthy: rolled back and restored', async () => {
  const db = await database();
  target.healthStatus = 503;
  const run = await release('dbmate-app', {
    'database-url': db.url,
    'deploy-hook-url': `${target.url}/hook`,
    'health-url': `${target.url}/health`,
    'restore-on-failure': 'true',
  });
  expect(run.exitCode).toBe(1);
  expect(run.outputs).toMatchObject({
    deployed: 'true',
    'rolled-back': 'true',
    'health-status': 'timeout (last: 503)',
  });
  expect(run.stdout).toMatch(/did not turn healthy within 3 s/);
  expect(await tableExists(db.name, 'invoices')).toBe(false);
  expect(await customers(db.name)).toBe(250);
});

test('two releases at once on one database: the second waits for the lock, then fails clearly', async () => {
  const db = await database();
  target.healthDelayMs = 4000; // the first release holds the lock while its slow deploy runs
  const first = release('dbmate-app', {
    'database-url': db.url,
    'deploy-hook-url': `${target.url}/hook`,
    'lock-timeout': '30',
  });
  await new Promise((r) => setTimeout(r, 1500));
  const second = await release('dbmate-app', { 'database-url': db.url, 'lock-timeout': '1' });
  const firstRun = await first;
  expect(firstRun.exitCode).toBe(0);
  expect(second.exitCode).toBe(1);
  expect(second.stdout).toContain('another release holds the migration lock on this database');
  expect(second.outputs['backup-path']).toBe(''); // nothing was touched
  expect(await customers(db.name)).toBe(250);
});

test('a SQLite file is refused unless allow-sqlite, and backed up with the online backup API when allowed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-'));
  const file = join(dir, 'app.db');
  spawnSync('sqlite3', [
    file,
    "CREATE TABLE notes (id integer primary key, body text); INSERT INTO notes (body) VALUES ('kept');",
  ]);
  const refused = await release('dbmate-app', { 'database-url': `file:${file}`, 'migrate-command': 'true' });
  expect(refused.exitCode).toBe(1);
  expect(refused.stdout).toMatch(/::error::input `database-url` is a SQLite file .* set allow-sqlite: true/);
  const sql = join(dir, 'migrate.sql');
  writeFileSync(sql, 'CREATE TABLE tags (id integer primary key);\n');
  const allowed = await release('dbmate-app', {
    'database-url': `file:${file}`,
    'allow-sqlite': 'true',
    'migrate-command': `sqlite3 "${file}" < "${sql}"`,
  });
  expect(allowed.exitCode).toBe(0);
  const check = spawnSync(
    'sqlite3',
    [allowed.outputs['backup-path'], 'SELECT body FROM notes; PRAGMA integrity_check;'],
    { encoding: 'utf8' },
  );
  expect(check.stdout).toBe('kept\nok\n');
  expect(readFileSync(allowed.outputs['backup-path']).length).toBeGreaterThan(0);
});

test.each([
  [{ 'database-url': 'postgres://u:p@@:bad' }, 'input `database-url` is not a valid database URL'],
  [{ 'database-url': 'redis://localhost:6379/0' }, 'input `database-url` has the unsupported scheme `redis`'],
  [{ tool: 'flyway' }, 'input `tool` must be one of auto, prisma, dbmate'],
  [{ tool: 'node-pg-migrate' }, 'node-pg-migrate migrations folder `migrations` does not exist'],
  [
    { 'deploy-command': 'no-such-deployer --prod' },
    'input `deploy-command`: `no-such-deployer` is not a command on this runner',
  ],
])('rejects %j before changing anything', async (inputs, message) => {
  const db = await database();
  const run = await release('dbmate-app', { 'database-url': db.url, ...inputs });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain(message);
  expect(visibleLog(run.stdout)).not.toContain('u:p@@');
  expect(await tableExists(db.name, 'orders')).toBe(false);
});

test('an unreachable database is named without its password', async () => {
  const run = await release('dbmate-app', { 'database-url': `postgres://shipshape:${PASSWORD}@127.0.0.1:1/app` });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain(
    '::error::input `database-url`: the database at 127.0.0.1:1/app is unreachable (ECONNREFUSED)',
  );
  expect(visibleLog(run.stdout)).not.toContain(PASSWORD);
});

test('dry run: pending migrations and the release steps listed, nothing locked, backed up, migrated or deployed', async () => {
  const db = await database();
  const run = await release('dbmate-app', {
    'database-url': db.url,
    'dry-run': 'true',
    'deploy-hook-url': `${target.url}/hook`,
    'health-url': `${target.url}/health`,
    'restore-on-failure': 'true',
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    'pending-count': '2',
    pending: '20250101000000\n20250201000000',
    'migrations-applied': '0',
    'backup-path': '',
    deployed: 'false',
    'destructive-changes': '',
  });
  expect(target.hooks).toBe(0);
  expect(await tableExists(db.name, 'orders')).toBe(false);
  expect(await tableExists(db.name, 'schema_migrations')).toBe(false);
  expect(run.summary).toContain('🔍 Dry run: 2 pending migrations; nothing was changed.');
  expect(run.summary).toContain('1. Lock: take the advisory lock (pg_try_advisory_lock)');
  expect(run.summary).toMatch(
    /Migrate: `npx --no-install dbmate --no-dump-schema --migrations-dir db\/migrations up` \(dbmate\)/,
  );
  expect(run.summary).toContain('Deploy: POST the deploy hook (URL masked)');
  expect(run.summary).toContain('On a failed deploy or health check: restore the backup');
  expect(run.summary).not.toMatch(/\| (Lock|Backup|Migrate|Deploy) \|/);
  expect(visibleLog(run.stdout) + run.summary).not.toContain(`${target.url}/hook`);
});

test('destructive changes in pending SQL: fail stops before anything runs, warn releases with annotations', async () => {
  const db = await database();
  const refused = await release('dbmate-destructive', { 'database-url': db.url });
  expect(refused.exitCode).toBe(1);
  expect(refused.stdout).toContain(
    '::error::pending migrations make destructive changes: 20250301000000: RENAME COLUMN customers.email TO contact_email; 20250301000000: DROP COLUMN orders.total; 20250301000000: ADD COLUMN orders.region NOT NULL without a default. Nothing was changed',
  );
  expect(refused.outputs['destructive-changes'].split('\n')).toHaveLength(3);
  expect(refused.outputs['backup-path']).toBe('');
  expect(await tableExists(db.name, 'orders')).toBe(false);
  expect(refused.summary).toContain('### Destructive changes');
  expect(refused.summary).toContain('| `20250301000000` | DROP COLUMN orders.total |');
  // The down section drops orders: that is not a change this release makes.
  expect(refused.stdout).not.toContain('DROP TABLE orders');

  const warned = await release('dbmate-destructive', { 'database-url': db.url, destructive: 'warn' });
  expect(warned.exitCode).toBe(0);
  expect(warned.stdout).toContain('::warning::destructive change in 20250301000000: DROP COLUMN orders.total');
  expect(warned.outputs['migrations-applied']).toBe('2');
  expect(await customers(db.name)).toBe(250);
  expect((await pg.query(db.name, "SELECT count(*) AS n FROM customers WHERE contact_email LIKE 'c%'")).rows[0].n).toBe(
    '250',
  );
});

test('SQL the parser cannot read is named as not checked, never passed silently', async () => {
  const db = await database();
  const run = await release('dbmate-app', {
    'database-url': db.url,
    'dry-run': 'true',
    tool: 'node-pg-migrate',
    'working-directory': join(FIXTURES, 'node-pg-migrate-app'),
  });
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toContain(
    '::warning::destructive-change check: 1735689600000_create-items not checked: 1735689600000_create-items.cjs is code, not SQL',
  );
  expect(run.summary).toContain('Not checked for destructive changes: `1735689600000_create-items`');
});
