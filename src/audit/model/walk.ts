// The file index: every file of the repository that git would track, found by one walk that never
// enters ignored folders, so its cost follows the files kept, not what .gitignore excludes.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ReadWarning } from './repository.js';

// Never descended into: VCS data, dependencies, and build output of the common frameworks.
export const ALWAYS_SKIPPED = new Set([
  '.git',
  'node_modules',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.output',
  '.turbo',
  '.vercel',
  '.wrangler',
  '.cache',
  'coverage',
  'dist',
  'build',
  '.parcel-cache',
  'bower_components',
  '.yarn',
  '.pnpm-store',
]);

export interface WalkResult {
  files: string[];
  warnings: ReadWarning[];
}

interface IgnoreScope {
  base: string; // '' for the root, else 'dir/sub/'
  rules: Ignore;
}

export function walkRepository(root: string): WalkResult {
  const files: string[] = [];
  const warnings: ReadWarning[] = [];
  const visit = (relDir: string, scopes: IgnoreScope[]) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(relDir ? join(root, relDir) : root, { withFileTypes: true });
    } catch (error) {
      warnings.push({
        file: relDir || '.',
        message: `folder could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      return;
    }
    const prefix = relDir ? `${relDir}/` : '';
    let ownScopes = scopes;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        const text = readFileSync(join(root, prefix, '.gitignore'), 'utf8');
        ownScopes = [...scopes, { base: prefix, rules: ignore().add(text) }];
      } catch {
        warnings.push({
          file: `${prefix}.gitignore`,
          message: '.gitignore could not be read; its rules were not applied',
        });
      }
    }
    for (const entry of entries) {
      const rel = prefix + entry.name;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // Links are listed but never followed: that is how loops and escapes out of the tree are avoided.
        try {
          isDir = statSync(join(root, rel)).isDirectory();
        } catch {
          warnings.push({ file: rel, message: 'broken symbolic link' });
          continue;
        }
        if (isDir) continue;
      }
      if (isDir && ALWAYS_SKIPPED.has(entry.name)) continue;
      if (isIgnored(ownScopes, rel, isDir)) continue;
      if (isDir) visit(rel, ownScopes);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(rel);
    }
  };
  visit('', []);
  files.sort();
  return { files, warnings };
}

// As in git, the deepest .gitignore with an opinion wins: a `!pattern` below re-includes what a
// parent ignored.
function isIgnored(scopes: IgnoreScope[], rel: string, isDir: boolean): boolean {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    const local = rel.slice(scope.base.length) + (isDir ? '/' : '');
    const verdict = scope.rules.test(local);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}
