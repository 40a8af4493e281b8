// backup/local-only: backups exist but are only written to the same machine (./backups,
// /var/backups), so the failure that loses the database loses its backups too (seed 002:
// scripts/database-backup.sh). One off-site copy anywhere in the repository clears the finding.
import { backupJobs } from '../../../lib/repository/backups.js';
import type { Rule, RuleHit } from '../rule.js';

export const localOnly: Rule = {
  id: 'backup/local-only',
  severity: 'high',
  title: 'Backups never leave the server',
  remediation:
    'Upload every backup off the machine (`aws s3 cp`, `gsutil cp`, `rclone copy`, `restic` to a remote repository, Litestream replica to s3://) with retention, and test a restore from there.',
  check(repo) {
    const jobs = backupJobs(repo);
    if (!jobs.length || jobs.some((j) => j.offsite)) return [];
    return jobs.map((job): RuleHit => ({
      message: `${job.file} makes a backup (${job.evidence})${job.destination ? ` into ${job.destination}` : ''} but never copies it off the machine (no aws s3, gsutil, az storage, b2, rclone, restic remote or Litestream replica)`,
      file: job.file,
      line: job.line,
    }));
  },
};
