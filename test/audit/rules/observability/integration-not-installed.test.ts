// observability/integration-not-installed: config names an integration whose package is missing.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'observability/integration-not-installed';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on NEXT_PUBLIC_SENTRY_DSN in env.example without @sentry/*, at the variable line', () => {
    const [finding, ...rest] = fixture('fires-on-sentry-dsn-without-package');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'env.example', line: 3 });
    expect(finding.message).toMatch(/NEXT_PUBLIC_SENTRY_DSN/);
    expect(finding.message).toMatch(/@sentry\/\*/);
  });

  it('fires on a commented-out DSN line: the integration is still documented', () => {
    const [f, ...rest] = fixture('fires-on-commented-out-dsn');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: '.env.example', line: 4 });
    expect(f.message).toContain('NEXT_PUBLIC_SENTRY_DSN');
  });

  it('reports Datadog once per file, at its first variable', () => {
    const [finding, ...rest] = fixture('fires-on-datadog-env');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: '.env.example', line: 2 });
    expect(finding.message).toMatch(/DD_API_KEY \(Datadog\).*dd-trace/);
  });

  it('fires on withSentryConfig in next.config.mjs without the package', () => {
    const [finding, ...rest] = fixture('fires-on-with-sentry-config');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'next.config.mjs', line: 1 });
  });

  it.each([
    'near-miss-sentry-installed', // @sentry/nextjs is a dependency
    'near-miss-python-service-uses-it', // sentry-sdk in a Python service's requirements.txt
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
