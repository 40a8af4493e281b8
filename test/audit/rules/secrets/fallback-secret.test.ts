import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'secrets/fallback-secret';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on each secret that falls back to a literal (|| and ??), naming the variable, never the value', () => {
    const findings = fixture('fires-on-env-fallbacks');
    expect(findings.map((f) => [f.file, f.line])).toEqual([
      ['src/config.ts', 2],
      ['src/config.ts', 3],
    ]);
    expect(findings[0].message).toContain('JWT_SECRET');
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/dev-jwt-secret|changeme/);
  });

  it('does not fire on a required secret, public or non-secret names, an empty fallback, or test set-up', () => {
    expect(fixture('near-miss-required-and-public')).toEqual([]);
  });
});
