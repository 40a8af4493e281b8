// migrate-deploy's test harness: a deploy target on loopback (POST /hook counts deploys, answering
// hookStatus after healthDelayMs; GET /health answers healthStatus with a JSON body) and a release
// of a fixture project through the bundled action.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runDist, type DistRun } from './run-dist.js';

const FIXTURES = resolve('test/fixtures/migrate-deploy');

/** The bundled action on a fixture project, a fresh backup folder, short health and lock timeouts. */
export function release(
  project: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<DistRun> {
  const backups = mkdtempSync(join(tmpdir(), 'backups-'));
  return runDist(
    'migrate-deploy',
    {
      'working-directory': join(FIXTURES, project),
      'backup-path': `${backups}/`,
      'health-timeout': '3',
      'lock-timeout': '5',
      ...inputs,
    },
    { cwd: process.cwd(), env },
  );
}

export interface DeployTarget {
  url: string;
  hooks: number;
  hookStatus: number;
  healthStatus: number;
  healthDelayMs: number;
  reset(): void;
  close(): Promise<void>;
}

export async function startTarget(): Promise<DeployTarget> {
  const state = { hooks: 0, hookStatus: 200, healthStatus: 200, healthDelayMs: 0 };
  const server: Server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/hook') {
      state.hooks++;
      setTimeout(
        () => res.writeHead(state.hookStatus).end(state.hookStatus === 200 ? '{"deploy":"started"}' : 'deploy failed'),
        state.healthDelayMs,
      );
    } else if (req.url === '/health') {
      res
        .writeHead(state.healthStatus, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: state.healthStatus === 200 ? 'ok' : 'down', version: '1.4.0' }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url,
    reset() {
      Object.assign(state, { hooks: 0, hookStatus: 200, healthStatus: 200, healthDelayMs: 0 });
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  });
}
