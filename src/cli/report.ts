// `shipshape report merge <dir-or-files…>`: many audit JSON reports (one per repository) into one
// table, worst first, as Markdown, HTML or JSON. Reports are read one at a time; a file that is not a
// report is a one-line warning and is listed in the output, never dropped silently.
import { parseArgs } from 'node:util';
import { parseFailOn } from '../lib/reports/policy.js';
import { writeOutput, type Io } from './io.js';
import { UsageError } from './usage.js';

const FORMATS = ['markdown', 'html', 'json'] as const;

export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'merge') throw new UsageError(`\`report\` needs a subcommand: merge (got \`${sub ?? ''}\`)`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'markdown' },
      previous: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      'max-rows': { type: 'string' },
      'server-url': { type: 'string' },
      title: { type: 'string' },
    },
  });
  if (!positionals.length) throw new UsageError('`report merge` needs at least one report file or folder');
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got \`${values.format}\`)`);
  const failOn =
    values['fail-on'] === undefined ? undefined : parseFailOn('--fail-on', values['fail-on'], (m) => new UsageError(m));
  const maxRows = values['max-rows'] === undefined ? undefined : Number(values['max-rows']);
  if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows > 0))
    throw new UsageError(`--max-rows must be a whole number above 0 (got \`${values['max-rows']}\`)`);
  const serverUrl = values['server-url'] ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  if (!/^https?:\/\/[^\s"'<>]+$/.test(serverUrl))
    throw new UsageError(`--server-url must be an http(s) URL (got \`${serverUrl}\`)`);

  const [{ listReportFiles, readReports }, { mergeReports }, { readPreviousScores }] = await Promise.all([
    import('../fleet/read-reports.js'),
    import('../fleet/merge.js'),
    import('../fleet/fleet-json.js'),
  ]);
  const previous = values.previous ? readPreviousScores(values.previous) : undefined;
  const files = listReportFiles(positionals);
  if (!files.length) throw new UsageError(`no .json report in ${positionals.join(', ')}`);
  const summary = mergeReports(readReports(files), previous);
  for (const u of [...summary.unreadable, ...summary.duplicates])
    io.err(`shipshape: warning: ${u.reason}; not merged\n`);

  let text: string;
  if (format === 'json') {
    const { renderFleetJson } = await import('../fleet/fleet-json.js');
    text = renderFleetJson(summary, serverUrl);
  } else if (format === 'html') {
    const { renderFleetHtml } = await import('../fleet/fleet-html.js');
    text = renderFleetHtml(summary, { serverUrl, title: values.title });
  } else {
    const { renderFleetMarkdown } = await import('../fleet/fleet-markdown.js');
    text = renderFleetMarkdown(summary, { serverUrl, maxRows });
  }
  writeOutput(io, values.output, text);

  if (!failOn) return 0;
  // A row keeps counts, not findings: a repository blocks when it counts any severity the policy names.
  const over = summary.entries.filter((e) => failOn.severities.some((s) => e.counts[s] > 0));
  if (over.length)
    io.err(
      `shipshape: ${over.length} of ${summary.entries.length} repositories have findings that fail-on ${failOn.label} blocks\n`,
    );
  return over.length ? 1 : 0;
}
