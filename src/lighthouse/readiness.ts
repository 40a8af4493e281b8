// Readiness: poll the started tree's listening ports until one answers HTTP (bounded by
// start-timeout) instead of a fixed sleep or a regex on the app's output. A process that exits
// first, or a timeout, fails with what was seen and the app's last lines.
import { ConfigurationError } from '../lib/errors.js';
import { sleep } from '../lib/http.js';
import type { ProcessGroup } from '../lib/process.js';
import { choosePort, type ExpectedPort, type PortChoice } from './choose-port.js';
import { canReadProc, detectListeningPorts, type ListeningSocket } from './detect-port.js';

export interface ReadyApp {
  choice: PortChoice;
  /** http://host:port, with the host the socket is bound to (loopback for a wildcard bind). */
  origin: string;
  listening: ListeningSocket[];
}

export interface ReadinessOptions {
  expected?: ExpectedPort;
  guess?: number;
  strict: boolean;
  /** Ports that were listening before the app started: another server's, never taken for the app's. */
  busyBefore?: ReadonlySet<number>;
  timeoutMs: number;
  intervalMs?: number;
  probeTimeoutMs?: number;
}

export async function waitUntilReady(app: ProcessGroup, options: ReadinessOptions): Promise<ReadyApp> {
  const deadline = Date.now() + options.timeoutMs;
  const procOk = canReadProc();
  let listening: ListeningSocket[] = [];
  for (;;) {
    listening = procOk ? detectListeningPorts(app.pid) : [];
    const candidates: { port: number; host: string }[] = listening.length
      ? listening.map((s) => ({ port: s.port, host: hostFor(s.address) }))
      : [options.expected?.port, options.guess]
          .filter((p): p is number => p !== undefined && !options.busyBefore?.has(p))
          .map((port) => ({ port, host: '127.0.0.1' }));
    const answers = await Promise.all(
      candidates.map((c) => answersHttp(c.host, c.port, options.probeTimeoutMs ?? 1500)),
    );
    const http = candidates.filter((_, i) => answers[i]).map((c) => c.port);
    const choice = choosePort(
      { listening: listening.map((s) => s.port), http },
      options.expected,
      options.guess,
      options.strict,
    );
    if (choice) {
      const host = candidates.find((c) => c.port === choice.port)!.host;
      return { choice, origin: `http://${host}:${choice.port}`, listening };
    }
    if (app.exit && !app.alive()) {
      const how = app.exit.signal ? `was killed by ${app.exit.signal}` : `exited with code ${app.exit.code}`;
      throw new AppStartError(`the app ${how} before it answered HTTP`, app.tail(30));
    }
    if (Date.now() >= deadline) {
      const taken = [options.expected?.port, options.guess].filter(
        (p) => p !== undefined && options.busyBefore?.has(p),
      );
      const seen = listening.length
        ? `it listens on ${listening.map((s) => s.port).join(', ')} but none answered HTTP`
        : procOk
          ? 'it opened no TCP port'
          : `nothing answered on ${candidates.map((c) => c.port).join(', ') || 'a guessed port (none could be guessed)'}`;
      const busy = taken.length
        ? ` (port ${taken.join(', ')} was already in use by another process before the app started)`
        : '';
      throw new AppStartError(
        `the app did not answer HTTP within start-timeout (${options.timeoutMs / 1000} s): ${seen}${busy}`,
        app.tail(30),
      );
    }
    await sleep(options.intervalMs ?? 250);
  }
}

/** A start failure: the message plus the app's last output lines, shown in the log and folded into the one-line error. */
export class AppStartError extends ConfigurationError {
  constructor(
    reason: string,
    readonly lastLines: string[],
  ) {
    const telling = tellingLines(lastLines, 4);
    super(telling.length ? `${reason}; its last output: ${telling.join(' / ')}` : `${reason}; it printed nothing`);
  }
}

/** The last lines worth a one-line error: no blanks, stack frames, Node's version banner or npm's lifecycle noise. */
export function tellingLines(lines: readonly string[], count: number): string[] {
  return lines
    .map((l) => l.trim())
    .filter(
      (l) => l && !/^at\s/.test(l) && !/^Node\.js v\d/.test(l) && !/^npm (error|ERR!)/.test(l) && !/^\^+$/.test(l),
    )
    .slice(-count);
}

export function hostFor(address: string): string {
  if (address === '0.0.0.0' || address === '::' || address.startsWith('127.') || address === '::ffff:127.0.0.1')
    return '127.0.0.1';
  if (address === '::1') return '[::1]';
  if (address.startsWith('::ffff:')) return address.slice(7);
  return address.includes(':') ? `[${address}]` : address;
}

/** Any HTTP answer counts (even 404 or 500): the port speaks HTTP. A raw TCP service times out or fails the parse. */
export async function answersHttp(host: string, port: number, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(`http://${host}:${port}/`, {
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}
