// `shipshape audit [dir]`: the audit engine's run, rendered in one format, to stdout or a file.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../lib/findings.js';
import { writeOutput, type Io } from './io.js';
import { UsageError } from './usage.js';

const FORMATS = ['markdown', 'json', 'sarif'] as const;

export async function auditCommand(argv: string[], io: Io): Promise<number> {
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
  // The engine loads once the command line is known to be right.
  const [{ loadConfig }, { runAudit }, { gatePasses }, { renderJson }, { renderMarkdown }, { renderSarif }] =
    await Promise.all([
      import('../audit/config.js'),
      import('../audit/engine.js'),
      import('../audit/gate.js'),
      import('../audit/report/json.js'),
      import('../audit/report/markdown.js'),
      import('../audit/report/sarif.js'),
    ]);
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
