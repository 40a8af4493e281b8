// Error-tracking and telemetry integrations: the packages that install each one and the environment
// variable names that configure it. Shared by observability/no-error-tracking and
// observability/integration-not-installed.
import type { Repository } from './repository.js';

export interface Integration {
  name: string;
  /** Packages that install it (any one is enough). */
  packages: RegExp;
  /** How the packages are named in messages. */
  packageHint: string;
  /** Environment variable names that configure it (NEXT_PUBLIC_SENTRY_DSN, DD_API_KEY...). */
  envName: RegExp;
  /** The word that shows it in a non-JavaScript manifest (requirements.txt, Gemfile, go.mod...). */
  manifestWord: RegExp;
  /** Counts as error tracking (not only logs or traces). */
  tracksErrors: boolean;
}

// Env names may carry a framework prefix for the browser (NEXT_PUBLIC_, VITE_, PUBLIC_...).
const pre = '^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|REACT_APP_|NUXT_PUBLIC_|EXPO_PUBLIC_|GATSBY_)?';

export const INTEGRATIONS: Integration[] = [
  {
    name: 'Sentry',
    packages: /^(?:@sentry\/.+|toucan-js|sentry-expo|@sentry-internal\/.+)$/,
    packageHint: '@sentry/*',
    envName: new RegExp(`${pre}SENTRY_`),
    manifestWord: /sentry/i,
    tracksErrors: true,
  },
  {
    name: 'Datadog',
    packages: /^(?:dd-trace|@datadog\/.+|datadog-.+|hot-shots|connect-datadog)$/,
    packageHint: 'dd-trace or @datadog/*',
    envName: new RegExp(`${pre}(?:DD_|DATADOG_)`),
    manifestWord: /ddtrace|datadog/i,
    tracksErrors: true,
  },
  {
    name: 'New Relic',
    packages: /^(?:newrelic|@newrelic\/.+)$/,
    packageHint: 'newrelic',
    envName: new RegExp(`${pre}NEW_RELIC_`),
    manifestWord: /newrelic/i,
    tracksErrors: true,
  },
  {
    name: 'Bugsnag',
    packages: /^(?:@bugsnag\/.+|bugsnag)$/,
    packageHint: '@bugsnag/*',
    envName: new RegExp(`${pre}BUGSNAG_`),
    manifestWord: /bugsnag/i,
    tracksErrors: true,
  },
  {
    name: 'Rollbar',
    packages: /^(?:rollbar|@rollbar\/.+)$/,
    packageHint: 'rollbar',
    envName: new RegExp(`${pre}ROLLBAR_`),
    manifestWord: /rollbar/i,
    tracksErrors: true,
  },
  {
    name: 'Honeybadger',
    packages: /^@honeybadger-io\/.+$/,
    packageHint: '@honeybadger-io/*',
    envName: new RegExp(`${pre}HONEYBADGER_`),
    manifestWord: /honeybadger/i,
    tracksErrors: true,
  },
  {
    name: 'OpenTelemetry',
    packages: /^(?:@opentelemetry\/.+|@vercel\/otel|@highlight-run\/.+|@microlabs\/otel-cf-workers)$/,
    packageHint: '@opentelemetry/*',
    envName: new RegExp(`${pre}OTEL_`),
    manifestWord: /opentelemetry/i,
    tracksErrors: true,
  },
  {
    name: 'Better Stack (Logtail)',
    packages: /^(?:@logtail\/.+|pino-logtail|winston-logtail)$/,
    packageHint: '@logtail/*',
    envName: new RegExp(`${pre}(?:LOGTAIL_|BETTERSTACK_|BETTER_STACK_)`),
    manifestWord: /logtail|betterstack/i,
    tracksErrors: false,
  },
];

/** Further error trackers that have no env-name convention worth matching. */
const OTHER_TRACKERS =
  /^(?:@appsignal\/.+|elastic-apm-node|@elastic\/apm-rum|raygun|raygun4js|trackjs|@airbrake\/.+|@highlight-run\/.+|@axiomhq\/.+|posthog-node|@baselime\/.+|@logrocket\/.+|logrocket)$/;

export function installedIntegration(repo: Repository, integration: Integration): boolean {
  return (
    repo.hasDependency(integration.packages) || nonJsManifests(repo).some((text) => integration.manifestWord.test(text))
  );
}

/** Any error tracker installed in a package.json or a non-JavaScript manifest. */
export function hasErrorTracker(repo: Repository): string | undefined {
  for (const i of INTEGRATIONS) if (i.tracksErrors && installedIntegration(repo, i)) return i.name;
  if (repo.hasDependency(OTHER_TRACKERS)) return 'an error tracker';
  return undefined;
}

const NON_JS_MANIFEST =
  /^(?:requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|Gemfile|go\.mod|Cargo\.toml|composer\.json|pom\.xml|build\.gradle(?:\.kts)?|mix\.exs)$/;

/** Texts of non-JavaScript dependency manifests (a Python backend may install sentry-sdk). */
function nonJsManifests(repo: Repository): string[] {
  return repo.fact('nonJsManifests', () =>
    repo
      .byName(NON_JS_MANIFEST)
      .slice(0, 50)
      .map((f) => repo.read(f) ?? ''),
  );
}
