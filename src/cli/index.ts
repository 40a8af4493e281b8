// The shipshape command: one file per command (audit, rules, init, report, fleet); this entry dispatches and turns
// every expected failure into one line on standard error with exit code 2, never a stack trace.
import { errorMessage } from '../lib/errors.js';
import { VERSION } from '../lib/version.js';
import type { Io } from './io.js';
import { HELP, UsageError } from './usage.js';

type Command = (argv: string[], io: Io) => number | Promise<number>;

// Each command loads its modules only when it runs, so `--help` and a usage error start fast.
const COMMANDS: Record<string, () => Promise<Command>> = {
  audit: async () => (await import('./audit.js')).auditCommand,
  rules: async () => (await import('./rules.js')).rulesCommand,
  init: async () => (await import('./init.js')).initCommand,
  report: async () => (await import('./report.js')).reportCommand,
  fleet: async () => (await import('./fleet.js')).fleetCommand,
};

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || rest.includes('--help')) {
      io.out(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(`${VERSION}\n`);
      return 0;
    }
    const load = COMMANDS[command];
    if (!load) throw new UsageError(`unknown command \`${command}\` (commands: ${Object.keys(COMMANDS).join(', ')})`);
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    io.err(`shipshape: ${errorMessage(error)}${usage ? ' (see shipshape --help)' : ''}\n`);
    return 2;
  }
}

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// No top-level await: the bundle is CommonJS (it starts faster), and main never rejects.
void main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
  // main has finished its work: ending now spares the wait for V8's background tasks (compiles, GC
  // marking) that the event loop drains before a natural exit. Output still queued for a pipe is
  // left to drain first.
  if (!process.stdout.writableLength && !process.stderr.writableLength) process.exit(code);
});
