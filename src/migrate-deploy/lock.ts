// One release migrates a database at a time: a PostgreSQL advisory lock, held on its own
// connection for the whole release. A second run polls for it up to lock-timeout, then fails.
import pg from 'pg';
import { sleep } from '../lib/http.js';

// Both runs must use the same key: derived from a fixed name inside the database.
export const LOCK_NAME = 'shipshape:migrate-deploy';

export interface HeldLock {
  release(): Promise<void>;
  waitedMs: number;
}

export async function acquireLock(url: string, timeoutMs: number, onWait?: () => void): Promise<HeldLock> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  let told = false;
  try {
    for (;;) {
      const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [LOCK_NAME]);
      if (rows[0].ok) break;
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
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    waitedMs: Date.now() - started,
    async release() {
      // Closing the session releases the lock even if the unlock fails.
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_NAME]).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}
