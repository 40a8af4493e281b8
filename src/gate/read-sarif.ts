// SARIF 2.1.0 from any tool (CodeQL, zizmor, Trivy, our own budgets.sarif) read into findings the
// gate can compare. Results a tool marked as suppressed or not failing are left out: the tool's own
// ignores are respected.
import { isSeverity, type Finding, type Severity } from '../lib/findings.js';

/** A finding with what identifies it apart from its line: the basis of its fingerprint. */
export interface EvidencedFinding extends Finding {
  evidence: string;
  /** The tool or report kind it came from, for the summary. */
  tool: string;
}

interface SarifRule {
  id?: string;
  shortDescription?: { text?: string };
  help?: { text?: string };
  helpUri?: string;
  defaultConfiguration?: { level?: string };
  properties?: Record<string, unknown>;
}

interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  rule?: { id?: string; index?: number };
  level?: string;
  kind?: string;
  message?: { text?: string; markdown?: string };
  locations?: {
    physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; endLine?: number } };
  }[];
  suppressions?: { status?: string }[];
  properties?: Record<string, unknown>;
}

interface SarifRun {
  tool?: { driver?: { name?: string; rules?: SarifRule[] } };
  results?: SarifResult[];
}

/** Parse SARIF text; anything that is not SARIF 2.1.0 with a runs list is an error (the gate fails closed). */
export function sarifFindings(text: string, source: string): EvidencedFinding[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const log = value as { version?: unknown; runs?: unknown };
  if (!log || typeof log !== 'object' || log.version !== '2.1.0' || !Array.isArray(log.runs))
    throw new Error(`${source} is not a SARIF 2.1.0 log (no version "2.1.0" and runs list)`);
  const out: EvidencedFinding[] = [];
  for (const run of log.runs as SarifRun[]) {
    const tool = run?.tool?.driver?.name ?? 'sarif';
    const rules = run?.tool?.driver?.rules ?? [];
    const byId = new Map(rules.filter((r) => r?.id).map((r) => [r.id!, r]));
    if (run?.results !== undefined && !Array.isArray(run.results))
      throw new Error(`${source}: a run's results is not a list`);
    for (const result of run?.results ?? []) {
      if (!result || typeof result !== 'object') throw new Error(`${source}: a result is not an object`);
      if (result.kind && result.kind !== 'fail') continue;
      // A suppression without a status, or accepted, is in force; rejected or under review is not.
      if (result.suppressions?.some((s) => !s.status || s.status === 'accepted')) continue;
      const index = result.ruleIndex ?? result.rule?.index;
      const rule = (index !== undefined ? rules[index] : undefined) ?? byId.get(result.ruleId ?? result.rule?.id ?? '');
      const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id;
      if (!ruleId) throw new Error(`${source}: a result has no ruleId`);
      const where = result.locations?.[0]?.physicalLocation;
      const file = normalizeUri(where?.artifactLocation?.uri);
      const message = result.message?.text ?? result.message?.markdown ?? rule?.shortDescription?.text ?? ruleId;
      out.push({
        ruleId,
        severity: severityOf(result, rule),
        title: rule?.shortDescription?.text ?? ruleId,
        message: message.replace(/\s+/g, ' ').trim(),
        file,
        line: file ? where?.region?.startLine : undefined,
        endLine: file ? where?.region?.endLine : undefined,
        remediation: rule?.help?.text?.split('\n')[0] ?? '',
        helpUri: rule?.helpUri,
        tool,
        // Not the tool's partialFingerprints: ours hash the message with its line numbers, and a
        // line hash changes when the line is edited; the rule, file and evidence are what stays.
        evidence: withoutLineNumbers(message),
      });
    }
  }
  return out;
}

// GitHub ranks security results by `security-severity` (0-10) and falls back on the SARIF level.
function severityOf(result: SarifResult, rule: SarifRule | undefined): Severity {
  const named = result.properties?.severity ?? rule?.properties?.severity;
  if (typeof named === 'string' && isSeverity(named.toLowerCase())) return named.toLowerCase() as Severity;
  const score = Number(result.properties?.['security-severity'] ?? rule?.properties?.['security-severity']);
  if (Number.isFinite(score) && score > 0)
    return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
  const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
  return level === 'error' ? 'high' : level === 'warning' ? 'medium' : 'low';
}

/** Line numbers in a message move with every edit above them; the fingerprint must not. */
export function withoutLineNumbers(message: string): string {
  return message
    .replace(/\b(lines?|at line|line no\.?)\s+\d+(\s*[-–]\s*\d+)?/gi, '$1 #')
    .replace(/(\.[A-Za-z0-9]+):\d+(:\d+)?\b/g, '$1:#')
    .replace(/\s+/g, ' ')
    .trim();
}

function normalizeUri(uri: string | undefined): string | undefined {
  if (!uri || uri === '.') return undefined;
  let path = uri.replace(/^file:\/\//, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it as written
  }
  return path.replace(/^\.\//, '').replace(/\\/g, '/');
}
