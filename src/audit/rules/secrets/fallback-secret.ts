// secrets/fallback-secret: application code falls back to a literal when a secret is missing from
// the environment (`process.env.JWT_SECRET || 'dev-secret'`). A deploy that forgets the variable
// then runs, signing sessions with a value anyone can read in the repository. Placeholders count:
// 'changeme' is exactly the value an attacker tries first.
import { secretNameStrength } from '../../../lib/secret-values.js';
import { sourceFiles } from '../../../lib/repository/facts.js';
import type { Rule, RuleHit } from '../rule.js';

const MAX_FILES = 2000;
// process.env.X, process.env['X'], import.meta.env.X, env.X ($env/dynamic/private, c.env.X, Bun.env.X),
// Deno.env.get('X'), followed by || or ?? and a string literal.
const FALLBACK =
  /(?:process\.env|import\.meta\.env|\benv|Bun\.env)(?:\.([A-Za-z_]\w*)|\[\s*(['"])([A-Za-z_]\w*)\2\s*\])\s*(?:\|\||\?\?)\s*(['"`])([^'"`\n]{1,200})\4|Deno\.env\.get\(\s*(['"])([A-Za-z_]\w*)\6\s*\)\s*(?:\|\||\?\?)\s*(['"`])([^'"`\n]{1,200})\8/g;
// A fallback under an explicit development/test guard is meant for those environments only.
const DEV_GUARD = /NODE_ENV\s*[!=]==?\s*['"](?:development|test)['"]|\bisDev(?:elopment)?\b|\bdev\s*\?/;

export const fallbackSecret: Rule = {
  id: 'secrets/fallback-secret',
  severity: 'high',
  title: 'Secret falls back to a literal in code',
  remediation:
    'Remove the fallback and fail at start-up when the secret is missing (`const secret = process.env.JWT_SECRET; if (!secret) throw new Error("JWT_SECRET is not set")`), or validate the environment with a schema (zod, envalid, t3-env); give development its own value in an untracked .env file.',
  check(repo) {
    const hits: RuleHit[] = [];
    for (const file of sourceFiles(repo, MAX_FILES)) {
      const text = repo.read(file);
      if (!text || !/(?:\|\||\?\?)\s*['"`]/.test(text)) continue;
      for (const m of text.matchAll(FALLBACK)) {
        const name = m[1] ?? m[3] ?? m[7];
        const value = m[5] ?? m[9];
        if (!name || !value?.trim() || secretNameStrength(name) !== 'strong') continue;
        const line = repo.lineAt(file, m.index);
        const lineText = text.split('\n')[line - 1] ?? '';
        hits.push({
          message: `${file} falls back to a ${value.length}-character literal when ${name} is not set: a deploy that forgets it runs with a secret anyone can read here`,
          file,
          line,
          ...(DEV_GUARD.test(lineText) ? { confidence: 'low' as const, severity: 'medium' as const } : {}),
        });
      }
    }
    return hits;
  },
};
