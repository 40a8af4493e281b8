// A stand-in for the GitHub REST API on loopback: it records every request (method, path, headers,
// JSON body) and answers from a handler the test gives, in the real API's shapes.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface ApiAnswer {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

export type ApiHandler = (req: RecordedRequest) => ApiAnswer | undefined;

export interface GitHubApiStandIn {
  url: string;
  requests: RecordedRequest[];
  stop(): Promise<void>;
}

export async function startGitHubApi(handler: ApiHandler): Promise<GitHubApiStandIn> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: raw ? JSON.parse(raw) : undefined,
      };
      requests.push(recorded);
      const answer = handler(recorded) ?? { status: 404, json: { message: 'Not Found' } };
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.json === undefined ? '' : JSON.stringify(answer.json));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
