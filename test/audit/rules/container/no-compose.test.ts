import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'container/no-compose';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on an app that uses PostgreSQL without a compose file, naming the driver', () => {
    const [f, ...rest] = fixture('fires-on-postgres-app-without-compose');
    expect(rest).toEqual([]);
    expect(f.file).toBe('package.json');
    expect(f.message).toContain('`pg`');
  });

  it('fires on a Prisma app whose provider is a database server', () => {
    const [f, ...rest] = fixture('fires-on-prisma-postgres-app');
    expect(rest).toEqual([]);
    expect(f.message).toContain('provider "postgresql"');
  });

  it.each([
    'near-miss-compose-present',
    'near-miss-stateless-app',
    'near-miss-sqlite-only-app', // Prisma on SQLite (better-sqlite3 as a dev tool): no service to compose
    'near-miss-setup-script-writes-compose', // db:setup runs lib/db/setup.ts, which writes and starts it
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
