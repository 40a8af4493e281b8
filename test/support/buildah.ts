// A buildah storage of the test's own (vfs driver, a temporary graph root) holding a small base image
// with Node in it, built FROM scratch from the host's busybox-static and node: no image can be pulled here.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface BuildahStorage {
  /** Environment that points buildah (ours and the action's) at this storage. */
  env: Record<string, string>;
  /** The local base image with node and npm, for NODE_IMAGE / FROM lines. */
  nodeImage: string;
  buildah(args: string[]): string;
  remove(): void;
}

export const NODE_IMAGE = 'localhost/shipshape-test/node:20';

export function createBuildahStorage(): BuildahStorage {
  const dir = mkdtempSync(join(tmpdir(), 'buildah-storage-'));
  const conf = join(dir, 'storage.conf');
  writeFileSync(conf, `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'graph')}"\nrunroot = "${join(dir, 'run')}"\n`);
  const env = { CONTAINERS_STORAGE_CONF: conf, STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };
  const buildah = (args: string[]) => execFileSync('buildah', args, { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  buildNodeBaseImage(join(dir, 'base'), buildah);
  return { env, nodeImage: NODE_IMAGE, buildah, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** FROM scratch + busybox + the host's node binary, its shared libraries and npm. */
function buildNodeBaseImage(dir: string, buildah: (args: string[]) => string): void {
  const root = join(dir, 'rootfs');
  for (const d of ['bin', 'usr/bin', 'usr/lib', 'tmp', 'etc']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync('/bin/busybox', join(root, 'bin/busybox'));
  for (const applet of ['sh', 'ls', 'cat', 'env', 'wget', 'id']) symlinkSync('busybox', join(root, 'bin', applet));
  symlinkSync('/bin/busybox', join(root, 'usr/bin/env')); // npm's shebang is #!/usr/bin/env node
  const node = execFileSync('readlink', ['-f', process.execPath], { encoding: 'utf8' }).trim();
  copyFileSync(node, join(root, 'usr/bin/node'));
  const libraries = execFileSync('ldd', [node], { encoding: 'utf8' }).match(/\/lib[^\s]*/g) ?? [];
  for (const lib of libraries) {
    mkdirSync(join(root, dirname(lib)), { recursive: true });
    copyFileSync(lib, join(root, lib));
  }
  const npm = join(dirname(dirname(node)), 'lib', 'node_modules', 'npm');
  cpSync(npm, join(root, 'usr/lib/node_modules/npm'), { recursive: true });
  symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', join(root, 'usr/bin/npm'));
  writeFileSync(join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000:node:/home/node:/bin/sh\n');
  writeFileSync(join(root, 'etc/group'), 'root:x:0:\nnode:x:1000:\n');
  writeFileSync(join(dir, 'Containerfile'), 'FROM scratch\nCOPY rootfs/ /\nENV PATH=/usr/local/bin:/usr/bin:/bin\n');
  buildah(['bud', '--isolation', 'chroot', '-t', NODE_IMAGE, dir]);
}
