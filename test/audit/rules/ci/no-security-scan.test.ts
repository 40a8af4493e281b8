import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'ci/no-security-scan';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires when no workflow scans dependencies', () => {
    const [f, ...rest] = fixture('fires-on-tests-only');
    expect(rest).toEqual([]);
    expect(f.file).toBe('.github/workflows/ci.yml');
  });

  it.each(['near-miss-npm-audit', 'near-miss-codeql', 'near-miss-audit-script'])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
