// .shipshape.yml: disable rules, change severities, and suppress findings at paths with a reason
// and an expiry date. An expired suppression stops suppressing and is reported itself.
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { ConfigurationError } from '../lib/errors.js';
import { readRegularFile } from '../lib/safe-read.js';
import { isSeverity, SEVERITIES, type Finding, type Severity } from '../lib/findings.js';
import { parseFailOn, type BlockingPolicy } from '../lib/reports/policy.js';
import { applySuppressions, coversPath, parseExpiry, type ExpiringSuppression } from '../lib/reports/suppressions.js';

export const DEFAULT_CONFIG_FILE = '.shipshape.yml';
export const EXPIRED_SUPPRESSION_RULE = 'shipshape/expired-suppression';

export interface Suppression extends ExpiringSuppression {
  rule: string;
  path: string;
  reason: string;
  line: number;
}

export interface AuditConfig {
  /** Where the config was read from (relative to the audited root), if anywhere. */
  file?: string;
  disabled: Set<string>;
  severities: Map<string, Severity>;
  suppressions: Suppression[];
  /** Globs of files the audit does not read at all (fixtures, vendored examples). */
  ignore: string[];
  /** The gate level the repository asks for (`fail-on:`), used when the caller names none. */
  failOn?: BlockingPolicy;
}

export const EMPTY_CONFIG: AuditConfig = { disabled: new Set(), severities: new Map(), suppressions: [], ignore: [] };

/** Caps on the config file: a policy is a page of text, not a way to make the audit slow. */
export const MAX_CONFIG_BYTES = 256 * 1024;
export const MAX_CONFIG_ENTRIES = 1000;

/** Read the config: an explicit path must exist; the default file is optional. */
export function loadConfig(root: string, explicit?: string): AuditConfig {
  const rel = explicit || DEFAULT_CONFIG_FILE;
  const text = readConfigText(root, rel);
  if (text === undefined) {
    if (explicit) throw new ConfigurationError(`config file \`${explicit}\` does not exist`);
    return EMPTY_CONFIG;
  }
  return parseConfig(text, rel);
}

/** The config's text in the working tree (never through a link), or undefined when there is none. */
export function readConfigText(root: string, rel: string): string | undefined {
  const read = readRegularFile(join(root, rel), MAX_CONFIG_BYTES);
  if ('bytes' in read) return read.bytes.toString('utf8');
  if (/ENOENT|ENOTDIR/.test(read.refused)) return undefined;
  throw new ConfigurationError(`${rel}: ${read.refused}`);
}

export function parseConfig(text: string, file: string): AuditConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new ConfigurationError(
      `${file}: invalid YAML at line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`,
    );
  }
  let value: Record<string, unknown>;
  try {
    value = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(`${file}: YAML not read: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ConfigurationError(`${file}: must be a mapping with \`rules\` and \`suppressions\``);
  const config: AuditConfig = { file, disabled: new Set(), severities: new Map(), suppressions: [], ignore: [] };
  if (value.ignore !== undefined) {
    if (!Array.isArray(value.ignore) || value.ignore.some((g) => typeof g !== 'string'))
      throw new ConfigurationError(`${file}: \`ignore\` must be a list of globs`);
    config.ignore = value.ignore as string[];
  }
  const entries =
    config.ignore.length +
    (Array.isArray(value.suppressions) ? value.suppressions.length : 0) +
    Object.keys((value.rules as object) ?? {}).length;
  if (entries > MAX_CONFIG_ENTRIES)
    throw new ConfigurationError(
      `${file}: ${entries} ignores, rules and suppressions are over the limit of ${MAX_CONFIG_ENTRIES}`,
    );

  if (value['fail-on'] !== undefined) config.failOn = parseFailOn(`${file}: \`fail-on\``, String(value['fail-on']));

  const rules = value.rules ?? {};
  if (typeof rules !== 'object' || Array.isArray(rules))
    throw new ConfigurationError(`${file}: \`rules\` must map rule ids to off or a severity`);
  for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
    const s = String(setting).toLowerCase();
    if (setting === false || s === 'off' || s === 'false' || s === 'disabled') config.disabled.add(id);
    else if (isSeverity(s)) config.severities.set(id, s);
    else
      throw new ConfigurationError(
        `${file}: rule \`${id}\` must be off or one of ${SEVERITIES.join(', ')} (got \`${String(setting)}\`)`,
      );
  }

  const suppressionsNode = isMap(doc.contents)
    ? (doc.contents.get('suppressions', true) as Node | undefined)
    : undefined;
  const list = value.suppressions ?? [];
  if (!Array.isArray(list)) throw new ConfigurationError(`${file}: \`suppressions\` must be a list`);
  list.forEach((entry: unknown, i: number) => {
    const node = isSeq(suppressionsNode) ? (suppressionsNode.items[i] as Node | undefined) : undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    const e = (entry ?? {}) as Record<string, unknown>;
    const where = `${file} line ${line}`;
    if (typeof e.rule !== 'string' || !e.rule)
      throw new ConfigurationError(`${where}: a suppression needs \`rule\` (a rule id)`);
    if (typeof e.reason !== 'string' || !e.reason.trim())
      throw new ConfigurationError(`${where}: a suppression needs a \`reason\``);
    const expires = parseExpiry(e.expires);
    if (!expires) {
      const written = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : String(e.expires ?? '');
      throw new ConfigurationError(
        `${where}: a suppression needs \`expires\` as YYYY-MM-DD (got \`${written || 'nothing'}\`)`,
      );
    }
    const path = typeof e.path === 'string' && e.path ? e.path : '**';
    config.suppressions.push({ id: e.rule, rule: e.rule, path, paths: [path], reason: e.reason.trim(), expires, line });
  });
  return config;
}

/** Apply severities and suppressions; expired suppressions add a finding of their own. */
export function applyConfig(
  findings: readonly Finding[],
  config: AuditConfig,
  now: Date,
): { findings: Finding[]; suppressed: { finding: Finding; reason: string; expires: string }[] } {
  const overridden = findings.map((original) => {
    const severity = config.severities.get(original.ruleId);
    return severity ? { ...original, severity } : original;
  });
  const { kept, suppressed, expired } = applySuppressions(
    overridden,
    config.suppressions,
    now,
    (s, finding) => s.rule === finding.ruleId && coversPath(s, finding.file ?? '.'),
  );
  const out = [...kept];
  for (const s of expired) {
    out.push({
      ruleId: EXPIRED_SUPPRESSION_RULE,
      severity: 'medium',
      title: 'Suppression has expired',
      message: `The suppression of ${s.rule} at \`${s.path}\` expired on ${s.expires} ("${s.reason}"); the findings it covered are reported again.`,
      file: config.file,
      line: s.line,
      remediation:
        'Fix the findings, or renew the suppression with a new `expires` date and a reason that still holds.',
    });
  }
  return {
    findings: out,
    suppressed: suppressed.map(({ finding, entry }) => ({ finding, reason: entry.reason, expires: entry.expires })),
  };
}
