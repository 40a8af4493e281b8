// The Dockerfile init writes for an Express app is not only text: buildah builds it (npm ci from
// the lockfile inside the build), and the image's CMD serves the health route init wrote and mounted.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBuildahStorage, type BuildahStorage } from '../support/buildah.js';

const CLI = resolve('dist/cli/index.js');
let storage: BuildahStorage;
const ws = mkdtempSync(join(tmpdir(), 'shipshape-init-build-'));

beforeAll(() => {
  storage = createBuildahStorage();
  cpSync('test/fixtures/init/express-no-pipeline', ws, { recursive: true });
});
afterAll(() => {
  storage?.remove();
  rmSync(ws, { recursive: true, force: true });
});

test('the written Dockerfile builds with buildah and the image answers on its health route', () => {
  const init = spawnSync(process.execPath, [CLI, 'init', ws, '--force', '--ref', 'a'.repeat(40)], { encoding: 'utf8' });
  expect(init.status).toBe(0);
  const dockerfile = readFileSync(join(ws, 'Dockerfile'), 'utf8');
  expect(dockerfile).toContain('RUN npm ci --omit=dev');
  expect(dockerfile).toContain('EXPOSE 8080');
  expect(readFileSync(join(ws, 'server.js'), 'utf8')).toContain('app.use(healthRouter);');

  // Docker format: OCI image configs have no HEALTHCHECK.
  storage.buildah([
    'bud',
    '--isolation',
    'chroot',
    '--quiet',
    '--format',
    'docker',
    '--build-arg',
    `NODE_IMAGE=${storage.nodeImage}`,
    '-t',
    'localhost/init/orders-api',
    ws,
  ]);
  const config = JSON.parse(storage.buildah(['inspect', '--type', 'image', 'localhost/init/orders-api'])).Docker.config;
  expect(config.User).toBe('1000:1000');
  const [kind, ...probe] = config.Healthcheck.Test as string[];
  expect(kind).toBe('CMD');
  expect(probe.join(' ')).toContain('http://127.0.0.1:8080/healthz');

  // Start the image's CMD, then fetch the health route from inside the container until it answers.
  const ctr = storage.buildah(['from', '--quiet', 'localhost/init/orders-api']).trim();
  try {
    const cmd = config.Cmd as string[];
    const answer = storage.buildah([
      'run',
      '--isolation',
      'chroot',
      ctr,
      '--',
      'sh',
      '-c',
      `${cmd.join(' ')} >/dev/null & app=$!; for i in $(seq 40); do if node -e "fetch('http://127.0.0.1:8080/healthz').then(async r=>{console.log(r.status, await r.text());process.exit(r.ok?0:1)},()=>process.exit(1))"; then "$@" && kill $app && exit 0; fi; sleep 0.25; done; kill $app; exit 1`,
      'sh',
      ...probe,
    ]);
    expect(answer).toContain('200 {"status":"ok"}');
  } finally {
    storage.buildah(['rm', ctr]);
  }
});
