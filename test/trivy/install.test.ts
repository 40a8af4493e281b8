// The installer against a loopback server in Trivy's real release layout.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checksumsAsset, expectedChecksum, installTrivy, releaseAsset } from '../../src/trivy/install.js';
import { startReleaseServer, type ReleaseServer } from '../support/trivy-release-server.js';

const fast = { baseDelayMs: 5 };
let servers: ReleaseServer[] = [];

beforeEach(() => {
  process.env.RUNNER_TOOL_CACHE = mkdtempSync(join(tmpdir(), 'toolcache-'));
  process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'runnertemp-'));
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function server(version: string, options?: Parameters<typeof startReleaseServer>[1]) {
  const s = await startReleaseServer(version, options);
  servers.push(s);
  return s;
}

test('release asset names follow Trivy releases', () => {
  expect(releaseAsset('0.69.3', 'linux', 'x64')).toBe('trivy_0.69.3_Linux-64bit.tar.gz');
  expect(releaseAsset('0.69.3', 'linux', 'arm64')).toBe('trivy_0.69.3_Linux-ARM64.tar.gz');
  expect(releaseAsset('0.69.3', 'darwin', 'arm64')).toBe('trivy_0.69.3_macOS-ARM64.tar.gz');
  expect(releaseAsset('0.69.3', 'win32', 'x64')).toBe('trivy_0.69.3_Windows-64bit.zip');
  expect(checksumsAsset('0.69.3')).toBe('trivy_0.69.3_checksums.txt');
  expect(expectedChecksum(`${'a'.repeat(64)}  x.tar.gz\n${'b'.repeat(64)}  trivy.tar.gz\n`, 'trivy.tar.gz')).toBe(
    'b'.repeat(64),
  );
});

test('downloads, verifies and caches; a second install downloads nothing', async () => {
  const s = await server('0.69.3');
  const first = await installTrivy({ version: '0.69.3', downloadUrl: s.url, retry: fast });
  expect(first.cached).toBe(false);
  expect(existsSync(first.path)).toBe(true);
  expect(first.path.startsWith(process.env.RUNNER_TOOL_CACHE!)).toBe(true);
  expect(s.requests).toEqual(['/v0.69.3/trivy_0.69.3_checksums.txt', '/v0.69.3/trivy_0.69.3_Linux-64bit.tar.gz']);
  const second = await installTrivy({ version: '0.69.3', downloadUrl: s.url, retry: fast });
  expect(second).toEqual({ path: first.path, cached: true });
  expect(s.requests).toHaveLength(2);
});

test('refuses an archive whose checksum does not match, and caches nothing', async () => {
  const s = await server('0.69.3', { wrongChecksum: true });
  await expect(installTrivy({ version: '0.69.3', downloadUrl: s.url, retry: fast })).rejects.toThrow(
    /^checksum mismatch for trivy_0\.69\.3_Linux-64bit\.tar\.gz: expected [0-9a-f]{64}, got [0-9a-f]{64}; refusing to run it$/,
  );
  expect(existsSync(join(process.env.RUNNER_TOOL_CACHE!, 'trivy'))).toBe(false);
});

test('retries a 429 and then installs', async () => {
  const s = await server('0.69.3', { tooManyRequestsFirst: 2 });
  const result = await installTrivy({ version: '0.69.3', downloadUrl: s.url, retry: fast });
  expect(existsSync(result.path)).toBe(true);
  expect(s.requests.filter((r) => r.endsWith('.tar.gz'))).toHaveLength(3);
});

test('gives up after bounded retries with the status in the message', async () => {
  const s = await server('0.69.3', { tooManyRequestsFirst: 99 });
  await expect(
    installTrivy({ version: '0.69.3', downloadUrl: s.url, retry: { ...fast, attempts: 3 } }),
  ).rejects.toThrow('download of trivy_0.69.3_Linux-64bit.tar.gz failed: HTTP 429');
  expect(s.requests.filter((r) => r.endsWith('.tar.gz'))).toHaveLength(3);
});

test('names a version the mirror does not have', async () => {
  const s = await server('0.69.3');
  await expect(installTrivy({ version: '0.1.0', downloadUrl: s.url, retry: fast })).rejects.toThrow(
    'download of trivy_0.1.0_checksums.txt failed: HTTP 404',
  );
});
