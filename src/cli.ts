// The shipshape command: `shipshape audit [dir] [--format markdown|json|sarif] [--fail-on LEVEL]`.
// Exit 0 when the gate passes, 1 when it fails, 2 for a usage or read error (one line, no stack).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { errorMessage } from './lib/errors.js';
import { SEVERITIES, type Severity } from './lib/findings.js';
import { writeFileAtomic } from './lib/files.js';
import { loadConfig } from './audit/config.js';
import { runAudit } from './audit/engine.js';
import { gatePasses } from './audit/gate.js';
import { renderJson } from './audit/report/json.js';
import { renderMarkdown } from './audit/report/markdown.js';
import { renderSarif } from './audit/report/sarif.js';
import { VERSION } from './audit/version.js';
import { renderRuleList } from './audit/report/rule-list.js';
import { initCommand } from './init/command.js';

const USAGE = `usage: shipshape audit [dir] [--format markdown|json|sarif] [--fail-on critical|high|medium|low|none] [--config FILE] [--output FILE]
       shipshape rules [--format markdown|json]`;
const FORMATS = ['markdown', 'json', 'sarif'] as const;

class UsageError extends Error {}

export function main(argv: string[]): number {
  try {
    if (argv[0] === 'init') return initCommand(argv.slice(1), (t) => process.stdout.write(t));
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'markdown' },
        'fail-on': { type: 'string', default: 'critical' },
        config: { type: 'string', short: 'c' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.version) return print(VERSION);
    if (values.help) return print(USAGE);
    const [command, dir = '.', ...extra] = positionals;
    if (command === 'rules') return print(renderRuleList(values.format === 'json' ? 'json' : 'markdown').trimEnd());
    if (command !== 'audit') throw new UsageError(command ? `unknown command \`${command}\`` : 'no command given');
    if (extra.length) throw new UsageError(`unexpected argument \`${extra[0]}\``);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got \`${values.format}\`)`);
    const failOn = values['fail-on']!.toLowerCase() as Severity | 'none';
    if (failOn !== 'none' && !SEVERITIES.includes(failOn as Severity)) {
      throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, none (got \`${values['fail-on']}\`)`);
    }
    const root = resolve(dir);
    const result = runAudit(root, { config: loadConfig(root, values.config) });
    const passed = gatePasses(result.findings, failOn);
    const text =
      format === 'json'
        ? renderJson(result, { failOn, passed })
        : format === 'sarif'
          ? renderSarif(result)
          : renderMarkdown(result, { failOn: failOn === 'none' ? undefined : failOn, passed });
    if (values.output) writeFileAtomic(values.output, text);
    else process.stdout.write(text);
    for (const w of result.warnings) process.stderr.write(`shipshape: warning: ${w.file}: ${w.message}\n`);
    return passed ? 0 : 1;
  } catch (error) {
    const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`shipshape: ${errorMessage(error)}\n${usage ? `${USAGE}\n` : ''}`);
    return 2;
  }
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
