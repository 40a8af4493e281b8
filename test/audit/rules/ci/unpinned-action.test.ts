import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'ci/unpinned-action';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on tags and branches, lower for first-party actions, never on local or docker refs', () => {
    const findings = fixture('fires-on-tags-and-branches');
    expect(findings.map((f) => [f.line, f.severity]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [9, 'medium'], // actions/checkout@v4
      [10, 'high'], // aquasecurity/trivy-action@master
      [11, 'high'], // docker/build-push-action@v6
    ]);
    expect(findings.find((f) => f.line === 10)?.message).toContain('`aquasecurity/trivy-action@master`');
  });

  it('does not fire on full commit SHAs', () => {
    expect(fixture('near-miss-sha-pinned')).toEqual([]);
  });
});
