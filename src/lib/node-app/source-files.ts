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

// Files most likely to hold routes and server set-up come first.
const LIKELY =
  /(?:^|\/)(?:server|app|index|main|routes?|router|api|health\w*|middleware|http|handlers?|controllers?)(?:\/|\.[cm]?[jt]sx?$)/;

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

/** Source files in scan order (likely entry/route files first), capped. */
export function scanOrder(sources: readonly string[]): string[] {
  // Several rules ask for the order of the same list (every file of a root app in a monorepo).
  let hit = orderOf.get(sources);
  if (!hit) {
    hit = order(sources);
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
    if (LIKELY.test(f)) likely.push(f);
    else if (rest.length < MAX_SCANNED_FILES) rest.push(f);
  }
  return likely.concat(rest).slice(0, MAX_SCANNED_FILES);
}
