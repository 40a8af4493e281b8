// backup/no-backup: a stateful app with no backup script, workflow or scheduled job.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'backup/no-backup';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on a deployed Postgres app without any backup, naming the database evidence', () => {
    const [finding, ...rest] = fixture('fires-on-postgres-app-without-backup');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('package.json');
    expect(finding.message).toMatch(/dependency pg in package\.json/);
  });

  it.each([
    'near-miss-no-database', // stateless: nothing to back up
    'near-miss-redis-cache-only', // a cache holds nothing worth restoring
    'near-miss-scheduled-dump-workflow', // nightly pg_dump workflow
    'near-miss-render-managed-database', // Render keeps managed backups
    'near-miss-managed-host-in-env-example', // DATABASE_URL on neon.tech: the provider keeps backups
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
