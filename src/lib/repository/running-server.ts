// Server apps that run a server process in production. A Next.js app built with `output: 'export'`
// (or `next export`) is a static site: health routes, rate limits, server logging and the port do
// not apply to it, so server-oriented rules skip it.
import { posix } from 'node:path';
import { isNextApp, serverApps, type AppInfo } from './facts.js';
import type { Repository } from './repository.js';

export function runningServerApps(repo: Repository): AppInfo[] {
  return repo.fact('runningServerApps', () => serverApps(repo).filter((app) => !isStaticNextExport(repo, app)));
}

export function isStaticNextExport(repo: Repository, app: AppInfo): boolean {
  if (!isNextApp(app)) return false;
  if (Object.values(app.pkg.scripts).some((s) => /\bnext\s+export\b/.test(s))) return true;
  const dir = app.pkg.dir || '.';
  const config = repo.files.find(
    (f) => posix.dirname(f) === dir && /^next\.config\.[cm]?[jt]s$/.test(posix.basename(f)),
  );
  return !!config && /\boutput\s*:\s*['"`]export['"`]/.test(repo.read(config) ?? '');
}
