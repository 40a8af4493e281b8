import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'ci/unpinned-action';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires once per third-party action@ref in a workflow, naming each line, never on local or docker refs', () => {
    const findings = fixture('fires-on-tags-and-branches');
    expect(findings.map((f) => [f.line, f.severity]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [10, 'high'], // aquasecurity/trivy-action@master
      [11, 'high'], // docker/build-push-action@v6, again at line 17
    ]);
    expect(findings.find((f) => f.line === 10)?.message).toContain('`aquasecurity/trivy-action@master`');
    expect(findings.find((f) => f.line === 11)?.message).toContain('(lines 11, 17)');
  });

  it('lets GitHub-owned actions (actions/*, github/*) keep a tag, as zizmor does by default', () => {
    expect(fixture('near-miss-github-owned-by-tag')).toEqual([]);
  });

  it('does not fire on full commit SHAs', () => {
    expect(fixture('near-miss-sha-pinned')).toEqual([]);
  });
});
