// One audit run, shared by the action and `shipshape audit`: load the policy (the base commit's on a
// pull request), run the engine, apply fail-on, and render the reports from the same result.
import type { Confidence, Finding } from '../lib/findings.js';
import { blocking, thresholdPolicy, type BlockingPolicy } from '../lib/reports/policy.js';
import type { AuditConfig } from './config.js';
import { runFullAudit, type AuditResult } from './engine.js';
import { loadPolicy, type PolicySummary } from './policy.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';

export interface AuditRunOptions {
  /** The config file the caller names (else the default file, when present). */
  config?: string;
  pullRequest: boolean;
  baseSha?: string;
  budgetSeconds: number;
  minConfidence: Confidence;
  /** The threshold the caller sets; else the config's `failOn`, else critical. */
  failOn?: BlockingPolicy;
  /** Called with the policy before the audit runs (the action warns about it). */
  onPolicy?: (policy: PolicySummary) => void;
  /** Wraps the engine's run (the action runs it as a timed step). */
  wrap?: (audit: () => Promise<AuditResult>) => Promise<AuditResult>;
}

export interface AuditRun {
  config: AuditConfig;
  result: AuditResult;
  failOn: BlockingPolicy;
  /** How many findings are at or above fail-on. */
  over: number;
  passed: boolean;
  markdown(fileUrl?: (f: Finding) => string | undefined): string;
  json(repository?: string): string;
  /** The SARIF log, with each finding's path mapped (the action's are relative to the repository root). */
  sarif(map?: (f: Finding) => Finding): string;
}

export async function runAuditFor(dir: string, options: AuditRunOptions): Promise<AuditRun> {
  const { config, policy } = loadPolicy(dir, options.config, {
    pullRequest: options.pullRequest,
    baseSha: options.baseSha,
  });
  options.onPolicy?.(policy);
  const failOn = options.failOn ?? config.failOn ?? thresholdPolicy('critical');
  const audit = () =>
    runFullAudit(dir, {
      config,
      policy,
      budgetMs: options.budgetSeconds * 1000,
      minConfidence: options.minConfidence,
    });
  const result = await (options.wrap ? options.wrap(audit) : audit());
  const over = blocking(result.findings, failOn).length;
  const passed = over === 0;
  const gate = { failOn: failOn.label, passed };
  return {
    config,
    result,
    failOn,
    over,
    passed,
    markdown: (fileUrl) => renderMarkdown(result, { ...gate, fileUrl }),
    json: (repository) => renderJson(result, gate, repository),
    sarif: (map) => renderSarif(map ? { ...result, findings: result.findings.map(map) } : result),
  };
}
