// `shipshape audit [dir]`: the audit engine's run, rendered in one format, to stdout or a file.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPOSITORY_NAME } from '../lib/reports/audit-json.js';
import { blocking, parseFailOn, thresholdPolicy } from '../lib/reports/policy.js';
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
      repository: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`unexpected argument \`${positionals[1]}\``);
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got \`${values.format}\`)`);
  const repository = values.repository;
  if (repository !== undefined && !REPOSITORY_NAME.test(repository))
    throw new UsageError(`--repository must be owner/name (got \`${repository}\`)`);
  const failOnFlag =
    values['fail-on'] === undefined ? undefined : parseFailOn('--fail-on', values['fail-on'], (m) => new UsageError(m));
  // The engine loads once the command line is known to be right.
  const [{ loadConfig }, { runAudit }, { renderJson }, { renderMarkdown }, { renderSarif }] = await Promise.all([
    import('../audit/config.js'),
    import('../audit/engine.js'),
    import('../audit/report/json.js'),
    import('../audit/report/markdown.js'),
    import('../audit/report/sarif.js'),
  ]);
  const root = resolve(positionals[0] ?? '.');
  const config = loadConfig(root, values.config);
  const failOn = failOnFlag ?? config.failOn ?? thresholdPolicy('critical');
  const result = runAudit(root, { config });
  const passed = blocking(result.findings, failOn).length === 0;
  const text =
    format === 'json'
      ? renderJson(result, { failOn: failOn.label, passed }, repository)
      : format === 'sarif'
        ? renderSarif(result)
        : renderMarkdown(result, { failOn: failOn.label, passed });
  writeOutput(io, values.output, text);
  for (const w of result.warnings) io.err(`shipshape: warning: ${w.file}: ${w.message}\n`);
  return passed ? 0 : 1;
}
