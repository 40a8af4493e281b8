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
