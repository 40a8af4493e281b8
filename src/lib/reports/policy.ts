// What `fail-on` means, for every action and the CLI: a severity is a threshold (that severity and
// above block), `none` blocks nothing, and a comma-separated list (Trivy's spelling) names exactly
// the severities that block. `blocking()` is the one test of a finding against it.
import { ConfigurationError } from '../errors.js';
import { isSeverity, SEVERITIES, severityRank, type Finding, type Severity } from '../findings.js';

export interface BlockingPolicy {
  /** The severities that block, most severe first; empty for `none`. */
  severities: readonly Severity[];
  /** How the policy reads in messages and reports: `high`, `critical, high` or `none`. */
  label: string;
}

export const NO_BLOCKING: BlockingPolicy = { severities: [], label: 'none' };

/** `high` and above; `none` blocks nothing. */
export function thresholdPolicy(level: Severity | 'none'): BlockingPolicy {
  if (level === 'none') return NO_BLOCKING;
  return { severities: SEVERITIES.filter((s) => severityRank(s) >= severityRank(level)), label: level };
}

/**
 * Parse a user's `fail-on`; `subject` names where it came from in the one-line error
 * ("input `fail-on`", "--fail-on", ".shipshape.yml: `fail-on`").
 */
export function parseFailOn(
  subject: string,
  raw: string,
  make: (message: string) => Error = configError,
): BlockingPolicy {
  const items = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (items.length <= 1) {
    const level = items[0] ?? '';
    if (level !== 'none' && !isSeverity(level))
      throw make(`${subject} must be one of ${SEVERITIES.join(', ')}, none (got \`${raw.trim()}\`)`);
    return thresholdPolicy(level);
  }
  for (const s of items)
    if (!isSeverity(s)) throw make(`${subject} must list some of ${SEVERITIES.join(', ')}, or be none (got \`${s}\`)`);
  const listed = SEVERITIES.filter((s) => items.includes(s));
  return { severities: listed, label: listed.join(', ') };
}

/** The findings that the policy says block. */
export function blocking<T extends Pick<Finding, 'severity'>>(findings: readonly T[], policy: BlockingPolicy): T[] {
  return findings.filter((f) => policy.severities.includes(f.severity));
}

function configError(message: string): Error {
  return new ConfigurationError(message);
}
