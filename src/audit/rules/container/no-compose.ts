// container/no-compose: an app that needs a database or cache, with no compose file for local and
// test parity.
import type { Rule } from '../rule.js';
import { DATABASE_DEPENDENCIES, serverApps } from '../../model/facts.js';

const COMPOSE = /^(docker-)?compose(\.[\w-]+)?\.ya?ml$/;

export const noCompose: Rule = {
  id: 'container/no-compose',
  severity: 'medium',
  title: 'No compose file for the services the app needs',
  remediation:
    'Add a compose.yaml that starts the app with the same database/cache it uses in production (e.g. postgres:16, redis:7), so developers and CI test against the real thing.',
  check(repo) {
    const apps = serverApps(repo);
    if (!apps.length || repo.byName(COMPOSE).length) return [];
    for (const app of apps) {
      const deps = { ...app.pkg.dependencies, ...app.pkg.devDependencies };
      const db =
        DATABASE_DEPENDENCIES.find((d) => d in deps) ??
        (repo.byName('schema.prisma').length ? 'prisma (schema.prisma)' : undefined);
      if (db) {
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
