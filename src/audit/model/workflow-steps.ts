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
