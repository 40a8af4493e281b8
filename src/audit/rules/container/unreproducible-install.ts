// container/unreproducible-install: a shipped image installs its dependencies without a lockfile
// (none in the repository, the lockfile ignored by git, or not copied before the install), so each
// build may resolve different versions than the ones tested.
import { posix } from 'node:path';
import type { Rule, RuleHit } from '../rule.js';
import type { Repository } from '../../../lib/repository/repository.js';
import { shippedDockerfiles } from '../../../lib/repository/facts.js';
import { parseDockerfile, stageChain, stages } from '../../../lib/repository/dockerfile.js';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'];
// `npm install`, `npm i`, `yarn`, `yarn install`, `pnpm install`, `bun install` with no package named.
const PROJECT_INSTALL =
  /(?:^|&&|;|\|\|)\s*(?:npm\s+(?:install|i)|yarn(?:\s+install)?|pnpm\s+(?:install|i)|bun\s+(?:install|i))(?=\s|$)((?:\s+--?[\w-]+(?:=\S+)?)*)\s*(?:$|&&|;|\|\|)/;

function lockfileIn(repo: Repository, dir: string): string | undefined {
  for (const d of dir ? [dir, ''] : ['']) {
    const found = LOCKFILES.find((l) => repo.has(d ? `${d}/${l}` : l));
    if (found) return found;
  }
  return undefined;
}

function gitignoresLockfile(repo: Repository, dir: string): boolean {
  return [dir ? `${dir}/.gitignore` : '.gitignore', '.gitignore'].some((f) =>
    (repo.read(f) ?? '').split('\n').some((line) => LOCKFILES.includes(line.trim().replace(/^\//, ''))),
  );
}

export const unreproducibleInstall: Rule = {
  id: 'container/unreproducible-install',
  severity: 'medium',
  title: 'Image installs dependencies without a lockfile',
  remediation:
    'Commit the lockfile (remove it from .gitignore), copy it into the image before installing (`COPY package.json package-lock.json ./`) and install with `npm ci` (`pnpm install --frozen-lockfile`, `yarn install --immutable`).',
  check(repo) {
    return shippedDockerfiles(repo).flatMap((file): RuleHit[] => {
      const text = repo.read(file);
      if (text === undefined) return [];
      const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
      const lockfile = lockfileIn(repo, dir);
      const all = stages(parseDockerfile(text));
      for (const stage of all) {
        let copied = false;
        for (const ins of stageChain(all, stage)
          .reverse()
          .flatMap((s) => s.instructions)) {
          if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !/--from=/.test(ins.args)) {
            const sources = ins.args
              .split(/\s+/)
              .filter((w) => !w.startsWith('--'))
              .slice(0, -1);
            if (sources.some((s) => s === '.' || s === './' || LOCKFILES.some((l) => s.endsWith(l)) || /\*/.test(s)))
              copied = true;
          }
          if (ins.keyword !== 'RUN' || ins.line < stage.from.line || !stage.instructions.includes(ins)) continue;
          if (!PROJECT_INSTALL.test(ins.args)) continue;
          const why = !lockfile
            ? gitignoresLockfile(repo, dir)
              ? 'the lockfile is listed in .gitignore, so none is committed'
              : 'no lockfile is committed'
            : !copied
              ? `${lockfile} is not copied into the image before it`
              : undefined;
          if (why)
            return [
              {
                message: `\`${file}\` installs dependencies at line ${ins.line} (\`${ins.args.slice(0, 60)}\`) but ${why}: each build may resolve other versions than the ones tested.`,
                file,
                line: ins.line,
              },
            ];
        }
      }
      return [];
    });
  },
};
