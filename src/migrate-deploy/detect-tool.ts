// Which migration tool a project uses, where its migrations live, and the command that applies
// them. Pure: decided from the files and package.json, tested without running anything.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../lib/errors.js';
import { diskSource } from '../lib/node-app/file-source.js';
import { projectMigrationsDir } from '../lib/node-app/migration-folder.js';
import { allDependencies, readPackage } from '../lib/node-app/package-json.js';

export const TOOLS = ['prisma', 'dbmate', 'node-pg-migrate', 'knex', 'drizzle-kit', 'sequelize', 'typeorm'] as const;
export type Tool = (typeof TOOLS)[number] | 'custom';

export interface MigrationPlan {
  tool: Tool;
  /** Folder of migration files, relative to the working directory, when the tool has one. */
  migrationsDir?: string;
  /** argv; `custom` runs the user's command through bash. */
  command: string[];
  /** Why this tool was chosen, for the summary. */
  evidence: string;
}

interface Project {
  dir: string;
  deps: Record<string, string>;
  scripts: Record<string, string>;
}

function readProject(dir: string): Project {
  const pkg = readPackage(diskSource(dir), '', 'input `working-directory`');
  return { dir, deps: allDependencies(pkg), scripts: pkg?.scripts ?? {} };
}

/** The project's own binary: npx --no-install never downloads a tool the project did not pin. */
const npx = (...args: string[]) => ['npx', '--no-install', ...args];

export function planMigration(dir: string, tool: Tool | 'auto', migrateCommand?: string): MigrationPlan {
  if (migrateCommand)
    return { tool: 'custom', command: ['bash', '-c', migrateCommand], evidence: 'input `migrate-command`' };
  const project = readProject(dir);
  const chosen = tool === 'auto' ? detectTool(project) : tool;
  if (!chosen) {
    throw new ConfigurationError(
      `no migration tool found in ${dir} (looked for ${TOOLS.join(', ')}); set \`tool\` or \`migrate-command\``,
    );
  }
  const requireDir = (rel: string, what: string): string => {
    if (!existsSync(join(dir, rel)))
      throw new ConfigurationError(`${what} migrations folder \`${rel}\` does not exist in ${dir}`);
    return rel;
  };
  switch (chosen) {
    case 'prisma': {
      const migrationsDir = requireDir(projectMigrationsDir(diskSource(dir), 'prisma'), 'Prisma');
      const hasMigrations = readdirSync(join(dir, migrationsDir), { withFileTypes: true }).some((e) => e.isDirectory());
      if (!hasMigrations)
        throw new ConfigurationError(
          `Prisma migrations folder \`${migrationsDir}\` holds no migrations (run \`prisma migrate dev\` to create them)`,
        );
      return {
        tool: 'prisma',
        migrationsDir,
        command: npx('prisma', 'migrate', 'deploy'),
        evidence: 'prisma/schema.prisma',
      };
    }
    case 'dbmate': {
      const migrationsDir = requireDir(process.env.DBMATE_MIGRATIONS_DIR || 'db/migrations', 'dbmate');
      return {
        tool: 'dbmate',
        migrationsDir,
        command: npx('dbmate', '--no-dump-schema', '--migrations-dir', migrationsDir, 'up'),
        evidence: 'dbmate dependency / db/migrations',
      };
    }
    case 'node-pg-migrate': {
      const migrationsDir = requireDir('migrations', 'node-pg-migrate');
      return {
        tool: 'node-pg-migrate',
        migrationsDir,
        command: npx('node-pg-migrate', 'up', '--migrations-dir', migrationsDir),
        evidence: 'node-pg-migrate dependency',
      };
    }
    case 'knex':
      return {
        tool: 'knex',
        migrationsDir: existsSync(join(dir, 'migrations')) ? 'migrations' : undefined,
        command: npx('knex', 'migrate:latest'),
        evidence: 'knexfile',
      };
    case 'drizzle-kit':
      return {
        tool: 'drizzle-kit',
        migrationsDir: ((d) => (existsSync(join(dir, d)) ? d : undefined))(
          projectMigrationsDir(diskSource(dir), 'drizzle-kit'),
        ),
        command: npx('drizzle-kit', 'migrate'),
        evidence: 'drizzle-kit dependency',
      };
    case 'sequelize':
      return {
        tool: 'sequelize',
        migrationsDir: requireDir('migrations', 'Sequelize'),
        command: npx('sequelize-cli', 'db:migrate'),
        evidence: 'sequelize-cli dependency',
      };
    case 'typeorm': {
      const script = Object.keys(project.scripts).find(
        (s) => /migration:run/.test(project.scripts[s]) || s === 'migration:run',
      );
      if (!script)
        throw new ConfigurationError(
          'TypeORM needs its data source: set `migrate-command` (e.g. `npx typeorm migration:run -d dist/data-source.js`)',
        );
      return { tool: 'typeorm', command: ['npm', 'run', script], evidence: `package.json script \`${script}\`` };
    }
    default:
      throw new ConfigurationError(
        `input \`tool\` must be one of auto, ${TOOLS.join(', ')} (got \`${String(chosen)}\`)`,
      );
  }
}

function detectTool(p: Project): Tool | undefined {
  if (existsSync(join(p.dir, 'prisma', 'schema.prisma')) || 'prisma' in p.deps) return 'prisma';
  if ('dbmate' in p.deps || existsSync(join(p.dir, 'db', 'migrations'))) return 'dbmate';
  if ('node-pg-migrate' in p.deps) return 'node-pg-migrate';
  if (['knexfile.js', 'knexfile.ts', 'knexfile.cjs', 'knexfile.mjs'].some((f) => existsSync(join(p.dir, f))))
    return 'knex';
  if ('drizzle-kit' in p.deps) return 'drizzle-kit';
  if ('sequelize-cli' in p.deps || existsSync(join(p.dir, '.sequelizerc'))) return 'sequelize';
  if ('typeorm' in p.deps) return 'typeorm';
  return undefined;
}
