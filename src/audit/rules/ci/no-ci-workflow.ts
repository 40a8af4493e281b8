// ci/no-ci-workflow: nothing builds or tests the repository on a push. Workflows that only lint,
// scan or tidy issues (Semgrep, stale, lock-threads) are not CI.
import type { Rule } from '../rule.js';
import { hasDeployTarget } from '../../../lib/repository/facts.js';
import { testingWorkflows } from '../../../lib/repository/workflow-steps.js';

const OTHER_CI = [
  '.gitlab-ci.yml',
  '.circleci/config.yml',
  'Jenkinsfile',
  'azure-pipelines.yml',
  'bitbucket-pipelines.yml',
  '.travis.yml',
  '.buildkite/pipeline.yml',
  '.drone.yml',
];

export const noCiWorkflow: Rule = {
  id: 'ci/no-ci-workflow',
  severity: 'critical',
  title: 'No CI workflow',
  remediation:
    'Add .github/workflows/ci.yml that installs, lints, tests and builds on every push and pull request; copy workflow-templates/shipshape-pipeline.yml from shipshape for the gated pipeline (audit, image, scan, deploy).',
  check(repo) {
    if (testingWorkflows(repo).length || OTHER_CI.some((f) => repo.has(f))) return [];
    // A workflow that does not parse is reported by its read warning; do not guess what it runs.
    if (repo.glob('.github/workflows/*.{yml,yaml}').length > repo.workflows.length) return [];
    const others = repo.workflows.map((w) => w.file);
    if (!repo.packages.length && !hasDeployTarget(repo)) return [];
    const pkg = repo.rootPackage?.file ?? repo.packages[0]?.file;
    // A library without CI is a quality gap; an app that ships to production without it is a blocker.
    const deploys = hasDeployTarget(repo);
    return [
      {
        message: `${others.length ? `The workflows (${others.join(', ')}) only lint, scan or tidy; no workflow builds or tests` : 'There is no workflow under .github/workflows (nor another CI configuration)'}: nothing tests ${pkg ? `\`${pkg}\`` : 'this repository'} before it ${deploys ? 'is deployed' : 'is published'}.`,
        file: pkg,
        severity: deploys ? undefined : 'high',
      },
    ];
  },
};
