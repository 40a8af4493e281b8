// Where the Trivy ignores (and Trivy's own config) come from. On a pull request they are the base
// commit's: a pull request that adds `CVE-… exp:2999-12-31` to .trivyignore, or a trivy.yaml that
// skips folders, is reported as a policy change and not applied.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { gitFileAtCommit } from '../lib/git-read.js';
import { readRegularFile } from '../lib/safe-read.js';
import { parseIgnoreText, type IgnoreEntry } from './ignores.js';

export const DEFAULT_IGNORE_FILES = ['.trivyignore.yaml', '.trivyignore.yml', '.trivyignore'];
const DEFAULT_TRIVY_CONFIG = 'trivy.yaml';
export const MAX_IGNORE_FILE_BYTES = 256 * 1024;

export interface IgnorePolicy {
  source: 'base-commit' | 'working-tree';
  baseSha?: string;
  /** The ignore file applied, relative to the workspace ('' when none). */
  file: string;
  entries: IgnoreEntry[];
  changedInPullRequest: boolean;
  /** What the pull request's version would change; none of it applied. */
  changes: string[];
  warning?: string;
  /** A trivy.yaml to pass as --config instead of the input's (the base commit's copy, or an empty one). */
  configOverride?: string;
}

export interface IgnorePolicyOptions {
  workspace: string;
  /** The ignore file the inputs name or found in the working tree (absolute), if any. */
  headIgnoreFile?: string;
  /** Whether `ignore-file` was set explicitly (then only that path is looked up at the base). */
  explicitIgnoreFile: boolean;
  /** The trivy.yaml the inputs name (absolute), '' for Trivy's default. */
  config: string;
  pullRequest: boolean;
  baseSha?: string;
  /** Where a base copy of trivy.yaml is written. */
  tempDir?: string;
}

export function loadIgnorePolicy(options: IgnorePolicyOptions): IgnorePolicy {
  const { workspace } = options;
  const rel = (abs: string) => relative(workspace, abs).replace(/\\/g, '/');
  const head = options.headIgnoreFile ? readHead(options.headIgnoreFile, rel(options.headIgnoreFile)) : undefined;
  if (!options.pullRequest) {
    if (head?.error) throw new ConfigurationError(head.error);
    return {
      source: 'working-tree',
      file: head?.file ?? '',
      entries: head?.entries ?? [],
      changedInPullRequest: false,
      changes: [],
    };
  }

  const policy: IgnorePolicy = {
    source: 'base-commit',
    ...(options.baseSha ? { baseSha: options.baseSha } : {}),
    file: '',
    entries: [],
    changedInPullRequest: false,
    changes: [],
  };
  const candidates =
    options.explicitIgnoreFile && options.headIgnoreFile ? [rel(options.headIgnoreFile)] : DEFAULT_IGNORE_FILES;
  let base: { file: string; text: string } | undefined;
  if (!options.baseSha) policy.warning = 'the event names no base commit';
  else
    for (const file of candidates) {
      const got = gitFileAtCommit(workspace, options.baseSha, file);
      if ('text' in got) {
        base = { file, text: got.text };
        break;
      }
      if ('error' in got) {
        policy.warning = got.error;
        break;
      }
    }
  if (policy.warning) policy.warning = `base ignores not read (${policy.warning}): no ignore applies`;
  if (base) {
    if (base.text.length > MAX_IGNORE_FILE_BYTES)
      throw new ConfigurationError(`${base.file} (base commit) is over the ${MAX_IGNORE_FILE_BYTES} byte limit`);
    policy.file = base.file;
    policy.entries = parseIgnoreText(base.text, `${base.file} (base commit)`);
  }

  // The pull request's own ignore file, compared entry by entry.
  const headKeys = new Set((head?.entries ?? []).map(entryKey));
  const baseKeys = new Set(policy.entries.map(entryKey));
  if (head?.error) policy.changes.push(`${head.file} does not parse: ${head.error}`);
  for (const e of head?.entries ?? [])
    if (!baseKeys.has(entryKey(e)))
      policy.changes.push(
        `ignores ${e.id}${e.paths.length ? ` at ${e.paths.join(', ')}` : ''} until ${e.expires} (${e.source})`,
      );
  for (const e of policy.entries)
    if (!headKeys.has(entryKey(e))) policy.changes.push(`removes the ignore of ${e.id} (${e.source})`);
  if (head && base && head.file !== base.file)
    policy.changes.push(`moves the ignores from ${base.file} to ${head.file}`);

  // Trivy reads trivy.yaml from the workspace by itself: on a pull request it gets the base's copy.
  const configRel = options.config ? rel(options.config) : DEFAULT_TRIVY_CONFIG;
  if (!configRel.startsWith('..')) {
    const headConfig = readRegularFile(join(workspace, configRel), MAX_IGNORE_FILE_BYTES);
    const baseConfig = options.baseSha ? gitFileAtCommit(workspace, options.baseSha, configRel) : { missing: true };
    const baseText = 'text' in baseConfig ? baseConfig.text : '';
    const headText = 'bytes' in headConfig ? headConfig.bytes.toString('utf8') : '';
    if (headText !== baseText) policy.changes.push(`${headText ? 'edits' : 'deletes'} ${configRel} (Trivy's config)`);
    if (options.config || headText) {
      const dir = options.tempDir ?? mkdtempSync(join(tmpdir(), 'trivy-policy-'));
      policy.configOverride = join(dir, 'trivy-base.yaml');
      writeFileSync(policy.configOverride, baseText, { flag: 'wx' });
    }
  }
  policy.changedInPullRequest = policy.changes.length > 0;
  return policy;
}

function entryKey(e: IgnoreEntry): string {
  return `${e.scanner ?? ''} ${e.id} ${e.paths.join(',')} ${e.expires}`;
}

function readHead(
  absolute: string,
  file: string,
): { file: string; entries: IgnoreEntry[]; error?: string } | undefined {
  const read = readRegularFile(absolute, MAX_IGNORE_FILE_BYTES);
  if ('refused' in read) {
    if (/ENOENT/.test(read.refused)) return undefined;
    throw new ConfigurationError(`${file}: ${read.refused}`);
  }
  try {
    return { file, entries: parseIgnoreText(read.bytes.toString('utf8'), file) };
  } catch (error) {
    return { file, entries: [], error: errorMessage(error) };
  }
}
