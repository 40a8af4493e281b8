// backup/local-only: backups that never leave the machine.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'backup/local-only';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on a pg_dump into /var/backups with no upload, at the dump line, naming the folder', () => {
    const [finding, ...rest] = fixture('fires-on-dump-to-local-folder');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'scripts/backup.sh', line: 5 });
    expect(finding.message).toMatch(/pg_dump/);
    expect(finding.message).toContain('/var/backups/orders');
  });

  it('fires on a Litestream config whose only replica is a local file', () => {
    const [finding, ...rest] = fixture('fires-on-litestream-file-replica');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('litestream.yml');
  });

  it.each([
    'near-miss-uploads-to-s3', // aws s3 cp after the dump
    'near-miss-rclone-remote', // rclone copy to a remote
    'near-miss-litestream-s3-replica', // replica url s3://
    'near-miss-schema-only-dump', // pg_dump --schema-only and a *dump* script that is not a backup
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
