// A Node project's package.json and its package manager, as the actions that run or build the app
// (container, lighthouse) read them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, errorMessage } from './errors.js';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

export interface PackageJson {
  packageManager?: string;
  main?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** The folder's package.json, undefined when there is none; invalid JSON is a one-line error naming `what`. */
export function readPackageJson(dir: string, what: string): PackageJson | undefined {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
  } catch (error) {
    throw new ConfigurationError(`${what}: ${file} is not valid JSON (${errorMessage(error)})`);
  }
}

const LOCKFILES: [string, PackageManager][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

/** The lockfile present decides (it is what installs reproduce); else package.json's packageManager; else npm. */
export function detectPackageManager(
  dir: string,
  pkg: PackageJson | undefined,
): { manager: PackageManager; lockfile?: string } {
  const found = LOCKFILES.find(([file]) => existsSync(join(dir, file)));
  if (found) return { manager: found[1], lockfile: found[0] };
  const declared = /^(npm|pnpm|yarn|bun)@/.exec(pkg?.packageManager ?? '')?.[1] as PackageManager | undefined;
  return { manager: declared ?? 'npm' };
}
