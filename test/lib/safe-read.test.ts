// One read per file into a reused buffer: regular files come back whole, and everything else is
// refused with its kind named (never a hang on a FIFO, never a link followed, never past the limit).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { viewRegularFile } from '../../src/lib/safe-read.js';

const text = (path: string, max = 1024) => viewRegularFile(path, max, (bytes) => bytes.toString('utf8'));

test('regular files, empty or at the limit, come back whole; each read leaves the next one alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'safe-read-'));
  writeFileSync(join(dir, 'a'), 'x'.repeat(1024));
  writeFileSync(join(dir, 'b'), 'short');
  writeFileSync(join(dir, 'empty'), '');
  expect(text(join(dir, 'a'))).toEqual({ value: 'x'.repeat(1024) });
  expect(text(join(dir, 'b'))).toEqual({ value: 'short' });
  expect(text(join(dir, 'empty'))).toEqual({ value: '' });
});

test('a file past the limit, a FIFO, a folder, a link and a missing file are refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'safe-read-'));
  writeFileSync(join(dir, 'big'), 'x'.repeat(1025));
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'target'), 'secret');
  symlinkSync(join(dir, 'target'), join(dir, 'link'));
  expect(text(join(dir, 'big'))).toEqual({ refused: 'not read: 1025 bytes is over the 1024 byte limit' });
  expect(text(join(dir, 'pipe'))).toEqual({ refused: 'not read: a FIFO (named pipe), not a regular file' });
  expect(text(join(dir, 'folder'))).toEqual({ refused: 'not read: a directory, not a regular file' });
  expect(text(join(dir, 'link'))).toEqual({ refused: 'not read: a symbolic link' });
  expect(text(join(dir, 'missing'))).toEqual({ refused: 'not read: ENOENT' });
});
