// docs/no-runbook: something is deployed and no document says how to operate it.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'docs/no-runbook';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on a deployed app whose README only covers development', () => {
    const [finding, ...rest] = fixture('fires-without-runbook');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'low' });
    expect(finding.message).toMatch(/1 documentation file/);
  });

  it.each([
    'near-miss-docs-runbook', // docs/runbook.md
    'near-miss-readme-incident-section', // "## Incident response" in README.md
    'near-miss-library', // nothing deployed, nothing to operate
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
