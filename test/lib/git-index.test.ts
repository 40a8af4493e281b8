// The index file read directly lists exactly what `git ls-files --stage` lists, on real repositories
// built by git in every shape it writes: index versions 2, 3 (extended flags) and 4 (compressed
// paths), conflicts, links, submodules, long and non-ASCII names, a subfolder. Shapes the reader
// leaves to git (split index, sparse index, SHA-256) still list the same through git.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FNV_OFFSET, FNV_PRIME } from '../../src/lib/byte-names.js';
import { parseGitIndex, readGitIndex } from '../../src/lib/git-index.js';
import { gitTrackedFiles } from '../../src/lib/git-read.js';
import { Repository } from '../../src/lib/repository/repository.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.test', '-c', 'user.name=t', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

// What git itself says, in the reader's shape: files and links, each in git's order.
function lsFiles(dir: string): { files: string[]; links: string[] } {
  const out = { files: [] as string[], links: [] as string[] };
  let last = '';
  for (const record of git(dir, 'ls-files', '-z', '--stage', '--', '.').split('\0')) {
    if (!record) continue;
    const [meta, path] = record.split('\t');
    if (path === last) continue;
    last = path;
    const mode = meta.split(' ')[0];
    if (mode === '120000') out.links.push(path);
    else if (mode !== '160000') out.files.push(path);
  }
  return out;
}

function listed(value: ReturnType<typeof readGitIndex> | ReturnType<typeof gitTrackedFiles>): {
  files: string[];
  links: string[];
} {
  if (!value || value === 'no-work-tree' || 'error' in value)
    throw new Error(`the index was not read (${JSON.stringify(value)})`);
  return { files: value.index.files, links: value.links };
}

function repository(init: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'git-index-'));
  git(dir, 'init', '-q', ...init);
  const file = (path: string, text = `${path}\n`) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  file('package.json', '{}');
  file('src/server.js');
  file('src/deep/a/b/c/d/module.js');
  file('scripts/deploy.sh');
  file('docs/résumé ünïcødé 日本.md');
  for (let i = 0; i < 300; i++) file(`packages/pkg-${i}/index.js`);
  symlinkSync('src/server.js', join(dir, 'link.js'));
  git(dir, 'add', '-A');
  // A name of more than 0xFFF bytes (the flags' length field overflows): too long for the file
  // system, so put in the index alone.
  const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: 'long\n' }).toString().trim();
  const long = Array.from({ length: 17 }, (_, i) => String.fromCharCode(97 + i).repeat(250)).join('/');
  git(dir, 'update-index', '--add', '--cacheinfo', `100644,${blob},${long}`);
  git(dir, 'commit', '-q', '-m', 'one');
  return dir;
}

test('a version 2 index (git default) lists what ls-files lists', () => {
  const dir = repository();
  const direct = listed(readGitIndex(dir));
  expect(direct).toEqual(lsFiles(dir));
  expect(direct.links).toEqual(['link.js']);
  expect(direct.files).toContain('docs/résumé ünïcødé 日本.md');
  expect(direct.files.some((f) => f.length > 0xfff)).toBe(true);
  expect(direct.files.length).toBeGreaterThan(300);
});

// The index is read a window at a time: an entry, a long path or an extension header that
// crosses a window's end must read the same as the whole file in one buffer.
test.each([2, 3, 4])('index version %i read through small windows lists what one read lists', (version) => {
  const dir = repository();
  if (version === 3) {
    writeFileSync(join(dir, 'added-later.js'), 'x\n');
    git(dir, 'add', '-N', 'added-later.js');
  }
  if (version !== 3) git(dir, 'update-index', '--index-version', String(version));
  const bytes = readFileSync(join(dir, '.git/index'));
  expect(bytes.readUInt32BE(4)).toBe(version);
  const whole = parseGitIndex(bytes);
  for (const windowBytes of [1, 7, 64, 100, 4096, 5000]) {
    const reads: number[] = [];
    const windowed = parseGitIndex({
      size: bytes.length,
      windowBytes,
      read: (into, at, length, position) => {
        reads.push(position);
        return bytes.copy(into, at, position, position + length);
      },
    });
    expect([windowBytes, windowed.index.files, windowed.links]).toEqual([windowBytes, whole.index.files, whole.links]);
    if (windowBytes <= 4096) expect(reads.length).toBeGreaterThan(1);
  }
  // A read that comes up short (the file shrank under the read) is an error, not a shorter list.
  const short = (into: Buffer, at: number, length: number, position: number) =>
    position > 500 ? 0 : bytes.copy(into, at, position, position + length);
  expect(() => parseGitIndex({ size: bytes.length, windowBytes: 64, read: short })).toThrow();
});

test('a subfolder lists its own files, relative to it', () => {
  const dir = repository();
  const direct = listed(readGitIndex(join(dir, 'src')));
  expect(direct).toEqual({ files: ['deep/a/b/c/d/module.js', 'server.js'], links: [] });
  expect(direct).toEqual(lsFiles(join(dir, 'src')));
});

test('version 3 (an intent-to-add entry) and version 4 (compressed paths) list what ls-files lists', () => {
  const dir = repository();
  writeFileSync(join(dir, 'added-later.js'), 'x\n');
  git(dir, 'add', '-N', 'added-later.js');
  expect(listed(readGitIndex(dir))).toEqual(lsFiles(dir));
  expect(listed(readGitIndex(dir)).files).toContain('added-later.js');
  git(dir, 'update-index', '--index-version', '4');
  expect(listed(readGitIndex(dir))).toEqual(lsFiles(dir));
});

test('a conflicted path (three stages) is listed once; a submodule keeps its mode', () => {
  const dir = repository();
  git(dir, 'checkout', '-q', '-b', 'other');
  writeFileSync(join(dir, 'src/server.js'), 'other\n');
  git(dir, 'commit', '-q', '-am', 'other');
  git(dir, 'checkout', '-q', '-');
  writeFileSync(join(dir, 'src/server.js'), 'mine\n');
  git(dir, 'commit', '-q', '-am', 'mine');
  try {
    git(dir, 'merge', '-q', 'other');
  } catch {
    // the conflict is the point
  }
  expect(git(dir, 'ls-files', '--stage', 'src/server.js').trim().split('\n')).toHaveLength(3);
  // A submodule is an index entry of mode 160000 naming a commit.
  git(dir, 'update-index', '--add', '--cacheinfo', `160000,${git(dir, 'rev-parse', 'HEAD').trim()},vendor/sub`);
  const direct = listed(readGitIndex(dir));
  expect(direct).toEqual(lsFiles(dir));
  expect(direct.files.filter((f) => f === 'src/server.js')).toHaveLength(1);
  expect(git(dir, 'ls-files', '--stage', 'vendor/sub')).toMatch(/^160000 /);
  expect(direct.files).not.toContain('vendor/sub');
  // A folder that holds only a submodule (or only links) holds no file.
  const parsed = readGitIndex(dir);
  expect(parsed && parsed !== 'no-work-tree' && parsed.index.folders).not.toContain('vendor/');
  expect(new Repository(dir).exists('vendor')).toBe(false);
});

test.each([
  ['a split index', (dir: string) => git(dir, 'update-index', '--split-index')],
  ['a sparse index', (dir: string) => git(dir, 'sparse-checkout', 'set', '--sparse-index', 'src')],
])('%s is left to git, and the listing is still what git says', (_name, shape) => {
  const dir = repository();
  shape(dir);
  expect(readGitIndex(dir)).toBeUndefined();
  expect(listed(gitTrackedFiles(dir))).toEqual(lsFiles(dir));
});

test('a SHA-256 repository is left to git', () => {
  const dir = repository(['--object-format=sha256']);
  expect(readGitIndex(dir)).toBeUndefined();
  expect(listed(gitTrackedFiles(dir))).toEqual(lsFiles(dir));
});

test('a folder with no .git above it is no work tree; a broken index is refused, not half read', () => {
  const plain = mkdtempSync(join(tmpdir(), 'git-index-plain-'));
  expect(readGitIndex(plain)).toBe('no-work-tree');
  const dir = repository();
  const bytes = execFileSync('cat', [join(dir, '.git/index')]);
  expect(parseGitIndex(bytes).index.length).toBeGreaterThan(300);
  expect(() => parseGitIndex(bytes.subarray(0, bytes.length >> 1))).toThrow();
  const wrongCount = Buffer.from(bytes);
  wrongCount.writeUInt32BE(wrongCount.readUInt32BE(8) + 1, 8);
  expect(() => parseGitIndex(wrongCount)).toThrow();
  writeFileSync(join(dir, '.git/index'), bytes.subarray(0, 100));
  expect(readGitIndex(dir)).toBeUndefined();
});

// A .git folder planted in an unpacked tree can hold an index git would never write, with paths
// that climb out of the tree: the audit neither lists nor reads them.
test('an index entry that climbs out of the tree (`../`) is neither listed nor read', () => {
  const parent = mkdtempSync(join(tmpdir(), 'git-index-escape-'));
  writeFileSync(join(parent, 'secret.env'), 'TOKEN=sentinel-outside-the-tree\n');
  const dir = join(parent, 'repo');
  mkdirSync(join(dir, 'xx'), { recursive: true });
  writeFileSync(join(dir, 'xx', 'secret.env'), 'inside\n');
  writeFileSync(join(dir, 'package.json'), '{}');
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  // Same length, so the entry's padding stays right: `xx/secret.env` becomes `../secret.env`.
  const index = execFileSync('cat', [join(dir, '.git/index')]);
  const at = index.indexOf('xx/secret.env');
  index.write('..', at, 'latin1');
  writeFileSync(join(dir, '.git/index'), index);
  expect(listed(readGitIndex(dir)).files).toContain('../secret.env');
  const repo = new Repository(dir);
  expect(repo.files).toEqual(['package.json']);
  expect(repo.read('../secret.env')).toBeUndefined();
});

// An index planted in an unpacked tree may hold any bytes: each damaged copy either reads as an
// index or is refused with an error; none hangs, none throws anything but an Error, none lists a
// path that climbs out.
test('damaged copies of an index are read or refused, never more', () => {
  const dir = repository();
  const bytes = readFileSync(join(dir, '.git/index'));
  let seed = 12345;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  let refused = 0;
  for (let round = 0; round < 200; round++) {
    const damaged = Buffer.from(bytes);
    for (let k = 0, n = 1 + random(8); k < n; k++) damaged[12 + random(damaged.length - 12)] = random(256);
    for (const windowBytes of [97, 1 << 20]) {
      const source = {
        size: damaged.length,
        windowBytes,
        read: (into: Buffer, at: number, length: number, position: number) =>
          damaged.copy(into, at, position, position + length),
      };
      try {
        const parsed = parseGitIndex(source, '', (folder) => !/^(?:[^/.][^/]*\/)*$/.test(folder));
        for (const f of parsed.index.files) expect(f.split('/').slice(0, -1)).not.toContain('..');
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
        refused++;
      }
    }
  }
  expect(refused).toBeGreaterThan(0);
});

test('names crafted to share one hash from the published FNV offset do not chain', () => {
  // The parser hashes a base name from its end, four bytes at a time. These pairs of eight-byte
  // blocks collide from the state before them (found by a birthday search from the published
  // offset), so every choice of one per block hashes alike: 2^12 names, one hash.
  const blocks = [
    ['jawacaaa', 'aaaadaaa'],
    ['faoacaaa', 'aaaahaaa'],
    ['laxacaaa', 'aabahaaa'],
    ['laxacaaa', 'aabadaaa'],
    ['dakacaaa', 'aaaadaaa'],
    ['kauagaaa', 'aaaaiaaa'],
    ['laxacaaa', 'aabadaaa'],
    ['laxaaaaa', 'aabafaaa'],
    ['dakabaaa', 'aaaaeaaa'],
    ['jawagaaa', 'aaaahaaa'],
    ['kauafaaa', 'aaaahaaa'],
    ['nazaaaaa', 'aadajaaa'],
  ];
  const names = Array.from(
    { length: 1 << blocks.length },
    (_, m) =>
      `${blocks
        .map((pair, i) => pair[(m >> i) & 1])
        .reverse()
        .join('')}.txt`,
  );
  const unseeded = (name: string) => {
    const bytes = Buffer.from(name);
    let hash = FNV_OFFSET;
    for (let end = bytes.length; end >= 4; end -= 4) {
      hash = Math.imul(hash ^ bytes.readUInt32BE(end - 4), FNV_PRIME);
      hash ^= hash >>> 15;
    }
    return hash;
  };
  expect(new Set(names).size).toBe(4096);
  expect(new Set(names.map(unseeded)).size).toBe(1);
  const dir = mkdtempSync(join(tmpdir(), 'git-index-flood-'));
  git(dir, 'init', '-q');
  const blob = git(dir, 'hash-object', '-w', '--stdin').trim();
  execFileSync('git', ['update-index', '--add', '--index-info'], {
    cwd: dir,
    input: names.map((n) => `100644 ${blob}\tsrc/${n}\n`).join(''),
  });
  const read = readGitIndex(dir);
  if (!read || read === 'no-work-tree') throw new Error('index not read');
  expect(read.index.length).toBe(4096);
  // Unseeded, the last name is compared with all 4,095 before it.
  expect(read.longestNameProbe).toBeLessThan(64);
});
