// A deploy target on loopback for migrate-deploy's tests: POST /hook counts deploys (answering
// hookStatus after healthDelayMs), GET /health answers healthStatus with a JSON body.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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
