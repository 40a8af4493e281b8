// database/no-migrations: a schema is used but no migration history is kept.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'database/no-migrations';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires when prisma/migrations holds only migration_lock.toml, naming the db push script', () => {
    const [finding, ...rest] = fixture('fires-on-migration-lock-only');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'prisma/schema.prisma', line: 1 });
    expect(finding.message).toMatch(/holds only migration_lock\.toml/);
    expect(finding.message).toMatch(/`db:push`/);
  });

  it('fires on a schema.sql applied by hand with psql, pointing at the SQL file', () => {
    const [finding, ...rest] = fixture('fires-on-hand-applied-schema-sql');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('db/schema.sql');
    expect(finding.message).toMatch(/`db:setup`/);
  });

  it('fires on a Drizzle config whose out folder holds no SQL migration (drizzle-kit push)', () => {
    const [finding, ...rest] = fixture('fires-on-drizzle-push-only');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('drizzle.config.js');
    expect(finding.message).toMatch(/configures Drizzle but drizzle\/ holds no migration file/);
    expect(finding.message).toMatch(/drizzle-kit push/);
  });

  it.each([
    'near-miss-migrations-kept', // prisma/migrations/<ts>_init/migration.sql
    'near-miss-mongodb', // Prisma on MongoDB has no migrations
    'near-miss-schema-sql-beside-migrations', // node-pg-migrate keeps the history; schema.sql is a reference dump
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
