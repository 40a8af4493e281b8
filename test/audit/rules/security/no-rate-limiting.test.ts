// security/no-rate-limiting: a server exposing an API without rate limiting.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'security/no-rate-limiting';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on Express routes without a limiter, at the first route', () => {
    const [finding, ...rest] = fixture('fires-on-express-api');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'server.js', line: 6 });
  });

  it('fires on a Next.js route handler under app/api', () => {
    const [finding, ...rest] = fixture('fires-on-next-api-route');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('app/api/users/route.js');
    expect(finding.message).toMatch(/Next\.js app exposes an API/);
  });

  it("fires on a Remix route's form action (a login POST) with no limiter, at the action", () => {
    const [f, ...rest] = fixture('fires-on-remix-login-action');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'app/routes/login.jsx', line: 5 });
  });

  it.each([
    'near-miss-express-rate-limit',
    'near-miss-next-without-api',
    'near-miss-single-page-route', // one GET / that serves a page
    'near-miss-remix-loaders-only', // loaders read, no action accepts a POST // pages only: no API to limit
    'near-miss-upstash-ratelimit',
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
