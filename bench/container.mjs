// Benchmark: the container action's layer cache. Builds a generated Dockerfile for a Node app (a
// build script and 2,000 source files) with buildah, cold in a fresh storage, then again with the
// context unchanged, then with one source file changed; prints the wall times and their ratios.
// Once per storage driver: overlay (buildah's default on runners) and vfs (what our tests use).
// Usage: npm run build && node bench/container.mjs [overlay,vfs]   (needs buildah, busybox-static)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const drivers = (process.argv[2] ?? 'overlay,vfs').split(',');

for (const driver of drivers) {
  console.log(`\n== storage driver: ${driver}`);
  const root = mkdtempSync(join(tmpdir(), 'shipshape-bench-container-'));
  const storageConf = join(root, 'storage.conf');
  writeFileSync(
    storageConf,
    `[storage]\ndriver = "${driver}"\ngraphroot = "${join(root, 'graph')}"\nrunroot = "${join(root, 'run')}"\n`,
  );
  const storageEnv = { CONTAINERS_STORAGE_CONF: storageConf, STORAGE_DRIVER: driver };
  const baseImage = 'localhost/shipshape-bench/node:20';
  execFileSync('bash', ['test/support/build-node-base-image.sh', join(root, 'base'), baseImage], {
    env: { ...process.env, ...storageEnv },
    stdio: 'inherit',
  });

  const app = join(root, 'app');
  const file = (path, text) => {
    mkdirSync(join(app, path, '..'), { recursive: true });
    writeFileSync(join(app, path), text);
  };
  file(
    'package.json',
    JSON.stringify(
      { name: 'bench-app', version: '1.0.0', scripts: { build: 'node build.js', start: 'node dist/server.js' } },
      null,
      2,
    ),
  );
  // The build does real work: it reads every source file and writes a bundle, then hashes for a while.
  file(
    'build.js',
    `const fs = require('fs'); const crypto = require('crypto');
  const files = fs.readdirSync('src').map((f) => fs.readFileSync('src/' + f, 'utf8'));
  fs.mkdirSync('dist', { recursive: true });
  let h = crypto.createHash('sha256').update(files.join('\\n')).digest();
  for (let i = 0; i < 3e6; i++) h = crypto.createHash('sha256').update(h).digest();
  fs.writeFileSync('dist/server.js', files.join('\\n') + "\\nrequire('http').createServer((q, s) => s.end('${'$'}{h.toString('hex')}')).listen(process.env.PORT || 8080);\\n");
  `,
  );
  for (let i = 0; i < 2000; i++)
    file(`src/module-${i}.js`, `exports.f${i} = (x) => x * ${i}; // ${'padding '.repeat(100)}\n`);
  // A git checkout, as on a runner: the image's `created` label is the commit time.
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: app,
      stdio: 'ignore',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'bench app');

  function build(label) {
    const env = {
      ...process.env,
      ...storageEnv,
      GITHUB_WORKSPACE: app,
      GITHUB_REPOSITORY: 'bench/app',
      RUNNER_TEMP: root,
      INPUT_BUILDER: 'buildah',
      INPUT_IMAGE: 'localhost/bench/app',
      INPUT_TAGS: 'bench',
      INPUT_PUSH: 'false',
      'INPUT_BUILD-ARGS': `NODE_IMAGE=${baseImage}`,
    };
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [resolve('dist/container/index.js')], { cwd: app, env, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0) throw new Error(`${label} build failed:\n${run.stdout}\n${run.stderr}`);
    if (process.env.BENCH_DEBUG)
      console.log(
        run.stdout
          .split('\n')
          .filter((l) => /STEP|Using cache|label/i.test(l))
          .join('\n'),
      );
    console.log(`${label.padEnd(28)} ${seconds.toFixed(2).padStart(7)} s`);
    return seconds;
  }

  try {
    const cold = build('first build (cold cache)');
    const warm = build('unchanged context (cached)');
    file('src/module-7.js', 'exports.f7 = (x) => x * 7; // changed\n');
    git('commit', '-qam', 'change one file');
    const changed = build('one source file changed');
    console.log(`cached / cold:  ${(warm / cold).toFixed(3)} (${(cold / warm).toFixed(1)}x faster)`);
    console.log(`changed / cold: ${(changed / cold).toFixed(3)}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
