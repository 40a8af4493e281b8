// secrets/committed-config: a tracked file holds a live-looking secret value.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'secrets/committed-config';
const fixture = ruleFixture(rule);
const VALUE = 'q7R2xV9mK4pL8sW3nZ6tB1yF5hJ0cD';

describe(rule, () => {
  it.each([
    ['fires-on-tracked-dotenv', '.env', 3, 'STRIPE_SECRET_KEY'],
    ['fires-on-wrangler-vars-secret', 'wrangler.toml', 6, 'UPSTREAM_API_TOKEN'],
    ['fires-on-compose-environment', 'docker-compose.yml', 6, 'JWT_SECRET'],
    ['fires-on-workflow-env-literal', '.github/workflows/deploy.yml', 9, 'DEPLOY_TOKEN'],
    ['fires-on-wrangler-jsonc-vars', 'wrangler.jsonc', 7, 'SIGNING_SECRET'],
    ['fires-on-render-envvar-value', 'render.yaml', 9, 'JWT_SECRET'],
    ['fires-on-npmrc-auth-token', '.npmrc', 2, '_authToken'],
  ])('%s: reports %s line %i naming the variable, never the value', (name, file, line, variable) => {
    const [finding, ...rest] = fixture(name);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file, line, severity: 'critical' });
    expect(finding.message).toContain(variable);
    expect(finding.message).not.toContain(VALUE);
  });

  it('does not report the local postgres password beside the compose secret', () => {
    expect(
      fixture('fires-on-compose-environment')
        .map((f) => f.message)
        .join('\n'),
    ).not.toMatch(/POSTGRES_PASSWORD/);
  });

  it('reports a default credential in a deployable compose file as a lesser, medium-confidence finding', () => {
    const [finding, ...rest] = fixture('fires-on-compose-default-credential');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'docker-compose.yml', line: 5, severity: 'medium', confidence: 'medium' });
    expect(finding.message).toContain('DATABASE_URL');
    expect(finding.message).toContain('default credential');
  });

  it.each([
    'near-miss-test-placeholders', // a truncated private key in .env.test, the end-to-end compose file under cypress/
    'near-miss-examples-and-references', // .env.example, .env.test fakes, ${VAR}, ${{ secrets.X }}, CI service password
    'near-miss-gitignored-dotenv', // .env and .env.local are ignored by .gitignore: not committed
    'near-miss-platform-secrets-not-in-config', // render sync: false, fly [env] without secrets, wrangler.json vars
    'near-miss-npmrc-env-reference', // _authToken=${NODE_AUTH_TOKEN}
    'near-miss-non-secret-names', // SECRETS_MANAGER_REGION, CACHE_KEY=v1, a mysql container's password, CI test values
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
