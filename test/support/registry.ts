// A real Docker registry (Debian's docker-registry, distribution 2.x) on a free loopback port, with
// htpasswd auth, for tests that push images. Stopped (process group killed) by stop().
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { freePort } from './free-port.js';
import { requireTools } from './system-tools.js';

/** Parsed JSON from the registry, read by the tests field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface TestRegistry {
  host: string; // 127.0.0.1:PORT
  username: string;
  password: string;
  /** GET a manifest by tag or digest; returns the Docker-Content-Digest and body. */
  manifest(name: string, reference: string): Promise<{ status: number; digest: string; body: Json; mediaType: string }>;
  blob(name: string, digest: string): Promise<Json>;
  /** A blob's bytes as stored (a layer is a gzipped tar). */
  blobBytes(name: string, digest: string): Promise<Buffer>;
  stop(): Promise<void>;
}

export async function startRegistry(): Promise<TestRegistry> {
  requireTools('docker-registry');
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  const username = 'ci';
  const password = 'registry-secret-4711';
  writeFileSync(join(dir, 'htpasswd'), `${username}:${bcrypt.hashSync(password, 4)}\n`);
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      'http:',
      `  addr: ${host}`,
      '  secret: test-only-secret',
      'auth:',
      '  htpasswd:',
      '    realm: test',
      `    path: ${join(dir, 'htpasswd')}`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
    detached: true,
    stdio: 'ignore',
  });
  const auth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      const res = await fetch(`http://${host}/v2/`, { headers: { authorization: auth } });
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      stopChild(child);
      throw new Error('docker-registry did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const accept = [
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
  ].join(', ');
  return {
    host,
    username,
    password,
    async manifest(name, reference) {
      const res = await fetch(`http://${host}/v2/${name}/manifests/${reference}`, {
        headers: { authorization: auth, accept },
      });
      const text = await res.text();
      return {
        status: res.status,
        digest: res.headers.get('docker-content-digest') ?? '',
        body: res.ok ? JSON.parse(text) : text,
        mediaType: res.headers.get('content-type') ?? '',
      };
    },
    async blob(name, digest) {
      const res = await fetch(`http://${host}/v2/${name}/blobs/${digest}`, { headers: { authorization: auth } });
      return res.json();
    },
    async blobBytes(name, digest) {
      const res = await fetch(`http://${host}/v2/${name}/blobs/${digest}`, { headers: { authorization: auth } });
      if (!res.ok) throw new Error(`blob ${digest}: HTTP ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    },
    async stop() {
      stopChild(child);
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    /* gone */
  }
}
