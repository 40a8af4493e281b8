// The bundled Trivy action run like the runner runs it, installing the stand-in from a loopback
// release server and reading Trivy's real reports.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDist } from '../support/run-dist.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';
import { startReleaseServer, type ReleaseServer } from '../support/trivy-release-server.js';

const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures', 'trivy');
let server: ReleaseServer;
beforeAll(async () => {
  server = await startReleaseServer('0.69.3');
});
afterAll(() => server.close());

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'trivy-ws-'));
  writeFileSync(join(dir, 'package-lock.json'), '{}\n');
  return dir;
}

async function scan(
  report: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  ws = workspace(),
) {
  const log = join(ws, 'trivy-calls.log');
  const run = await runDist(
    'trivy',
    { 'download-url': server.url, ...inputs },
    {
      cwd: ws,
      env: {
        STANDIN_REPORT: join(FIXTURES, report),
        STANDIN_SARIF: join(FIXTURES, 'alpine-310.sarif'),
        STANDIN_LOG: log,
        ...env,
      },
    },
  );
  return { ...run, ws, calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
}

test('an fs scan below the gate passes, writes JSON and SARIF from one run, and sets every output', async () => {
  const run = await scan('npm.json');
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ critical: '0', high: '0', medium: '1', low: '0', total: '1', passed: 'true' });
  expect(JSON.parse(readFileSync(run.outputs['json-file'], 'utf8')).SchemaVersion).toBe(2);
  expect(sarifSchemaErrors(JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8')))).toEqual([]);
  // One scan, then one conversion of that scan's JSON; Trivy never applies an ignore file itself.
  expect(run.calls).toHaveLength(2);
  expect(run.calls[0]).toMatch(
    /^fs --format json --output \S+trivy-results\.json --exit-code 0 .*--ignorefile \S+empty\.trivyignore/,
  );
  expect(run.calls[1]).toMatch(/^convert --format sarif --output \S+trivy-results\.sarif \S+filtered\.json$/);
  expect(run.stdout).toMatch(/::warning title=CVE-2019-11358[^,]*,file=package-lock\.json,line=11::/);
  expect(run.summary).toContain('✅ **Passed** (fail-on: critical, high)');
  expect(run.summary).toContain('| Vulnerabilities | 0 | 0 | 1 | 0 |');
});

test('a critical fails the gate with the count in the message', async () => {
  const run = await scan('debian-buster.json', { 'scan-type': 'image', target: 'debian:10' });
  expect(run.exitCode).toBe(1);
  expect(run.outputs).toMatchObject({ critical: '1', low: '1', passed: 'false' });
  expect(run.stdout).toContain(
    '::error::Trivy gate: 1 finding at critical (1) remain after ignores (fail-on: critical, high)',
  );
  expect(run.calls[0]).toMatch(/^image .* debian:10$/);
});

test('an ignore with an expiry in the future lets it pass; the summary lists it', async () => {
  const ws = workspace();
  writeFileSync(
    join(ws, '.trivyignore.yaml'),
    'vulnerabilities:\n  - id: CVE-2019-18224\n    statement: fixed in the next base image\n    expired_at: 2099-01-01\n',
  );
  const run = await scan('debian-buster.json', { 'scan-type': 'image', target: 'debian:10' }, {}, ws);
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ critical: '0', passed: 'true' });
  expect(run.summary).toContain('fixed in the next base image');
});

test('an ignore entry without expiry fails before anything runs', async () => {
  const ws = workspace();
  writeFileSync(join(ws, '.trivyignore'), 'CVE-2019-18224\n');
  const run = await scan('debian-buster.json', {}, {}, ws);
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/::error::\S+\.trivyignore:1: ignore of CVE-2019-18224 has no expiry/);
  expect(run.calls).toEqual([]);
});

test('moves to the next database repository when one rate-limits', async () => {
  const run = await scan('npm.json', {}, { STANDIN_RATE_LIMITED: 'mirror.gcr.io/aquasec/trivy-db:2' });
  expect(run.exitCode).toBe(0);
  expect(run.calls.filter((c) => c.startsWith('fs '))).toHaveLength(2);
  expect(run.calls[1]).toContain('--db-repository ghcr.io/aquasecurity/trivy-db:2');
  expect(run.stdout).toContain(
    '::warning::mirror.gcr.io/aquasec/trivy-db:2 is rate-limiting database downloads; trying ghcr.io/aquasecurity/trivy-db:2',
  );
});

test('fails closed when the output cannot be read, and only warns with on-error: warn', async () => {
  const ws = workspace();
  const broken = join(ws, 'broken.json');
  writeFileSync(broken, '{"not": "trivy"');
  const closed = await runDist(
    'trivy',
    { 'download-url': server.url },
    { cwd: ws, env: { STANDIN_REPORT: broken, STANDIN_SARIF: join(FIXTURES, 'alpine-310.sarif') } },
  );
  expect(closed.exitCode).toBe(1);
  expect(closed.stdout).toMatch(
    /::error::Trivy gate failed closed: the scan did not complete: \S+trivy-results\.json is not valid JSON/,
  );
  expect(closed.outputs.passed).toBe('false');
  const warned = await runDist(
    'trivy',
    { 'download-url': server.url, 'on-error': 'warn' },
    { cwd: ws, env: { STANDIN_REPORT: broken, STANDIN_SARIF: join(FIXTURES, 'alpine-310.sarif') } },
  );
  expect(warned.exitCode).toBe(0);
  expect(warned.stdout).toContain('::warning::Trivy gate not enforced (on-error: warn)');
  expect(warned.outputs.passed).toBe('false');
});

test.each([
  [{ 'scan-type': 'sbom' }, 'input `scan-type` must be one of fs, image, config, repo (got `sbom`)'],
  [{ severity: 'SEVERE' }, 'input `severity` must list some of UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL (got `SEVERE`)'],
  [
    { 'fail-on': 'critical,urgent' },
    'input `fail-on` must list some of critical, high, medium, low, or be none (got `urgent`)',
  ],
  [{ target: 'no/such/dir' }, 'input `target`: no/such/dir does not exist'],
  [{ 'ignore-file': 'missing.yaml' }, 'input `ignore-file`: missing.yaml does not exist'],
])('rejects %j with one line naming the input', async (inputs, message) => {
  const run = await scan('npm.json', inputs);
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain(`::error::${message}`);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
});
