// What every action asks of the runner besides inputs: where the workspace and the runner's temp
// folder are, and a timed step(): one log group per phase, its time recorded so a summary can list
// the steps and a test can read them without a runner.
import { tmpdir } from 'node:os';
import * as core from './runner.js';
import { errorMessage } from './errors.js';

export interface StepRecord {
  name: string;
  ms: number;
  ok: boolean;
  /** The error's one line, when the step failed. */
  error?: string;
}

const records: StepRecord[] = [];

/** The checked-out repository: GITHUB_WORKSPACE on a runner, else the current folder. */
export function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** The runner's temp folder (emptied after each job), else the system's. */
export function runnerTemp(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}

/** Run a phase in its own log group and record its time. */
export async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return (await timedStep(name, fn)).value;
}

/** step() that also returns how long it took, in ms. */
export async function timedStep<T>(name: string, fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const record: StepRecord = { name, ms: 0, ok: false };
  records.push(record);
  try {
    const value = await core.group(name, fn);
    record.ok = true;
    return { value, ms: (record.ms = Date.now() - started) };
  } catch (error) {
    record.error = errorMessage(error).split('\n')[0];
    throw error;
  } finally {
    record.ms = Date.now() - started;
  }
}

/** The steps run so far in this process, in order. */
export function stepRecords(): readonly StepRecord[] {
  return records;
}
