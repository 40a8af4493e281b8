// Job summary writing: a failure to write the summary only warns (the step's result stands).
import * as core from './runner.js';
import { errorMessage } from './errors.js';

export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    core.appendSummary(markdown);
  } catch (error) {
    core.warning(`could not write the job summary: ${errorMessage(error)}`);
  }
}

/** Run a phase inside a log group and return its result with its duration in ms. */
export async function timedGroup<T>(name: string, fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  const value = await core.group(name, fn);
  return { value, ms: Date.now() - start };
}
