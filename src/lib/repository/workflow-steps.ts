// Walks over the run scripts and `uses:` references of workflows and composite actions.
import type { Repository } from './repository.js';
import { parseWorkflow, type Workflow, type WorkflowJob, type WorkflowStep } from './workflow.js';

export interface StepRef {
  workflow: Workflow;
  job: WorkflowJob;
  step: WorkflowStep;
}

export function allSteps(workflows: readonly Workflow[]): StepRef[] {
  return workflows.flatMap((workflow) =>
    workflow.jobs.flatMap((job) => job.steps.map((step) => ({ workflow, job, step }))),
  );
}

/** Composite (and other) action definitions anywhere in the repository: action.yml / action.yaml. */
export function actionDefinitions(repo: Repository): Workflow[] {
  return repo.fact('actionDefinitions', () =>
    repo.byName(/^action\.ya?ml$/).flatMap((file) => {
      const parsed = repo.yaml(file);
      return parsed ? [parseWorkflow(file, parsed, repo.read(file) ?? '')] : [];
    }),
  );
}

/** Line of a character offset inside a step's run script, in the workflow file. */
export function runOffsetLine(step: WorkflowStep, offset: number): number | undefined {
  if (!step.run || step.runLine === undefined) return step.line;
  const before = step.run.slice(0, offset);
  return step.runLine + (before.match(/\n/g)?.length ?? 0);
}

// A step that builds or tests: a test runner, a build, a type check, a browser test action. Linters,
// scanners and housekeeping (stale, labeler, lock-threads) alone are not CI.
const TESTS_OR_BUILDS_RUN =
  /\b(?:test|tests|build|vitest|jest|mocha|ava|tap|playwright|cypress|tsc|typecheck|type-check|compile|validate|verify|e2e|coverage|pytest|cargo|go\s+(?:test|build|vet)|make|gradle|mvn|turbo|nx)\b/;
const TESTS_OR_BUILDS_USES =
  /^(?:cypress-io\/github-action|docker\/build-push-action|\.\/)|(?:^|\/)(?:test|build|ci)[\w-]*(?:@|$)/i;

/** Workflows with a job that tests or builds (or calls a reusable workflow that may). */
export function testingWorkflows(repo: Repository): Workflow[] {
  return repo.fact('testingWorkflows', () =>
    repo.workflows.filter((w) =>
      w.jobs.some(
        (j) =>
          (j.uses && !/lock|stale|label/i.test(j.uses)) ||
          j.steps.some(
            (s) => (s.run && TESTS_OR_BUILDS_RUN.test(s.run)) || (s.uses && TESTS_OR_BUILDS_USES.test(s.uses)),
          ),
      ),
    ),
  );
}
