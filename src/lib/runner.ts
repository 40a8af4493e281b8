// The runner's side of an action: inputs from INPUT_* variables, outputs and the job summary through
// the files the runner names, log groups, masks and annotations as workflow commands. It speaks the
// same protocol as @actions/core (whose command and file formats it follows), without that package's
// OIDC client: importing @actions/core loads @actions/http-client and undici, which cost every step
// of every job ~100 ms before our first line runs (bench/startup.mjs). Only what we use is here.
import { appendFileSync } from 'node:fs';

// node:os and node:crypto are not loaded for this: each costs start-up time on every step.
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

const escapeData = (s: unknown) =>
  String(s ?? '')
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
const escapeProperty = (s: unknown) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name: string, message: unknown, props: Record<string, unknown> = {}): void {
  const entries = Object.entries(props).filter(([, v]) => v !== undefined && v !== '');
  const properties = entries.length ? ` ${entries.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',')}` : '';
  process.stdout.write(`::${name}${properties}::${escapeData(message)}${EOL}`);
}

const annotation = (p: AnnotationProperties = {}) => ({
  title: p.title,
  file: p.file,
  line: p.startLine,
  endLine: p.endLine,
  col: p.startColumn,
  endColumn: p.endColumn,
});

/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function setOutput(name: string, value: unknown): void {
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    command('set-output', text, { name });
    return;
  }
  const delimiter = `ghadelimiter_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2)}`;
  // A value holding the delimiter could end the block early and set other outputs: refuse it.
  if (name.includes(delimiter) || text.includes(delimiter))
    throw new Error(`output ${name}: its value contains the output file's delimiter`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8');
}

export function setSecret(value: string): void {
  command('add-mask', value);
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function debug(message: string): void {
  command('debug', message);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

export function notice(message: string, props?: AnnotationProperties): void {
  command('notice', message, annotation(props));
}

export function warning(message: string, props?: AnnotationProperties): void {
  command('warning', message, annotation(props));
}

export function error(message: string, props?: AnnotationProperties): void {
  command('error', message, annotation(props));
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function startGroup(name: string): void {
  command('group', name);
}

export function endGroup(): void {
  command('endgroup', '');
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

/** Appends Markdown to the job summary file, when the runner gives one. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, `${markdown}${EOL}`, 'utf8');
}
