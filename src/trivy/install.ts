// Installs Trivy from its release archive: the archive is verified against the release's sha256
// checksums file before it is unpacked, and kept in the tool cache so the next job on the runner
// does not download it again.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../lib/runner.js';
import * as tc from '@actions/tool-cache';
import { runCommand } from '../lib/exec.js';
import { fetchWithRetry, type RetryOptions } from '../lib/http.js';
import { runnerTemp } from '../lib/action.js';

/** Trivy's release asset for an OS and CPU, e.g. trivy_0.69.3_Linux-64bit.tar.gz. */
export function releaseAsset(
  version: string,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string {
  const os =
    platform === 'linux'
      ? 'Linux'
      : platform === 'darwin'
        ? 'macOS'
        : platform === 'win32'
          ? 'Windows'
          : platform === 'freebsd'
            ? 'FreeBSD'
            : undefined;
  const cpu =
    arch === 'x64'
      ? '64bit'
      : arch === 'arm64'
        ? 'ARM64'
        : arch === 'ia32'
          ? '32bit'
          : arch === 'arm'
            ? 'ARM'
            : arch === 'ppc64'
              ? 'PPC64LE'
              : arch === 's390x'
                ? 's390x'
                : undefined;
  if (!os || !cpu) throw new Error(`Trivy publishes no release for ${platform}/${arch}`);
  return `trivy_${version}_${os}-${cpu}.${os === 'Windows' ? 'zip' : 'tar.gz'}`;
}

export function checksumsAsset(version: string): string {
  return `trivy_${version}_checksums.txt`;
}

/** The sha256 the checksums file (sha256sum format) lists for an asset. */
export function expectedChecksum(checksums: string, asset: string): string | undefined {
  for (const line of checksums.split(/\r?\n/)) {
    const m = /^([0-9a-f]{64})\s+\*?(\S+)$/i.exec(line.trim());
    if (m && m[2] === asset) return m[1].toLowerCase();
  }
  return undefined;
}

export interface InstallOptions {
  version: string;
  downloadUrl: string;
  retry?: RetryOptions;
}

/** Path of the trivy binary, from the tool cache or freshly downloaded and verified. */
export async function installTrivy({
  version,
  downloadUrl,
  retry,
}: InstallOptions): Promise<{ path: string; cached: boolean }> {
  const binary = process.platform === 'win32' ? 'trivy.exe' : 'trivy';
  const cachedDir = tc.find('trivy', version);
  if (cachedDir && existsSync(join(cachedDir, binary))) {
    core.info(`Trivy ${version} found in the tool cache`);
    return { path: join(cachedDir, binary), cached: true };
  }
  const asset = releaseAsset(version);
  const base = `${downloadUrl.replace(/\/+$/, '')}/v${version}`;
  const retryOptions: RetryOptions = {
    onRetry: (attempt, reason, delay) =>
      core.info(`download attempt ${attempt} failed (${reason}); retrying in ${delay} ms`),
    ...retry,
  };
  const checksums = await download(`${base}/${checksumsAsset(version)}`, retryOptions);
  const expected = expectedChecksum(checksums.toString('utf8'), asset);
  if (!expected) throw new Error(`${checksumsAsset(version)} lists no checksum for ${asset}; refusing to install it`);
  const archive = await download(`${base}/${asset}`, retryOptions);
  const actual = createHash('sha256').update(archive).digest('hex');
  if (actual !== expected)
    throw new Error(`checksum mismatch for ${asset}: expected ${expected}, got ${actual}; refusing to run it`);
  core.info(`${asset}: sha256 ${actual} matches ${checksumsAsset(version)}`);

  const work = mkdtempSync(join(runnerTemp(), 'trivy-'));
  const archivePath = join(work, asset);
  writeFileSync(archivePath, archive);
  const extracted = asset.endsWith('.zip')
    ? await tc.extractZip(archivePath, join(work, 'x'))
    : await extractTar(archivePath, join(work, 'x'));
  const dir = await tc.cacheDir(extracted, 'trivy', version);
  chmodSync(join(dir, binary), 0o755);
  return { path: join(dir, binary), cached: false };
}

async function extractTar(archive: string, dest: string): Promise<string> {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dest, { recursive: true });
  await runCommand('tar', ['-xzf', archive, '-C', dest]);
  return dest;
}

async function download(url: string, retry: RetryOptions): Promise<Buffer> {
  const response = await fetchWithRetry(url, {}, retry);
  if (!response.ok) throw new Error(`download of ${url.split('/').pop()} failed: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}
