import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'container/database-port-published';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on each database service published on every interface, never on the app', () => {
    const findings = fixture('fires-on-all-interfaces');
    expect(findings.map((f) => [f.file, f.line])).toEqual([
      ['compose.yaml', 9],
      ['compose.yaml', 13],
    ]);
    expect(findings[0].message).toContain('`db`');
  });

  it('does not fire on loopback bindings (short and long syntax) or expose-only services', () => {
    expect(fixture('near-miss-loopback-and-internal')).toEqual([]);
  });
});
