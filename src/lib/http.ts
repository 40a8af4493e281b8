// HTTP with bounded retries and exponential back-off, on Node's own fetch.

export interface RetryOptions {
  attempts?: number;
  /** First delay in ms; doubles each retry. */
  baseDelayMs?: number;
  /** Which answers are worth another try. Default: 408, 429 and 5xx. */
  retryOn?: (status: number) => boolean;
  onRetry?: (attempt: number, reason: string, delayMs: number) => void;
  timeoutMs?: number;
}

export class HttpError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const defaultRetryOn = (status: number) => status === 408 || status === 429 || status >= 500;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Fetch with retries. `label` names the request in errors (never the URL's credentials or query). */
export async function fetchWithRetry(
  url: string,
  init: RequestInit = {},
  options: RetryOptions = {},
  label = safeUrl(url),
): Promise<Response> {
  const attempts = options.attempts ?? 4;
  const retryOn = options.retryOn ?? defaultRetryOn;
  let delay = options.baseDelayMs ?? 500;
  let lastReason = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 30000) });
      if (!retryOn(response.status) || attempt === attempts) return response;
      lastReason = `HTTP ${response.status}`;
      // Honour Retry-After when the server gives seconds, within our bound.
      const retryAfter = Number(response.headers.get('retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) delay = Math.min(retryAfter * 1000, 30000);
      await response.body?.cancel();
    } catch (error) {
      lastReason =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      if (attempt === attempts) throw new HttpError(`${label}: ${lastReason} (after ${attempts} attempts)`);
    }
    options.onRetry?.(attempt, lastReason, delay);
    await sleep(delay);
    delay *= 2;
  }
  throw new HttpError(`${label}: ${lastReason}`);
}

/** A URL fit for a log line: no userinfo, no query string (tokens live there). */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
