// Small Markdown builders shared by the reports and job summaries.

/** Escape text for a Markdown table cell: pipes and newlines would break the row. */
export function cell(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

export function table(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

export function codeSpan(text: string): string {
  const ticks = text.includes('`') ? '``' : '`';
  return `${ticks}${text}${ticks}`;
}

/**
 * Untrusted text shown as itself in Markdown that GitHub renders (job summaries render inline HTML):
 * inline Markdown punctuation is backslash-escaped (for text inside a line, not at its start) and `<`, `>`, `&` become entities. Pipes are left to `cell`.
 */
export function plainText(text: string): string {
  return text
    .replace(/[\\`*_[\]~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}
