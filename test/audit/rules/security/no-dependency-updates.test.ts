// security/no-dependency-updates: no Dependabot or Renovate configuration.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'security/no-dependency-updates';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires when package.json has dependencies and nothing updates them', () => {
    const [finding, ...rest] = fixture('fires-without-dependabot-or-renovate');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('package.json');
    expect(finding.message).toMatch(/dependabot\.yml/);
  });

  it.each([
    'near-miss-dependabot',
    'near-miss-renovate-in-package-json', // "renovate" key in package.json
    'near-miss-no-manifest', // nothing to update
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
