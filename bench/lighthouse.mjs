// Benchmark: the same local page audited 3 times by this action (the bundled dist, one Chrome for
// every run) and by `lhci autorun` (@lhci/cli, same Chromium and flags, a Chrome per run). Prints
// both wall times and both median performance scores side by side, twice: with the tools already
// installed, then as on a fresh hosted runner (empty tool cache and npm cache, install included for
// both: the action's `npm ci` from its shipped lockfile, `npm install @lhci/cli` for lhci).
// Usage: node scripts/build.mjs lighthouse && node bench/lighthouse.mjs [runs=3] [preset=desktop]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const preset = process.argv[3] ?? 'desktop';
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const flags =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A small product page"><title>Bench</title><style>body{font-family:sans-serif;max-width:40em;margin:auto}</style></head>
<body><main><h1>Bench page</h1>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(30)}<img src="/img.svg" alt="a square" width="200" height="200"></main>
<script>for (let i = 0, x = 0; i < 2e6; i++) x += i;</script></body></html>`;
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200" fill="teal"/></svg>';
// A free loopback port, so a busy machine's other servers cannot answer in the app's place.
const port = await new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => done(free));
  });
});
const url = `http://127.0.0.1:${port}/`;
const work = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
// Both tools start the same app themselves (start-command / startServerCommand).
writeFileSync(
  join(work, 'server.js'),
  `const page = ${JSON.stringify(page)}, svg = ${JSON.stringify(svg)};
require('node:http').createServer((req, res) => req.url === '/img.svg'
  ? res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(svg)
  : res.writeHead(200, { 'content-type': 'text/html' }).end(page)).listen(${port}, () => console.log('listening on ${port}'));\n`,
);

// This action, as the runner runs it: inputs in INPUT_* variables, outputs to a file.
function action(fresh = false) {
  const outputs = join(work, 'action-outputs');
  writeFileSync(outputs, '');
  const env = {
    ...process.env,
    GITHUB_OUTPUT: outputs,
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: work,
    ...(fresh
      ? { RUNNER_TOOL_CACHE: mkdtempSync(join(work, 'tool-cache-')), npm_config_cache: mkdtempSync(join(work, 'npm-')) }
      : { SHIPSHAPE_LIGHTHOUSE_DIR: resolve('node_modules/lighthouse') }),
    INPUT_URL: url,
    'INPUT_WORKING-DIRECTORY': work,
    'INPUT_START-COMMAND': 'node server.js',
    INPUT_RUNS: String(runs),
    INPUT_PRESET: preset,
    INPUT_CATEGORIES: 'performance',
    'INPUT_CHROME-PATH': chrome,
    'INPUT_REPORT-DIR': join(work, 'action-reports'),
  };
  const start = Date.now();
  const result = spawnSync(process.execPath, [resolve('dist/lighthouse/index.js')], { env, encoding: 'utf8' });
  const ms = Date.now() - start;
  if (result.status !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
  const score = /^performance<<(\S+)\n(\d+)\n/m.exec(readFileSync(outputs, 'utf8'))?.[2];
  return { ms, score: Number(score) };
}

// lhci autorun with the same Chromium, flags, preset and number of runs; scores from its median run.
function lhci(fresh = false) {
  const dir = mkdtempSync(join(work, 'lhci-'));
  const start = Date.now();
  let cli = resolve('node_modules/@lhci/cli/src/cli.js');
  if (fresh) {
    const version = JSON.parse(readFileSync(resolve('node_modules/@lhci/cli/package.json'), 'utf8')).version;
    const npm = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', `@lhci/cli@${version}`], {
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: mkdtempSync(join(work, 'npm-')) },
    });
    if (npm.status !== 0) throw new Error(`npm install @lhci/cli failed:\n${npm.stderr}`);
    cli = join(dir, 'node_modules/@lhci/cli/src/cli.js');
  }
  const args = [
    cli,
    'autorun',
    `--collect.url=${url}`,
    '--collect.startServerCommand=node server.js',
    `--collect.numberOfRuns=${runs}`,
    `--collect.chromePath=${chrome}`,
    `--collect.settings.chromeFlags=${flags}`,
    `--collect.settings.onlyCategories=performance`,
    ...(preset === 'desktop' ? ['--collect.settings.preset=desktop'] : []),
    '--upload.target=filesystem',
    `--upload.outputDir=${join(dir, 'out')}`,
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: chrome },
  });
  const ms = Date.now() - start;
  if (result.status !== 0) throw new Error(`lhci failed:\n${result.stdout}\n${result.stderr}`);
  const manifest = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8'));
  const representative = manifest.find((m) => m.isRepresentativeRun) ?? manifest[0];
  return {
    ms,
    score: Math.round(representative.summary.performance * 100),
    all: manifest.map((m) => Math.round(m.summary.performance * 100)),
  };
}

console.log(
  `auditing ${url} with ${runs} runs each (${preset} preset, Chromium ${execFileSync(chrome, ['--version'], { encoding: 'utf8' }).trim()})`,
);
for (const fresh of [false, true]) {
  const ours = action(fresh);
  const theirs = lhci(fresh);
  console.log('');
  console.log(fresh ? 'fresh runner (install included)' : 'installed');
  console.log(`                          wall time   median performance score`);
  console.log(`shipshape lighthouse      ${(ours.ms / 1000).toFixed(1).padStart(6)} s   ${ours.score}`);
  console.log(
    `lhci autorun              ${(theirs.ms / 1000).toFixed(1).padStart(6)} s   ${theirs.score} (runs: ${theirs.all.join(', ')})`,
  );
  console.log(
    `speed-up: ${(theirs.ms / ours.ms).toFixed(2)}x; scores ${ours.score === theirs.score ? 'equal' : `differ by ${Math.abs(ours.score - theirs.score)}`}`,
  );
}
