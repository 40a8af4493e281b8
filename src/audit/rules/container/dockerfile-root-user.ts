// container/dockerfile-root-user: the stage that runs (the last one) runs as root. A USER set in an
// earlier stage it is built FROM counts; images that never ship (dev workspaces, tests) and
// Dockerfiles whose last stage is only a builder or base image are not judged.
import type { Rule, RuleHit } from '../rule.js';
import { shippedDockerfiles } from '../../../lib/repository/facts.js';
import { parseDockerfile, stageChain, stages, type DockerInstruction } from '../../../lib/repository/dockerfile.js';

// Base images whose default user is not root.
const NON_ROOT_BASE = /:nonroot\b|\bchainguard\/|distroless\/[^\s]*nonroot/;
const BUILDER_STAGE = /^(?:build|builder|base|deps|dependencies|compile|toolchain)$/;

export const dockerfileRootUser: Rule = {
  id: 'container/dockerfile-root-user',
  severity: 'high',
  title: 'Container runs as root',
  remediation:
    'Add `USER node` (or a numeric non-root user such as `USER 10001`) to the final stage, after the files are copied with `--chown`; a compromised process then cannot own the container.',
  check(repo) {
    return shippedDockerfiles(repo).flatMap((file): RuleHit[] => {
      const text = repo.read(file);
      if (text === undefined) return [];
      const all = stages(parseDockerfile(text));
      const runtime = all[all.length - 1];
      if (!runtime || (runtime.name && BUILDER_STAGE.test(runtime.name))) return [];
      const chain = stageChain(all, runtime);
      if (chain.some((s) => NON_ROOT_BASE.test(s.image))) return [];
      let last: DockerInstruction | undefined;
      for (const stage of chain) {
        last = stage.instructions.filter((i) => i.keyword === 'USER').pop();
        if (last) break;
      }
      if (last && !/^(root|0)(:|$)/.test(last.args)) return [];
      return [
        last
          ? { message: `The final stage of \`${file}\` switches back to \`USER ${last.args}\`.`, file, line: last.line }
          : {
              message: `The final stage of \`${file}\` (\`FROM ${runtime.from.args}\`, line ${runtime.from.line}) has no USER instruction, nor does a stage it is built from, so the app runs as root.`,
              file,
              line: runtime.from.line,
            },
      ];
    });
  },
};
