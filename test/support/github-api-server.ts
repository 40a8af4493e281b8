// A stand-in for the GitHub REST API on loopback (GITHUB_API_URL points here): it records every
// request (method, path, headers, parsed JSON body) and answers with a status and body the test sets.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
}

export interface GitHubApiServer {
  url: string;
  requests: RecordedRequest[];
  /** The next answers, in order; after them, `fallback`. */
  respond(status: number, body: unknown): void;
  close(): Promise<void>;
}

export async function startGitHubApiServer(
  fallback = { status: 404, body: { message: 'Not Found' } },
): Promise<GitHubApiServer> {
  const requests: RecordedRequest[] = [];
  const queue: { status: number; body: unknown }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* keep the text */
      }
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      const answer = queue.shift() ?? fallback;
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond: (status, body) => void queue.push({ status, body }),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
