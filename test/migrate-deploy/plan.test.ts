// Tool detection and database URLs: pure decisions, including Prisma's plan (its migration engine
// cannot be downloaded here; this repository's GitHub workflow runs it for real).
import { resolve } from 'node:path';
import { planMigration } from '../../src/migrate-deploy/detect-tool.js';
import { parseDatabaseUrl, pgEnvironment } from '../../src/migrate-deploy/database-url.js';
import { bodyMatches } from '../../src/migrate-deploy/verify.js';
import { backupFile } from '../../src/migrate-deploy/backup.js';

const FIXTURES = resolve('test/fixtures/migrate-deploy');

describe('planMigration', () => {
  it("plans `prisma migrate deploy` with the project's own Prisma for a schema with migrations", () => {
    expect(planMigration(`${FIXTURES}/prisma-app`, 'auto')).toEqual({
      tool: 'prisma',
      migrationsDir: 'prisma/migrations',
      command: ['npx', '--no-install', 'prisma', 'migrate', 'deploy'],
      evidence: 'prisma/schema.prisma',
    });
  });

  it("follows the migrations folder that prisma.config.ts names, and drizzle's `out`", () => {
    expect(planMigration(`${FIXTURES}/prisma-config-moves-folder`, 'auto').migrationsDir).toBe('db/migrations');
    expect(planMigration(`${FIXTURES}/drizzle-out-folder`, 'auto')).toMatchObject({
      tool: 'drizzle-kit',
      migrationsDir: 'db/sql',
    });
  });

  it('detects dbmate from db/migrations', () => {
    expect(planMigration(`${FIXTURES}/dbmate-app`, 'auto')).toMatchObject({
      tool: 'dbmate',
      command: ['npx', '--no-install', 'dbmate', '--no-dump-schema', '--migrations-dir', 'db/migrations', 'up'],
    });
  });

  it('runs a migrate-command through bash and says where it came from', () => {
    expect(planMigration(`${FIXTURES}/dbmate-app`, 'auto', 'npm run db:migrate')).toEqual({
      tool: 'custom',
      command: ['bash', '-c', 'npm run db:migrate'],
      evidence: 'input `migrate-command`',
    });
  });

  it('fails clearly where there is nothing to migrate with', () => {
    expect(() => planMigration(`${FIXTURES}/node-pg-migrate-app/migrations`, 'auto')).toThrow(
      /no migration tool found .* set `tool` or `migrate-command`/,
    );
  });
});

describe('parseDatabaseUrl', () => {
  it('reads a PostgreSQL URL and gives libpq its parts by env', () => {
    const db = parseDatabaseUrl('postgresql://app:p%40ss@db.internal:6543/shop?sslmode=require', '/w');
    expect(db).toMatchObject({
      kind: 'postgres',
      display: 'db.internal:6543/shop',
      user: 'app',
      password: 'p@ss',
      database: 'shop',
    });
    expect(pgEnvironment(db)).toEqual({
      PGHOST: 'db.internal',
      PGPORT: '6543',
      PGDATABASE: 'shop',
      PGUSER: 'app',
      PGPASSWORD: 'p@ss',
      PGSSLMODE: 'require',
    });
  });

  it('reads SQLite file URLs relative to the working directory', () => {
    expect(parseDatabaseUrl('file:./prisma/dev.db', '/w/app')).toMatchObject({
      kind: 'sqlite',
      file: '/w/app/prisma/dev.db',
    });
  });

  it('rejects a URL without a database name, without repeating the URL', () => {
    expect(() => parseDatabaseUrl('postgres://u:secret@host', '/w')).toThrow(
      /^input `database-url` needs a host and a database name/,
    );
    try {
      parseDatabaseUrl('postgres://u:secret@host', '/w');
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
  });
});

test('health bodies: a JSON field or a text', () => {
  expect(bodyMatches('{"status":"ok","build":{"version":"1.4.0"}}', 'build.version=1.4.0')).toBe(true);
  expect(bodyMatches('{"status":"ok"}', 'status=down')).toBe(false);
  expect(bodyMatches('OK v1.4.0', 'v1.4.0')).toBe(true);
  expect(bodyMatches('anything', undefined)).toBe(true);
});

test('a backup folder gets a timestamped file, a file path is kept', () => {
  const db = parseDatabaseUrl('postgres://u:p@h/shop', '/w');
  expect(backupFile('/tmp/backups/', db, new Date('2026-11-22T10:11:12.345Z'))).toBe(
    '/tmp/backups/shop-20261122T101112Z.dump',
  );
  expect(backupFile('/tmp/pre-release.dump', db)).toBe('/tmp/pre-release.dump');
});
