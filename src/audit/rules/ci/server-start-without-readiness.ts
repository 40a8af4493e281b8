// ci/server-start-without-readiness: a workflow backgrounds a server and waits with a fixed sleep.
import type { Rule, RuleHit } from '../rule.js';

const READINESS =
  /\bwait-on\b|wait-for-it|\bdockerize\b[^\n]*-wait|curl\b[^\n]*--retry|until\s+[^\n]*(curl|wget|nc|pg_isready)|while\s+![^\n]*(curl|wget|nc)|timeout\s+\d+\s+bash\s+-c|start-server-and-test|\bnpx\s+wait-port|pg_isready|healthcheck/i;

export const serverStartWithoutReadiness: Rule = {
  id: 'ci/server-start-without-readiness',
  severity: 'medium',
  title: 'Server started with a fixed sleep instead of a readiness check',
  remediation:
    'Wait until the server answers instead of sleeping: `npx wait-on http://localhost:PORT` or `curl --retry 30 --retry-connrefused --retry-delay 1 http://localhost:PORT`, or let `actions/lighthouse` start the app and poll it.',
  check(repo) {
    const hits: RuleHit[] = [];
    for (const workflow of repo.workflows) {
      for (const job of workflow.jobs) {
        // The job's commands in order, with their lines, across steps.
        const commands = job.steps.flatMap((step) =>
          (step.run ?? '').split('\n').map((text, i) => ({ text: text.trim(), line: (step.runLine ?? step.line) + i })),
        );
        const startIndex = commands.findIndex(
          (c) => /&\s*$/.test(c.text) && !/&&\s*$/.test(c.text) && c.text.length > 1,
        );
        if (startIndex < 0) continue;
        const after = commands.slice(startIndex + 1);
        const sleep = after.find((c) => /^sleep\s+\d+/.test(c.text));
        if (!sleep) continue;
        const waits = after.slice(0, after.indexOf(sleep) + 1).some((c) => READINESS.test(c.text));
        if (waits) continue;
        hits.push({
          message: `Job \`${job.id}\` starts \`${commands[startIndex].text}\` (line ${commands[startIndex].line}) and then only waits \`${sleep.text}\`: on a slow runner the next step meets a server that is not up yet, and a crashed server goes unnoticed.`,
          file: workflow.file,
          line: sleep.line,
        });
      }
    }
    return hits;
  },
};
