// The commands that run when the app is built, released or started: workflow steps, deploy configs
// (render.yaml, Procfile, fly.toml, nixpacks.toml, Dockerfiles, compose...), deploy shell scripts and
// the package.json scripts they call. Rules ask "does anything that deploys run X?" against this.
import { posix } from 'node:path';
import type { Repository } from './repository.js';

export interface DeployCommandSource {
  /** File the text came from (a workflow, render.yaml, package.json...). */
  file: string;
  /** What it is, for messages ("script `start`", "render.yaml"). */
  what: string;
  text: string;
}

const DEPLOY_CONFIG =
  /^(?:render\.ya?ml|fly\.toml|Procfile|nixpacks\.toml|railway\.(?:json|toml)|app\.json|app\.ya?ml|heroku\.yml|vercel\.json|netlify\.toml|Dockerfile(?:\.[\w-]+)?|Containerfile|[\w-]+\.Dockerfile|(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml|ecosystem\.config\.[cm]?js|Caddyfile|skaffold\.ya?ml|cloudbuild\.ya?ml|buildspec\.ya?ml|appspec\.ya?ml|\.gitlab-ci\.yml|bitbucket-pipelines\.yml|Jenkinsfile|Makefile|Taskfile\.ya?ml|justfile)$/;
/** A deploy folder, at any depth above the file, and the kinds of file read inside one. */
const DEPLOY_DIR_FOLDER =
  /(?:^|\/)(?:k8s|kubernetes|deploy|deployment|helm|charts|\.platform|\.ebextensions|infra|ops)\//;
const DEPLOY_DIR_FILE = /\.(?:ya?ml|sh|json|toml)$/;
const DEPLOY_SCRIPT =
  /(?:^|[-_./])(?:deploy|release|entrypoint|start|boot|bootstrap|provision|setup|migrate|run|launch|server|install)[\w.-]*\.(?:sh|bash)$/i;
/** package.json scripts that run on build, release or start. */
const LIFECYCLE_SCRIPT =
  /^(?:(?:pre|post)?(?:start|build|install|deploy|release|serve|prod)(?:[:._-].*)?|vercel-build|heroku-postbuild|render-build|railway-build|ci)$/;
const MAX_FILES = 80;
const RUN_SCRIPT = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+|--\w+\s+)?([\w:.-]+)/g;
// `npm-run-all a b`, `run-s a b`, `run-p a b`, `concurrently "npm:a" "npm:b"` name scripts directly.
const RUN_MANY = /\b(?:npm-run-all|run-s|run-p)((?:\s+(?:--?[\w-]+|"[^"]*"|'[^']*'|[\w:.*-]+))+)/g;
const CONCURRENT_SCRIPT = /["']?npm:([\w:.-]+)/g;
// A script file the command runs (`node scripts/check-db.js`, `tsx lib/db/migrate.ts`, `sh start.sh`).
const RUN_FILE =
  /(?:\b(?:node|tsx|ts-node|bun|deno\s+run(?:\s+-\S+)*|sh|bash|zx)\s+(?:--?[\w-]+(?:=\S+)?\s+)*|(?:^|[\s;&|"'])\.\/)((?:\.{0,2}\/)?[\w./-]+\.(?:[cm]?[jt]s|sh))\b/g;

export function deployCommandSources(repo: Repository): DeployCommandSource[] {
  return repo.fact('deployCommandSources', () => {
    const out: DeployCommandSource[] = [];
    for (const workflow of repo.workflows) {
      const parts = workflow.jobs.flatMap((j) =>
        j.steps.flatMap((s) => [s.run ?? '', s.uses ? `uses: ${s.uses}` : '', JSON.stringify(s.with)]),
      );
      out.push({ file: workflow.file, what: workflow.file, text: parts.join('\n') });
    }
    // Classes: a deploy config or script by name (2), a file a deploy folder may hold (1); folders: a
    // deploy folder (1).
    const configs = repo
      .classify(
        (base) => (DEPLOY_CONFIG.test(base) || DEPLOY_SCRIPT.test(base) ? 2 : DEPLOY_DIR_FILE.test(base) ? 1 : 0),
        (folder) => (DEPLOY_DIR_FOLDER.test(folder) ? 1 : 0),
        (name, folder) => name === 2 || (name === 1 && folder === 1),
      )
      .slice(0, MAX_FILES);
    for (const file of configs) out.push({ file, what: file, text: repo.read(file) ?? '' });
    const seen = new Set<string>();
    const queue: DeployCommandSource[] = [];
    for (const pkg of repo.packages) {
      for (const [name, command] of Object.entries(pkg.scripts)) {
        if (LIFECYCLE_SCRIPT.test(name))
          queue.push({ file: pkg.file, what: `${pkg.file} script \`${name}\``, text: command });
      }
    }
    out.push(...queue);
    // Follow `npm run x` from any source into package.json scripts, a few levels deep.
    const allScripts = repo.packages.flatMap((pkg) =>
      Object.entries(pkg.scripts).map(([name, command]) => ({ pkg, name, command })),
    );
    let frontier = [...out];
    const readFiles = new Set(out.map((s) => s.file));
    for (let depth = 0; depth < 3 && frontier.length; depth++) {
      const next: DeployCommandSource[] = [];
      for (const source of frontier) {
        const names = [...source.text.matchAll(RUN_SCRIPT)].map((m) => m[1]);
        for (const m of source.text.matchAll(RUN_MANY))
          names.push(
            ...m[1]
              .trim()
              .split(/\s+/)
              .filter((w) => !w.startsWith('-'))
              .map((w) => w.replace(/^["']|["']$/g, '')),
          );
        for (const m of source.text.matchAll(CONCURRENT_SCRIPT)) names.push(m[1]);
        for (const s of allScripts.filter((x) => names.includes(x.name))) {
          const key = `${s.pkg.file}#${s.name}`;
          if (seen.has(key)) continue;
          seen.add(key);
          next.push({ file: s.pkg.file, what: `${s.pkg.file} script \`${s.name}\``, text: s.command });
        }
        // One hop into the script files a command runs, resolved from its package's folder.
        const base = source.file.endsWith('package.json') ? posix.dirname(source.file) : '';
        for (const m of source.text.matchAll(RUN_FILE)) {
          const file = posix.normalize(posix.join(base === '.' ? '' : base, m[1]));
          if (file.startsWith('..') || readFiles.has(file) || !repo.has(file)) continue;
          readFiles.add(file);
          next.push({ file, what: file, text: repo.read(file) ?? '' });
        }
      }
      out.push(...next);
      frontier = next;
    }
    return out;
  });
}

/** The first deploy command source whose text matches. */
export function findDeployCommand(repo: Repository, pattern: RegExp): DeployCommandSource | undefined {
  return deployCommandSources(repo).find((s) => pattern.test(s.text));
}
