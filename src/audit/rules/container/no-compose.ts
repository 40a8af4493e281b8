// container/no-compose: an app that needs a database or cache server, with no compose file for local
// and test parity. SQLite (a file) and Cloudflare D1 need no service; a setup script that writes
// and starts the compose file (`docker compose up` in a script a package script runs) counts.
import type { Rule } from '../rule.js';
import { composeFiles, isWorkerPackage, serverApps, serviceDatabaseOf } from '../../../lib/repository/facts.js';
import type { Repository } from '../../../lib/repository/repository.js';

const STARTS_COMPOSE = /docker[ -]compose\b[^\n]*\bup\b|compose\.ya?ml|docker-compose\.ya?ml/;
const RUN_FILE = /\b(?:node|tsx|ts-node|bun|sh|bash)\s+(?:--?[\w-]+\s+)*((?:\.\/)?[\w./-]+\.(?:[cm]?[jt]s|sh))\b/g;

function composeWrittenByScript(repo: Repository): boolean {
  return repo.fact('composeWrittenByScript', () =>
    repo.packages.some((pkg) =>
      Object.values(pkg.scripts).some((command) => {
        // Neither pattern matches without `compose` or a file's `.` (`tsc`, `jest` hold neither).
        if (!command.includes('compose') && !command.includes('.')) return false;
        if (STARTS_COMPOSE.test(command)) return true;
        for (const m of command.matchAll(RUN_FILE)) {
          const file = (pkg.dir ? `${pkg.dir}/` : '') + m[1].replace(/^\.\//, '');
          if (STARTS_COMPOSE.test(repo.read(file) ?? '')) return true;
        }
        return false;
      }),
    ),
  );
}

export const noCompose: Rule = {
  id: 'container/no-compose',
  severity: 'medium',
  title: 'No compose file for the services the app needs',
  remediation:
    'Add a compose.yaml that starts the app with the same database/cache it uses in production (e.g. postgres:16, redis:7), so developers and CI test against the real thing.',
  check(repo) {
    const apps = serverApps(repo).filter((a) => !isWorkerPackage(repo, a.pkg));
    if (!apps.length || composeFiles(repo).length) return [];
    for (const app of apps) {
      const db = serviceDatabaseOf(repo, app.pkg);
      if (db && !composeWrittenByScript(repo)) {
        return [
          {
            message: `\`${app.pkg.file}\` depends on \`${db}\` but there is no docker-compose/compose file to run that service locally and in tests.`,
            file: app.pkg.file,
          },
        ];
      }
    }
    return [];
  },
};
