// Pending migrations: the migration files the tool's history table has not recorded yet.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { MigrationPlan } from './detect-tool.js';

interface History {
  table: string;
  column: string;
  /** The id a file is recorded under. */
  idOf: (file: string) => string;
  files: (dir: string) => string[];
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
  },
  knex: { table: 'knex_migrations', column: 'name', idOf: (f) => f, files: scriptFiles },
};

/** Migration ids not applied yet, or undefined when this tool's history cannot be read. */
export async function listPending(plan: MigrationPlan, cwd: string, url: string): Promise<string[] | undefined> {
  const history = HISTORY[plan.tool];
  if (!history || !plan.migrationsDir || !existsSync(join(cwd, plan.migrationsDir))) return undefined;
  const files = history.files(join(cwd, plan.migrationsDir));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query('SELECT to_regclass($1) AS t', [history.table]);
    if (!exists.rows[0].t) return files.map(history.idOf);
    const where =
      history.table === '_prisma_migrations' ? ' WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL' : '';
    const { rows } = await client.query(`SELECT ${history.column}::text AS id FROM ${history.table}${where}`);
    const applied = new Set(rows.map((r) => String(r.id)));
    return files.map(history.idOf).filter((id) => !applied.has(id));
  } finally {
    await client.end();
  }
}
