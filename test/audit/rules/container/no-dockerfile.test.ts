import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'container/no-dockerfile';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on an Express app with no Dockerfile or build definition, at the framework dependency', () => {
    const [f, ...rest] = fixture('fires-on-express-app-without-dockerfile');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'package.json', line: 7, severity: 'critical' });
    expect(f.message).toMatch(/Express app `package.json` has no Dockerfile/);
  });

  it('fires on a SvelteKit app built with adapter-node, a server it has to package itself', () => {
    const [f, ...rest] = fixture('fires-on-sveltekit-adapter-node');
    expect(rest).toEqual([]);
    expect(f.message).toMatch(/SvelteKit app/);
  });

  it.each([
    'near-miss-fly-toml',
    'near-miss-worker',
    'near-miss-library',
    'near-miss-next-static-export',
    'near-miss-sveltekit-platform-adapter', // adapter-vercel: the platform builds it
    'near-miss-worker-config-untracked', // wrangler deploy from a script, wrangler.jsonc kept out of git
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
