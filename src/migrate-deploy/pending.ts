// Pending migrations: the migration files the tool's history table has not recorded yet.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from './connection.js';
import type { DatabaseTarget } from './database-url.js';
import type { MigrationPlan } from './detect-tool.js';

export interface PendingMigration {
  /** The id the tool records it under (dbmate's version, Prisma's folder name…). */
  id: string;
  /** The file that holds it (Prisma: the folder's migration.sql), absolute. */
  path: string;
}

interface History {
  table: string;
  column: string;
  /** The id a file is recorded under. */
  idOf: (file: string) => string;
  files: (dir: string) => string[];
  /** The file holding the migration's SQL or code. */
  source?: (dir: string, entry: string) => string;
}

const sqlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.sql$/.test(f))
    .sort();
const scriptFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.(c|m)?(j|t)s$|\.sql$/.test(f))
    .sort();

const HISTORY: Partial<Record<MigrationPlan['tool'], History>> = {
  dbmate: { table: 'schema_migrations', column: 'version', idOf: (f) => f.split('_')[0], files: sqlFiles },
  'node-pg-migrate': {
    table: 'pgmigrations',
    column: 'name',
    idOf: (f) => f.replace(/\.[^.]+$/, ''),
    files: scriptFiles,
  },
  prisma: {
    table: '_prisma_migrations',
    column: 'migration_name',
    idOf: (f) => f,
    files: (dir) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort(),
    source: (dir, entry) => join(dir, entry, 'migration.sql'),
  },
  knex: { table: 'knex_migrations', column: 'name', idOf: (f) => f, files: scriptFiles },
};

/** Migrations not applied yet, or undefined when this tool's history cannot be read. */
export async function listPending(
  plan: MigrationPlan,
  cwd: string,
  db: DatabaseTarget,
): Promise<PendingMigration[] | undefined> {
  const history = HISTORY[plan.tool];
  if (!history || !plan.migrationsDir || !existsSync(join(cwd, plan.migrationsDir))) return undefined;
  if (db.kind !== 'postgres' && db.kind !== 'mysql') return undefined;
  const dir = join(cwd, plan.migrationsDir);
  const all = history
    .files(dir)
    .map((entry) => ({ id: history.idOf(entry), path: history.source?.(dir, entry) ?? join(dir, entry) }));
  const session = await connect(db);
  try {
    if (!(await session.tableExists(history.table))) return all;
    const where =
      history.table === '_prisma_migrations' ? ' WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL' : '';
    const id = session.kind === 'postgres' ? `${history.column}::text` : `CAST(${history.column} AS CHAR)`;
    const rows = await session.query<{ id: unknown }>(`SELECT ${id} AS id FROM ${history.table}${where}`);
    const applied = new Set(rows.map((r) => String(r.id)));
    return all.filter((m) => !applied.has(m.id));
  } finally {
    await session.end();
  }
}
