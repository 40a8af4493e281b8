// Which app a context holds, the Dockerfile generated for it, and the commands each builder runs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildahBuildArgs, buildahCacheRepository } from '../../src/container/builders/buildah.js';
import { loginRefused, type BuildRequest } from '../../src/container/builders/builder.js';
import { buildxBuildArgs, parseBuildxDriver } from '../../src/container/builders/docker.js';
import { selectBuilder } from '../../src/container/builders/select-builder.js';
import { detectApp } from '../../src/lib/dockerfile/detect-app.js';
import { generateDockerfile } from '../../src/lib/dockerfile/generate-dockerfile.js';

function context(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'container-ctx-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const pkg = (fields: object) => JSON.stringify({ name: 'app', version: '1.0.0', ...fields });

describe('detectApp', () => {
  test('no package.json: nothing to containerise', () => {
    expect(detectApp(context({ 'index.html': '<p>hi</p>' }))).toBeUndefined();
  });

  test('an invalid package.json is a one-line error naming the file', () => {
    expect(() => detectApp(context({ 'package.json': '{ "name": ' }))).toThrow(
      /^cannot generate a Dockerfile: \S+package\.json is not valid JSON/,
    );
  });

  test.each([
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lock', 'bun'],
    ['package-lock.json', 'npm'],
  ])('%s means %s', (lockfile, manager) => {
    const app = detectApp(context({ 'package.json': pkg({ dependencies: { express: '^5' } }), [lockfile]: '' }))!;
    expect(app.packageManager).toBe(manager);
    expect(app.lockfile).toBe(lockfile);
  });

  test.each([
    ['PORT=3005 node server.js', {}, 3005],
    ['next start -p 4000', {}, 4000],
    ['next start', {}, 3000],
    ['node server.js', { 'server.js': 'app.listen(process.env.PORT || 8081)' }, 8081],
    ['node server.js', { 'server.js': 'server.listen(5050, () => {})' }, 5050],
    ['node server.js', { 'server.js': 'server.listen(process.env.PORT)' }, 3000],
  ])('start script %j with %j listens on %d', (start, files, port) => {
    expect(detectApp(context({ 'package.json': pkg({ scripts: { start } }), ...files }))!.port).toBe(port);
  });

  test.each([
    [{ 'app/api/health/route.ts': 'export function GET() {}' }, '/api/health'],
    [{ 'src/pages/api/healthz.ts': 'export default function h() {}' }, '/api/healthz'],
    [{ 'server.js': "app.get('/healthz', (req, res) => res.send('ok'))" }, '/healthz'],
    [{ 'server.js': "app.get('/', (req, res) => res.send('ok'))" }, undefined],
    [{ 'test/health.test.js': "request('/health')" }, undefined],
  ])('health route in %j: %s', (files, path) => {
    expect(
      detectApp(context({ 'package.json': pkg({ scripts: { start: 'node server.js' } }), ...files }))!.healthPath,
    ).toBe(path);
  });
});

describe('generateDockerfile', () => {
  test('a Node.js app with dependencies and no build: production install, non-root, port, health check, exec-form CMD', () => {
    const app = detectApp(
      context({
        'package.json': pkg({ scripts: { start: 'node src/index.js' }, dependencies: { express: '^5' } }),
        'package-lock.json': '{}',
        'src/index.js': "app.get('/health', ok); app.listen(process.env.PORT || 8080)",
      }),
    )!;
    const { dockerfile, dockerignore, notes } = generateDockerfile(app);
    expect(dockerfile).toContain('ARG NODE_IMAGE=node:20-alpine');
    expect(dockerfile).toContain('COPY package.json package-lock.json ./\nRUN npm ci --omit=dev');
    expect(dockerfile).toContain('COPY --from=deps /app/node_modules ./node_modules');
    expect(dockerfile).toMatch(
      /USER 1000:1000\nEXPOSE 8080\nHEALTHCHECK .*http:\/\/127\.0\.0\.1:8080\/health.*\nCMD \["node","src\/index\.js"\]\n$/,
    );
    expect(dockerignore).toContain('.env\n');
    expect(dockerignore).toContain('!.env.example');
    expect(notes).toEqual([]);
  });

  test('pnpm with a build script: frozen install, build stage, start through npm (no corepack in the final stage)', () => {
    const app = detectApp(
      context({
        'package.json': pkg({ scripts: { build: 'tsc', start: 'tsx dist/index.js' }, dependencies: { fastify: '^5' } }),
        'pnpm-lock.yaml': '',
      }),
    )!;
    const { dockerfile } = generateDockerfile(app);
    expect(dockerfile).toContain('RUN corepack enable && pnpm install --frozen-lockfile\n');
    expect(dockerfile).toContain('FROM deps AS build\nCOPY . .\nRUN corepack enable && pnpm run build');
    expect(dockerfile).toContain('COPY --from=build /app ./');
    expect(dockerfile).toContain('CMD ["npm","start"]');
    expect(dockerfile).not.toContain('HEALTHCHECK');
  });

  test('a build script without dependencies still gets its build stage', () => {
    const app = detectApp(
      context({ 'package.json': pkg({ scripts: { build: 'node build.js', start: 'node dist/server.js' } }) }),
    )!;
    const { dockerfile } = generateDockerfile(app);
    expect(dockerfile).toContain('FROM ${NODE_IMAGE} AS build\nWORKDIR /app\nCOPY . .\nRUN npm run build');
    expect(dockerfile).toContain('COPY --from=build /app ./');
    expect(dockerfile).not.toContain('AS deps');
  });

  test('yarn berry installs with --immutable and copies .yarnrc.yml', () => {
    const app = detectApp(
      context({
        'package.json': pkg({ scripts: { start: 'node index.js' }, dependencies: { koa: '^2' } }),
        'yarn.lock': '',
        '.yarnrc.yml': 'nodeLinker: node-modules\n',
      }),
    )!;
    const { dockerfile } = generateDockerfile(app);
    expect(dockerfile).toContain(
      'COPY package.json yarn.lock .yarnrc.yml ./\nRUN corepack enable && yarn install --immutable',
    );
  });

  test('bun uses the bun image and runtime', () => {
    const app = detectApp(
      context({
        'package.json': pkg({ scripts: { start: 'bun run src/server.ts' }, dependencies: { hono: '^4' } }),
        'bun.lock': '',
        'src/server.ts': "app.get('/healthz', ok)",
      }),
    )!;
    const { dockerfile } = generateDockerfile(app);
    expect(dockerfile).toContain('ARG BUN_IMAGE=oven/bun:1-alpine');
    expect(dockerfile).toContain('RUN bun install --frozen-lockfile --production');
    expect(dockerfile).toContain('CMD ["bun","run","src/server.ts"]');
    expect(dockerfile).toContain('CMD ["bun", "-e"');
  });

  test("Next.js with output: 'standalone': three stages, standalone server, static assets and public copied", () => {
    const app = detectApp(
      context({
        'package.json': pkg({
          scripts: { build: 'next build', start: 'next start -p 3005' },
          dependencies: { next: '15', react: '19' },
        }),
        'package-lock.json': '{}',
        'next.config.mjs': "export default { output: 'standalone' };",
        'public/favicon.ico': '',
        'app/api/health/route.ts': 'export function GET() {}',
      }),
    )!;
    expect(app).toMatchObject({ kind: 'nextjs', nextStandalone: true, port: 3005, healthPath: '/api/health' });
    const { dockerfile, dockerignore, notes } = generateDockerfile(app);
    expect(dockerfile).toContain('RUN npm ci\n');
    expect(dockerfile).toContain('RUN npm run build');
    expect(dockerfile).toContain('COPY --from=build /app/public ./public');
    expect(dockerfile).toContain('COPY --from=build --chown=1000:1000 /app/.next/standalone ./');
    expect(dockerfile).toContain('COPY --from=build --chown=1000:1000 /app/.next/static ./.next/static');
    expect(dockerfile).toContain('ENV HOSTNAME=0.0.0.0');
    expect(dockerfile).toMatch(/ENV PORT=3005[\s\S]*EXPOSE 3005[\s\S]*CMD \["node", "server\.js"\]/);
    expect(dockerignore).toContain('.next\n');
    expect(notes).toEqual([]);
  });

  test("Next.js without output: 'standalone' says which file to change", () => {
    const app = detectApp(
      context({
        'package.json': pkg({ scripts: { start: 'next start' }, dependencies: { next: '15' } }),
        'next.config.js': 'module.exports = {}',
      }),
    )!;
    expect(generateDockerfile(app).notes).toEqual([
      expect.stringMatching(/^next\.config\.js does not set `output: 'standalone'`/),
    ]);
  });
});

describe('builder commands', () => {
  const request: BuildRequest = {
    context: '/ws',
    file: '/ws/Dockerfile',
    references: ['ghcr.io/acme/app:main', 'ghcr.io/acme/app:sha-9f2c1e0'],
    labels: { 'org.opencontainers.image.revision': 'abc' },
    buildArgs: { NODE_IMAGE: 'node:20-alpine' },
    platforms: [],
    cacheFrom: [],
    cacheTo: [],
    push: true,
    ociArchive: '',
    tlsVerify: true,
    secrets: [],
    target: '',
    provenance: '',
    sbom: '',
  };

  test('buildx: tags, labels, args, push output, and the GitHub Actions cache by default on GitHub', () => {
    expect(buildxBuildArgs(request, '/tmp/meta.json', { ACTIONS_RESULTS_URL: 'https://results' })).toEqual([
      'buildx',
      'build',
      '--file',
      '/ws/Dockerfile',
      '--metadata-file',
      '/tmp/meta.json',
      '--tag',
      'ghcr.io/acme/app:main',
      '--tag',
      'ghcr.io/acme/app:sha-9f2c1e0',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--build-arg',
      'NODE_IMAGE=node:20-alpine',
      '--cache-from',
      'type=gha',
      '--cache-to',
      'type=gha,mode=max',
      '--output',
      'type=image,push=true',
      '/ws',
    ]);
  });

  test('buildx: the default docker driver gets no cache export (it cannot do one), a docker-container builder does', () => {
    const inspect = 'Name:          default\nDriver:        docker\nLast Activity: 2026-11-24 06:00:00 +0000 UTC\n';
    expect(parseBuildxDriver(inspect)).toBe('docker');
    expect(parseBuildxDriver('Name: builder-1\nDriver: docker-container\n')).toBe('docker-container');
    const onGitHub = { ACTIONS_RESULTS_URL: 'https://results' };
    expect(buildxBuildArgs(request, 'm', onGitHub, 'docker').join(' ')).not.toContain('type=gha');
    expect(buildxBuildArgs(request, 'm', onGitHub, 'docker-container').join(' ')).toContain(
      '--cache-to type=gha,mode=max',
    );
  });

  test('buildx: a build-only run loads the image; an archive run writes OCI; platforms pass through; user caches win', () => {
    expect(buildxBuildArgs({ ...request, push: false }, 'm', {})).toContain('--load');
    const archive = buildxBuildArgs(
      {
        ...request,
        push: false,
        ociArchive: '/ws/image.tar',
        platforms: ['linux/amd64', 'linux/arm64'],
        cacheFrom: ['type=registry,ref=ghcr.io/acme/app:cache'],
      },
      'm',
      { ACTIONS_RESULTS_URL: 'x' },
    );
    expect(archive).toEqual(
      expect.arrayContaining([
        '--output',
        'type=oci,dest=/ws/image.tar',
        '--platform',
        'linux/amd64,linux/arm64',
        '--cache-from',
        'type=registry,ref=ghcr.io/acme/app:cache',
      ]),
    );
    expect(archive).not.toContain('--load');
    expect(archive).not.toContain('type=gha');
  });

  test('buildah: layer cache, registry cache repositories, plain HTTP only when TLS is off', () => {
    const args = buildahBuildArgs(
      {
        ...request,
        cacheFrom: ['type=registry,ref=ghcr.io/acme/app:buildcache', 'type=gha'],
        cacheTo: ['ghcr.io/acme/cache'],
        tlsVerify: false,
        platforms: ['linux/arm64'],
      },
      '/tmp/iid',
    );
    expect(args.slice(0, 7)).toEqual(['bud', '--isolation', 'chroot', '--layers', '--format', 'docker', '--iidfile']);
    expect(args).toEqual(
      expect.arrayContaining([
        '--cache-from',
        'ghcr.io/acme/app',
        '--cache-to',
        'ghcr.io/acme/cache',
        '--tls-verify=false',
        '--platform',
        'linux/arm64',
      ]),
    );
    expect(args).not.toContain('--authfile');
    expect(args.at(-1)).toBe('/ws');
    expect(buildahBuildArgs(request, '/tmp/iid', '/tmp/auth.json')).toEqual(
      expect.arrayContaining(['--authfile', '/tmp/auth.json']),
    );
    expect(buildahCacheRepository('type=local,src=/tmp/cache')).toBeUndefined();
  });

  test("a refused login names the registry and the tool's reason, without its Error: prefix", () => {
    const docker = {
      exitCode: 1,
      stdout: '',
      timedOut: false,
      stderr: 'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied\n',
    };
    expect(loginRefused('docker', 'ghcr.io', 'octocat', docker).message).toBe(
      'login to ghcr.io as octocat was refused: Get "https://ghcr.io/v2/": denied: denied',
    );
    const buildah = {
      exitCode: 125,
      stdout: '',
      timedOut: false,
      stderr: 'Error: authenticating creds for "127.0.0.1:5000": invalid username/password\n',
    };
    expect(loginRefused('buildah', '127.0.0.1:5000', 'ci', buildah).message).toBe(
      'login to 127.0.0.1:5000 as ci was refused: authenticating creds for "127.0.0.1:5000": invalid username/password',
    );
    expect(loginRefused('buildah', 'r', 'u', { ...buildah, stderr: '' }).message).toBe(
      'login to r as u was refused: buildah exited with 125',
    );
  });

  test('auto picks buildx where a daemon answers, buildah otherwise, and says why', async () => {
    const yes = async () => true;
    const no = async () => false;
    expect((await selectBuilder('auto', { docker: yes, buildah: yes })).builder.name).toBe('docker');
    const fallback = await selectBuilder('auto', { docker: no, buildah: yes });
    expect(fallback.builder.name).toBe('buildah');
    expect(fallback.reason).toBe('no Docker daemon answers; buildah builds without one');
    const archive = await selectBuilder('auto', { docker: yes, buildah: yes }, true);
    expect(archive.builder.name).toBe('buildah');
    expect(archive.reason).toMatch(/^an OCI archive was asked for/);
    expect((await selectBuilder('auto', { docker: yes, buildah: no }, true)).builder.name).toBe('docker');
    await expect(selectBuilder('docker', { docker: no, buildah: yes })).rejects.toThrow(
      'input `builder` is docker, but no Docker daemon with buildx answers here',
    );
    await expect(selectBuilder('auto', { docker: no, buildah: no })).rejects.toThrow(
      /^input `builder` is auto, but neither/,
    );
  });
});
