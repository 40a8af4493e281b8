// What `bash -n` says of each shell script: the audit's pre-pass (src/audit/shell-syntax-scan.ts)
// asks bash about every script at once, beside the rest of the audit, and keeps the answers on the
// model; without it (a synchronous runAudit, as in unit tests) a script is asked about when a rule
// wants it. The script goes in on stdin: bash never executes anything with -n.
import { spawnSync } from 'node:child_process';
import type { Repository } from './repository.js';

/** bash's exit status and its error output, or why bash could not run. */
export type BashVerdict = { status: number | null; stderr: string } | { error: string };

/** A script bash takes longer than this to parse is given up on. */
export const BASH_TIMEOUT_MS = 10_000;

const FACT = 'bashVerdicts';

/** The verdict on `file` (whose text is `text`): the pre-pass's, else bash asked now. */
export function bashVerdict(repo: Repository, file: string, text: string): BashVerdict {
  const known = repo.fact<ReadonlyMap<string, BashVerdict>>(FACT, () => new Map()).get(file);
  if (known) return known;
  const run = spawnSync('bash', ['-n'], { input: text, encoding: 'utf8', timeout: BASH_TIMEOUT_MS });
  return run.error ? { error: run.error.message } : { status: run.status, stderr: run.stderr };
}

export function recordBashVerdicts(repo: Repository, verdicts: ReadonlyMap<string, BashVerdict>): void {
  repo.fact(FACT, () => verdicts);
}
