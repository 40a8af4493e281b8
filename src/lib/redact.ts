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
