import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'container/dockerfile-root-user';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on a final stage without USER (a USER in an earlier stage does not count), at its FROM', () => {
    const [f, ...rest] = fixture('fires-on-final-stage-without-user');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'Dockerfile', line: 8 });
    expect(f.message).toContain('FROM node:20-slim');
  });

  it('fires on a final stage that switches back to root, at that USER line', () => {
    const [f] = fixture('fires-on-switch-back-to-root');
    expect(f).toMatchObject({ file: 'Dockerfile', line: 4 });
    expect(f.message).toContain('USER root');
  });

  it('fires on a final stage built FROM an earlier stage that sets no USER either', () => {
    const [f, ...rest] = fixture('fires-on-final-stage-from-rootful-base');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'Dockerfile', line: 9 });
  });

  it.each([
    'near-miss-non-root-user',
    'near-miss-distroless-nonroot',
    'near-miss-dev-workspace-images',
    'near-miss-user-set-in-base-stage',
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
