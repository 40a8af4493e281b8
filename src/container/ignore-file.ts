// The ignore file the builder reads for a build (<Dockerfile>.dockerignore, else .containerignore,
// else .dockerignore in the context), read once before the build: it comes from the checked-out
// tree, so a FIFO there (on which the builder would block) or a link out of the workspace is refused
// in one line instead of being handed to the builder. Also which secret files it leaves in a `COPY .`
// (the `ignore` matcher loads here, after the input check, not with the bundle).
import { join, relative } from 'node:path';
import ignore from 'ignore';
import { ConfigurationError } from '../lib/errors.js';
import { existsNoFollow, readTextInside } from '../lib/read-inside.js';
import { secretFilesInContext, type BuildSecret } from './build-secrets.js';

const MAX_IGNORE_BYTES = 1024 * 1024;

export interface IgnoreFile {
  /** The file the builder reads, or undefined when there is none. */
  file?: string;
  text: string;
}

export function readIgnoreFile(workspace: string, context: string, dockerfile: string): IgnoreFile {
  const file = [`${dockerfile}.dockerignore`, join(context, '.containerignore'), join(context, '.dockerignore')].find(
    existsNoFollow,
  );
  if (!file) return { text: '' };
  const read = readTextInside(file, workspace, MAX_IGNORE_BYTES);
  if ('refused' in read)
    throw new ConfigurationError(`${relative(workspace, file) || file} cannot be read: ${read.refused}`);
  return { file, text: read.text };
}

/**
 * The secret files a `COPY . .` would put into a layer: inside the context and not excluded by the
 * ignore file the builder reads (matched the gitignore way, which .dockerignore patterns follow closely).
 */
export function exposedSecretFiles(secrets: readonly BuildSecret[], context: string, ignoreText: string): string[] {
  const inside = secretFilesInContext(secrets, context);
  if (!inside.length) return [];
  const matcher = ignore().add(ignoreText);
  return inside.filter((rel) => !matcher.ignores(rel));
}
