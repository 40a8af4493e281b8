// Where the audit's policy (.shipshape.yml) comes from, and what it does. On a pull request the
// policy is the base commit's: the branch under judgment cannot rewrite the rules that judge it.
// Its own edit of the file is reported as a policy change, and every disabled rule, severity
// override, ignored path and suppression is listed, so nothing is silenced silently.
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { gitFileAtCommit } from '../lib/git-read.js';
import type { AuditJsonPolicy } from '../lib/reports/audit-json.js';
import { DEFAULT_CONFIG_FILE, EMPTY_CONFIG, parseConfig, readConfigText, type AuditConfig } from './config.js';

/** The policy section of the audit JSON (its type lives with the report format). */
export type PolicySummary = AuditJsonPolicy;

export interface PolicyOptions {
  /** The pull request's base commit; set on pull-request events. */
  baseSha?: string;
  /** True on a pull-request event: without a readable base, no policy applies. */
  pullRequest?: boolean;
}

export function loadPolicy(
  root: string,
  explicit: string | undefined,
  options: PolicyOptions = {},
): { config: AuditConfig; policy: PolicySummary } {
  const file = explicit || DEFAULT_CONFIG_FILE;
  if (!options.pullRequest) {
    const text = readConfigText(root, file);
    if (text === undefined && explicit) throw new ConfigurationError(`config file \`${explicit}\` does not exist`);
    const config = text === undefined ? EMPTY_CONFIG : parseConfig(text, file);
    return { config, policy: describe(file, 'working-tree', undefined, config, text !== undefined) };
  }

  let baseText: string | undefined;
  let warning: string | undefined;
  if (!options.baseSha) warning = 'the event names no base commit';
  else {
    const base = gitFileAtCommit(root, options.baseSha, file);
    if ('text' in base) baseText = base.text;
    else if ('error' in base) warning = base.error;
  }
  const config = baseText === undefined ? EMPTY_CONFIG : parseConfig(baseText, `${file} (base commit)`);
  const policy = describe(file, 'base-commit', options.baseSha, config, baseText !== undefined);
  if (warning) policy.warning = `base policy not read (${warning}): no suppressions or disabled rules apply`;

  let headText: string | undefined;
  try {
    headText = readConfigText(root, file);
  } catch (error) {
    policy.changedInPullRequest = true;
    policy.changes.push(`the pull request's ${file} is not readable (${errorMessage(error)})`);
    return { config, policy };
  }
  if (headText === baseText) return { config, policy };
  policy.changedInPullRequest = true;
  if (headText === undefined) {
    policy.changes.push(`deletes ${file}`);
    return { config, policy };
  }
  let head: AuditConfig;
  try {
    head = parseConfig(headText, file);
  } catch (error) {
    policy.changes.push(
      `${baseText === undefined ? 'adds' : 'edits'} ${file}, which does not parse: ${errorMessage(error)}`,
    );
    return { config, policy };
  }
  policy.changes.push(...(baseText === undefined ? [`adds ${file}`] : []), ...diffConfigs(config, head));
  if (policy.changes.length === 0) policy.changes.push(`edits ${file} (no change to rules, ignores or suppressions)`);
  return { config, policy };
}

function describe(
  file: string,
  source: PolicySummary['source'],
  baseSha: string | undefined,
  config: AuditConfig,
  applied: boolean,
): PolicySummary {
  return {
    file,
    source,
    ...(baseSha ? { baseSha } : {}),
    applied,
    changedInPullRequest: false,
    changes: [],
    disabledRules: [...config.disabled].sort(),
    severityOverrides: Object.fromEntries([...config.severities].sort()),
    ignore: [...config.ignore],
    suppressions: config.suppressions.map((s) => ({
      rule: s.rule,
      path: s.path,
      reason: s.reason,
      expires: s.expires,
    })),
    ...(config.failOn ? { failOn: config.failOn.label } : {}),
  };
}

/** What `head` would change over `base`, in the words of a reviewer. */
export function diffConfigs(base: AuditConfig, head: AuditConfig): string[] {
  const out: string[] = [];
  for (const id of head.disabled) if (!base.disabled.has(id)) out.push(`disables rule ${id}`);
  for (const id of base.disabled) if (!head.disabled.has(id)) out.push(`re-enables rule ${id}`);
  for (const [id, severity] of head.severities)
    if (base.severities.get(id) !== severity)
      out.push(`sets rule ${id} to ${severity} (was ${base.severities.get(id) ?? 'its default'})`);
  for (const id of base.severities.keys())
    if (!head.severities.has(id)) out.push(`returns rule ${id} to its default severity`);
  for (const glob of head.ignore) if (!base.ignore.includes(glob)) out.push(`ignores files matching \`${glob}\``);
  for (const glob of base.ignore) if (!head.ignore.includes(glob)) out.push(`stops ignoring \`${glob}\``);
  const key = (s: AuditConfig['suppressions'][number]) => `${s.rule} ${s.path} ${s.expires}`;
  const baseKeys = new Set(base.suppressions.map(key));
  const headKeys = new Set(head.suppressions.map(key));
  for (const s of head.suppressions)
    if (!baseKeys.has(key(s))) out.push(`suppresses ${s.rule} at \`${s.path}\` until ${s.expires} ("${s.reason}")`);
  for (const s of base.suppressions)
    if (!headKeys.has(key(s))) out.push(`removes the suppression of ${s.rule} at \`${s.path}\``);
  if (head.failOn?.label !== base.failOn?.label)
    out.push(`sets fail-on to ${head.failOn?.label ?? 'the default'} (was ${base.failOn?.label ?? 'the default'})`);
  return out;
}
