// Every input of the Trivy action, read and validated once. Defaults live only in action.yml.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ConfigurationError } from '../lib/errors.js';
import { readTextInside } from '../lib/read-inside.js';
import {
  getBooleanInput,
  getChoiceInput,
  getListInput,
  getRequiredInput,
  getRequiredListInput,
  getStringInput,
} from '../lib/inputs.js';
import { registerSecret } from '../lib/redact.js';
import { parseFailOn, type BlockingPolicy } from '../lib/reports/policy.js';
import type { Scanner } from '../lib/reports/trivy-json.js';
import { workspace as runnerWorkspace } from '../lib/action.js';

export const SCAN_TYPES = ['fs', 'image', 'config', 'repo'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];
const SCANNERS: readonly Scanner[] = ['vuln', 'misconfig', 'secret', 'license'];
const TRIVY_SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;

export interface TrivyInputs {
  version: string;
  downloadUrl: string;
  scanType: ScanType;
  target: string;
  /** The target as a path on disk, when it is one (fs, config, an image archive). */
  targetPath?: string;
  scanners: Scanner[];
  severity: string[];
  ignoreUnfixed: boolean;
  ignoreFile?: string;
  /** True when `ignore-file` names the file (else it was found by Trivy's default names). */
  ignoreFileExplicit: boolean;
  failOn: BlockingPolicy;
  onError: 'fail' | 'warn';
  sarifFile: string;
  jsonFile: string;
  /** Trivy's JSON without what the ignore file accepted: what the gate should read. */
  keptJsonFile: string;
  cacheDb: boolean;
  workspace: string;
  skipDirs: string[];
  skipFiles: string[];
  /** A trivy.yaml to pass as --config ('' = Trivy's own default: trivy.yaml in the workspace). */
  config: string;
  /** A Go duration for --timeout ('' = Trivy's default or the config's). */
  timeout: string;
  /** Where to write a CycloneDX SBOM converted from the scan's JSON ('' = none). */
  sbomFile: string;
  dependencySnapshot?: DependencySnapshotInputs;
}

export interface DependencySnapshotInputs {
  token: string;
  apiUrl: string;
  repository: string;
  sha: string;
  ref: string;
  runId: string;
  correlator: string;
  htmlUrl?: string;
}

export function getInputs(): TrivyInputs {
  const workspace = runnerWorkspace();
  const version = getRequiredInput('version').replace(/^v/, '');
  if (!/^\d+\.\d+\.\d+$/.test(version))
    throw new ConfigurationError(`input \`version\` must be a release like 1.2.3 (got \`${version}\`)`);
  const downloadUrl = getRequiredInput('download-url');
  if (!/^https?:\/\//.test(downloadUrl))
    throw new ConfigurationError(`input \`download-url\` must be an http(s) URL (got \`${downloadUrl}\`)`);
  const scanType = getChoiceInput('scan-type', SCAN_TYPES);
  // No default in action.yml: an image has none, a folder scan takes the workspace.
  const target = getStringInput('target', scanType === 'image' ? '' : '.');
  if (!target)
    throw new ConfigurationError(
      'input `target` is required for scan-type image (an image reference or an OCI/docker archive path)',
    );
  let targetPath: string | undefined;
  if (scanType === 'fs' || scanType === 'config') {
    targetPath = resolve(workspace, target);
    if (!existsSync(targetPath)) throw new ConfigurationError(`input \`target\`: ${target} does not exist`);
  } else if (scanType === 'image' && existsSync(resolve(workspace, target))) {
    targetPath = resolve(workspace, target);
  }
  const scanners = getRequiredListInput('scanners').map((s) => s.toLowerCase());
  for (const s of scanners) {
    if (!SCANNERS.includes(s as Scanner))
      throw new ConfigurationError(`input \`scanners\` must list some of ${SCANNERS.join(', ')} (got \`${s}\`)`);
  }
  const severity = getRequiredListInput('severity').map((s) => s.toUpperCase());
  for (const s of severity) {
    if (!(TRIVY_SEVERITIES as readonly string[]).includes(s))
      throw new ConfigurationError(
        `input \`severity\` must list some of ${TRIVY_SEVERITIES.join(', ')} (got \`${s}\`)`,
      );
  }
  const failOn = parseFailOn('input `fail-on`', getRequiredListInput('fail-on').join(','));
  let ignoreFile = getStringInput('ignore-file') || undefined;
  if (ignoreFile) {
    ignoreFile = resolve(workspace, ignoreFile);
    if (!existsSync(ignoreFile))
      throw new ConfigurationError(`input \`ignore-file\`: ${getStringInput('ignore-file')} does not exist`);
  } else {
    ignoreFile = ['.trivyignore.yaml', '.trivyignore.yml', '.trivyignore']
      .map((f) => resolve(workspace, f))
      .find(existsSync);
  }
  let config = getStringInput('config');
  if (config) {
    config = resolve(workspace, config);
    // Trivy opens it itself: a FIFO there would block it, a link could point out of the workspace.
    const read = readTextInside(config, workspace, 4 * 1024 * 1024);
    if ('refused' in read)
      throw new ConfigurationError(
        read.refused === 'does not exist'
          ? `input \`config\`: ${getStringInput('config')} does not exist`
          : `input \`config\`: ${getStringInput('config')} cannot be read: ${read.refused}`,
      );
  }
  const timeout = getStringInput('timeout');
  // Go's time.ParseDuration form, which Trivy's --timeout takes: 90s, 10m, 1h30m.
  if (timeout && !/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(timeout))
    throw new ConfigurationError(`input \`timeout\` must be a duration like 10m or 1h30m (got \`${timeout}\`)`);
  const sbomInput = getStringInput('sbom-file');
  const wantsSnapshot = getBooleanInput('dependency-snapshot');
  // A config scan reads IaC files and lists no packages: there is nothing to put in an SBOM or submit.
  if (scanType === 'config' && (sbomInput || wantsSnapshot))
    throw new ConfigurationError(
      `input \`${sbomInput ? 'sbom-file' : 'dependency-snapshot'}\` needs a scan that lists packages (scan-type fs, image or repo), not config`,
    );
  return {
    version,
    downloadUrl,
    scanType,
    target,
    targetPath,
    scanners: scanners as Scanner[],
    severity,
    ignoreUnfixed: getBooleanInput('ignore-unfixed'),
    ignoreFile,
    ignoreFileExplicit: Boolean(getStringInput('ignore-file')),
    failOn,
    onError: getChoiceInput('on-error', ['fail', 'warn'] as const),
    sarifFile: resolve(workspace, getRequiredInput('sarif-file')),
    jsonFile: resolve(workspace, getRequiredInput('json-file')),
    keptJsonFile: resolve(workspace, getRequiredInput('kept-json-file')),
    cacheDb: getBooleanInput('cache-db'),
    workspace,
    skipDirs: getListInput('skip-dirs'),
    skipFiles: getListInput('skip-files'),
    config,
    timeout,
    sbomFile: sbomInput ? resolve(workspace, sbomInput) : '',
    dependencySnapshot: wantsSnapshot ? dependencySnapshotInputs(scanType, target) : undefined,
  };
}

/** The scanned folder's path in the repository ('' at its root, for images, or outside the workspace). */
export function targetPrefix(inputs: TrivyInputs): string {
  if (!inputs.targetPath || inputs.scanType === 'image') return '';
  const prefix = relative(inputs.workspace, inputs.targetPath).replace(/\\/g, '/');
  return prefix.startsWith('..') ? '' : prefix;
}

function dependencySnapshotInputs(scanType: ScanType, target: string, env = process.env): DependencySnapshotInputs {
  const token = getStringInput('github-token');
  registerSecret(token);
  if (!token) throw new ConfigurationError('input `github-token` is required with dependency-snapshot: true');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const sha = env.GITHUB_SHA ?? '';
  const ref = env.GITHUB_REF ?? '';
  if (!repository || !/^[0-9a-f]{40}$/.test(sha) || !ref.startsWith('refs/'))
    throw new ConfigurationError(
      'dependency-snapshot: true needs GITHUB_REPOSITORY, GITHUB_SHA and GITHUB_REF (it runs in GitHub Actions)',
    );
  const runId = env.GITHUB_RUN_ID ?? '0';
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    token,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository,
    sha,
    ref,
    runId,
    // One snapshot per workflow, job and scan: a second Trivy step in the job keeps its own.
    correlator: `${env.GITHUB_WORKFLOW ?? 'workflow'}_${env.GITHUB_JOB ?? 'job'}_trivy_${scanType}_${target}`,
    htmlUrl: env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
  };
}
