import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'container/unreproducible-install';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on an install whose lockfile .gitignore keeps out of the repository', () => {
    const [f, ...rest] = fixture('fires-on-gitignored-lockfile');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'Dockerfile', line: 4 });
    expect(f.message).toContain('.gitignore');
  });

  it('fires on an install that runs before the committed lockfile is copied in', () => {
    const [f, ...rest] = fixture('fires-on-lockfile-not-copied');
    expect(rest).toEqual([]);
    expect(f.message).toContain('package-lock.json is not copied');
  });

  it('does not fire on npm ci after copying the lockfile (a global tool install is not the project install)', () => {
    expect(fixture('near-miss-npm-ci-with-lockfile')).toEqual([]);
  });
});
