// The daemonless builder: buildah with chroot isolation (works as root in a container and rootless),
// layer cache on, pushes with back-off, the digest taken from --digestfile (what the registry accepted).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../../lib/errors.js';
import { runCommand } from '../../lib/exec.js';
import { sleep } from '../../lib/http.js';
import type { BuildRequest, BuildResult, Builder } from './builder.js';
import { loginRefused, pushRetryPolicy } from './builder.js';
import { runnerTemp } from '../../lib/action.js';

/** `type=registry,ref=R` (buildx form) or a bare repository → the repository buildah's --cache-from/--cache-to take. */
export function buildahCacheRepository(spec: string): string | undefined {
  if (!spec.includes('=')) return spec;
  const fields = Object.fromEntries(spec.split(',').map((kv) => kv.split('=', 2) as [string, string]));
  return fields.type === 'registry' && fields.ref ? fields.ref.replace(/:[^/:]+$/, '') : undefined;
}

/** The `buildah bud` argument list for a request (pure, tested). */
export function buildahBuildArgs(request: BuildRequest, iidFile: string, authFile?: string): string[] {
  const args = ['bud', '--isolation', 'chroot', '--layers', '--format', 'docker', '--iidfile', iidFile];
  if (authFile) args.push('--authfile', authFile);
  args.push('-f', request.file);
  for (const ref of request.references) args.push('-t', ref);
  for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`);
  for (const [key, value] of Object.entries(request.buildArgs)) args.push('--build-arg', `${key}=${value}`);
  for (const spec of request.secrets) args.push('--secret', spec);
  if (request.target) args.push('--target', request.target);
  if (request.platforms.length === 1) args.push('--platform', request.platforms[0]);
  for (const spec of request.cacheFrom) {
    const repo = buildahCacheRepository(spec);
    if (repo) args.push('--cache-from', repo);
  }
  for (const spec of request.cacheTo) {
    const repo = buildahCacheRepository(spec);
    if (repo) args.push('--cache-to', repo);
  }
  if (!request.tlsVerify) args.push('--tls-verify=false');
  args.push(request.context);
  return args;
}

export class BuildahBuilder implements Builder {
  readonly name = 'buildah' as const;
  private readonly workDir = mkdtempSync(join(runnerTemp(), 'shipshape-buildah-'));
  /** Credentials live in a file of our own, removed at logout, never in the user's ~/.docker. */
  readonly authFile = join(this.workDir, 'auth.json');

  async login(registry: string, username: string, password: string, tlsVerify: boolean): Promise<void> {
    const args = ['login', '--authfile', this.authFile, '--username', username, '--password-stdin'];
    if (!tlsVerify) args.push('--tls-verify=false');
    const result = await runCommand('buildah', [...args, registry], {
      stdin: password,
      allowFailure: true,
      timeoutMs: 60000,
    });
    if (result.exitCode !== 0) {
      throw loginRefused('buildah', registry, username, result);
    }
  }

  async logout(registry: string): Promise<void> {
    await runCommand('buildah', ['logout', '--authfile', this.authFile, registry], {
      allowFailure: true,
      timeoutMs: 30000,
    });
    rmSync(this.workDir, { recursive: true, force: true });
  }

  async build(request: BuildRequest, log: (line: string) => void): Promise<BuildResult> {
    const notes: string[] = [];
    if (request.platforms.length > 1)
      notes.push(`buildah builds one platform here; ${request.platforms.join(', ')} needs the docker builder (buildx)`);
    if ([...request.cacheFrom, ...request.cacheTo].some((s) => buildahCacheRepository(s) === undefined)) {
      notes.push(
        'cache types other than a registry repository (e.g. type=gha) are for buildx; buildah used its local layer cache',
      );
    }
    const attestations = (['provenance', 'sbom'] as const).filter((k) => request[k] && request[k] !== 'false');
    if (attestations.length)
      notes.push(
        `buildah writes no attestations: ${attestations.join(' and ')} ${attestations.length > 1 ? 'are' : 'is'} for the docker builder (buildx)`,
      );
    const iidFile = join(this.workDir, 'iid');
    // The auth file exists only after a login (no credentials: public base images, build-only runs).
    const authFile = existsSync(this.authFile) ? this.authFile : undefined;
    await runCommand('buildah', buildahBuildArgs(request, iidFile, authFile), { onLine: log, cwd: request.context });
    const imageId = readFileSync(iidFile, 'utf8').trim();
    let archiveDigest = '';
    if (request.ociArchive) {
      rmSync(request.ociArchive, { force: true });
      const digestFile = join(this.workDir, 'archive-digest');
      await runCommand('buildah', ['push', '--digestfile', digestFile, imageId, `oci-archive:${request.ociArchive}`], {
        onLine: log,
      });
      archiveDigest = readFileSync(digestFile, 'utf8').trim();
    }
    let digest = '';
    if (request.push) {
      // Pushing the same image to each tag: the manifest (and so the digest) is the same for all.
      for (const ref of request.references)
        digest = await this.pushWithRetry(imageId, `docker://${ref}`, request.tlsVerify, log);
    }
    return { imageId: imageId.startsWith('sha256:') ? imageId : `sha256:${imageId}`, digest, archiveDigest, notes };
  }

  /** Push a local image (by id or name) and return the digest the registry accepted. */
  async pushWithRetry(
    source: string,
    destination: string,
    tlsVerify: boolean,
    log: (line: string) => void,
  ): Promise<string> {
    const { attempts, delayMs } = pushRetryPolicy();
    const digestFile = join(this.workDir, 'push-digest');
    const args = ['push', '--retry', '0', '--digestfile', digestFile];
    if (existsSync(this.authFile)) args.push('--authfile', this.authFile);
    if (!tlsVerify) args.push('--tls-verify=false');
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      rmSync(digestFile, { force: true });
      try {
        await runCommand('buildah', [...args, source, destination], { onLine: log, timeoutMs: 30 * 60000 });
        return readFileSync(digestFile, 'utf8').trim();
      } catch (error) {
        lastError = errorMessage(error);
        if (attempt < attempts) {
          log(
            `push to ${destination.replace(/^docker:\/\//, '')} failed (attempt ${attempt} of ${attempts}); retrying in ${(delayMs * 2 ** (attempt - 1)) / 1000}s`,
          );
          await sleep(delayMs * 2 ** (attempt - 1));
        }
      }
    }
    throw new Error(
      `push to ${destination.replace(/^docker:\/\//, '')} failed after ${attempts} attempts: ${lastError.replace(/^`[^`]*` /, '')}`,
    );
  }

  /** Load an OCI archive into local storage and push it unchanged (same layers, same manifest digest). */
  async pushArchive(
    archive: string,
    references: string[],
    tlsVerify: boolean,
    log: (line: string) => void,
  ): Promise<{ imageId: string; digest: string }> {
    const pulled = await runCommand('buildah', ['pull', '--quiet', `oci-archive:${archive}`], { onLine: log });
    const imageId = pulled.stdout.trim().split('\n').pop()!.trim();
    let digest = '';
    for (const ref of references) digest = await this.pushWithRetry(imageId, `docker://${ref}`, tlsVerify, log);
    return { imageId: `sha256:${imageId.replace(/^sha256:/, '')}`, digest };
  }
}
