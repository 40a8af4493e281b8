// database/migrations-not-deployed: migrations exist but nothing in CI, deploy config or start applies them.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'database/migrations-not-deployed';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on Prisma migrations that no workflow, Procfile or script deploys (prisma migrate dev does not count in production)', () => {
    const [finding, ...rest] = fixture('fires-on-prisma-migrations-never-applied');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('prisma/migrations/20250201000000_orders/migration.sql');
    expect(finding.message).toMatch(/holds 2 Prisma migrations/);
    expect(finding.message).toMatch(/prisma migrate deploy/);
  });

  it('fires on D1 migrations when the deploy workflow only runs wrangler deploy', () => {
    const [finding, ...rest] = fixture('fires-on-d1-migrations-not-applied');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('migrations/0001_init.sql');
    expect(finding.message).toMatch(/wrangler d1 migrations apply/);
  });

  it('fires on Drizzle migrations that only a hand-run db:migrate script applies', () => {
    const [finding, ...rest] = fixture('fires-on-migrate-script-nothing-runs');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('lib/db/migrations/0000_init.sql');
    expect(finding.message).toMatch(/drizzle-kit migrate/);
  });

  it("fires on a second tool's folder that the Prisma deploy command does not apply", () => {
    const [finding, ...rest] = fixture('fires-on-second-folder-beside-prisma');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('db/clickhouse/migrations/01_init.sql');
  });

  it('fires when the only migrate() call sits in a file nothing runs, pointing at another folder', () => {
    const [finding, ...rest] = fixture('fires-on-migrate-file-nothing-runs');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('drizzle/0000_init.sql');
  });

  it.each([
    'near-miss-migrate-at-startup', // src/lib/server/db.js applies the folder and the routes import it
    'near-miss-script-file-one-hop', // build → npm-run-all check-db → node scripts/check-db.js → prisma migrate deploy
    'near-miss-procfile-release', // release: npx prisma migrate deploy
    'near-miss-start-script-via-npm-run', // start → npm run migrate:deploy → prisma migrate deploy
    'near-miss-fly-release-command', // [deploy] release_command
    'near-miss-workflow-step', // a workflow step runs it
    'near-miss-client-state-migrations', // src/migrations/ of a front-end migrates browser state, not a database
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
