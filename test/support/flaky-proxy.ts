// A TCP proxy on loopback in front of a real server that cuts the connection when a request starts
// uploading (PATCH or PUT), a set number of times: a push that fails half way.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface FlakyProxy {
  host: string;
  /** How many uploads were cut so far. */
  cut(): number;
  close(): Promise<void>;
}

export async function startFlakyProxy(upstreamPort: number, failures: number): Promise<FlakyProxy> {
  let remaining = failures;
  let cut = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(upstreamPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (remaining > 0 && /^(PATCH|PUT) \S*\/blobs\/uploads\//.test(chunk.toString('latin1', 0, 200))) {
        remaining--;
        cut++;
        return drop();
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('close', drop).on('error', drop);
    upstream.on('close', drop).on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    host: `127.0.0.1:${port}`,
    cut: () => cut,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
