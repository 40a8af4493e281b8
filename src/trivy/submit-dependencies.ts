// The dependency-snapshot phase: build the snapshot from the scan's report and submit it. A refused
// submission fails the step with one line but does not stop the gate: the findings are still counted,
// reported and gated.
import { relative } from 'node:path';
import * as core from '@actions/core';
import { errorMessage } from '../lib/errors.js';
import { buildSnapshot, countDependencies, submitSnapshot } from './dependency-snapshot.js';
import type { TrivyInputs } from './inputs.js';
import type { TrivyReport } from './report.js';

export async function submitDependencies(
  inputs: TrivyInputs,
  report: TrivyReport & { CreatedAt?: string },
): Promise<void> {
  const submission = inputs.dependencySnapshot!;
  await core.group('Submit dependencies to GitHub', async () => {
    const prefix =
      inputs.targetPath && inputs.scanType !== 'image'
        ? relative(inputs.workspace, inputs.targetPath).replace(/\\/g, '/')
        : '';
    const snapshot = buildSnapshot(report, {
      repository: submission.repository,
      sha: submission.sha,
      ref: submission.ref,
      correlator: submission.correlator,
      runId: submission.runId,
      htmlUrl: submission.htmlUrl,
      trivyVersion: inputs.version,
      pathPrefix: prefix.startsWith('..') ? '' : prefix,
      inRepository: inputs.scanType === 'fs' || inputs.scanType === 'repo',
      scanned: report.CreatedAt ?? new Date().toISOString(),
    });
    const count = countDependencies(snapshot);
    try {
      const result = await submitSnapshot(snapshot, submission.apiUrl, submission.repository, submission.token);
      core.info(
        `submitted ${count} dependencies in ${Object.keys(snapshot.manifests).length} manifests: snapshot ${result.id} ${result.result}${result.message ? ` (${result.message})` : ''}`,
      );
    } catch (error) {
      core.setFailed(errorMessage(error));
    }
  });
}
