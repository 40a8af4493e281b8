// container/unpinned-base-image: a shipped image is built FROM a base with no tag, `latest`, or a
// tag that names no version (`node:alpine`, `node:lts-slim`, `node:current`), so each build may start
// from a different operating system and runtime.
import type { Rule, RuleHit } from '../rule.js';
import { shippedDockerfiles } from '../../../lib/repository/facts.js';
import { globalArgs, parseDockerfile, resolveImage, stages } from '../../../lib/repository/dockerfile.js';

export const unpinnedBaseImage: Rule = {
  id: 'container/unpinned-base-image',
  severity: 'medium',
  title: 'Base image not pinned to a version',
  remediation:
    'Name the base image by an explicit version (`FROM node:22.12-bookworm-slim`), or by digest (`FROM node:22-slim@sha256:…`) and let Dependabot or Renovate update it; `latest` or no tag changes under you between builds.',
  check(repo) {
    return shippedDockerfiles(repo).flatMap((file): RuleHit[] => {
      const text = repo.read(file);
      if (text === undefined) return [];
      const instructions = parseDockerfile(text);
      const args = globalArgs(instructions);
      const all = stages(instructions);
      const hits: RuleHit[] = [];
      for (const stage of all) {
        const raw = stage.image;
        if (!raw || raw.toLowerCase() === 'scratch' || all.some((s) => s.name === raw.toLowerCase())) continue;
        const image = resolveImage(raw, args);
        // An unresolved `${VAR}` (no default) names nothing we can judge.
        if (!image || (/\$/.test(raw) && image === resolveImage(raw, {}))) continue;
        if (image.includes('@sha256:')) continue;
        const tag = /:([^/:]+)$/.exec(image)?.[1];
        // A tag with a version number in it (22, 22.12-slim, 3.20, bookworm-20250101) is pinned enough.
        if (tag && /\d/.test(tag)) continue;
        hits.push({
          message: `\`${file}\` builds FROM \`${image}\` (line ${stage.from.line}) ${tag ? `by the tag \`${tag}\`, which names no version` : 'with no tag'}: the base changes between builds.`,
          file,
          line: stage.from.line,
        });
      }
      return hits;
    });
  },
};
