// Which port to audit, from what the started tree listens on and what answers HTTP: a pure
// decision. A port the user expected (from `url` or `port`) wins only when the app really listens
// there; otherwise the real port is audited and the mismatch reported with both numbers, or, with
// strict-port, the step fails.
import { ConfigurationError } from '../lib/errors.js';

export interface ExpectedPort {
  port: number;
  /** The input it came from: `url` or `port`. */
  input: 'url' | 'port';
}

export interface PortObservation {
  /** Ports the started tree listens on (from /proc). */
  listening: number[];
  /** Of those (or of the guess, when /proc shows nothing), the ones that answered HTTP. */
  http: number[];
}

export interface PortChoice {
  port: number;
  /** detected: seen in the tree's sockets; guess: the static guess answered, /proc showed nothing. */
  source: 'detected' | 'guess';
  mismatch?: { expected: ExpectedPort; actual: number };
  /** Listening ports that were passed over because they did not answer HTTP. */
  notHttp: number[];
}

/** The port to audit, or undefined while nothing usable answers yet. */
export function choosePort(
  seen: PortObservation,
  expected: ExpectedPort | undefined,
  guess: number | undefined,
  strict: boolean,
): PortChoice | undefined {
  const notHttp = seen.listening.filter((p) => !seen.http.includes(p));
  const treeHttp = seen.http.filter((p) => seen.listening.includes(p));
  let port: number | undefined;
  let source: PortChoice['source'] = 'detected';
  if (treeHttp.length) {
    port =
      expected && treeHttp.includes(expected.port)
        ? expected.port
        : guess && treeHttp.includes(guess)
          ? guess
          : treeHttp[0];
  } else if (!seen.listening.length) {
    // Nothing visible in /proc (another OS, or the app runs elsewhere, e.g. in a container): the
    // expected or guessed port, if it answers, is all we have.
    const fallback = [expected?.port, guess].find((p) => p !== undefined && seen.http.includes(p));
    if (fallback !== undefined) {
      port = fallback;
      source = 'guess';
    }
  }
  if (port === undefined) return undefined;
  const choice: PortChoice = { port, source, notHttp };
  if (expected && expected.port !== port) {
    choice.mismatch = { expected, actual: port };
    if (strict) throw new ConfigurationError(mismatchMessage(choice) + '; strict-port is true, so this fails the step');
  }
  return choice;
}

export function mismatchMessage(choice: PortChoice): string {
  const m = choice.mismatch!;
  return `port mismatch: input \`${m.expected.input}\` expects port ${m.expected.port}, but the app listens on port ${m.actual}`;
}
