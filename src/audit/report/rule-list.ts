// The list of every rule (id, severity, title, remediation): `shipshape rules` and docs/rules.md.
import { table } from '../../lib/markdown.js';
import { ALL_RULES } from '../rules/index.js';
import { CATEGORIES } from '../../lib/reports/categories.js';
import { categoryOf } from '../rules/rule.js';

export function renderRuleList(format: 'markdown' | 'json'): string {
  if (format === 'json')
    return `${JSON.stringify(
      ALL_RULES.map(({ id, severity, title, remediation }) => ({ id, severity, title, remediation })),
      null,
      2,
    )}\n`;
  const out = [
    '# Audit rules',
    '',
    'Generated from the rule registry by `npm run build` (`shipshape rules`). Rule ids are stable.',
    '',
  ];
  for (const category of CATEGORIES) {
    const rules = ALL_RULES.filter((r) => categoryOf(r.id) === category);
    if (!rules.length) continue;
    out.push(`## ${category}`, '');
    for (const r of rules) {
      out.push(
        `### ${r.id}`,
        '',
        table(['id', 'default severity', 'what it finds'], [[`\`${r.id}\``, r.severity, r.title]]),
        '',
        `**Remediation:** ${r.remediation}`,
        '',
      );
    }
  }
  return `${out.join('\n')}\n`;
}
