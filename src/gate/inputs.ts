// Every input of the gate read once, into one typed object (defaults live in action.yml).
import * as core from '../lib/runner.js';
import { ConfigurationError } from '../lib/errors.js';
import { SEVERITIES, type Severity } from '../lib/findings.js';
import { getChoiceInput, getIntegerInput, getListInput, getStringInput } from '../lib/inputs.js';
import { workspace } from '../lib/action.js';

export interface GateInputs {
  workspace: string;
  audit: string[];
  trivy: string[];
  sarif: string[];
  /** Undefined when not given: then every finding counts as new. */
  baseReports?: string[];
  baseline: string;
  githubToken: string;
  failOn: Severity | 'none';
  minScore: number;
  sarifFile: string;
}

export function getInputs(): GateInputs {
  const audit = getListInput('audit-report');
  const trivy = getListInput('trivy-report');
  const sarif = getListInput('sarif');
  if (!audit.length && !trivy.length && !sarif.length)
    throw new ConfigurationError(
      'set at least one of `audit-report`, `trivy-report` and `sarif` (paths of the reports to gate on)',
    );
  const base = getListInput('base-reports');
  const githubToken = getStringInput('github-token');
  if (githubToken) core.setSecret(githubToken);
  return {
    workspace: workspace(),
    audit,
    trivy,
    sarif,
    baseReports: base.length ? base : undefined,
    baseline: getStringInput('baseline'),
    githubToken,
    failOn: getChoiceInput('fail-on', [...SEVERITIES, 'none'] as const) as Severity | 'none',
    minScore: getIntegerInput('min-score', { min: 0, max: 100 }),
    sarifFile: getStringInput('sarif-file'),
  };
}
