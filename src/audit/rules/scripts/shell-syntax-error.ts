// scripts/shell-syntax-error: a shell script that bash cannot parse (bash -n), with its line.
import type { Rule, RuleHit } from '../rule.js';
import { shellScripts } from '../../../lib/repository/shell.js';
import { bashVerdict } from '../../../lib/repository/shell-verdicts.js';

export const shellSyntaxError: Rule = {
  id: 'scripts/shell-syntax-error',
  severity: 'critical',
  title: 'Shell script does not parse',
  remediation:
    'Fix the syntax error (run `bash -n` and `shellcheck` on the script), and add both to CI so a broken script never reaches a server.',
  check(repo) {
    const hits: RuleHit[] = [];
    for (const file of shellScripts(repo)) {
      const text = repo.read(file);
      if (text === undefined) continue;
      const result = bashVerdict(repo, file, text);
      if ('error' in result) {
        repo.warn(file, `bash -n could not run: ${result.error}`);
        continue;
      }
      if (result.status === 0) continue;
      const first = result.stderr.split('\n').find((l) => /line \d+/.test(l)) ?? result.stderr.trim();
      const line = Number(/line (\d+)/.exec(first)?.[1]) || undefined;
      const reason = first.replace(/^bash: (line \d+: )?/, '').trim();
      hits.push({ message: `bash -n rejects \`${file}\`${line ? ` at line ${line}` : ''}: ${reason}`, file, line });
    }
    return hits;
  },
};
