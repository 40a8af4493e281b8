// Secrets found by secretlint in the audit's asynchronous pre-pass (src/audit/secretlint-scan.ts),
// kept on the repository model as a fact the synchronous secrets rules read. A detection holds the
// kind of secret, where it is and how it was weighed; never the value.
import type { Repository } from './repository.js';

export type SecretPlace = 'code' | 'config';

export interface SecretDetection {
  file: string;
  line: number;
  /** The kind of secret, in words ("GitHub token"). */
  kind: string;
  /** secretlint's rule, short form ("github"). */
  detector: string;
  /** Which of our rules reports it: scripts and source code, or configuration files. */
  place: SecretPlace;
  /** An example file or a test fixture, where a real-shaped token is most often fake. */
  context: 'live' | 'example' | 'test';
}

const FACT = 'secretlintDetections';

/** What the pre-pass found; empty when it did not run (a synchronous `runAudit`, as in unit tests). */
export function secretlintDetections(repo: Repository): readonly SecretDetection[] {
  return repo.fact<readonly SecretDetection[]>(FACT, () => []);
}

export function recordSecretlintDetections(repo: Repository, detections: readonly SecretDetection[]): void {
  repo.fact(FACT, () => detections);
}

const SCRIPT_FILE = /\.(?:sh|bash|zsh|ps1)$|(?:^|\/)package\.json$/;
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|php|java|kt|rs|cs|swift)$/;
const CONFIG_CODE = /\.config\.[cm]?[jt]s$/;

/** Scripts, package.json and source code go to secrets/hardcoded-in-scripts; everything else to secrets/committed-config. */
export function secretPlace(file: string): SecretPlace {
  if (SCRIPT_FILE.test(file)) return 'code';
  return CODE_FILE.test(file) && !CONFIG_CODE.test(file) ? 'code' : 'config';
}
