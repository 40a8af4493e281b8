// The help text and the one error type for a mistake on the command line.
import { SEVERITIES } from '../lib/findings.js';

export class UsageError extends Error {}

export const HELP = `shipshape: production-readiness audit for a repository, and the pipeline that closes its gaps

usage:
  shipshape audit [dir] [options]     audit a repository (default: the current folder)
  shipshape rules [--format FORMAT]   list every rule with its id, severity and remediation
  shipshape init [dir] [options]      write the missing pipeline (workflows, Dockerfile, health route, ...)
  shipshape --help | --version

audit options:
  -f, --format FORMAT     markdown (default), json or sarif
      --fail-on LEVEL     exit 1 when a finding is at or above LEVEL: ${SEVERITIES.join(', ')} or none
                          (default: fail-on in .shipshape.yml, else critical)
  -c, --config FILE       config file relative to dir (default: .shipshape.yml when it exists)
  -o, --output FILE       write the report to FILE instead of standard output

rules options:
  -f, --format FORMAT     markdown (default) or json

init options:
      --dry-run           print the unified diff of what would be written; write nothing
      --force             replace existing files and correct existing workflows (shown as a diff)
      --only LIST         a comma-separated subset of workflows,dockerfile,health,config,dependabot
      --ref SHA           the shipshape commit the written workflows are pinned at
      --fail-on LEVEL     the gate level written to .shipshape.yml and the workflows (default: high)

exit codes:
  0  the audit passed its gate (or the command did what it was asked)
  1  a finding is at or above --fail-on
  2  a usage error, or a file that could not be read or written (one line on standard error)
`;
