// ci/no-security-scan: CI exists but nothing scans dependencies or code for vulnerabilities.
import type { Rule } from '../rule.js';
import { allSteps } from '../../../lib/repository/workflow-steps.js';

const SCAN_COMMAND =
  /\b(npm\s+audit|pnpm\s+audit|yarn\s+(npm\s+)?audit|bun\s+audit|audit-ci|better-npm-audit|trivy|snyk|grype|osv-scanner|semgrep|npm\s+run\s+audit|retire)\b/i;
const SCAN_ACTION =
  /aquasecurity\/trivy-action|github\/codeql-action|snyk\/actions|actions\/dependency-review-action|anchore\/scan-action|google\/osv-scanner|ossf\/scorecard-action|semgrep|shipshape\/actions\/trivy/i;

export const noSecurityScan: Rule = {
  id: 'ci/no-security-scan',
  severity: 'high',
  title: 'No dependency or vulnerability scanning in CI',
  remediation:
    'Scan on every pull request: `actions/trivy` with `scan-type: fs` for lockfiles (and `image` for the built image), failing on critical and high; add actions/dependency-review-action on pull requests.',
  check(repo) {
    const workflows = repo.workflows;
    if (!workflows.length) return [];
    const scans = allSteps(workflows).some(
      ({ step }) => (step.uses && SCAN_ACTION.test(step.uses)) || (step.run && SCAN_COMMAND.test(step.run)),
    );
    // Our reusable security workflow runs Trivy on the repository.
    const reusable = workflows.some((w) => w.jobs.some((j) => j.uses && /\/shipshape-security\.ya?ml@/.test(j.uses)));
    if (scans || reusable) return [];
    // A package script that scans counts when a workflow calls it.
    const scanScripts = repo.packages.flatMap((p) =>
      Object.entries(p.scripts)
        .filter(([, cmd]) => SCAN_COMMAND.test(cmd))
        .map(([name]) => name),
    );
    if (
      scanScripts.some((name) =>
        allSteps(workflows).some(({ step }) => step.run && new RegExp(`\\brun\\s+${name}\\b`).test(step.run)),
      )
    )
      return [];
    return [
      {
        message: `None of the workflows (${workflows.map((w) => w.file).join(', ')}) runs a dependency or vulnerability scan (npm/pnpm/yarn/bun audit, Trivy, CodeQL, Snyk, dependency-review, Grype, OSV).`,
        file: workflows[0].file,
        line: 1,
      },
    ];
  },
};
