// `shipshape init [dir] [--dry-run] [--force] [--only LIST] [--ref SHA] [--fail-on LEVEL]`.
// Exit 0 when init ran (whether or not it wrote anything), 2 for a usage or write error.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../lib/errors.js';
import { SEVERITIES } from '../lib/findings.js';
import { INIT_ITEMS, type InitItem } from './plan.js';
import { renderInitReport, runInit, type InitAudit } from './run-init.js';
import type { WorkflowRef } from './workflows.js';

export const INIT_USAGE =
  'shipshape init [dir] [--dry-run] [--force] [--only workflows,dockerfile,health,config,dependabot] [--ref SHA] [--fail-on LEVEL]';

export async function initCommand(argv: string[], out: (text: string) => void, audit: InitAudit): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      only: { type: 'string' },
      ref: { type: 'string' },
      'fail-on': { type: 'string', default: 'high' },
    },
  });
  if (positionals.length > 1) throw new ConfigurationError(`init: unexpected argument \`${positionals[1]}\``);
  const only = parseOnly(values.only);
  const failOn = values['fail-on']!.toLowerCase();
  if (failOn !== 'none' && !(SEVERITIES as readonly string[]).includes(failOn))
    throw new ConfigurationError(
      `--fail-on must be one of ${SEVERITIES.join(', ')}, none (got \`${values['fail-on']}\`)`,
    );
  const root = resolve(positionals[0] ?? '.');
  const run = await runInit(
    root,
    {
      dryRun: values['dry-run']!,
      force: values.force!,
      only,
      pin: workflowPin(values.ref),
      failOn,
    },
    audit,
  );
  if (values['dry-run'] && run.diff) out(run.diff);
  out(renderInitReport(run, values['dry-run']!));
  return 0;
}

function parseOnly(value: string | undefined): Set<InitItem> {
  if (!value) return new Set(INIT_ITEMS);
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items)
    if (!(INIT_ITEMS as readonly string[]).includes(item))
      throw new ConfigurationError(`--only takes ${INIT_ITEMS.join(', ')} (got \`${item}\`)`);
  return new Set(items as InitItem[]);
}

/**
 * The commit our reusable workflows are pinned at: --ref, else SHIPSHAPE_REF, else the ref this action
 * runs at when it is a SHA; otherwise the tag v1, which init reports as left to pin.
 */
export function workflowPin(ref: string | undefined): WorkflowRef {
  const candidate = ref ?? process.env.SHIPSHAPE_REF ?? process.env.GITHUB_ACTION_REF ?? '';
  if (/^[0-9a-f]{40}$/.test(candidate)) return { ref: candidate, label: 'v1' };
  if (ref) throw new ConfigurationError(`--ref must be a full 40-character commit SHA (got \`${ref}\`)`);
  return { ref: 'v1', label: 'v1' };
}
