// init end to end: audit the repository, plan the missing pieces, write them (or print their diff
// with --dry-run), then audit again and report the score and the findings before and after.
import { closeSync, constants, lstatSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../lib/errors.js';
import type { Finding } from '../lib/findings.js';
import { Repository } from '../lib/repository/repository.js';
import { unifiedDiff } from './diff.js';
import { planInit, type InitOptions, type InitPlan, type PlannedFile } from './plan.js';

/** What init reads of one audit of the repository: its findings, its score, and the globs its config ignores. */
export interface InitAuditResult {
  findings: Finding[];
  scores: { overall: number };
  ignore: readonly string[];
}

/**
 * The audit init runs before and after writing, config read anew each time (init may write it).
 * The front end passes the audit's engine in: init knows none of the audit's modules.
 */
export type InitAudit = (root: string) => Promise<InitAuditResult>;

export interface InitRun {
  plan: InitPlan;
  before: InitAuditResult;
  /** Undefined with --dry-run (nothing was written, so nothing changed). */
  after?: InitAuditResult;
  written: string[];
  diff: string;
}

export async function runInit(
  root: string,
  options: InitOptions & { dryRun: boolean },
  audit: InitAudit,
): Promise<InitRun> {
  const before = await audit(root);
  const repo = new Repository(root, before.ignore);
  const plan = planInit(repo, before.findings, options);
  const diff = plan.files.map((f) => unifiedDiff(f)).join('');
  const written: string[] = [];
  if (!options.dryRun) {
    for (const file of plan.files) {
      writeInside(root, file);
      written.push(file.path);
    }
  }
  const after = options.dryRun || !written.length ? undefined : await audit(root);
  return { plan, before, after, written, diff };
}

/**
 * Writes a planned file under the root only: no `..`, no link anywhere on the way, a new file created
 * exclusively, an existing one replaced through an exclusively created temporary file beside it.
 */
function writeInside(root: string, file: PlannedFile): void {
  const base = resolve(root);
  const target = resolve(base, file.path);
  if (relative(base, target).startsWith('..') || relative(base, target) === '')
    throw new ConfigurationError(`init: refusing to write ${file.path}: outside ${root}`);
  let dir = base;
  for (const part of relative(base, dirname(target)).split(sep).filter(Boolean)) {
    dir = join(dir, part);
    const st = lstatOrUndefined(dir);
    if (st?.isSymbolicLink()) throw new ConfigurationError(`init: refusing to write ${file.path}: ${dir} is a link`);
    if (!st) mkdirSync(dir);
  }
  const existing = lstatOrUndefined(target);
  if (existing?.isSymbolicLink() || (existing && !existing.isFile()))
    throw new ConfigurationError(`init: refusing to write ${file.path}: it is not a regular file`);
  if (!existing) return writeNew(target, file.after);
  const tmp = join(dirname(target), `.${randomBytes(6).toString('hex')}.shipshape-init.tmp`);
  writeNew(tmp, file.after);
  renameSync(tmp, target);
}

function writeNew(path: string, text: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The report init prints: what it wrote, what it left and why, the score and findings before and after. */
export function renderInitReport(run: InitRun, dryRun: boolean): string {
  const { plan, before, after } = run;
  const out: string[] = [];
  if (plan.facts) {
    const f = plan.facts;
    out.push(
      `shipshape init: ${f.framework} in ${f.appDir || '.'}, ${f.packageManager}, Node ${f.nodeVersion}, port ${f.port}` +
        `${f.database ? `, ${f.database}` : ''}${f.migrateTool ? ` (${f.migrateTool}, ${f.migrationsDir})` : ''}, deploy: ${f.deployTarget}`,
    );
  }
  if (!plan.files.length) out.push('', 'nothing to write: every piece init knows is already there.');
  else {
    out.push('', dryRun ? 'would write:' : 'wrote:');
    for (const f of plan.files) out.push(`  ${f.before === undefined ? 'new    ' : 'changed'} ${f.path}  (${f.why})`);
  }
  if (plan.skipped.length) {
    out.push('', 'left as they are:');
    for (const s of plan.skipped) out.push(`  ${s.path}: ${s.why}`);
  }
  if (plan.leftToHuman.length) {
    out.push('', 'left to a human:');
    for (const l of plan.leftToHuman) out.push(`  - ${l}`);
  }
  for (const n of plan.notes) out.push('', `note: ${n}`);
  out.push('', `score before: ${before.scores.overall}`);
  if (after) {
    out.push(`score after:  ${after.scores.overall}`);
    const key = (f: Finding) => `${f.ruleId} ${f.file ?? ''}`;
    const now = new Set(after.findings.map(key));
    const was = new Set(before.findings.map(key));
    const closed = before.findings.filter((f) => !now.has(key(f)));
    const opened = after.findings.filter((f) => !was.has(key(f)));
    if (closed.length) {
      out.push('closed:');
      for (const f of closed) out.push(`  - ${f.severity} ${f.ruleId}${f.file ? ` (${f.file})` : ''}`);
    }
    if (opened.length) {
      out.push('new:');
      for (const f of opened) out.push(`  - ${f.severity} ${f.ruleId}${f.file ? ` (${f.file})` : ''}: ${f.message}`);
    }
    out.push(`findings: ${before.findings.length} before, ${after.findings.length} after`);
  }
  return `${out.join('\n')}\n`;
}
