// The shared package.json reader, package-manager detection and loopback check.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLoopbackHost } from '../../src/lib/loopback.js';
import { diskSource } from '../../src/lib/node-app/file-source.js';
import { detectPackageManager, readPackage } from '../../src/lib/node-app/package-json.js';

function folder(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'node-project-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return diskSource(dir);
}

test('the lockfile decides, then packageManager, then npm', () => {
  expect(detectPackageManager(folder({ 'yarn.lock': '' }), '', { packageManager: 'pnpm@9.0.0' })).toEqual({
    manager: 'yarn',
    lockfile: 'yarn.lock',
  });
  expect(detectPackageManager(folder({}), '', { packageManager: 'pnpm@9.0.0' })).toEqual({ manager: 'pnpm' });
  expect(detectPackageManager(folder({}), '', { packageManager: 'deno@2' })).toEqual({ manager: 'npm' });
  expect(detectPackageManager(folder({ 'bun.lockb': '' }), '', undefined)).toEqual({
    manager: 'bun',
    lockfile: 'bun.lockb',
  });
});

test('package.json: absent is undefined, invalid is one line naming the caller and the file', () => {
  expect(readPackage(folder({}), '', 'x')).toBeUndefined();
  expect(readPackage(folder({ 'package.json': '{"scripts":{"start":"node a.js"}}' }), '', 'x')?.scripts.start).toBe(
    'node a.js',
  );
  expect(() => readPackage(folder({ 'package.json': '{"name":' }), '', 'input `working-directory`')).toThrow(
    /^input `working-directory`: \S+package\.json is not valid JSON \(.+\)$/,
  );
  expect(() => readPackage(folder({ 'package.json': '[1]' }), '', 'x')).toThrow(
    /^x: \S+package\.json is not a JSON object$/,
  );
});

test.each([
  ['localhost', true],
  ['LOCALHOST', true],
  ['web.localhost', true],
  ['127.0.0.1', true],
  ['127.255.0.9', true],
  ['[::1]', true],
  ['::1', true],
  ['127.example.com', false],
  ['localhost.example.com', false],
  ['0.0.0.0', false],
  ['10.0.0.1', false],
])('%s is loopback: %s', (host, expected) => {
  expect(isLoopbackHost(host)).toBe(expected);
});
