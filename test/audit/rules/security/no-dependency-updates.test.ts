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

  it('fires when dependabot.yml covers only github-actions while package.json has dependencies', () => {
    const [finding, ...rest] = fixture('fires-on-dependabot-actions-only');
    expect(rest).toEqual([]);
    expect(finding.file).toBe('.github/dependabot.yml');
    expect(finding.message).toContain('not npm');
  });

  it.each([
    'near-miss-no-dependencies', // a package.json with no dependencies has nothing to update
    'near-miss-dependabot',
    'near-miss-renovate-in-package-json', // "renovate" key in package.json
    'near-miss-no-manifest', // nothing to update
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
