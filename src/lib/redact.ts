// Secrets registered here are cut out of any text we print ourselves (errors, summaries, reports),
// on top of the runner's own masking of core.setSecret values in the log.
import * as core from './runner.js';

const secrets = new Set<string>();

/** Register a secret: masked by the runner and redacted from our own messages. Empty values are ignored. */
export function registerSecret(value: string | undefined): void {
  if (!value) return;
  core.setSecret(value);
  secrets.add(value);
  // A URL-encoded form can appear inside connection strings and error messages too.
  const encoded = encodeURIComponent(value);
  if (encoded !== value) {
    core.setSecret(encoded);
    secrets.add(encoded);
  }
}

export function redact(text: string): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 3) out = out.split(secret).join('***');
  }
  return out;
}

/**
 * Register every sensitive part of a URL that carries a credential (a deploy hook): the whole URL,
 * userinfo, each query value, and each path segment that looks like a token (has a digit, or is
 * long), since a server may echo any one of them alone.
 */
export function registerUrlSecrets(value: string | undefined): void {
  if (!value) return;
  registerSecret(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return;
  }
  registerSecret(decodeURIComponent(url.username));
  registerSecret(decodeURIComponent(url.password));
  for (const [, v] of url.searchParams) registerSecret(v.length >= 4 ? v : undefined);
  for (const segment of url.pathname.split('/')) {
    const s = safeDecode(segment);
    if (s.length >= 16 || (s.length >= 6 && /\d/.test(s))) registerSecret(s);
  }
  // The URL without its query, and the path alone, as servers print them ("Cannot POST /deploy/…").
  if (url.pathname.length > 1) {
    registerSecret(value.split('?')[0]);
    registerSecret(url.pathname + url.search);
    registerSecret(url.pathname);
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
