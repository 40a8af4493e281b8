// ci/unpinned-action: a third-party action referenced by a tag or branch instead of a commit SHA.
// Tags can be moved: in March 2026 a popular scanner action's tags were force-pushed to a
// credential stealer, and every workflow that used a tag ran it.
import type { Rule, RuleHit } from '../rule.js';
import { actionDefinitions, allSteps } from '../../model/workflow-steps.js';

const FIRST_PARTY = /^(actions|github)\//;

export const unpinnedAction: Rule = {
  id: 'ci/unpinned-action',
  severity: 'high',
  title: 'Action not pinned to a commit SHA',
  remediation:
    'Reference actions by full 40-character commit SHA with the version as a comment (`uses: owner/action@<sha> # v1.2.3`) and let Dependabot or Renovate update them. First-party actions (actions/*, github/*) are flagged at a lower severity.',
  check(repo) {
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    const check = (file: string, line: number | undefined, uses: string) => {
      if (uses.startsWith('./') || uses.startsWith('docker://')) return;
      const at = uses.lastIndexOf('@');
      const ref = at < 0 ? '' : uses.slice(at + 1);
      if (/^[0-9a-f]{40}$/.test(ref)) return;
      const key = `${file}:${line}`;
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({
        message: `\`${uses}\` is referenced by ${ref ? `the movable ref \`${ref}\`` : 'no ref at all'} in \`${file}\`; whoever can move it decides what runs with your secrets.`,
        file,
        line,
        severity: FIRST_PARTY.test(uses) ? 'medium' : undefined,
      });
    };
    for (const { workflow, step } of [...allSteps(repo.workflows), ...allSteps(actionDefinitions(repo))]) {
      if (step.uses) check(workflow.file, step.usesLine ?? step.line, step.uses);
    }
    for (const workflow of repo.workflows)
      for (const job of workflow.jobs) if (job.uses) check(workflow.file, job.line, job.uses);
    return hits;
  },
};
