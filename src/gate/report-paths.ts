// Report paths as the user names them: plain paths, or globs (`**/*.sarif`) expanded under the
// workspace. A glob that matches nothing is a missing report, so a skipped tool cannot pass.
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';

export interface ExpandedPaths {
  files: string[];
  /** Patterns that matched no file. */
  unmatched: string[];
}

const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_ENTRIES = 200000;

export function expandReportPaths(patterns: readonly string[], workspace: string): ExpandedPaths {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    if (!picomatch.scan(pattern).isGlob) {
      files.push(resolve(workspace, pattern));
      continue;
    }
    const { base, glob } = picomatch.scan(pattern);
    const root = resolve(workspace, base || '.');
    const match = picomatch(glob, { dot: true });
    const found = walk(root).filter((file) => match(relative(root, file).split('\\').join('/')));
    if (found.length) files.push(...found.sort());
    else unmatched.push(pattern);
  }
  return { files: [...new Set(files)], unmatched };
}

// Regular files only, links not followed, bounded.
function walk(root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  let seen = 0;
  while (stack.length && seen < MAX_ENTRIES) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      seen++;
      const path = join(dir, e.name);
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) stack.push(path);
      else if (e.isFile() && lstatSync(path).isFile()) out.push(path);
    }
  }
  return out;
}
