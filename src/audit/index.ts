import { run } from './main.js';
import { runAction } from '../lib/run-action.js';

await runAction(run);
