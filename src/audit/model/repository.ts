// The repository model: built once per audit, read by every rule. Rules never touch the disk:
// they ask this model for files, text, parsed JSON/YAML, package.json files and workflows.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { walkRepository } from './walk.js';
import { parseWorkflow, type Workflow } from './workflow.js';

export interface ReadWarning {
  file: string;
  message: string;
}

export interface PackageJson {
  /** Path of the package.json relative to the root. */
  file: string;
  /** Folder of the package ('' for the root). */
  dir: string;
  name?: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  raw: Record<string, unknown>;
}

export interface ParsedYaml {
  value: unknown;
  document: Document;
  lineCounter: LineCounter;
}

/** Files larger than this are listed but not read. */
export const MAX_READ_BYTES = 1024 * 1024;

export class Repository {
  readonly files: readonly string[];
  readonly warnings: ReadWarning[];
  private readonly fileSet: Set<string>;
  private readonly textCache = new Map<string, string | undefined>();
  private readonly jsonCache = new Map<string, unknown>();
  private readonly yamlCache = new Map<string, ParsedYaml | undefined>();
  private packageCache?: PackageJson[];
  private workflowCache?: Workflow[];
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly root: string,
    ignore: readonly string[] = [],
  ) {
    const { files, warnings } = walkRepository(root);
    const ignored = ignore.length ? picomatch(ignore as string[], { dot: true }) : undefined;
    this.files = ignored ? files.filter((f) => !ignored(f)) : files;
    this.warnings = warnings;
    this.fileSet = new Set(this.files);
  }

  has(path: string): boolean {
    return this.fileSet.has(path);
  }

  /** Files matching one or more globs (picomatch syntax, `dot: true`). */
  glob(patterns: string | readonly string[]): string[] {
    const match = picomatch(patterns as string | string[], { dot: true });
    return this.files.filter((f) => match(f));
  }

  /** Files whose base name matches (e.g. 'Dockerfile', /^docker-compose.*\.ya?ml$/). */
  byName(name: string | RegExp): string[] {
    return this.files.filter((f) => {
      const base = posix.basename(f);
      return typeof name === 'string' ? base === name : name.test(base);
    });
  }

  /** UTF-8 text of a file, or undefined (with a read warning) when it is missing, too large, binary or not UTF-8. */
  read(path: string): string | undefined {
    if (this.textCache.has(path)) return this.textCache.get(path);
    const text = this.has(path) ? this.readFromDisk(path) : undefined;
    this.textCache.set(path, text);
    return text;
  }

  private readFromDisk(path: string): string | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(join(this.root, path), 'r');
      const size = fstatSync(fd).size;
      if (size > MAX_READ_BYTES) {
        this.warn(path, `not read: ${size} bytes is over the ${MAX_READ_BYTES} byte limit`);
        return undefined;
      }
      const buffer = Buffer.alloc(size);
      let offset = 0;
      while (offset < size) {
        const n = readSync(fd, buffer, offset, size - offset, offset);
        if (n === 0) break;
        offset += n;
      }
      const bytes = buffer.subarray(0, offset);
      if (bytes.includes(0)) {
        this.warn(path, 'not read: binary file');
        return undefined;
      }
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
      } catch {
        this.warn(path, 'not read: not valid UTF-8 text');
        return undefined;
      }
    } catch (error) {
      this.warn(path, `not read: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** Parsed JSON, or undefined (with a warning naming the file) when it does not parse. */
  json(path: string): unknown {
    if (this.jsonCache.has(path)) return this.jsonCache.get(path);
    const text = this.read(path);
    let value: unknown;
    if (text !== undefined) {
      try {
        value = JSON.parse(text);
      } catch (error) {
        this.warn(path, `invalid JSON: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    this.jsonCache.set(path, value);
    return value;
  }

  /** Parsed YAML with its line counter, or undefined (with a warning) when it does not parse. */
  yaml(path: string): ParsedYaml | undefined {
    if (this.yamlCache.has(path)) return this.yamlCache.get(path);
    const text = this.read(path);
    let parsed: ParsedYaml | undefined;
    if (text !== undefined) {
      const lineCounter = new LineCounter();
      const document = parseDocument(text, { lineCounter, uniqueKeys: false });
      if (document.errors.length) {
        const e = document.errors[0];
        const line = e.linePos?.[0]?.line;
        this.warn(path, `invalid YAML${line ? ` at line ${line}` : ''}: ${e.message.split('\n')[0]}`);
      } else {
        parsed = { value: document.toJS({ maxAliasCount: 100 }), document, lineCounter };
      }
    }
    this.yamlCache.set(path, parsed);
    return parsed;
  }

  /** Every package.json outside ignored folders that parses to an object. */
  get packages(): PackageJson[] {
    if (this.packageCache) return this.packageCache;
    this.packageCache = [];
    for (const file of this.byName('package.json')) {
      const raw = this.json(file);
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        if (raw !== undefined) this.warn(file, 'package.json is not a JSON object');
        continue;
      }
      const obj = raw as Record<string, unknown>;
      this.packageCache.push({
        file,
        dir: posix.dirname(file) === '.' ? '' : posix.dirname(file),
        name: typeof obj.name === 'string' ? obj.name : undefined,
        scripts: stringRecord(obj.scripts),
        dependencies: stringRecord(obj.dependencies),
        devDependencies: stringRecord(obj.devDependencies),
        raw: obj,
      });
    }
    return this.packageCache;
  }

  get rootPackage(): PackageJson | undefined {
    return this.packages.find((p) => p.dir === '');
  }

  /** True when any package.json names the dependency (runtime or dev) — or, with a RegExp, one matching it. */
  hasDependency(name: string | RegExp, { runtimeOnly = false } = {}): boolean {
    return this.packages.some((p) => {
      const names = [...Object.keys(p.dependencies), ...(runtimeOnly ? [] : Object.keys(p.devDependencies))];
      return names.some((n) => (typeof name === 'string' ? n === name : name.test(n)));
    });
  }

  /** GitHub Actions workflows under .github/workflows, parsed with line numbers. */
  get workflows(): Workflow[] {
    if (this.workflowCache) return this.workflowCache;
    this.workflowCache = [];
    for (const file of this.glob('.github/workflows/*.{yml,yaml}')) {
      const parsed = this.yaml(file);
      if (parsed) this.workflowCache.push(parseWorkflow(file, parsed, this.read(file) ?? ''));
    }
    return this.workflowCache;
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

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}
