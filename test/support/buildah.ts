// A buildah storage of the test's own (vfs driver, a temporary graph root) holding a small base image
// with Node in it (build-node-base-image.sh): no image can be pulled here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTools } from './system-tools.js';

export interface BuildahStorage {
  /** Environment that points buildah (ours and the action's) at this storage. */
  env: Record<string, string>;
  /** The local base image with node and npm, for NODE_IMAGE / FROM lines. */
  nodeImage: string;
  /** Runs buildah on this storage and returns its standard output. */
  buildah(args: string[]): string;
  remove(): void;
}

export const NODE_IMAGE = 'localhost/shipshape-test/node:20';

export function createBuildahStorage(): BuildahStorage {
  requireTools('buildah', 'busybox');
  const dir = mkdtempSync(join(tmpdir(), 'buildah-storage-'));
  const conf = join(dir, 'storage.conf');
  writeFileSync(
    conf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'graph')}"\nrunroot = "${join(dir, 'run')}"\n`,
  );
  const env = { CONTAINERS_STORAGE_CONF: conf, STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };
  execFileSync('bash', [join('test', 'support', 'build-node-base-image.sh'), join(dir, 'base'), NODE_IMAGE], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const buildah = (args: string[]) =>
    execFileSync('buildah', args, {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  return { env, nodeImage: NODE_IMAGE, buildah, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
