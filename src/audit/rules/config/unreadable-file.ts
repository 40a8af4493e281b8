// config/unreadable-file: a file other rules read to judge the repository (package.json, a Dockerfile,
// a compose file, a platform's deploy config, an env file, a Prisma schema) that the audit cannot read or parse:
// too large, malformed, binary, a link out of the tree or to a FIFO. What it would have shown (a
// secret in a script, a root user, a committed credential) goes unchecked, so the file is a finding
// at the severity of the worst rule it hides from, never a silent skip. Workflows have their own
// rule (ci/unreadable-workflow).
import { parse as parseToml } from 'smol-toml';
import type { Severity } from '../../../lib/findings.js';
import { COMPOSE_FILE } from '../../../lib/repository/facts.js';
import type { Repository } from '../../../lib/repository/repository.js';
import { WRANGLER_CONFIG, wranglerConfig } from '../../../lib/repository/wrangler-config.js';
import type { Rule, RuleHit } from '../rule.js';

interface VouchedKind {
  /** Base names of this kind. */
  name: RegExp;
  /** Base names of this kind that are not vouched for (examples). */
  except?: RegExp;
  severity: Severity;
  /** What the rules would have checked in it, for the message. */
  hides: string;
  /** Read and parse the file as the rules do; false when that fails. */
  parses(repo: Repository, file: string): boolean;
}

const readable = (repo: Repository, file: string) => repo.read(file) !== undefined;

const KINDS: VouchedKind[] = [
  {
    name: /^package\.json$/,
    severity: 'critical',
    hides: 'its scripts (hard-coded secrets, deploy and migration commands) and dependencies',
    parses(repo, file) {
      const value = repo.json(file);
      if (value === undefined) return false;
      if (value && typeof value === 'object' && !Array.isArray(value)) return true;
      repo.recordFailure(file, 'package.json is not a JSON object');
      return false;
    },
  },
  {
    name: /^(?:(?:Dockerfile|Containerfile)(?:\.[\w-]+)?|[\w.-]+\.Dockerfile)$/,
    severity: 'high',
    hides: 'its user, base images and install steps',
    parses: readable,
  },
  {
    name: COMPOSE_FILE,
    severity: 'critical',
    hides: 'its services’ environment (committed credentials) and published ports',
    parses: (repo, file) => repo.yaml(file) !== undefined,
  },
  {
    name: /^render\.ya?ml$/,
    severity: 'critical',
    hides: 'its envVars (committed secrets), health check and deploy commands',
    parses: (repo, file) => repo.yaml(file) !== undefined,
  },
  {
    name: /^fly\.toml$/,
    severity: 'critical',
    hides: 'its [env] (committed secrets), checks and release command',
    parses(repo, file) {
      const text = repo.read(file);
      if (text === undefined) return false;
      try {
        parseToml(text);
        return true;
      } catch (error) {
        repo.recordFailure(file, `invalid TOML: ${(error as Error).message.split('\n')[0]}`);
        return false;
      }
    },
  },
  {
    name: WRANGLER_CONFIG,
    severity: 'critical',
    hides: 'its [vars] (committed secrets), D1 databases and migrations',
    parses: (repo, file) => wranglerConfig(repo, file) !== undefined,
  },
  {
    // An env file secrets/committed-config would have read (examples hold no values worth a finding).
    name: /^\.env(?:\.[\w.-]+)?$/,
    except: /^\.env[._-](?:.*[._-])?(?:example|sample|template|dist|defaults?|schema|tpl|skel)(?:$|[._-])/i,
    severity: 'critical',
    hides: 'its values (committed secrets and credentials)',
    parses: readable,
  },
  {
    name: /\.prisma$/,
    severity: 'critical',
    hides: 'its database provider (SQLite in production) and migrations',
    parses: readable,
  },
];

// Test fixtures hold malformed files on purpose; nothing in them ships.
const FIXTURE_PATH = /(?:^|\/)(?:__fixtures__|fixtures?|testdata)\//;

export const unreadableFile: Rule = {
  id: 'config/unreadable-file',
  severity: 'critical',
  title: 'Deploy or package file the audit cannot read',
  remediation:
    'Commit the file as a regular file (not a link) under 1 MiB of valid UTF-8 that parses (JSON, YAML or TOML as its tool expects); then the audit can check what it declares.',
  check(repo) {
    const hits: RuleHit[] = [];
    const kindOf = (file: string) => {
      const base = file.slice(file.lastIndexOf('/') + 1);
      return FIXTURE_PATH.test(file) ? undefined : KINDS.find((k) => k.name.test(base) && !k.except?.test(base));
    };
    const hit = (file: string, kind: VouchedKind, reason: string) =>
      hits.push({
        message: `\`${file}\` was not checked: ${reason}. Its ${kind.hides} go unaudited.`,
        file,
        severity: kind.severity,
      });
    for (const kind of KINDS)
      for (const file of repo.byName(kind.name))
        if (kindOf(file) === kind && !kind.parses(repo, file)) hit(file, kind, repo.failureOf(file) ?? 'not read');
    for (const refused of repo.refusedPaths) {
      const kind = kindOf(refused.file);
      if (kind) hit(refused.file, kind, refused.message);
    }
    return hits;
  },
};
