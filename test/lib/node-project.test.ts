// The shared package.json reader, package-manager detection and loopback check.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
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

// The actions read the checked-out app through diskSource: no path of the app's own naming (a
// package.json field, a linked folder) reaches a file outside the folder.
test('diskSource never reads outside its folder: no `..`, no linked folder out, links inside are fine', () => {
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(join(outside, 'secret.env'), 'TOKEN=sentinel-outside\n');
  const dir = mkdtempSync(join(tmpdir(), 'app-'));
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'config.json'), '{"ok":true}');
  symlinkSync(outside, join(dir, 'linked-out'));
  symlinkSync(join(dir, 'real'), join(dir, 'linked-in'));
  symlinkSync(join(outside, 'secret.env'), join(dir, 'file-link'));
  const source = diskSource(dir);
  const relativeOut = `../${outside.split('/').pop()}/secret.env`;
  for (const path of [
    'linked-out/secret.env',
    relativeOut,
    `real/../${relativeOut}`,
    join(outside, 'secret.env'),
    'file-link',
  ]) {
    expect([path, source.read(path)]).toEqual([path, undefined]);
    expect([path, source.exists(path)]).toEqual([path, false]);
  }
  expect(source.read('real/config.json')).toBe('{"ok":true}');
  expect(source.read('linked-in/config.json')).toBe('{"ok":true}');
  expect(source.exists('real/config.json')).toBe(true);
});
