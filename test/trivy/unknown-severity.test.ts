// A severity Trivy does not write ("CRITICAL " with a space, "SEVERITY_CRITICAL") is not counted as
// low: the report is refused, and the gate fails closed on it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTrivyJson, trivyFindings } from '../../src/lib/reports/trivy-json.js';
import { runDist } from '../support/run-dist.js';

const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures', 'trivy');

function reportWithSeverity(severity: string): string {
  const text = readFileSync(join(FIXTURES, 'debian-buster.json'), 'utf8').replace(
    '"CRITICAL"',
    JSON.stringify(severity),
  );
  const dir = mkdtempSync(join(tmpdir(), 'trivy-sev-'));
  writeFileSync(join(dir, 'trivy-results.json'), text);
  return dir;
}

test.each(['CRITICAL ', 'SEVERITY_CRITICAL', 'critical', 'Critical'])(
  'severity %j fails the gate closed with a one-line reason',
  async (severity) => {
    const ws = reportWithSeverity(severity);
    const run = await runDist('gate', { 'trivy-report': 'trivy-results.json', 'fail-on': 'critical' }, { cwd: ws });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.reasons).toContain(`unknown Trivy severity \`${severity}\``);
  },
);

test("Trivy's own UNKNOWN is read as low, as documented", () => {
  const ws = reportWithSeverity('UNKNOWN');
  const report = parseTrivyJson(readFileSync(join(ws, 'trivy-results.json'), 'utf8'), 'trivy-results.json');
  expect(trivyFindings(report).map((f) => f.severity)).toEqual(['low', 'low']);
});
