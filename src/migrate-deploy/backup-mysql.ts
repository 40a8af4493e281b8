// MySQL and MariaDB backups: mysqldump (or mariadb-dump) in one consistent transaction, verified by
// its completion trailer and by finding every table of the database in it; restored with the mysql
// client after dropping the tables the release added. The password reaches the client tools in an
// option file readable only by us (never argv), removed when they finish.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../lib/exec.js';
import { connect } from './connection.js';
import type { DatabaseTarget } from './database-url.js';
import { runnerTemp } from '../lib/action.js';

/** Option-file value: double-quoted, with backslash and quote escaped (the client's own syntax). */
const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

async function withOptionFile<T>(db: DatabaseTarget, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(runnerTemp(), 'shipshape-my-'));
  chmodSync(dir, 0o700);
  const file = join(dir, 'client.cnf');
  const lines = ['[client]', `host=${quoted(db.host ?? '127.0.0.1')}`, `port=${db.port ?? 3306}`];
  if (db.user) lines.push(`user=${quoted(db.user)}`);
  if (db.password) lines.push(`password=${quoted(db.password)}`);
  // 127.0.0.1 or localhost: TCP all the same, never the server's Unix socket.
  lines.push('protocol=TCP');
  writeFileSync(file, lines.join('\n') + '\n', { mode: 0o600 });
  try {
    return await fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first of these on PATH: MariaDB's names first, then MySQL's (Debian links both). */
async function clientTool(names: string[]): Promise<{ file: string; mariadb: boolean }> {
  for (const name of names) {
    const v = await runCommand(name, ['--version'], { allowFailure: true }).catch(() => undefined);
    if (v && v.exitCode === 0) return { file: name, mariadb: /mariadb/i.test(v.stdout) };
  }
  throw new Error(`none of ${names.join(', ')} is installed on this runner (install the MySQL or MariaDB client)`);
}

async function baseTables(db: DatabaseTarget): Promise<string[]> {
  const session = await connect(db);
  try {
    const rows = await session.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
    );
    return rows.map((r) => String(r.name));
  } finally {
    await session.end();
  }
}

export async function dumpMysql(db: DatabaseTarget, path: string): Promise<{ bytes: number; entries: number }> {
  const tool = await clientTool(['mariadb-dump', 'mysqldump']);
  await withOptionFile(db, (options) =>
    runCommand(tool.file, [
      `--defaults-extra-file=${options}`,
      '--single-transaction',
      '--triggers',
      '--hex-blob',
      '--no-tablespaces',
      // MySQL 8's mysqldump asks a MariaDB server for column statistics it does not have.
      ...(tool.mariadb ? [] : ['--column-statistics=0']),
      `--result-file=${path}`,
      db.database!,
    ]),
  );
  const text = readFileSync(path, 'utf8');
  if (!/^-- Dump completed/m.test(text)) throw new Error(`backup ${path} is incomplete: no completion trailer`);
  const tables = await baseTables(db);
  const missing = tables.filter((t) => !text.includes(`CREATE TABLE \`${t.replace(/`/g, '``')}\``));
  if (missing.length) throw new Error(`backup ${path} lacks table(s) ${missing.join(', ')}; it cannot be restored`);
  return { bytes: statSync(path).size, entries: tables.length };
}

export async function restoreMysql(db: DatabaseTarget, path: string): Promise<void> {
  const dump = readFileSync(path);
  const text = dump.toString('utf8');
  // The dump drops and recreates its own tables; tables the release added are not in it.
  const session = await connect(db);
  try {
    const added = (await baseTables(db)).filter((t) => !text.includes(`CREATE TABLE \`${t.replace(/`/g, '``')}\``));
    if (added.length) {
      await session.query('SET FOREIGN_KEY_CHECKS = 0');
      for (const t of added) await session.query(`DROP TABLE IF EXISTS ${session.ident(t)}`);
    }
  } finally {
    await session.end();
  }
  const tool = await clientTool(['mariadb', 'mysql']);
  await withOptionFile(db, (options) =>
    runCommand(tool.file, [`--defaults-extra-file=${options}`, '--binary-mode', db.database!], { stdin: dump }),
  );
}
