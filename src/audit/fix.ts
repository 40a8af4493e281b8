// `fix: pull-request`: after the audit, run init's plan over the same checkout and open (or update)
// one pull request with the files it writes; its description lists the findings those files close
// and what is left to a human. The workspace itself is not changed.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import * as core from '../lib/runner.js';
import { registerSecret } from '../lib/redact.js';
import { ConfigurationError } from '../lib/errors.js';
import type { Finding } from '../lib/findings.js';
import { Repository } from '../lib/repository/repository.js';
import type { AuditConfig } from './config.js';
import { INIT_ITEMS, planInit, type InitItem } from '../init/plan.js';
import { workflowPin } from '../init/command.js';
import { openFixPullRequest } from '../init/pull-request.js';

/** The findings each kind of written file closes, when they fired. */
const CLOSES: Record<InitItem, string[]> = {
  workflows: ['ci/no-ci-workflow', 'ci/no-deploy-job', 'ci/no-security-scan'],
  dockerfile: ['container/no-dockerfile', 'container/next-standalone-missing'],
  health: ['observability/no-health-endpoint'],
  dependabot: ['security/no-dependency-updates'],
  config: [],
};

export interface FixResult {
  url: string;
  files: string[];
}

export async function openFixForAudit(
  root: string,
  workspace: string,
  config: AuditConfig,
  findings: readonly Finding[],
  token: string,
  failOn: string,
): Promise<FixResult | undefined> {
  if (!token) throw new ConfigurationError('input `github-token` is required with `fix: pull-request`');
  registerSecret(token);
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository)
    throw new ConfigurationError('`fix: pull-request` needs GITHUB_REPOSITORY (run it in GitHub Actions)');
  const plan = planInit(new Repository(root, config.ignore), findings, {
    force: false,
    only: new Set(INIT_ITEMS),
    pin: workflowPin(undefined),
    failOn: failOn === 'none' ? 'high' : failOn,
  });
  if (!plan.files.length) {
    core.info('fix: init has nothing to write, no pull request opened');
    return undefined;
  }
  const prefix = relative(workspace, root).replace(/\\/g, '/');
  const inRepo = (p: string) => (prefix && !prefix.startsWith('..') ? `${prefix}/${p}` : p);
  const items = new Set(plan.files.map((f) => f.item));
  const closed = findings.filter((f) => [...items].some((item) => CLOSES[item].includes(f.ruleId)));
  const body = [
    'Written by `shipshape init` from what the audit found in this repository.',
    '',
    '### Files',
    ...plan.files.map((f) => `- \`${inRepo(f.path)}\`: ${f.why}`),
    '',
    '### Findings this closes',
    ...(closed.length ? closed.map((f) => `- **${f.severity}** \`${f.ruleId}\`: ${f.message}`) : ['- none']),
    ...(plan.leftToHuman.length ? ['', '### Left to a human', ...plan.leftToHuman.map((l) => `- ${l}`)] : []),
    '',
  ].join('\n');
  const result = await openFixPullRequest({
    apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    token,
    repository,
    base: defaultBranch(),
    files: plan.files.map((f) => ({ path: inRepo(f.path), content: f.after })),
    title: 'shipshape: add the missing pipeline (Dockerfile, workflows, health route, dependency updates)',
    body,
  });
  core.info(`fix: ${result.created ? 'opened' : 'updated'} ${result.url}`);
  return { url: result.url, files: plan.files.map((f) => inRepo(f.path)) };
}

/** The repository's default branch from the event payload, else the branch this run is on. */
function defaultBranch(): string {
  try {
    const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      repository?: { default_branch?: string };
    };
    if (event.repository?.default_branch) return event.repository.default_branch;
  } catch {
    // no payload: fall back to the ref
  }
  return process.env.GITHUB_BASE_REF || process.env.GITHUB_REF_NAME || 'main';
}
