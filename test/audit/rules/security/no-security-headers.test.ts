// security/no-security-headers: Express/Fastify/Koa without helmet, Next.js without headers().
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'security/no-security-headers';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on an Express server without helmet, where express() is created', () => {
    const [finding, ...rest] = fixture('fires-on-express-without-helmet');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'server.js', line: 3 });
    expect(finding.message).toMatch(/no helmet/);
  });

  it('fires on a Next.js app whose config has no headers() and whose middleware sets none', () => {
    const [finding, ...rest] = fixture('fires-on-next-without-headers');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('next.config.mjs');
    expect(finding.message).toMatch(/middleware\.js sets none/);
  });

  it('fires on a Remix app whose server entry and routes set no security headers', () => {
    const [f, ...rest] = fixture('fires-on-remix-without-headers');
    expect(rest).toEqual([]);
    expect(f.file).toBe('app/entry.server.jsx');
    expect(f.message).toContain('Remix');
  });

  it('fires on a Worker that serves HTML without security headers, where it answers with HTML', () => {
    const [f, ...rest] = fixture('fires-on-worker-serving-html');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'src/chat.mjs', line: 1 });
  });

  it.each([
    'near-miss-remix-root-headers', // a headers export in app/root.jsx
    'near-miss-helmet-fork', // @nichtsam/helmet, called by hand
    'near-miss-worker-json-api', // a Worker that answers JSON only
    'near-miss-helmet',
    'near-miss-manual-headers', // res.setHeader('X-Frame-Options')
    'near-miss-next-config-headers', // async headers() in next.config.js
    'near-miss-next-middleware-headers', // src/middleware.js sets Content-Security-Policy
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
