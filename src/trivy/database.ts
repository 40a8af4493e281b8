// Trivy's vulnerability and Java databases: cached with @actions/cache under a key of the day, so
// most runs download nothing; when today's cache was restored, Trivy is told not to update.
import { mkdirSync } from 'node:fs';
import * as cache from '@actions/cache';
import * as core from '../lib/runner.js';
import { errorMessage } from '../lib/errors.js';

// Where Trivy's databases are published, in the order they are tried when one answers with a
// rate limit (TOOMANYREQUESTS).
export const DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-db:2',
  'ghcr.io/aquasecurity/trivy-db:2',
  'public.ecr.aws/aquasecurity/trivy-db:2',
];
export const JAVA_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-java-db:1',
  'ghcr.io/aquasecurity/trivy-java-db:1',
  'public.ecr.aws/aquasecurity/trivy-java-db:1',
];

export function cacheKey(now: Date, platform: string = process.platform): { key: string; restoreKeys: string[] } {
  const prefix = `trivy-db-${platform}-`;
  return { key: `${prefix}${now.toISOString().slice(0, 10)}`, restoreKeys: [prefix] };
}

export function isRateLimited(stderr: string): boolean {
  return /TOOMANYREQUESTS|429 Too Many Requests|rate limit/i.test(stderr);
}

export interface RestoredDatabase {
  /** Today's database was restored: no update needed. */
  fresh: boolean;
  key: string;
  restoredKey?: string;
}

export async function restoreDatabase(cacheDir: string, enabled: boolean, now = new Date()): Promise<RestoredDatabase> {
  mkdirSync(cacheDir, { recursive: true });
  const { key, restoreKeys } = cacheKey(now);
  if (!enabled) return { fresh: false, key };
  if (!cache.isFeatureAvailable()) {
    core.info('The Actions cache service is not available here: the database will be downloaded.');
    return { fresh: false, key };
  }
  try {
    const restoredKey = await cache.restoreCache([cacheDir], key, restoreKeys);
    core.info(restoredKey ? `Restored the Trivy database from cache ${restoredKey}` : 'No cached Trivy database yet');
    return { fresh: restoredKey === key, key, restoredKey };
  } catch (error) {
    core.warning(`could not restore the Trivy database cache: ${errorMessage(error)}`);
    return { fresh: false, key };
  }
}

export async function saveDatabase(cacheDir: string, restored: RestoredDatabase, enabled: boolean): Promise<void> {
  if (!enabled || restored.fresh || !cache.isFeatureAvailable()) return;
  try {
    await cache.saveCache([cacheDir], restored.key);
    core.info(`Saved the Trivy database as cache ${restored.key}`);
  } catch (error) {
    // Another job of the same day may have saved it first: that is fine.
    core.info(`Trivy database cache not saved: ${errorMessage(error)}`);
  }
}
