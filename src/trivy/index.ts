// Inputs are checked before the action's heavy modules load: a wrong input fails in milliseconds.
import { runAction } from '../lib/run-action.js';
import { getInputs } from './inputs.js';

// No top-level await: the bundle is CommonJS (it starts faster), and runAction never rejects.
void runAction(async () => {
  const inputs = getInputs();
  const { run } = await import('./main.js');
  await run(inputs);
});
