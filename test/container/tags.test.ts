// Tags and references as docker/metadata-action users expect them, and Docker's reference grammar.
import { computeGitTags, computeImageTags, type GitContext } from '../../src/container/tags.js';
import { isLoopbackRegistry, parseImageReference } from '../../src/container/reference.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeOciLabels, imageCreatedTime } from '../../src/container/labels.js';

const SHA = '9f2c1e0d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';
const ctx = (ref: string, eventName = 'push', defaultBranch = 'main'): GitContext => ({
  ref,
  eventName,
  sha: SHA,
  defaultBranch,
});

test.each([
  ['a push to the default branch', ctx('refs/heads/main'), 'auto', ['main', 'sha-9f2c1e0'], 'main'],
  [
    'latest on the default branch when asked',
    ctx('refs/heads/main'),
    'true',
    ['main', 'latest', 'sha-9f2c1e0'],
    'main',
  ],
  [
    'no latest on another branch even when asked',
    ctx('refs/heads/develop'),
    'true',
    ['develop', 'sha-9f2c1e0'],
    'develop',
  ],
  [
    'a branch with a slash',
    ctx('refs/heads/feature/login-form'),
    'auto',
    ['feature-login-form', 'sha-9f2c1e0'],
    'feature-login-form',
  ],
  ['a pull request', ctx('refs/pull/42/merge', 'pull_request'), 'auto', ['pr-42', 'sha-9f2c1e0'], 'pr-42'],
  ['a stable semver tag', ctx('refs/tags/v1.2.3'), 'auto', ['1.2.3', '1.2', '1', 'latest', 'sha-9f2c1e0'], '1.2.3'],
  ['a 0.x tag has no major tag', ctx('refs/tags/v0.4.1'), 'auto', ['0.4.1', '0.4', 'latest', 'sha-9f2c1e0'], '0.4.1'],
  [
    'a pre-release is neither latest nor a minor line',
    ctx('refs/tags/v2.0.0-rc.1'),
    'auto',
    ['2.0.0-rc.1', 'sha-9f2c1e0'],
    '2.0.0-rc.1',
  ],
  ['latest: false on a release', ctx('refs/tags/v1.2.3'), 'false', ['1.2.3', '1.2', '1', 'sha-9f2c1e0'], '1.2.3'],
  ['a tag that is not semver', ctx('refs/tags/release-2026'), 'auto', ['release-2026', 'sha-9f2c1e0'], 'release-2026'],
  ['a scheduled build', ctx('refs/heads/main', 'schedule'), 'auto', ['nightly', 'sha-9f2c1e0'], 'nightly'],
] as const)('%s', (_name, git, latest, tags, version) => {
  expect(computeGitTags(git, latest)).toEqual({ tags, version });
});

test('outside a git context the image is still tagged', () => {
  expect(computeGitTags({ ref: '', eventName: '', sha: '' })).toEqual({ tags: ['latest'], version: 'latest' });
});

test('explicit tags win: bare ones go on the image, full references are kept, duplicates dropped', () => {
  const image = parseImageReference('ghcr.io/acme/app');
  const result = computeImageTags(image, ctx('refs/heads/main'), ['edge', 'ghcr.io/acme/mirror:stable', 'edge']);
  expect(result.references).toEqual(['ghcr.io/acme/app:edge', 'ghcr.io/acme/mirror:stable']);
  expect(result.tags).toEqual(['edge', 'stable']);
  expect(result.version).toBe('main');
  expect(() => computeImageTags(image, ctx('refs/heads/main'), ['-bad'])).toThrow(
    'input `tags` has an invalid tag `-bad`',
  );
});

test('a tag written on the image comes first', () => {
  expect(computeImageTags(parseImageReference('ghcr.io/acme/app:edge'), ctx('refs/heads/main'), []).references).toEqual(
    ['ghcr.io/acme/app:edge', 'ghcr.io/acme/app:main', 'ghcr.io/acme/app:sha-9f2c1e0'],
  );
});

test.each([
  ['ghcr.io/acme/app', { registry: 'ghcr.io', repository: 'acme/app', tag: undefined }],
  ['nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', tag: '1.27' }],
  ['acme/app', { registry: 'docker.io', repository: 'acme/app', tag: undefined }],
  ['localhost:5000/team/app:dev', { registry: 'localhost:5000', repository: 'team/app', tag: 'dev' }],
  ['127.0.0.1:5000/app', { registry: '127.0.0.1:5000', repository: 'app', tag: undefined }],
])('parses %s', (text, expected) => {
  expect(parseImageReference(text)).toEqual(expected);
});

test.each(['ghcr.io/Acme/App', 'ghcr.io/acme/app@sha256:abc', 'ghcr.io/acme/app:', 'has space/app', ''])(
  'rejects %j',
  (text) => {
    expect(() => parseImageReference(text)).toThrow(/^input `image`/);
  },
);

// The host rules are isLoopbackHost's (test/lib); here, what a registry adds: a port, a bracketed IPv6.
test.each([
  ['127.0.0.1:5000', true],
  ['localhost:5000', true],
  ['[::1]:5000', true],
  ['127.evil.example:5000', false],
  ['ghcr.io', false],
  ['10.0.0.5:5000', false],
])('registry %s is loopback: %s', (registry, expected) => {
  expect(isLoopbackRegistry(registry)).toBe(expected);
});

test('OCI labels trace the image to its source commit', () => {
  const created = new Date('2026-11-24T06:00:00Z');
  expect(
    computeOciLabels({ serverUrl: 'https://github.com/', repository: 'acme/app', sha: SHA, version: '1.2.3', created }),
  ).toEqual({
    'org.opencontainers.image.created': '2026-11-24T06:00:00.000Z',
    'org.opencontainers.image.version': '1.2.3',
    'org.opencontainers.image.source': 'https://github.com/acme/app',
    'org.opencontainers.image.title': 'app',
    'org.opencontainers.image.revision': SHA,
  });
});

test('created is the commit time (or SOURCE_DATE_EPOCH), so a rebuild of one commit keeps its labels and its cache', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'created-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-03-01T12:00:00Z', GIT_AUTHOR_DATE: '2026-03-01T12:00:00Z' },
    });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'first');
  expect((await imageCreatedTime(repo, {})).toISOString()).toBe('2026-03-01T12:00:00.000Z');
  expect((await imageCreatedTime(repo, { SOURCE_DATE_EPOCH: '1700000000' })).toISOString()).toBe(
    '2023-11-14T22:13:20.000Z',
  );
  const outside = await imageCreatedTime(mkdtempSync(join(tmpdir(), 'no-git-')), {});
  expect(Math.abs(outside.getTime() - Date.now())).toBeLessThan(60000);
});
