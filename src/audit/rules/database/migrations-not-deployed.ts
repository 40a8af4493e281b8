// database/migrations-not-deployed: migrations are kept but nothing applies them: no workflow step,
// deploy config (render.yaml, Procfile release, fly.toml release_command, Dockerfile, nixpacks) or
// start script runs `prisma migrate deploy` (or the tool's equivalent), so every schema change needs
// someone to remember a manual step.
import { deployCommandSources } from '../../model/deploy-commands.js';
import { otherMigrationFolders, schemaTools } from '../../model/migrations.js';
import { findInSource } from '../../model/source-scan.js';
import type { Rule, RuleHit } from '../rule.js';

/** Applying migrations from the app's own code at start-up counts too. */
const MIGRATE_IN_CODE =
  /\bmigrate\(\s*\w+\s*,\s*\{\s*migrationsFolder|\.migrate\.latest\(|migrationsRun\s*:\s*true|\bnew Umzug\(|runMigrations\(|\bmigrate\.up\(/;

const OTHER_TOOL_COMMAND =
  /prisma(?:@[\w.^~-]+)?\s+migrate\s+\w+|drizzle-kit\s+migrate|wrangler\s+d1\s+migrations\s+apply|migrate-deploy/g;

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
      if (findInSource(repo, '', MIGRATE_IN_CODE)) continue;
      const latest = set.migrations[set.migrations.length - 1];
      hits.push({
        message: `${set.dir}/ holds ${set.migrations.length} ${set.label} (latest ${latest}) but nothing runs \`${set.command}\`: not a workflow, the deploy config nor the start/build scripts (${sources.length} places checked)`,
        file: latest,
      });
    }
    return hits;
  },
};
