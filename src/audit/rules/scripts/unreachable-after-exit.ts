// scripts/unreachable-after-exit: a top-level unconditional `exit` followed by more code, which
// therefore never runs (seed 000: `exit 1` left in a bootstrap script before its last steps).
import type { Rule, RuleHit } from '../rule.js';
import { commandsWithDepth, shellScripts } from '../../../lib/repository/shell.js';

export const unreachableAfterExit: Rule = {
  id: 'scripts/unreachable-after-exit',
  severity: 'high',
  title: 'Code after an unconditional exit never runs',
  remediation:
    'Remove the stray `exit` (or move it into the branch it belongs to) so the rest of the script runs; test the script end to end in CI.',
  check(repo) {
    const hits: RuleHit[] = [];
    for (const file of shellScripts(repo)) {
      const text = repo.read(file);
      if (text === undefined) continue;
      const commands = commandsWithDepth(text);
      const index = commands.findIndex((c) => c.depth === 0 && !c.conditional && /^exit(\s+\S+)?$/.test(c.text));
      if (index < 0) continue;
      const exit = commands[index];
      const next = commands.slice(index + 1).find((c) => c.line > exit.line);
      if (!next) continue;
      hits.push({
        message: `\`${file}\` exits unconditionally at line ${exit.line} (\`${exit.text}\`), so the code from line ${next.line} on (\`${next.text.slice(0, 60)}\`) never runs.`,
        file,
        line: exit.line,
        endLine: next.line,
      });
    }
    return hits;
  },
};
