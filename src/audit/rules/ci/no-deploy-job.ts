// ci/no-deploy-job: CI exists but no job deploys, although the repository has a deploy target.
import type { Rule } from '../rule.js';
import { hasDeployTarget } from '../../../lib/repository/facts.js';
import type { Repository } from '../../../lib/repository/repository.js';
import { allSteps, testingWorkflows, type StepRef } from '../../../lib/repository/workflow-steps.js';

const DEPLOY_ACTION =
  /(^|\/)(deploy|[\w-]*-deploy|[\w-]*deploy-[\w-]*)(@|\/|$)|docker\/build-push-action|cloudflare\/wrangler-action|superfly\/flyctl-actions|amondnet\/vercel-action|appleboy\/(ssh|scp)-action|aws-actions\/amazon-ecs|azure\/webapps-deploy|google-github-actions\/deploy|peaceiris\/actions-gh-pages|actions\/deploy-pages|shipshape\/actions\/(container|migrate-deploy)|railwayapp\//i;
const DEPLOY_COMMAND =
  /\b(wrangler\s+(deploy|publish|pages\s+deploy)|fly(ctl)?\s+deploy|vercel\b[^\n]*(--prod|deploy)|netlify\s+deploy|railway\s+up|(docker|buildah|podman)\s+push|kubectl\s+(apply|set\s+image|rollout)|helm\s+(upgrade|install)|(serverless|sls)\s+deploy|firebase\s+deploy|gcloud\s+(run|app|functions)\s+deploy|aws\s+(ecs\s+update-service|s3\s+sync|lambda\s+update-function-code)|eb\s+deploy|git\s+push\s+heroku|(npm|pnpm|yarn|bun)\s+(run\s+)?deploy\b|rsync\b[^\n]*@|ssh\s+[^\n]*@[^\n]*(deploy|restart|pull))/i;
const DEPLOY_HOOK = /\bcurl\b[^\n]*(deploy|hook)/i;
// `docker buildx imagetools create` publishes a multi-platform manifest: a registry push.
const IMAGE_PUBLISH = /\bimagetools\s+create\b|\bbuildx\s+build\b[^\n]*--push\b/;
// A script the step runs (`./scripts/release.sh`, `bash deploy/push.sh`), read one hop away.
const RUN_SCRIPT_FILE = /(?:^|[\s;&|])(?:(?:ba|z)?sh\s+)?((?:\.\/)?[\w./-]+\.sh)\b/g;

/** Whether a step deploys: by the action it names, what its inputs ask (`push: true`), or what it runs. */
function stepDeploys(repo: Repository, { step }: StepRef): boolean {
  if (step.uses && DEPLOY_ACTION.test(step.uses)) return true;
  // Forks and wrappers of docker/build-push-action push when asked to.
  const inputs = (step.with ?? {}) as Record<string, unknown>;
  if (String(inputs.push) === 'true' || /(?:^|,)\s*push=true\b/.test(String(inputs.outputs ?? ''))) return true;
  if (!step.run) return false;
  if (DEPLOY_COMMAND.test(step.run) || DEPLOY_HOOK.test(step.run) || IMAGE_PUBLISH.test(step.run)) return true;
  for (const m of step.run.matchAll(RUN_SCRIPT_FILE)) {
    const text = repo.read(m[1].replace(/^\.\//, ''));
    if (text && (DEPLOY_COMMAND.test(text) || IMAGE_PUBLISH.test(text))) return true;
  }
  return false;
}
// Platforms that deploy from the git push themselves: no workflow job is needed.
const GIT_DEPLOYED = ['vercel.json', 'netlify.toml'];

export const noDeployJob: Rule = {
  id: 'ci/no-deploy-job',
  severity: 'high',
  title: 'CI never deploys',
  remediation:
    'Add a deploy job that runs on the default branch after the tests: build and push an image with `actions/container`, then release with `actions/migrate-deploy` (backup, migrate, deploy, health check, rollback).',
  check(repo) {
    const workflows = repo.workflows;
    // Without a workflow that builds or tests, ci/no-ci-workflow already reports the gap.
    if (!testingWorkflows(repo).length || !hasDeployTarget(repo)) return [];
    if (GIT_DEPLOYED.some((f) => repo.byName(f).length)) return [];
    if (repo.byName('render.yaml').some((f) => !/autoDeploy:\s*false/.test(repo.read(f) ?? ''))) return [];
    const deploys = allSteps(workflows).some((ref) => stepDeploys(repo, ref));
    const reusable = workflows.some((w) => w.jobs.some((j) => j.uses && /deploy|release/i.test(j.uses)));
    if (deploys || reusable) return [];
    const names = workflows.map((w) => w.file).join(', ');
    return [
      {
        message: `Workflows (${names}) build and test, but no job deploys: no deploy command, deploy action, registry push or deploy hook.`,
        file: workflows[0].file,
        line: 1,
      },
    ];
  },
};
