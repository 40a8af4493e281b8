// The repository model: built once per audit (and by init), read by every rule. Rules never touch the disk:
// they ask this model for files, text, parsed JSON/YAML, package.json files and workflows. It is
// the FileSource that src/lib/node-app reads the app through.
import picomatch from 'picomatch';
import { LineCounter, parseDocument } from 'yaml';
import type { FileSource } from '../node-app/file-source.js';
import { toNodePackage, type NodePackage } from '../node-app/package-json.js';
import { classifyPaths, indexPaths, selectPaths, type PathIndex } from './path-index.js';
import type { ParsedYaml, ReadWarning } from './read-results.js';
import { walkRepository, type WalkResult } from './walk.js';
import { ListedFileReader, MAX_READ_BYTES } from './read-text.js';
import { parseWorkflow, type Workflow } from './workflow.js';

export type { ParsedYaml, ReadWarning };

export type PackageJson = NodePackage;

export { MAX_READ_BYTES };
/** Parsed YAML trees of files up to this size are kept for the next rule; larger ones are parsed, used, dropped. */
const CACHED_YAML_BYTES = 64 * 1024;

export interface RepositoryOptions {
  /** Globs of files the audit does not read at all. */
  ignore?: readonly string[];
  /** performance.now() value after which the file listing stops (the audit's budget). */
  deadline?: number;
}

interface FolderTree {
  folders: Set<string>;
  names: Set<string>;
}

/** A file the audit had to parse and could not: a finding, not a reason to skip it. */
export interface UnreadableFile {
  file: string;
  reason: string;
}

export class Repository implements FileSource {
  readonly warnings: ReadWarning[];
  private readonly textCache = new Map<string, string | undefined>();
  private readonly jsonCache = new Map<string, unknown>();
  private readonly yamlCache = new Map<string, ParsedYaml | undefined>();
  private packageCache?: PackageJson[];
  private dependencyNames?: { runtime: Set<string>; any: Set<string> };
  private workflowCache?: Workflow[];
  private readonly unreadableWorkflowList: UnreadableFile[] = [];
  private unreadableListed = false;
  private readonly memo = new Map<string, unknown>();
  private readonly index: PathIndex;
  private tree?: FolderTree;
  private readonly lookups = new Map<string, string[]>();
  /** Why the last read or parse of a file failed. */
  private readonly failures = new Map<string, string>();
  private readonly links: Map<string, string>;
  private readonly reader: ListedFileReader;
  /** `git` when the index lists what git tracks, `folder` for a walk with .gitignore applied. */
  readonly source: WalkResult['source'];
  /** True when the listing stopped at the deadline. */
  readonly incomplete: boolean;

  constructor(
    readonly root: string,
    options: RepositoryOptions | readonly string[] = {},
  ) {
    const { ignore = [], deadline } = Array.isArray(options)
      ? { ignore: options as readonly string[], deadline: undefined }
      : (options as RepositoryOptions);
    const walk = walkRepository(root, { deadline });
    const ignored = ignore.length ? picomatch(ignore as string[], { dot: true }) : undefined;
    this.index = ignored ? indexPaths(walk.index.files.filter((f) => !ignored(f))) : walk.index;
    this.warnings = walk.warnings;
    this.links = walk.links;
    this.source = walk.source;
    this.incomplete = walk.incomplete;
    this.reader = new ListedFileReader(root, walk.realRoot, (folder) => this.filesIn(folder));
  }

  /** Every listed file, sorted (the paths are made on first use: prefer the lookups below). */
  get files(): readonly string[] {
    return this.index.files;
  }

  /** The number of listed files. */
  get fileCount(): number {
    return this.index.length;
  }

  has(path: string): boolean {
    return this.index.has(path);
  }

  /** A listed file, or a folder holding one. */
  exists(path: string): boolean {
    if (this.has(path)) return true;
    let end = path.length;
    while (end > 0 && path.charCodeAt(end - 1) === 47 /* '/' */) end--;
    const dir = path.slice(0, end);
    if (!dir) return false;
    const tree = this.folderTree();
    return tree.names.has(dir.slice(dir.lastIndexOf('/') + 1)) && tree.folders.has(dir);
  }

  /** True when some listed file or folder has this base name. */
  namesAnything(base: string): boolean {
    if (this.index.nameIds.has(base)) return true;
    if (this.tree) return this.tree.names.has(base);
    // A pass over the folders' paths costs less than the tree, for a question asked a few times.
    const part = `/${base}/`;
    return this.index.folders.some((f) => f.includes(part) || f.startsWith(part.slice(1)));
  }

  // Every folder that holds a file, directly or below (a few per thousand files), and the names
  // those folders go by (most questions end at the name).
  private folderTree(): FolderTree {
    if (!this.tree) {
      const tree: FolderTree = { folders: new Set(), names: new Set() };
      for (const folder of this.index.folders)
        for (let f = folder.slice(0, -1); f && !tree.folders.has(f);) {
          tree.folders.add(f);
          const slash = f.lastIndexOf('/');
          tree.names.add(f.slice(slash + 1));
          f = f.slice(0, Math.max(0, slash));
        }
      this.tree = tree;
    }
    return this.tree;
  }

  /** The files the listing holds directly in `folder` ('' or 'a/b'). */
  private filesIn(folder: string): number {
    const id = this.index.folderIds.get(folder ? `${folder}/` : '');
    return id === undefined ? 0 : this.index.ofFolder(id).length;
  }

  list(): readonly string[] {
    return this.files;
  }

  /** Files matching one or more globs (picomatch syntax, `dot: true`). */
  glob(patterns: string | readonly string[]): string[] {
    const key = `glob:${JSON.stringify(patterns)}`;
    let hit = this.lookups.get(key);
    if (!hit) {
      const match = picomatch(patterns as string | string[], { dot: true });
      hit = this.globCandidates(patterns).filter((f) => match(f));
      this.lookups.set(key, hit);
    }
    return [...hit];
  }

  // Files a glob can match, a superset, without a pass over every file when the pattern allows:
  // a last segment with no '/' or '**' must match the base name (the base-name index answers), and
  // a literal folder before the glob is a folder prefix (see under()).
  private globCandidates(patterns: string | readonly string[]): readonly string[] {
    const pattern = typeof patterns === 'string' ? patterns : patterns.length === 1 ? patterns[0] : undefined;
    if (pattern === undefined) return this.files;
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob || scan.negated || scan.prefix !== '' || scan.base.includes('\\') || scan.glob.startsWith('!'))
      return this.files;
    if (!scan.glob.includes('/') && !scan.glob.includes('**')) {
      const name = picomatch(scan.glob, { dot: true });
      return this.namedFiles((base) => name(base));
    }
    return this.under(scan.base ? `${scan.base}/` : '');
  }

  /**
   * The files under `prefix` ('' for every file, else a folder with its slash), in index order,
   * found through the folder index: no path is made for the files outside it.
   */
  under(prefix: string): readonly string[] {
    return prefix
      ? this.select(
          () => true,
          (folder) => folder.startsWith(prefix),
        )
      : this.files;
  }

  /** Files whose base name matches (e.g. 'Dockerfile', /^docker-compose.*\.ya?ml$/). */
  byName(name: string | RegExp): string[] {
    if (typeof name === 'string') {
      const id = this.index.nameIds.get(name);
      return id === undefined ? [] : Array.from(this.index.ofName(id), (i) => this.index.path(i));
    }
    const key = `name:${name.source}/${name.flags}`;
    let hit = this.lookups.get(key);
    if (!hit) {
      const re = new RegExp(name.source, name.flags.replace('g', ''));
      hit = this.namedFiles((base) => re.test(base));
      this.lookups.set(key, hit);
    }
    return [...hit];
  }

  /**
   * Files whose base name passes `test`, in index order. The test runs once per distinct base name,
   * not once per file: a rule that looks for a few names costs the names, not the files.
   */
  namedFiles(test: (base: string) => boolean): string[] {
    return selectPaths(this.index, test);
  }

  /** Files whose base name passes `name` and whose folder ('' or 'a/b/') passes `folder`, in index order (the first `limit`). */
  select(name: (base: string) => boolean, folder: (folder: string) => boolean, limit = Infinity): string[] {
    return selectPaths(this.index, name, folder, limit);
  }

  /** Files kept by `keep` from the classes `name` and `folder` give their base name and folder (see classifyPaths). */
  classify(
    name: (base: string) => number,
    folder: (folder: string) => number,
    keep: (nameClass: number, folderClass: number) => boolean,
    limit = Infinity,
  ): string[] {
    return classifyPaths(this.index, name, folder, keep, limit);
  }

  /** UTF-8 text of a file, or undefined (with a read warning) when it is missing, too large, binary or not UTF-8. */
  read(path: string): string | undefined {
    const cached = this.textCache.get(path);
    if (cached !== undefined || this.textCache.has(path)) return cached;
    const text = this.has(path) ? this.readFromDisk(path) : undefined;
    this.textCache.set(path, text);
    return text;
  }

  private readFromDisk(path: string): string | undefined {
    const read = this.reader.read(path, this.links.get(path));
    return 'text' in read ? read.text : this.fail(path, read.failure);
  }

  private fail(path: string, reason: string): undefined {
    this.recordFailure(path, reason);
    return undefined;
  }

  /** Record that a file could not be read or parsed (a warning, and the reason failureOf answers). */
  recordFailure(path: string, reason: string): void {
    this.failures.set(path, reason);
    this.warn(path, reason);
  }

  /** Why reading or parsing a file failed, or undefined when it has not failed. */
  failureOf(path: string): string | undefined {
    return this.failures.get(path);
  }

  /** Paths the listing refused (links out of the tree or to special files, broken links, FIFOs), with why. */
  get refusedPaths(): readonly ReadWarning[] {
    return this.warnings.filter((w) => !this.has(w.file));
  }

  /** Parsed JSON, or undefined (with a warning naming the file) when it does not parse. */
  json(path: string): unknown {
    const cached = this.jsonCache.get(path);
    if (cached !== undefined || this.jsonCache.has(path)) return cached;
    const text = this.read(path);
    let value: unknown;
    if (text !== undefined) {
      try {
        value = JSON.parse(text);
      } catch (error) {
        this.fail(path, `invalid JSON: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    this.jsonCache.set(path, value);
    return value;
  }

  /** Parsed YAML with its line counter, or undefined (with a warning) when it does not parse. */
  yaml(path: string): ParsedYaml | undefined {
    if (this.yamlCache.has(path)) return this.yamlCache.get(path);
    const text = this.read(path);
    const parsed = text === undefined ? undefined : this.parseYaml(path, text);
    if (text === undefined || text.length <= CACHED_YAML_BYTES) this.yamlCache.set(path, parsed);
    return parsed;
  }

  private parseYaml(path: string, text: string): ParsedYaml | undefined {
    const lineCounter = new LineCounter();
    try {
      const document = parseDocument(text, { lineCounter, uniqueKeys: false });
      if (document.errors.length) {
        const e = document.errors[0];
        const line = e.linePos?.[0]?.line;
        return this.fail(path, `invalid YAML${line ? ` at line ${line}` : ''}: ${e.message.split('\n')[0]}`);
      }
      return { value: document.toJS({ maxAliasCount: 100 }), document, lineCounter };
    } catch (error) {
      // toJS throws on an alias bomb (too many alias expansions) and on a few malformed trees.
      return this.fail(path, `YAML not read: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  /** Every package.json outside ignored folders that parses to an object. */
  get packages(): PackageJson[] {
    if (this.packageCache) return this.packageCache;
    this.packageCache = [];
    for (const file of this.byName('package.json')) {
      const raw = this.json(file);
      const pkg = toNodePackage(file, raw);
      if (pkg) this.packageCache.push(pkg);
      else if (raw !== undefined) this.warn(file, 'package.json is not a JSON object');
    }
    return this.packageCache;
  }

  get rootPackage(): PackageJson | undefined {
    return this.packages.find((p) => p.dir === '');
  }

  /** True when any package.json names the dependency (runtime or dev) — or, with a RegExp, one matching it. */
  hasDependency(name: string | RegExp, { runtimeOnly = false } = {}): boolean {
    // Asked by many rules of thousands of packages: the distinct names are gathered once.
    this.dependencyNames ??= dependencyNames(this.packages);
    const names = runtimeOnly ? this.dependencyNames.runtime : this.dependencyNames.any;
    if (typeof name === 'string') return names.has(name);
    for (const n of names) if (name.test(n)) return true;
    return false;
  }

  /** GitHub Actions workflows under .github/workflows, parsed with line numbers. */
  get workflows(): Workflow[] {
    if (this.workflowCache) return this.workflowCache;
    this.workflowCache = [];
    for (const file of this.glob('.github/workflows/*.{yml,yaml}')) {
      // Parsed, read into jobs and steps, and the tree dropped: only the extract stays in memory.
      const text = this.read(file);
      const parsed = text === undefined ? undefined : this.parseYaml(file, text);
      if (parsed) {
        try {
          this.workflowCache.push(parseWorkflow(file, parsed, text ?? ''));
          continue;
        } catch (error) {
          this.fail(file, `workflow not read: ${(error as Error).message.split('\n')[0]}`);
        }
      }
      this.unreadableWorkflowList.push({ file, reason: this.failures.get(file) ?? 'not read' });
    }
    return this.workflowCache;
  }

  /** Workflow files that could not be read or parsed (too large, invalid YAML, an alias bomb, a link, a special file). */
  get unreadableWorkflows(): readonly UnreadableFile[] {
    if (!this.unreadableListed) {
      this.unreadableListed = true;
      void this.workflows;
      // Workflow paths the listing itself refused (links out of the tree, FIFOs) are unreadable too.
      const isWorkflow = picomatch('.github/workflows/*.{yml,yaml}', { dot: true });
      for (const w of this.warnings)
        if (isWorkflow(w.file) && !this.has(w.file))
          this.unreadableWorkflowList.push({ file: w.file, reason: w.message });
    }
    return this.unreadableWorkflowList;
  }

  /** 1-based line of a character offset in a file's text. */
  lineAt(path: string, offset: number): number {
    const text = this.read(path) ?? '';
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
  }

  /** First match of a pattern in a file, with its 1-based line. */
  find(path: string, pattern: RegExp): { match: RegExpExecArray; line: number } | undefined {
    const text = this.read(path);
    if (text === undefined) return undefined;
    const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    const match = re.exec(text);
    return match ? { match, line: this.lineAt(path, match.index) } : undefined;
  }

  /** Every match of a pattern in a file, with lines. */
  findAll(path: string, pattern: RegExp): { match: RegExpExecArray; line: number }[] {
    const text = this.read(path);
    if (text === undefined) return [];
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    const out: { match: RegExpExecArray; line: number }[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ match: m, line: this.lineAt(path, m.index) });
      if (m[0] === '') re.lastIndex++;
    }
    return out;
  }

  /** First file among `paths` whose text matches, with the line. */
  findInFiles(
    paths: readonly string[],
    pattern: RegExp,
  ): { file: string; line: number; match: RegExpExecArray } | undefined {
    for (const file of paths) {
      const hit = this.find(file, pattern);
      if (hit) return { file, ...hit };
    }
    return undefined;
  }

  /** Memoise a derived fact (app kind, deploy target...) so several rules share one computation. */
  fact<T>(key: string, compute: (repo: Repository) => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute(this));
    return this.memo.get(key) as T;
  }

  warn(file: string, message: string): void {
    if (!this.warnings.some((w) => w.file === file && w.message === message)) this.warnings.push({ file, message });
  }
}

/** The dependency names of every package: runtime ones, and runtime and dev together. */
function dependencyNames(packages: readonly PackageJson[]): { runtime: Set<string>; any: Set<string> } {
  const runtime = new Set<string>();
  const any = new Set<string>();
  for (const p of packages) {
    for (const n of Object.keys(p.dependencies)) {
      runtime.add(n);
      any.add(n);
    }
    for (const n of Object.keys(p.devDependencies)) any.add(n);
  }
  return { runtime, any };
}
