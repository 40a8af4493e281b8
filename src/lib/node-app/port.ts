// The port a Node app listens on, decided once for the audit, the container's EXPOSE, Lighthouse's
// fallback guess and init: a literal in the start command, then PORT given at run time, then .env,
// then the server code's `PORT || N` or `.listen(N)`, then the framework's default.
import type { FileSource } from './file-source.js';
import { allDependencies, at, type NodePackage } from './package-json.js';
import { scanOrder } from './source-files.js';
import { portFromCommand } from './start-port.js';

export interface AppPort {
  port: number;
  /** Why this port, for logs and summaries. */
  reason: string;
  /** True when the number is written down (command, env, code), not a framework default. */
  literal: boolean;
}

// Server frameworks before build tools: an Express app with vite in devDependencies serves on 3000.
const FRAMEWORK_PORTS: [string, number][] = [
  ['next', 3000],
  ['nuxt', 3000],
  ['@remix-run/serve', 3000],
  ['astro', 4321],
  ['@sveltejs/kit', 5173],
  ['@angular/core', 4200],
  ['gatsby', 9000],
  ['express', 3000],
  ['fastify', 3000],
  ['koa', 3000],
  ['vite', 5173],
];

/** The start command as written: the package's start script, else `node <main>`, else `node server.js`. */
export function startScriptOf(source: FileSource, pkg: NodePackage): string {
  return (
    pkg.scripts.start ??
    (pkg.main ? `node ${pkg.main}` : source.exists(at(pkg.dir, 'server.js')) ? 'node server.js' : '')
  );
}

export function appPort(
  source: FileSource,
  pkg: NodePackage | undefined,
  sources: readonly string[],
  options: { command?: string; env?: Record<string, string> } = {},
): AppPort | undefined {
  const command = options.command || (pkg ? startScriptOf(source, pkg) : '');
  const fromCommand = portFromCommand(command);
  if (fromCommand?.literal)
    return { port: fromCommand.port, reason: `the start command sets it (${fromCommand.source})`, literal: true };
  if (/^\d{2,5}$/.test(options.env?.PORT ?? ''))
    return { port: Number(options.env!.PORT), reason: 'PORT in input `env`', literal: true };
  const dot = /^\s*(?:export\s+)?PORT\s*=\s*["']?(\d{2,5})/m.exec(source.read(at(pkg?.dir ?? '', '.env')) ?? '');
  if (dot) return { port: Number(dot[1]), reason: 'PORT in .env', literal: true };
  for (const file of scanOrder(sources)) {
    const text = source.read(file) ?? '';
    const code =
      /PORT\s*(?:\|\||\?\?)\s*['"]?(\d{2,5})/.exec(text) ?? /\.listen\(\s*(?:\{\s*port\s*:\s*)?(\d{2,5})\b/.exec(text);
    if (code) return { port: Number(code[1]), reason: `${file} (${code[0].trim()})`, literal: true };
  }
  if (fromCommand) return { port: fromCommand.port, reason: fromCommand.source, literal: false };
  const deps = allDependencies(pkg);
  for (const [name, port] of FRAMEWORK_PORTS)
    if (deps[name]) return { port, reason: `${name}'s default`, literal: false };
  return undefined;
}
