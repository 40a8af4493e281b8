// Running processes: arguments as arrays (never a shell string built from input), secrets by stdin
// or env, output captured for errors. Errors name the command, never its stdin or env.
import { spawn } from 'node:child_process';
import { redact } from './redact.js';

export interface RunOptions {
  cwd?: string;
  /** Extra environment; merged over process.env unless `replaceEnv`. */
  env?: Record<string, string | undefined>;
  replaceEnv?: boolean;
  /** Written to the child's stdin, then closed (how passwords reach `login --password-stdin`). */
  stdin?: string | Buffer;
  /** Stream output lines to this callback as they arrive (e.g. core.info inside a group). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Kill the child (and its process group) after this many milliseconds. */
  timeoutMs?: number;
  /** Don't throw on a non-zero exit; the caller reads `exitCode`. */
  allowFailure?: boolean;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly result: RunResult,
  ) {
    const tail = lastLines(result.stderr || result.stdout, 3);
    const why = result.timedOut ? 'timed out' : `exited with code ${result.exitCode}`;
    super(redact(`\`${command}\` ${why}${tail ? `: ${tail}` : ''}`));
    this.name = 'CommandError';
  }
}

export function lastLines(text: string, count: number): string {
  return text.trim().split(/\r?\n/).slice(-count).join(' / ').trim();
}

/** Run a command to completion and capture its output. Throws CommandError on failure unless allowFailure. */
export function runCommand(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const display = [file, ...args.slice(0, 3)].join(' ') + (args.length > 3 ? ' …' : '');
  return new Promise((resolve, reject) => {
    const env = options.replaceEnv ? options.env : { ...process.env, ...options.env };
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true, // own process group, so a timeout can stop the whole tree
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          killGroup(child.pid, 'SIGKILL');
        }, options.timeoutMs)
      : undefined;
    forwardLines(child.stdout!, stdout, (line) => options.onLine?.(line, 'stdout'));
    forwardLines(child.stderr!, stderr, (line) => options.onLine?.(line, 'stderr'));
    child.stdin!.on('error', () => undefined); // a child that exits before reading stdin is not our error
    child.stdin!.end(options.stdin ?? '');
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      const why = error.code === 'ENOENT' ? `command not found: ${file}` : `could not start ${file}: ${error.message}`;
      reject(new CommandError(display, { exitCode: 127, stdout: '', stderr: why, timedOut: false }));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const result: RunResult = {
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
      };
      if ((result.exitCode !== 0 || timedOut) && !options.allowFailure) reject(new CommandError(display, result));
      else resolve(result);
    });
  });
}

function forwardLines(stream: NodeJS.ReadableStream, sink: Buffer[], onLine: (line: string) => void): void {
  let pending = '';
  stream.on('data', (chunk: Buffer) => {
    sink.push(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(redact(line));
  });
  stream.on('end', () => {
    if (pending) onLine(redact(pending));
  });
}

/** Signal a whole process group; ignores a group that is already gone. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}
