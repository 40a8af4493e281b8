// `shipshape rules`: every rule with its id, severity, title and remediation.
import { parseArgs } from 'node:util';
import { renderRuleList } from '../audit/report/rule-list.js';
import type { Io } from './io.js';
import { UsageError } from './usage.js';

export function rulesCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'markdown' } },
  });
  if (positionals.length) throw new UsageError(`unexpected argument \`${positionals[0]}\``);
  if (values.format !== 'markdown' && values.format !== 'json')
    throw new UsageError(`--format must be one of markdown, json (got \`${values.format}\`)`);
  io.out(renderRuleList(values.format));
  return 0;
}
