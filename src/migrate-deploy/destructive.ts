// The destructive-change check (what Atlas's migrate lint does): the SQL of each pending migration,
// read with a real parser (pgsql-ast-parser for PostgreSQL, node-sql-parser's MySQL grammar for
// MySQL and MariaDB), and every statement that drops a table or column, renames one, or adds a
// NOT NULL column without a default listed. Migrations in JavaScript, and SQL the parser cannot
// read, are listed as not checked rather than passed silently.
import { basename } from 'node:path';
import { parse as parsePostgres, type Statement } from 'pgsql-ast-parser';
import { readTextInside } from '../lib/read-inside.js';
import type { DatabaseKind } from './database-url.js';
import type { Tool } from './detect-tool.js';
import type { PendingMigration } from './pending.js';

export { DESTRUCTIVE_POLICIES, type DestructivePolicy } from './destructive-policy.js';

export interface DestructiveChange {
  migration: string;
  /** e.g. `DROP TABLE orders`, `ADD COLUMN orders.total NOT NULL without a default`. */
  change: string;
}

export interface DestructiveReport {
  changes: DestructiveChange[];
  /** Migrations that could not be read as SQL, with why. */
  unchecked: { migration: string; reason: string }[];
}

/** The part of a migration file that runs on the way up (dbmate and node-pg-migrate mark it). */
export function upSql(text: string, tool: Tool): string {
  const markers: Partial<Record<Tool, { up: RegExp; down: RegExp }>> = {
    dbmate: { up: /^--\s*migrate:up\b.*$/m, down: /^--\s*migrate:down\b.*$/m },
    'node-pg-migrate': { up: /^--\s*Up Migration\b.*$/im, down: /^--\s*Down Migration\b.*$/im },
  };
  const m = markers[tool];
  if (!m) return text;
  const up = m.up.exec(text);
  const start = up ? up.index + up[0].length : 0;
  const rest = text.slice(start);
  const down = m.down.exec(rest);
  return down ? rest.slice(0, down.index) : rest;
}

const MAX_MIGRATION_BYTES = 16 * 1024 * 1024;

export async function checkDestructive(
  pending: readonly PendingMigration[],
  tool: Tool,
  kind: DatabaseKind,
): Promise<DestructiveReport> {
  const report: DestructiveReport = { changes: [], unchecked: [] };
  const classify = kind === 'mysql' ? await mysqlClassifier() : postgresChanges;
  for (const m of pending) {
    if (!/\.sql$/i.test(m.path)) {
      report.unchecked.push({ migration: m.id, reason: `${basename(m.path)} is code, not SQL` });
      continue;
    }
    // A migration is the repository's file: never through a link, never blocking on a FIFO.
    const read = readTextInside(m.path, undefined, MAX_MIGRATION_BYTES);
    if ('refused' in read) {
      report.unchecked.push({ migration: m.id, reason: `unreadable: ${read.refused}` });
      continue;
    }
    let sql: string;
    try {
      sql = upSql(read.text, tool);
    } catch (error) {
      report.unchecked.push({ migration: m.id, reason: `unreadable: ${(error as Error).message}` });
      continue;
    }
    try {
      for (const change of classify(sql)) report.changes.push({ migration: m.id, change });
    } catch (error) {
      const first = String((error as Error).message ?? error).split('\n')[0];
      report.unchecked.push({ migration: m.id, reason: `the SQL parser could not read it (${first.slice(0, 160)})` });
    }
  }
  return report;
}

const pgName = (n: { name: string; schema?: string }) => (n.schema ? `${n.schema}.${n.name}` : n.name);

export function postgresChanges(sql: string): string[] {
  const out: string[] = [];
  for (const st of parsePostgres(sql) as Statement[]) {
    if (st.type === 'drop table') out.push(`DROP TABLE ${st.names.map(pgName).join(', ')}`);
    if (st.type !== 'alter table') continue;
    const table = pgName(st.table);
    for (const c of st.changes) {
      if (c.type === 'drop column') out.push(`DROP COLUMN ${table}.${c.column.name}`);
      else if (c.type === 'rename') out.push(`RENAME TABLE ${table} TO ${c.to.name}`);
      else if (c.type === 'rename column') out.push(`RENAME COLUMN ${table}.${c.column.name} TO ${c.to.name}`);
      else if (c.type === 'alter column' && c.alter.type === 'set not null')
        out.push(`SET NOT NULL on ${table}.${c.column.name}`);
      else if (c.type === 'add column') {
        const kinds = (c.column.constraints ?? []).map((k) => k.type);
        const serial = /serial$/i.test((c.column.dataType as { name?: string }).name ?? '');
        if ((kinds.includes('not null') || kinds.includes('primary key')) && !kinds.includes('default') && !serial)
          out.push(`ADD COLUMN ${table}.${c.column.name.name} NOT NULL without a default`);
      }
    }
  }
  return out;
}

// node-sql-parser's AST is untyped at this depth: only the fields read here are described.
interface MyRef {
  table?: string;
  column?: string | { expr?: { value?: string } };
}
interface MyAlter {
  action: string;
  resource?: string;
  column?: MyRef;
  old_column?: MyRef;
  table?: string;
  nullable?: { type: string };
  default_val?: unknown;
  auto_increment?: string;
  primary_key?: string;
}
interface MyStatement {
  type: string;
  keyword?: string;
  name?: MyRef[];
  table?: MyRef[] | MyRef[][];
  expr?: MyAlter[];
}

const myColumn = (r?: MyRef) =>
  typeof r?.column === 'string' ? r.column : (r?.column?.expr?.value ?? String(r?.column ?? '?'));

async function mysqlClassifier(): Promise<(sql: string) => string[]> {
  // Only a MySQL release loads this grammar (a quarter of a megabyte).
  const mod = await import('node-sql-parser/build/mysql.js');
  const Parser =
    (mod as unknown as { Parser?: new () => unknown; default?: { Parser: new () => unknown } }).Parser ??
    (mod as unknown as { default: { Parser: new () => unknown } }).default.Parser;
  const parser = new Parser() as { astify(sql: string, opt: { database: string }): MyStatement | MyStatement[] };
  return (sql) => {
    const ast = parser.astify(sql, { database: 'MySQL' });
    return mysqlChanges(Array.isArray(ast) ? ast : [ast]);
  };
}

export function mysqlChanges(statements: MyStatement[]): string[] {
  const out: string[] = [];
  for (const st of statements) {
    if (st.type === 'drop' && st.keyword === 'table')
      out.push(`DROP TABLE ${(st.name ?? []).map((n) => n.table).join(', ')}`);
    if (st.type === 'rename')
      for (const pair of (st.table ?? []) as MyRef[][]) out.push(`RENAME TABLE ${pair[0]?.table} TO ${pair[1]?.table}`);
    if (st.type !== 'alter') continue;
    const table = ((st.table ?? []) as MyRef[])[0]?.table ?? '?';
    for (const a of st.expr ?? []) {
      const notNull = a.nullable?.type === 'not null' || Boolean(a.primary_key);
      const noDefault = a.default_val === undefined || a.default_val === null;
      if (a.action === 'drop' && a.resource === 'column') out.push(`DROP COLUMN ${table}.${myColumn(a.column)}`);
      else if (a.action === 'rename' && a.resource === 'table') out.push(`RENAME TABLE ${table} TO ${a.table}`);
      else if (a.action === 'rename' && a.resource === 'column')
        out.push(`RENAME COLUMN ${table}.${myColumn(a.old_column)} TO ${myColumn(a.column)}`);
      else if (a.action === 'change' && myColumn(a.old_column) !== myColumn(a.column))
        out.push(`RENAME COLUMN ${table}.${myColumn(a.old_column)} TO ${myColumn(a.column)}`);
      else if (a.action === 'add' && a.resource === 'column' && notNull && noDefault && !a.auto_increment)
        out.push(`ADD COLUMN ${table}.${myColumn(a.column)} NOT NULL without a default`);
      else if (a.action === 'modify' && notNull && noDefault)
        out.push(`SET NOT NULL on ${table}.${myColumn(a.column)}`);
    }
  }
  return out;
}
