// docker buildx (GitHub-hosted runners): one `buildx build` builds, tags, caches and pushes; the
// digest comes from --metadata-file. The argument list is a pure function so it is tested without a daemon.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../../lib/errors.js';
import { runCommand } from '../../lib/exec.js';
import { loginRefused, type BuildRequest, type BuildResult, type Builder } from './builder.js';
import { runnerTemp } from '../../lib/action.js';

/**
 * On GitHub, buildx's own GitHub Actions cache backend is the default when the user names none, but
 * only on a builder that can export a cache: the default `docker` driver cannot (it fails the build
 * with "Cache export feature is currently not supported for docker driver").
 */
export function defaultDockerCache(
  request: BuildRequest,
  env: NodeJS.ProcessEnv,
  driver: string,
): { cacheFrom: string[]; cacheTo: string[] } {
  const onGitHub = Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
  if (request.cacheFrom.length || request.cacheTo.length || !onGitHub || driver === 'docker')
    return { cacheFrom: request.cacheFrom, cacheTo: request.cacheTo };
  return { cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max'] };
}

/** `Driver: docker-container` from `docker buildx inspect`. */
export function parseBuildxDriver(inspect: string): string {
  return /^Driver:\s*(\S+)/m.exec(inspect)?.[1] ?? 'docker';
}

/** The `docker buildx build` argument list (pure). */
export function buildxBuildArgs(
  request: BuildRequest,
  metadataFile: string,
  env: NodeJS.ProcessEnv = {},
  driver = 'docker-container',
): string[] {
  const args = ['buildx', 'build', '--file', request.file, '--metadata-file', metadataFile];
  for (const ref of request.references) args.push('--tag', ref);
  for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`);
  for (const [key, value] of Object.entries(request.buildArgs)) args.push('--build-arg', `${key}=${value}`);
  for (const spec of request.secrets) args.push('--secret', spec);
  if (request.target) args.push('--target', request.target);
  if (request.provenance) args.push(`--provenance=${request.provenance}`);
  if (request.sbom) args.push(`--sbom=${request.sbom}`);
  if (request.platforms.length) args.push('--platform', request.platforms.join(','));
  const cache = defaultDockerCache(request, env, driver);
  for (const spec of cache.cacheFrom) args.push('--cache-from', spec);
  for (const spec of cache.cacheTo) args.push('--cache-to', spec);
  const outputs: string[] = [];
  if (request.push) outputs.push(`type=image,push=true${request.tlsVerify ? '' : ',registry.insecure=true'}`);
  if (request.ociArchive) outputs.push(`type=oci,dest=${request.ociArchive}`);
  if (outputs.length) for (const output of outputs) args.push('--output', output);
  else if (request.platforms.length <= 1) args.push('--load'); // a build-only run keeps the image in the daemon
  args.push(request.context);
  return args;
}

export class DockerBuilder implements Builder {
  readonly name = 'docker' as const;
  private readonly workDir = mkdtempSync(join(runnerTemp(), 'shipshape-docker-'));

  async login(registry: string, username: string, password: string): Promise<void> {
    const result = await runCommand('docker', ['login', '--username', username, '--password-stdin', registry], {
      stdin: password,
      allowFailure: true,
      timeoutMs: 60000,
    });
    if (result.exitCode !== 0) {
      throw loginRefused('docker', registry, username, result);
    }
  }

  async logout(registry: string): Promise<void> {
    await runCommand('docker', ['logout', registry], { allowFailure: true, timeoutMs: 30000 });
    rmSync(this.workDir, { recursive: true, force: true });
  }

  async build(request: BuildRequest, log: (line: string) => void): Promise<BuildResult> {
    const inspect = await runCommand('docker', ['buildx', 'inspect'], { allowFailure: true, timeoutMs: 30000 });
    const driver = parseBuildxDriver(inspect.stdout);
    const notes: string[] = [];
    if (driver === 'docker') {
      if (request.ociArchive || request.platforms.length > 1) {
        throw new ConfigurationError(
          `${request.ociArchive ? 'input `oci-archive`' : 'more than one of `platforms`'} needs a buildx builder with the docker-container driver (add docker/setup-buildx-action before this step) or builder: buildah`,
        );
      }
      if (
        Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL) &&
        !request.cacheFrom.length &&
        !request.cacheTo.length
      ) {
        notes.push(
          'no build cache: the buildx builder uses the docker driver, which cannot export one; add docker/setup-buildx-action before this step for the type=gha cache',
        );
      }
    }
    const metadataFile = join(this.workDir, 'metadata.json');
    await runCommand('docker', buildxBuildArgs(request, metadataFile, process.env, driver), {
      onLine: log,
      cwd: request.context,
    });
    const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, string>;
    const digest = request.push ? (metadata['containerimage.digest'] ?? '') : '';
    return {
      imageId: metadata['containerimage.config.digest'] ?? '',
      digest,
      archiveDigest: request.ociArchive ? (metadata['containerimage.digest'] ?? '') : '',
      notes,
    };
  }
}

/** Whether a Docker daemon answers (the CLI alone is not enough) and buildx is installed. */
export async function dockerDaemonAnswers(): Promise<boolean> {
  try {
    const server = await runCommand('docker', ['version', '--format', '{{.Server.Version}}'], {
      allowFailure: true,
      timeoutMs: 10000,
    });
    if (server.exitCode !== 0 || !server.stdout.trim()) return false;
    const buildx = await runCommand('docker', ['buildx', 'version'], { allowFailure: true, timeoutMs: 10000 });
    return buildx.exitCode === 0;
  } catch {
    return false; // no docker CLI at all
  }
}
