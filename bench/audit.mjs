// Benchmark: audit of a generated repository (50,000 files by default) with a large ignored
// node_modules and an ignored build folder beside it. Prints the audit's wall time (the bundled CLI,
// node start-up included) and its peak memory (max RSS) next to a bare directory walk of the same
// tree, with and without the ignored parts. With --git the tree is a git repository (the kept files
// committed), so the audit lists what git tracks, as it does on a runner's checkout.
// The CLI runs with PATH and HOME only, as bench/startup.mjs does: a variable such as
// NODE_EXTRA_CA_CERTS (set on some machines, not on GitHub's runners) adds tens of ms to every node start.
// Usage: npm run build && node bench/audit.mjs [files=50000] [ignored=100000] [--git] (BENCH_RUNS=9: pairs timed)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const [keptArg, ignoredArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const kept = Number(keptArg ?? 50000);
const ignored = Number(ignoredArg ?? 100000);
const inGit = flags.includes('--git');
const root = join(tmpdir(), `shipshape-bench-${kept}-${ignored}${inGit ? '-git' : ''}`);
const cliEnv = { PATH: process.env.PATH, HOME: process.env.HOME };

function generate() {
  const perPackage = 100;
  let written = 0;
  const file = (path, text) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  file('.gitignore', 'node_modules/\n.generated/\n*.log\n');
  file(
    'package.json',
    JSON.stringify(
      {
        private: true,
        workspaces: ['packages/*'],
        scripts: { start: 'node packages/pkg-0/src/server.js' },
        dependencies: { express: '4.21.0', pg: '8.13.0' },
      },
      null,
      2,
    ),
  );
  file(
    '.github/workflows/ci.yml',
    'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n',
  );
  file('scripts/deploy.sh', '#!/usr/bin/env bash\nset -euo pipefail\necho deploying\n');
  written += 4;
  for (let p = 0; written < kept; p++) {
    file(
      `packages/pkg-${p}/package.json`,
      JSON.stringify({ name: `pkg-${p}`, scripts: { build: 'tsc' }, dependencies: { lodash: '4.17.21' } }),
    );
    written++;
    for (let i = 0; i < perPackage - 1 && written < kept; i++, written++) {
      file(
        `packages/pkg-${p}/src/module-${i}.ts`,
        `export function f${i}(x: number): number {\n  console.log('computing', x);\n  return x * ${i};\n}\n`,
      );
    }
  }
  for (let i = 0; i < ignored; i++) {
    const dir = i % 2 ? `node_modules/dep-${Math.floor(i / 100)}` : `.generated/chunk-${Math.floor(i / 100)}`;
    file(`${dir}/file-${i}.js`, 'module.exports = 1;\n');
  }
  if (inGit) {
    const git = (...args) =>
      execFileSync('git', ['-c', 'user.email=b@example.test', '-c', 'user.name=bench', ...args], {
        cwd: root,
        stdio: 'ignore',
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'bench');
  }
}

// Peak resident memory (MB) and CPU time (user + system, ms) of one CLI run, from GNU time.
// CPU time does not grow when other jobs share the cores, so it is the steadier comparison.
function measureRun(args) {
  if (!existsSync('/usr/bin/time')) return {};
  const run = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M cpu=%U+%S', process.execPath, ...args], {
    env: cliEnv,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const m = /maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)/.exec(run.stderr);
  return m ? { peakMb: Number(m[1]) / 1024, cpuMs: (Number(m[2]) + Number(m[3])) * 1000 } : {};
}

function cpuMs(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function walk(dir, skip) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!skip.has(e.name)) n += walk(join(dir, e.name), skip);
    } else n++;
  }
  return n;
}

function timeMs(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

if (!existsSync(join(root, 'package.json'))) {
  console.log(`generating ${kept} kept + ${ignored} ignored files in ${root} ...`);
  const g = timeMs(generate);
  console.log(`generated in ${(g.ms / 1000).toFixed(1)} s`);
}
const cli = resolve('dist/cli/index.js');
const runs = Number(process.env.BENCH_RUNS ?? 9);
const keptOnly = new Set(['node_modules', '.generated', '.git']);
const runAudit = () =>
  execFileSync(process.execPath, [cli, 'audit', root, '--format', 'json', '--fail-on', 'none'], {
    env: cliEnv,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
// The audit and the bare walk of the kept files run in turn, pair by pair (in alternating order), and
// the goal is the median of the pairs' ratios: this machine's speed drifts over seconds, and timing
// all audits first and all walks after would put the drift into the ratio.
const audit = [];
const walkKept = [];
const pairRatios = [];
// One of each first, not counted (the walk's JIT, the page cache).
let report = JSON.parse(runAudit());
walk(root, keptOnly);
for (let i = 0; i < runs; i++) {
  let a;
  let w;
  if (i % 2) {
    a = timeMs(runAudit);
    w = timeMs(() => walk(root, keptOnly));
  } else {
    w = timeMs(() => walk(root, keptOnly));
    a = timeMs(runAudit);
  }
  audit.push(a.ms);
  walkKept.push(w.ms);
  pairRatios.push(a.ms / w.ms);
  report = JSON.parse(a.value);
}
const node = median(
  Array.from({ length: runs }, () => timeMs(() => execFileSync(process.execPath, ['-e', '0'], { env: cliEnv })).ms),
);
const bareAll = median(Array.from({ length: runs }, () => timeMs(() => walk(root, new Set())).ms));
const bareKept = median(walkKept);
// The same walk as a process of its own, as the CLI runs: node's start-up included (context only; the
// goal below is measured against the in-process walk).
const walkProcess = `const { readdirSync } = require('node:fs'); const { join } = require('node:path');
const skip = new Set(['node_modules', '.generated', '.git']);
const walk = (dir) => { let n = 0; for (const e of readdirSync(dir, { withFileTypes: true })) {
  if (e.isDirectory()) { if (!skip.has(e.name)) n += walk(join(dir, e.name)); } else n++; } return n; };
walk(process.argv[1]);`;
const bareKeptProcess = median(
  Array.from(
    { length: runs },
    () => timeMs(() => execFileSync(process.execPath, ['-e', walkProcess, root], { env: cliEnv })).ms,
  ),
);
const all = walk(root, new Set());
const cpuRuns = Array.from({ length: 3 }, () =>
  measureRun([cli, 'audit', root, '--format', 'json', '--fail-on', 'none']),
);
const peak = cpuRuns[0].peakMb;
const auditCpu = cpuRuns[0].cpuMs === undefined ? undefined : median(cpuRuns.map((r) => r.cpuMs));
const bareKeptCpu = median(
  Array.from({ length: runs }, () => cpuMs(() => walk(root, new Set(['node_modules', '.generated', '.git'])))),
);

console.log('');
console.log(
  `tree: ${all} files in all, ${report.filesIndexed} kept after .gitignore (${all - report.filesIndexed} ignored)`,
);
console.log(
  `audit (CLI, median of ${runs}):            ${median(audit).toFixed(0)} ms wall, ${report.durationMs} ms inside the engine, ${report.findings.length} findings`,
);
console.log(`node start-up alone:                      ${node.toFixed(0)} ms`);
console.log(`bare walk of the whole tree (readdir):    ${bareAll.toFixed(0)} ms`);
console.log(`bare walk of the kept files only:         ${bareKept.toFixed(0)} ms`);
console.log(`  the same walk as a node process:        ${bareKeptProcess.toFixed(0)} ms (start-up included)`);
console.log(
  `peak memory of one audit (max RSS):       ${peak === undefined ? 'n/a (no /usr/bin/time)' : `${peak.toFixed(0)} MB`}`,
);
console.log(`files listed from:                        ${report.fileSource ?? 'folder'}`);
const ratio = median(pairRatios);
console.log(
  `audit / bare walk of the kept files:      ${ratio.toFixed(2)}x wall (median of ${runs} pairs run in turn; ${Math.min(...pairRatios).toFixed(2)}-${Math.max(...pairRatios).toFixed(2)})`,
);
console.log(
  `  against the walk as a node process:     ${(median(audit) / bareKeptProcess).toFixed(2)}x wall (context)`,
);
if (auditCpu !== undefined)
  console.log(
    `CPU time (user+sys), audit vs bare walk:  ${auditCpu.toFixed(0)} ms vs ${bareKeptCpu.toFixed(0)} ms (${(auditCpu / bareKeptCpu).toFixed(2)}x)`,
  );
console.log(
  `load average while measuring:             ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
if (kept <= 50000) console.log(`goal: audit under 2000 ms -> ${median(audit) < 2000 ? 'met' : 'NOT met'}`);
else
  console.log(
    `goal: within 1.5x a bare walk and under 512 MB -> ${ratio <= 1.5 && (peak ?? 0) < 512 ? 'met' : 'NOT met'}`,
  );
