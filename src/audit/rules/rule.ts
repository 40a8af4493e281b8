// What a rule is: a stable id, a default severity, and a check over the repository model that
// returns hits. The engine turns hits into Findings (adding severity, title, remediation).
import type { Confidence, Severity } from '../../lib/findings.js';
import type { Category } from '../../lib/reports/categories.js';
import type { Repository } from '../../lib/repository/repository.js';

export interface RuleHit {
  /** Names the evidence (file, value, port...) but never a secret's value. */
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  /** Overrides the rule's default severity for this hit (e.g. a first-party action left unpinned). */
  severity?: Severity;
  /** Overrides the rule's default confidence for this hit (a default credential, a guess from names). */
  confidence?: Confidence;
}

export interface Rule {
  id: `${Category}/${string}`;
  severity: Severity;
  /** How sure the rule is when it fires; absent means high. */
  confidence?: Confidence;
  title: string;
  /** What to do about it, in a sentence or two (Markdown allowed). */
  remediation: string;
  check(repo: Repository): RuleHit[];
}

export function categoryOf(ruleId: string): Category {
  return ruleId.split('/')[0] as Category;
}
