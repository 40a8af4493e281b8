// Reading a checkout through git without running anything the repository controls: the tracked
// file list, and one file's text at another commit (the base of a pull request).
import { spawnSync } from 'node:child_process';
import { readGitIndex, type TrackedPaths } from './git-index.js';
import { indexPaths } from './repository/path-index.js';

// Config that could make git run a program or take a lock is overridden on the command line, and
// the GIT_* variables of the caller (GIT_DIR, GIT_INDEX_FILE...) are dropped.
const SAFE_CONFIG = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.untrackedCache=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'safe.directory=*',
  '-c',
  'protocol.ext.allow=never',
];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  env.GIT_OPTIONAL_LOCKS = '0';
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_CONFIG_NOSYSTEM = '1';
  return env;
}

interface GitResult {
  ok: boolean;
  stdout: Buffer;
  error: string;
}

function git(cwd: string, args: readonly string[], timeoutMs = 60000): GitResult {
  const r = spawnSync('git', [...SAFE_CONFIG, ...args], {
    cwd,
    env: gitEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    timeout: timeoutMs,
  });
  if (r.error) return { ok: false, stdout: Buffer.alloc(0), error: (r.error as NodeJS.ErrnoException).code ?? 'error' };
  const stderr = r.stderr?.toString('utf8').trim().split('\n')[0] ?? '';
  return { ok: r.status === 0, stdout: r.stdout ?? Buffer.alloc(0), error: stderr || `exit ${r.status}` };
}

export type { TrackedPaths };

/**
 * The files git tracks under `dir` (paths relative to `dir`; none in folders `skipFolder` rejects),
 * read from the index; undefined when
 * `dir` is not inside a git work tree. A failure of git in a work tree is returned as `error`.
 */
export function gitTrackedFiles(
  dir: string,
  skipFolder?: (folder: string) => boolean,
): TrackedPaths | { error: string } | undefined {
  const indexed = readGitIndex(dir, skipFolder);
  if (indexed === 'no-work-tree') return undefined;
  if (indexed) return indexed;
  // Without --full-name, paths come relative to `dir` (and -z leaves them unquoted).
  const r = git(dir, ['ls-files', '-z', '--stage', '--', '.']);
  if (!r.ok) return /not a git repository/i.test(r.error) || r.error === 'ENOENT' ? undefined : { error: r.error };
  const files: string[] = [];
  const links: string[] = [];
  const text = r.stdout.toString('utf8');
  let last = '';
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\0', start);
    if (end === -1) end = text.length;
    // "<mode> <object> <stage>\t<path>"; a conflicted path appears once per stage.
    const tab = text.indexOf('\t', start);
    const mode = text.slice(start, text.indexOf(' ', start));
    start = end + 1;
    if (tab < 0 || tab > end) continue;
    const path = text.slice(tab + 1, end);
    if (path === last) continue;
    last = path;
    if (mode === '120000') links.push(path);
    else if (mode !== '160000') files.push(path);
  }
  return { index: indexPaths(files, skipFolder), links, maybeUnsorted: true };
}

export function isCommitSha(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value);
}

/**
 * The text of `path` (relative to `dir`) at commit `sha`: fetched (that one commit, shallow) when
 * the checkout lacks it. `{ missing: true }` when the file does not exist at that commit.
 */
export function gitFileAtCommit(
  dir: string,
  sha: string,
  path: string,
): { text: string } | { missing: true } | { error: string } {
  if (!isCommitSha(sha)) return { error: `\`${sha}\` is not a commit sha` };
  if (!git(dir, ['cat-file', '-e', `${sha}^{commit}`]).ok) {
    const fetched = git(dir, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], 120000);
    if (!fetched.ok) return { error: `commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched` };
  }
  const spec = `${sha}:./${path.replace(/^\.\//, '')}`;
  if (!git(dir, ['cat-file', '-e', spec]).ok) return { missing: true };
  const r = git(dir, ['cat-file', 'blob', spec]);
  return r.ok ? { text: r.stdout.toString('utf8') } : { error: r.error };
}
