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

  it.each(['near-miss-fly-toml', 'near-miss-worker', 'near-miss-library', 'near-miss-next-static-export'])(
    'does not fire: %s',
    (name) => {
      expect(fixture(name)).toEqual([]);
    },
  );
});
