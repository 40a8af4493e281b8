import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'ci/server-start-without-readiness';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires at the sleep that follows a backgrounded server', () => {
    const [f, ...rest] = fixture('fires-on-fixed-sleep');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: '.github/workflows/e2e.yml', line: 12 });
    expect(f.message).toContain('`npm start &` (line 11)');
    expect(f.message).toContain('`sleep 10`');
  });

  it.each(['near-miss-wait-on', 'near-miss-curl-retry', 'near-miss-sleep-without-server'])(
    'does not fire: %s',
    (name) => {
      expect(fixture(name)).toEqual([]);
    },
  );
});
