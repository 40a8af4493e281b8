// migrate-deploy on MySQL/MariaDB end to end: Debian's MariaDB server in a throwaway data directory,
// real dbmate, real mariadb-dump and mariadb client, through the bundled action. The same faults as
// on PostgreSQL: a never-healthy release and a failing deploy are rolled back with every row kept.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { visibleLog } from '../support/run-dist.js';
import { release, startTarget, type DeployTarget } from '../support/deploy-target.js';
import { MY_PASSWORD, startMariaDb, type MariaDb } from '../support/mariadb.js';

let my: MariaDb;
let target: DeployTarget;
let dbCount = 0;

beforeAll(async () => {
  my = await startMariaDb();
  target = await startTarget();
}, 90000);
afterAll(async () => {
  await my?.stop();
  await target?.close();
});
beforeEach(() => target.reset());

/** A fresh database with 250 customers written before the release. */
async function database(scheme: 'mariadb' | 'mysql' = 'mariadb'): Promise<{ name: string; url: string }> {
  const name = `shop${++dbCount}`;
  const url = await my.createDatabase(name, scheme);
  await my.query(name, 'CREATE TABLE customers (id int AUTO_INCREMENT PRIMARY KEY, email varchar(200) NOT NULL)');
  await my.query(name, "INSERT INTO customers (email) SELECT CONCAT('c', seq, '@example.test') FROM seq_1_to_250");
  return { name, url };
}

const customers = async (db: string) => Number((await my.query(db, 'SELECT COUNT(*) AS n FROM customers'))[0].n);
const tables = async (db: string) => (await my.query(db, 'SHOW TABLES')).map((r) => String(Object.values(r)[0])).sort();

test('a clean release on MariaDB: GET_LOCK, verified mysqldump backup, dbmate, deploy hook, healthy', async () => {
  const db = await database();
  const runnerTemp = mkdtempSync(join(tmpdir(), 'my-runner-temp-'));
  const run = await release(
    'dbmate-mysql-app',
    {
      'database-url': db.url,
      'deploy-hook-url': `${target.url}/hook`,
      'health-url': `${target.url}/health`,
    },
    { RUNNER_TEMP: runnerTemp },
  );
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    'migrations-applied': '2',
    deployed: 'true',
    'rolled-back': 'false',
    'pending-count': '2',
    pending: '20250101000000\n20250201000000',
    'destructive-changes': '',
  });
  expect(await tables(db.name)).toEqual(['customers', 'invoices', 'orders', 'schema_migrations']);
  expect(await customers(db.name)).toBe(250);
  const dump = readFileSync(run.outputs['backup-path'], 'utf8');
  expect(run.outputs['backup-path']).toMatch(/shop\d+-\d{8}T\d{6}Z\.sql$/);
  expect(dump).toContain('CREATE TABLE `customers`');
  expect(dump).toMatch(/-- Dump completed/);
  for (const phase of ['Preflight', 'Check', 'Lock', 'Backup', 'Migrate', 'Deploy', 'Verify'])
    expect(run.summary).toMatch(new RegExp(`\\| ${phase} \\| ✅ ok \\|`));
  expect(run.summary).toMatch(/\| Backup \| ✅ ok \| [\d.]+ s \| \S+\.sql \(\d+ bytes, 1 entries verified\) \|/);
  expect(visibleLog(run.stdout) + run.summary).not.toContain(MY_PASSWORD);
  expect(visibleLog(run.stdout)).not.toContain(encodeURIComponent(MY_PASSWORD));
  // The client option file holding the password (in RUNNER_TEMP) is gone once the tools finish.
  expect(readdirSync(runnerTemp).filter((f) => f.startsWith('shipshape-my-'))).toEqual([]);
  const again = await release('dbmate-mysql-app', { 'database-url': db.url });
  expect(again.exitCode).toBe(0);
  expect(again.outputs).toMatchObject({ 'migrations-applied': '0', 'pending-count': '0', pending: '' });
});

test('a health check that never turns healthy on MariaDB: rolled back and restored, every row kept', async () => {
  const db = await database('mysql');
  target.healthStatus = 503;
  const run = await release('dbmate-mysql-app', {
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
  expect(run.stdout).toMatch(/::error::.*did not turn healthy within 3 s.*rolled back \(backup restored\)/);
  expect(await tables(db.name)).toEqual(['customers']); // the release's tables are gone
  expect(await customers(db.name)).toBe(250);
  expect((await my.query(db.name, 'SELECT email FROM customers WHERE id = 250'))[0].email).toBe('c250@example.test');
});

test('a deploy hook that answers 500 on MariaDB: restored, no row lost', async () => {
  const db = await database();
  target.hookStatus = 500;
  const run = await release('dbmate-mysql-app', {
    'database-url': db.url,
    'deploy-hook-url': `${target.url}/hook`,
    'restore-on-failure': 'true',
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/::error::deploy hook answered HTTP 500.*rolled back \(backup restored\)/);
  expect(await tables(db.name)).toEqual(['customers']);
  expect(await customers(db.name)).toBe(250);
});

test('two releases at once on one MariaDB database: the second waits for GET_LOCK, then fails clearly', async () => {
  const db = await database();
  target.healthDelayMs = 4000; // the first release holds the lock while its slow deploy runs
  const first = release('dbmate-mysql-app', {
    'database-url': db.url,
    'deploy-hook-url': `${target.url}/hook`,
    'lock-timeout': '30',
  });
  await new Promise((r) => setTimeout(r, 2000));
  const second = await release('dbmate-mysql-app', { 'database-url': db.url, 'lock-timeout': '1' });
  const firstRun = await first;
  expect(firstRun.exitCode).toBe(0);
  expect(second.exitCode).toBe(1);
  expect(second.stdout).toContain('another release holds the migration lock on this database');
  expect(second.outputs['backup-path']).toBe('');
  expect(await customers(db.name)).toBe(250);
});

test('dry run and the destructive-change check on MariaDB, read with the MySQL grammar', async () => {
  const db = await database();
  const dry = await release('dbmate-destructive', { 'database-url': db.url, 'dry-run': 'true', destructive: 'warn' });
  expect(dry.exitCode).toBe(0);
  expect(dry.outputs).toMatchObject({ 'pending-count': '2', pending: '20250101000000\n20250301000000' });
  expect(dry.outputs['destructive-changes'].split('\n')).toEqual([
    '20250301000000: RENAME COLUMN customers.email TO contact_email',
    '20250301000000: DROP COLUMN orders.total',
    '20250301000000: ADD COLUMN orders.region NOT NULL without a default',
  ]);
  expect(dry.summary).toContain('### What the release would do');
  expect(dry.summary).toContain('Lock: take the advisory lock (GET_LOCK)');
  expect(dry.outputs['backup-path']).toBe('');
  expect(await tables(db.name)).toEqual(['customers']); // nothing changed
  const refused = await release('dbmate-destructive', { 'database-url': db.url });
  expect(refused.exitCode).toBe(1);
  expect(refused.stdout).toContain(
    '::error::pending migrations make destructive changes: 20250301000000: RENAME COLUMN customers.email TO contact_email;',
  );
  expect(await tables(db.name)).toEqual(['customers']);
  expect(existsSync(refused.outputs['backup-path'] || '/nonexistent')).toBe(false);
});
