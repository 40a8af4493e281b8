// Image references (registry/name[:tag]) parsed and checked the way Docker's reference grammar does,
// so a bad `image` or `tags` value fails before anything is built.
import { ConfigurationError } from '../lib/errors.js';
import { isLoopbackHost } from '../lib/loopback.js';

export interface ImageReference {
  /** Registry host (with port), e.g. ghcr.io or 127.0.0.1:5000; docker.io when none is written. */
  registry: string;
  /** Repository path inside the registry, e.g. owner/app. */
  repository: string;
  tag?: string;
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9a-fA-F:]+\])(?::\d+)?$/;

export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

/** Parse `[host[:port]/]path[:tag]`; throws a ConfigurationError naming `input` when it is not one. */
export function parseImageReference(text: string, input = 'image'): ImageReference {
  const expected = `input \`${input}\` must be an image reference like ghcr.io/owner/app[:tag] (got \`${text}\`)`;
  if (!text || /\s/.test(text) || text.includes('@')) throw new ConfigurationError(expected);
  const slash = text.lastIndexOf('/');
  const colon = text.lastIndexOf(':');
  let name = text;
  let tag: string | undefined;
  if (colon > slash) {
    name = text.slice(0, colon);
    tag = text.slice(colon + 1);
    if (!isValidTag(tag))
      throw new ConfigurationError(
        `input \`${input}\` has an invalid tag \`${tag}\`: a tag is up to 128 letters, digits, _ . - and starts with a letter, digit or _`,
      );
  }
  const parts = name.split('/');
  let registry = 'docker.io';
  // Docker's rule: the first component is a host when it has a dot or a port, or is localhost.
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
    registry = parts.shift()!;
    if (!HOST.test(registry)) throw new ConfigurationError(expected);
  }
  if (!parts.length || !parts.every((p) => COMPONENT.test(p))) throw new ConfigurationError(expected);
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  return { registry, repository: parts.join('/'), tag };
}

export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}`;
}

/** Docker's rule: loopback and localhost registries speak plain HTTP; everything else needs TLS. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
  return isLoopbackHost(host);
}
