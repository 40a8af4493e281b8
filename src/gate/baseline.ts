// The baseline: findings a team has accepted, each with an owner, a reason and an expiry date.
// An entry names a fingerprint, or a rule and a path (a glob). An expired entry accepts nothing
// and is reported, so an acceptance cannot quietly become permanent.
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { ConfigurationError } from '../lib/errors.js';
import type { GateFinding } from './fingerprint.js';

export interface BaselineEntry {
  fingerprint?: string;
  rule?: string;
  path?: string;
  owner: string;
  reason: string;
  expires: string; // YYYY-MM-DD
  /** `file#n`, for messages. */
  source: string;
}

export interface BaselineOutcome {
  remaining: GateFinding[];
  accepted: { finding: GateFinding; entry: BaselineEntry }[];
  expired: BaselineEntry[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_ENTRIES = 10000;

/** `accepted:` a list of entries (YAML or JSON). An empty file accepts nothing. */
export function parseBaseline(text: string, file: string): BaselineEntry[] {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigurationError(`baseline ${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return [];
  const list = (doc as { accepted?: unknown }).accepted;
  if (typeof doc !== 'object' || Array.isArray(doc) || !Array.isArray(list))
    throw new ConfigurationError(`baseline ${file} must hold \`accepted:\`, a list of entries`);
  if (list.length > MAX_ENTRIES)
    throw new ConfigurationError(`baseline ${file} has ${list.length} entries; at most ${MAX_ENTRIES} are read`);
  return list.map((raw: Record<string, unknown>, i: number) => {
    const where = `${file} accepted[${i}]`;
    if (!raw || typeof raw !== 'object') throw new ConfigurationError(`${where} is not a mapping`);
    const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string).trim() : undefined);
    const expires = raw.expires instanceof Date ? raw.expires.toISOString().slice(0, 10) : text('expires');
    const entry: BaselineEntry = {
      fingerprint: text('fingerprint'),
      rule: text('rule'),
      path: text('path'),
      owner: text('owner') ?? '',
      reason: text('reason') ?? '',
      expires: expires ?? '',
      source: where,
    };
    if (!entry.fingerprint && !entry.rule)
      throw new ConfigurationError(`${where} needs a \`fingerprint\` or a \`rule\``);
    for (const key of ['owner', 'reason', 'expires'] as const)
      if (!entry[key])
        throw new ConfigurationError(
          `${where} needs \`${key}\` (every acceptance has an owner, a reason and an expiry)`,
        );
    if (!DATE.test(entry.expires) || Number.isNaN(Date.parse(entry.expires)))
      throw new ConfigurationError(`${where}: \`expires\` must be YYYY-MM-DD (got \`${entry.expires}\`)`);
    return entry;
  });
}

export function applyBaseline(
  findings: readonly GateFinding[],
  entries: readonly BaselineEntry[],
  now: Date,
): BaselineOutcome {
  const today = now.toISOString().slice(0, 10);
  const active = entries.filter((e) => e.expires >= today);
  const expired = entries.filter((e) => e.expires < today);
  const remaining: GateFinding[] = [];
  const accepted: BaselineOutcome['accepted'] = [];
  for (const finding of findings) {
    const entry = active.find((e) => accepts(e, finding));
    if (entry) accepted.push({ finding, entry });
    else remaining.push(finding);
  }
  return { remaining, accepted, expired };
}

function accepts(entry: BaselineEntry, f: GateFinding): boolean {
  if (entry.fingerprint) return entry.fingerprint === f.fingerprint;
  if (entry.rule !== f.ruleId) return false;
  if (!entry.path) return true;
  return !!f.file && (entry.path === f.file || picomatch(entry.path, { dot: true })(f.file));
}

/** The one-line name of an entry, for lists of changes and expiries. */
export function describeEntry(e: BaselineEntry): string {
  const what = e.fingerprint ? `fingerprint ${e.fingerprint}` : `${e.rule}${e.path ? ` in ${e.path}` : ''}`;
  return `${what} (owner ${e.owner}, expires ${e.expires}: ${e.reason})`;
}

/** Entries the pull request adds to or removes from the baseline of its base commit. */
export function baselineChanges(base: readonly BaselineEntry[], head: readonly BaselineEntry[]) {
  const key = (e: BaselineEntry) => JSON.stringify([e.fingerprint, e.rule, e.path, e.owner, e.reason, e.expires]);
  const baseKeys = new Set(base.map(key));
  const headKeys = new Set(head.map(key));
  return { added: head.filter((e) => !baseKeys.has(key(e))), removed: base.filter((e) => !headKeys.has(key(e))) };
}
