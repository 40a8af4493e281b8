// One Trivy run per scan: JSON out, and the SARIF converted from that same JSON by `trivy convert`,
// so the two can never disagree (the peer runs Trivy twice and loses its exit code in SARIF mode).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as core from '../lib/runner.js';
import { runCommand } from '../lib/exec.js';
import { DB_REPOSITORIES, JAVA_DB_REPOSITORIES, isRateLimited } from './database.js';
import type { TrivyInputs } from './inputs.js';

export interface ScanPlan {
  cacheDir: string;
  skipDbUpdate: boolean;
  /** An empty file: Trivy reads .trivyignore by itself otherwise, bypassing our expiry checks. */
  emptyIgnoreFile: string;
}

export function buildScanArgs(
  inputs: TrivyInputs,
  plan: ScanPlan,
  repository: { db: string; javaDb: string },
): string[] {
  const args: string[] = [inputs.scanType];
  args.push('--format', 'json', '--output', inputs.jsonFile, '--exit-code', '0', '--no-progress');
  args.push('--cache-dir', plan.cacheDir, '--ignorefile', plan.emptyIgnoreFile);
  args.push('--severity', inputs.severity.join(','));
  if (inputs.scanType !== 'config') args.push('--scanners', inputs.scanners.join(','));
  if (inputs.ignoreUnfixed) args.push('--ignore-unfixed');
  if (inputs.config) args.push('--config', inputs.config);
  if (inputs.timeout) args.push('--timeout', inputs.timeout);
  for (const dir of inputs.skipDirs) args.push('--skip-dirs', dir);
  for (const file of inputs.skipFiles) args.push('--skip-files', file);
  // The SBOM and the dependency snapshot list every package, not only the vulnerable ones (the
  // default in recent Trivy releases; older ones need the flag).
  if (inputs.sbomFile || inputs.dependencySnapshot) args.push('--list-all-pkgs');
  if (inputs.scanType !== 'config') {
    if (plan.skipDbUpdate) args.push('--skip-db-update', '--skip-java-db-update');
    else args.push('--db-repository', repository.db, '--java-db-repository', repository.javaDb);
  }
  // An image given as a file is an OCI or docker archive (e.g. from actions/container's oci-archive).
  if (inputs.scanType === 'image' && inputs.targetPath) args.push('--input', inputs.targetPath);
  else args.push(inputs.targetPath ?? inputs.target);
  return args;
}

/** Run the scan, trying the next database repository when one answers with a rate limit. */
export async function runScan(trivy: string, inputs: TrivyInputs, plan: ScanPlan): Promise<void> {
  const repositories = DB_REPOSITORIES.map((db, i) => ({ db, javaDb: JAVA_DB_REPOSITORIES[i] }));
  for (let i = 0; i < repositories.length; i++) {
    const args = buildScanArgs(inputs, plan, repositories[i]);
    core.info(`trivy ${args.join(' ')}`);
    const result = await runCommand(trivy, args, {
      cwd: inputs.workspace,
      allowFailure: true,
      onLine: (line) => core.info(line),
    });
    if (result.exitCode === 0) return;
    const last = i === repositories.length - 1;
    if (isRateLimited(result.stderr) && !plan.skipDbUpdate && !last) {
      core.warning(`${repositories[i].db} is rate-limiting database downloads; trying ${repositories[i + 1].db}`);
      continue;
    }
    const tail = result.stderr.trim().split('\n').slice(-2).join(' / ');
    throw new Error(`trivy exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`);
  }
}

/** A CycloneDX SBOM of the scanned target, converted from the same scan's JSON (all packages). */
export async function convertToCycloneDx(
  trivy: string,
  jsonFile: string,
  sbomFile: string,
  cwd: string,
): Promise<void> {
  mkdirSync(dirname(sbomFile), { recursive: true });
  await runCommand(trivy, ['convert', '--format', 'cyclonedx', '--output', sbomFile, jsonFile], { cwd });
}

export async function convertToSarif(trivy: string, jsonFile: string, sarifFile: string, cwd: string): Promise<void> {
  await runCommand(trivy, ['convert', '--format', 'sarif', '--output', sarifFile, jsonFile], { cwd });
}
