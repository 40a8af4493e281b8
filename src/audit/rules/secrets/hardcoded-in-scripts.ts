// secrets/hardcoded-in-scripts: a package.json script assigns a literal to a secret-looking variable
// (seed 001: `NEXTAUTH_SECRET=1234… next build`) or passes one to a credential flag (`--token …`);
// so does a shell script (`SECRET_KEY="…"` in deploy.sh): deploy, release and start scripts report any
// literal, other scripts only a live-looking one.
// Tokens secretlint recognises in scripts, package.json and source code come in through secretlint-hits.ts.
// The message names the script and the variable, never the value.
import { scriptLine } from '../../../lib/repository/script-line.js';
import {
  hasUrlCredentials,
  isPlaceholder,
  isReference,
  isSecretAssignment,
  looksLikeLiveSecret,
  unquote,
} from '../../../lib/secret-values.js';
import type { Rule, RuleHit } from '../rule.js';
import { secretlintHits } from './secretlint-hits.js';

// `NAME=value` at a word start: plain shell, `export NAME=`, `cross-env NAME=`, `env NAME=`.
const ASSIGNMENT = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|[^\s;&|)]*)/g;

// `--token abc`, `--auth=abc`, `--password abc`: a CLI credential passed as a flag (vercel, netlify...).
const CREDENTIAL_FLAG =
  /(?:^|\s)--(token|auth|auth-token|api-key|apikey|access-token|password|secret)(?:=|\s+)("[^"]*"|'[^']*'|[^\s;&|)-][^\s;&|)]*)/g;

// Scripts that only run on a developer's machine or in tests, where fake secrets are the norm:
// there only a live-looking value (known token prefix, long high-entropy string) is reported.
const LOCAL_SCRIPT =
  /^(?:pre|post)?(?:test|tests|e2e|cypress|playwright|jest|vitest|dev|develop|storybook|lint|format|typecheck)(?:[:._-].*)?$|(?:^|[:._-])(?:test|e2e|dev|local)$/;

export const hardcodedInScripts: Rule = {
  id: 'secrets/hardcoded-in-scripts',
  severity: 'critical',
  title: 'Secret hardcoded in a package.json script',
  remediation:
    "Revoke the secret, remove it from the script and read it from the environment instead (GitHub Actions secrets in CI, the platform's secret store in production); the old value stays in git history.",
  check(repo) {
    const hits: RuleHit[] = [];
    for (const pkg of repo.packages) {
      for (const [name, command] of Object.entries(pkg.scripts)) {
        // Neither pattern can match without its `--` or `=` (most scripts hold neither: `tsc`, `jest`).
        const flags = command.includes('--');
        if (!flags && !command.includes('=')) continue;
        const local = LOCAL_SCRIPT.test(name);
        for (const m of flags ? command.matchAll(CREDENTIAL_FLAG) : []) {
          const value = unquote(m[2]);
          // A flag has no variable name to go by: report only values that look like real credentials.
          if (isReference(value) || !looksLikeLiveSecret(value)) continue;
          hits.push({
            message: `${pkg.file} script \`${name}\` passes a literal ${value.length}-character credential to \`--${m[1]}\`; anyone who can read the repository has it`,
            file: pkg.file,
            line: scriptLine(repo, pkg, name),
          });
        }
        for (const m of command.matchAll(ASSIGNMENT)) {
          const variable = m[1];
          const value = unquote(m[2]);
          // Build/start/deploy scripts configure what runs in production: any literal there is
          // reported, a placeholder too (`SESSION_SECRET=changeme` is a guessable production secret).
          // Dev/test scripts carry fake values by convention: only a live-looking one is reported.
          const byName = isSecretAssignment(variable, value, local, isProductionLiteral);
          if (!byName && !hasUrlCredentials(value, local)) continue;
          const what = !byName
            ? 'a URL with a password'
            : isPlaceholder(value)
              ? 'a placeholder value, a guessable secret wherever this script runs'
              : `a literal ${value.length}-character value; anyone who can read the repository has it`;
          hits.push({
            message: `${pkg.file} script \`${name}\` sets ${variable} to ${what}`,
            file: pkg.file,
            line: scriptLine(repo, pkg, name),
          });
        }
      }
    }
    hits.push(...shellScriptHits(repo));
    hits.push(...secretlintHits(repo, 'code', hits));
    return hits;
  },
};

const SHELL_TEST_PATH = /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|examples?|testdata|node_modules)\//;
const PRODUCTION_SHELL =
  /(?:^|[-_./])(?:deploy|release|prod|production|start|entrypoint|docker-entrypoint|run|launch|provision|setup|bootstrap)[\w.-]*\.(?:sh|bash)$/i;
const MAX_SHELL_FILES = 200;

function shellScriptHits(repo: Parameters<Rule['check']>[0]): RuleHit[] {
  const hits: RuleHit[] = [];
  const files = repo.select(
    (base) => /\.(?:sh|bash)$/.test(base),
    (folder) => !SHELL_TEST_PATH.test(folder),
    MAX_SHELL_FILES,
  );
  for (const file of files) {
    const production = PRODUCTION_SHELL.test(file.split('/').pop()!);
    (repo.read(file) ?? '').split('\n').forEach((text, i) => {
      if (/^\s*#/.test(text)) return;
      for (const m of text.matchAll(ASSIGNMENT)) {
        const value = unquote(m[2]);
        if (!isSecretAssignment(m[1], value, !production, isProductionLiteral)) continue;
        hits.push({
          message: `${file} sets ${m[1]} to ${isPlaceholder(value) ? 'a placeholder value, a guessable secret wherever this script runs' : `a literal ${value.length}-character value; anyone who can read the repository has it`}`,
          file,
          line: i + 1,
        });
      }
    });
  }
  return hits;
}

/** A value written in the script itself: not empty, not `$VAR`/`${VAR}`, not a flag such as `1` or `true`. */
function isProductionLiteral(value: string): boolean {
  return value.trim() !== '' && !isReference(value) && !/^(?:true|false|yes|no|on|off|\d{1,3})$/i.test(value.trim());
}
