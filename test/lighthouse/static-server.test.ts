// The static-dir server on its own, over real HTTP: what it serves, and that nothing outside the
// folder is ever served (the repository under audit is untrusted).
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { serveStatic, type StaticServer } from '../../src/lighthouse/static-server.js';

let site: StaticServer;
let root: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-'));
  root = join(dir, 'site');
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(dir, 'secret.txt'), 'outside the site');
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, 'about.html'), '<h1>about</h1>');
  writeFileSync(join(root, 'docs', 'index.html'), '<h1>docs</h1>');
  writeFileSync(join(root, '404.html'), '<h1>missing</h1>');
  writeFileSync(join(root, 'app.js'), 'console.log(1)'.repeat(50));
  symlinkSync(join(dir, 'secret.txt'), join(root, 'leak.txt'));
  site = await serveStatic(root);
});
afterAll(() => site.close());

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type: string; encoding?: string; body: Buffer }>((done, fail) => {
    // A raw path: no URL normalisation on our side, so ../ reaches the server as sent.
    const req = request({ host: '127.0.0.1', port: site.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type']),
          encoding: res.headers['content-encoding'],
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

test.each([
  ['/', 200, '<h1>home</h1>'],
  ['/about', 200, '<h1>about</h1>'],
  ['/docs/', 200, '<h1>docs</h1>'],
  ['/docs', 200, '<h1>docs</h1>'],
  ['/nowhere', 404, '<h1>missing</h1>'],
  ['/../secret.txt', 404, '<h1>missing</h1>'],
  ['/%2e%2e/secret.txt', 404, '<h1>missing</h1>'],
  ['/leak.txt', 404, '<h1>missing</h1>'],
  ['/%00', 404, '<h1>missing</h1>'],
])('GET %s answers %d', async (path, status, body) => {
  const res = await get(path);
  expect(res.status).toBe(status);
  expect(res.body.toString()).toBe(body);
  expect(res.type).toBe('text/html; charset=utf-8');
});

test('text is gzipped for clients that ask, as static hosts do', async () => {
  const res = await get('/app.js', { 'accept-encoding': 'gzip, br' });
  expect(res.encoding).toBe('gzip');
  expect(res.type).toBe('text/javascript; charset=utf-8');
  expect(gunzipSync(res.body).toString()).toBe('console.log(1)'.repeat(50));
});
