// observability/integration-not-installed: the configuration names an integration (an env example
// lists NEXT_PUBLIC_SENTRY_DSN) but its package is not installed, so the team believes errors are
// tracked while nothing reports them (seed 002).
import { posix } from 'node:path';
import { INTEGRATIONS, installedIntegration } from '../../../lib/repository/integrations.js';
import type { Repository } from '../../../lib/repository/repository.js';
import type { Rule, RuleHit } from '../rule.js';

/** Environment files, examples included: they document what the app expects to be configured. */
const ENV_FILE = /^(?:\.env(?:\.[\w.-]+)?|[\w.-]*\.env|env\.(?:example|sample|template|local|dist)|\.env[\w.-]*)$/;
const TEST_PATH = /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|testdata)\//;
/** Framework configs that wire an integration in code (withSentryConfig in next.config.mjs). */
const CONFIG_FILE =
  /^(?:next|nuxt|vite|astro|svelte|remix)\.config\.[cm]?[jt]s$|^instrumentation(?:-client)?\.[jt]s$|^sentry\.(?:client|server|edge)\.config\.[jt]s$/;
const CONFIG_USE: [string, RegExp][] = [
  ['Sentry', /withSentryConfig|from\s+['"]@sentry\/|require\(['"]@sentry\//],
  ['OpenTelemetry', /from\s+['"]@(?:opentelemetry|vercel\/otel)\b|registerOTel/],
  ['Datadog', /from\s+['"](?:dd-trace|@datadog\/)|require\(['"]dd-trace/],
];

export const integrationNotInstalled: Rule = {
  id: 'observability/integration-not-installed',
  severity: 'high',
  title: 'Configured integration is not installed',
  remediation:
    "Install the integration's package and initialise it (e.g. `npm install @sentry/nextjs` and `npx @sentry/wizard -i nextjs`), or delete the unused variables so nobody relies on monitoring that does not exist.",
  check(repo) {
    if (repo.packages.length === 0) return [];
    const hits: RuleHit[] = [];
    const reported = new Set<string>();
    // Only env and config files can hit: the base-name index finds them without a pass over every file.
    for (const file of repo.namedFiles((base) => ENV_FILE.test(base) || CONFIG_FILE.test(base))) {
      const base = posix.basename(file);
      if (TEST_PATH.test(file) || file.includes('node_modules/')) continue;
      if (ENV_FILE.test(base)) envFileHits(repo, file, reported, hits);
      else if (CONFIG_FILE.test(base)) configFileHits(repo, file, reported, hits);
    }
    return hits;
  },
};

function envFileHits(repo: Repository, file: string, reported: Set<string>, hits: RuleHit[]): void {
  const lines = (repo.read(file) ?? '').split('\n');
  for (const integration of INTEGRATIONS) {
    const key = `${integration.name}:${file}`;
    if (reported.has(key)) continue;
    // A commented-out line (`# NEXT_PUBLIC_SENTRY_DSN=""`) still documents the integration.
    const index = lines.findIndex((l) => {
      const m = /^\s*(?:#\s*)?(?:export\s+)?([A-Za-z_][\w]*)\s*=/.exec(l);
      return !!m && integration.envName.test(m[1]);
    });
    if (index < 0 || installedIntegration(repo, integration)) continue;
    reported.add(key);
    const variable = /^\s*(?:#\s*)?(?:export\s+)?([A-Za-z_][\w]*)/.exec(lines[index])![1];
    hits.push({
      message: `${file} names ${variable} (${integration.name}) but no ${integration.name} package (${integration.packageHint}) is a dependency`,
      file,
      line: index + 1,
    });
  }
}

function configFileHits(repo: Repository, file: string, reported: Set<string>, hits: RuleHit[]): void {
  for (const [name, use] of CONFIG_USE) {
    const integration = INTEGRATIONS.find((i) => i.name === name)!;
    const key = `${name}:${file}`;
    if (reported.has(key)) continue;
    const found = repo.find(file, use);
    if (!found || installedIntegration(repo, integration)) continue;
    reported.add(key);
    hits.push({
      message: `${file} uses ${name} (\`${found.match[0].trim()}\`) but no ${name} package (${integration.packageHint}) is a dependency`,
      file,
      line: found.line,
    });
  }
}
