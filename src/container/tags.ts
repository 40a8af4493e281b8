// Which tags to push, from the git context, following docker/metadata-action's defaults so its users
// get what they expect: branch name, pr-N, semver (1.2.3, 1.2, 1, latest), and sha-<short>.
import semver from 'semver';
import { ConfigurationError } from '../lib/errors.js';
import { formatReference, isValidTag, parseImageReference, type ImageReference } from './reference.js';

export interface GitContext {
  /** GITHUB_EVENT_NAME: push, pull_request, pull_request_target, schedule, workflow_dispatch, ... */
  eventName: string;
  /** GITHUB_REF: refs/heads/main, refs/tags/v1.2.3, refs/pull/42/merge. */
  ref: string;
  sha: string;
  defaultBranch?: string;
}

export type LatestMode = 'auto' | 'true' | 'false';

export interface ImageTags {
  /** Full references to push, image:tag. */
  references: string[];
  /** The bare tags, in the same order. */
  tags: string[];
  /** What goes in org.opencontainers.image.version (metadata-action's `version`). */
  version: string;
}

/** Docker tags allow [A-Za-z0-9_.-]; metadata-action turns anything else (e.g. `/` in feature/x) into `-`. */
export function sanitizeTag(value: string): string {
  return value
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

/** The tags the git context calls for. `latest`: auto = on stable semver tags; true = also on default-branch pushes; false = never. */
export function computeGitTags(ctx: GitContext, latest: LatestMode = 'auto'): { tags: string[]; version: string } {
  const tags: string[] = [];
  let version = '';
  let stableRelease = false;
  const shortSha = ctx.sha ? `sha-${ctx.sha.slice(0, 7)}` : '';
  if (ctx.ref.startsWith('refs/tags/')) {
    const name = ctx.ref.slice('refs/tags/'.length);
    const parsed = semver.parse(semver.clean(name) ?? name);
    if (parsed) {
      version = parsed.version;
      tags.push(parsed.version);
      if (parsed.prerelease.length === 0) {
        stableRelease = true;
        tags.push(`${parsed.major}.${parsed.minor}`);
        // metadata-action leaves {{major}} out for 0.x: 0 is not a stable API line.
        if (parsed.major > 0) tags.push(String(parsed.major));
      }
    } else {
      version = sanitizeTag(name);
      tags.push(version);
    }
  } else if (ctx.ref.startsWith('refs/pull/')) {
    const number = ctx.ref.split('/')[2];
    version = `pr-${number}`;
    tags.push(version);
  } else if (ctx.ref.startsWith('refs/heads/')) {
    const branch = ctx.ref.slice('refs/heads/'.length);
    version = ctx.eventName === 'schedule' ? 'nightly' : sanitizeTag(branch);
    tags.push(version);
    const onDefault = ctx.defaultBranch !== undefined && branch === ctx.defaultBranch;
    if (latest === 'true' && onDefault) tags.push('latest');
  }
  if (stableRelease && latest !== 'false') tags.push('latest');
  if (shortSha) tags.push(shortSha);
  if (!version) version = shortSha || 'latest';
  if (!tags.length) tags.push('latest');
  return { tags: [...new Set(tags.filter(Boolean))], version };
}

/**
 * The references to push. Explicit `tags` win over the git context: a bare tag is appended to
 * `image`, a full reference (with a `/`) is taken as written.
 */
export function computeImageTags(
  image: ImageReference,
  ctx: GitContext,
  explicit: readonly string[],
  latest: LatestMode = 'auto',
): ImageTags {
  const base = formatReference({ ...image, tag: undefined });
  if (explicit.length) {
    const references = explicit.map((item) => {
      if (item.includes('/')) return formatReference(parseImageReference(item, 'tags'));
      if (!isValidTag(item)) {
        throw new ConfigurationError(
          `input \`tags\` has an invalid tag \`${item}\`: a tag is up to 128 letters, digits, _ . - and starts with a letter, digit or _`,
        );
      }
      return `${base}:${item}`;
    });
    const tags = references.map((r) => r.slice(r.lastIndexOf(':') + 1));
    return {
      references: [...new Set(references)],
      tags: [...new Set(tags)],
      version: computeGitTags(ctx, latest).version,
    };
  }
  const { tags, version } = computeGitTags(ctx, latest);
  const all = image.tag ? [image.tag, ...tags] : tags;
  const unique = [...new Set(all)];
  return { references: unique.map((t) => `${base}:${t}`), tags: unique, version };
}
