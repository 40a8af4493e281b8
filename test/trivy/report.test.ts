// Trivy's own JSON outputs (../shared/fixtures/trivy) read into findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countBySeverity } from '../../src/lib/findings.js';
import { parseTrivyJson, trivyFindings, withoutFindings } from '../../src/lib/reports/trivy-json.js';

const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures', 'trivy');
const read = (name: string) => parseTrivyJson(readFileSync(join(FIXTURES, name), 'utf8'), name);
const findings = (name: string) => trivyFindings(read(name));

describe('Trivy JSON v2', () => {
  it.each([
    ['alpine-310.json', { critical: 0, high: 0, medium: 4, low: 0 }],
    ['debian-buster.json', { critical: 1, high: 0, medium: 0, low: 1 }],
    ['debian-buster-ignore-unfixed.json', { critical: 1, high: 0, medium: 0, low: 0 }],
    ['centos-7.json', { critical: 0, high: 0, medium: 1, low: 2 }],
    ['npm.json', { critical: 0, high: 0, medium: 1, low: 0 }],
    ['yarn.json', { critical: 0, high: 0, medium: 1, low: 0 }],
    ['pnpm.json', { critical: 1, high: 0, medium: 1, low: 0 }],
    ['dockerfile.json', { critical: 0, high: 1, medium: 0, low: 0 }],
    ['secrets.json', { critical: 1, high: 1, medium: 0, low: 0 }],
  ])('%s gives the severities Trivy reported', (name, counts) => {
    expect(countBySeverity(findings(name))).toEqual(counts);
  });

  it('points lockfile vulnerabilities at the package lines Trivy located', () => {
    const [jquery] = findings('npm.json');
    expect(jquery).toMatchObject({
      scanner: 'vuln',
      id: 'CVE-2019-11358',
      file: 'package-lock.json',
      line: 11,
      endLine: 15,
      pkgName: 'jquery',
      installedVersion: '3.3.9',
      fixedVersion: '3.4.0',
    });
    expect(jquery.remediation).toBe('Upgrade jquery to 3.4.0 or later.');
    expect(jquery.helpUri).toMatch(/^https:\/\//);
  });

  it('gives OS package findings no file (the target is an image, not a repository path)', () => {
    const [bash, libidn] = findings('debian-buster.json');
    expect(bash.file).toBeUndefined();
    expect(bash.fixedVersion).toBeUndefined();
    expect(bash.message).toContain('no fix released yet');
    expect(libidn.severity).toBe('critical');
  });

  it('reads failed misconfigurations with their id', () => {
    const [ds] = findings('dockerfile.json');
    expect(ds).toMatchObject({ scanner: 'misconfig', id: 'DS-0002', file: 'Dockerfile', severity: 'high' });
  });

  it('reports secrets at their line and never copies the matched text', () => {
    const secrets = findings('secrets.json');
    expect(secrets.map((s) => [s.id, s.file, s.line])).toEqual([
      ['aws-access-key-id', 'deploy.sh', 3],
      ['mysecret', 'deploy.sh', 7],
    ]);
    const raw = readFileSync(join(FIXTURES, 'secrets.json'), 'utf8');
    const match = /"Match": "([^"]+)"/.exec(raw)![1];
    for (const s of secrets) expect(JSON.stringify(s)).not.toContain(match);
  });

  it('drops exactly the given findings from a copy of the report', () => {
    const report = read('pnpm.json');
    const all = trivyFindings(report);
    const copy = withoutFindings(
      report,
      all.filter((f) => f.id === 'CVE-2019-10744'),
    );
    expect(trivyFindings(copy).map((f) => f.id)).toEqual(['CVE-2019-11358']);
    expect(trivyFindings(report)).toHaveLength(2); // the original is untouched
  });

  it.each([
    ['not json', /is not valid JSON/],
    ['[]', /is not a Trivy JSON report/],
    ['{"SchemaVersion": 1, "Results": []}', /SchemaVersion 1/],
  ])('rejects %j', (text, message) => {
    expect(() => parseTrivyJson(text, 'out.json')).toThrow(message);
  });
});
