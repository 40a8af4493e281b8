// A deploy hook URL is a secret in every part: a server that echoes the request ("Cannot POST
// /deploy/<token>?key=<key>") must not put the path token, a query value or the userinfo into the
// log, the error, the summary or an output. Through the bundled action, with a real PostgreSQL.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { visibleLog } from '../support/run-dist.js';
import { startPostgres, type Postgres } from '../support/postgres.js';
import { release } from '../support/deploy-target.js';

const PATH_TOKEN = 'srv-d0hooktoken4471';
const QUERY_KEY = 'Qk-9f8e7d6c5b4a';
const USER = 'hookuser';
const PASSWORD = 'hookpass-5521';

let pg: Postgres;
let server: Server;
let base = '';
const seen: string[] = [];
beforeAll(async () => {
  pg = await startPostgres();
  // Answers like Express's default 404: the method and the whole path with its query, twice.
  server = createServer((req, res) => {
    seen.push(`${req.url ?? ''} ${req.headers.authorization ?? ''}`);
    res.writeHead(404, { 'content-type': 'text/html' }).end(`<pre>Cannot POST ${req.url}</pre> (${req.url})`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  pg?.stop();
  await new Promise((r) => server?.close(r));
});

test.each([
  ['path token and query key', `http://HOST/deploy/${PATH_TOKEN}?key=${QUERY_KEY}&ref=main`],
  ['userinfo too', `http://${USER}:${PASSWORD}@HOST/deploy/${PATH_TOKEN}?key=${QUERY_KEY}`],
])('a hook answering 404 with the request echoed: %s never shown', async (_name, template) => {
  const url = template.replace('HOST', base);
  const db = await pg.createDatabase(`hook${seen.length}${Date.now() % 1000}`);
  const run = await release('dbmate-app', { 'database-url': db, 'deploy-hook-url': url });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.deployed).toBe('false');
  const everything = [visibleLog(run.stdout), run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
  expect(everything).toMatch(/deploy hook/);
  for (const secret of [PATH_TOKEN, QUERY_KEY, USER, PASSWORD, encodeURIComponent(QUERY_KEY)])
    expect({ secret, shown: everything.includes(secret) }).toEqual({ secret, shown: false });
  // The hook was called (userinfo sent as Basic authorization), and each part masked on its own.
  expect(seen.at(-1)).toMatch(new RegExp(`^/deploy/${PATH_TOKEN}\\?key=${QUERY_KEY}`));
  for (const part of [PATH_TOKEN, QUERY_KEY]) expect(run.stdout).toContain(`::add-mask::${part}`);
});
