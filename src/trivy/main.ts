// The Trivy action: install (verified, cached), restore the database, scan once, read the JSON,
// apply ignores, gate, and write SARIF, summary, annotations and outputs. It fails closed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import * as core from '../lib/runner.js';
import { annotateFindings } from '../lib/annotations.js';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { countBySeverity } from '../lib/findings.js';
import { refuseLink, writeJson } from '../lib/files.js';
import { parseTrivyJson, trivyFindings, withoutFindings } from '../lib/reports/trivy-json.js';
import { writeJobSummary } from '../lib/summary.js';
import { restoreDatabase, saveDatabase } from './database.js';
import { errorGate, evaluateGate, type GateResult } from './gate.js';
import { applyIgnores, type AppliedIgnores, type IgnoreEntry } from './ignores.js';
import { loadIgnorePolicy } from './ignore-policy.js';
import { isPullRequestEvent, pullRequestBaseSha } from '../lib/pull-request-base.js';
import { getInputs, targetPrefix, type TrivyInputs } from './inputs.js';
import { installTrivy } from './install.js';
import { convertToCycloneDx, convertToSarif, runScan } from './scan.js';
import { submitDependencies } from './submit-dependencies.js';
import { renderSummary } from './summary.js';
import { runnerTemp, step } from '../lib/action.js';

export async function run(given: TrivyInputs = getInputs()): Promise<void> {
  // Ignore files are input too: a bad one fails now, before anything runs, whatever on-error says.
  // On a pull request they (and trivy.yaml) are the base commit's; the head's edit is only reported.
  const policy = loadIgnorePolicy({
    workspace: given.workspace,
    headIgnoreFile: given.ignoreFile,
    explicitIgnoreFile: given.ignoreFileExplicit,
    config: given.config,
    pullRequest: isPullRequestEvent(),
    baseSha: pullRequestBaseSha(),
  });
  const inputs = policy.configOverride ? { ...given, config: policy.configOverride } : given;
  // Trivy writes these itself, following links: a link planted at one is refused before it runs.
  for (const file of [inputs.jsonFile, inputs.keptJsonFile, inputs.sarifFile, inputs.sbomFile])
    if (file) refuseLink(file);
  const ignores = policy.entries;
  if (policy.warning) core.warning(policy.warning, { title: 'Trivy: ignore policy' });
  if (policy.changedInPullRequest)
    core.warning(`this pull request changes the Trivy ignore policy, not applied: ${policy.changes.join('; ')}`, {
      title: 'Trivy: policy change',
    });
  const title = `${inputs.scanType} ${inputs.target}`;
  let applied: AppliedIgnores | undefined;
  let gate: GateResult;
  // Lines for the summary from the SBOM and dependency-submission phases.
  const extras: string[] = [];
  try {
    applied = await scanAndRead(inputs, ignores, extras);
    gate = evaluateGate(applied.kept, inputs.failOn);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    gate = errorGate(errorMessage(error), inputs.onError);
    // Nothing was verified: `passed` stays false even when on-error lets the step succeed.
    core.setOutput('passed', 'false');
    await writeJobSummary(renderSummary(title, undefined, gate, inputs.failOn, policy));
    if (inputs.onError === 'warn') {
      core.warning(`Trivy gate not enforced (on-error: warn): ${gate.reason}`);
      return;
    }
    throw new Error(`Trivy gate failed closed: ${gate.reason}`);
  }

  for (const e of applied.expired)
    core.warning(`ignore of ${e.id} expired on ${e.expires} (${e.source}); it no longer applies`);
  const prefix = targetPrefix(inputs);
  annotateFindings(
    applied.kept.filter((f) => f.file).map((f) => ({ ...f, file: prefix ? `${prefix}/${f.file}` : f.file })),
  );

  const counts = countBySeverity(applied.kept);
  core.setOutput('critical', counts.critical);
  core.setOutput('high', counts.high);
  core.setOutput('medium', counts.medium);
  core.setOutput('low', counts.low);
  core.setOutput('total', applied.kept.length);
  core.setOutput('json-file', inputs.jsonFile);
  core.setOutput('kept-json-file', inputs.keptJsonFile);
  core.setOutput('sarif-file', inputs.sarifFile);
  core.setOutput('sbom-file', inputs.sbomFile);
  core.setOutput('passed', String(gate.passed));
  await writeJobSummary([renderSummary(title, applied, gate, inputs.failOn, policy), ...extras].join('\n'));
  if (!gate.passed) core.setFailed(`Trivy gate: ${gate.reason} (fail-on: ${inputs.failOn.label})`);
}

async function scanAndRead(
  inputs: TrivyInputs,
  ignores: readonly IgnoreEntry[],
  extras: string[],
): Promise<AppliedIgnores> {
  const { path: trivy } = await step('Install Trivy', () =>
    installTrivy({ version: inputs.version, downloadUrl: inputs.downloadUrl }),
  );
  const cacheDir = join(homedir(), '.cache', 'trivy');
  const restored = await step('Restore the vulnerability database', () =>
    restoreDatabase(cacheDir, inputs.cacheDb && inputs.scanType !== 'config'),
  );
  const work = mkdtempSync(join(runnerTemp(), 'trivy-scan-'));
  const emptyIgnoreFile = join(work, 'empty.trivyignore');
  writeFileSync(emptyIgnoreFile, '');
  await step(`Scan (${inputs.scanType} ${inputs.target})`, () =>
    runScan(trivy, inputs, { cacheDir, skipDbUpdate: restored.fresh, emptyIgnoreFile }),
  );
  const report = parseTrivyJson(readFileSync(inputs.jsonFile, 'utf8'), inputs.jsonFile);
  const applied = applyIgnores(trivyFindings(report), ignores, new Date());
  // What remains after ignores, for the gate, and as SARIF converted by Trivy from it.
  writeJson(
    inputs.keptJsonFile,
    withoutFindings(
      report,
      applied.ignored.map((i) => i.finding),
    ),
  );
  await step('Write SARIF', () => convertToSarif(trivy, inputs.keptJsonFile, inputs.sarifFile, inputs.workspace));
  if (inputs.sbomFile) {
    await step('Write the CycloneDX SBOM', () =>
      convertToCycloneDx(trivy, inputs.jsonFile, inputs.sbomFile, inputs.workspace),
    );
    extras.push(`SBOM (CycloneDX): \`${relative(inputs.workspace, inputs.sbomFile) || inputs.sbomFile}\``, '');
  }
  if (inputs.dependencySnapshot) extras.push(await submitDependencies(inputs, report), '');
  await saveDatabase(cacheDir, restored, inputs.cacheDb && inputs.scanType !== 'config');
  return applied;
}
