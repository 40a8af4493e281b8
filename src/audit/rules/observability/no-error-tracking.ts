// observability/no-error-tracking: something is deployed but no error tracker is installed, so
// production errors are only seen when a user complains (seed 003: "No Sentry/Datadog").
import { dockerfiles, hasWorker, serverApps } from '../../../lib/repository/facts.js';
import { hasErrorTracker } from '../../../lib/repository/integrations.js';
import type { Repository } from '../../../lib/repository/repository.js';
import type { Rule } from '../rule.js';

export const noErrorTracking: Rule = {
  id: 'observability/no-error-tracking',
  severity: 'high',
  title: 'No error tracking',
  remediation:
    'Install an error tracker for the runtime you deploy (`@sentry/nextjs`, `@sentry/node`, `toucan-js` on Workers, Datadog, Bugsnag, Rollbar, OpenTelemetry) and set its DSN/key as a secret in the deploy environment.',
  check(repo) {
    if (!runsCode(repo) || repo.packages.length === 0) return [];
    if (hasErrorTracker(repo)) return [];
    const pkg = serverApps(repo)[0]?.pkg ?? repo.rootPackage ?? repo.packages[0];
    return [
      {
        message: `No error tracker is a dependency of any package (looked for Sentry, Datadog, New Relic, Bugsnag, Rollbar, Honeybadger, OpenTelemetry in ${repo.packages.length} package.json file${repo.packages.length === 1 ? '' : 's'})`,
        file: pkg.file,
      },
    ];
  },
};

/**
 * Something executes in production: a server app, a Worker, a container or a process platform.
 * A static site on Netlify/Vercel alone is not counted: an error tracker there is optional.
 */
function runsCode(repo: Repository): boolean {
  return (
    serverApps(repo).length > 0 ||
    hasWorker(repo) ||
    dockerfiles(repo).length > 0 ||
    repo.byName(/^(?:Procfile|render\.ya?ml|fly\.toml|app\.ya?ml|railway\.(?:json|toml)|nixpacks\.toml)$/).length > 0
  );
}
