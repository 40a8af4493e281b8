// observability/error-details-exposed: an error handler sends the stack trace, or a server error's
// own message, to the client. Stacks name files, versions and queries; a 500's message can carry a
// database error with table names or values. A guard for development (`NODE_ENV === 'development'`,
// `isDevelopment &&`) on the same or the lines just above makes it intended.
import { sourceFiles } from '../../../lib/repository/facts.js';
import type { Rule, RuleHit } from '../rule.js';

const MAX_FILES = 2000;
const ERR = String.raw`\b(?:err|error|e|ex|exception)`;
const RESPONSE = String.raw`(?:\bres\s*(?:\.\s*status\(\s*\d+\s*\))?\s*\.\s*(?:json|send|end|write)|\b(?:c|ctx|context)\s*\.\s*(?:json|text|html)|Response\.json|new\s+Response|\breply\s*(?:\.\s*code\(\s*\d+\s*\))?\s*\.\s*send|\bjson)\s*\(`;
const STACK_IN_RESPONSE = new RegExp(`${RESPONSE}[^\\n;]*${ERR}\\.stack\\b`);
const STACK_PROPERTY = new RegExp(`\\bstack\\s*:\\s*${ERR}\\.stack\\b`);
const MESSAGE_IN_500 = new RegExp(
  String.raw`\b(?:res|reply)\s*\.\s*(?:status|code)\(\s*5\d\d\s*\)\s*\.\s*(?:json|send)\s*\([^\n;]*${ERR}\.message\b`,
);
const NEAR_RESPONSE = new RegExp(RESPONSE);
const DEV_GUARD =
  /NODE_ENV|\bisDev(?:elopment)?\b|\bdev(?:elopment)?\b|\bdebug\b|\bisProd(?:uction)?\b|\bproduction\b/i;

export const errorDetailsExposed: Rule = {
  id: 'observability/error-details-exposed',
  severity: 'medium',
  title: 'Error details sent to clients',
  remediation:
    'Log the error with its stack on the server (and send it to the error tracker), and answer the client with a generic message and a request id; send stacks only under an explicit development guard.',
  check(repo) {
    const hits: RuleHit[] = [];
    for (const file of sourceFiles(repo, MAX_FILES)) {
      const text = repo.read(file);
      if (!text || !/\.(?:stack|message)\b/.test(text)) continue;
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const context = lines.slice(Math.max(0, i - 3), i + 1).join('\n');
        let what: string | undefined;
        if (STACK_IN_RESPONSE.test(line)) what = 'the stack trace';
        else if (STACK_PROPERTY.test(line) && NEAR_RESPONSE.test(lines.slice(Math.max(0, i - 6), i + 1).join('\n')))
          what = 'the stack trace';
        else if (MESSAGE_IN_500.test(line)) what = "a server error's own message";
        if (!what || DEV_GUARD.test(context)) continue;
        hits.push({ message: `${file} sends ${what} to the client (line ${i + 1})`, file, line: i + 1 });
        break; // one finding a file is enough to act on
      }
    }
    return hits;
  },
};
