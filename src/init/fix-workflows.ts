// With --force, init corrects two mistakes it finds in existing workflows: Lighthouse aimed at a port
// the app does not listen on, and a server started in the background followed by a fixed sleep
// instead of a readiness wait. The edits are line by line, so the rest of the file stays as written.
import { resolveStartPort } from '../lib/node-app/start-port.js';
import type { Repository } from '../lib/repository/repository.js';
import type { WorkflowJob, WorkflowStep } from '../lib/repository/workflow.js';

export interface WorkflowFix {
  file: string;
  content: string;
  changes: string[];
}

const LOCAL_URL = /(\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])):(\d{2,5})/g;
const LIGHTHOUSE_RUN = /\b(lhci|lighthouse|unlighthouse)\b/;

export function fixWorkflows(repo: Repository, appPort: number): WorkflowFix[] {
  const fixes: WorkflowFix[] = [];
  for (const workflow of repo.workflows) {
    const lines = workflow.text.split('\n');
    const changes: string[] = [];
    for (const job of workflow.jobs) {
      const start = backgroundStart(repo, job, appPort);
      if (!start) continue;
      for (const step of job.steps) {
        for (const lineNo of lighthouseLines(step)) {
          const before = lines[lineNo - 1];
          const after = before.replace(LOCAL_URL, (m, origin: string, port: string) =>
            Number(port) === start.port ? m : `${origin}:${start.port}`,
          );
          if (after !== before) {
            lines[lineNo - 1] = after;
            changes.push(
              `line ${lineNo}: Lighthouse now audits port ${start.port}, where \`${start.command}\` listens`,
            );
          }
        }
      }
      const sleep = start.sleepLine;
      if (sleep) {
        const text = lines[sleep - 1];
        const indent = /^\s*(?:-\s+run:\s+|run:\s+)?/.exec(text)?.[0] ?? '';
        const wait = `curl --retry 60 --retry-connrefused --retry-delay 1 -fsS -o /dev/null http://localhost:${start.port}`;
        lines[sleep - 1] = `${indent}${wait}`;
        changes.push(
          `line ${sleep}: wait until the server answers instead of \`${text.trim().replace(/^-?\s*run:\s*/, '')}\``,
        );
      }
    }
    if (changes.length) fixes.push({ file: workflow.file, content: lines.join('\n'), changes });
  }
  return fixes;
}

interface Start {
  port: number;
  command: string;
  /** A `sleep N` that follows the start with no readiness check before it. */
  sleepLine?: number;
}

function backgroundStart(repo: Repository, job: WorkflowJob, appPort: number): Start | undefined {
  const commands = job.steps.flatMap((step) =>
    (step.run ?? '').split('\n').map((text, i) => ({ text: text.trim(), line: (step.runLine ?? step.line) + i })),
  );
  const index = commands.findIndex((c) => /&\s*$/.test(c.text) && !/&&\s*$/.test(c.text) && c.text.length > 1);
  if (index < 0) return undefined;
  const command = commands[index].text.replace(/&\s*$/, '').trim();
  const pkg = repo.rootPackage;
  const guess = resolveStartPort(command, pkg?.scripts ?? {});
  const port = guess?.literal ? guess.port : appPort;
  const after = commands.slice(index + 1);
  const sleep = after.find((c) => /^sleep\s+\d+\s*$/.test(c.text));
  const waited = sleep && after.slice(0, after.indexOf(sleep)).some((c) => /curl|wait-on|wget|nc\s/.test(c.text));
  return { port, command, sleepLine: sleep && !waited ? sleep.line : undefined };
}

/** Lines of a step that name Lighthouse's target URL: a lighthouse run script, or a Lighthouse action's `with:`. */
function lighthouseLines(step: WorkflowStep): number[] {
  if (step.run && LIGHTHOUSE_RUN.test(step.run)) {
    const first = step.runLine ?? step.line;
    return step.run.split('\n').map((_, i) => first + i);
  }
  if (step.uses && /lighthouse/i.test(step.uses) && !/shipshape/i.test(step.uses)) {
    const urls = String(step.with.urls ?? step.with.url ?? '');
    const count = Math.max(1, urls.split('\n').length) + 4;
    return Array.from({ length: count }, (_, i) => (step.usesLine ?? step.line) + i);
  }
  return [];
}
