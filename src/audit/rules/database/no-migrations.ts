// database/no-migrations: an ORM or schema is used but no migration history is kept, so production
// schema changes are applied by hand or by `db push` with no record and no review (seeds 000-002:
// prisma/migrations holds only migration_lock.toml; seed 004: schema.sql applied with wrangler d1 execute).
import { posix } from 'node:path';
import { usesDatabase } from '../../../lib/repository/facts.js';
import { NOT_PRODUCTION_PATH, otherMigrationFolders, schemaTools } from '../../../lib/repository/migrations.js';
import type { Repository } from '../../../lib/repository/repository.js';
import type { Rule, RuleHit } from '../rule.js';

const DECLARES: Record<string, string> = {
  Prisma: 'declares a Prisma schema',
  Drizzle: 'configures Drizzle',
  'Cloudflare D1': 'binds a Cloudflare D1 database',
};
const SCHEMA_SQL = /^(?:schema|init|initial|database|db|create[-_]?tables?|tables|setup)\.sql$/i;
const PUSH_COMMAND =
  /prisma\s+db\s+push|drizzle-kit\s+push|wrangler\s+d1\s+execute\b[^\n]*--file|psql\b[^\n]*\s-f\s|sqlite3\b[^\n]*<|mysql\b[^\n]*</;

export const noMigrations: Rule = {
  id: 'database/no-migrations',
  severity: 'high',
  title: 'No database migration history',
  remediation:
    'Keep schema changes as versioned migrations in git (`prisma migrate dev` to create them, `drizzle-kit generate`, `wrangler d1 migrations create`) and apply them in the deploy with `prisma migrate deploy` or the actions/migrate-deploy action.',
  check(repo) {
    const hits: RuleHit[] = [];
    const tools = schemaTools(repo);
    const handApplied = handAppliedSchemaFiles(repo);
    for (const tool of tools) {
      if (tool.migrations.length) continue;
      const inDir = repo.under(`${tool.migrationsDir}/`);
      const lock =
        inDir.length === 1 && inDir[0].endsWith('/migration_lock.toml')
          ? ' holds only migration_lock.toml'
          : inDir.length
            ? ' holds no migration file'
            : ' does not exist';
      const push = pushScript(repo);
      const sql = handApplied[0];
      hits.push({
        message: `${tool.file} ${DECLARES[tool.tool]} but ${tool.migrationsDir}/${lock}: no migration history${push ? `; the schema is applied with ${push}` : ''}${sql && !push ? `; ${sql} looks applied by hand` : ''}`,
        file: tool.file,
        line: tool.line,
      });
    }
    if (!tools.length && !otherMigrationFolders(repo).length && handApplied.length && usesDatabase(repo)) {
      const file = handApplied[0];
      const push = pushScript(repo, posix.basename(file));
      hits.push({
        message: `${file} holds the database schema${push ? ` and is applied by hand with ${push}` : ''}, but the repository keeps no migrations: schema changes leave no history`,
        file,
      });
    }
    return hits;
  },
};

/** schema.sql-like files outside test/example folders that create tables. */
function handAppliedSchemaFiles(repo: Repository): string[] {
  return repo
    .byName(SCHEMA_SQL)
    .filter(
      (f) =>
        !NOT_PRODUCTION_PATH.test(f) &&
        !/(?:^|\/)(?:migrations?|migrate)\//.test(f) &&
        /create\s+table/i.test(repo.read(f) ?? ''),
    );
}

/** A package.json script that pushes a schema without a migration (`prisma db push`, `wrangler d1 execute --file`). */
function pushScript(repo: Repository, mentioning?: string): string | undefined {
  for (const pkg of repo.packages) {
    for (const [name, command] of Object.entries(pkg.scripts)) {
      if (PUSH_COMMAND.test(command) && (!mentioning || command.includes(mentioning)))
        return `script \`${name}\` (\`${command.slice(0, 80)}\`) in ${pkg.file}`;
    }
  }
  return undefined;
}
