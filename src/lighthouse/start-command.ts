// What starts the app: the `start-command` input as a shell line, or else the package's start
// script through the package manager the repository uses; and a static guess of its port, which is
// only ever a fallback to what /proc shows (reported as a guess).
import { ConfigurationError } from '../lib/errors.js';
import { detectPackageManager, readPackageJson, type PackageJson } from '../lib/package-json.js';
import { portFromCommand } from '../lib/start-port.js';

export interface StartCommand {
  file: string;
  args: string[];
  /** How it is shown in the log and summary. */
  display: string;
}

/** The folder's package.json; invalid JSON is a one-line error naming the input. */
export function readAppPackageJson(dir: string): PackageJson | undefined {
  return readPackageJson(dir, 'input `working-directory`');
}

export function resolveStartCommand(input: string, dir: string, pkg: PackageJson | undefined): StartCommand {
  // The input is a command line by contract (like a workflow `run:`): it goes to sh as one argument.
  if (input) return { file: 'sh', args: ['-c', input], display: input };
  if (!pkg?.scripts?.start) {
    throw new ConfigurationError(
      `input \`start-command\` is required: ${pkg ? 'package.json has no start script' : 'there is no package.json'} in ${dir}`,
    );
  }
  const pm = detectPackageManager(dir, pkg).manager;
  return { file: pm, args: ['run', 'start'], display: `${pm} run start` };
}

export interface PortGuess {
  port: number;
  reason: string;
}

const FRAMEWORK_PORTS: [string, number][] = [
  ['next', 3000],
  ['nuxt', 3000],
  ['@remix-run/serve', 3000],
  ['vite', 5173],
  ['astro', 4321],
  ['@sveltejs/kit', 5173],
  ['@angular/core', 4200],
  ['gatsby', 9000],
  ['express', 3000],
  ['fastify', 3000],
  ['koa', 3000],
];

/** A static guess of the port from the start command, .env and framework defaults. */
export function guessPort(
  command: string,
  env: Record<string, string>,
  dotEnv: string,
  pkg: PackageJson | undefined,
): PortGuess | undefined {
  const fromCommand = portFromCommand(command);
  if (fromCommand?.literal)
    return { port: fromCommand.port, reason: `the start command sets it (${fromCommand.source})` };
  if (/^\d{2,5}$/.test(env.PORT ?? '')) return { port: Number(env.PORT), reason: 'PORT in input `env`' };
  const dot = /^\s*(?:export\s+)?PORT\s*=\s*["']?(\d{2,5})/m.exec(dotEnv);
  if (dot) return { port: Number(dot[1]), reason: 'PORT in .env' };
  if (fromCommand) return { port: fromCommand.port, reason: fromCommand.source };
  const deps = { ...pkg?.dependencies, ...pkg?.devDependencies };
  for (const [name, port] of FRAMEWORK_PORTS) if (deps[name]) return { port, reason: `${name}'s default` };
  return undefined;
}
