// Trivy's JSON report (schema version 2) read into our Finding shape, one finding per
// vulnerability, failed misconfiguration, secret or license, with file and line where Trivy gives them.
import type { Finding, Severity } from '../findings.js';

export type Scanner = 'vuln' | 'misconfig' | 'secret' | 'license';

export interface TrivyFinding extends Finding {
  scanner: Scanner;
  /** The Trivy id: CVE-…, DS-0002 / AVD-…, the secret rule id, or the license name. */
  id: string;
  target: string;
  pkgName?: string;
  installedVersion?: string;
  fixedVersion?: string;
  /** Where the entry sits in the report, so a filtered copy can drop exactly the ignored ones. */
  ref: { result: number; list: ReportList; index: number };
}

type ReportList = 'Vulnerabilities' | 'Misconfigurations' | 'Secrets' | 'Licenses';

interface TrivyLocation {
  StartLine?: number;
  EndLine?: number;
}

interface TrivyResult {
  Target: string;
  Class?: string;
  Type?: string;
  // Present with --list-all-pkgs: each package with the lockfile lines it is declared on.
  Packages?: {
    ID?: string;
    Name?: string;
    Version?: string;
    Identifier?: { UID?: string };
    Locations?: TrivyLocation[];
  }[];
  Vulnerabilities?: {
    VulnerabilityID: string;
    PkgID?: string;
    PkgIdentifier?: { UID?: string };
    PkgName?: string;
    PkgPath?: string;
    InstalledVersion?: string;
    FixedVersion?: string;
    Severity?: string;
    Title?: string;
    Description?: string;
    PrimaryURL?: string;
    Locations?: TrivyLocation[];
  }[];
  Misconfigurations?: {
    ID?: string;
    AVDID?: string;
    Title?: string;
    Message?: string;
    Resolution?: string;
    Severity?: string;
    Status?: string;
    PrimaryURL?: string;
    CauseMetadata?: TrivyLocation;
  }[];
  // `Match` holds the secret itself (partly masked by Trivy): it is never copied into a finding.
  Secrets?: {
    RuleID: string;
    Category?: string;
    Severity?: string;
    Title?: string;
    StartLine?: number;
    EndLine?: number;
  }[];
  Licenses?: {
    Name: string;
    Severity?: string;
    PkgName?: string;
    FilePath?: string;
    Category?: string;
    Link?: string;
  }[];
}

export interface TrivyReport {
  SchemaVersion?: number;
  ArtifactName?: string;
  ArtifactType?: string;
  Results?: TrivyResult[];
  /** Written by actions/trivy on the report of what it kept: its ignore file is already applied. */
  Shipshape?: { IgnoresApplied: true; Ignored: number };
}

/** Parse Trivy's JSON text; a report that is not Trivy JSON v2 is an error (the gate fails closed on it). */
export function parseTrivyJson(text: string, source: string): TrivyReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${source} is not a Trivy JSON report`);
  const report = value as TrivyReport;
  if (report.SchemaVersion !== 2)
    throw new Error(
      `${source} has SchemaVersion ${String(report.SchemaVersion)}; this action reads Trivy's JSON schema version 2`,
    );
  if (report.Results !== undefined && !Array.isArray(report.Results)) throw new Error(`${source} has no Results list`);
  return report;
}

/**
 * Trivy's severities, exactly as it writes them. Its UNKNOWN (no score yet) counts as low: it is
 * reported, and gates at low catch it. Anything else is not Trivy's: the report is refused, so the
 * gate fails closed instead of counting `"CRITICAL "` or `"SEVERITY_CRITICAL"` as low.
 */
export function severityOf(raw: string | undefined): Severity {
  switch (raw) {
    case 'CRITICAL':
      return 'critical';
    case 'HIGH':
      return 'high';
    case 'MEDIUM':
      return 'medium';
    case 'LOW':
    case 'UNKNOWN':
    case undefined:
      return 'low';
    default:
      throw new Error(
        `unknown Trivy severity \`${String(raw).slice(0, 40)}\` (expected CRITICAL, HIGH, MEDIUM, LOW or UNKNOWN)`,
      );
  }
}

// Results of OS packages name the image ("alpine:3.10 (alpine 3.10.2)"), not a file in the repository.
function fileOf(result: TrivyResult): string | undefined {
  return result.Class === 'os-pkgs' ? undefined : result.Target;
}

export function trivyFindings(report: TrivyReport): TrivyFinding[] {
  const out: TrivyFinding[] = [];
  (report.Results ?? []).forEach((result, r) => {
    const file = fileOf(result);
    (result.Vulnerabilities ?? []).forEach((v, index) => {
      const location = v.Locations?.[0] ?? packageLocation(result, v);
      const fix = v.FixedVersion ? `fixed in ${v.FixedVersion}` : 'no fix released yet';
      out.push({
        scanner: 'vuln',
        id: v.VulnerabilityID,
        target: result.Target,
        ruleId: v.VulnerabilityID,
        severity: severityOf(v.Severity),
        title: v.Title ?? v.VulnerabilityID,
        message:
          `${v.PkgName ?? 'package'} ${v.InstalledVersion ?? ''} has ${v.VulnerabilityID}${v.Title ? ` (${v.Title})` : ''}, ${fix}; in ${result.Target}`.replace(
            /\s+/g,
            ' ',
          ),
        file,
        line: file ? location?.StartLine : undefined,
        endLine: file ? location?.EndLine : undefined,
        remediation: v.FixedVersion
          ? `Upgrade ${v.PkgName} to ${v.FixedVersion.split(',')[0].trim()} or later.`
          : `No fixed version yet: reduce exposure, or ignore with a reason and an expiry date until a fix ships.`,
        helpUri: v.PrimaryURL,
        pkgName: v.PkgName,
        installedVersion: v.InstalledVersion,
        fixedVersion: v.FixedVersion,
        ref: { result: r, list: 'Vulnerabilities', index },
      });
    });
    (result.Misconfigurations ?? []).forEach((m, index) => {
      if (m.Status && m.Status !== 'FAIL') return;
      const id = m.ID ?? m.AVDID ?? 'misconfiguration';
      out.push({
        scanner: 'misconfig',
        id,
        target: result.Target,
        ruleId: id,
        severity: severityOf(m.Severity),
        title: m.Title ?? id,
        message: `${m.Message ?? m.Title ?? id} (${result.Target})`,
        file,
        line: m.CauseMetadata?.StartLine,
        endLine: m.CauseMetadata?.EndLine,
        remediation: m.Resolution ?? 'See the rule documentation.',
        helpUri: m.PrimaryURL,
        ref: { result: r, list: 'Misconfigurations', index },
      });
    });
    (result.Secrets ?? []).forEach((s, index) => {
      out.push({
        scanner: 'secret',
        id: s.RuleID,
        target: result.Target,
        ruleId: s.RuleID,
        severity: severityOf(s.Severity),
        title: s.Title ?? s.RuleID,
        message: `${s.Title ?? s.RuleID} found in ${result.Target}${s.StartLine ? ` at line ${s.StartLine}` : ''} (value not shown)`,
        file,
        line: s.StartLine,
        endLine: s.EndLine,
        remediation:
          'Revoke the secret, remove it from the repository (and its history), and read it from a secret store.',
        ref: { result: r, list: 'Secrets', index },
      });
    });
    (result.Licenses ?? []).forEach((l, index) => {
      out.push({
        scanner: 'license',
        id: l.Name,
        target: result.Target,
        ruleId: `license:${l.Name}`,
        severity: severityOf(l.Severity),
        title: `License ${l.Name}`,
        message: `${l.PkgName ?? l.FilePath ?? result.Target} is licensed ${l.Name}${l.Category ? ` (${l.Category})` : ''}`,
        file: l.FilePath ?? file,
        remediation: 'Check the license against your policy; replace the package or record an exception.',
        helpUri: l.Link,
        ref: { result: r, list: 'Licenses', index },
      });
    });
  });
  return out;
}

// The lockfile lines of a vulnerable package: its entry in Packages, matched by UID, else by ID.
function packageLocation(
  result: TrivyResult,
  v: NonNullable<TrivyResult['Vulnerabilities']>[number],
): TrivyLocation | undefined {
  const pkg = (result.Packages ?? []).find(
    (p) => (v.PkgIdentifier?.UID && p.Identifier?.UID === v.PkgIdentifier.UID) || (v.PkgID && p.ID === v.PkgID),
  );
  return pkg?.Locations?.[0];
}

/** A copy of the report without the given findings (for the SARIF of what remains after ignores). */
export function withoutFindings(report: TrivyReport, removed: readonly TrivyFinding[]): TrivyReport {
  const drop = new Set(removed.map((f) => `${f.ref.result}/${f.ref.list}/${f.ref.index}`));
  return {
    ...report,
    Shipshape: { IgnoresApplied: true, Ignored: drop.size },
    Results: (report.Results ?? []).map((result, r) => {
      const copy: TrivyResult = { ...result };
      for (const list of ['Vulnerabilities', 'Misconfigurations', 'Secrets', 'Licenses'] as const) {
        const entries = result[list] as unknown[] | undefined;
        if (entries)
          (copy as unknown as Record<string, unknown[]>)[list] = entries.filter(
            (_e, i) => !drop.has(`${r}/${list}/${i}`),
          );
      }
      return copy;
    }),
  };
}
