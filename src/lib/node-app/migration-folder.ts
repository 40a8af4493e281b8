// Where a schema tool keeps its migrations: Prisma's folder beside the schema unless prisma.config
// moves it, Drizzle's `out` (default drizzle). The audit's migration rules and migrate-deploy read it here.
import { posix } from 'node:path';
import type { FileSource } from './file-source.js';

const DRIZZLE_CONFIG = /^drizzle\.config\.[cm]?[jt]s$/;

/** The folder holding a Prisma schema file; a multi-file schema (prisma/schema/*.prisma) counts as prisma/. */
export function prismaSchemaDir(schemaFile: string): string {
  const dir = posix.dirname(schemaFile);
  return posix.basename(dir) === 'schema' && posix.basename(posix.dirname(dir)) === 'prisma' ? posix.dirname(dir) : dir;
}

/** Prisma's migrations folder for a schema folder; prisma.config.ts can move it (`migrations: { path }`). */
export function prismaMigrationsDir(source: FileSource, schemaDir: string): string {
  const parent = posix.dirname(schemaDir);
  for (const dir of [schemaDir, parent]) {
    for (const ext of ['ts', 'mts', 'js', 'mjs']) {
      const file = dir === '.' ? `prisma.config.${ext}` : `${dir}/prisma.config.${ext}`;
      const m = source.exists(file)
        ? /migrations\s*:\s*\{[^}]*?\bpath\s*:\s*['"`]([^'"`]+)['"`]/.exec(source.read(file) ?? '')
        : null;
      if (m) return posix.normalize(posix.join(dir, m[1]));
    }
  }
  return posix.join(schemaDir, 'migrations');
}

/** Drizzle's migrations folder for a drizzle.config file: its `out`, else drizzle/ beside it. */
export function drizzleMigrationsDir(source: FileSource, configFile: string): string {
  const outDir = /\bout\s*:\s*['"`]([^'"`]+)['"`]/.exec(source.read(configFile) ?? '')?.[1] ?? 'drizzle';
  return posix.normalize(posix.join(posix.dirname(configFile), outDir));
}

/** The migrations folder of a tool for the project at the source's root, as the audit reads it. */
export function projectMigrationsDir(source: FileSource, tool: 'prisma' | 'drizzle-kit'): string {
  const top = source.list().filter((f) => !f.includes('/') || /^prisma\/(?:schema\/)?[^/]+$/.test(f));
  if (tool === 'prisma') {
    const schema = top.find((f) => f.endsWith('.prisma'));
    return prismaMigrationsDir(source, schema ? prismaSchemaDir(schema) : 'prisma');
  }
  const config = top.find((f) => DRIZZLE_CONFIG.test(f));
  return config ? drizzleMigrationsDir(source, config) : 'drizzle';
}
