// The bundled container action run on a test's own buildah storage and registry: builder buildah, the
// registry's credentials, the local Node base image for NODE_IMAGE and BASE, and the storage's
// environment; each test adds its inputs and its GitHub context.
import type { BuildahStorage } from './buildah.js';
import type { TestRegistry } from './registry.js';
import { runDist, type DistRun } from './run-dist.js';

export function runContainerOnBuildah(
  storage: BuildahStorage,
  registry: TestRegistry,
  ws: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<DistRun> {
  return runDist(
    'container',
    {
      builder: 'buildah',
      username: registry.username,
      password: registry.password,
      'build-args': `NODE_IMAGE=${storage.nodeImage}\nBASE=${storage.nodeImage}`,
      ...inputs,
    },
    { cwd: ws, timeoutMs: 240000, env: { ...storage.env, ...env } },
  );
}
