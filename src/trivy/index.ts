// Inputs are checked before the action's heavy modules load: a wrong input fails in milliseconds.
import { runAction } from '../lib/run-action.js';
import { getInputs } from './inputs.js';

await runAction(async () => {
  const inputs = getInputs();
  const { run } = await import('./main.js');
  await run(inputs);
});
