// database/migrations-not-deployed: migrations are kept but nothing applies them: no workflow step,
// deploy config (render.yaml, Procfile release, fly.toml release_command, Dockerfile, nixpacks) or
// start script runs `prisma migrate deploy` (or the tool's equivalent), so every schema change needs
// someone to remember a manual step.
import { deployCommandSources } from '../../../lib/repository/deploy-commands.js';
import { otherMigrationFolders, schemaTools } from '../../../lib/repository/migrations.js';
import { posix } from 'node:path';
import type { Repository } from '../../../lib/repository/repository.js';
import { scanOrder } from '../../../lib/repository/source-scan.js';
import type { Rule, RuleHit } from '../rule.js';

/** Applying migrations from the app's own code at start-up counts too. */
const MIGRATE_IN_CODE =
  /\bmigrate\(\s*\w+\s*,\s*\{\s*migrationsFolder|\.migrate\.latest\(|migrationsRun\s*:\s*true|\bnew Umzug\(|runMigrations\(|\bmigrate\.up\(/;

const OTHER_TOOL_COMMAND =
  /prisma(?:@[\w.^~-]+)?\s+migrate\s+\w+|drizzle-kit\s+migrate|wrangler\s+d1\s+migrations\s+apply|migrate-deploy/g;

const MIGRATIONS_FOLDER = /migrationsFolder\s*:\s*(?:['"`]([^'"`]+)['"`])?/;

/**
 * The app applies this folder from its own code: a migrate() call that names this folder (or names
 * none) in a file that runs, i.e. that another source file imports or a deploy command runs. A
 * `migrate.ts` nothing runs, or one pointing at another folder, does not count.
 */
function appliedInCode(repo: Repository, dir: string, sources: { text: string }[]): boolean {
  const files = scanOrder(repo, '');
  for (const file of files) {
    const text = repo.read(file);
    const m = text && MIGRATE_IN_CODE.exec(text);
    if (!m) continue;
    const folder = MIGRATIONS_FOLDER.exec(text.slice(m.index, m.index + 300))?.[1];
    if (folder && posix.normalize(folder.replace(/^\.\//, '')) !== posix.normalize(dir)) continue;
    const stem = posix.basename(file).replace(/\.[cm]?[jt]sx?$/, '');
    const imported = new RegExp(
      `(?:from\\s*|require\\(\\s*|import\\(\\s*)['"][^'"]*\\/${stem}(?:\\.[cm]?[jt]sx?)?['"]`,
    );
    if (
      sources.some((s) => s.text.includes(file)) ||
      files.some((f) => f !== file && imported.test(repo.read(f) ?? ''))
    )
      return true;
  }
  return false;
}

export const migrationsNotDeployed: Rule = {
  id: 'database/migrations-not-deployed',
  severity: 'high',
  title: 'Migrations are never applied by the deploy',
  remediation:
    'Apply migrations as a deploy step before the new version starts: a release command (`prisma migrate deploy` in render.yaml preDeployCommand, Procfile `release:`, fly.toml `release_command`) or a CI job using the actions/migrate-deploy action.',
  check(repo) {
    const sets = [
      ...schemaTools(repo).map((t) => ({
        label: `${t.tool} migrations`,
        dir: t.migrationsDir,
        migrations: t.migrations,
        command: t.applyCommand,
        pattern: t.applyPattern,
      })),
      ...otherMigrationFolders(repo).map((f) => ({
        label: 'migrations',
        dir: f.dir,
        migrations: f.migrations,
        command: f.applyCommand,
        pattern: f.applyPattern,
        // Another tool's command (`prisma migrate deploy`) applies that tool's folder, not this one.
        others: true,
      })),
    ].filter((s) => s.migrations.length > 0);
    if (!sets.length) return [];
    const sources = deployCommandSources(repo);
    const hits: RuleHit[] = [];
    for (const set of sets) {
      const applies = (text: string) => set.pattern.test('others' in set ? text.replace(OTHER_TOOL_COMMAND, '') : text);
      if (sources.some((s) => applies(s.text))) continue;
      if (appliedInCode(repo, set.dir, sources)) continue;
      const latest = set.migrations[set.migrations.length - 1];
      hits.push({
        message: `${set.dir}/ holds ${set.migrations.length} ${set.label} (latest ${latest}) but nothing runs \`${set.command}\`: not a workflow, the deploy config nor the start/build scripts (${sources.length} places checked)`,
        file: latest,
      });
    }
    return hits;
  },
};
