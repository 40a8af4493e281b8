// container/dockerfile-root-user: the final stage of a Dockerfile runs as root.
import type { Rule } from '../rule.js';
import { dockerfiles } from '../../model/facts.js';
import { finalStage, parseDockerfile } from '../../model/dockerfile.js';

// Base images whose default user is not root.
const NON_ROOT_BASE = /:nonroot\b|\bchainguard\/|distroless\/[^\s]*nonroot/;

export const dockerfileRootUser: Rule = {
  id: 'container/dockerfile-root-user',
  severity: 'high',
  title: 'Container runs as root',
  remediation:
    'Add `USER node` (or a numeric non-root user such as `USER 10001`) to the final stage, after the files are copied with `--chown`; a compromised process then cannot own the container.',
  check(repo) {
    return dockerfiles(repo).flatMap((file) => {
      const text = repo.read(file);
      if (text === undefined) return [];
      const stage = finalStage(parseDockerfile(text));
      if (!stage.length) return [];
      const from = stage[0];
      if (NON_ROOT_BASE.test(from.args)) return [];
      const users = stage.filter((i) => i.keyword === 'USER');
      const last = users[users.length - 1];
      if (last && !/^(root|0)(:|$)/.test(last.args)) return [];
      return [
        last
          ? { message: `The final stage of \`${file}\` switches back to \`USER ${last.args}\`.`, file, line: last.line }
          : {
              message: `The final stage of \`${file}\` (\`FROM ${from.args}\`, line ${from.line}) has no USER instruction, so the app runs as root.`,
              file,
              line: from.line,
            },
      ];
    });
  },
};
