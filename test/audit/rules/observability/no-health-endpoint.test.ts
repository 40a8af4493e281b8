// observability/no-health-endpoint: a server app with no route a platform can probe.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'observability/no-health-endpoint';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on an Express app whose only route is /api/orders, naming the framework and package', () => {
    const [finding, ...rest] = fixture('fires-on-express-without-health');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('package.json');
    expect(finding.message).toMatch(/Express app in package\.json has no health route/);
  });

  it('fires when health paths appear only as clients and data (a fetch of /api/health, a sitemap)', () => {
    const [finding, ...rest] = fixture('fires-on-health-clients-only');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('package.json');
  });

  it.each([
    'near-miss-heartbeat-route', // src/app/api/heartbeat/route.ts
    'near-miss-sveltekit-platform-adapter', // adapter-vercel: functions per request, no process to probe
    'near-miss-next-health-route', // app/api/health/route.js
    'near-miss-express-healthz', // app.get('/healthz')
    'near-miss-worker', // a Cloudflare Worker is not a server app to probe
    'near-miss-remix-flat-route', // app/routes/api.healthcheck.js
    'near-miss-nest-health-module', // src/health/health.controller.js
    'near-miss-next-static-export', // output: 'export' builds a static site: no server to probe
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
