// The help text and the one error type for a mistake on the command line.
import { SEVERITIES } from '../lib/findings.js';

export class UsageError extends Error {}

export const HELP = `shipshape: production-readiness audit for a repository, and the pipeline that closes its gaps

usage:
  shipshape audit [dir] [options]     audit a repository (default: the current folder)
  shipshape rules [--format FORMAT]   list every rule with its id, severity and remediation
  shipshape init [dir] [options]      write the missing pipeline (workflows, Dockerfile, health route, ...)
  shipshape report merge <dir-or-files...> [options]
                                      merge audit JSON reports (one per repository) into one table, worst first
  shipshape fleet list --organization ORG [options]
                                      list an organization's repositories as GitHub Actions matrix chunks
  shipshape --help | --version

audit options:
  -f, --format FORMAT     markdown (default), json or sarif
      --fail-on LEVEL     exit 1 when a finding is at or above LEVEL: ${SEVERITIES.join(', ')} or none
                          (default: fail-on in .shipshape.yml, else critical)
      --min-confidence C  report only findings of confidence C or higher: high, medium, low (default: low)
  -c, --config FILE       config file relative to dir (default: .shipshape.yml when it exists)
  -o, --output FILE       write the report to FILE instead of standard output
      --repository O/NAME the repository the report is about (written as \`repository\` in the JSON)
      --base-sha SHA      read the policy (.shipshape.yml) from commit SHA, as the action does on a
                          pull request; the working tree's version is reported as a policy change
      --time-budget SECS  stop after SECS seconds with a critical finding (default: 300)

rules options:
  -f, --format FORMAT     markdown (default) or json

init options:
      --dry-run           print the unified diff of what would be written; write nothing
      --force             replace existing files and correct existing workflows (shown as a diff)
      --only LIST         a comma-separated subset of workflows,dockerfile,health,config,dependabot
      --ref SHA           the shipshape commit the written workflows are pinned at
      --fail-on LEVEL     the gate level written to .shipshape.yml and the workflows (default: high)

report merge options:
  -f, --format FORMAT     markdown (default), html (one self-contained page) or json
      --previous FILE     a previous merge's JSON output: show each repository's score change
      --fail-on LEVEL     exit 1 when any repository has a finding at or above LEVEL (default: none)
      --max-rows N        Markdown only: show the N worst repositories (job summaries hold 1 MiB)
      --server-url URL    where file:line links point (default: GITHUB_SERVER_URL, else https://github.com)
      --title TEXT        the HTML page's title
  -o, --output FILE       write the merged report to FILE instead of standard output
  A report without \`repository\` is named by its file name; a file that is not an audit report is a
  one-line warning on standard error and is listed under "not merged".

fleet list options (token from GITHUB_TOKEN or GH_TOKEN, API from GITHUB_API_URL):
      --organization ORG  the organization (or user) whose repositories to list
      --repositories LIST only these: names or glob patterns, separated by commas, spaces or lines
      --include-forks     list forks too (skipped by default)
      --include-archived  list archived repositories too (skipped by default)
      --chunk-size N      repositories per matrix job (default 10; raised so no more than 256 jobs)
  Prints {"include":[{"chunk":1,"repositories":"owner/a owner/b"}, ...]} on one line.

exit codes:
  0  the audit passed its gate (or the command did what it was asked)
  1  a finding is at or above --fail-on
  2  a usage error, or a file that could not be read or written (one line on standard error)
`;
