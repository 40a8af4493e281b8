// Every input of the audit action, read and validated once. Defaults match action.yml.
import { resolve } from 'node:path';
import { CONFIDENCES, type Confidence } from '../lib/findings.js';
import { getChoiceInput, getIntegerInput, getStringInput } from '../lib/inputs.js';
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
    path: resolve(workspace, getStringInput('path', '.')),
    failOn: parseFailOn('input `fail-on`', getStringInput('fail-on', 'critical')),
    minConfidence: getChoiceInput('min-confidence', CONFIDENCES, 'low'),
    config: getStringInput('config') || undefined,
    sarifFile: resolve(workspace, getStringInput('sarif-file', 'shipshape-audit.sarif')),
    reportFile: resolve(workspace, getStringInput('report-file', 'shipshape-audit.md')),
    jsonFile: resolve(workspace, getStringInput('json-file', 'shipshape-audit.json')),
    fix: getChoiceInput('fix', ['none', 'pull-request'] as const, 'none'),
    githubToken: getStringInput('github-token'),
    budgetSeconds: getIntegerInput('time-budget', 300, { min: 1, max: 21600 }),
  };
}
