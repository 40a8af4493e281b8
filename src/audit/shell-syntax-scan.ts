// The audit's pre-pass over shell scripts: `bash -n` for each, a few at a time, in child processes
// that run while the main thread goes on with the secret scan; their verdicts are kept on the model
// for scripts/shell-syntax-error. One script at a time on the main thread cost a process start each.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { errorMessage } from '../lib/errors.js';
import { BASH_TIMEOUT_MS, recordBashVerdicts, type BashVerdict } from '../lib/repository/shell-verdicts.js';
import { shellScripts } from '../lib/repository/shell.js';
import type { Repository } from '../lib/repository/repository.js';

/** bash's error output kept per script: its first error is all the rule reports. */
const MAX_STDERR_CHARS = 64 * 1024;

/** Checks every shell script of the repository; no new check starts after `deadline`. */
export async function checkShellSyntax(repo: Repository, deadline = Infinity): Promise<void> {
  const queue = shellScripts(repo).flatMap((file) => {
    const text = repo.read(file);
    return text === undefined ? [] : [{ file, text }];
  });
  const verdicts = new Map<string, BashVerdict>();
  const worker = async () => {
    for (let next = queue.shift(); next && performance.now() <= deadline; next = queue.shift())
      verdicts.set(next.file, await bashCheck(next.text));
  };
  try {
    await Promise.all(Array.from({ length: Math.min(queue.length, Math.max(2, availableParallelism())) }, worker));
  } catch (error) {
    // The scripts not answered here are asked about by the rule itself.
    repo.warn('.', `bash -n did not run beside the audit: ${errorMessage(error)}`);
  }
  recordBashVerdicts(repo, verdicts);
}

function bashCheck(text: string): Promise<BashVerdict> {
  return new Promise((resolve) => {
    let stderr = '';
    const child = spawn('bash', ['-n'], { stdio: ['pipe', 'ignore', 'pipe'], timeout: BASH_TIMEOUT_MS });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < MAX_STDERR_CHARS) stderr += chunk;
    });
    // bash may stop reading at its first error: the rest of the script is not needed.
    child.stdin.on('error', () => {});
    child.on('error', (error) => resolve({ error: error.message }));
    child.on('close', (status) => resolve({ status, stderr }));
    child.stdin.end(text);
  });
}
