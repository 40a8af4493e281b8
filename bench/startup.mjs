// Start-up cost of every bundle: each runs until its first input check fails (an invalid value), so
// only loading the bundle and parsing inputs is timed. Runs alternate with `node -e 0` (pairs, so a
// busy machine slows both alike) and the median of each is printed with their ratio. Goal: <= 1.5x.
// Usage: node bench/startup.mjs [runs=10]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const runs = Number(process.argv[2] ?? 20);
const BUNDLES = [
  { name: 'audit', env: { 'INPUT_FAIL-ON': 'bogus' } },
  { name: 'gate', env: { 'INPUT_AUDIT-REPORT': 'audit.json', 'INPUT_FAIL-ON': 'bogus' } },
  { name: 'container', env: { INPUT_BUILDER: 'bogus' } },
  { name: 'trivy', env: { 'INPUT_SCAN-TYPE': 'bogus' } },
  { name: 'lighthouse', env: { INPUT_PRESET: 'bogus' } },
  { name: 'migrate-deploy', env: { INPUT_TOOL: 'bogus' } },
  { name: 'cli', args: ['audit', '--fail-on', 'bogus'] },
  { name: 'cli', label: 'cli rules', args: ['rules', '--format', 'json'], info: true },
  // The command users run (`npx shipshape`): the bin file in front of the CLI bundle.
  { name: 'cli', label: 'bin/shipshape', entry: 'bin/shipshape.js', args: ['audit', '--fail-on', 'bogus'] },
];

function time(args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { PATH: process.env.PATH, ...env }, stdio: 'pipe' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: r.status, out: `${r.stdout}` };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const b of BUNDLES) {
  const entry = b.entry ?? `dist/${b.name}/index.js`;
  if (!existsSync(`dist/${b.name}/index.js`)) continue;
  const base = [];
  const bundle = [];
  const ratios = [];
  let last = time([entry, ...(b.args ?? [])], b.env ?? {}); // warm-up: the file cache, not counted
  for (let i = 0; i < runs; i++) {
    base.push(time(['-e', '0'], {}).ms);
    last = time([entry, ...(b.args ?? [])], b.env ?? {});
    bundle.push(last.ms);
    ratios.push(bundle[i] / base[i]);
  }
  // The action must really have stopped at the input check (exit 1 with an ::error:: naming it).
  const stoppedAtInput =
    b.name === 'cli' ? last.status === (b.info ? 0 : 2) : last.status === 1 && /::error::input/.test(last.out);
  // The ratio pair by pair, then its median: a machine that speeds up or slows down moves both alike.
  const ratio = median(ratios);
  rows.push({
    bundle: b.label ?? b.name,
    info: b.info,
    ms: median(bundle),
    base: median(base),
    ratio,
    ok: stoppedAtInput,
  });
}
console.log(`bundle start-up: ${runs} runs paired with node -e 0, medians and the median pair ratio (goal <= 1.50x)`);
console.log('bundle            median ms   node -e 0 ms   ratio');
for (const r of rows)
  console.log(
    `${r.bundle.padEnd(16)} ${r.ms.toFixed(0).padStart(9)} ${r.base.toFixed(0).padStart(14)} ${r.ratio.toFixed(2).padStart(7)}x${r.info ? '  (loads every rule: no goal)' : r.ratio <= 1.5 ? '' : '  over goal'}${r.ok ? '' : '  (did not stop at the input check)'}`,
  );
