// Which files are the app's own source (not tests, configs, scripts or examples), and the order a
// bounded scan reads them in: entry and route files first, at most MAX_SCANNED_FILES, so a
// 50,000-file repository costs the same as a small one.

export const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]sx?)$/;
// Folders of tests, examples, scripts and migrations, and the file names of tests, stories, configs
// and type declarations. A path is app source when both its folder and its name are.
const NOT_APP_FOLDER =
  /(?:^|\/)(?:__tests__|__mocks__|tests?|spec|e2e|cypress|playwright|fixtures|examples?|scripts|migrations)\//;
const NOT_APP_NAME = /\.(?:test|spec|stories|config|d)\.[cm]?[jt]sx?$/;

export const MAX_SCANNED_FILES = 400;

// Files most likely to hold routes and server set-up come first: a folder or a file so named.
const LIKELY_WORD = '(?:server|app|index|main|routes?|router|api|health\\w*|middleware|http|handlers?|controllers?)';
const LIKELY_FOLDER = new RegExp(`(?:^|/)${LIKELY_WORD}/`);
const LIKELY_NAME = new RegExp(`^${LIKELY_WORD}\\.[cm]?[jt]sx?$`);

/** A folder ('' or 'a/b/') one of whose parts names a likely entry or route folder. */
export function isLikelyFolder(folder: string): boolean {
  return LIKELY_FOLDER.test(folder);
}

/** A base name of a likely entry or route file (server.ts, index.js, routes.mjs). */
export function isLikelyName(base: string): boolean {
  return LIKELY_NAME.test(base);
}

function isLikely(path: string): boolean {
  const slash = path.lastIndexOf('/');
  return isLikelyName(path.slice(slash + 1)) || isLikelyFolder(path.slice(0, slash + 1));
}

export function isAppSource(path: string): boolean {
  const slash = path.lastIndexOf('/');
  return isAppSourceName(path.slice(slash + 1)) && isAppSourceFolder(path.slice(0, slash + 1));
}

/** The base name of a source file that is not a test, story, config or type declaration. */
export function isAppSourceName(base: string): boolean {
  return SOURCE_EXTENSIONS.test(base) && !NOT_APP_NAME.test(base);
}

/** A folder ('' or 'a/b/', with its slash) outside tests, examples, scripts and migrations. */
export function isAppSourceFolder(folder: string): boolean {
  return !NOT_APP_FOLDER.test(folder);
}

/** App source files inside a package folder ('' = everywhere). */
export function appSourcesIn(files: readonly string[], dir: string): string[] {
  return files.filter((f) => (!dir || f.startsWith(`${dir}/`)) && isAppSource(f));
}

/**
 * Source files in scan order (likely entry/route files first), capped. A caller that already knows
 * which of `sources` are likely (in order) passes them, sparing a test of every file.
 */
export function scanOrder(sources: readonly string[], likely?: readonly string[]): string[] {
  // Several rules ask for the order of the same list (every file of a root app in a monorepo).
  let hit = orderOf.get(sources);
  if (!hit) {
    hit = likely ? orderKnowing(sources, likely) : order(sources);
    orderOf.set(sources, hit);
  }
  return [...hit];
}
const orderOf = new WeakMap<readonly string[], readonly string[]>();

function order(sources: readonly string[]): string[] {
  // One pass, stopping once the cap is filled with likely files: the same list as filtering twice.
  const likely: string[] = [];
  const rest: string[] = [];
  for (const f of sources) {
    if (likely.length >= MAX_SCANNED_FILES) break;
    if (isLikely(f)) likely.push(f);
    else if (rest.length < MAX_SCANNED_FILES) rest.push(f);
  }
  return likely.concat(rest).slice(0, MAX_SCANNED_FILES);
}

function orderKnowing(sources: readonly string[], likely: readonly string[]): string[] {
  const first = likely.slice(0, MAX_SCANNED_FILES);
  const taken = new Set(first);
  const rest: string[] = [];
  for (let i = 0; i < sources.length && first.length + rest.length < MAX_SCANNED_FILES; i++)
    if (!taken.has(sources[i])) rest.push(sources[i]);
  return first.concat(rest);
}
