// Ignores: `.trivyignore` lines and Trivy's YAML ignore file (`.trivyignore.yaml`), applied by us
// to the parsed findings so the gate, the counts, the summary and the SARIF all agree. Every entry
// must carry an expiry date: an expired entry stops ignoring and is reported.
import { parse } from 'yaml';
import { ConfigurationError } from '../lib/errors.js';
import { readTextInside } from '../lib/read-inside.js';
import { applySuppressions, coversPath, parseExpiry, type ExpiringSuppression } from '../lib/reports/suppressions.js';
import type { Scanner, TrivyFinding } from '../lib/reports/trivy-json.js';

export interface IgnoreEntry extends ExpiringSuppression {
  scanner?: Scanner;
  paths: string[];
  source: string; // file:line, for messages
}

export interface AppliedIgnores {
  kept: TrivyFinding[];
  ignored: { finding: TrivyFinding; entry: IgnoreEntry }[];
  expired: IgnoreEntry[];
}

// Trivy's YAML sections and the scanner each one applies to.
const SECTIONS: Record<string, Scanner> = {
  vulnerabilities: 'vuln',
  misconfigurations: 'misconfig',
  secrets: 'secret',
  licenses: 'license',
};

/** A cap on ignore entries: each is matched against every finding. */
export const MAX_IGNORE_ENTRIES = 5000;

const MAX_IGNORE_FILE_BYTES = 4 * 1024 * 1024;

export function loadIgnoreFile(path: string, input = 'ignore-file'): IgnoreEntry[] {
  // Often the checked-out .trivyignore: never through a link, never blocking on a FIFO.
  const read = readTextInside(path, undefined, MAX_IGNORE_FILE_BYTES);
  if ('refused' in read)
    throw new ConfigurationError(
      read.refused === 'does not exist'
        ? `input \`${input}\`: ${path} does not exist`
        : `input \`${input}\`: ${path} cannot be read: ${read.refused}`,
    );
  return parseIgnoreText(read.text, path);
}

/** Either form, told apart by the file name at the start of `file` (which may carry a note after it). */
export function parseIgnoreText(text: string, file: string): IgnoreEntry[] {
  const entries = /\.ya?ml(\s|$)/i.test(file) ? parseYamlIgnores(text, file) : parsePlainIgnores(text, file);
  if (entries.length > MAX_IGNORE_ENTRIES)
    throw new ConfigurationError(`${file}: ${entries.length} entries are over the limit of ${MAX_IGNORE_ENTRIES}`);
  return entries;
}

/** `.trivyignore`: one id a line, `exp:YYYY-MM-DD` after it (Trivy's own syntax), `#` comments. */
export function parsePlainIgnores(text: string, file: string): IgnoreEntry[] {
  const out: IgnoreEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) return;
    const [id, ...rest] = line.split(/\s+/);
    const exp = rest.find((r) => r.startsWith('exp:'))?.slice(4);
    const where = `${file}:${i + 1}`;
    if (!exp)
      throw new ConfigurationError(`${where}: ignore of ${id} has no expiry; add \` exp:YYYY-MM-DD\` after the id`);
    if (!parseExpiry(exp))
      throw new ConfigurationError(`${where}: expiry of ${id} must be YYYY-MM-DD (got \`${exp}\`)`);
    const comment = /#\s*(.+)$/.exec(raw)?.[1];
    out.push({ id, expires: exp, paths: [], reason: comment, source: where });
  });
  return out;
}

/** Trivy's `.trivyignore.yaml`: sections of `{ id, paths, statement, expired_at }`. */
export function parseYamlIgnores(text: string, file: string): IgnoreEntry[] {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return [];
  if (typeof doc !== 'object' || Array.isArray(doc))
    throw new ConfigurationError(`${file} must map vulnerabilities/misconfigurations/secrets/licenses to lists`);
  const out: IgnoreEntry[] = [];
  for (const [section, list] of Object.entries(doc as Record<string, unknown>)) {
    const scanner = SECTIONS[section];
    if (!scanner)
      throw new ConfigurationError(
        `${file}: unknown section \`${section}\` (expected ${Object.keys(SECTIONS).join(', ')})`,
      );
    if (!Array.isArray(list)) throw new ConfigurationError(`${file}: \`${section}\` must be a list`);
    list.forEach((entry: Record<string, unknown>, i: number) => {
      const where = `${file} ${section}[${i}]`;
      if (!entry || typeof entry.id !== 'string') throw new ConfigurationError(`${where}: an entry needs an \`id\``);
      if (entry.expired_at === undefined)
        throw new ConfigurationError(`${where}: ignore of ${entry.id} has no expiry; add \`expired_at: YYYY-MM-DD\``);
      const expires = parseExpiry(entry.expired_at);
      if (!expires)
        throw new ConfigurationError(
          `${where}: expired_at of ${entry.id} must be YYYY-MM-DD (got \`${String(entry.expired_at)}\`)`,
        );
      const paths =
        entry.paths === undefined ? [] : Array.isArray(entry.paths) ? entry.paths.map(String) : [String(entry.paths)];
      out.push({
        id: entry.id,
        scanner,
        reason: typeof entry.statement === 'string' ? entry.statement : undefined,
        expires,
        paths,
        source: where,
      });
    });
  }
  return out;
}

export function applyIgnores(
  findings: readonly TrivyFinding[],
  entries: readonly IgnoreEntry[],
  now: Date,
): AppliedIgnores {
  const { kept, suppressed, expired } = applySuppressions(findings, entries, now, matches);
  return { kept, ignored: suppressed, expired };
}

function matches(entry: IgnoreEntry, finding: TrivyFinding): boolean {
  if (entry.scanner && entry.scanner !== finding.scanner) return false;
  if (entry.id !== finding.id && entry.id !== finding.ruleId) return false;
  return coversPath(entry, finding.file ?? finding.target);
}
