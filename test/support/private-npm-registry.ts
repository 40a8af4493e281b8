// A private npm registry on loopback that serves one package only to requests carrying its token
// (as npm.pkg.github.com does), and records who asked: the container tests install from it with an
// .npmrc build secret. The package tarball is packed by the real `npm pack`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivateNpmRegistry {
  /** http://127.0.0.1:PORT/ */
  url: string;
  token: string;
  name: string;
  version: string;
  /** Tarball URL and sha512 integrity, as a package-lock.json entry holds them. */
  resolved: string;
  integrity: string;
  /** The text of the package's index.js (to find it in an image). */
  marker: string;
  /** Every request: path and whether it carried the token. */
  requests: { path: string; authorized: boolean }[];
  close(): Promise<void>;
}

export async function startPrivateNpmRegistry(token: string): Promise<PrivateNpmRegistry> {
  const name = '@acme/greeting';
  const version = '1.0.0';
  const marker = `module.exports = 'greetings from the private registry ${Date.now()}';\n`;
  const dir = mkdtempSync(join(tmpdir(), 'private-npm-'));
  mkdirSync(join(dir, 'pkg'));
  writeFileSync(join(dir, 'pkg', 'package.json'), JSON.stringify({ name, version, main: 'index.js' }));
  writeFileSync(join(dir, 'pkg', 'index.js'), marker);
  const file = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
    cwd: join(dir, 'pkg'),
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  const tarball = readFileSync(join(dir, file));
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  const tarballPath = `/${name}/-/greeting-${version}.tgz`;
  const requests: PrivateNpmRegistry['requests'] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    const authorized = req.headers.authorization === `Bearer ${token}`;
    const path = decodeURIComponent(req.url ?? '');
    requests.push({ path, authorized });
    if (!authorized) return void res.writeHead(401, { 'www-authenticate': 'Bearer' }).end('unauthorized');
    if (path === tarballPath) return void res.writeHead(200).end(tarball);
    if (path === `/${name}`)
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          name,
          'dist-tags': { latest: version },
          versions: { [version]: { name, version, dist: { tarball: `${base}${tarballPath.slice(1)}`, integrity } } },
        }),
      );
    res.writeHead(404).end('{}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/`;
  return {
    url: base,
    token,
    name,
    version,
    resolved: `${base}${tarballPath.slice(1)}`,
    integrity,
    marker,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
