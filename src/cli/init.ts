// `shipshape init [dir]`: see src/init/command.ts. The audit init runs before and after writing is
// the audit's engine, handed in here: the front end is where the two meet.
import { loadConfig } from '../audit/config.js';
import { runFullAudit } from '../audit/engine.js';
import { initCommand as runInitCommand } from '../init/command.js';
import type { InitAudit } from '../init/run-init.js';
import type { Io } from './io.js';

const audit: InitAudit = async (root) => {
  const config = loadConfig(root);
  return { ...(await runFullAudit(root, { config })), ignore: config.ignore };
};

export function initCommand(argv: string[], io: Io): Promise<number> {
  return runInitCommand(argv, (text) => io.out(text), audit);
}
