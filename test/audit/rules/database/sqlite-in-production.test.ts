// database/sqlite-in-production: a SQLite file as the production datasource, not D1/Turso or a dev config.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'database/sqlite-in-production';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on a Prisma datasource with provider "sqlite", at the provider line', () => {
    const [finding, ...rest] = fixture('fires-on-sqlite-provider');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'prisma/schema.prisma', line: 6, severity: 'critical' });
    expect(finding.message).toMatch(/provider "sqlite"/);
    expect(finding.message).toContain('file:./dev.db');
  });

  it('fires as a lesser, medium-confidence finding when LiteFS replicates the file', () => {
    const [finding, ...rest] = fixture('fires-lesser-with-litefs');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'prisma/schema.prisma', severity: 'high', confidence: 'medium' });
    expect(finding.message).toContain('litefs.yml replicates it');
  });

  it('fires on a knexfile whose production section uses sqlite3, not on its development section', () => {
    const findings = fixture('fires-on-knexfile-production-sqlite');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'knexfile.js', line: 7 });
    expect(findings[0].message).toMatch(/for production/);
  });

  it('fires on a Drizzle config with dialect "sqlite" and a local file', () => {
    const [finding, ...rest] = fixture('fires-on-drizzle-sqlite');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'drizzle.config.js', line: 4 });
  });

  it('fires on a SvelteKit server opening a database file through better-sqlite3, at the open', () => {
    const [f, ...rest] = fixture('fires-on-raw-driver-file');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'src/lib/server/db.js', line: 4 });
    expect(f.message).toContain('better-sqlite3');
  });

  it.each([
    'near-miss-raw-driver-in-memory-and-tests', // :memory: in the app, a file only in tests/
    'near-miss-d1-binding', // Prisma "sqlite" provider through the D1 adapter: managed
    'near-miss-worker-drizzle-sqlite', // Drizzle "sqlite" inside a Worker is D1
    'near-miss-turso-libsql', // libSQL adapter: Turso is managed
    'near-miss-sqlite-only-in-dev-config', // knex development only; a schema under test/
    'near-miss-cli-without-deploy-target', // a CLI keeps a local database by design
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
