// The audit engine: build the repository model once, run every enabled rule over it, apply the
// config (severity overrides, suppressions), and score the result.
import { existsSync, statSync } from 'node:fs';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { confidenceAtLeast, sortFindings, type Confidence, type Finding } from '../lib/findings.js';
import { Repository, type ReadWarning } from '../lib/repository/repository.js';
import { ALL_RULES } from './rules/index.js';
import { shellSyntaxError } from './rules/scripts/shell-syntax-error.js';
import type { Rule } from './rules/rule.js';
import { applyConfig, type AuditConfig, EMPTY_CONFIG } from './config.js';
import type { PolicySummary } from './policy.js';
import { scoreFindings, type Scores } from './score.js';
import { checkShellSyntax } from './shell-syntax-scan.js';

export interface AuditResult {
  root: string;
  findings: Finding[];
  /** Findings silenced by a suppression that is still valid (kept for the report). */
  suppressed: { finding: Finding; reason: string; expires?: string }[];
  warnings: ReadWarning[];
  /** Where the policy came from and everything it silences; set when the caller loaded one. */
  policy?: PolicySummary;
  /** `git`: the files git tracks; `folder`: a walk with .gitignore applied. */
  fileSource?: 'git' | 'folder';
  scores: Scores;
  filesIndexed: number;
  rulesRun: number;
  durationMs: number;
}

export interface AuditOptions {
  config?: AuditConfig;
  policy?: PolicySummary;
  rules?: readonly Rule[];
  /** Findings less sure than this are left out of the result and the score (default: low, all). */
  minConfidence?: Confidence;
  /** "Today" for suppression expiry (tests pin it). */
  now?: Date;
  /** Time budget of the whole audit, in ms: past it the audit stops and says so with a critical finding. */
  budgetMs?: number;
}

export const DEFAULT_BUDGET_MS = 300_000;
export const INCOMPLETE_AUDIT_RULE = 'shipshape/audit-incomplete';

/** The rules over the repository, synchronously, without the pre-passes (what unit tests run). */
export function runAudit(root: string, options: AuditOptions = {}): AuditResult {
  const started = performance.now();
  return auditRepository(openRepository(root, options, started), options, started);
}

/**
 * The whole audit, as the entry points run it: the asynchronous pre-passes (secretlint over the files
 * where secrets live) store their results on the model, then the rules run synchronously over it.
 */
export async function runFullAudit(root: string, options: AuditOptions = {}): Promise<AuditResult> {
  const started = performance.now();
  const repo = openRepository(root, options, started);
  if (!repo.incomplete) {
    const deadline = started + (options.budgetMs ?? DEFAULT_BUDGET_MS);
    // bash -n runs in child processes while secretlint runs here.
    const shell = enabledRules(options).includes(shellSyntaxError) ? checkShellSyntax(repo, deadline) : undefined;
    const { scanForSecrets } = await import('./secretlint-scan.js');
    await scanForSecrets(repo, deadline);
    await shell;
  }
  return auditRepository(repo, options, started);
}

function enabledRules(options: AuditOptions): readonly Rule[] {
  const config = options.config ?? EMPTY_CONFIG;
  return (options.rules ?? ALL_RULES).filter((r) => !config.disabled.has(r.id));
}

function openRepository(root: string, options: AuditOptions, started: number): Repository {
  if (!existsSync(root)) throw new ConfigurationError(`path \`${root}\` does not exist`);
  if (!statSync(root).isDirectory()) throw new ConfigurationError(`path \`${root}\` is not a directory`);
  const config = options.config ?? EMPTY_CONFIG;
  return new Repository(root, { ignore: config.ignore, deadline: started + (options.budgetMs ?? DEFAULT_BUDGET_MS) });
}

function auditRepository(repo: Repository, options: AuditOptions, started: number): AuditResult {
  const root = repo.root;
  const config = options.config ?? EMPTY_CONFIG;
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = started + budgetMs;
  const rules = enabledRules(options);
  const raw: Finding[] = [];
  let skipped = repo.incomplete ? rules.length : 0;
  for (const rule of rules) {
    if (skipped || performance.now() > deadline) {
      skipped = rules.length - rules.indexOf(rule);
      break;
    }
    try {
      for (const hit of rule.check(repo)) {
        raw.push({
          ruleId: rule.id,
          title: rule.title,
          remediation: rule.remediation,
          ...hit,
          severity: hit.severity ?? rule.severity,
          confidence: hit.confidence ?? rule.confidence ?? 'high',
        });
      }
    } catch (error) {
      // One broken rule must not hide the others' findings.
      repo.warn('.', `rule ${rule.id} failed: ${errorMessage(error)}`);
    }
  }
  const { findings, suppressed } = applyConfig(raw, config, options.now ?? new Date());
  // Not subject to the config: an audit that did not finish vouches for nothing.
  if (repo.incomplete || skipped)
    findings.push({
      ruleId: INCOMPLETE_AUDIT_RULE,
      severity: 'critical',
      title: 'Audit did not finish within its time budget',
      message: `The audit stopped after its budget of ${Math.round(budgetMs / 1000)} s: ${repo.incomplete ? 'the file listing was cut short and ' : ''}${skipped} of ${rules.length} rules did not run.`,
      remediation:
        "Find what makes the repository slow to read (a huge tree, very large files) and exclude generated content with `ignore:` in the base branch's .shipshape.yml.",
    });
  const sorted = sortFindings(findings.filter((f) => confidenceAtLeast(f.confidence, options.minConfidence ?? 'low')));
  return {
    root,
    findings: sorted,
    suppressed,
    warnings: repo.warnings,
    ...(options.policy ? { policy: options.policy } : {}),
    fileSource: repo.source,
    scores: scoreFindings(sorted),
    filesIndexed: repo.fileCount,
    rulesRun: rules.length,
    durationMs: Math.round(performance.now() - started),
  };
}
