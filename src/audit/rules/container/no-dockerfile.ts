// container/no-dockerfile: a deployable server app with no Dockerfile and no other build definition
// (a SvelteKit platform adapter such as adapter-vercel is one).
import type { Rule } from '../rule.js';
import {
  BUILD_DEFINITION_FILES,
  buildDefinitions,
  jsonKeyLine,
  platformBuilt,
  serverApps,
} from '../../../lib/repository/facts.js';

export const noDockerfile: Rule = {
  id: 'container/no-dockerfile',
  severity: 'critical',
  title: 'No container or build definition for a deployable app',
  remediation:
    "Add a multi-stage Dockerfile (for Next.js, one built on `output: 'standalone'`), or let `actions/container` with `generate: true` write one, build it and push it. A platform build file (render.yaml, fly.toml, nixpacks.toml, Procfile...) also counts.",
  check(repo) {
    if (buildDefinitions(repo).length) return [];
    return serverApps(repo)
      .filter((app) => !isStaticExport(repo, app.pkg.dir) && !platformBuilt(app))
      .map((app) => ({
        message: `${app.framework} app \`${app.pkg.file}\` has no Dockerfile and no build definition (${BUILD_DEFINITION_FILES.slice(1, 6).join(', ')}, ...): deployments depend on whatever machine builds them.`,
        file: app.pkg.file,
        line: jsonKeyLine(repo, app.pkg.file, app.frameworkDep),
      }));
  },
};

/** `output: 'export'` makes a Next.js app a static site: it needs no server image. */
function isStaticExport(repo: Parameters<Rule['check']>[0], dir: string): boolean {
  const configs = repo.glob(`${dir ? `${dir}/` : ''}next.config.{js,mjs,cjs,ts}`);
  return configs.some((f) => /output\s*:\s*['"]export['"]/.test(repo.read(f) ?? ''));
}
