// container/eol-runtime: the image that ships runs a Node.js major past its end of life (no security
// fixes). The end-of-life dates are the Node.js release schedule's.
import type { Rule, RuleHit } from '../rule.js';
import { shippedDockerfiles } from '../../../lib/repository/facts.js';
import { globalArgs, parseDockerfile, resolveImage, stageChain, stages } from '../../../lib/repository/dockerfile.js';

/** End of life of each Node.js major (https://github.com/nodejs/release#release-schedule). */
export const NODE_END_OF_LIFE: Record<number, string> = {
  10: '2021-04-30',
  12: '2022-04-30',
  14: '2023-04-30',
  16: '2023-09-11',
  17: '2022-06-01',
  18: '2025-04-30',
  19: '2023-06-01',
  20: '2026-04-30',
  21: '2024-06-01',
  22: '2027-04-30',
  23: '2025-06-01',
  24: '2028-04-30',
  25: '2026-06-01',
};

// node:18, node:18-alpine, node:18.20.4-bookworm-slim, cimg/node:20.1, bitnami/node:16...
const NODE_IMAGE = /(?:^|\/)node:v?(\d+)(?:[.-]|$)/;

export function nodeMajorPastEndOfLife(major: number, today: Date): string | undefined {
  const eol = NODE_END_OF_LIFE[major] ?? (major < 10 ? '2019-12-31' : undefined);
  return eol && new Date(`${eol}T00:00:00Z`) <= today ? eol : undefined;
}

export const eolRuntime: Rule = {
  id: 'container/eol-runtime',
  severity: 'high',
  title: 'Container runs an end-of-life Node.js',
  remediation:
    'Move the base image to a Node.js release in active or maintenance LTS (`FROM node:22-slim` or `node:24-slim`) and run the tests; an end-of-life runtime gets no security fixes.',
  check(repo) {
    const today = new Date();
    return shippedDockerfiles(repo).flatMap((file): RuleHit[] => {
      const text = repo.read(file);
      if (text === undefined) return [];
      const instructions = parseDockerfile(text);
      const all = stages(instructions);
      const runtime = all[all.length - 1];
      if (!runtime) return [];
      const args = globalArgs(instructions);
      // The runtime stage's own base: the last stage of its FROM chain.
      const chain = stageChain(all, runtime);
      const base = chain[chain.length - 1];
      const image = resolveImage(base.image, args);
      const major = Number(NODE_IMAGE.exec(image)?.[1]);
      const eol = major ? nodeMajorPastEndOfLife(major, today) : undefined;
      if (!eol) return [];
      return [
        {
          message: `The image \`${file}\` ships runs Node.js ${major} (\`FROM ${image}\`, line ${base.from.line}), past its end of life on ${eol}.`,
          file,
          line: base.from.line,
        },
      ];
    });
  },
};
