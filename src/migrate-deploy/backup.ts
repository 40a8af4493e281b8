// A consistent backup before migrating, verified before anyone relies on it, and the restore.
// PostgreSQL: pg_dump custom format, verified by listing its table of contents with pg_restore.
// MySQL and MariaDB: mysqldump, verified in backup-mysql.ts.
// SQLite: the online backup API (`.backup`), verified with PRAGMA integrity_check.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { runCommand } from '../lib/exec.js';
import { dumpMysql, restoreMysql } from './backup-mysql.js';
import { connect } from './connection.js';
import { pgEnvironment, type DatabaseTarget } from './database-url.js';

export interface Backup {
  path: string;
  bytes: number;
  /** Entries in the dump's table of contents (PostgreSQL) or 1 for a checked SQLite copy. */
  entries: number;
}

/** A folder (existing, or ending in /) gets a timestamped file inside it; anything else is the file. */
export function backupFile(backupPath: string, db: DatabaseTarget, now = new Date()): string {
  const isDir = backupPath.endsWith('/') || (existsSync(backupPath) && statSync(backupPath).isDirectory());
  if (!isDir) return backupPath;
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const name = db.kind === 'sqlite' ? basename(db.file!).replace(/\.[^.]*$/, '') : db.database;
  const ext = db.kind === 'sqlite' ? 'sqlite' : db.kind === 'mysql' ? 'sql' : 'dump';
  return join(backupPath, `${name}-${stamp}.${ext}`);
}

export async function createBackup(db: DatabaseTarget, path: string): Promise<Backup> {
  mkdirSync(dirname(path), { recursive: true });
  if (db.kind === 'postgres') {
    const env = pgEnvironment(db);
    await runCommand('pg_dump', ['--format=custom', '--no-owner', '--file', path], { env });
    const toc = await runCommand('pg_restore', ['--list', path]);
    const entries = toc.stdout.split('\n').filter((l) => l.trim() && !l.startsWith(';')).length;
    if (!entries && !toc.stdout.includes('Archive created'))
      throw new Error(`backup ${path} has no table of contents; it cannot be restored`);
    return { path, bytes: statSync(path).size, entries };
  }
  if (db.kind === 'mysql') return { path, ...(await dumpMysql(db, path)) };
  if (db.kind === 'sqlite') {
    if (!existsSync(db.file!)) return { path: '', bytes: 0, entries: 0 }; // nothing to back up yet
    await runCommand('sqlite3', [db.file!, `.backup '${path.replace(/'/g, "''")}'`]);
    const check = await runCommand('sqlite3', [path, 'PRAGMA integrity_check;']);
    if (check.stdout.trim() !== 'ok')
      throw new Error(`backup ${path} failed its integrity check: ${check.stdout.trim()}`);
    return { path, bytes: statSync(path).size, entries: 1 };
  }
  throw new Error(
    `backups of ${db.kind} databases are not supported yet; take one with your provider before migrating`,
  );
}

export async function restoreBackup(db: DatabaseTarget, backup: Backup): Promise<void> {
  if (!backup.path) return;
  if (db.kind === 'postgres') {
    // Tables the release added are not in the dump, so --clean would leave them: drop them first.
    const toc = await runCommand('pg_restore', ['--list', backup.path]);
    const dumped = new Set(
      [...toc.stdout.matchAll(/^\d+; \d+ \d+ TABLE (\S+) (\S+) /gm)].map((m) => `${m[1]}.${m[2]}`),
    );
    const session = await connect(db);
    try {
      const rows = await session.query<{ schemaname: string; tablename: string }>(
        "SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
      );
      for (const t of rows.filter((r) => !dumped.has(`${r.schemaname}.${r.tablename}`))) {
        await session.query(
          `DROP TABLE IF EXISTS ${session.ident(t.schemaname)}.${session.ident(t.tablename)} CASCADE`,
        );
      }
    } finally {
      await session.end();
    }
    // --clean drops what the release changed, then recreates the backed-up objects and rows.
    await runCommand(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', db.database!, backup.path],
      { env: pgEnvironment(db) },
    );
    return;
  }
  if (db.kind === 'mysql') return restoreMysql(db, backup.path);
  if (db.kind === 'sqlite') {
    await runCommand('sqlite3', [db.file!, `.restore '${backup.path.replace(/'/g, "''")}'`]);
  }
}
