// The dependency snapshot built from Trivy's JSON: Trivy's own image report (OS packages, no file in
// the repository) and the relationship fields newer Trivy releases write.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshot, countDependencies } from '../../src/trivy/dependency-snapshot.js';
import { parseTrivyJson, type TrivyReport } from '../../src/lib/reports/trivy-json.js';

const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures', 'trivy');
const ctx = {
  repository: 'acme/shop',
  sha: 'a'.repeat(40),
  ref: 'refs/heads/main',
  correlator: 'ci_scan_trivy_image_app.tar',
  runId: '1',
  trivyVersion: '0.69.3',
  pathPrefix: '',
  inRepository: false,
  scanned: '2026-11-24T00:00:00Z',
};

test("an image's OS packages: one manifest named by the target, purls kept, no file in the repository", () => {
  const report = parseTrivyJson(readFileSync(join(FIXTURES, 'alpine-310.json'), 'utf8'), 'alpine-310.json');
  // This golden lists only vulnerable packages (no Packages list): the snapshot then holds none.
  expect(countDependencies(buildSnapshot(report, ctx))).toBe(0);
  const withPackages = {
    ...report,
    Results: report.Results!.map((r) => ({
      ...r,
      Packages: (r.Vulnerabilities ?? []).map((v) => ({
        ID: v.PkgID ?? `${v.PkgName}@${v.InstalledVersion}`,
        Name: v.PkgName,
        Version: v.InstalledVersion,
        Identifier: { PURL: v.PkgIdentifier?.UID ? `pkg:apk/alpine/${v.PkgName}@${v.InstalledVersion}` : undefined },
      })),
    })),
  } as unknown as TrivyReport;
  const snapshot = buildSnapshot(withPackages, ctx);
  const [name] = Object.keys(snapshot.manifests);
  expect(name).toBe(report.Results![0].Target);
  expect(snapshot.manifests[name].file).toBeUndefined();
  expect(Object.values(snapshot.manifests[name].resolved)[0].package_url).toMatch(/^pkg:apk\/alpine\//);
});

test('relationship and scope come from Relationship, Indirect and Dev; the project itself is left out', () => {
  const report = {
    SchemaVersion: 2,
    Results: [
      {
        Target: 'package-lock.json',
        Class: 'lang-pkgs',
        Packages: [
          {
            ID: 'shop@1.0.0',
            Identifier: { PURL: 'pkg:npm/shop@1.0.0' },
            Relationship: 'root',
            DependsOn: ['a@1.0.0'],
          },
          {
            ID: 'a@1.0.0',
            Identifier: { PURL: 'pkg:npm/a@1.0.0' },
            Relationship: 'direct',
            DependsOn: ['b@2.0.0', 'gone@1'],
          },
          { ID: 'b@2.0.0', Identifier: { PURL: 'pkg:npm/b@2.0.0' }, Relationship: 'indirect', Dev: true },
          { ID: 'c@3.0.0', Identifier: { PURL: 'pkg:npm/c@3.0.0' }, Indirect: false },
          { ID: 'nopurl@1.0.0' },
        ],
      },
    ],
  } as unknown as TrivyReport;
  const snapshot = buildSnapshot(report, { ...ctx, pathPrefix: 'web', inRepository: true });
  expect(snapshot.manifests).toEqual({
    'web/package-lock.json': {
      name: 'package-lock.json',
      file: { source_location: 'web/package-lock.json' },
      resolved: {
        'a@1.0.0': {
          package_url: 'pkg:npm/a@1.0.0',
          relationship: 'direct',
          scope: 'runtime',
          dependencies: ['b@2.0.0'],
        },
        'b@2.0.0': { package_url: 'pkg:npm/b@2.0.0', relationship: 'indirect', scope: 'development', dependencies: [] },
        'c@3.0.0': { package_url: 'pkg:npm/c@3.0.0', relationship: 'direct', scope: 'runtime', dependencies: [] },
      },
    },
  });
  expect(snapshot).toMatchObject({
    version: 0,
    sha: ctx.sha,
    ref: ctx.ref,
    job: { correlator: ctx.correlator, id: '1' },
  });
});
