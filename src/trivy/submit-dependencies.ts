// The dependency-snapshot phase: build the snapshot from the scan's report and submit it. A refused
// submission fails the step with one line but does not stop the gate: the findings are still counted,
// reported and gated.
import * as core from '../lib/runner.js';
import { errorMessage } from '../lib/errors.js';
import { buildSnapshot, countDependencies, submitSnapshot } from './dependency-snapshot.js';
import { targetPrefix, type TrivyInputs } from './inputs.js';
import type { TrivyReport } from '../lib/reports/trivy-json.js';
import { step } from '../lib/action.js';

/** Submit, and return the summary's line about it. */
export async function submitDependencies(
  inputs: TrivyInputs,
  report: TrivyReport & { CreatedAt?: string },
): Promise<string> {
  const submission = inputs.dependencySnapshot!;
  return step('Submit dependencies to GitHub', async () => {
    const snapshot = buildSnapshot(report, {
      repository: submission.repository,
      sha: submission.sha,
      ref: submission.ref,
      correlator: submission.correlator,
      runId: submission.runId,
      htmlUrl: submission.htmlUrl,
      trivyVersion: inputs.version,
      pathPrefix: targetPrefix(inputs),
      inRepository: inputs.scanType === 'fs' || inputs.scanType === 'repo',
      scanned: report.CreatedAt ?? new Date().toISOString(),
    });
    const manifests = Object.keys(snapshot.manifests).length;
    const what = `${countDependencies(snapshot)} dependencies in ${manifests} manifest${manifests === 1 ? '' : 's'}`;
    try {
      const result = await submitSnapshot(snapshot, submission.apiUrl, submission.repository, submission.token);
      core.info(
        `submitted ${what}: snapshot ${result.id} ${result.result}${result.message ? ` (${result.message})` : ''}`,
      );
      return `Dependency submission: ${what}, snapshot ${result.id} (${result.result || 'accepted'})`;
    } catch (error) {
      core.setFailed(errorMessage(error));
      return `❌ Dependency submission of ${what} failed: ${errorMessage(error)}`;
    }
  });
}
