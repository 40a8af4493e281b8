// GitHub's dependency submission API (POST /repos/{owner}/{repo}/dependency-graph/snapshots) fed from
// the scan's own JSON report, so Dependabot alerts cover what Trivy found (an image's OS and language
// packages, lockfiles GitHub does not parse). The payload is built by a pure function from the report
// (its Packages, listed with --list-all-pkgs) and the run's context; the request is one POST.
import { ConfigurationError } from '../lib/errors.js';
import { fetchWithRetry } from '../lib/http.js';
import type { TrivyReport } from '../lib/reports/trivy-json.js';

export interface SnapshotContext {
  repository: string; // owner/repo
  sha: string;
  ref: string;
  /** Snapshots with the same correlator replace each other: one per workflow, job and scan target. */
  correlator: string;
  runId: string;
  htmlUrl?: string;
  trivyVersion: string;
  /** Prefix for manifest paths (the scanned folder inside the repository), '' at its root. */
  pathPrefix: string;
  /** Whether the scanned targets are files in the repository (fs, repo), not paths inside an image. */
  inRepository: boolean;
  scanned: string;
}

interface ResolvedDependency {
  package_url: string;
  relationship?: 'direct' | 'indirect';
  scope?: 'runtime' | 'development';
  dependencies: string[];
}

export interface Snapshot {
  version: 0;
  sha: string;
  ref: string;
  job: { correlator: string; id: string; html_url?: string };
  detector: { name: string; version: string; url: string };
  scanned: string;
  manifests: Record<
    string,
    { name: string; file?: { source_location: string }; resolved: Record<string, ResolvedDependency> }
  >;
}

/** Package entries of Trivy's JSON (schema 2) that the snapshot reads. */
interface ReportPackage {
  ID?: string;
  Name?: string;
  Version?: string;
  Identifier?: { PURL?: string };
  Relationship?: string;
  Indirect?: boolean;
  Dev?: boolean;
  DependsOn?: string[];
}

/** The snapshot for a report: one manifest per result that lists packages with a purl. */
export function buildSnapshot(report: TrivyReport, ctx: SnapshotContext): Snapshot {
  const manifests: Snapshot['manifests'] = {};
  for (const result of report.Results ?? []) {
    const packages = ((result as { Packages?: ReportPackage[] }).Packages ?? []).filter(
      // The project itself (root, workspace members) is not a dependency of itself.
      (p) => p.Identifier?.PURL && p.Relationship !== 'root' && p.Relationship !== 'workspace',
    );
    if (!packages.length) continue;
    const keyOf = (p: ReportPackage) => p.ID ?? `${p.Name}@${p.Version}`;
    const keys = new Set(packages.map(keyOf));
    const resolved: Record<string, ResolvedDependency> = {};
    for (const p of packages) {
      const relationship =
        p.Relationship === 'direct' || p.Relationship === 'indirect'
          ? p.Relationship
          : p.Indirect !== undefined
            ? p.Indirect
              ? 'indirect'
              : 'direct'
            : undefined;
      resolved[keyOf(p)] = {
        package_url: p.Identifier!.PURL!,
        ...(relationship ? { relationship } : {}),
        scope: p.Dev ? 'development' : 'runtime',
        dependencies: (p.DependsOn ?? []).filter((d) => keys.has(d)),
      };
    }
    const path = ctx.pathPrefix ? `${ctx.pathPrefix}/${result.Target}` : result.Target;
    manifests[path] = {
      name: result.Target,
      ...(ctx.inRepository && result.Class !== 'os-pkgs' ? { file: { source_location: path } } : {}),
      resolved,
    };
  }
  return {
    version: 0,
    sha: ctx.sha,
    ref: ctx.ref,
    job: { correlator: ctx.correlator, id: ctx.runId, ...(ctx.htmlUrl ? { html_url: ctx.htmlUrl } : {}) },
    detector: { name: 'trivy', version: ctx.trivyVersion, url: 'https://github.com/aquasecurity/trivy' },
    scanned: ctx.scanned,
    manifests,
  };
}

export function countDependencies(snapshot: Snapshot): number {
  return Object.values(snapshot.manifests).reduce((n, m) => n + Object.keys(m.resolved).length, 0);
}

export interface SubmissionResult {
  id: number;
  result: string;
  message: string;
}

/** POST the snapshot; a refusal is one line with the status and GitHub's message (never the token). */
export async function submitSnapshot(
  snapshot: Snapshot,
  apiUrl: string,
  repository: string,
  token: string,
): Promise<SubmissionResult> {
  const url = `${apiUrl.replace(/\/+$/, '')}/repos/${repository}/dependency-graph/snapshots`;
  const response = await fetchWithRetry(
    url,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'content-type': 'application/json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'shipshape-trivy',
      },
      body: JSON.stringify(snapshot),
    },
    { attempts: 3 },
    'dependency submission',
  );
  const text = await response.text();
  let body: { id?: number; result?: string; message?: string } = {};
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: the status says enough */
  }
  if (response.status !== 201 && response.status !== 200) {
    const hint =
      response.status === 403 || response.status === 404
        ? ' (the token needs `contents: write` on this repository, and the dependency graph must be on)'
        : '';
    throw new ConfigurationError(
      `dependency submission refused: HTTP ${response.status}${body.message ? ` ${body.message}` : ''}${hint}`,
    );
  }
  return { id: body.id ?? 0, result: body.result ?? '', message: body.message ?? '' };
}
