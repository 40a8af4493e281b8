// Which schema tools the repository uses and which migration history each keeps: Prisma schemas and
// their migrations folder, Drizzle's out folder, Cloudflare D1 migrations, knex/sequelize/typeorm/
// dbmate folders, hand-applied schema.sql files. Shared by database/no-migrations and
// database/migrations-not-deployed.
import { posix } from 'node:path';
import { drizzleMigrationsDir, prismaMigrationsDir, prismaSchemaDir } from '../node-app/migration-folder.js';
import type { Repository } from './repository.js';
import { WRANGLER_CONFIG, wranglerConfig } from './wrangler-config.js';

export const NOT_PRODUCTION_PATH =
  /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|testdata|examples?|samples?|demo|docs?|node_modules)\//;

const MIGRATION_CODE =
  /MigrationInterface|knex\.schema|\bpgm\.|queryInterface\.|createTable|alterTable|CREATE TABLE|ALTER TABLE|exports\.up\b|export\s+(?:async\s+)?function\s+up\b|\bup\s*:\s*async/;

export interface SchemaTool {
  tool: 'Prisma' | 'Drizzle' | 'Cloudflare D1';
  /** The file that declares the schema or its config (schema.prisma, drizzle.config.ts, wrangler.toml). */
  file: string;
  line?: number;
  /** Folder where the tool keeps migrations. */
  migrationsDir: string;
  /** Migration files found there. */
  migrations: string[];
  /** The command that applies them in production. */
  applyCommand: string;
  applyPattern: RegExp;
}

export interface MigrationFolder {
  tool: string;
  dir: string;
  migrations: string[];
  applyCommand: string;
  applyPattern: RegExp;
}

const MIGRAT_FOLDER = /(?:^|\/)migrat/;

const within = (repo: Repository, dir: string, re: RegExp) => {
  const prefix = dir === '.' || dir === '' ? '' : `${dir}/`;
  return repo.under(prefix).filter((f) => re.test(f.slice(prefix.length)));
};

/** Schema tools with a known migrations location (Prisma, Drizzle, D1), outside test/example folders. */
export function schemaTools(repo: Repository): SchemaTool[] {
  return repo.fact('schemaTools', () => {
    const out: SchemaTool[] = [];
    const prismaDirs = new Set<string>();
    for (const file of repo.byName(/\.prisma$/)) {
      if (NOT_PRODUCTION_PATH.test(file)) continue;
      const text = repo.read(file) ?? '';
      const provider = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"(\w+)"/.exec(text);
      if (!provider || provider[1] === 'mongodb') continue; // MongoDB has no Prisma migrations
      const dir = prismaSchemaDir(file);
      if (prismaDirs.has(dir)) continue;
      prismaDirs.add(dir);
      const migrationsDir = prismaMigrationsDir(repo, dir);
      out.push({
        tool: 'Prisma',
        file,
        line: repo.find(file, /datasource\s+\w+\s*\{/)?.line,
        migrationsDir,
        migrations: within(repo, migrationsDir, /^[^/]+\/migration\.sql$/).sort(),
        applyCommand: 'prisma migrate deploy',
        applyPattern: /prisma(?:@[\w.^~-]+)?\s+migrate\s+deploy|migrate-deploy/,
      });
    }
    for (const file of repo.byName(/^drizzle\.config\.[cm]?[jt]s$/)) {
      if (NOT_PRODUCTION_PATH.test(file)) continue;
      const migrationsDir = drizzleMigrationsDir(repo, file);
      out.push({
        tool: 'Drizzle',
        file,
        line: 1,
        migrationsDir,
        migrations: within(repo, migrationsDir, /^[^/]+\.sql$/).sort(),
        applyCommand: 'drizzle-kit migrate',
        applyPattern: /drizzle-kit\s+migrate|\bmigrate\(\s*\w+\s*,\s*\{\s*migrationsFolder/,
      });
    }
    for (const file of repo.byName(WRANGLER_CONFIG)) {
      if (NOT_PRODUCTION_PATH.test(file)) continue;
      const databases = d1Databases(repo, file);
      if (!databases.length) continue;
      const migrationsDir = posix.normalize(
        posix.join(posix.dirname(file), databases.find((d) => d.migrations_dir)?.migrations_dir ?? 'migrations'),
      );
      out.push({
        tool: 'Cloudflare D1',
        file,
        line: repo.find(file, /d1_databases/)?.line,
        migrationsDir,
        migrations: within(repo, migrationsDir, /^[^/]+\.sql$/).sort(),
        applyCommand: 'wrangler d1 migrations apply',
        applyPattern: /wrangler\s+d1\s+migrations\s+apply|d1\s+migrations\s+apply/,
      });
    }
    return out;
  });
}

/** Migration folders of other tools (knex, sequelize, typeorm, dbmate, node-pg-migrate, golang-migrate, Flyway...). */
export function otherMigrationFolders(repo: Repository): MigrationFolder[] {
  return repo.fact('otherMigrationFolders', () => {
    const claimed = new Set(schemaTools(repo).map((t) => t.migrationsDir));
    const byDir = new Map<string, string[]>();
    // The pattern below needs a folder whose name starts with "migrat": folders are tested once each.
    for (const f of repo.select(
      () => true,
      (folder) => MIGRAT_FOLDER.test(folder),
    )) {
      if (NOT_PRODUCTION_PATH.test(f)) continue;
      const m = /^(.*(?:^|\/)(?:migrations|migration|migrate))\/(?:[^/]+\/)?[^/]+\.(?:sql|[cm]?[jt]s)$/.exec(f);
      if (!m || claimed.has(m[1]) || [...claimed].some((c) => m[1].startsWith(`${c}/`))) continue;
      if (!byDir.has(m[1])) byDir.set(m[1], []);
      byDir.get(m[1])!.push(f);
    }
    // A folder named migrations in a front-end (client-state migrations) is not a database's history:
    // keep folders of .sql files, or of scripts that look like schema migrations.
    const looksLikeSchemaMigration = (files: string[]) =>
      files.some((f) => f.endsWith('.sql')) || MIGRATION_CODE.test(repo.read(files[0]) ?? '');
    return [...byDir.entries()]
      .filter(([, files]) => looksLikeSchemaMigration(files))
      .map(([dir, migrations]) => ({
        tool: 'migrations',
        dir,
        migrations: migrations.sort(),
        applyCommand: 'your migration tool (knex migrate:latest, sequelize db:migrate, dbmate up...)',
        // Any tool's apply command; kept loose on purpose (a missed finding beats a false one).
        applyPattern:
          /knex\s+migrate:latest|sequelize(?:-cli)?\s+db:migrate|typeorm.*migration:run|dbmate\b|node-pg-migrate|\bmigrate\s+(?:-\w+\s+\S+\s+)*up\b|supabase\s+db\s+push|flyway|liquibase|goose\b.*\bup\b|atlas\s+migrate|\bmigrat/i,
      }));
  });
}

function d1Databases(repo: Repository, file: string): { migrations_dir?: string }[] {
  const databases = wranglerConfig(repo, file)?.d1_databases;
  return Array.isArray(databases) ? (databases as { migrations_dir?: string }[]) : [];
}
