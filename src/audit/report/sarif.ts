// SARIF for code scanning: every rule (with its help) and the findings of this run.
import { toSarif } from '../../lib/reports/sarif.js';
import { ALL_RULES } from '../rules/index.js';
import { EXPIRED_SUPPRESSION_RULE } from '../config.js';
import type { AuditResult } from '../engine.js';
import { VERSION } from '../../lib/version.js';

export function renderSarif(result: AuditResult): string {
  const rules = [
    ...ALL_RULES.map((r) => ({
      id: r.id,
      title: r.title,
      help: r.remediation,
      severity: r.severity,
      helpUri: `https://github.com/shipshape/shipshape/blob/main/docs/rules.md#${r.id.replace('/', '')}`,
    })),
    {
      id: EXPIRED_SUPPRESSION_RULE,
      title: 'Suppression has expired',
      help: 'Fix the findings or renew the suppression.',
      severity: 'medium' as const,
    },
  ];
  return `${JSON.stringify(toSarif({ name: 'shipshape', version: VERSION, informationUri: 'https://github.com/shipshape/shipshape' }, result.findings, rules), null, 2)}\n`;
}
