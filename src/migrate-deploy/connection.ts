// The one way migrate-deploy reaches the database: a session with a connect timeout and a query
// timeout, for PostgreSQL (pg) and MySQL/MariaDB (mysql2, loaded only when the URL is mysql:// or
// mariadb://). The lock, the pending list, the backup's restore and the preflight all use it.
import pg from 'pg';
import type { DatabaseTarget } from './database-url.js';

export const CONNECT_TIMEOUT_MS = 10000;
/** A query the release waits on (never the migration itself, which runs in the tool). */
export const QUERY_TIMEOUT_MS = 60000;

export interface Session {
  kind: 'postgres' | 'mysql';
  /** Parameters are `$1`, `$2` for PostgreSQL and `?` for MySQL: the SQL is the caller's, per kind. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** True when `table` exists in the current database (schema search path / DATABASE()). */
  tableExists(table: string): Promise<boolean>;
  /** Quote an identifier for this database. */
  ident(name: string): string;
  end(): Promise<void>;
}

/** Thrown when the server cannot be reached or refuses the login; `code` is the driver's (ECONNREFUSED…). */
export class ConnectError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ConnectError';
  }
}

export async function connect(db: DatabaseTarget): Promise<Session> {
  if (db.kind === 'postgres') return connectPostgres(db);
  if (db.kind === 'mysql') return connectMysql(db);
  throw new Error(`no database session for ${db.kind}`);
}

async function connectPostgres(db: DatabaseTarget): Promise<Session> {
  const client = new pg.Client({
    connectionString: db.url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw asConnectError(error);
  }
  const session: Session = {
    kind: 'postgres',
    async query<R>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as R[];
    },
    async tableExists(table) {
      const rows = await session.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [table]);
      return rows[0]?.t != null;
    },
    ident: (name) => pg.escapeIdentifier(name),
    end: () => client.end().catch(() => undefined),
  };
  return session;
}

async function connectMysql(db: DatabaseTarget): Promise<Session> {
  // Loaded here only: a PostgreSQL or SQLite release never pays for the MySQL driver.
  const mysql = await import('mysql2/promise');
  let conn: import('mysql2/promise').Connection;
  try {
    conn = await mysql.createConnection({
      host: db.host,
      port: db.port,
      user: db.user,
      password: db.password,
      database: db.database,
      connectTimeout: CONNECT_TIMEOUT_MS,
      ssl: mysqlSsl(db.url),
      multipleStatements: false,
    });
  } catch (error) {
    throw asConnectError(error);
  }
  const session: Session = {
    kind: 'mysql',
    async query<R>(sql: string, params?: unknown[]) {
      const [rows] = await conn.query({ sql, timeout: QUERY_TIMEOUT_MS }, params);
      return (Array.isArray(rows) ? rows : []) as R[];
    },
    async tableExists(table) {
      const rows = await session.query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?',
        [table],
      );
      return Number(rows[0]?.n) > 0;
    },
    ident: (name) => '`' + name.replace(/`/g, '``') + '`',
    end: () => conn.end().catch(() => undefined),
  };
  return session;
}

/** `?ssl-mode=REQUIRED` / `?sslmode=require` turn TLS on; the default is the server's plain port. */
function mysqlSsl(url: string): { rejectUnauthorized: boolean } | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  const mode = (params.get('ssl-mode') ?? params.get('sslmode') ?? '').toLowerCase();
  if (!mode || mode === 'disabled' || mode === 'disable') return undefined;
  return { rejectUnauthorized: mode === 'verify_identity' || mode === 'verify-full' || mode === 'verify_ca' };
}

function asConnectError(error: unknown): ConnectError {
  const e = error as NodeJS.ErrnoException & { sqlMessage?: string };
  const code = e.code ?? undefined;
  return new ConnectError(e.sqlMessage ?? e.message ?? String(error), code);
}
