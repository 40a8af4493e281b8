// SARIF 2.1.0 view of a Finding[], for GitHub code scanning.
import type { Finding, Severity } from '../findings.js';

export interface SarifRuleInfo {
  id: string;
  title: string;
  help: string;
  helpUri?: string;
  severity: Severity;
}

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
}

// GitHub reads `security-severity` (0-10) to rank security results; `level` is SARIF's own scale.
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };

export function toSarif(tool: SarifTool, findings: readonly Finding[], rules: readonly SarifRuleInfo[] = []): object {
  const ruleInfo = new Map<string, SarifRuleInfo>();
  for (const rule of rules) ruleInfo.set(rule.id, rule);
  for (const f of findings) {
    if (!ruleInfo.has(f.ruleId)) {
      ruleInfo.set(f.ruleId, {
        id: f.ruleId,
        title: f.title,
        help: f.remediation,
        helpUri: f.helpUri,
        severity: f.severity,
      });
    }
  }
  const ruleList = [...ruleInfo.values()];
  const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: ruleList.map((r) => ({
              id: r.id,
              name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
              shortDescription: { text: r.title },
              fullDescription: { text: r.title },
              help: { text: r.help, markdown: r.help },
              ...(r.helpUri ? { helpUri: r.helpUri } : {}),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: [r.id.split('/')[0]] },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          // Code scanning requires a location; a repository-wide finding points at the repository root.
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file ?? '.', uriBaseId: '%SRCROOT%' },
                ...(f.file && f.line
                  ? { region: { startLine: f.line, ...(f.endLine ? { endLine: f.endLine } : {}) } }
                  : {}),
              },
            },
          ],
          partialFingerprints: { primaryLocationLineHash: fingerprint(f) },
        })),
      },
    ],
  };
}

// A stable fingerprint so code scanning tracks a result across runs even when lines shift a little.
function fingerprint(f: Finding): string {
  let hash = 0x811c9dc5;
  for (const ch of `${f.ruleId}|${f.file ?? ''}|${f.message}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}:1`;
}
