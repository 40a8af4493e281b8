// `shipshape audit [dir]`: the audit engine's run, rendered in one format, to stdout or a file.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../lib/findings.js';
import { loadConfig } from '../audit/config.js';
import { runAudit } from '../audit/engine.js';
import { gatePasses } from '../audit/gate.js';
import { renderJson } from '../audit/report/json.js';
import { renderMarkdown } from '../audit/report/markdown.js';
import { renderSarif } from '../audit/report/sarif.js';
import { writeOutput, type Io } from './io.js';
import { UsageError } from './usage.js';

const FORMATS = ['markdown', 'json', 'sarif'] as const;

export function auditCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'markdown' },
      'fail-on': { type: 'string' },
      config: { type: 'string', short: 'c' },
      output: { type: 'string', short: 'o' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`unexpected argument \`${positionals[1]}\``);
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got \`${values.format}\`)`);
  const failOnFlag = values['fail-on']?.toLowerCase();
  if (failOnFlag !== undefined && failOnFlag !== 'none' && !SEVERITIES.includes(failOnFlag as Severity))
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, none (got \`${values['fail-on']}\`)`);
  const root = resolve(positionals[0] ?? '.');
  const config = loadConfig(root, values.config);
  const failOn = (failOnFlag ?? config.failOn ?? 'critical') as Severity | 'none';
  const result = runAudit(root, { config });
  const passed = gatePasses(result.findings, failOn);
  const text =
    format === 'json'
      ? renderJson(result, { failOn, passed })
      : format === 'sarif'
        ? renderSarif(result)
        : renderMarkdown(result, { failOn: failOn === 'none' ? undefined : failOn, passed });
  writeOutput(io, values.output, text);
  for (const w of result.warnings) io.err(`shipshape: warning: ${w.file}: ${w.message}\n`);
  return passed ? 0 : 1;
}
