// Files an action input names, planted by a pull request as a FIFO or as a link out of the
// workspace: each action fails closed in one line naming the file, never hangs (a hang is killed at
// the timeout and fails the test) and never reads the outside file. Through the bundles.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDist } from '../support/run-dist.js';

const TIMEOUT_MS = 30_000;
const OUTSIDE_TOKEN = 'OUTSIDE-7c1d2e3f';

type Plant = 'fifo' | 'outside link';

/** A workspace with `path` planted as a FIFO or as a link to a file outside it. */
function workspaceWith(path: string, plant: Plant, outsideText: string): string {
  const base = mkdtempSync(join(tmpdir(), 'planted-'));
  const ws = join(base, 'ws');
  mkdirSync(join(ws, path, '..'), { recursive: true });
  const outside = join(base, 'outside.txt');
  writeFileSync(outside, outsideText);
  if (plant === 'fifo') execFileSync('mkfifo', [join(ws, path)]);
  else symlinkSync(outside, join(ws, path));
  return ws;
}

const reason = (plant: Plant) =>
  plant === 'fifo'
    ? /a FIFO \(named pipe\), not a regular file/
    : /a symbolic link \(or a folder linked\) out of the workspace/;

const errorLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error::'));

describe.each<Plant>(['fifo', 'outside link'])('planted as a %s', (plant) => {
  test('gate: an audit report path fails closed in one line, passed=false', async () => {
    const report = JSON.stringify({ score: 100, findings: [], token: OUTSIDE_TOKEN });
    const ws = workspaceWith('reports/audit.json', plant, report);
    const run = await runDist('gate', { 'audit-report': 'reports/audit.json' }, { cwd: ws, timeoutMs: TIMEOUT_MS });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    const errors = errorLines(run.stdout).filter((l) => l.includes('audit.json'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(reason(plant));
    expect(run.stdout + run.stderr + run.summary).not.toContain(OUTSIDE_TOKEN);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('gate: a baseline in the workspace fails closed in one line', async () => {
    const base = mkdtempSync(join(tmpdir(), 'gate-audit-'));
    writeFileSync(join(base, 'audit.json'), JSON.stringify({ score: 100, findings: [] }));
    const ws = workspaceWith('.shipshape-baseline.yml', plant, `- ${OUTSIDE_TOKEN}\n`);
    const run = await runDist(
      'gate',
      { 'audit-report': join(base, 'audit.json'), baseline: '.shipshape-baseline.yml' },
      { cwd: ws, timeoutMs: TIMEOUT_MS },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(errorLines(run.stdout).join('\n')).toMatch(reason(plant));
    expect(run.stdout + run.stderr + run.summary).not.toContain(OUTSIDE_TOKEN);
  });

  test('lighthouse: the budgets file fails closed in one line', async () => {
    const ws = workspaceWith('budgets.json', plant, JSON.stringify({ performance: OUTSIDE_TOKEN }));
    const run = await runDist(
      'lighthouse',
      { url: 'http://127.0.0.1:9/', budgets: 'budgets.json' },
      { cwd: ws, timeoutMs: TIMEOUT_MS },
    );
    expect(run.exitCode).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::input `budgets`: \S+budgets\.json cannot be read: /);
    expect(errors[0]).toMatch(reason(plant));
    expect(run.stdout + run.stderr).not.toContain(OUTSIDE_TOKEN);
  });

  test('container: the .dockerignore fails closed in one line before any build', async () => {
    const ws = workspaceWith('.dockerignore', plant, `${OUTSIDE_TOKEN}\n`);
    writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\n');
    const run = await runDist(
      'container',
      { image: '127.0.0.1:5999/acme/app', push: 'false', builder: 'buildah' },
      { cwd: ws, timeoutMs: TIMEOUT_MS },
    );
    expect(run.exitCode).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::\.dockerignore cannot be read: /);
    expect(errors[0]).toMatch(reason(plant));
    expect(run.stdout + run.stderr).not.toContain(OUTSIDE_TOKEN);
  });

  test('container: the Dockerfile fails closed in one line before any build', async () => {
    const ws = workspaceWith('Dockerfile', plant, `FROM scratch\nLABEL x=${OUTSIDE_TOKEN}\n`);
    const run = await runDist(
      'container',
      { image: '127.0.0.1:5999/acme/app', push: 'false', builder: 'buildah' },
      { cwd: ws, timeoutMs: TIMEOUT_MS },
    );
    expect(run.exitCode).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    // A link out is already refused as the `file` input; a FIFO is refused when the file is opened.
    expect(errors[0]).toMatch(plant === 'fifo' ? reason(plant) : /input `file` must be a path inside the workspace/);
    expect(run.stdout + run.stderr).not.toContain(OUTSIDE_TOKEN);
  });

  test('container: a build secret file in the workspace fails closed in one line', async () => {
    const ws = workspaceWith('.npmrc', plant, `//registry.npmjs.org/:_authToken=${OUTSIDE_TOKEN}\n`);
    writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\n');
    const run = await runDist(
      'container',
      { image: '127.0.0.1:5999/acme/app', push: 'false', builder: 'buildah', secrets: 'id=npmrc,src=.npmrc' },
      { cwd: ws, timeoutMs: TIMEOUT_MS },
    );
    expect(run.exitCode).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::input `secrets` line 1: the file \.npmrc cannot be read: /);
    expect(errors[0]).toMatch(reason(plant));
    expect(run.stdout + run.stderr).not.toContain(OUTSIDE_TOKEN);
  });

  test('trivy: the config file fails closed in one line before Trivy is installed', async () => {
    const ws = workspaceWith('trivy.yaml', plant, `severity: [${OUTSIDE_TOKEN}]\n`);
    const run = await runDist(
      'trivy',
      { 'scan-type': 'fs', target: '.', config: 'trivy.yaml' },
      { cwd: ws, timeoutMs: TIMEOUT_MS },
    );
    expect(run.exitCode).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::input `config`: trivy\.yaml cannot be read: /);
    expect(errors[0]).toMatch(reason(plant));
    expect(run.stdout + run.stderr).not.toContain('Downloading');
  });
});
