import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'container/unpinned-base-image';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on an untagged base, `latest` and a tag without a version (`alpine`), at each FROM', () => {
    const findings = fixture('fires-on-latest-and-untagged');
    expect(findings.map((f) => [f.file, f.line])).toEqual([
      ['Dockerfile', 1],
      ['Dockerfile', 6],
      ['Dockerfile.worker', 1],
    ]);
    expect(findings[0].message).toContain('with no tag');
    expect(findings[1].message).toContain('`latest`, which names no version');
  });

  it('does not fire on a version from an ARG default, a digest, or a dev-container image', () => {
    expect(fixture('near-miss-versioned-and-digest')).toEqual([]);
  });
});
