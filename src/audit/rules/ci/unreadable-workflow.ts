// ci/unreadable-workflow: a workflow the audit cannot read (too large, invalid YAML, an alias bomb,
// a link out of the repository, a special file) is one it cannot vouch for, so it is a finding of
// its own and never a reason to skip the other workflows.
import type { Rule } from '../rule.js';

export const unreadableWorkflow: Rule = {
  id: 'ci/unreadable-workflow',
  severity: 'critical',
  title: 'Workflow the audit cannot read',
  remediation:
    'Make the workflow plain YAML under 1 MiB, without alias expansions that multiply its size, committed as a regular file (not a link); then the audit can check its jobs and steps.',
  check(repo) {
    return repo.unreadableWorkflows.map((w) => ({
      message: `\`${w.file}\` was not checked: ${w.reason}. Its jobs run unaudited.`,
      file: w.file,
    }));
  },
};
