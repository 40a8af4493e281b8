import { readFileSync } from 'node:fs';
import { sarifSchemaErrors } from '../support/sarif-schema.js';
import { toSarif } from '../../src/lib/reports/sarif.js';

const tool = { name: 'shipshape', version: '0.1.0', informationUri: 'https://github.com/shipshape/shipshape' };

describe('toSarif', () => {
  it('writes SARIF 2.1.0 that the official schema accepts, with file and repository-wide results', () => {
    const log = toSarif(tool, [
      {
        ruleId: 'ci/unpinned-action',
        severity: 'high',
        title: 'Unpinned',
        message: 'uses x@v1',
        file: '.github/workflows/ci.yml',
        line: 3,
        remediation: 'Pin it',
      },
      {
        ruleId: 'docs/no-runbook',
        severity: 'low',
        title: 'No runbook',
        message: 'none found',
        remediation: 'Write one',
      },
    ]) as {
      runs: {
        results: { ruleIndex: number; locations: { physicalLocation: { region?: unknown } }[] }[];
        tool: { driver: { rules: { id: string }[] } };
      }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['ci/unpinned-action', 'docs/no-runbook']);
    expect(run.results[1].ruleIndex).toBe(1);
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 3 });
    expect(run.results[1].locations[0].physicalLocation.region).toBeUndefined();
  });

  it("the validator accepts Trivy's real SARIF and rejects a broken log", () => {
    const trivy = JSON.parse(readFileSync('../shared/fixtures/trivy/alpine-310.sarif', 'utf8'));
    expect(sarifSchemaErrors(trivy)).toEqual([]);
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: {} }] }).length).toBeGreaterThan(0);
  });
});
