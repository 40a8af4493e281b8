// One release migrates a database at a time: an advisory lock held on its own session for the whole
// release (PostgreSQL pg_try_advisory_lock, MySQL/MariaDB GET_LOCK). A second run polls for it up
// to lock-timeout, then fails.
import { sleep } from '../lib/http.js';
import { connect } from './connection.js';
import type { DatabaseTarget } from './database-url.js';

// Both runs must use the same key: derived from a fixed name inside the database.
export const LOCK_NAME = 'shipshape:migrate-deploy';

export interface HeldLock {
  release(): Promise<void>;
  waitedMs: number;
}

export async function acquireLock(db: DatabaseTarget, timeoutMs: number, onWait?: () => void): Promise<HeldLock> {
  const session = await connect(db);
  const sql =
    session.kind === 'postgres'
      ? {
          take: 'SELECT pg_try_advisory_lock(hashtext($1)) AS ok',
          free: 'SELECT pg_advisory_unlock(hashtext($1))',
        }
      : // MySQL lock names are per server, not per database: the database name keeps them apart.
        { take: 'SELECT GET_LOCK(CONCAT(?, DATABASE()), 0) AS ok', free: 'SELECT RELEASE_LOCK(CONCAT(?, DATABASE()))' };
  const key = session.kind === 'postgres' ? LOCK_NAME : `${LOCK_NAME}:`;
  const started = Date.now();
  let told = false;
  try {
    for (;;) {
      const rows = await session.query<{ ok: boolean | number }>(sql.take, [key]);
      if (rows[0]?.ok === true || Number(rows[0]?.ok) === 1) break;
      if (Date.now() - started >= timeoutMs) {
        throw new Error(
          `another release holds the migration lock on this database; waited ${Math.round((Date.now() - started) / 1000)} s (lock-timeout)`,
        );
      }
      if (!told) onWait?.();
      told = true;
      await sleep(500);
    }
  } catch (error) {
    await session.end();
    throw error;
  }
  return {
    waitedMs: Date.now() - started,
    async release() {
      // Closing the session releases the lock even if the unlock fails.
      await session.query(sql.free, [key]).catch(() => undefined);
      await session.end();
    },
  };
}
