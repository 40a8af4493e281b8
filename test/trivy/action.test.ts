// The bundled Trivy action run like the runner runs it, installing the stand-in from a loopback
// release server and reading Trivy's real reports.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi } from '../support/github-api.js';
import { runDist, visibleLog } from '../support/run-dist.js';
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
        STANDIN_CYCLONEDX: join(process.cwd(), 'test', 'fixtures', 'trivy', 'npm.cdx.json'),
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
  expect(run.calls[1]).toMatch(/^convert --format sarif --output \S+trivy-results\.sarif \S+trivy-kept\.json$/);
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

test("the gate reading kept-json-file respects Trivy's ignores; the raw JSON still holds the ignored critical", async () => {
  const ws = workspace();
  writeFileSync(join(ws, '.trivyignore'), 'CVE-2019-18224 exp:2099-01-01 # fixed in the next base image\n');
  const run = await scan('debian-buster.json', { 'scan-type': 'image', target: 'debian:10' }, {}, ws);
  expect(run.exitCode).toBe(0);
  const kept = run.outputs['kept-json-file'];
  expect(kept).toBe(join(ws, 'trivy-kept.json'));
  const report = JSON.parse(readFileSync(kept, 'utf8'));
  expect(report.Shipshape).toEqual({ IgnoresApplied: true, Ignored: 1 });
  expect(readFileSync(kept, 'utf8')).not.toContain('CVE-2019-18224');
  expect(readFileSync(run.outputs['json-file'], 'utf8')).toContain('CVE-2019-18224');

  const keptGate = await runDist('gate', { 'trivy-report': kept, 'fail-on': 'critical' }, { cwd: ws });
  expect(keptGate.outputs).toMatchObject({ passed: 'true', critical: '0' });
  expect(keptGate.summary).not.toContain('raw report');
  const rawGate = await runDist(
    'gate',
    { 'trivy-report': run.outputs['json-file'], 'fail-on': 'critical' },
    { cwd: ws },
  );
  expect(rawGate.outputs).toMatchObject({ passed: 'false', critical: '1' });
  expect(rawGate.summary).toContain("trivy-results.json is Trivy's raw report, before its ignore file");
});

test('an ignore entry without expiry fails before anything runs', async () => {
  const ws = workspace();
  writeFileSync(join(ws, '.trivyignore'), 'CVE-2019-18224\n');
  const run = await scan('debian-buster.json', {}, {}, ws);
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/::error::\S*\.trivyignore:1: ignore of CVE-2019-18224 has no expiry/);
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
  // The runner passes every action.yml default; an image scan still has no target unless one is given.
  [
    { 'scan-type': 'image' },
    'input `target` is required for scan-type image (an image reference or an OCI/docker archive path)',
  ],
  [{ 'ignore-file': 'missing.yaml' }, 'input `ignore-file`: missing.yaml does not exist'],
  [{ config: 'no-trivy.yaml' }, 'input `config`: no-trivy.yaml does not exist'],
  [
    { 'scan-type': 'config', 'sbom-file': 'sbom.json' },
    'input `sbom-file` needs a scan that lists packages (scan-type fs, image or repo), not config',
  ],
  [{ timeout: '10 minutes' }, 'input `timeout` must be a duration like 10m or 1h30m (got `10 minutes`)'],
])('rejects %j with one line naming the input', async (inputs, message) => {
  const run = await scan('npm.json', inputs);
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain(`::error::${message}`);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
});

test('skip-dirs, skip-files, config and timeout reach the one scan; the conversions do not get them', async () => {
  const ws = workspace();
  writeFileSync(join(ws, 'trivy.yaml'), 'scan:\n  skip-dirs:\n    - fixtures\n');
  const run = await scan(
    'npm.json',
    {
      'skip-dirs': 'node_modules\ntest/fixtures',
      'skip-files': '**/*.min.js, legacy/package-lock.json',
      config: 'trivy.yaml',
      timeout: '12m30s',
    },
    {},
    ws,
  );
  expect(run.exitCode).toBe(0);
  expect(run.calls).toHaveLength(2);
  expect(run.calls[0]).toContain(
    `--config ${join(ws, 'trivy.yaml')} --timeout 12m30s --skip-dirs node_modules --skip-dirs test/fixtures --skip-files **/*.min.js --skip-files legacy/package-lock.json`,
  );
  expect(run.calls[0]).not.toContain('--list-all-pkgs');
  expect(run.calls[1]).not.toMatch(/--config|--skip|--timeout/);
});

test('sbom-file: a CycloneDX SBOM converted from the same scan JSON, with every package listed', async () => {
  const run = await scan('npm.json', { 'sbom-file': 'sbom/app.cdx.json' });
  expect(run.exitCode).toBe(0);
  expect(run.outputs['sbom-file']).toBe(join(run.ws, 'sbom', 'app.cdx.json'));
  expect(run.calls).toHaveLength(3);
  expect(run.calls[0]).toContain('--list-all-pkgs');
  // The SBOM comes from the JSON as Trivy wrote it (all components), not the ignores-filtered copy.
  expect(run.calls[2]).toBe(
    `convert --format cyclonedx --output ${run.outputs['sbom-file']} ${run.outputs['json-file']}`,
  );
  const bom = JSON.parse(readFileSync(run.outputs['sbom-file'], 'utf8'));
  expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
  const purls = bom.components
    .filter((c: { type: string }) => c.type === 'library')
    .map((c: { purl: string }) => c.purl);
  expect(purls).toContain('pkg:npm/jquery@3.3.9');
  expect(run.summary).toContain('SBOM (CycloneDX): `sbom/app.cdx.json`');
  expect((await scan('npm.json')).outputs['sbom-file']).toBe('');
});

describe('dependency-snapshot', () => {
  const SHA = 'f'.repeat(40);
  const TOKEN = 'ghs_snapshotToken0123456789';
  const githubEnv = (apiUrl: string) => ({
    GITHUB_API_URL: apiUrl,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'scan',
    GITHUB_SERVER_URL: 'https://github.com',
  });

  test('submits the scanned packages as purls to the dependency submission API, with the token, once', async () => {
    const api = await startGitHubApi((req) =>
      req.method === 'POST' && req.path === '/repos/acme/shop/dependency-graph/snapshots'
        ? {
            status: 201,
            json: {
              id: 97,
              created_at: '2026-11-24T14:00:00Z',
              result: 'SUCCESS',
              message: 'Dependency results for the repo have been successfully updated.',
            },
          }
        : undefined,
    );
    try {
      const ws = workspace();
      const run = await scan(
        'npm.json',
        { 'dependency-snapshot': 'true', 'github-token': TOKEN },
        githubEnv(api.url),
        ws,
      );
      expect(run.stdout).not.toMatch(/::error::/);
      expect(run.exitCode).toBe(0);
      expect(run.calls[0]).toContain('--list-all-pkgs');
      expect(api.requests).toHaveLength(1);
      const [request] = api.requests;
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/repos/acme/shop/dependency-graph/snapshots');
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.headers['x-github-api-version']).toBe('2022-11-28');
      const body = request.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(body).toMatchObject({
        version: 0,
        sha: SHA,
        ref: 'refs/heads/main',
        job: {
          correlator: 'ci_scan_trivy_fs_.',
          id: '4242',
          html_url: 'https://github.com/acme/shop/actions/runs/4242',
        },
        detector: { name: 'trivy', version: '0.69.3', url: 'https://github.com/aquasecurity/trivy' },
        scanned: '2021-08-25T12:20:30.000000005Z',
      });
      // One manifest for the lockfile, every package of Trivy's report with its purl and its edges.
      const manifest = body.manifests['package-lock.json'];
      expect(manifest.file).toEqual({ source_location: 'package-lock.json' });
      const report = JSON.parse(readFileSync(join(FIXTURES, 'npm.json'), 'utf8'));
      expect(Object.keys(manifest.resolved).sort()).toEqual(
        report.Results[0].Packages.map((p: { ID: string }) => p.ID).sort(),
      );
      expect(manifest.resolved['jquery@3.3.9']).toEqual({
        package_url: 'pkg:npm/jquery@3.3.9',
        scope: 'runtime',
        dependencies: [],
      });
      expect(manifest.resolved['loose-envify@1.4.0'].dependencies).toEqual(['js-tokens@4.0.0']);
      expect(run.stdout).toContain('submitted 12 dependencies in 1 manifest: snapshot 97 SUCCESS');
      expect(run.summary).toContain('Dependency submission: 12 dependencies in 1 manifest, snapshot 97 (SUCCESS)');
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
      expect(visibleLog(run.stdout) + run.stderr + run.summary).not.toContain(TOKEN);
    } finally {
      await api.stop();
    }
  });

  test('a refused submission fails the step with one line, and the gate still reports', async () => {
    const api = await startGitHubApi(() => ({
      status: 403,
      json: { message: 'Resource not accessible by integration' },
    }));
    try {
      const run = await scan('npm.json', { 'dependency-snapshot': 'true', 'github-token': TOKEN }, githubEnv(api.url));
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(
        '::error::dependency submission refused: HTTP 403 Resource not accessible by integration (the token needs `contents: write` on this repository, and the dependency graph must be on)',
      );
      expect(run.outputs).toMatchObject({ medium: '1', passed: 'true' });
      expect(run.summary).toContain('✅ **Passed**');
      expect(run.summary).toContain(
        '❌ Dependency submission of 12 dependencies in 1 manifest failed: dependency submission refused: HTTP 403',
      );
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
      expect(visibleLog(run.stdout) + run.stderr).not.toContain(TOKEN);
    } finally {
      await api.stop();
    }
  });

  test.each([
    [{ 'github-token': '' }, {}, 'input `github-token` is required with dependency-snapshot: true'],
    [
      { 'github-token': 'x' },
      { GITHUB_SHA: '' },
      'dependency-snapshot: true needs GITHUB_REPOSITORY, GITHUB_SHA and GITHUB_REF',
    ],
  ])('refuses %j %j before scanning', async (inputs, env, message) => {
    const run = await scan(
      'npm.json',
      { 'dependency-snapshot': 'true', ...inputs },
      { ...githubEnv('http://127.0.0.1:9'), ...env },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.calls).toEqual([]);
  });
});

test('a link planted at the JSON report path is refused before Trivy runs, and its target is untouched', async () => {
  const ws = workspace();
  const victim = join(mkdtempSync(join(tmpdir(), 'victim-')), 'victim');
  writeFileSync(victim, 'untouched\n');
  symlinkSync(victim, join(ws, 'trivy-results.json'));
  const run = await scan('debian-buster.json', {}, {}, ws);
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/::error::refusing to write \S+trivy-results\.json: it is a symbolic link/);
  expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
  expect(run.calls).toEqual([]);
});
