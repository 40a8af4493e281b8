// What starts the app: the `start-command` input as a shell line, or else the package's start
// script through the package manager the repository uses; and a static guess of its port, which is
// only ever a fallback to what /proc shows (reported as a guess).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../lib/errors.js';

export interface StartCommand {
  file: string;
  args: string[];
  /** How it is shown in the log and summary. */
  display: string;
}

interface PackageJson {
  packageManager?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export function readPackageJson(dir: string): PackageJson | undefined {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
  } catch {
    throw new ConfigurationError(`input \`working-directory\`: ${file} is not valid JSON`);
  }
}

/** The package manager: packageManager field first, then the lockfile present. */
export function packageManager(pkg: PackageJson | undefined, files: readonly string[]): 'npm' | 'pnpm' | 'yarn' | 'bun' {
  const declared = /^(npm|pnpm|yarn|bun)@/.exec(pkg?.packageManager ?? '')?.[1];
  if (declared) return declared as 'npm' | 'pnpm' | 'yarn' | 'bun';
  if (files.includes('pnpm-lock.yaml')) return 'pnpm';
  if (files.includes('yarn.lock')) return 'yarn';
  if (files.includes('bun.lockb') || files.includes('bun.lock')) return 'bun';
  return 'npm';
}

export function resolveStartCommand(input: string, dir: string, pkg: PackageJson | undefined): StartCommand {
  // The input is a command line by contract (like a workflow `run:`): it goes to sh as one argument.
  if (input) return { file: 'sh', args: ['-c', input], display: input };
  if (!pkg?.scripts?.start) {
    throw new ConfigurationError(`input \`start-command\` is required: ${pkg ? 'package.json has no start script' : 'there is no package.json'} in ${dir}`);
  }
  const pm = packageManager(pkg, ['pnpm-lock.yaml', 'yarn.lock', 'bun.lockb', 'bun.lock'].filter((f) => existsSync(join(dir, f))));
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
export function guessPort(command: string, env: Record<string, string>, dotEnv: string, pkg: PackageJson | undefined): PortGuess | undefined {
  const fromCommand = /(?:^|\s)PORT=["']?(\d{2,5})/.exec(command) ?? /(?:\s-p|\s--port)[=\s]+(\d{2,5})\b/.exec(` ${command}`);
  if (fromCommand) return { port: Number(fromCommand[1]), reason: `the start command sets it (${fromCommand[0].trim()})` };
  if (/^\d{2,5}$/.test(env.PORT ?? '')) return { port: Number(env.PORT), reason: 'PORT in input `env`' };
  const dot = /^\s*(?:export\s+)?PORT\s*=\s*["']?(\d{2,5})/m.exec(dotEnv);
  if (dot) return { port: Number(dot[1]), reason: 'PORT in .env' };
  const deps = { ...pkg?.dependencies, ...pkg?.devDependencies };
  for (const [name, port] of FRAMEWORK_PORTS) if (deps[name]) return { port, reason: `${name}'s default` };
  return undefined;
}
