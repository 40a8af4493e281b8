// Long-running children (an app server under test): started in their own process group with the
// output kept as a tail for error messages, and stopped as a whole group on every exit path,
// including the runner's cancel (SIGINT, then SIGTERM).
import { spawn } from 'node:child_process';
import { killGroup } from './exec.js';
import { readProcStats } from './proc-stat.js';
import { sleep } from './http.js';
import { redact } from './redact.js';

export interface ProcessGroup {
  /** Pid of the started process, also the group id (it is started detached). */
  readonly pid: number;
  /** Set once the started process itself has exited. */
  readonly exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** The last lines it printed (stdout and stderr interleaved), secrets redacted. */
  tail(count?: number): string[];
  /** Whether any member of the group is still alive. */
  alive(): boolean;
  /** SIGTERM the group, then SIGKILL whatever remains after `graceMs`. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  onLine?: (line: string) => void;
  /** How many output lines to keep for error messages. */
  keepLines?: number;
}

// The runner's own credentials (cache and artifact service, OIDC token requests, results service)
// and the step's inputs (tokens among them) are not the app's business.
const RUNNER_CREDENTIALS = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
]);

/** The environment for a process built from the repository: runner credentials and INPUT_* removed. */
export function withoutRunnerCredentials(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!RUNNER_CREDENTIALS.has(k) && !k.startsWith('INPUT_')) out[k] = v;
  return out;
}

const running = new Set<ProcessGroup>();
let signalsHooked = false;

export function startProcessGroup(file: string, args: readonly string[], options: StartOptions = {}): ProcessGroup {
  const keep = options.keepLines ?? 40;
  const lines: string[] = [];
  const child = spawn(file, [...args], {
    cwd: options.cwd,
    env: { ...withoutRunnerCredentials(process.env), ...options.env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (!child.pid) throw new Error(`could not start ${file}`);
  const pid = child.pid;
  let exit: ProcessGroup['exit'];
  let spawnError: Error | undefined;
  child.on('error', (error) => (spawnError = error));
  child.on('exit', (code, signal) => (exit = { code, signal }));
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const parts = pending.split(/\r?\n/);
      pending = parts.pop() ?? '';
      for (const line of parts) push(line);
    });
    stream.on('end', () => pending && push(pending));
  };
  const push = (raw: string) => {
    const line = redact(raw);
    lines.push(line);
    if (lines.length > keep) lines.shift();
    options.onLine?.(line);
  };
  collect(child.stdout!);
  collect(child.stderr!);
  let stopping: Promise<void> | undefined;
  const group: ProcessGroup = {
    pid,
    get exit() {
      return exit ?? (spawnError ? { code: 127, signal: null } : undefined);
    },
    tail: (count = keep) => lines.slice(-count),
    alive: () => groupAlive(pid),
    stop(graceMs = 5000) {
      stopping ??= (async () => {
        killGroup(pid, 'SIGTERM');
        const deadline = Date.now() + graceMs;
        while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
        if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
        while (groupAlive(pid) && Date.now() < deadline + 2000) await sleep(50);
        running.delete(group);
      })();
      return stopping;
    },
  };
  running.add(group);
  hookSignals();
  return group;
}

/** Whether a process group still has a live (non-zombie) member. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  // kill(0) also succeeds for zombies nobody has reaped yet; on Linux, look closer.
  try {
    return readProcStats().some((s) => s.pgrp === pgid && s.state !== 'Z');
  } catch {
    return true; // no /proc to look at: kill(0) is all we know
  }
}

/** Extra cleanup to run (synchronously) when the runner cancels the step, e.g. killing a browser. */
const onCancel = new Set<() => void>();
export function cleanupOnCancel(fn: () => void): () => void {
  onCancel.add(fn);
  hookSignals();
  return () => onCancel.delete(fn);
}

// On cancel the runner signals the action's node process; nothing async is sure to run then, so
// every group is killed at once and the process exits with the signal's conventional code.
function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      for (const group of running) killGroup(group.pid, 'SIGKILL');
      for (const fn of onCancel) {
        try {
          fn();
        } catch {
          /* best effort */
        }
      }
      process.exit(code);
    });
  }
}
