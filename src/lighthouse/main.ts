// The Lighthouse action: start the app (unless `url` is external or start-command is none), find the port it really listens
// on, wait for HTTP — or serve `static-dir` itself — then log in (headers, login-script), audit every
// path in one browser, check budgets and regressions against `base-scores`, and write reports,
// summary, annotations and outputs. The app's process group is stopped on every exit path.
import { join, relative } from 'node:path';
import * as core from '../lib/runner.js';
import { annotateFindings } from '../lib/annotations.js';
import { errorMessage } from '../lib/errors.js';
import { writeJson } from '../lib/files.js';
import { startProcessGroup, type ProcessGroup } from '../lib/process.js';
import { toSarif } from '../lib/reports/sarif.js';
import { writeJobSummary } from '../lib/summary.js';
import { auditPages } from './audit.js';
import { budgetFindings, checkBudgetsMeasurable, evaluateBudgets } from './budgets.js';
import { mismatchMessage } from './choose-port.js';
import { findChrome } from './chrome.js';
import { listeningPortsNow } from './detect-port.js';
import { getInputs, type LighthouseInputs } from './inputs.js';
import { loadLighthouse } from './lighthouse-module.js';
import { runLoginScript } from './login.js';
import { AppStartError, waitUntilReady } from './readiness.js';
import { compareScores, regressionFindings, regressionMessage } from './regression.js';
import { CATEGORIES, pageScores } from './scores.js';
import { guessPort, readAppPackageJson, resolveStartCommand } from './start-command.js';
import { serveStatic, type StaticServer } from './static-server.js';
import { renderSummary, type LighthouseResult } from './summary.js';
import { timedStep } from '../lib/action.js';

export async function run(given?: LighthouseInputs): Promise<void> {
  const inputs = given ?? (await getInputs());
  checkBudgetsMeasurable(inputs.budgets.budgets, inputs.categories);
  for (const ignored of inputs.budgets.ignored) core.warning(`lighthouserc: not enforced by this action: ${ignored}`);
  const chromePath = findChrome(inputs.chromePath);
  const api = await timedStep('Install Lighthouse', () => loadLighthouse());
  core.info(`Lighthouse ${api.value.version}, ${chromePath}`);

  let app: ProcessGroup | undefined;
  let site: StaticServer | undefined;
  try {
    const target: LighthouseResult['target'] = { url: '', notHttp: [] };
    let origin: string;
    if (inputs.auditAsGiven && inputs.url) {
      origin = new URL(inputs.url.href).origin;
      target.url = inputs.url.href;
      core.info(`auditing ${inputs.url.href} as given; no server is started`);
    } else if (inputs.staticDir) {
      site = await serveStatic(inputs.staticDir);
      origin = site.origin;
      target.url = `${origin}${inputs.paths[0]}`;
      target.served = relative(inputs.workspace, inputs.staticDir) || '.';
      core.info(`serving ${inputs.staticDir} on ${origin}`);
    } else {
      const pkg = readAppPackageJson(inputs.workingDirectory);
      const command = resolveStartCommand(inputs.startCommand, inputs.workingDirectory, pkg);
      const guess = guessPort(inputs.workingDirectory, inputs.startCommand, inputs.env, pkg);
      const ready = await timedStep(`Start the app (${command.display})`, async () => {
        const busyBefore = listeningPortsNow();
        app = startProcessGroup(command.file, command.args, {
          cwd: inputs.workingDirectory,
          env: inputs.env,
          onLine: (line) => core.info(line),
        });
        core.info(`started in process group ${app.pid}; waiting up to ${inputs.startTimeoutMs / 1000} s for HTTP`);
        try {
          return await waitUntilReady(app, {
            expected: inputs.expectedPort,
            guess: guess?.port,
            strict: inputs.strictPort,
            busyBefore,
            timeoutMs: inputs.startTimeoutMs,
          });
        } catch (error) {
          if (error instanceof AppStartError && error.lastLines.length)
            core.error(`the app's last output:\n${error.lastLines.slice(-15).join('\n')}`);
          throw error;
        }
      });
      const { choice } = ready.value;
      origin = ready.value.origin;
      Object.assign(target, {
        url: `${origin}${inputs.paths[0]}`,
        started: command.display,
        choice,
        guessReason: guess?.reason,
        notHttp: choice.notHttp,
      });
      core.info(
        `the app answers HTTP on port ${choice.port} (${choice.source === 'guess' ? `a guess: ${guess?.reason}` : 'detected from /proc'}) after ${(ready.ms / 1000).toFixed(1)} s`,
      );
      if (choice.notHttp.length) core.info(`also listening, not HTTP: ${choice.notHttp.join(', ')}`);
      if (choice.mismatch)
        core.warning(
          `${mismatchMessage(choice)}; auditing port ${choice.port} (set strict-port: true to fail instead)`,
        );
    }

    const pages =
      inputs.auditAsGiven && inputs.url && inputs.paths.length === 1 && inputs.paths[0] === '/'
        ? [{ path: new URL(inputs.url.href).pathname, url: inputs.url.href }]
        : inputs.paths.map((path) => ({ path, url: new URL(path, origin).href }));
    const audits = await timedStep(
      `Audit ${pages.length} path${pages.length > 1 ? 's' : ''} × ${inputs.runs} run${inputs.runs > 1 ? 's' : ''} (${inputs.preset})`,
      () =>
        auditPages(api.value, {
          pages,
          runs: inputs.runs,
          preset: inputs.preset,
          categories: inputs.categories,
          chromePath,
          reportDir: inputs.reportDir,
          extraHeaders: inputs.headers,
          beforeAudits: inputs.loginScript
            ? (port) => {
                core.info(`running login-script ${inputs.loginScript}`);
                return runLoginScript(inputs.loginScript!, () => api.value.connectBrowser(port), {
                  url: pages[0].url,
                  origin,
                });
              }
            : undefined,
        }),
    );
    await app?.stop();
    await site?.close();

    const scores = audits.value.map((a) => pageScores(a, a.lhr));
    const checks = evaluateBudgets(
      audits.value.map((a) => ({ path: a.path, lhr: a.lhr })),
      inputs.budgets.budgets,
    );
    // Paths inside the workspace are shown relative to it (annotations need that); others as they are.
    const shown = (path: string) =>
      relative(inputs.workspace, path).startsWith('..') ? path : relative(inputs.workspace, path).replace(/\\/g, '/');
    const deltas = inputs.baseScores
      ? compareScores(scores, inputs.baseScores, inputs.maxRegression, inputs.categories)
      : undefined;
    const reports = new Map(audits.value.map((a) => [a.path, shown(a.htmlReport)]));
    const findings = [
      ...budgetFindings(checks, reports, (source) => (source.startsWith('input') ? undefined : shown(source))),
      ...regressionFindings(deltas ?? [], reports),
    ];
    const result: LighthouseResult = {
      target,
      deltas,
      preset: inputs.preset,
      runs: inputs.runs,
      categories: inputs.categories,
      pages: scores,
      checks,
      ignoredAssertions: inputs.budgets.ignored,
      reportDir: inputs.reportDir,
    };
    writeOutputs(result, inputs);
    if (findings.length)
      writeJson(
        join(inputs.reportDir, 'budgets.sarif'),
        toSarif(
          {
            name: 'shipshape-lighthouse',
            version: api.value.version,
            informationUri: 'https://github.com/GoogleChrome/lighthouse',
          },
          findings,
        ),
      );
    annotateFindings(findings);
    await writeJobSummary(renderSummary(result));
    const missed = checks.filter((c) => !c.passed && c.budget.level === 'error');
    const regressed = deltas?.filter((d) => d.regressed) ?? [];
    const failures = [
      missed.length && `Lighthouse budgets missed: ${missed.map((c) => `${c.path} ${c.text}`).join('; ')}`,
      regressed.length && `Lighthouse scores regressed: ${regressed.map(regressionMessage).join('; ')}`,
    ].filter(Boolean);
    if (failures.length) core.setFailed(failures.join('. '));
  } finally {
    if (app) {
      await app.stop().catch((error: unknown) => core.warning(`could not stop the app: ${errorMessage(error)}`));
    }
    await site?.close().catch(() => undefined);
  }
}

function writeOutputs(result: LighthouseResult, inputs: LighthouseInputs): void {
  const first = result.pages[0];
  core.setOutput('url', first?.url ?? result.target.url);
  core.setOutput('port', result.target.choice?.port ?? (new URL(result.target.url).port || ''));
  core.setOutput('port-mismatch', String(Boolean(result.target.choice?.mismatch)));
  for (const c of CATEGORIES) core.setOutput(c, first?.scores[c] ?? '');
  core.setOutput(
    'scores-json',
    JSON.stringify(result.pages.map((p) => ({ path: p.path, url: p.url, ...p.scores, metrics: p.metrics }))),
  );
  core.setOutput('report-dir', inputs.reportDir);
}
