// A corpus of hostile repositories, built at test time (no real secrets): each one tries to make the
// audit pass, read outside the root, hang, or run out of memory. Every repository also holds
// `.github/workflows/ci.yml` with a template injection, which the audit must still find.
// Used by test/audit/hostile-corpus.test.ts and bench/hostile.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A workflow with a template injection in a run step: ci/template-injection at this file. */
export const CANARY_WORKFLOW =
  'name: ci\non: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';

/** Text of the sentinel files outside every root: none of it may reach a report. */
export const SENTINEL_TOKEN = 'SENTINEL-0f9e8d7c6b5a';

function write(root, path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function link(root, path, target) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  symlinkSync(target, join(root, path));
}

function git(root, ...args) {
  execFileSync('git', ['-c', 'user.email=t@example.test', '-c', 'user.name=t', ...args], {
    cwd: root,
    stdio: 'ignore',
  });
}

function commitAll(root) {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A', '-f');
  git(root, 'commit', '-q', '-m', 'hostile');
}

function aliasBomb() {
  const row = (name, item) => `${name}: &${name} [${Array(60).fill(item).join(', ')}]\n`;
  return `${row('a', '1')}${row('b', '*a')}${row('c', '*b')}d: [${Array(60).fill('*c').join(', ')}]\n`;
}

/** A workflow padded with comments to `bytes`, its jobs (and an injection) after the padding. */
export function paddedWorkflow(bytes) {
  const line = `# ${'x'.repeat(76)}\n`;
  return line.repeat(Math.ceil(bytes / line.length)) + CANARY_WORKFLOW;
}

/**
 * Build the corpus under a fresh temporary folder. Returns the outside folder (sentinels) and each
 * repository with what the audit must report for it.
 * @param {{ manyWorkflows?: number }} [options]
 */
export function buildHostileCorpus(options = {}) {
  const base = mkdtempSync(join(tmpdir(), 'hostile-'));
  const outside = join(base, 'outside');
  mkdirSync(outside);
  // Sentinels: a secret-looking env file, a workflow with its own injection, a folder of them.
  writeFileSync(join(outside, 'sentinel.env'), `AWS_SECRET_ACCESS_KEY=${SENTINEL_TOKEN}abcdefghijklmnopqrstuv\n`);
  writeFileSync(
    join(outside, 'sentinel.yml'),
    CANARY_WORKFLOW.replace('pull_request.title', `pull_request.body }} ${SENTINEL_TOKEN} {{ x`),
  );
  mkdirSync(join(outside, 'folder'));
  writeFileSync(join(outside, 'folder', 'package.json'), `{"name":"${SENTINEL_TOKEN}"}\n`);

  const repos = [];
  const repo = (name, build, expect, { git: inGit = true } = {}) => {
    const root = join(base, name);
    mkdirSync(root);
    write(root, '.github/workflows/ci.yml', CANARY_WORKFLOW);
    build(root);
    if (inGit) commitAll(root);
    repos.push({ name, root, git: inGit, ...expect });
  };

  repo('alias-bomb', (r) => write(r, '.github/workflows/bomb.yml', aliasBomb()), {
    unreadable: ['.github/workflows/bomb.yml'],
  });
  // The files other rules read, each made unreadable in its own way: each is a finding about itself.
  repo(
    'hidden-deploy-files',
    (r) => {
      const secret = '"deploy": "SECRET_KEY=sk_live_abcdefghijklmnopqrstuvwx node deploy.js"';
      write(r, 'package.json', `{${' '.repeat(1024 * 1024 + 16)}"scripts": {${secret}}}\n`);
      write(r, 'docker-compose.yml', aliasBomb());
      writeFileSync(join(r, 'Dockerfile'), Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xff, 0xfe, 0x0a]));
      link(r, 'fly.toml', join(outside, 'sentinel.env'));
      write(r, 'api/wrangler.toml', 'name = "w"\n[vars\nTOKEN = "x"\n');
      write(r, 'render.yaml', 'services:\n  - type: web\n    name: app\n');
    },
    {
      unreadable: [],
      unreadableFiles: ['package.json', 'docker-compose.yml', 'Dockerfile', 'fly.toml', 'api/wrangler.toml'],
      links: ['fly.toml'],
    },
  );
  repo('gitignore-everything', (r) => write(r, '.gitignore', '*\n'), { unreadable: [] });
  repo('padded-workflow', (r) => write(r, '.github/workflows/padded.yml', paddedWorkflow(1024 * 1024 + 4096)), {
    unreadable: ['.github/workflows/padded.yml'],
  });
  repo(
    'links-out',
    (r) => {
      link(r, '.env.production', join(outside, 'sentinel.env'));
      link(r, '.github/workflows/linked.yml', join(outside, 'sentinel.yml'));
      link(r, 'config', join(outside, 'folder'));
      link(r, 'package.json', '../outside/folder/package.json');
      link(r, 'Dockerfile', '/etc/shadow');
    },
    {
      unreadable: ['.github/workflows/linked.yml'],
      unreadableFiles: ['.env.production', 'package.json', 'Dockerfile'],
      links: ['.env.production', '.github/workflows/linked.yml', 'config', 'package.json', 'Dockerfile'],
    },
  );
  // Git cannot track a FIFO: the folder walk (no git) meets them, and a tracked link points at one.
  repo(
    'fifo-folder',
    (r) => {
      execFileSync('mkfifo', [join(r, 'pipe')]);
      execFileSync('mkfifo', [join(r, '.github/workflows/pipe.yml')]);
      execFileSync('mkfifo', [join(r, '.gitignore')]);
      link(r, 'Dockerfile', 'pipe');
    },
    { unreadable: ['.github/workflows/pipe.yml'], unreadableFiles: ['Dockerfile'], links: ['Dockerfile'] },
    { git: false },
  );
  repo(
    'fifo-link-in-git',
    (r) => {
      link(r, 'Dockerfile', 'pipe');
      link(r, '.github/workflows/piped.yml', '../../pipe');
    },
    {
      unreadable: ['.github/workflows/piped.yml'],
      unreadableFiles: ['Dockerfile'],
      links: ['Dockerfile'],
      afterCommit: (r) => execFileSync('mkfifo', [join(r, 'pipe')]),
    },
  );
  // A tracked folder swapped for a link out after the checkout, among many sibling folders (checked
  // last, after 64 others: found from one read of the parent) and among few (one lstat each).
  for (const [name, siblings, swapped] of [
    ['folder-swapped-for-link-many', 80, 'p9'],
    ['folder-swapped-for-link-few', 3, 'p1'],
  ])
    repo(
      name,
      (r) => {
        for (let i = 0; i < siblings; i++) write(r, `packages/p${i}/package.json`, `{"name":"p${i}"}\n`);
      },
      {
        unreadable: [],
        unreadableFiles: [`packages/${swapped}/package.json`],
        links: [`packages/${swapped}`],
        afterCommit: (r) => {
          rmSync(join(r, `packages/${swapped}`), { recursive: true });
          symlinkSync(join(outside, 'folder'), join(r, `packages/${swapped}`));
        },
      },
    );
  repo(
    'huge-gitignore',
    (r) => {
      write(r, '.gitignore', Array.from({ length: 20000 }, (_, i) => `generated-${i}/**/*.tmp`).join('\n'));
      write(r, 'src/.gitignore', Array.from({ length: 1500 }, (_, i) => `x${i}`).join('\n'));
      for (let i = 0; i < 2000; i++) write(r, `src/m${Math.floor(i / 100)}/f${i}.js`, 'module.exports = 1;\n');
    },
    { unreadable: [] },
    { git: false },
  );
  const copies = options.manyWorkflows ?? 40;
  repo(
    'many-large-workflows',
    (r) => {
      const text = paddedWorkflow(990 * 1024);
      for (let i = 0; i < copies; i++) write(r, `.github/workflows/big-${i}.yml`, text);
    },
    { unreadable: [], injections: copies },
  );
  for (const r of repos) r.afterCommit?.(r.root);
  return { base, outside, repos };
}
