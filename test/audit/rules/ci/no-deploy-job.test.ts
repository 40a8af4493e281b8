import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'ci/no-deploy-job';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires when workflows only test an app that has a Dockerfile', () => {
    const [f, ...rest] = fixture('fires-on-tests-only');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: '.github/workflows/ci.yml', severity: 'high' });
  });

  it.each([
    'near-miss-wrangler-deploy',
    'near-miss-docker-push',
    'near-miss-build-push-fork', // a fork of docker/build-push-action with outputs: ...,push=true
    'near-miss-imagetools-create', // docker buildx imagetools create publishes the manifest
    'near-miss-docker-push-in-script', // the step runs scripts/publish.sh, which runs docker push
    'near-miss-deploy-hook',
    'near-miss-library',
    'near-miss-vercel-git-integration',
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
