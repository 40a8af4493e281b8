// A loopback HTTP server in Trivy's release layout: v<version>/<archive> and <checksums>, with a
// packed stand-in binary. It counts requests and can answer 429 first or serve a wrong checksum.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { releaseAsset, checksumsAsset } from '../../src/trivy/install.js';

export interface ReleaseServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export function packStandin(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'trivy-pack-'));
  copyFileSync(resolve('test/fixtures/trivy/trivy-standin.sh'), join(dir, 'trivy'));
  execFileSync('chmod', ['755', join(dir, 'trivy')]);
  execFileSync('tar', ['-czf', join(dir, 'trivy.tar.gz'), '-C', dir, 'trivy']);
  return readFileSync(join(dir, 'trivy.tar.gz'));
}

export async function startReleaseServer(
  version: string,
  options: { wrongChecksum?: boolean; tooManyRequestsFirst?: number } = {},
): Promise<ReleaseServer> {
  const archive = packStandin();
  const asset = releaseAsset(version);
  const sum = options.wrongChecksum
    ? createHash('sha256').update('something else').digest('hex')
    : createHash('sha256').update(archive).digest('hex');
  const checksums = `${'0'.repeat(64)}  trivy_${version}_macOS-64bit.tar.gz\n${sum}  ${asset}\n`;
  let refusals = options.tooManyRequestsFirst ?? 0;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === `/v${version}/${asset}` && refusals > 0) {
      refusals--;
      res.writeHead(429, { 'retry-after': '0' }).end('rate limited');
    } else if (req.url === `/v${version}/${asset}`) res.writeHead(200).end(archive);
    else if (req.url === `/v${version}/${checksumsAsset(version)}`) res.writeHead(200).end(checksums);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((done) => server.close(() => done())) };
}
