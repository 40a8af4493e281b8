// The database URL: parsed, validated and masked before anything uses it. It reaches child
// processes only through the environment (DATABASE_URL, PG*), never their command line.
import { resolve } from 'node:path';
import { ConfigurationError } from '../lib/errors.js';
import { registerSecret } from '../lib/redact.js';

export type DatabaseKind = 'postgres' | 'mysql' | 'sqlite';

export interface DatabaseTarget {
  kind: DatabaseKind;
  url: string;
  /** host:port/database, or the SQLite file: safe to print. */
  display: string;
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  /** SQLite: absolute path of the database file. */
  file?: string;
}

const EXPECTED =
  'expected postgres://user:password@host:5432/db, mysql:// or mariadb://user:password@host:3306/db, or file:./path.db';

/** Parse and mask; the error never repeats the URL (it holds a password). */
export function parseDatabaseUrl(raw: string, cwd: string): DatabaseTarget {
  registerSecret(raw);
  const value = raw.trim();
  if (/^(file:|sqlite3?:)/i.test(value)) {
    const path = value.replace(/^(file:|sqlite3?:)(\/\/)?/i, '').split('?')[0];
    if (!path) throw new ConfigurationError(`input \`database-url\` names no SQLite file (${EXPECTED})`);
    const file = resolve(cwd, path);
    return { kind: 'sqlite', url: value, display: file, file };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`input \`database-url\` is not a valid database URL (${EXPECTED})`);
  }
  const scheme = url.protocol.replace(/:$/, '');
  const kind: DatabaseKind | undefined =
    scheme === 'postgres' || scheme === 'postgresql'
      ? 'postgres'
      : scheme === 'mysql' || scheme === 'mariadb'
        ? 'mysql'
        : undefined;
  if (!kind)
    throw new ConfigurationError(`input \`database-url\` has the unsupported scheme \`${scheme}\` (${EXPECTED})`);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !database)
    throw new ConfigurationError(`input \`database-url\` needs a host and a database name (${EXPECTED})`);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  registerSecret(password);
  const port = url.port ? Number(url.port) : kind === 'postgres' ? 5432 : 3306;
  return {
    kind,
    url: value,
    display: `${url.hostname}:${port}/${database}`,
    host: url.hostname,
    port,
    user: url.username ? decodeURIComponent(url.username) : undefined,
    password,
    database,
  };
}

/** The URL migration tools get as DATABASE_URL: they know mysql:// for MariaDB too, not mariadb://. */
export function toolUrl(db: DatabaseTarget): string {
  return db.kind === 'mysql' ? db.url.replace(/^mariadb:/i, 'mysql:') : db.url;
}

/** libpq's environment for pg_dump, pg_restore and psql: the password never goes on argv. */
export function pgEnvironment(db: DatabaseTarget): Record<string, string> {
  const env: Record<string, string> = {
    PGHOST: db.host ?? '',
    PGPORT: String(db.port ?? 5432),
    PGDATABASE: db.database ?? '',
  };
  if (db.user) env.PGUSER = db.user;
  if (db.password) env.PGPASSWORD = db.password;
  const sslmode = safeParam(db.url, 'sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function safeParam(url: string, name: string): string | undefined {
  try {
    return new URL(url).searchParams.get(name) ?? undefined;
  } catch {
    return undefined;
  }
}
