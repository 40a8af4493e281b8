// Findings of one rule on one of its fixture repositories (test/fixtures/audit/<rule id>/<fixture>/).
// A fixture that does not read cleanly (invalid YAML, a bad package.json) would make a near-miss pass
// for the wrong reason, so read warnings fail the test here.
import type { Finding } from '../../src/lib/findings.js';
import { auditFixture } from './audit-fixture.js';

export function ruleFixture(ruleId: string): (fixture: string) => Finding[] {
  return (fixture) => {
    const result = auditFixture(`${ruleId}/${fixture}`);
    if (result.warnings.length)
      throw new Error(`fixture ${ruleId}/${fixture} has read warnings: ${JSON.stringify(result.warnings)}`);
    return result.findings.filter((f) => f.ruleId === ruleId);
  };
}
