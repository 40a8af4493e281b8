// What kind of app the build context holds, read from its files, for generating a Dockerfile:
// Next.js and its `output: 'standalone'`, and the start command as a CMD; the rest (package manager,
// port, health route) is what src/lib/node-app knows about the app.
import { describeNodeApp } from '../node-app/describe.js';
import { diskSource } from '../node-app/file-source.js';
import { readPackage, type PackageManager } from '../node-app/package-json.js';

export interface DetectedApp {
  kind: 'nextjs' | 'node';
  packageManager: PackageManager;
  /** The lockfile's name in the context, when there is one. */
  lockfile?: string;
  /** Yarn 2+ (a .yarnrc.yml) installs with --immutable instead of --frozen-lockfile. */
  yarnBerry: boolean;
  hasDependencies: boolean;
  hasBuildScript: boolean;
  /** The start script split into argv when it is a plain `node file` command; otherwise run through the package manager. */
  startCommand: string[];
  port: number;
  healthPath?: string;
  /** Next.js only: whether next.config sets output: 'standalone'. */
  nextStandalone?: boolean;
  nextConfigFile?: string;
  hasPublicDir: boolean;
}

/** Returns undefined when the context has no package.json (nothing we know how to containerise). */
export function detectApp(context: string): DetectedApp | undefined {
  const source = diskSource(context);
  const pkg = readPackage(source, '', 'cannot generate a Dockerfile');
  if (!pkg) return undefined;
  const app = describeNodeApp(source, pkg);
  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  const isNext = app.next !== undefined;
  return {
    kind: isNext ? 'nextjs' : 'node',
    packageManager: app.packageManager,
    lockfile: app.lockfile,
    yarnBerry: source.exists('.yarnrc.yml'),
    hasDependencies: Object.keys(pkg.dependencies).length > 0 || (isNext && Object.keys(deps).length > 0),
    hasBuildScript: Boolean(pkg.scripts.build),
    startCommand: startArgv(app.startScript, app.packageManager),
    port: app.port?.port ?? 3000,
    healthPath: app.healthRoute?.path,
    nextStandalone: app.next?.standalone,
    nextConfigFile: app.next?.configFile,
    hasPublicDir: source.exists('public'),
  };
}

/**
 * `node server.js` runs as exec-form CMD (signals reach node); anything else runs the start script.
 * The final stage has no corepack, so pnpm and yarn apps start through npm, which runs any
 * package.json script; bun images have bun.
 */
export function startArgv(script: string, pm: PackageManager): string[] {
  const words = script.trim().split(/\s+/).filter(Boolean);
  if (words.length >= 2 && (words[0] === 'node' || words[0] === 'bun') && words.every((w) => /^[\w./@=-]+$/.test(w)))
    return words;
  return pm === 'bun' ? ['bun', 'run', 'start'] : ['npm', 'start'];
}
