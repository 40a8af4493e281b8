// The one shape both builders share, so main.ts orders the phases without knowing which tool runs.
import { ConfigurationError } from '../../lib/errors.js';
import type { RunResult } from '../../lib/exec.js';
export interface BuildRequest {
  context: string;
  file: string;
  /** Full references to tag (and push). */
  references: string[];
  labels: Record<string, string>;
  buildArgs: Record<string, string>;
  platforms: string[];
  cacheFrom: string[];
  cacheTo: string[];
  push: boolean;
  /** Write the built image as an OCI archive here ('' = don't). */
  ociArchive: string;
  /** Speak TLS to the registry (false for loopback registries or `insecure: true`). */
  tlsVerify: boolean;
  /** `--secret` specs (`id=…,src=FILE` or `id=…,env=NAME`): the builder reads the values itself. */
  secrets: string[];
  /** Build stage to stop at ('' = the last one). */
  target: string;
  /** buildx `--provenance` / `--sbom` values ('' = buildx's own default); buildah writes no attestations. */
  provenance: string;
  sbom: string;
}

export interface BuildResult {
  imageId: string;
  /** The manifest digest the registry reported for the push (empty when not pushed). */
  digest: string;
  /** The manifest digest inside the OCI archive (empty when none was written). */
  archiveDigest: string;
  notes: string[];
}

export interface Builder {
  readonly name: 'docker' | 'buildah';
  login(registry: string, username: string, password: string, tlsVerify: boolean): Promise<void>;
  logout(registry: string): Promise<void>;
  build(request: BuildRequest, log: (line: string) => void): Promise<BuildResult>;
}

/** Attempts and back-off for pushes; tests shorten the delay through the environment. */
export function pushRetryPolicy(env: NodeJS.ProcessEnv = process.env): { attempts: number; delayMs: number } {
  const delay = Number(env.SHIPSHAPE_PUSH_RETRY_DELAY_MS);
  return {
    attempts: 3,
    delayMs: Number.isFinite(delay) && delay >= 0 && env.SHIPSHAPE_PUSH_RETRY_DELAY_MS !== undefined ? delay : 2000,
  };
}

/** A refused `login --password-stdin`: the tool's last stderr line (its own "Error:" prefix dropped), never the password. */
export function loginRefused(tool: string, registry: string, username: string, result: RunResult): ConfigurationError {
  const why = (result.stderr.trim().split('\n').pop() ?? '').replace(/^Error( response from daemon)?:\s*/, '');
  return new ConfigurationError(
    `login to ${registry} as ${username} was refused: ${why || `${tool} exited with ${result.exitCode}`}`,
  );
}
