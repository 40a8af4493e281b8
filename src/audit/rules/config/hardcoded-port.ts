// config/hardcoded-port: the start script or the server code fixes the port to a literal, so the
// platform (Render, Fly, Cloud Run, Heroku...) cannot choose it through PORT (seed 000: `PORT=3005`).
import { sourcesNamedBy } from '../../../lib/repository/source-scan.js';
import { runningServerApps } from '../../../lib/repository/running-server.js';
import { scriptLine } from '../../../lib/repository/script-line.js';
import { portFromCommand } from '../../../lib/node-app/start-port.js';
import type { Rule, RuleHit } from '../rule.js';

/** Scripts that start the app for production (dev scripts may pin a port). */
const START_SCRIPTS = ['start', 'start:prod', 'start:production', 'serve', 'prod'];
/** Server entry files (by base name) worth reading for `listen(3000)`; reading every source file would not scale. */
const SERVER_FILE = /^(?:server|app|index|main|http|listen|start)\.[cm]?[jt]s$/;
const MAX_SERVER_FILES = 40;

export const hardcodedPort: Rule = {
  id: 'config/hardcoded-port',
  severity: 'medium',
  title: 'Port hardcoded instead of read from PORT',
  remediation:
    'Read the port from the environment with a default (`const port = Number(process.env.PORT ?? 3000)`, `next start` without `-p`) and set PORT in the deploy configuration.',
  check(repo) {
    const hits: RuleHit[] = [];
    for (const { pkg } of runningServerApps(repo)) {
      for (const name of START_SCRIPTS) {
        const command = pkg.scripts[name];
        const port = command === undefined ? undefined : portFromCommand(command);
        if (port?.literal) {
          hits.push({
            message: `${pkg.file} script \`${name}\` fixes the port with \`${port.source}\`; the platform cannot set it through PORT`,
            file: pkg.file,
            line: scriptLine(repo, pkg, name),
          });
        }
      }
      const candidates = sourcesNamedBy(
        repo,
        pkg.dir,
        (base) => SERVER_FILE.test(base),
        () => false,
        MAX_SERVER_FILES,
      );
      for (const file of candidates) {
        const hit = literalListen(repo.read(file) ?? '');
        if (hit)
          hits.push({
            message: `${file} listens on port ${hit.port} (${hit.evidence}) without reading PORT`,
            file,
            line: repo.lineAt(file, hit.index),
          });
      }
    }
    return hits;
  },
};

/** `listen(3000)`, `listen({ port: 3000 })`, or `const port = 3000; … listen(port)`, in a file that never reads PORT. */
function literalListen(text: string): { port: number; evidence: string; index: number } | undefined {
  if (
    /process\.env\.PORT\b|process\.env\[['"]PORT['"]\]|Deno\.env\.get\(['"]PORT|Bun\.env\.PORT|env\.PORT\b/.test(text)
  )
    return undefined;
  const direct = /\.listen\(\s*(?:\{\s*port\s*:\s*)?(\d{2,5})\b/.exec(text);
  if (direct) return { port: Number(direct[1]), evidence: `\`listen(${direct[1]})\``, index: direct.index };
  const viaName = /\.listen\(\s*(?:\{\s*port\s*:\s*)?([A-Za-z_$][\w$]*)\s*[,)}]/.exec(text);
  if (viaName) {
    const decl = new RegExp(
      `(?:const|let|var)\\s+${viaName[1].replace(/\$/g, '\\$')}\\s*(?::\\s*number\\s*)?=\\s*(\\d{2,5})\\s*[;\\n]`,
    ).exec(text);
    if (decl) return { port: Number(decl[1]), evidence: `\`${viaName[1]} = ${decl[1]}\``, index: decl.index };
  }
  return undefined;
}
