// `shipshape init [dir]`: see src/init/command.ts.
import { initCommand as runInitCommand } from '../init/command.js';
import type { Io } from './io.js';

export function initCommand(argv: string[], io: Io): Promise<number> {
  return runInitCommand(argv, (text) => io.out(text));
}
