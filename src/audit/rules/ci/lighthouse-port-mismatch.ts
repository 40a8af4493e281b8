// ci/lighthouse-port-mismatch: a workflow starts the app on one port and points Lighthouse at
// another (seed 001: PORT=3005 in the start script, lhci aimed at localhost:3000).
import { posix } from 'node:path';
import type { Rule, RuleHit } from '../rule.js';
import type { Repository } from '../../../lib/repository/repository.js';
import { localUrlPorts, resolveStartPort, type PortGuess } from '../../../lib/node-app/start-port.js';
import { runOffsetLine } from '../../../lib/repository/workflow-steps.js';
import type { WorkflowJob, WorkflowStep } from '../../../lib/repository/workflow.js';

const RC_FILES = [
  'lighthouserc.json',
  '.lighthouserc.json',
  'lighthouserc.js',
  '.lighthouserc.js',
  'lighthouserc.cjs',
  '.lighthouserc.cjs',
  'lighthouserc.yml',
  '.lighthouserc.yml',
];

interface Target {
  port: number;
  url: string;
  file: string;
  line?: number;
}

export const lighthousePortMismatch: Rule = {
  id: 'ci/lighthouse-port-mismatch',
  severity: 'high',
  title: 'Lighthouse audits a port the app does not listen on',
  remediation:
    'Point Lighthouse at the port the app really uses, or let `actions/lighthouse` start the app, detect the port it listens on and wait until it answers.',
  check(repo) {
    const hits: RuleHit[] = [];
    for (const workflow of repo.workflows) {
      for (const job of workflow.jobs) {
        const start = serverStart(repo, job);
        if (!start) continue;
        for (const target of lighthouseTargets(repo, workflow.file, job)) {
          if (target.port === start.port) continue;
          hits.push({
            message: `${workflow.file} starts the app with \`${start.command}\` (line ${start.line}), which listens on ${start.port} (${start.origin}), but Lighthouse audits ${target.url} on port ${target.port} (${target.file}${target.line ? ` line ${target.line}` : ''}).`,
            file: workflow.file,
            line: target.file === workflow.file ? target.line : start.line,
          });
        }
      }
    }
    return hits;
  },
};

/** The backgrounded server of a job and the port it will listen on. */
function serverStart(
  repo: Repository,
  job: WorkflowJob,
): { port: number; origin: string; command: string; line: number } | undefined {
  for (const step of job.steps) {
    if (!step.run) continue;
    const lines = step.run.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const cmd = lines[i].trim();
      if (!/&\s*$/.test(cmd) || /&&\s*$/.test(cmd)) continue;
      const command = cmd.replace(/&\s*$/, '').trim();
      const dir = workingDirectory(step, job);
      const pkg = repo.packages.find((p) => p.dir === dir) ?? repo.rootPackage;
      const guess = resolveStartPort(command, pkg?.scripts ?? {});
      const envPort = Number(step.env.PORT ?? job.env.PORT ?? NaN);
      const port = pickPort(guess, envPort);
      if (!port) continue;
      const origin = guess?.literal
        ? `${guess.source}${guess.script ? ` in the \`${guess.script}\` script of ${pkg?.file}` : ''}`
        : Number.isFinite(envPort)
          ? `PORT=${envPort} in the step's env`
          : (guess?.source ?? 'default');
      return { port, origin, command, line: (step.runLine ?? step.line) + i };
    }
  }
  return undefined;
}

// A literal port in the command or script wins over the env (it overrides PORT); then env; then a framework default.
function pickPort(guess: PortGuess | undefined, envPort: number): number | undefined {
  if (guess?.literal) return guess.port;
  if (Number.isFinite(envPort)) return envPort;
  return guess?.port;
}

function workingDirectory(step: WorkflowStep, job: WorkflowJob): string {
  const wd = (step.raw['working-directory'] ??
    (job.raw.defaults as { run?: { 'working-directory'?: string } } | undefined)?.run?.['working-directory']) as
    string | undefined;
  return wd
    ? posix
        .normalize(wd)
        .replace(/^\.\/?/, '')
        .replace(/\/$/, '')
    : '';
}

function lighthouseTargets(repo: Repository, file: string, job: WorkflowJob): Target[] {
  const targets: Target[] = [];
  for (const step of job.steps) {
    if (step.uses && /lighthouse-ci-action|lighthouse/i.test(step.uses) && !/shipshape/.test(step.uses)) {
      for (const u of localUrlPorts(String(step.with.urls ?? step.with.url ?? '')))
        targets.push({ port: u.port, url: u.url, file, line: step.line });
    }
    if (!step.run || !/\b(lhci|lighthouse|unlighthouse)\b/.test(step.run)) continue;
    const urls = localUrlPorts(step.run);
    for (const u of urls) targets.push({ port: u.port, url: u.url, file, line: runOffsetLine(step, u.index) });
    if (!urls.length && /\blhci\s+(autorun|collect)\b/.test(step.run)) targets.push(...rcTargets(repo));
  }
  return targets;
}

function rcTargets(repo: Repository): Target[] {
  for (const rc of RC_FILES) {
    const text = repo.read(rc);
    if (!text) continue;
    return localUrlPorts(text).map((u) => ({ port: u.port, url: u.url, file: rc, line: repo.lineAt(rc, u.index) }));
  }
  return [];
}
