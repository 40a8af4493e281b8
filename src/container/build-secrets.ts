// Build secrets (`secrets` input): one a line in buildx's syntax, `id=npmrc,src=<file>` or
// `id=token,env=<NAME>`, checked once and turned into `--secret` specs for buildx and buildah. The
// specs name a file or a variable, never a value: both tools read the bytes themselves, so a secret
// never reaches a command line. Every value is masked first (whole, line by line, and the value of
// each credential line's value, e.g. an .npmrc's `_authToken=`).
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigurationError } from '../lib/errors.js';
import { readTextInside } from '../lib/read-inside.js';
import { registerSecret } from '../lib/redact.js';

export interface BuildSecret {
  id: string;
  /** `src`: a file the builder reads; `env`: a variable of the builder's environment. */
  kind: 'src' | 'env';
  /** The absolute file path, or the variable's name. */
  source: string;
}

const ID = /^[A-Za-z0-9_.-]+$/;
const MAX_SECRET_FILE_BYTES = 1024 * 1024;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parse the `secrets` lines (blank lines and `#` comments skipped); errors name the line, never a value. */
export function parseBuildSecrets(raw: string, workspace: string, env: NodeJS.ProcessEnv = process.env): BuildSecret[] {
  const secrets: BuildSecret[] = [];
  raw.split(/\r?\n/).forEach((text, index) => {
    const line = text.trim();
    if (!line || line.startsWith('#')) return;
    const where = `input \`secrets\` line ${index + 1}`;
    const fields = new Map<string, string>();
    for (const part of line.split(',')) {
      const eq = part.indexOf('=');
      if (eq <= 0) throw new ConfigurationError(`${where} must be id=NAME,src=FILE or id=NAME,env=VARIABLE`);
      fields.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
    }
    const id = fields.get('id') ?? '';
    if (!ID.test(id)) throw new ConfigurationError(`${where} needs an id of letters, digits, . _ or - (id=npmrc)`);
    if (secrets.some((s) => s.id === id)) throw new ConfigurationError(`${where} repeats the id \`${id}\``);
    // buildx also accepts `type=file|env` and `source=`; `type=env` with `src=` names a variable.
    const type = fields.get('type');
    const src = fields.get('src') ?? fields.get('source');
    const envName = fields.get('env') ?? (type === 'env' ? src : undefined);
    const unknown = [...fields.keys()].filter((k) => !['id', 'src', 'source', 'env', 'type'].includes(k));
    if (unknown.length) throw new ConfigurationError(`${where} has an unknown field \`${unknown[0]}\``);
    if (type !== undefined && type !== 'file' && type !== 'env')
      throw new ConfigurationError(`${where}: type must be file or env (got \`${type}\`)`);
    if (envName !== undefined) {
      if (!ENV_NAME.test(envName))
        throw new ConfigurationError(`${where}: env must name a variable (got \`${envName}\`)`);
      const value = env[envName];
      if (!value)
        throw new ConfigurationError(
          `${where}: the variable ${envName} is not set or empty (set it in the step's env:)`,
        );
      maskSecretText(value);
      secrets.push({ id, kind: 'env', source: envName });
      return;
    }
    if (!src) throw new ConfigurationError(`${where} needs src=FILE or env=VARIABLE`);
    const file = resolve(workspace, src);
    // A file in the checked-out tree may be a planted link or FIFO: read only inside the workspace, never blocking.
    const read = readTextInside(file, workspace, MAX_SECRET_FILE_BYTES);
    if ('refused' in read)
      throw new ConfigurationError(
        read.refused === 'does not exist'
          ? `${where}: the file ${src} does not exist`
          : `${where}: the file ${src} cannot be read: ${read.refused}`,
      );
    maskSecretText(read.text);
    secrets.push({ id, kind: 'src', source: file });
  });
  return secrets;
}

/** The `--secret` value both buildx and buildah take. */
export function secretSpec(secret: BuildSecret): string {
  return `id=${secret.id},${secret.kind}=${secret.source}`;
}

/** Mask a secret's text as a whole, each line, and the value of each credential `key=value` line. */
export function maskSecretText(text: string): void {
  const parts = new Set([text.trim()]);
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.length < 4) continue;
    parts.add(trimmed);
    // The value of a credential line (`//host/:_authToken=…`, `password=…`) on its own, as a tool may
    // print just that; other values (a registry URL) stay readable in the log.
    const eq = trimmed.indexOf('=');
    const value = eq > 0 ? trimmed.slice(eq + 1).trim() : '';
    if (value.length >= 6 && /auth|token|pass|secret|key|cred/i.test(trimmed.slice(0, eq))) parts.add(value);
  }
  for (const part of parts) registerSecret(part);
}

/** Secret files inside the build context, as paths relative to it (a `COPY .` could take them). */
export function secretFilesInContext(secrets: readonly BuildSecret[], context: string): string[] {
  return secrets
    .filter((s) => s.kind === 'src')
    .map((s) => relative(context, s.source).replace(/\\/g, '/'))
    .filter((rel) => rel && !rel.startsWith('..') && !isAbsolute(rel));
}
