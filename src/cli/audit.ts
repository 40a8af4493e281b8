// `shipshape audit [dir]`: the audit engine's run, rendered in one format, to stdout or a file.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPOSITORY_NAME } from '../lib/reports/audit-json.js';
import { CONFIDENCES, isConfidence, type Confidence } from '../lib/findings.js';
import { parseFailOn } from '../lib/reports/policy.js';
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
      'min-confidence': { type: 'string', default: 'low' },
      config: { type: 'string', short: 'c' },
      output: { type: 'string', short: 'o' },
      repository: { type: 'string' },
      'base-sha': { type: 'string' },
      'time-budget': { type: 'string' },
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
  const budget = values['time-budget'] === undefined ? 300 : Number(values['time-budget']);
  if (!Number.isInteger(budget) || budget < 1)
    throw new UsageError(`--time-budget must be a whole number of seconds (got \`${values['time-budget']}\`)`);
  const minConfidence = values['min-confidence']!.toLowerCase();
  if (!isConfidence(minConfidence))
    throw new UsageError(
      `--min-confidence must be one of ${CONFIDENCES.join(', ')} (got \`${values['min-confidence']}\`)`,
    );
  // The engine loads once the command line is known to be right.
  const { runAuditFor } = await import('../audit/run.js');
  // With --base-sha (a pull request's base), the policy is that commit's, as in the action.
  const baseSha = values['base-sha'];
  const audit = await runAuditFor(resolve(positionals[0] ?? '.'), {
    config: values.config,
    pullRequest: baseSha !== undefined,
    baseSha,
    budgetSeconds: budget,
    minConfidence: minConfidence as Confidence,
    failOn: failOnFlag,
  });
  const { result, passed } = audit;
  const text = format === 'json' ? audit.json(repository) : format === 'sarif' ? audit.sarif() : audit.markdown();
  writeOutput(io, values.output, text);
  for (const w of result.warnings) io.err(`shipshape: warning: ${w.file}: ${w.message}\n`);
  return passed ? 0 : 1;
}
