// Every input of actions/container read and checked once, into one typed object (defaults = action.yml).
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import * as core from '../lib/runner.js';
import { ConfigurationError } from '../lib/errors.js';
import {
  getBooleanInput,
  getChoiceInput,
  getKeyValueInput,
  getListInput,
  getRequiredInput,
  getStringInput,
} from '../lib/inputs.js';
import { registerSecret } from '../lib/redact.js';
import { parseBuildSecrets, type BuildSecret } from './build-secrets.js';
import { parseImageReference, type ImageReference } from './reference.js';
import type { GitContext, LatestMode } from './tags.js';

export const BUILDERS = ['auto', 'docker', 'buildah'] as const;
export type BuilderChoice = (typeof BUILDERS)[number];

export interface ContainerInputs {
  workspace: string;
  context: string;
  /** The Dockerfile path as given (resolved against the context when relative); may not exist yet. */
  file: string;
  generate: boolean;
  builder: BuilderChoice;
  image: ImageReference;
  tags: string[];
  latest: LatestMode;
  username: string;
  password: string;
  push: boolean;
  platforms: string[];
  cacheFrom: string[];
  cacheTo: string[];
  insecure: boolean;
  buildArgs: Record<string, string>;
  ociArchive: string;
  pushArchive: string;
  /** `--secret` specs for the builder; the values are masked and never on a command line. */
  secrets: BuildSecret[];
  target: string;
  /** Extra labels, over the OCI labels the action computes. */
  labels: Record<string, string>;
  provenance: string;
  sbom: string;
  git: GitContext;
  repository: string;
  serverUrl: string;
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): ContainerInputs {
  const password = getStringInput('password');
  registerSecret(password);
  const githubToken = getStringInput('github-token');
  registerSecret(githubToken);

  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const context = resolveInside(workspace, getRequiredInput('context'), 'context');
  const fileInput = getStringInput('file');
  // The default path is checked too: a Dockerfile linked out of the workspace is refused.
  const file = resolveInside(workspace, resolve(context, fileInput || 'Dockerfile'), 'file');

  const repository = env.GITHUB_REPOSITORY ?? '';
  const imageInput = getStringInput('image') || (repository ? `ghcr.io/${repository.toLowerCase()}` : '');
  if (!imageInput)
    throw new ConfigurationError('input `image` is required outside GitHub Actions (e.g. ghcr.io/owner/app)');
  const image = parseImageReference(imageInput, 'image');

  let username = getStringInput('username');
  let secret = password;
  // The easy default on GitHub: ghcr.io with the job's own token.
  if (!secret && image.registry === 'ghcr.io' && githubToken) {
    secret = githubToken;
    username ||= env.GITHUB_ACTOR || 'github-actions';
  }
  if (secret && !username) throw new ConfigurationError('input `username` is required when `password` is set');

  const ociArchive = optionalPath(workspace, getStringInput('oci-archive'));
  const pushArchive = optionalPath(workspace, getStringInput('push-archive'));
  if (pushArchive && !existsSync(pushArchive))
    throw new ConfigurationError(`input \`push-archive\` names a file that does not exist: ${pushArchive}`);
  if (pushArchive && ociArchive)
    throw new ConfigurationError(
      'inputs `oci-archive` and `push-archive` cannot be used together: write the archive in one run, push it in a later one',
    );

  const platforms = getListInput('platforms');
  for (const p of platforms) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(p))
      throw new ConfigurationError(`input \`platforms\` must list os/arch[/variant] like linux/amd64 (got \`${p}\`)`);
  }

  const target = getStringInput('target');
  if (target && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target))
    throw new ConfigurationError(`input \`target\` must name a build stage (FROM … AS name), got \`${target}\``);

  return {
    workspace,
    context,
    file,
    generate: getBooleanInput('generate'),
    builder: getChoiceInput('builder', BUILDERS),
    image,
    tags: getListInput('tags'),
    latest: getChoiceInput('latest', ['auto', 'true', 'false'] as const),
    username,
    password: secret,
    push: getBooleanInput('push'),
    platforms,
    cacheFrom: getListInput('cache-from'),
    cacheTo: getListInput('cache-to'),
    insecure: getBooleanInput('insecure'),
    buildArgs: getKeyValueInput('build-args'),
    ociArchive,
    pushArchive,
    secrets: parseBuildSecrets(core.getInput('secrets'), workspace, env),
    target,
    labels: getKeyValueInput('labels'),
    provenance: attestationInput('provenance'),
    sbom: attestationInput('sbom'),
    git: readGitContext(env),
    repository,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
  };
}

/** A path input must stay inside the workspace (symlinks followed), or the build could read the runner's files. */
export function resolveInside(workspace: string, path: string, input: string): string {
  const full = resolve(workspace, path);
  const real = existsSync(full) ? realpathSync(full) : full;
  const root = existsSync(workspace) ? realpathSync(workspace) : workspace;
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new ConfigurationError(`input \`${input}\` must be a path inside the workspace (got \`${path}\`)`);
  return full;
}

/** `provenance` / `sbom`: '' (buildx's default), true, false, or buildx's own spec (mode=max, generator=…). */
function attestationInput(name: string): string {
  const value = getStringInput(name);
  if (!value || /^(true|false)$/i.test(value)) return value.toLowerCase();
  if (!/^[a-z-]+=[^,\s]+(,[a-z-]+=[^,\s]+)*$/.test(value))
    throw new ConfigurationError(
      `input \`${name}\` must be true, false or a buildx spec like mode=max (got \`${value}\`)`,
    );
  return value;
}

function optionalPath(workspace: string, value: string): string {
  return value ? resolve(workspace, value) : '';
}

export function readGitContext(env: NodeJS.ProcessEnv): GitContext {
  let defaultBranch: string | undefined;
  if (env.GITHUB_EVENT_PATH && existsSync(env.GITHUB_EVENT_PATH)) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
        repository?: { default_branch?: string };
      };
      defaultBranch = event.repository?.default_branch;
    } catch {
      /* an unreadable event file only costs the default-branch `latest` */
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    defaultBranch,
  };
}
