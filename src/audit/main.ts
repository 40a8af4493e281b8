// The audit action: read inputs, audit the repository, write the four views of the findings
// (Markdown report + job summary, SARIF, JSON, annotations), set outputs, apply the gate.
import { relative } from 'node:path';
import * as core from '../lib/runner.js';
import { annotateFindings } from '../lib/annotations.js';
import { countBySeverity, type Finding } from '../lib/findings.js';
import { writeFileAtomic } from '../lib/files.js';
import { writeJobSummary } from '../lib/summary.js';
import { getInputs, type AuditInputs } from './inputs.js';
import { runAuditFor } from './run.js';
import { isPullRequestEvent, pullRequestBaseSha } from '../lib/pull-request-base.js';
import { step, workspace as runnerWorkspace } from '../lib/action.js';

export async function run(inputs: AuditInputs = getInputs()): Promise<void> {
  // On a pull request the base commit's policy judges the change; the head's edit is only reported.
  const audit = await runAuditFor(inputs.path, {
    config: inputs.config,
    pullRequest: isPullRequestEvent(),
    baseSha: pullRequestBaseSha(),
    budgetSeconds: inputs.budgetSeconds,
    minConfidence: inputs.minConfidence,
    failOn: inputs.failOn,
    onPolicy: (policy) => {
      if (policy.warning) core.warning(policy.warning, { title: 'shipshape: policy' });
      if (policy.changedInPullRequest)
        core.warning(`this pull request changes ${policy.file}, not applied: ${policy.changes.join('; ')}`, {
          title: 'shipshape: policy change',
        });
    },
    wrap: (runEngine) =>
      step('Audit', async () => {
        const r = await runEngine();
        core.info(
          `${r.filesIndexed} files read, ${r.rulesRun} rules run, ${r.findings.length} findings in ${r.durationMs} ms`,
        );
        return r;
      }),
  });
  const { config, result, over, passed } = audit;
  for (const w of result.warnings.slice(0, 20))
    core.warning(w.message, { title: 'shipshape: file not read', file: w.file });

  // Annotations and links must be relative to the repository root, which may be above `path`.
  const workspace = runnerWorkspace();
  const prefix = relative(workspace, inputs.path).replace(/\\/g, '/');
  const inRepo = (f: Finding): Finding =>
    f.file && prefix && !prefix.startsWith('..') ? { ...f, file: `${prefix}/${f.file}` } : f;
  const markdown = audit.markdown(fileUrl(inRepo));

  writeFileAtomic(inputs.reportFile, markdown);
  writeFileAtomic(inputs.sarifFile, audit.sarif(inRepo));
  writeFileAtomic(inputs.jsonFile, audit.json(process.env.GITHUB_REPOSITORY));
  annotateFindings(result.findings.map(inRepo));

  const counts = countBySeverity(result.findings);
  core.setOutput('score', result.scores.overall);
  core.setOutput('critical', counts.critical);
  core.setOutput('high', counts.high);
  core.setOutput('medium', counts.medium);
  core.setOutput('low', counts.low);
  core.setOutput('report-file', inputs.reportFile);
  core.setOutput('sarif-file', inputs.sarifFile);
  core.setOutput('json-file', inputs.jsonFile);
  core.setOutput('passed', String(passed));
  await writeJobSummary(markdown);

  if (inputs.fix === 'pull-request') {
    const { openFixForAudit } = await import('./fix.js');
    const fix = await step('Fix pull request', () =>
      openFixForAudit(inputs.path, workspace, config, result.findings, inputs.githubToken, inputs.failOn.label),
    );
    core.setOutput('fix-pull-request', fix?.url ?? '');
    core.setOutput('fix-files', fix?.files.join('\n') ?? '');
  }

  if (!passed) {
    core.setFailed(
      `${over} finding${over === 1 ? '' : 's'} at or above ${inputs.failOn.label} (score ${result.scores.overall}/100); see ${relative(workspace, inputs.reportFile)}`,
    );
  }
}

/** A link to the finding's line on GitHub, when running in Actions. */
function fileUrl(inRepo: (f: Finding) => Finding): ((f: Finding) => string | undefined) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
  if (!server || !repo || !sha) return undefined;
  return (f) => {
    const file = inRepo(f).file;
    return file ? `${server}/${repo}/blob/${sha}/${file}${f.line ? `#L${f.line}` : ''}` : undefined;
  };
}
