import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'container/next-standalone-missing';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on a containerised Next.js app whose next.config lacks output standalone', () => {
    const [f, ...rest] = fixture('fires-on-containerised-next-without-standalone');
    expect(rest).toEqual([]);
    expect(f.file).toBe('next.config.js');
    expect(f.message).toContain('Dockerfile');
  });

  it.each(['near-miss-standalone-set', 'near-miss-not-containerised'])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
