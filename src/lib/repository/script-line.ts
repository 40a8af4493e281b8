// Where a package.json script is written, so findings about a script point at its line.
import type { PackageJson, Repository } from './repository.js';

/** Line of `"name":` inside the package's "scripts" object (the same key may appear elsewhere). */
export function scriptLine(repo: Repository, pkg: PackageJson, name: string): number | undefined {
  const text = repo.read(pkg.file);
  if (!text) return undefined;
  const scripts = /"scripts"\s*:\s*\{/.exec(text);
  const key = new RegExp(`"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`, 'g');
  key.lastIndex = scripts ? scripts.index : 0;
  const m = key.exec(text);
  return m ? repo.lineAt(pkg.file, m.index) : undefined;
}
