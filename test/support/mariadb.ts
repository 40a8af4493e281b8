// A throwaway MariaDB server (Debian's mariadb-server) in its own data directory, on 127.0.0.1
// and a free port, with a password-protected user so masking is exercised. One server per test file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { freePort } from './free-port.js';
import { requireTools } from './system-tools.js';

export const MY_USER = 'shipshape';
export const MY_PASSWORD = 'my-S3cret"pa55word';

export interface MariaDb {
  port: number;
  /** URL of the given database (scheme mariadb:// or mysql://), with the user's password in it. */
  url(database: string, scheme?: 'mariadb' | 'mysql'): string;
  createDatabase(name: string, scheme?: 'mariadb' | 'mysql'): Promise<string>;
  query(database: string, sql: string): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

export async function startMariaDb(): Promise<MariaDb> {
  requireTools('mariadb', 'mysqldump');
  const dir = mkdtempSync(join(tmpdir(), 'mariadb-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'mysqld.sock');
  // --user=root: the test runs as root, and the server then keeps that user (no chown dance).
  const init = spawnSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
    { encoding: 'utf8' },
  );
  if (init.status !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr || init.stdout}`);
  const port = await freePort();
  const server: ChildProcess = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      '--user=root',
      '--bind-address=127.0.0.1',
      `--port=${port}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mariadbd.pid')}`,
      '--skip-log-bin',
      '--innodb-buffer-pool-size=32M',
      '--innodb-log-file-size=8M',
      '--skip-name-resolve',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((done) => server.on('exit', () => done()));
  const admin = await waitForServer(port, () => log, server);
  await admin.query(`CREATE USER '${MY_USER}'@'%' IDENTIFIED BY ?`, [MY_PASSWORD]);
  await admin.query(`GRANT ALL PRIVILEGES ON *.* TO '${MY_USER}'@'%'`);
  await admin.end();
  const url = (database: string, scheme: 'mariadb' | 'mysql' = 'mariadb') =>
    `${scheme}://${MY_USER}:${encodeURIComponent(MY_PASSWORD)}@127.0.0.1:${port}/${database}`;
  const connectTo = (database?: string) =>
    mysql.createConnection({ host: '127.0.0.1', port, user: MY_USER, password: MY_PASSWORD, database });
  return {
    port,
    url,
    async createDatabase(name, scheme) {
      const c = await connectTo();
      await c.query(`CREATE DATABASE \`${name}\``);
      await c.end();
      return url(name, scheme);
    },
    async query(database, sql) {
      const c = await connectTo(database);
      try {
        const [rows] = await c.query(sql);
        return (Array.isArray(rows) ? rows : []) as Record<string, unknown>[];
      } finally {
        await c.end();
      }
    },
    async stop() {
      server.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForServer(port: number, log: () => string, server: ChildProcess): Promise<mysql.Connection> {
  const deadline = Date.now() + 60000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`mariadbd exited: ${log().slice(-2000)}`);
    try {
      return await mysql.createConnection({ host: '127.0.0.1', port, user: 'root', password: '' });
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`mariadbd did not answer on ${port}: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
