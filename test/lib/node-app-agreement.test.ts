// One answer about each app: on every fixture repository, the audit, the container generator,
// Lighthouse and migrate-deploy agree on the port, the health route and the migrations folder,
// because each asks src/lib/node-app. A fixture where they drift fails here, naming the folder.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { schemaTools, otherMigrationFolders } from '../../src/lib/repository/migrations.js';
import { Repository } from '../../src/lib/repository/repository.js';
import { runningServerApps } from '../../src/lib/repository/running-server.js';
import { noHealthEndpoint } from '../../src/audit/rules/observability/no-health-endpoint.js';
import { detectApp } from '../../src/lib/dockerfile/detect-app.js';
import { describeNodeApp } from '../../src/lib/node-app/describe.js';
import { guessPort, readAppPackageJson } from '../../src/lighthouse/start-command.js';
import { planMigration } from '../../src/migrate-deploy/detect-tool.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures');

function appFolders(dir: string, out: string[] = []): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && e.name === 'package.json')) out.push(dir);
  for (const e of entries) if (e.isDirectory() && e.name !== 'node_modules') appFolders(join(dir, e.name), out);
  return out;
}

const folders = appFolders(FIXTURES).map((dir) => relative(FIXTURES, dir));
const compared = { health: 0, migrations: 0 };

test('the fixtures hold enough Node apps to compare', () => {
  expect(folders.length).toBeGreaterThan(100);
});

afterAll(() => {
  // The comparison must have had something to compare, not only empty answers.
  expect(compared.health).toBeGreaterThanOrEqual(4);
  expect(compared.migrations).toBeGreaterThanOrEqual(5);
});

describe.each(folders)('%s', (folder) => {
  const dir = join(FIXTURES, folder);
  const repo = new Repository(dir);
  const pkg = repo.rootPackage;

  test('the same port and health route', () => {
    if (!pkg) {
      // A package.json that does not parse: the audit has no app, and the generator refuses it.
      expect(() => detectApp(dir)).toThrow(/is not (?:valid JSON|a JSON object)/);
      return;
    }
    const audit = describeNodeApp(repo, pkg);
    const container = detectApp(dir)!;
    const lighthouse = guessPort(dir, '', {}, readAppPackageJson(dir));
    expect(container.port).toBe(audit.port?.port ?? 3000);
    expect(lighthouse?.port ?? 3000).toBe(container.port);
    expect(container.healthPath).toBe(audit.healthRoute?.path);
    if (container.healthPath) compared.health++;
    // A health path the generator probes is one the audit counts: its rule stays quiet about this app.
    if (container.healthPath && runningServerApps(repo).some((a) => a.pkg.dir === ''))
      expect(noHealthEndpoint.check(repo).filter((h) => h.file === 'package.json')).toEqual([]);
  });

  test('the same migrations folder', () => {
    let plan: ReturnType<typeof planMigration> | undefined;
    try {
      plan = planMigration(dir, 'auto');
    } catch {
      plan = undefined; // no tool, or its folder is missing: migrate-deploy refuses, nothing to compare
    }
    if (!plan?.migrationsDir) return;
    const audited = [
      ...schemaTools(repo).map((t) => t.migrationsDir),
      ...otherMigrationFolders(repo).map((f) => f.dir),
    ];
    expect(audited).toContain(plan.migrationsDir);
    compared.migrations++;
  });
});
