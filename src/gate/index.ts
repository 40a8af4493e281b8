// Inputs are checked before the action's heavy modules load: a wrong input fails in milliseconds.
// Every failure, a wrong input included, still writes passed=false: a step that reads the output
// must never see it empty.
import { errorMessage } from '../lib/errors.js';
import { runAction } from '../lib/run-action.js';
import * as core from '../lib/runner.js';
import { getInputs } from './inputs.js';

// No top-level await: the bundle is CommonJS (it starts faster), and runAction never rejects.
void runAction(async () => {
  try {
    const inputs = getInputs();
    const { run } = await import('./main.js');
    await run(inputs);
  } catch (error) {
    core.setOutput('passed', 'false');
    core.setOutput('reasons', errorMessage(error));
    throw error;
  }
});
