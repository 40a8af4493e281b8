import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'ci/no-ci-workflow';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires as critical on an app with no workflow', () => {
    const [f, ...rest] = fixture('fires-on-app-without-workflows');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'package.json', severity: 'critical' });
    expect(f.message).toMatch(/before it is deployed/);
  });

  it('fires as high (not critical) on a library with no workflow', () => {
    const [f] = fixture('fires-on-library-without-workflows');
    expect(f.severity).toBe('high');
  });

  it('fires when the only workflows lint and scan, naming them', () => {
    const [f, ...rest] = fixture('fires-on-lint-and-scan-only');
    expect(rest).toEqual([]);
    expect(f.severity).toBe('critical');
    expect(f.message).toContain('.github/workflows/semgrep.yml');
  });

  it.each(['near-miss-gitlab-ci', 'near-miss-workflow-present', 'near-miss-empty-repository'])(
    'does not fire: %s',
    (name) => {
      expect(fixture(name)).toEqual([]);
    },
  );
});
