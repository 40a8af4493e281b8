// observability/no-structured-logging: server code logs with console.* and no structured logger is
// installed, so production logs cannot be searched by field, level or request (seeds 001, 003).
import { runningServerApps } from '../../../lib/repository/running-server.js';
import { scanOrder } from '../../../lib/repository/source-scan.js';
import { isNextApp, type AppInfo } from '../../../lib/repository/facts.js';
import type { Rule, RuleHit } from '../rule.js';

const STRUCTURED_LOGGER =
  /^(?:pino|pino-http|pino-pretty|nestjs-pino|winston|express-winston|nest-winston|bunyan|tslog|roarr|log4js|loglevel-plugin-remote|@logtail\/.+|@axiomhq\/.+|next-logger|@google-cloud\/logging(?:-winston|-bunyan)?|@aws-lambda-powertools\/logger|@datadog\/browser-logs|signale|consola|evlog|@opentelemetry\/api-logs|@hono\/.*logger)$/;
const NEXT_SERVER_FILE =
  /(?:^|\/)(?:route|middleware|proxy|instrumentation|actions)\.[cm]?[jt]sx?$|(?:^|\/)pages\/api\/|(?:^|\/)server\/|\.server\.[cm]?[jt]sx?$/;
const CONSOLE_CALL = /\bconsole\.(?:log|info|warn|error|debug)\s*\(/;

const BROWSER_RENDERING = new Set(['@remix-run/node', '@remix-run/serve', '@react-router/serve']);

function rendersInBrowser(app: AppInfo): boolean {
  const deps = { ...app.pkg.dependencies, ...app.pkg.devDependencies };
  return (
    isNextApp(app) ||
    BROWSER_RENDERING.has(app.frameworkDep) ||
    ['@remix-run/react', 'react-router', '@react-router/node'].some((d) => d in deps)
  );
}

export const noStructuredLogging: Rule = {
  id: 'observability/no-structured-logging',
  severity: 'medium',
  title: 'No structured logging',
  remediation:
    'Log through a structured logger (pino, winston) that writes JSON with a level, a timestamp and a request id, and ship those logs to a searchable store.',
  check(repo) {
    const hits: RuleHit[] = [];
    for (const app of runningServerApps(repo)) {
      const deps = [...Object.keys(app.pkg.dependencies), ...Object.keys(app.pkg.devDependencies)];
      if (deps.some((d) => STRUCTURED_LOGGER.test(d)) || repo.hasDependency(STRUCTURED_LOGGER, { runtimeOnly: true }))
        continue;
      // In a Next.js, Remix or React Router app most files render in the browser too, where console
      // is the only logger; only server code (route handlers, API routes, middleware, server/
      // folders, *.server.* modules) counts.
      const files = rendersInBrowser(app)
        ? scanOrder(repo, app.pkg.dir).filter((f) => NEXT_SERVER_FILE.test(f))
        : scanOrder(repo, app.pkg.dir);
      const call = repo.findInFiles(files, CONSOLE_CALL);
      if (!call) continue;
      hits.push({
        message: `The ${app.framework} app in ${app.pkg.file} logs with \`${call.match[0].replace(/\s*\($/, '')}\` (${call.file}:${call.line}) and has no structured logger (pino, winston, bunyan...)`,
        file: call.file,
        line: call.line,
      });
    }
    return hits;
  },
};
