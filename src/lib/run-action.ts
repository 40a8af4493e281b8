// The one wrapper every action's entry point goes through: a failure becomes core.setFailed(one line).
import * as core from './runner.js';
import { ConfigurationError, errorMessage } from './errors.js';
import { redact } from './redact.js';

export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof ConfigurationError) && error instanceof Error && error.stack) {
      core.debug(redact(error.stack));
    }
    core.setFailed(redact(errorMessage(error)));
  }
}
