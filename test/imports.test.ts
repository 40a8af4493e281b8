// The layout rule, enforced on every import under src/ (static and dynamic):
// - src/lib imports only src/lib: it is what the actions share, and knows none of them.
// - An action's folder (audit, container, gate, lighthouse, migrate-deploy, trivy) imports only
//   itself and src/lib. One exception, named here: the audit's `fix: pull-request` (audit/fix.ts)
//   opens init's pull request, so that one file may import src/init.
// - init (the pipeline writer, which the audit's fix also opens) imports only itself and src/lib:
//   the audit it runs before and after writing is handed in by its front end.
// - The CLI (cli) is the front end over the same modules: it may import src/lib, init, fleet, and
//   the audit's engine through its surface (audit/engine, audit/run — the one audit run the CLI
//   shares with the action —, audit/config, audit/policy, audit/report/*, audit/rules/rule for rule
//   ids), never another action's folder and never a rule's internals. The repository model init
//   reads as the audit does lives in src/lib/repository.
// - The fleet merges reports: it reads them through src/lib/reports and imports only src/lib.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve('src');
const ACTIONS = ['audit', 'container', 'gate', 'lighthouse', 'migrate-deploy', 'trivy'];
const COMMANDS = ['cli', 'init'];
/** Command folders that import only themselves and src/lib. */
const SELF_CONTAINED = ['init'];
const REPORT_READERS = ['fleet'];
const AUDIT_SURFACE = /^audit\/(?:engine|run|config|policy|rules\/rule)\.ts$|^audit\/report\//;
const EXCEPTIONS: Record<string, RegExp> = { 'audit/fix.ts': /^init\// };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of a file, as a path under src/ ending in .ts. */
function importsOf(file: string, root = SRC): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'(\.[^']+)'/gm)].map((m) => m[1]);
  return specs.map((s) => relative(root, resolve(dirname(file), s)).replace(/\.js$/, '.ts'));
}

function violations(files: readonly string[], root = SRC): string[] {
  const out: string[] = [];
  for (const file of files) {
    const from = relative(root, file);
    const top = from.split('/')[0];
    for (const to of importsOf(file, root)) {
      const target = to.split('/')[0];
      if (target === top) continue;
      const allowed =
        target === 'lib'
          ? true
          : top === 'lib'
            ? false
            : ACTIONS.includes(top)
              ? (EXCEPTIONS[from]?.test(to) ?? false)
              : SELF_CONTAINED.includes(top)
                ? false
                : COMMANDS.includes(top)
                  ? COMMANDS.includes(target) || REPORT_READERS.includes(target) || AUDIT_SURFACE.test(to)
                  : false;
      if (!allowed) out.push(`${from} imports ${to}`);
    }
  }
  return out;
}

test('every folder under src/ is an action, a command, the fleet or src/lib', () => {
  const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory());
  expect(
    folders.filter((f) => f !== 'lib' && !ACTIONS.includes(f) && !COMMANDS.includes(f) && !REPORT_READERS.includes(f)),
  ).toEqual([]);
});

test('no action imports another action, src/lib imports no action, init only src/lib, the CLI only the audit surface, the fleet only src/lib', () => {
  expect(violations(sources(SRC))).toEqual([]);
});

test('the scan catches each kind of forbidden import, static or dynamic, and lets the allowed ones pass', () => {
  const root = mkdtempSync(join(tmpdir(), 'imports-'));
  const plant = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
    return join(root, file);
  };
  const files = [
    plant(
      'gate/sources.ts',
      "import { parseTrivyJson } from '../trivy/report.js';\nimport { x } from '../lib/y.js';\n",
    ),
    plant('lib/secret.ts', "const m = await import('../audit/engine.js');\n"),
    plant(
      'init/plan.ts',
      "import { detectApp } from '../container/detect-app.js';\nimport { Repository } from '../audit/model/repository.js';\nimport { Repository as R } from '../lib/repository/repository.js';\n",
    ),
    plant(
      'fleet/merge.ts',
      "import { CATEGORIES } from '../audit/rules/rule.js';\nimport { r } from '../audit/rules/ci/unpinned-action.js';\n",
    ),
    plant('init/run-init.ts', "import { runFullAudit } from '../audit/engine.js';\n"),
    plant(
      'cli/init.ts',
      "import { runFullAudit } from '../audit/engine.js';\nimport { runInit } from '../init/run-init.js';\n",
    ),
    plant('audit/fix.ts', "import { planInit } from '../init/plan.js';\n"),
    plant('audit/main.ts', "import type { Plan } from '../init/plan.js';\n"),
  ];
  expect(violations(files, root)).toEqual([
    'gate/sources.ts imports trivy/report.ts',
    'lib/secret.ts imports audit/engine.ts',
    'init/plan.ts imports container/detect-app.ts',
    'init/plan.ts imports audit/model/repository.ts',
    'fleet/merge.ts imports audit/rules/rule.ts',
    'fleet/merge.ts imports audit/rules/ci/unpinned-action.ts',
    'init/run-init.ts imports audit/engine.ts',
    'audit/main.ts imports init/plan.ts',
  ]);
});
