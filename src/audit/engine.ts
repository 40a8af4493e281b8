// The audit engine: build the repository model once, run every enabled rule over it, apply the
// config (severity overrides, suppressions), and score the result.
import { existsSync, statSync } from 'node:fs';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { sortFindings, type Finding } from '../lib/findings.js';
import { Repository, type ReadWarning } from './model/repository.js';
import { ALL_RULES } from './rules/index.js';
import type { Rule } from './rules/rule.js';
import { applyConfig, type AuditConfig, EMPTY_CONFIG } from './config.js';
import { scoreFindings, type Scores } from './score.js';

export interface AuditResult {
  root: string;
  findings: Finding[];
  /** Findings silenced by a suppression that is still valid (kept for the report). */
  suppressed: { finding: Finding; reason: string; expires?: string }[];
  warnings: ReadWarning[];
  scores: Scores;
  filesIndexed: number;
  rulesRun: number;
  durationMs: number;
}

export interface AuditOptions {
  config?: AuditConfig;
  rules?: readonly Rule[];
  /** "Today" for suppression expiry (tests pin it). */
  now?: Date;
}

export function runAudit(root: string, options: AuditOptions = {}): AuditResult {
  const started = performance.now();
  if (!existsSync(root)) throw new ConfigurationError(`path \`${root}\` does not exist`);
  if (!statSync(root).isDirectory()) throw new ConfigurationError(`path \`${root}\` is not a directory`);
  const config = options.config ?? EMPTY_CONFIG;
  const repo = new Repository(root, config.ignore);
  const rules = (options.rules ?? ALL_RULES).filter((r) => !config.disabled.has(r.id));
  const raw: Finding[] = [];
  for (const rule of rules) {
    try {
      for (const hit of rule.check(repo)) {
        raw.push({
          ruleId: rule.id,
          title: rule.title,
          remediation: rule.remediation,
          ...hit,
          severity: hit.severity ?? rule.severity,
        });
      }
    } catch (error) {
      // One broken rule must not hide the others' findings.
      repo.warn('.', `rule ${rule.id} failed: ${errorMessage(error)}`);
    }
  }
  const { findings, suppressed } = applyConfig(raw, config, options.now ?? new Date());
  const sorted = sortFindings(findings);
  return {
    root,
    findings: sorted,
    suppressed,
    warnings: repo.warnings,
    scores: scoreFindings(sorted),
    filesIndexed: repo.files.length,
    rulesRun: rules.length,
    durationMs: Math.round(performance.now() - started),
  };
}
