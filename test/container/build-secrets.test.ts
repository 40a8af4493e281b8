// Build secrets, target, extra labels and attestations: the `secrets` lines checked once, and what
// each builder is asked to do with them (argument lists, pure). The real buildah build is in action.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildahBuildArgs } from '../../src/container/builders/buildah.js';
import type { BuildRequest } from '../../src/container/builders/builder.js';
import { buildxBuildArgs } from '../../src/container/builders/docker.js';
import { parseBuildSecrets, secretSpec } from '../../src/container/build-secrets.js';
import { exposedSecretFiles, readIgnoreFile } from '../../src/container/ignore-file.js';
import type { DetectedApp } from '../../src/lib/dockerfile/detect-app.js';
import { generateDockerfile } from '../../src/lib/dockerfile/generate-dockerfile.js';
import { redact } from '../../src/lib/redact.js';

const ws = mkdtempSync(join(tmpdir(), 'secrets-ws-'));
writeFileSync(join(ws, '.npmrc'), '//npm.pkg.github.com/:_authToken=ghp_parsedTokenValue123\n');

describe('parseBuildSecrets', () => {
  test('file and env secrets become --secret specs that name a path or a variable, never a value', () => {
    const secrets = parseBuildSecrets(
      '# private packages\nid=npmrc,src=.npmrc\n\nid=token,env=API_TOKEN\nid=other,type=env,src=API_TOKEN',
      ws,
      { API_TOKEN: 'tok-from-env-99887766' },
    );
    expect(secrets.map(secretSpec)).toEqual([
      `id=npmrc,src=${join(ws, '.npmrc')}`,
      'id=token,env=API_TOKEN',
      'id=other,env=API_TOKEN',
    ]);
    // The values are registered as secrets: our own messages redact them.
    expect(redact('token ghp_parsedTokenValue123 and tok-from-env-99887766')).toBe('token *** and ***');
  });

  test.each([
    ['npmrc', 'input `secrets` line 1 must be id=NAME,src=FILE or id=NAME,env=VARIABLE'],
    ['src=.npmrc', 'input `secrets` line 1 needs an id of letters, digits, . _ or - (id=npmrc)'],
    ['id=npmrc', 'input `secrets` line 1 needs src=FILE or env=VARIABLE'],
    ['id=a,src=.npmrc\nid=a,src=.npmrc', 'input `secrets` line 2 repeats the id `a`'],
    ['id=a,src=missing.npmrc', 'input `secrets` line 1: the file missing.npmrc does not exist'],
    ['id=a,env=NOT_SET_ANYWHERE', 'input `secrets` line 1: the variable NOT_SET_ANYWHERE is not set or empty'],
    ['id=a,env=BAD-NAME', 'input `secrets` line 1: env must name a variable (got `BAD-NAME`)'],
    ['id=a,src=.npmrc,mode=0400', 'input `secrets` line 1 has an unknown field `mode`'],
  ])('%j is refused with one line naming the line', (raw, message) => {
    expect(() => parseBuildSecrets(raw, ws, {})).toThrow(message);
  });
});

const request: BuildRequest = {
  context: '/ws',
  file: '/ws/Dockerfile',
  references: ['ghcr.io/acme/app:main'],
  labels: { 'com.example.team': 'payments' },
  buildArgs: {},
  platforms: [],
  cacheFrom: [],
  cacheTo: [],
  push: true,
  ociArchive: '',
  tlsVerify: true,
  secrets: ['id=npmrc,src=/ws/.npmrc', 'id=token,env=API_TOKEN'],
  target: 'runtime',
  provenance: 'false',
  sbom: 'true',
};

test('buildx gets --secret, --target, labels, and attestations that can be turned off', () => {
  const args = buildxBuildArgs(request, '/tmp/meta.json', {});
  expect(args.join(' ')).toContain(
    '--label com.example.team=payments --secret id=npmrc,src=/ws/.npmrc --secret id=token,env=API_TOKEN --target runtime --provenance=false --sbom=true',
  );
  const defaults = buildxBuildArgs({ ...request, provenance: '', sbom: '' }, '/tmp/meta.json', {});
  expect(defaults.some((a) => a.startsWith('--provenance') || a.startsWith('--sbom'))).toBe(false);
  expect(buildxBuildArgs({ ...request, provenance: 'mode=max' }, 'm', {})).toContain('--provenance=mode=max');
});

test('buildah gets --secret and --target (it reads the file or variable itself)', () => {
  const args = buildahBuildArgs(request, '/tmp/iid');
  expect(args.join(' ')).toContain('--secret id=npmrc,src=/ws/.npmrc --secret id=token,env=API_TOKEN --target runtime');
  expect(args.join(' ')).not.toContain('provenance');
});

const app: DetectedApp = {
  kind: 'node',
  packageManager: 'npm',
  lockfile: 'package-lock.json',
  yarnBerry: false,
  hasDependencies: true,
  hasBuildScript: false,
  startCommand: ['node', 'server.js'],
  port: 3000,
  hasPublicDir: false,
};

test('the generated install step mounts an npmrc secret as ~/.npmrc only when one is given', () => {
  expect(generateDockerfile(app, { npmrcSecret: true }).dockerfile).toContain(
    'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev',
  );
  expect(generateDockerfile(app).dockerfile).toContain('RUN npm ci --omit=dev');
  expect(generateDockerfile(app).dockerfile).not.toContain('--mount');
  const next = generateDockerfile({ ...app, kind: 'nextjs', nextStandalone: true }, { npmrcSecret: true });
  expect(next.dockerfile).toContain('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n');
  const berry = generateDockerfile({ ...app, packageManager: 'yarn', yarnBerry: true }, { npmrcSecret: true });
  expect(berry.notes).toEqual([expect.stringMatching(/^Yarn 2\+ reads \.yarnrc\.yml, not \.npmrc/)]);
});

test('secret files inside the context must be kept out of COPY by the ignore file the builder reads', () => {
  const ctx = mkdtempSync(join(tmpdir(), 'secrets-ctx-'));
  writeFileSync(join(ctx, '.npmrc'), 'x');
  writeFileSync(join(ctx, 'token.txt'), 'x');
  const secrets = parseBuildSecrets(
    `id=npmrc,src=.npmrc\nid=t,src=token.txt\nid=out,src=${join(ws, '.npmrc')}`,
    ctx,
    {},
  );
  const dockerfile = join(ctx, 'Dockerfile');
  const exposed = () => exposedSecretFiles(secrets, ctx, readIgnoreFile(ctx, ctx, dockerfile).text);
  expect(exposed()).toEqual(['.npmrc', 'token.txt']);
  writeFileSync(join(ctx, '.dockerignore'), '.npmrc\n');
  expect(exposed()).toEqual(['token.txt']);
  // Dockerfile-specific ignore files win over the context's.
  writeFileSync(`${dockerfile}.dockerignore`, '*.txt\n');
  expect(exposed()).toEqual(['.npmrc']);
});

test("the generated .dockerignore keeps a repository's .npmrc and the secret files out of the context", () => {
  const { dockerignore } = generateDockerfile(app, { npmrcSecret: true, secretFiles: ['.npmrc', 'ci/token.txt'] });
  expect(dockerignore.split('\n')).toEqual(expect.arrayContaining(['.npmrc', 'ci/token.txt']));
  expect(dockerignore.split('\n').filter((l) => l === '.npmrc')).toHaveLength(1);
});
