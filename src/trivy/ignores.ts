// Ignores: `.trivyignore` lines and Trivy's YAML ignore file (`.trivyignore.yaml`), applied by us
// to the parsed findings so the gate, the counts, the summary and the SARIF all agree. Every entry
// must carry an expiry date: an expired entry stops ignoring and is reported.
import { readFileSync, existsSync } from 'node:fs';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { ConfigurationError } from '../lib/errors.js';
import type { Scanner, TrivyFinding } from './report.js';

export interface IgnoreEntry {
  id: string;
  scanner?: Scanner;
  reason?: string;
  expires: string; // YYYY-MM-DD
  paths: string[];
  source: string; // file:line, for messages
}

export interface AppliedIgnores {
  kept: TrivyFinding[];
  ignored: { finding: TrivyFinding; entry: IgnoreEntry }[];
  expired: IgnoreEntry[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Trivy's YAML sections and the scanner each one applies to.
const SECTIONS: Record<string, Scanner> = {
  vulnerabilities: 'vuln',
  misconfigurations: 'misconfig',
  secrets: 'secret',
  licenses: 'license',
};

export function loadIgnoreFile(path: string, input = 'ignore-file'): IgnoreEntry[] {
  if (!existsSync(path)) throw new ConfigurationError(`input \`${input}\`: ${path} does not exist`);
  const text = readFileSync(path, 'utf8');
  return /\.ya?ml$/i.test(path) ? parseYamlIgnores(text, path) : parsePlainIgnores(text, path);
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
    if (!DATE.test(exp) || Number.isNaN(Date.parse(exp)))
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
    doc = parse(text);
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
      const raw = entry.expired_at instanceof Date ? entry.expired_at.toISOString().slice(0, 10) : entry.expired_at;
      if (raw === undefined)
        throw new ConfigurationError(`${where}: ignore of ${entry.id} has no expiry; add \`expired_at: YYYY-MM-DD\``);
      const expires = String(raw);
      if (!DATE.test(expires) || Number.isNaN(Date.parse(expires)))
        throw new ConfigurationError(`${where}: expired_at of ${entry.id} must be YYYY-MM-DD (got \`${expires}\`)`);
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
  const today = now.toISOString().slice(0, 10);
  const active = entries.filter((e) => e.expires >= today);
  const expired = entries.filter((e) => e.expires < today);
  const kept: TrivyFinding[] = [];
  const ignored: AppliedIgnores['ignored'] = [];
  for (const finding of findings) {
    const entry = active.find((e) => matches(e, finding));
    if (entry) ignored.push({ finding, entry });
    else kept.push(finding);
  }
  return { kept, ignored, expired };
}

function matches(entry: IgnoreEntry, finding: TrivyFinding): boolean {
  if (entry.scanner && entry.scanner !== finding.scanner) return false;
  if (entry.id !== finding.id && entry.id !== finding.ruleId) return false;
  if (!entry.paths.length) return true;
  const where = finding.file ?? finding.target;
  return entry.paths.some((p) => p === where || picomatch(p, { dot: true })(where));
}
