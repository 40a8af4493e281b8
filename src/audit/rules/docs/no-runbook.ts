// docs/no-runbook: something is deployed but no document says how to operate it: how to deploy,
// roll back, restore a backup, respond to an incident (seeds 003, 004).
import { posix } from 'node:path';
import { hasDeployTarget } from '../../../lib/repository/facts.js';
import type { Rule } from '../rule.js';

const DOC = /\.(?:md|mdx|markdown|txt|adoc|rst)$/i;
const RUNBOOK_NAME =
  /runbook|run-book|playbook|incident|disaster|(?:^|[-_/])dr(?:[-_.]|$)|on-?call|operations|operating|(?:^|[-_/])ops(?:[-_.]|$)|postmortem|post-mortem|recovery|rollback|(?:^|[-_/])sre(?:[-_.]|$)/i;
/** A README section on operations counts as a runbook. */
const RUNBOOK_HEADING =
  /^#{1,4}\s+.*\b(?:runbook|incident|disaster recovery|rollback|roll back|restor(?:e|ing) (?:from )?(?:a )?backup|on-?call|operations)\b/im;

export const noRunbook: Rule = {
  id: 'docs/no-runbook',
  severity: 'low',
  title: 'No operational runbook',
  remediation:
    'Write docs/runbook.md: how to deploy and roll back, where logs and alerts are, how to restore the latest backup (tested), and who to call during an incident.',
  check(repo) {
    if (!hasDeployTarget(repo)) return [];
    const docs = repo.select(
      (base) => DOC.test(base),
      (folder) => !folder.includes('node_modules/'),
    );
    if (docs.some((f) => RUNBOOK_NAME.test(f.replace(/\.[^.]+$/, '')))) return [];
    const readmes = docs.filter((f) => /^readme\./i.test(posix.basename(f))).slice(0, 20);
    if (readmes.some((f) => RUNBOOK_HEADING.test(repo.read(f) ?? ''))) return [];
    return [
      {
        message: `No runbook, incident or disaster-recovery document among ${docs.length} documentation file${docs.length === 1 ? '' : 's'} (looked for runbook, incident, disaster-recovery, operations, on-call; and such sections in README files)`,
      },
    ];
  },
};
