// container/next-standalone-missing: a containerised Next.js app without output: 'standalone'.
import type { Rule } from '../rule.js';
import { dockerfiles, isNextApp, serverApps } from '../../../lib/repository/facts.js';

export const nextStandaloneMissing: Rule = {
  id: 'container/next-standalone-missing',
  severity: 'medium',
  title: "Next.js image without output: 'standalone'",
  remediation:
    "Set `output: 'standalone'` in next.config and copy `.next/standalone` and `.next/static` into the final stage: the image shrinks from the whole node_modules to the files the server needs.",
  check(repo) {
    if (!dockerfiles(repo).length) return [];
    return serverApps(repo)
      .filter(isNextApp)
      .flatMap((app) => {
        const prefix = app.pkg.dir ? `${app.pkg.dir}/` : '';
        const configs = repo.glob(`${prefix}next.config.{js,mjs,cjs,ts}`);
        const text = configs.map((f) => repo.read(f) ?? '').join('\n');
        if (/output\s*:\s*['"](standalone|export)['"]/.test(text)) return [];
        const file = configs[0] ?? app.pkg.file;
        return [
          {
            message: `\`${file}\` does not set output: 'standalone', but the Next.js app is built into a container image (${dockerfiles(repo)[0]}).`,
            file,
          },
        ];
      });
  },
};
