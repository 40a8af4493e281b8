// Every input of the audit action, read and validated once. Defaults live only in action.yml.
import { resolve } from 'node:path';
import { CONFIDENCES, type Confidence } from '../lib/findings.js';
import { getChoiceInput, getIntegerInput, getRequiredInput, getStringInput } from '../lib/inputs.js';
import { parseFailOn, type BlockingPolicy } from '../lib/reports/policy.js';
import { workspace as runnerWorkspace } from '../lib/action.js';

export interface AuditInputs {
  path: string;
  failOn: BlockingPolicy;
  minConfidence: Confidence;
  config?: string;
  sarifFile: string;
  reportFile: string;
  jsonFile: string;
  fix: 'none' | 'pull-request';
  githubToken: string;
  budgetSeconds: number;
}

export function getInputs(): AuditInputs {
  const workspace = runnerWorkspace();
  return {
    path: resolve(workspace, getRequiredInput('path')),
    failOn: parseFailOn('input `fail-on`', getRequiredInput('fail-on')),
    minConfidence: getChoiceInput('min-confidence', CONFIDENCES),
    config: getStringInput('config') || undefined,
    sarifFile: resolve(workspace, getRequiredInput('sarif-file')),
    reportFile: resolve(workspace, getRequiredInput('report-file')),
    jsonFile: resolve(workspace, getRequiredInput('json-file')),
    fix: getChoiceInput('fix', ['none', 'pull-request'] as const),
    githubToken: getStringInput('github-token'),
    budgetSeconds: getIntegerInput('time-budget', { min: 1, max: 21600 }),
  };
}
