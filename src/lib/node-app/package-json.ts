// A Node package's package.json, parsed once into one shape, and its package manager. The audit's
// repository model and the actions (container, Lighthouse, migrate-deploy, init) read it here.
import { join, posix } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { FileSource } from './file-source.js';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

export interface NodePackage {
  /** Path of the package.json relative to the source root. */
  file: string;
  /** Folder of the package ('' for the root). */
  dir: string;
  name?: string;
  main?: string;
  packageManager?: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  raw: Record<string, unknown>;
}

/** A parsed package.json object in our shape; undefined when it is not a JSON object. */
export function toNodePackage(file: string, raw: unknown): NodePackage | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const obj = raw as Record<string, unknown>;
  const dir = posix.dirname(file);
  return {
    file,
    dir: dir === '.' ? '' : dir,
    name: typeof obj.name === 'string' ? obj.name : undefined,
    main: typeof obj.main === 'string' ? obj.main : undefined,
    packageManager: typeof obj.packageManager === 'string' ? obj.packageManager : undefined,
    scripts: stringRecord(obj.scripts),
    dependencies: stringRecord(obj.dependencies),
    devDependencies: stringRecord(obj.devDependencies),
    raw: obj,
  };
}

/** The package.json in `dir`, undefined when there is none; one that does not parse is a one-line error naming `what`. */
export function readPackage(source: FileSource, dir: string, what: string): NodePackage | undefined {
  const file = at(dir, 'package.json');
  const text = source.read(file);
  if (text === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const shown = source.root ? join(source.root, file) : file;
    throw new ConfigurationError(`${what}: ${shown} is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const pkg = toNodePackage(file, raw);
  if (!pkg)
    throw new ConfigurationError(`${what}: ${source.root ? join(source.root, file) : file} is not a JSON object`);
  return pkg;
}

/** Runtime and dev dependencies together. */
export function allDependencies(pkg: NodePackage | undefined): Record<string, string> {
  return { ...pkg?.devDependencies, ...pkg?.dependencies };
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
  source: FileSource,
  dir: string,
  pkg: Pick<NodePackage, 'packageManager'> | undefined,
): { manager: PackageManager; lockfile?: string } {
  const found = LOCKFILES.find(([file]) => source.exists(at(dir, file)));
  if (found) return { manager: found[1], lockfile: found[0] };
  const declared = /^(npm|pnpm|yarn|bun)@/.exec(pkg?.packageManager ?? '')?.[1] as PackageManager | undefined;
  return { manager: declared ?? 'npm' };
}

/** A path inside a package folder ('' is the root). */
export function at(dir: string, path: string): string {
  return dir ? `${dir}/${path}` : path;
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  const record = value as Record<string, unknown>;
  for (const k in record) if (Object.hasOwn(record, k) && typeof record[k] === 'string') out[k] = record[k] as string;
  return out;
}
