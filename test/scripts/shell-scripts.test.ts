// Our own shell scripts (CI, the test command, test helpers) parse and pass shellcheck, and a test
// whose system program is missing says which Debian package to install, in one line.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { missingToolMessage, requireTools } from '../support/system-tools.js';

const SCRIPTS = [
  '.ci/run',
  ...readdirSync('scripts')
    .filter((f) => f.endsWith('.sh'))
    .map((f) => join('scripts', f)),
  ...readdirSync('test/support')
    .filter((f) => f.endsWith('.sh'))
    .map((f) => join('test/support', f)),
];

beforeAll(() => requireTools('shellcheck'));

test.each(SCRIPTS)('%s parses and passes shellcheck', (script) => {
  expect(spawnSync('bash', ['-n', script], { encoding: 'utf8' }).stderr).toBe('');
  const check = spawnSync('shellcheck', [script], { encoding: 'utf8' });
  expect(check.stdout).toBe('');
  expect(check.status).toBe(0);
});

test('a missing program is one line naming its package and the install command', () => {
  const path = process.env.PATH;
  process.env.PATH = '/nonexistent';
  try {
    const message = missingToolMessage('shellcheck');
    expect(message).toBe(
      'missing system tool shellcheck: install the Debian package shellcheck (sudo apt-get install shellcheck), or run npm test, which installs every one the tests use',
    );
    expect(() => requireTools('buildah')).toThrow(/^missing system tool buildah: .*sudo apt-get install buildah/);
  } finally {
    process.env.PATH = path;
  }
});
