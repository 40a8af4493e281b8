// Which port a start command makes the app listen on, and where that number came from. Shared by
// ci/lighthouse-port-mismatch, config/hardcoded-port, the Lighthouse action's static guess and the
// container action's generated EXPOSE.

export interface PortGuess {
  port: number;
  /** How it was found: 'PORT=3005', '-p 3005', 'next default'... */
  source: string;
  /** True when the number is written in the command (not a framework default). */
  literal: boolean;
}

const FRAMEWORK_DEFAULTS: [RegExp, number, string][] = [
  [/\bnext\s+(start|dev)\b/, 3000, 'Next.js default'],
  [/\bnuxt\s+(start|dev|preview)\b|\.output\/server\/index\.m?js/, 3000, 'Nuxt default'],
  [/\bremix-serve\b|\breact-router-serve\b/, 3000, 'Remix default'],
  [/\bvite\s+preview\b/, 4173, 'vite preview default'],
  [/\bvite\b(?!\s+build)/, 5173, 'vite dev default'],
  [/\bastro\s+(dev|preview)\b/, 4321, 'Astro default'],
  [/\bserve\b\s/, 3000, 'serve default'],
  [/\bhttp-server\b/, 8080, 'http-server default'],
  [/\bwrangler\s+dev\b/, 8787, 'wrangler dev default'],
];

/** The port a shell command line sets, from an explicit flag or PORT=, else a framework default. */
export function portFromCommand(command: string): PortGuess | undefined {
  const env = /(?:^|[\s;&|(])(?:export\s+)?PORT=["']?(\d{2,5})\b/.exec(command);
  if (env) return { port: Number(env[1]), source: `PORT=${env[1]}`, literal: true };
  const flag = /(?:^|\s)(?:-p|--port)(?:\s+|=)["']?(\d{2,5})\b/.exec(command);
  if (flag) return { port: Number(flag[1]), source: flag[0].trim().replace(/["']/g, ''), literal: true };
  for (const [re, port, source] of FRAMEWORK_DEFAULTS) if (re.test(command)) return { port, source, literal: false };
  return undefined;
}

/** `npm run start`, `pnpm start`, `yarn start`, `bun run start`, `npm start` → 'start'. */
export function scriptNameOf(command: string): string | undefined {
  const m = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)/.exec(command);
  if (!m) return undefined;
  const name = m[1];
  if (['install', 'ci', 'i', 'add', 'exec', 'x', 'test', 'audit', 'dlx', 'create'].includes(name))
    return name === 'test' ? 'test' : undefined;
  return name;
}

/** The port a command starts the app on, following `npm run <script>` into package.json scripts (one level deep). */
export function resolveStartPort(
  command: string,
  scripts: Record<string, string>,
): (PortGuess & { script?: string }) | undefined {
  const direct = portFromCommand(command);
  if (direct?.literal) return direct;
  const name = scriptNameOf(command);
  if (name && scripts[name]) {
    const viaScript = portFromCommand(scripts[name]);
    if (viaScript) return { ...viaScript, script: name };
  }
  return direct;
}

/** Ports named in URLs of a text: http://localhost:3000/path → 3000 (default 80/443 when absent). */
export function localUrlPorts(text: string): { url: string; port: number; index: number }[] {
  const out: { url: string; port: number; index: number }[] = [];
  const re = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d{2,5}))?[^\s"'`,)\]]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ url: m[0], port: m[1] ? Number(m[1]) : m[0].startsWith('https') ? 443 : 80, index: m.index });
  }
  return out;
}
