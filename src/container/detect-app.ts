// What kind of app the build context holds, read from its files, for generating a Dockerfile:
// package manager by lockfile, Next.js and its `output: 'standalone'`, start command, port, health route.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { portFromCommand } from '../lib/start-port.js';
import { detectPackageManager, readPackageJson, type PackageManager } from '../lib/package-json.js';

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

const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const SKIP_DIRS = new Set(['node_modules', '.git', '.next', 'dist', 'build', 'coverage', 'test', 'tests', '__tests__']);
const HEALTH_PATHS = ['/healthz', '/health', '/api/health', '/api/healthz', '/livez', '/readyz'];

/** Returns undefined when the context has no package.json (nothing we know how to containerise). */
export function detectApp(context: string): DetectedApp | undefined {
  const pkg = readPackageJson(context, 'cannot generate a Dockerfile');
  if (!pkg) return undefined;
  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  const { manager: packageManager, lockfile } = detectPackageManager(context, pkg);
  const sources = listSources(context);
  const isNext = 'next' in deps;
  const nextConfigFile = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs'].find((f) =>
    existsSync(join(context, f)),
  );
  const nextConfig = nextConfigFile ? readFileSync(join(context, nextConfigFile), 'utf8') : '';
  const startScript =
    pkg.scripts?.start ??
    (pkg.main ? `node ${pkg.main}` : existsSync(join(context, 'server.js')) ? 'node server.js' : '');
  return {
    kind: isNext ? 'nextjs' : 'node',
    packageManager,
    lockfile,
    yarnBerry: existsSync(join(context, '.yarnrc.yml')),
    hasDependencies: Object.keys(pkg.dependencies ?? {}).length > 0 || (isNext && Object.keys(deps).length > 0),
    hasBuildScript: Boolean(pkg.scripts?.build),
    startCommand: startArgv(startScript, packageManager),
    port: detectPort(startScript, sources) ?? 3000,
    healthPath: detectHealthPath(sources),
    nextStandalone: isNext ? /output\s*:\s*['"`]standalone['"`]/.test(nextConfig) : undefined,
    nextConfigFile,
    hasPublicDir: existsSync(join(context, 'public')),
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

interface SourceFile {
  path: string; // relative to the context
  text: string;
}

function listSources(context: string, dir = context, out: SourceFile[] = [], budget = { files: 400 }): SourceFile[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (budget.files <= 0) break;
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue; // a dangling link or a file removed meanwhile
    }
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name) && !name.startsWith('.')) listSources(context, full, out, budget);
    } else if (SOURCE.test(name) && st.size < 512 * 1024 && !/\.(test|spec)\./.test(name)) {
      budget.files--;
      out.push({ path: relative(context, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
    }
  }
  return out;
}

/**
 * The port the app listens on: what the start script sets (`-p N`, `PORT=N`, a framework's default,
 * read as the audit reads it), else `PORT || N` or `.listen(N` in the server code.
 */
export function detectPort(startScript: string, sources: readonly SourceFile[]): number | undefined {
  const fromScript = portFromCommand(startScript);
  if (fromScript?.literal) return fromScript.port;
  for (const { text } of sources) {
    const fallback = /PORT\s*(?:\|\||\?\?)\s*['"]?(\d{2,5})/.exec(text);
    if (fallback) return Number(fallback[1]);
    const listen = /\.listen\(\s*(\d{2,5})\b/.exec(text);
    if (listen) return Number(listen[1]);
  }
  return fromScript?.port;
}

/** A health route: a framework route file (app/api/health/route.ts, pages/api/health.ts) or a path string in a handler. */
export function detectHealthPath(sources: readonly SourceFile[]): string | undefined {
  for (const { path } of sources) {
    const route = /^(?:src\/)?(?:app\/(.+)\/route|pages\/(.+))\.[cm]?[jt]sx?$/.exec(path);
    const urlPath = route ? `/${(route[1] ?? route[2]).replace(/\/index$/, '')}` : undefined;
    if (urlPath && HEALTH_PATHS.includes(urlPath)) return urlPath;
  }
  for (const candidate of HEALTH_PATHS) {
    const quoted = new RegExp(`['"\`]${candidate.replace(/\//g, '\\/')}['"\`]`);
    if (sources.some(({ text }) => quoted.test(text))) return candidate;
  }
  return undefined;
}
