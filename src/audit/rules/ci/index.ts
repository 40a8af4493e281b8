// The ci/* rules.
import type { Rule } from '../rule.js';
import { noCiWorkflow } from './no-ci-workflow.js';
import { noDeployJob } from './no-deploy-job.js';
import { lighthousePortMismatch } from './lighthouse-port-mismatch.js';
import { serverStartWithoutReadiness } from './server-start-without-readiness.js';
import { noSecurityScan } from './no-security-scan.js';
import { templateInjection } from './template-injection.js';
import { unpinnedAction } from './unpinned-action.js';
import { unreadableWorkflow } from './unreadable-workflow.js';

export const ciRules: Rule[] = [
  noCiWorkflow,
  noDeployJob,
  lighthousePortMismatch,
  serverStartWithoutReadiness,
  noSecurityScan,
  templateInjection,
  unpinnedAction,
  unreadableWorkflow,
];
