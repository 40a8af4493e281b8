// Build secrets through the bundled container action on real buildah and a real registry: a RUN step
// reads them (its hash of them is in the image), the generated Dockerfile installs a private package
// with an .npmrc secret from a registry that wants the token, and the secret bytes are in no pushed
// blob (layers, config, manifest) and in no log. Also `target` and extra `labels`.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createBuildahStorage, type BuildahStorage } from '../support/buildah.js';
import { startPrivateNpmRegistry } from '../support/private-npm-registry.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { runContainerOnBuildah } from '../support/container-action.js';
import { visibleLog } from '../support/run-dist.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'container');
let storage: BuildahStorage;
let registry: TestRegistry;

beforeAll(async () => {
  storage = createBuildahStorage();
  registry = await startRegistry();
}, 300000);
afterAll(async () => {
  await registry?.stop();
  storage?.remove();
});

function container(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runContainerOnBuildah(storage, registry, ws, inputs, {
    GITHUB_REPOSITORY: 'acme/private-app',
    GITHUB_SHA: 'a'.repeat(40),
    ...env,
  });
}

/** Every blob the registry holds for a tag, as bytes: the manifest, the config, and each layer unpacked. */
async function pushedBlobs(name: string, tag: string): Promise<{ what: string; bytes: Buffer }[]> {
  const manifest = await registry.manifest(name, tag);
  expect(manifest.status).toBe(200);
  const blobs = [
    { what: 'manifest', bytes: Buffer.from(JSON.stringify(manifest.body)) },
    { what: 'config', bytes: await registry.blobBytes(name, manifest.body.config.digest) },
  ];
  for (const layer of manifest.body.layers as { digest: string; mediaType: string }[]) {
    const raw = await registry.blobBytes(name, layer.digest);
    blobs.push({ what: `layer ${layer.digest}`, bytes: layer.mediaType.includes('gzip') ? gunzipSync(raw) : raw });
  }
  return blobs;
}

function blobsHolding(blobs: { what: string; bytes: Buffer }[], text: string): string[] {
  return blobs.filter((b) => b.bytes.includes(text)).map((b) => b.what);
}

test('a RUN --mount=type=secret step reads a file and an env secret; neither is in any pushed blob or the log', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'container-secrets-'));
  cpSync(join(FIXTURES, 'secret-mount-dockerfile'), ws, { recursive: true });
  const token = 'npm_fileSecretToken7f3a9c2e';
  const npmrc = `//npm.pkg.github.com/:_authToken=${token}\n`;
  const envToken = 'env-secret-4b8d1e6f0a';
  // The file lives outside the build context, as a step would write it to $RUNNER_TEMP.
  const secretDir = mkdtempSync(join(tmpdir(), 'secret-files-'));
  writeFileSync(join(secretDir, 'npmrc'), npmrc);
  const run = await container(
    ws,
    {
      image: `${registry.host}/acme/secrets`,
      tags: 'with-secrets',
      secrets: `id=npmrc,src=${join(secretDir, 'npmrc')}\nid=token,env=BUILD_TOKEN`,
      target: 'app',
      labels: 'com.example.team=payments\norg.opencontainers.image.title=custom-title',
      provenance: 'mode=max',
    },
    { BUILD_TOKEN: envToken },
  );
  expect(run.stdout).not.toMatch(/::error::/);
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toContain('build secrets: npmrc, token (values masked)');
  expect(run.stdout).toContain(
    '::notice::buildah writes no attestations: provenance is for the docker builder (buildx)',
  );

  // The step read both: the hash of their bytes, computed inside the build, is in a layer.
  const readInside = createHash('sha256').update(npmrc).update(envToken).digest('hex');
  const blobs = await pushedBlobs('acme/secrets', 'with-secrets');
  expect(blobsHolding(blobs, readInside).length).toBe(1);
  for (const secret of [token, envToken]) expect(blobsHolding(blobs, secret)).toEqual([]);

  // target: the app stage, not the debug stage after it; labels: added and overriding the computed one.
  const config = JSON.parse(blobs.find((b) => b.what === 'config')!.bytes.toString('utf8')).config;
  expect(config.Labels.stage).toBeUndefined();
  expect(config.Labels['com.example.team']).toBe('payments');
  expect(config.Labels['org.opencontainers.image.title']).toBe('custom-title');
  expect(config.Labels['org.opencontainers.image.revision']).toBe('a'.repeat(40));

  // Both values are masked for the runner and never shown by us.
  expect(run.stdout).toContain(`::add-mask::${token}`);
  expect(run.stdout).toContain(`::add-mask::${envToken}`);
  for (const secret of [token, envToken]) {
    expect(visibleLog(run.stdout) + run.stderr + run.summary).not.toContain(secret);
  }
});

test('the generated Dockerfile installs a private package with the npmrc secret, and no layer keeps the token', async () => {
  const npmToken = 'npm_privateRegistryToken_5c1d9e';
  const npm = await startPrivateNpmRegistry(npmToken);
  try {
    const ws = mkdtempSync(join(tmpdir(), 'container-npmrc-'));
    writeFileSync(
      join(ws, 'package.json'),
      JSON.stringify({
        name: 'private-app',
        version: '1.0.0',
        scripts: { start: 'node server.js' },
        dependencies: { [npm.name]: npm.version },
      }),
    );
    writeFileSync(
      join(ws, 'package-lock.json'),
      JSON.stringify({
        name: 'private-app',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'private-app', version: '1.0.0', dependencies: { [npm.name]: npm.version } },
          [`node_modules/${npm.name}`]: { version: npm.version, resolved: npm.resolved, integrity: npm.integrity },
        },
      }),
    );
    writeFileSync(join(ws, 'server.js'), `console.log(require('${npm.name}'));\n`);
    const host = npm.url.replace(/^http:/, '');
    // In the build context, as `actions/setup-node` or a step may leave it: the final stage's `COPY . .`
    // must not take it, so the generated .dockerignore lists it.
    writeFileSync(
      join(ws, '.npmrc'),
      `registry=${npm.url}\n${host}:_authToken=${npmToken}\naudit=false\nfund=false\nupdate-notifier=false\n`,
    );
    const run = await container(ws, {
      image: `${registry.host}/acme/private-app`,
      tags: 'npmrc',
      secrets: 'id=npmrc,src=.npmrc',
    });
    expect(run.stdout).not.toMatch(/::error::/);
    expect(run.exitCode).toBe(0);
    const dockerfile = readFileSync(join(ws, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev');
    expect(dockerfile).toContain('COPY . .');
    expect(readFileSync(join(ws, '.dockerignore'), 'utf8').split('\n')).toContain('.npmrc');
    // npm inside the build fetched the tarball with the token, and only with it.
    expect(npm.requests.filter((r) => r.path.endsWith('.tgz'))).toEqual([
      { path: `/${npm.name}/-/greeting-${npm.version}.tgz`, authorized: true },
    ]);
    const blobs = await pushedBlobs('acme/private-app', 'npmrc');
    expect(blobsHolding(blobs, npm.marker).length).toBeGreaterThan(0); // the package is in the image
    expect(blobsHolding(blobs, npmToken)).toEqual([]);
    // (`_authToken` itself is in the base layer: it is npm's own source text, not our secret.)
    expect(visibleLog(run.stdout) + run.stderr + run.summary).not.toContain(npmToken);
  } finally {
    await npm.close();
  }
});

test.each([
  [{ secrets: 'id=npmrc,src=missing/.npmrc' }, 'input `secrets` line 1: the file missing/.npmrc does not exist'],
  [
    { secrets: 'id=token,env=UNSET_TOKEN_VAR' },
    'input `secrets` line 1: the variable UNSET_TOKEN_VAR is not set or empty',
  ],
  [
    { secrets: 'id=npmrc,src=.npmrc' },
    'input `secrets`: .npmrc is inside the build context and not in .dockerignore, so a COPY could put it in the image',
  ],
  [{ target: 'bad stage' }, 'input `target` must name a build stage'],
  [{ provenance: 'maybe' }, 'input `provenance` must be true, false or a buildx spec like mode=max (got `maybe`)'],
])('rejects %j with one line naming the input', async (inputs, message) => {
  const ws = mkdtempSync(join(tmpdir(), 'container-bad-'));
  cpSync(join(FIXTURES, 'secret-mount-dockerfile'), ws, { recursive: true });
  // A token file in the build context, which the fixture's `COPY index.js` would not take but a `COPY . .` would.
  writeFileSync(join(ws, '.npmrc'), '//npm.pkg.github.com/:_authToken=npm_inContextToken_77aa\n');
  const run = await container(ws, { image: `${registry.host}/acme/bad`, ...inputs });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain(`::error::${message}`);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  expect(visibleLog(run.stdout)).not.toContain('npm_inContextToken_77aa');
});
