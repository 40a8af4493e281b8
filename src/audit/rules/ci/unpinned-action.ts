// ci/unpinned-action: a third-party action referenced by a tag or branch instead of a commit SHA.
// Tags can be moved: in March 2026 a popular scanner action's tags were force-pushed to a
// credential stealer, and every workflow that used a tag ran it. The policy is zizmor's default:
// GitHub-owned actions (actions/*, github/*) may be pinned by tag, every other one by SHA; one
// finding per action@ref per workflow, naming each line that uses it.
import type { Rule, RuleHit } from '../rule.js';
import { actionDefinitions, allSteps } from '../../../lib/repository/workflow-steps.js';

const MAY_PIN_BY_TAG = /^(actions|github)\//;

export const unpinnedAction: Rule = {
  id: 'ci/unpinned-action',
  severity: 'high',
  title: 'Action not pinned to a commit SHA',
  remediation:
    'Reference third-party actions by full 40-character commit SHA with the version as a comment (`uses: owner/action@<sha> # v1.2.3`) and let Dependabot or Renovate update them. GitHub-owned actions (actions/*, github/*) may keep a version tag.',
  check(repo) {
    const uses = new Map<string, { file: string; uses: string; ref: string; lines: number[] }>();
    const check = (file: string, line: number | undefined, ref: string) => {
      if (ref.startsWith('./') || ref.startsWith('docker://') || MAY_PIN_BY_TAG.test(ref)) return;
      const at = ref.lastIndexOf('@');
      const version = at < 0 ? '' : ref.slice(at + 1);
      if (/^[0-9a-f]{40}$/.test(version)) return;
      const key = `${file}\n${ref}`;
      const entry = uses.get(key) ?? { file, uses: ref, ref: version, lines: [] };
      if (line !== undefined && !entry.lines.includes(line)) entry.lines.push(line);
      uses.set(key, entry);
    };
    for (const { workflow, step } of [...allSteps(repo.workflows), ...allSteps(actionDefinitions(repo))]) {
      if (step.uses) check(workflow.file, step.usesLine ?? step.line, step.uses);
    }
    for (const workflow of repo.workflows)
      for (const job of workflow.jobs) if (job.uses) check(workflow.file, job.line, job.uses);
    return [...uses.values()].map((u): RuleHit => {
      const lines = u.lines.sort((a, b) => a - b);
      const where = lines.length > 1 ? ` (lines ${lines.join(', ')})` : '';
      return {
        message: `\`${u.uses}\` is referenced by ${u.ref ? `the movable ref \`${u.ref}\`` : 'no ref at all'} in \`${u.file}\`${where}; whoever can move it decides what runs with your secrets.`,
        file: u.file,
        line: lines[0],
      };
    });
  },
};
