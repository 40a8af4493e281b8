import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'container/no-compose';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on an app that uses PostgreSQL without a compose file, naming the driver', () => {
    const [f, ...rest] = fixture('fires-on-postgres-app-without-compose');
    expect(rest).toEqual([]);
    expect(f.file).toBe('package.json');
    expect(f.message).toContain('`pg`');
  });

  it.each(['near-miss-compose-present', 'near-miss-stateless-app'])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
