// observability/no-error-tracking: something is deployed and no error tracker is installed.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'observability/no-error-tracking';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on a deployed Express app without any tracker', () => {
    const [finding, ...rest] = fixture('fires-on-deployed-app-without-tracker');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'package.json', severity: 'high' });
    expect(finding.message).toMatch(/Sentry, Datadog/);
  });

  it.each([
    'near-miss-sentry-installed', // @sentry/node
    'near-miss-library', // nothing deployed
    'near-miss-python-backend-with-sentry', // sentry-sdk in requirements.txt
    'near-miss-static-site', // a Vite site on Netlify runs no server code
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
