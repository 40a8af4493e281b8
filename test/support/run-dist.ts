// Runs a bundled action (dist/<name>/index.js) the way the GitHub runner does: inputs as INPUT_*
// variables, every input the test leaves out set to its action.yml default (as the runner does),
// outputs and the job summary written to files, and returns what it wrote.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export interface DistRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runDist(
  action: string,
  inputs: Record<string, string>,
  options: {
    cwd?: string;
    env?: Record<string, string>;
    timeoutMs?: number;
    onSpawn?: (child: ChildProcess) => void;
  } = {},
): Promise<DistRun> {
  const dir = mkdtempSync(join(tmpdir(), `run-${action}-`));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    RUNNER_TEMP: dir,
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    ...options.env,
  };
  // The runner upper-cases the name and turns spaces into underscores; dashes stay.
  for (const [name, value] of Object.entries({ ...actionDefaults(action), ...inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const entry = resolve('dist', action, 'index.js');
  const child = spawn(process.execPath, [entry], {
    cwd: options.cwd ?? process.cwd(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 110000);
  const exitCode: number = await new Promise((done) => child.on('close', (code) => done(code ?? 1)));
  clearTimeout(timer);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** The inputs action.yml gives a default, as the runner passes them when a workflow leaves them out. */
export function actionDefaults(action: string): Record<string, string> {
  const file = action === 'audit' ? 'action.yml' : join('actions', action, 'action.yml');
  if (!existsSync(file)) return {};
  const declared = (parse(readFileSync(resolve(file), 'utf8')) as { inputs?: Record<string, { default?: unknown }> })
    .inputs;
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared ?? {}))
    // `${{ github.token }}` is the job's token; a test run has none.
    if (input.default !== undefined) out[name] = String(input.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, '');
  return out;
}

/** Parses the GITHUB_OUTPUT file format: `name<<DELIMITER\nvalue\nDELIMITER` blocks (what @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=');
      out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}

/** The log as the runner shows it: `::add-mask::` commands are consumed by the runner, never displayed. */
export function visibleLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
