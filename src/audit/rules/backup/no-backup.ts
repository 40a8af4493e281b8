// backup/no-backup: a stateful app (it depends on a database or declares one) has no backup script,
// workflow or scheduled job, so one bad migration or disk loss is permanent (seeds 000, 004).
// Databases whose provider keeps backups (Render managed Postgres, Neon, PlanetScale...) are skipped.
import { DATABASE_DEPENDENCIES, hasDeployTarget, usesDatabase } from '../../../lib/repository/facts.js';
import { backupJobs, managedDatabase } from '../../../lib/repository/backups.js';
import type { Repository } from '../../../lib/repository/repository.js';
import type { Rule } from '../rule.js';

/** Caches hold nothing worth restoring. */
const CACHE_ONLY = new Set(['redis', 'ioredis']);

export const noBackup: Rule = {
  id: 'backup/no-backup',
  severity: 'high',
  title: 'No database backups',
  remediation:
    'Schedule a backup that leaves the machine (a nightly workflow running `pg_dump`/`wrangler d1 export` and uploading to S3, GCS or R2; or Litestream for SQLite) and test a restore regularly.',
  check(repo) {
    if (!usesDatabase(repo) || !hasDeployTarget(repo)) return [];
    const store = databaseEvidence(repo);
    if (!store || backupJobs(repo).length || managedDatabase(repo)) return [];
    return [
      {
        message: `The app keeps data (${store.what}) but no backup script, workflow or scheduled job exists (looked for pg_dump, mysqldump, mongodump, sqlite3 .backup, wrangler d1 export, Litestream, *backup* scripts)`,
        file: store.file,
        line: store.line,
      },
    ];
  },
};

function databaseEvidence(repo: Repository): { what: string; file?: string; line?: number } | undefined {
  const schema = repo.byName('schema.prisma')[0];
  if (schema)
    return { what: `Prisma schema ${schema}`, file: schema, line: repo.find(schema, /datasource\s+\w+/)?.line };
  for (const f of repo.byName(/^wrangler\.(toml|jsonc?)$/)) {
    const found = repo.find(f, /d1_databases/);
    if (found) return { what: `D1 database bound in ${f}`, file: f, line: found.line };
  }
  for (const pkg of repo.packages) {
    const dep = DATABASE_DEPENDENCIES.find(
      (d) => !CACHE_ONLY.has(d) && (d in pkg.dependencies || d in pkg.devDependencies),
    );
    if (dep) return { what: `dependency ${dep} in ${pkg.file}`, file: pkg.file };
  }
  return undefined;
}
