// .shipshape.yml: disable rules, change severities, and suppress findings at paths with a reason
// and an expiry date. An expired suppression stops suppressing and is reported itself.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { ConfigurationError } from '../lib/errors.js';
import { isSeverity, SEVERITIES, type Finding, type Severity } from '../lib/findings.js';

export const DEFAULT_CONFIG_FILE = '.shipshape.yml';
export const EXPIRED_SUPPRESSION_RULE = 'shipshape/expired-suppression';

export interface Suppression {
  rule: string;
  path: string;
  reason: string;
  expires: string; // YYYY-MM-DD
  line: number;
  matches: (file: string) => boolean;
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
  failOn?: Severity | 'none';
}

export const EMPTY_CONFIG: AuditConfig = { disabled: new Set(), severities: new Map(), suppressions: [], ignore: [] };

/** Read the config: an explicit path must exist; the default file is optional. */
export function loadConfig(root: string, explicit?: string): AuditConfig {
  const rel = explicit || DEFAULT_CONFIG_FILE;
  const path = join(root, rel);
  if (!existsSync(path)) {
    if (explicit) throw new ConfigurationError(`config file \`${explicit}\` does not exist`);
    return EMPTY_CONFIG;
  }
  return parseConfig(readFileSync(path, 'utf8'), rel);
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
  const value = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ConfigurationError(`${file}: must be a mapping with \`rules\` and \`suppressions\``);
  const config: AuditConfig = { file, disabled: new Set(), severities: new Map(), suppressions: [], ignore: [] };
  if (value.ignore !== undefined) {
    if (!Array.isArray(value.ignore) || value.ignore.some((g) => typeof g !== 'string'))
      throw new ConfigurationError(`${file}: \`ignore\` must be a list of globs`);
    config.ignore = value.ignore as string[];
  }

  if (value['fail-on'] !== undefined) {
    const level = String(value['fail-on']).toLowerCase();
    if (level !== 'none' && !isSeverity(level))
      throw new ConfigurationError(
        `${file}: \`fail-on\` must be one of ${SEVERITIES.join(', ')}, none (got \`${String(value['fail-on'])}\`)`,
      );
    config.failOn = level as Severity | 'none';
  }

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
    const expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : String(e.expires ?? '');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) {
      throw new ConfigurationError(
        `${where}: a suppression needs \`expires\` as YYYY-MM-DD (got \`${expires || 'nothing'}\`)`,
      );
    }
    const path = typeof e.path === 'string' && e.path ? e.path : '**';
    const glob = picomatch(path, { dot: true });
    config.suppressions.push({
      rule: e.rule,
      path,
      reason: e.reason.trim(),
      expires,
      line,
      matches: (f) => glob(f) || f === path,
    });
  });
  return config;
}

/** Apply severities and suppressions; expired suppressions add a finding of their own. */
export function applyConfig(
  findings: readonly Finding[],
  config: AuditConfig,
  now: Date,
): { findings: Finding[]; suppressed: { finding: Finding; reason: string; expires: string }[] } {
  const today = now.toISOString().slice(0, 10);
  const out: Finding[] = [];
  const suppressed: { finding: Finding; reason: string; expires: string }[] = [];
  for (const original of findings) {
    const severity = config.severities.get(original.ruleId);
    const finding = severity ? { ...original, severity } : original;
    const match = config.suppressions.find(
      (s) => s.rule === finding.ruleId && s.expires >= today && s.matches(finding.file ?? '.'),
    );
    if (match) suppressed.push({ finding, reason: match.reason, expires: match.expires });
    else out.push(finding);
  }
  for (const s of config.suppressions) {
    if (s.expires < today) {
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
  }
  return { findings: out, suppressed };
}
