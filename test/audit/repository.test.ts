// The repository model on bad and awkward input: every case gives a warning or a clean skip, never a throw.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { Repository, MAX_READ_BYTES } from '../../src/lib/repository/repository.js';
import { runAudit } from '../../src/audit/engine.js';
import { ConfigurationError } from '../../src/lib/errors.js';
import { sourceFiles, sourceFilesOf } from '../../src/lib/repository/facts.js';
import { scanOrder, sourcesNamedBy } from '../../src/lib/repository/source-scan.js';
import { mayNameHealthRoute } from '../../src/lib/node-app/health-route.js';
import { isAppSource, scanOrder as libraryScanOrder } from '../../src/lib/node-app/source-files.js';

function repoWith(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'repo-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('file index', () => {
  // glob, byName, namedFiles and exists answer from indexes (base names, sorted ranges); each must
  // give what a plain pass over every file gives, in the same order.
  it('answers globs, names and folders as a pass over every file would', () => {
    const root = repoWith({
      'next.config.mjs': '',
      'next.config.ts': '',
      'apps/web/next.config.js': '',
      'apps/web/src/next.config.js': '',
      'apps/web-old/next.config.cjs': '',
      '.github/workflows/ci.yml': '',
      '.github/workflows/nested/deploy.yaml': '',
      '.github/workflows.yml': '',
      Dockerfile: '',
      'apps/web/Dockerfile.prod': '',
      'apps/api/api.Dockerfile': '',
      'apps/api/.hidden.yml': '',
      'k8s/deploy.yaml': '',
      'a b/c(1).yml': '',
    });
    const repo = new Repository(root);
    const patterns = [
      '.github/workflows/*.{yml,yaml}',
      'next.config.{js,mjs,cjs,ts}',
      'apps/web/next.config.{js,mjs,cjs,ts}',
      'apps/*/next.config.*',
      '**/*.yml',
      'apps/**/Dockerfile*',
      '*.yml',
      'a b/*.yml',
      'apps/api/*',
      'apps/web',
      ['next.config.ts', 'Dockerfile'],
    ];
    for (const p of patterns) {
      const match = picomatch(p as string | string[], { dot: true });
      expect([p, repo.glob(p)]).toEqual([p, repo.files.filter((f) => match(f))]);
    }
    for (const re of [/^Dockerfile(\.\w+)?$/, /\.ya?ml$/, /^next\.config\./, /^nothing$/])
      expect(repo.byName(re)).toEqual(repo.files.filter((f) => re.test(f.slice(f.lastIndexOf('/') + 1))));
    for (const [path, expected] of [
      ['apps', true],
      ['apps/', true],
      ['apps/web', true],
      ['apps/we', false],
      ['apps/web/Dockerfile.prod', true],
      ['apps/web/Dockerfile', false],
      ['.github/workflows', true],
      ['', false],
      ['zzz', false],
    ] as const)
      expect([path, repo.exists(path)]).toEqual([path, expected]);
    // has() answers from a folder's files or a name's, whichever list is shorter.
    for (const f of repo.files) expect([f, repo.has(f)]).toEqual([f, true]);
    for (const miss of [
      'apps/web/next.config.cjs',
      'apps/next.config.js',
      'Dockerfile/',
      'apps/web',
      'web/Dockerfile.prod',
    ])
      expect([miss, repo.has(miss)]).toEqual([miss, false]);
    // A selection with a limit is the first of the whole selection, through either list.
    const yml = (base: string) => /\.ya?ml$/.test(base);
    for (const limit of [0, 1, 2, 3, 100]) {
      expect(repo.select(yml, () => true, limit)).toEqual(repo.select(yml, () => true).slice(0, limit));
      expect(
        repo.select(
          () => true,
          (f) => f.startsWith('apps/'),
          limit,
        ),
      ).toEqual(repo.files.filter((f) => f.startsWith('apps/')).slice(0, limit));
    }
  });

  // Source files, the scan order and the health-route candidates are read from the name and
  // folder index; each must equal the per-path definition applied to every file.
  it('selects sources, scan order and health candidates as a per-file test would', () => {
    const names = [
      'server.ts',
      'index.js',
      'app.mjs',
      'util.ts',
      'health.ts',
      'status.tsx',
      'a.test.ts',
      'b.d.ts',
      'x.md',
    ];
    const folders = [
      '',
      'src/',
      'src/routes/',
      'app/(group)/',
      'tests/',
      'packages/api/',
      'packages/api/lib/',
      'healthz/',
      'scripts/',
    ];
    const files: Record<string, string> = { 'package.json': '{}', 'packages/api/package.json': '{}' };
    for (const folder of folders) for (const name of names) files[`${folder}${name}`] = '';
    const repo = new Repository(repoWith(files));
    const sources = repo.files.filter(isAppSource);
    expect(sourceFiles(repo)).toEqual(sources);
    expect(sources.length).toBeGreaterThan(20);
    for (const dir of ['', 'packages/api']) {
      const own = sources.filter((f) => !dir || f.startsWith(`${dir}/`));
      expect(sourceFilesOf(repo, dir)).toEqual(own);
      // The library's order, computed file by file (a copy of the list, so its cache is not shared).
      expect(scanOrder(repo, dir)).toEqual(libraryScanOrder([...own]));
      // Likely entry and route files first: a folder or a file named like one, by the whole path.
      const likely = (f: string) =>
        /(?:^|\/)(?:server|app|index|main|routes?|router|api|health\w*|middleware|http|handlers?|controllers?)(?:\/|\.[cm]?[jt]sx?$)/.test(
          f,
        );
      expect(scanOrder(repo, dir)).toEqual([...own.filter(likely), ...own.filter((f) => !likely(f))]);
      const local = (f: string) => f.slice(dir ? dir.length + 1 : 0);
      expect(sourcesNamedBy(repo, dir, mayNameHealthRoute, mayNameHealthRoute)).toEqual(
        own.filter((f) => /health|heartbeat|ready|readi|live|ping|status/i.test(f) || f.includes('(')),
      );
      expect(own.some((f) => /health|status/.test(local(f)))).toBe(true);
    }
  });

  it('knows whether any file or folder goes by a name, before and after the folder tree is built', () => {
    const root = repoWith({
      'a/wrangler.toml/x.txt': '',
      'wrangler.json/y.txt': '',
      'b/wrangler.jsonc': '',
      'c/notwrangler.yaml/z.txt': '',
      'd/wrangler.yaml.bak/z.txt': '',
      'e/f/deep/g.txt': '',
    });
    const asked = ['wrangler.toml', 'wrangler.json', 'wrangler.jsonc', 'wrangler.yaml', 'deep', 'f', 'e', 'g.txt', 'h'];
    const byParts = (name: string) =>
      [
        'a/wrangler.toml/x.txt',
        'wrangler.json/y.txt',
        'b/wrangler.jsonc',
        'c/notwrangler.yaml/z.txt',
        'd/wrangler.yaml.bak/z.txt',
        'e/f/deep/g.txt',
      ].some((p) => p.split('/').includes(name));
    const before = new Repository(root);
    expect(asked.map((n) => before.namesAnything(n))).toEqual(asked.map(byParts));
    const after = new Repository(root);
    after.exists('a');
    expect(asked.map((n) => after.namesAnything(n))).toEqual(asked.map(byParts));
    expect(asked.map(byParts)).toEqual([true, true, true, false, true, true, true, true, false]);
  });

  it('honours root and nested .gitignore files and never enters node_modules or .git', () => {
    const root = repoWith({
      '.gitignore': 'secret.txt\n/out-root/\n*.log\n',
      'app/.gitignore': 'generated/\n!keep.log\n',
      'app/index.js': '',
      'app/generated/big.js': '',
      'app/keep.log': '',
      'app/debug.log': '',
      'out-root/x.js': '',
      'secret.txt': '',
      'node_modules/lib/index.js': '',
      '.git/HEAD': 'ref: refs/heads/main',
      'src/main.ts': '',
    });
    const repo = new Repository(root);
    expect(repo.files).toEqual(['.gitignore', 'app/.gitignore', 'app/index.js', 'app/keep.log', 'src/main.ts']);
  });

  it('lists symbolic links to files but never follows links to folders, so loops end', () => {
    const root = repoWith({ 'a/file.txt': 'x' });
    symlinkSync(join(root, 'a'), join(root, 'a', 'loop'));
    symlinkSync(join(root, 'a', 'file.txt'), join(root, 'link.txt'));
    symlinkSync(join(root, 'missing'), join(root, 'broken'));
    const repo = new Repository(root);
    expect(repo.files).toEqual(['a/file.txt', 'link.txt']);
    expect(repo.warnings).toEqual([{ file: 'broken', message: 'broken symbolic link' }]);
  });

  it('skips files it was told to ignore by the config', () => {
    const root = repoWith({ 'test/fixtures/x/package.json': '{}', 'package.json': '{}' });
    expect(new Repository(root, ['test/fixtures/**']).files).toEqual(['package.json']);
  });
});

describe('reading files', () => {
  it('warns about binary, non-UTF-8 and oversized files instead of reading them', () => {
    const root = repoWith({
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      'huge.js': 'x'.repeat(MAX_READ_BYTES + 1),
      'ok.txt': '\uFEFFhello',
    });
    const repo = new Repository(root);
    expect(repo.read('image.png')).toBeUndefined();
    expect(repo.read('latin1.txt')).toBeUndefined();
    expect(repo.read('huge.js')).toBeUndefined();
    expect(repo.read('ok.txt')).toBe('hello');
    expect(repo.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([
      'image.png: not read: binary file',
      'latin1.txt: not read: not valid UTF-8 text',
      `huge.js: not read: ${MAX_READ_BYTES + 1} bytes is over the ${MAX_READ_BYTES} byte limit`,
    ]);
  });

  it('warns about a file it cannot read (here: removed between the walk and the read) and goes on', () => {
    const root = repoWith({ 'gone.txt': 'x', 'kept.txt': 'y' });
    const repo = new Repository(root);
    rmSync(join(root, 'gone.txt'));
    expect(repo.read('gone.txt')).toBeUndefined();
    expect(repo.read('kept.txt')).toBe('y');
    expect(repo.warnings).toEqual([{ file: 'gone.txt', message: 'not read: ENOENT' }]);
  });

  it('names the file and line of malformed JSON and YAML, and skips an invalid package.json', () => {
    const root = repoWith({
      'package.json': '{ "name": "x", }',
      '.github/workflows/ci.yml': 'on: push\njobs:\n  build:\n    steps:\n      - run: a\n     - run: b\n',
      'sub/package.json': '{"scripts": {"start": "node ."}}',
    });
    const repo = new Repository(root);
    expect(repo.packages.map((p) => p.file)).toEqual(['sub/package.json']);
    expect(repo.workflows).toEqual([]);
    const messages = repo.warnings.map((w) => `${w.file}: ${w.message}`);
    expect(messages[0]).toMatch(/^package\.json: invalid JSON/);
    expect(messages[1]).toMatch(/^\.github\/workflows\/ci\.yml: invalid YAML at line \d/);
  });

  it('gives workflow steps their lines, including the first line of a block run script', () => {
    const root = repoWith({
      '.github/workflows/ci.yml':
        'name: CI\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: test\n        run: |\n          npm ci\n          npm test\n',
    });
    const [wf] = new Repository(root).workflows;
    expect(wf.jobs[0]).toMatchObject({ id: 'build', line: 4 });
    expect(wf.jobs[0].steps[0]).toMatchObject({ uses: 'actions/checkout@v4', usesLine: 7 });
    expect(wf.jobs[0].steps[1]).toMatchObject({ name: 'test', runLine: 10, run: 'npm ci\nnpm test\n' });
  });
});

describe('runAudit', () => {
  it('fails with a one-line ConfigurationError for a path that does not exist or is a file', () => {
    expect(() => runAudit('/nonexistent/path')).toThrow(
      new ConfigurationError('path `/nonexistent/path` does not exist'),
    );
    const root = repoWith({ 'a.txt': '' });
    expect(() => runAudit(join(root, 'a.txt'))).toThrow(/is not a directory/);
  });

  it('audits an empty directory without findings or errors', () => {
    const root = mkdtempSync(join(tmpdir(), 'empty-'));
    const result = runAudit(root);
    expect(result.filesIndexed).toBe(0);
    expect(result.findings).toEqual([]);
    expect(result.scores.overall).toBe(100);
  });

  it('keeps auditing when one rule throws, and reports the broken rule as a warning', () => {
    const root = repoWith({ 'a.txt': '' });
    const result = runAudit(root, {
      rules: [
        {
          id: 'docs/boom',
          severity: 'low',
          title: 'boom',
          remediation: '',
          check: () => {
            throw new Error('kaput');
          },
        },
        {
          id: 'docs/ok',
          severity: 'high',
          title: 'ok',
          remediation: 'fix',
          check: () => [{ message: 'found', file: 'a.txt' }],
        },
      ],
    });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['docs/ok']);
    expect(result.warnings).toContainEqual({ file: '.', message: 'rule docs/boom failed: kaput' });
  });
});
