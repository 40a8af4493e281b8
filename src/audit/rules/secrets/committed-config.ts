// secrets/committed-config: a file in the repository (not ignored by .gitignore) holds a live-looking
// secret: a .env file, wrangler.toml [vars], a compose file's environment, a workflow's env:.
// Tokens secretlint recognises in configuration files come in through secretlint-hits.ts.
// Example files (.env.example, env.sample...) and references (`${{ secrets.X }}`, `${VAR}`) are fine.
// Local/test contexts (.env.test, docker-compose.dev.yml, CI service containers) hold fake values
// by convention, so there only a live-looking value (known token prefix, high entropy) counts.
import type { Repository } from '../../../lib/repository/repository.js';
import { parse as parseToml } from 'smol-toml';
import { hasUrlCredentials, isSecretAssignment, looksLikeLiveSecret, unquote } from '../../../lib/secret-values.js';
import { WRANGLER_CONFIG, wranglerConfig } from '../../../lib/repository/wrangler-config.js';
import type { Rule, RuleHit } from '../rule.js';
import { secretlintHits } from './secretlint-hits.js';

const ENV_FILE = /^\.env(?:\.[\w.-]+)?$/;
const EXAMPLE_ENV = /(?:^|[._-])(?:example|sample|template|dist|defaults?|schema|tpl|skel|ci-example)(?:$|[._-])/i;
const LOCAL_CONTEXT = /(?:^|[._-])(?:test|tests|testing|dev|development|local|ci|e2e|spec|mock)(?:$|[._-])/i;
// .env.local is where real keys live on a developer's machine: committed, it leaks them, so it is
// not a "local context" for .env files (only .env.test / .env.development are).
const LOCAL_DOTENV = /(?:^|[._-])(?:test|tests|testing|dev|development|ci|e2e|spec|mock)(?:$|[._-])/i;
const DATABASE_IMAGE =
  /(?:^|\/)(?:postgres|postgis|mysql|mariadb|mongo|redis|valkey|rabbitmq|minio|memcached|elasticsearch|opensearch|clickhouse|cassandra|mssql|keycloak|localstack|mailhog|mailpit)(?:[:@/-]|$)/;
const TEST_PATH = /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|examples?|testdata|cypress|playwright)\//;

interface Candidate {
  name: string;
  value: string;
  line?: number;
  /** Where fake values are the norm: report only live-looking ones. */
  local: boolean;
  /** The name to judge by, when the key itself is not an env-style name (.npmrc `_authToken`). */
  secretName?: string;
  /**
   * A deployable compose file: a plain literal there is most often the image's default credential
   * (DATABASE_URL: postgresql://umami:umami@db), a real but lesser finding than a live token.
   */
  defaultsLikely?: boolean;
}

export const committedConfig: Rule = {
  id: 'secrets/committed-config',
  severity: 'critical',
  title: 'Secret committed in a configuration file',
  remediation:
    "Revoke the secret, delete it from the file and keep it in a secret store (GitHub Actions secrets, `wrangler secret put`, the platform's environment settings); commit only an example file with empty values and add the real file to .gitignore.",
  check(repo) {
    const hits: RuleHit[] = [];
    const report = (file: string, where: string, candidates: Candidate[]) => {
      for (const c of candidates) {
        const byName = isSecretAssignment(c.secretName ?? c.name, c.value, c.local);
        if (!byName && !hasUrlCredentials(c.value, c.local)) continue;
        const what = byName ? `a ${c.value.length}-character literal` : 'a URL with a password';
        const live = byName ? looksLikeLiveSecret(c.value) : hasUrlCredentials(c.value, true);
        if (c.defaultsLikely && !live) {
          hits.push({
            message: `${file} sets ${c.name} to ${what}${where} that looks like a default credential, not a live one: whoever runs this file as it is gets a guessable password`,
            file,
            line: c.line,
            severity: 'medium',
            confidence: 'medium',
          });
        } else hits.push({ message: `${file} sets ${c.name} to ${what}${where}`, file, line: c.line });
      }
    };
    for (const file of repo.byName(/^\.(?:npmrc|yarnrc\.yml)$/)) {
      if (!TEST_PATH.test(file))
        report(file, ' (registry credentials; use `${NPM_TOKEN}` and a CI secret)', registryTokens(repo, file));
    }
    for (const file of repo.byName(ENV_FILE)) {
      const base = file.split('/').pop()!;
      if (EXAMPLE_ENV.test(base.slice(4)) || TEST_PATH.test(file)) continue;
      report(file, '', dotenvEntries(repo, file, LOCAL_DOTENV.test(base.slice(4))));
    }
    for (const file of repo.byName(WRANGLER_CONFIG)) {
      if (!TEST_PATH.test(file))
        report(
          file,
          ' in its vars (plain text in the repository; secrets belong in `wrangler secret put`)',
          wranglerVars(repo, file),
        );
    }
    for (const file of repo.byName(/^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/)) {
      if (!TEST_PATH.test(file))
        report(
          file,
          ' in a service environment',
          composeEnvironment(repo, file, LOCAL_CONTEXT.test(file.split('/').pop()!)),
        );
    }
    for (const file of repo.byName(/^render\.ya?ml$/)) {
      if (!TEST_PATH.test(file))
        report(file, ' in envVars (use `sync: false` and set it in the dashboard)', renderEnvVars(repo, file));
    }
    for (const file of repo.byName('fly.toml')) {
      if (!TEST_PATH.test(file)) report(file, ' in [env] (use `fly secrets set`)', flyEnv(repo, file));
    }
    for (const workflow of repo.workflows) {
      report(workflow.file, ' in an env: block (use `${{ secrets.NAME }}`)', workflowEnv(repo, workflow.file));
    }
    hits.push(...secretlintHits(repo, 'config', hits));
    return hits;
  },
};

function dotenvEntries(repo: Repository, file: string, local: boolean): Candidate[] {
  const text = repo.read(file) ?? '';
  const out: Candidate[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(.*)$/.exec(raw);
    if (!m) return;
    let value = m[2].trim();
    if (!/^["']/.test(value)) value = value.replace(/\s+#.*$/, '');
    out.push({ name: m[1], value: unquote(value), line: i + 1, local });
  });
  return out;
}

function wranglerVars(repo: Repository, file: string): Candidate[] {
  const config = wranglerConfig(repo, file);
  if (!config) return [];
  const tables: Record<string, unknown>[] = [];
  if (isObject(config.vars)) tables.push(config.vars);
  if (isObject(config.env))
    for (const env of Object.values(config.env)) if (isObject(env) && isObject(env.vars)) tables.push(env.vars);
  const out: Candidate[] = [];
  for (const vars of tables) {
    for (const [name, value] of Object.entries(vars)) {
      if (typeof value !== 'string') continue;
      out.push({ name, value, line: keyLine(repo, file, name), local: false });
    }
  }
  return out;
}

/** `//registry.npmjs.org/:_authToken=…` in .npmrc, `npmAuthToken: …` in .yarnrc.yml (named as a TOKEN so the secret test applies). */
function registryTokens(repo: Repository, file: string): Candidate[] {
  const out: Candidate[] = [];
  (repo.read(file) ?? '').split('\n').forEach((line, i) => {
    const m = /(?:^|:)(_authToken|_auth|_password|npmAuthToken|npmAuthIdent)\s*[=:]\s*(.+)$/.exec(line.trim());
    if (m) out.push({ name: m[1], secretName: 'NPM_TOKEN', value: unquote(m[2]), line: i + 1, local: false });
  });
  return out;
}

function renderEnvVars(repo: Repository, file: string): Candidate[] {
  const value = repo.yaml(file)?.value as { services?: unknown; envVarGroups?: unknown } | undefined;
  const groups = [
    ...(Array.isArray(value?.services) ? value.services : []),
    ...(Array.isArray(value?.envVarGroups) ? value.envVarGroups : []),
  ];
  const out: Candidate[] = [];
  for (const group of groups) {
    if (!isObject(group) || !Array.isArray(group.envVars)) continue;
    for (const v of group.envVars) {
      if (isObject(v) && typeof v.key === 'string' && (typeof v.value === 'string' || typeof v.value === 'number')) {
        out.push({
          name: v.key,
          value: String(v.value),
          line: repo.find(
            file,
            new RegExp(`key:\\s*["']?${v.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`, 'm'),
          )?.line,
          local: false,
        });
      }
    }
  }
  return out;
}

function flyEnv(repo: Repository, file: string): Candidate[] {
  let config: Record<string, unknown>;
  try {
    config = parseToml(repo.read(file) ?? '') as Record<string, unknown>;
  } catch {
    return []; // fly.toml syntax is not this rule's concern
  }
  if (!isObject(config.env)) return [];
  return Object.entries(config.env).flatMap(([name, value]) =>
    typeof value === 'string' ? [{ name, value, line: keyLine(repo, file, name), local: false }] : [],
  );
}

function composeEnvironment(repo: Repository, file: string, local: boolean): Candidate[] {
  const services = (repo.yaml(file)?.value as { services?: unknown } | undefined)?.services;
  if (!isObject(services)) return [];
  const out: Candidate[] = [];
  for (const service of Object.values(services)) {
    if (!isObject(service)) continue;
    // A database/broker container's own password (POSTGRES_PASSWORD, MYSQL_ROOT_PASSWORD) guards a
    // container on the compose network; only a live-looking one is reported.
    const infra = typeof service.image === 'string' && DATABASE_IMAGE.test(service.image);
    for (const [name, value] of envPairs(service.environment))
      out.push({ name, value, line: keyLine(repo, file, name), local: local || infra, defaultsLikely: !local });
  }
  return out;
}

function workflowEnv(repo: Repository, file: string): Candidate[] {
  const out: Candidate[] = [];
  const workflow = repo.workflows.find((w) => w.file === file)!;
  const add = (env: unknown, local: boolean) => {
    for (const [name, value] of envPairs(env)) out.push({ name, value, line: keyLine(repo, file, name), local });
  };
  // Workflow env blocks mostly carry throw-away values for test jobs (JWT_SECRET: test-jwt); a real
  // credential pasted there is long and random, so only live-looking values are reported.
  add(workflow.env, true);
  for (const job of workflow.jobs) {
    add(job.env, true);
    for (const step of job.steps) add(step.env, true);
    // Service containers in CI are throw-away databases: their passwords are fake by design.
    const services = job.raw.services;
    if (isObject(services)) for (const s of Object.values(services)) if (isObject(s)) add(s.env, true);
  }
  return out;
}

/** `environment:` as a map or as a list of `NAME=value`. */
function envPairs(env: unknown): [string, string][] {
  if (Array.isArray(env)) {
    return env.flatMap((item) => {
      const m = typeof item === 'string' ? /^([^=]+)=(.*)$/.exec(item) : null;
      return m ? [[m[1].trim(), m[2]] as [string, string]] : [];
    });
  }
  if (isObject(env))
    return Object.entries(env).flatMap(([k, v]) =>
      typeof v === 'string' || typeof v === 'number' ? [[k, String(v)] as [string, string]] : [],
    );
  return [];
}

function keyLine(repo: Repository, file: string, name: string): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return repo.find(file, new RegExp(`^[\\t ]*(?:- )?["']?${escaped}["']?\\s*[:=]`, 'm'))?.line;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
