// ci/template-injection: an expression of user-controlled data inside a run script. The runner
// pastes the value into the script before the shell reads it, so a PR title can run commands.
import type { Rule, RuleHit } from '../rule.js';
import { actionDefinitions, allSteps, runOffsetLine } from '../../../lib/repository/workflow-steps.js';
import type { Workflow } from '../../../lib/repository/workflow.js';

// Contexts an outside contributor controls (from GitHub's own hardening guide), plus inputs.
const UNTRUSTED = [
  /github\.event\.(issue|pull_request|discussion)\.(title|body)/,
  /github\.event\.(comment|review|review_comment)\.body/,
  /github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)/,
  /github\.event\.pages\.[^.]+\.page_name/,
  /github\.event\.(commits\.[^.]+|head_commit)\.(message|author\.(email|name))/,
  /github\.event\.workflow_run\.(head_branch|head_commit\.(message|author\.(email|name))|display_title)/,
  /github\.head_ref/,
  /\binputs\.[\w-]+/,
  /github\.event\.inputs\.[\w-]+/,
];

export const templateInjection: Rule = {
  id: 'ci/template-injection',
  severity: 'high',
  title: 'User-controlled expression inside a run script',
  remediation:
    'Pass the value through `env:` and use it as a shell variable: `env: { TITLE: ${{ github.event.pull_request.title }} }` then `run: echo "$TITLE"`. Never put `${{ }}` of user input inside `run:`.',
  check(repo) {
    const hits: RuleHit[] = [];
    const scan = (workflows: Workflow[], kind: string) => {
      for (const { workflow, step } of allSteps(workflows)) {
        if (!step.run) continue;
        const re = /\$\{\{([^}]*)\}\}/g;
        for (let m = re.exec(step.run); m; m = re.exec(step.run)) {
          const expr = m[1].trim();
          if (!UNTRUSTED.some((u) => u.test(expr))) continue;
          hits.push({
            message: `\`\${{ ${expr} }}\` is expanded inside a run script in ${kind} \`${workflow.file}\`: whoever controls that value can run commands in the job.`,
            file: workflow.file,
            line: runOffsetLine(step, m.index),
          });
        }
      }
    };
    scan(repo.workflows, 'workflow');
    scan(actionDefinitions(repo), 'action');
    return hits;
  },
};
