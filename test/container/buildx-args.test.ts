// The bundled container action with builder: docker, on a stand-in docker CLI (no Docker daemon runs
// here; buildah covers the real builds in action.test.ts and secrets-action.test.ts). What is checked is
// what buildx is asked: build secrets by file and variable name (never a value), the target stage,
// extra labels, and attestations turned off; the digest comes back from buildx's metadata file.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDist, visibleLog } from '../support/run-dist.js';

const STANDIN = join(process.cwd(), 'test', 'fixtures', 'container', 'docker-standin');

test('buildx gets --secret by file and env name, --target, labels, and provenance/sbom off; no value on its command line', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'container-buildx-'));
  cpSync(join(process.cwd(), 'test', 'fixtures', 'container', 'secret-mount-dockerfile'), ws, { recursive: true });
  const token = 'npm_buildxFileToken_8e2f4a61';
  const envToken = 'env-buildx-secret-93c1d7';
  writeFileSync(join(ws, '.npmrc'), `//npm.pkg.github.com/:_authToken=${token}\n`);
  writeFileSync(join(ws, '.dockerignore'), '.npmrc\n'); // inside the context, so kept out of COPY
  const log = join(ws, 'docker-calls.log');
  const run = await runDist(
    'container',
    {
      builder: 'docker',
      image: 'registry.example.com/acme/app',
      tags: 'v1',
      username: 'ci',
      password: 'registry-password-5521',
      secrets: 'id=npmrc,src=.npmrc\nid=token,env=BUILD_TOKEN',
      target: 'app',
      labels: 'com.example.team=payments',
      provenance: 'false',
      sbom: 'false',
    },
    {
      cwd: ws,
      env: {
        PATH: `${STANDIN}:${process.env.PATH}`,
        STANDIN_LOG: log,
        BUILD_TOKEN: envToken,
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_SHA: 'b'.repeat(40),
      },
    },
  );
  expect(run.stdout).not.toMatch(/::error::/);
  expect(run.exitCode).toBe(0);
  expect(run.outputs.builder).toBe('docker');
  const calls = readFileSync(log, 'utf8').trim().split('\n');
  const build = calls.find((c) => c.startsWith('buildx build '))!;
  expect(build).toContain(`--secret id=npmrc,src=${join(ws, '.npmrc')} --secret id=token,env=BUILD_TOKEN`);
  expect(build).toContain('--target app --provenance=false --sbom=false');
  expect(build).toContain('--label com.example.team=payments');
  expect(build).toContain('--output type=image,push=true');
  // The stand-in read both secrets the way buildx does, by file and by variable, and got their bytes.
  expect(readFileSync(`${log}.secrets`, 'utf8').trim().split('\n')).toEqual([
    `npmrc ${token.length + '//npm.pkg.github.com/:_authToken=\n'.length}`,
    `token ${envToken.length}`,
  ]);
  for (const secret of [token, envToken, 'registry-password-5521']) {
    expect(calls.join('\n')).not.toContain(secret);
    expect(visibleLog(run.stdout) + run.stderr + run.summary).not.toContain(secret);
  }
  expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(run.outputs.image).toBe(`registry.example.com/acme/app@${run.outputs.digest}`);
});

test('provenance takes a buildx spec; sbom unset leaves buildx its default; no secrets, no --secret', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'container-buildx-'));
  cpSync(join(process.cwd(), 'test', 'fixtures', 'container', 'handwritten-dockerfile'), ws, { recursive: true });
  const log = join(ws, 'docker-calls.log');
  const run = await runDist(
    'container',
    { builder: 'docker', image: 'registry.example.com/acme/app', tags: 'v1', push: 'false', provenance: 'mode=max' },
    { cwd: ws, env: { PATH: `${STANDIN}:${process.env.PATH}`, STANDIN_LOG: log } },
  );
  expect(run.exitCode).toBe(0);
  const build = readFileSync(log, 'utf8')
    .split('\n')
    .find((c) => c.startsWith('buildx build '))!;
  expect(build).toContain('--provenance=mode=max');
  expect(build).not.toContain('--sbom');
  expect(build).not.toContain('--secret');
});
