// What init would write, decided from the facts and from the audit it runs first: each missing piece
// becomes a planned file (new, or an edit allowed only with --force), each thing a person must decide
// becomes a line left to a human. Pure over the repository model: nothing is written here.
import { posix } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { detectApp } from '../lib/dockerfile/detect-app.js';
import { generateDockerfile } from '../lib/dockerfile/generate-dockerfile.js';
import type { Finding } from '../lib/findings.js';
import type { Repository } from '../lib/repository/repository.js';
import { collectFacts, type InitFacts } from './facts.js';
import { DEPENDABOT_FILE, dependabotConfig } from './dependabot.js';
import { fixWorkflows } from './fix-workflows.js';
import { healthRoute, mountHealthModule } from './health-route.js';
import { CONFIG_FILE, shipshapeConfig } from './shipshape-config.js';
import {
  RELEASE_WORKFLOW,
  SECURITY_WORKFLOW,
  SHIPSHAPE_REPOSITORY,
  releaseSecrets,
  releaseWorkflow,
  securityWorkflow,
  type WorkflowRef,
} from './workflows.js';
import { join } from 'node:path';
import { NEW_NEXT_CONFIG, withStandaloneOutput } from './next-config.js';
import { unifiedDiff } from './diff.js';

export const INIT_ITEMS = ['workflows', 'dockerfile', 'health', 'config', 'dependabot'] as const;
export type InitItem = (typeof INIT_ITEMS)[number];

export interface InitOptions {
  force: boolean;
  only: ReadonlySet<InitItem>;
  pin: WorkflowRef;
  failOn: string;
}

export interface PlannedFile {
  item: InitItem;
  path: string;
  /** The file's text today; undefined for a new file. */
  before?: string;
  after: string;
  why: string;
}

export interface InitPlan {
  facts?: InitFacts;
  files: PlannedFile[];
  /** Files init would have written or changed but did not (exists, needs --force...). */
  skipped: { item: InitItem; path: string; why: string }[];
  leftToHuman: string[];
  notes: string[];
}

const HUMAN_DECISIONS: Record<string, string> = {
  'database/sqlite-in-production':
    'SQLite in production: moving to PostgreSQL is a data migration a person decides and rehearses (schema provider, data copy, downtime); init does not change the database.',
  'secrets/hardcoded-in-scripts':
    'A secret is committed: revoke it at its issuer first, then move it to a secret store; deleting the line does not take it out of git history.',
  'secrets/committed-config':
    'A secret is committed in a config file: revoke it at its issuer, then move it to a secret store; deleting it does not take it out of git history.',
  'scripts/shell-syntax-error': 'A shell script does not parse: fix it or replace it with the release workflow.',
  'backup/local-only':
    'Backups stay on the server: send them off the machine (object storage) on a schedule; the release workflow backs up before each migration, which is not a schedule.',
  'backup/no-backup':
    'No scheduled backup: the release workflow backs up before each migration, which is not a schedule.',
};

export function planInit(repo: Repository, before: readonly Finding[], options: InitOptions): InitPlan {
  const plan: InitPlan = { files: [], skipped: [], leftToHuman: [], notes: [] };
  const facts = collectFacts(repo);
  plan.facts = facts;
  if (!facts) {
    plan.notes.push('no package.json found: init writes pipelines for Node.js apps only');
    return plan;
  }
  const fired = new Set(before.map((f) => f.ruleId));
  const want = (item: InitItem) => options.only.has(item);
  const add = (item: InitItem, path: string, after: string, why: string) => {
    const existing = repo.has(path) ? repo.read(path) : undefined;
    if (existing === after) return;
    if (existing !== undefined && !options.force) {
      plan.skipped.push({ item, path, why: `${path} exists (run with --force to replace it)` });
      return;
    }
    plan.files.push({ item, path, before: existing, after, why });
  };

  let healthPath = facts.healthPath;
  if (want('health') && !facts.worker && (fired.has('observability/no-health-endpoint') || !facts.healthPath)) {
    const route = healthRoute(facts);
    if (!route) {
      plan.leftToHuman.push(
        `No health route: init cannot add one for ${facts.framework} safely; add a route that answers 200 without touching dependencies.`,
      );
    } else {
      for (const f of route.files) add('health', f.path, f.content, `health route for ${facts.framework}`);
      healthPath = route.path;
      if (route.mount) {
        const source = repo.read(route.mount.file) ?? '';
        const mounted = mountHealthModule(source, route.mount);
        if (mounted === source) {
          // already mounted
        } else if (mounted && options.force) {
          plan.files.push({
            item: 'health',
            path: route.mount.file,
            before: source,
            after: mounted,
            why: 'mount the health routes',
          });
        } else {
          plan.leftToHuman.push(
            `Mount the health routes in ${route.mount.file}: \`${route.mount.importLine}\` and \`${route.mount.useLine}\` after the app is created (or run init with --force to do it).`,
          );
        }
      }
    }
  }

  const deploys = !fired.has('ci/no-deploy-job') && !fired.has('ci/no-ci-workflow');
  const writesRelease = want('workflows') && !deploys;
  if (want('workflows')) {
    if (!callsOurWorkflow(repo, 'shipshape-security.yml'))
      add(
        'workflows',
        SECURITY_WORKFLOW,
        securityWorkflow(facts, options.pin, options.failOn),
        'audit, Trivy and the merge gate on pull requests',
      );
    if (!/^[0-9a-f]{40}$/.test(options.pin.ref))
      plan.leftToHuman.push(
        `The written workflows call ${SHIPSHAPE_REPOSITORY}@${options.pin.ref}: pin them to the release's commit SHA (run init with --ref SHA), since a tag can be moved.`,
      );
    if (writesRelease)
      for (const s of releaseSecrets(facts))
        plan.leftToHuman.push(`Set the repository secret ${s.secret} for the release: ${s.why}.`);
    if (writesRelease && !callsOurWorkflow(repo, 'shipshape-release.yml'))
      add(
        'workflows',
        RELEASE_WORKFLOW,
        releaseWorkflow(facts, options.pin, healthPath),
        'build, scan, push, migrate, deploy',
      );
    else if (deploys) plan.notes.push('the workflows already deploy: no release workflow written');
    if (options.force) {
      for (const fix of fixWorkflows(repo, facts.port))
        plan.files.push({
          item: 'workflows',
          path: fix.file,
          before: repo.read(fix.file),
          after: fix.content,
          why: fix.changes.join('; '),
        });
    } else if (fired.has('ci/lighthouse-port-mismatch') || fired.has('ci/server-start-without-readiness')) {
      plan.leftToHuman.push(
        'A workflow aims Lighthouse at the wrong port or sleeps instead of waiting for the server: run init with --force to correct it (the diff is shown).',
      );
    }
  }

  if (
    want('dockerfile') &&
    !facts.worker &&
    !facts.hasDockerfile &&
    (fired.has('container/no-dockerfile') || writesRelease)
  ) {
    const app = detectApp(join(repo.root, facts.appDir));
    if (app) {
      const generated = generateDockerfile(app);
      const at = (p: string) => (facts.appDir ? posix.join(facts.appDir, p) : p);
      add(
        'dockerfile',
        at('Dockerfile'),
        withHealth(generated.dockerfile, healthPath, facts),
        `container image for ${facts.framework}`,
      );
      if (!repo.has(at('.dockerignore')))
        add('dockerfile', at('.dockerignore'), generated.dockerignore, 'keep the build context small and secret-free');
      if (app.kind === 'nextjs' && !app.nextStandalone) planStandalone(plan, repo, facts, options.force);
      else for (const note of generated.notes) plan.leftToHuman.push(note);
    }
  }

  if (want('dependabot')) {
    const existing = repo.read(DEPENDABOT_FILE) ?? repo.read('.github/dependabot.yaml');
    if (existing === undefined)
      add('dependabot', DEPENDABOT_FILE, dependabotConfig(facts), 'weekly dependency updates');
    else if (fired.has('security/no-dependency-updates')) {
      const merged = addMissingEcosystems(existing, facts);
      if (merged && options.force) add('dependabot', DEPENDABOT_FILE, merged, 'add the missing ecosystems');
      else
        plan.skipped.push({
          item: 'dependabot',
          path: DEPENDABOT_FILE,
          why: 'exists without an update for the app (run with --force to add it)',
        });
    }
  }

  if (want('config') && !repo.has(CONFIG_FILE))
    add('config', CONFIG_FILE, shipshapeConfig(options.failOn), 'the gate level');

  for (const [rule, text] of Object.entries(HUMAN_DECISIONS)) if (fired.has(rule)) plan.leftToHuman.push(text);
  return plan;
}

/** next.config needs `output: 'standalone'` for the generated Dockerfile: an edit, so only with --force. */
function planStandalone(plan: InitPlan, repo: Repository, facts: InitFacts, force: boolean): void {
  const at = (p: string) => (facts.appDir ? posix.join(facts.appDir, p) : p);
  const path = at(facts.nextConfigFile ?? 'next.config.mjs');
  const before = facts.nextConfigFile ? repo.read(path) : undefined;
  const after = before === undefined ? NEW_NEXT_CONFIG : withStandaloneOutput(before);
  if (after === undefined) {
    plan.leftToHuman.push(`${path}: set \`output: 'standalone'\` (the generated Dockerfile copies .next/standalone).`);
    return;
  }
  const file: PlannedFile = { item: 'dockerfile', path, before, after, why: "output: 'standalone' for the Dockerfile" };
  if (force || before === undefined) plan.files.push(file);
  else
    plan.leftToHuman.push(
      `${path} needs \`output: 'standalone'\` for the generated Dockerfile (run init with --force to apply it):\n${indentBlock(unifiedDiff(file))}`,
    );
}

const indentBlock = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');

function callsOurWorkflow(repo: Repository, file: string): boolean {
  return repo.workflows.some((w) => w.jobs.some((j) => j.uses?.includes(`/.github/workflows/${file}@`)));
}

/** The generated Dockerfile probes the health route init writes, when the detector could not see it yet. */
function withHealth(dockerfile: string, healthPath: string | undefined, facts: InitFacts): string {
  if (!healthPath || dockerfile.includes('HEALTHCHECK')) return dockerfile;
  const probe = `fetch('http://127.0.0.1:${facts.port}${healthPath}').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`;
  const line = `HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["node", "-e", "${probe}"]`;
  return dockerfile.replace(/^(CMD .*)$/m, `${line}\n$1`);
}

/** dependabot.yml with updates added for the package manager and github-actions where missing. */
function addMissingEcosystems(text: string, facts: InitFacts): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  const updates = doc.get('updates');
  if (!isSeq(updates)) return undefined;
  const ours = parseDocument(dependabotConfig(facts)).get('updates');
  if (!isSeq(ours)) return undefined;
  const has = new Set(updates.items.filter(isMap).map((m) => `${m.get('package-ecosystem')}`));
  let added = false;
  for (const item of ours.items) {
    if (isMap(item) && !has.has(`${item.get('package-ecosystem')}`)) {
      updates.items.push(item);
      added = true;
    }
  }
  return added ? doc.toString() : undefined;
}
