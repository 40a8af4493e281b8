import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'observability/error-details-exposed';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it("fires on a stack trace in an error response and on a 500's own message", () => {
    const findings = fixture('fires-on-stack-and-500-message');
    expect(findings.map((f) => [f.file, f.line])).toEqual([
      ['src/errors.js', 4],
      ['src/orders.js', 5],
    ]);
    expect(findings[0].message).toContain('stack trace');
  });

  it('does not fire on a stack only under a development guard, a logged stack, or a 400 message', () => {
    expect(fixture('near-miss-dev-guard-and-logging')).toEqual([]);
  });
});
