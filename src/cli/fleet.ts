// `shipshape fleet list`: the fleet workflow's first job. Lists an organization's repositories through
// the GitHub API (GITHUB_API_URL; token from GITHUB_TOKEN or GH_TOKEN, never the command line) and
// prints the matrix of chunks on one line; what it skipped goes to standard error.
import { parseArgs } from 'node:util';
import type { Io } from './io.js';
import { UsageError } from './usage.js';

export async function fleetCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'list') throw new UsageError(`\`fleet\` needs a subcommand: list (got \`${sub ?? ''}\`)`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      organization: { type: 'string' },
      repositories: { type: 'string' },
      'include-forks': { type: 'boolean', default: false },
      'include-archived': { type: 'boolean', default: false },
      'chunk-size': { type: 'string', default: '10' },
    },
  });
  if (positionals.length) throw new UsageError(`unexpected argument \`${positionals[0]}\``);
  const organization = values.organization?.trim();
  if (!organization || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(organization))
    throw new UsageError(`--organization must be an organization or user name (got \`${values.organization ?? ''}\`)`);
  const chunkSize = Number(values['chunk-size']);
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw new UsageError(`--chunk-size must be a whole number above 0 (got \`${values['chunk-size']}\`)`);

  const [{ listRepositories }, { selectRepositories, toMatrix, chunkSizeFor }] = await Promise.all([
    import('../fleet/list-repositories.js'),
    import('../fleet/matrix.js'),
  ]);
  const listed = await listRepositories({
    apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    organization,
    token: process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined,
  });
  const selection = selectRepositories(listed, {
    patterns: values.repositories,
    includeForks: values['include-forks'],
    includeArchived: values['include-archived'],
  });
  for (const name of selection.missing)
    io.err(
      `shipshape: warning: --repositories names \`${name}\`, which ${organization} does not list (or it was skipped)\n`,
    );
  const matrix = toMatrix(selection.repositories, chunkSize);
  const size = chunkSizeFor(selection.repositories.length, chunkSize);
  io.err(
    `shipshape: ${selection.repositories.length} of ${listed.length} repositories in ${matrix.include.length} chunks of up to ${size}` +
      ` (skipped ${selection.skipped.archived} archived, ${selection.skipped.forks} forks)\n`,
  );
  io.out(`${JSON.stringify(matrix)}\n`);
  return 0;
}
