// Benchmark: `shipshape report merge` over generated audit JSON reports (5,000 by default), as the fleet
// workflow's last job meets them after the artifact download (one folder per matrix chunk). Prints the
// wall time (the bundled CLI, node start-up included) and peak memory (max RSS) of each format, beside
// the same merge of a tenth as many reports: the merge keeps a row per repository, not the reports,
// so memory grows with the row count only.
// Usage: npm run build && node bench/report-merge.mjs [reports=5000] [findings-per-report=40]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const count = Number(process.argv[2] ?? 5000);
const findingsPer = Number(process.argv[3] ?? 40);
const BIN = resolve('bin/shipshape.js');
const CATEGORIES = [
  'container',
  'ci',
  'scripts',
  'database',
  'backup',
  'secrets',
  'config',
  'observability',
  'security',
  'docs',
];
const SEVERITIES = ['critical', 'high', 'medium', 'low'];

function generate(root, n) {
  rmSync(root, { recursive: true, force: true });
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < n; i++) {
    const chunk = join(root, `shipshape-reports-${Math.floor(i / 10) + 1}`);
    mkdirSync(chunk, { recursive: true });
    const repository = `bigco/service-${String(i).padStart(5, '0')}`;
    const findings = Array.from({ length: Math.floor(random() * findingsPer) }, (_, k) => {
      const category = CATEGORIES[k % CATEGORIES.length];
      return {
        ruleId: `${category}/generated-rule-${k % 7}`,
        severity: SEVERITIES[Math.floor(random() * 4)],
        title: `A generated finding number ${k} about ${category}`,
        message: `Evidence for finding ${k} in ${repository}: a line that names the file and the value it saw.`,
        file: `src/module-${k}/index.ts`,
        line: 1 + Math.floor(random() * 400),
        remediation: 'Do the thing the rule asks for, then run the audit again to see the finding go.',
      };
    });
    const categories = Object.fromEntries(CATEGORIES.map((c) => [c, Math.floor(random() * 101)]));
    const score = Math.round(Object.values(categories).reduce((a, b) => a + b, 0) / CATEGORIES.length);
    writeFileSync(
      join(chunk, `${repository.replace('/', '__')}.json`),
      JSON.stringify(
        {
          repository,
          score,
          categories,
          gate: { failOn: 'none', passed: true },
          findings,
          suppressed: [],
          warnings: [],
          filesIndexed: 200,
          durationMs: 90,
        },
        null,
        2,
      ),
    );
  }
}

function folderBytes(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    total += e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return total;
}

function merge(root, format) {
  const out = join(tmpdir(), `shipshape-bench-merge.${format}`);
  const args = [BIN, 'report', 'merge', root, '--format', format, '--output', out];
  const timed = existsSync('/usr/bin/time');
  const start = performance.now();
  const run = timed
    ? spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`merge failed: ${run.stderr}`);
  const kb = Number(/maxrss=(\d+)/.exec(run.stderr ?? '')?.[1]);
  return { ms, mb: Number.isFinite(kb) ? kb / 1024 : undefined, outBytes: statSync(out).size };
}

if (!existsSync(join('dist', 'cli', 'index.js'))) {
  console.error('build first: npm run build');
  process.exit(2);
}
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `report merge: ${count} reports (up to ${findingsPer} findings each) and ${Math.round(count / 10)} for scale`,
);
for (const n of [Math.round(count / 10), count]) {
  const root = join(tmpdir(), `shipshape-bench-reports-${n}-${findingsPer}`);
  generate(root, n);
  const size = folderBytes(root);
  for (const format of ['json', 'html', 'markdown']) {
    const r = merge(root, format);
    console.log(
      `  ${String(n).padStart(5)} reports (${mb(size)}) → ${format.padEnd(8)} ${(r.ms / 1000).toFixed(2)} s, ` +
        `peak ${r.mb === undefined ? '? (no /usr/bin/time)' : `${r.mb.toFixed(0)} MB RSS`}, output ${mb(r.outBytes)}`,
    );
  }
}
