// Verification: poll the health URL until it answers 2xx (and, when asked, shows the expected
// JSON field value or text), bounded by health-timeout.
import { sleep } from '../lib/http.js';

export interface HealthResult {
  healthy: boolean;
  /** "200", "500", "timeout (last: connection refused)"... */
  status: string;
}

/** `field.path=value` checks a JSON field; anything else must appear in the body. */
export function bodyMatches(body: string, expect: string | undefined): boolean {
  if (!expect) return true;
  const field = /^([\w.-]+)=(.*)$/.exec(expect);
  if (field) {
    try {
      let value: unknown = JSON.parse(body);
      for (const key of field[1].split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
      return String(value) === field[2];
    } catch {
      return false;
    }
  }
  return body.includes(expect);
}

export async function waitHealthy(
  url: string,
  timeoutMs: number,
  expect?: string,
  intervalMs = 1000,
): Promise<HealthResult> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(Math.min(10000, Math.max(1000, deadline - Date.now()))),
      });
      const body = await response.text();
      if (response.ok && bodyMatches(body, expect)) return { healthy: true, status: String(response.status) };
      last = response.ok ? `${response.status}, body does not match \`${expect}\`` : String(response.status);
    } catch (error) {
      const cause =
        error instanceof Error && error.cause instanceof Error
          ? error.cause.message
          : error instanceof Error
            ? error.message
            : String(error);
      last = cause;
    }
    if (Date.now() + intervalMs > deadline) return { healthy: false, status: `timeout (last: ${last})` };
    await sleep(intervalMs);
  }
}
