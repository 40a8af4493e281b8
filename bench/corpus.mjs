// The audit measured on real repositories. bench/corpus.json names public repositories, each pinned
// at a commit, with what a careful auditor expects after reading it (`expect`) and what must not be
// reported (`reject`). For every repository whose git mirror is on this machine, the commit's tree is
// written to a temporary folder from git's object store (blobs only: no checkout, no filters, no
// hooks, no symlinks, nothing of the repository is run), the bundled CLI audits it, and each finding
// is matched to an expectation. A finding that matches no expectation, or one already matched, is a
// false alarm; an expectation no finding matches is a miss. Prints precision and recall per rule and
// overall, and each repository's score against its class (well-run >= 70, critical-gaps <= 49).
// Usage: npm run build cli && node bench/corpus.mjs [name-filter] [--verbose]
// Mirrors are looked up under $SHIPSHAPE_MIRRORS (default /work/.mirror) as <owner>+<name>/repo.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const here = dirname(new URL(import.meta.url).pathname);
const cli = resolve(here, '../dist/cli/index.js');
const mirrors = process.env.SHIPSHAPE_MIRRORS ?? '/work/.mirror';
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const filter = args.find((a) => !a.startsWith('--'));
const corpus = JSON.parse(readFileSync(join(here, 'corpus.json'), 'utf8'));
const TARGETS = { precision: 0.95, recall: 0.9, wellRun: 70, criticalGaps: 49 };

if (!existsSync(cli)) {
  console.error(`corpus: ${cli} is missing: run \`npm run build cli\` first`);
  process.exit(2);
}

// Git with the mirror's own configuration kept from running anything (no fsmonitor, no hooks).
function git(gitDir, gitArgs, options = {}) {
  return execFileSync(
    'git',
    ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', `--git-dir=${gitDir}`, ...gitArgs],
    { maxBuffer: 2 ** 30, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' }, ...options },
  );
}

/** Writes the regular files of `commit` under `into`; returns how many were written and skipped. */
function extractTree(gitDir, commit, into) {
  const listing = git(gitDir, ['ls-tree', '-r', '-z', '--full-tree', commit]).toString('utf8');
  const blobs = [];
  let skipped = 0;
  for (const entry of listing.split('\0')) {
    if (!entry) continue;
    const [meta, path] = entry.split('\t');
    const [mode, type, id] = meta.split(' ');
    if (type !== 'blob' || mode === '120000' || path.split('/').includes('..')) skipped++;
    else blobs.push({ id, path });
  }
  const out = git(gitDir, ['cat-file', '--batch'], { input: blobs.map((b) => b.id).join('\n') + '\n' });
  let offset = 0;
  let missing = 0;
  for (const { path } of blobs) {
    const headerEnd = out.indexOf(10, offset);
    const [, kind, size] = out.subarray(offset, headerEnd).toString('utf8').split(' ');
    // Snapshots may lack large or LFS blobs: git answers `<id> missing` and no content.
    if (kind === 'missing') {
      offset = headerEnd + 1;
      missing++;
      continue;
    }
    const start = headerEnd + 1;
    const end = start + Number(size);
    const target = join(into, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.subarray(start, end));
    offset = end + 1;
  }
  return { written: blobs.length - missing, skipped: skipped + missing };
}

function audit(dir) {
  let stdout;
  try {
    stdout = execFileSync('node', [cli, 'audit', dir, '--format', 'json', '--fail-on', 'none'], {
      maxBuffer: 2 ** 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    stdout = error.stdout;
  }
  return JSON.parse(stdout.toString('utf8'));
}

function matches(finding, e) {
  return (
    finding.ruleId === e.rule &&
    (e.file === undefined || finding.file === e.file) &&
    (e.message === undefined || finding.message.includes(e.message))
  );
}

const perRule = new Map();
const tally = (rule) => {
  if (!perRule.has(rule)) perRule.set(rule, { tp: 0, fp: 0, fn: 0 });
  return perRule.get(rule);
};
const rows = [];
const classFailures = [];

for (const entry of corpus.repositories) {
  if (filter && !entry.name.includes(filter)) continue;
  const gitDir = join(mirrors, entry.name.replace('/', '+'), 'repo');
  const known =
    existsSync(gitDir) && git(gitDir, ['cat-file', '-t', entry.commit], { stdio: 'pipe' }).toString().trim();
  if (known !== 'commit') {
    rows.push({ name: entry.name, skipped: true });
    continue;
  }
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-corpus-'));
  try {
    extractTree(gitDir, entry.commit, dir);
    const report = audit(dir);
    const used = new Set();
    const falseAlarms = [];
    for (const f of report.findings) {
      const i = entry.expect.findIndex((e, k) => !used.has(k) && matches(f, e));
      if (i >= 0) {
        used.add(i);
        tally(f.ruleId).tp++;
      } else {
        tally(f.ruleId).fp++;
        const rejected = (entry.reject ?? []).find((e) => matches(f, e));
        falseAlarms.push({ f, why: rejected?.why ?? 'not expected' });
      }
    }
    const misses = entry.expect.filter((_, k) => !used.has(k));
    for (const e of misses) tally(e.rule).fn++;
    const score = report.score;
    const classOk =
      entry.class === 'well-run'
        ? score >= TARGETS.wellRun
        : entry.class === 'critical-gaps'
          ? score <= TARGETS.criticalGaps
          : true;
    if (!classOk) classFailures.push(`${entry.name} (${entry.class}) scored ${score}`);
    rows.push({ name: entry.name, class: entry.class ?? '-', score, tp: used.size, falseAlarms, misses, classOk });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
console.log('repository                                   class          score  found  false  missed');
for (const r of rows) {
  if (r.skipped) {
    console.log(`${r.name.padEnd(44)} skipped: no local mirror holds its commit`);
    continue;
  }
  console.log(
    `${r.name.padEnd(44)} ${r.class.padEnd(14)} ${String(r.score).padStart(5)}${r.classOk ? ' ' : '!'} ${String(r.tp).padStart(5)}  ${String(r.falseAlarms.length).padStart(5)}  ${String(r.misses.length).padStart(6)}`,
  );
  if (verbose || r.falseAlarms.length || r.misses.length) {
    for (const { f, why } of r.falseAlarms)
      console.log(`    false alarm ${f.ruleId} ${f.file ?? ''}${f.line ? `:${f.line}` : ''} (${why})`);
    for (const e of r.misses) console.log(`    missed      ${e.rule} ${e.file ?? ''} ${e.message ?? ''}`);
  }
}

console.log('\nrule                                          found  false  missed  precision  recall');
let tp = 0;
let fp = 0;
let fn = 0;
for (const [rule, t] of [...perRule].sort(([a], [b]) => a.localeCompare(b))) {
  tp += t.tp;
  fp += t.fp;
  fn += t.fn;
  console.log(
    `${rule.padEnd(45)} ${String(t.tp).padStart(5)}  ${String(t.fp).padStart(5)}  ${String(t.fn).padStart(6)}  ${pct(t.tp, t.tp + t.fp).padStart(9)}  ${pct(t.tp, t.tp + t.fn).padStart(6)}`,
  );
}
const audited = rows.filter((r) => !r.skipped).length;
const precision = tp + fp ? tp / (tp + fp) : 1;
const recall = tp + fn ? tp / (tp + fn) : 1;
console.log(
  `\noverall: ${audited} repositories, ${tp} true findings, ${fp} false alarms, ${fn} misses: precision ${pct(tp, tp + fp)} (target ${TARGETS.precision * 100}%), recall ${pct(tp, tp + fn)} (target ${TARGETS.recall * 100}%)`,
);
for (const failure of classFailures) console.log(`score out of its class: ${failure}`);
const met = audited > 0 && precision >= TARGETS.precision && recall >= TARGETS.recall && !classFailures.length;
console.log(met ? 'targets met' : 'targets not met');
process.exitCode = met ? 0 : 1;
