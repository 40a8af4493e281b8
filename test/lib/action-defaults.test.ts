// Defaults live only in action.yml: the runner passes them for inputs a workflow leaves out (as runDist
// does), and an input a workflow sets to an empty value fails in one line naming it, not with a second
// copy of the default written in code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionDefaults, runDist } from '../support/run-dist.js';

test.each([
  ['audit', 'time-budget', {}],
  ['audit', 'sarif-file', {}],
  ['gate', 'fail-on', { sarif: 'results.sarif' }],
  ['gate', 'min-score', { sarif: 'results.sarif' }],
  ['trivy', 'severity', {}],
  ['trivy', 'cache-db', {}],
])(
  '%s: an explicitly empty `%s` (action.yml gives a default) fails naming it',
  async (action, input, others: Record<string, string>) => {
    expect(actionDefaults(action)[input]).not.toBe('');
    const cwd = mkdtempSync(join(tmpdir(), 'defaults-'));
    const run = await runDist(action, { ...others, [input]: '' }, { cwd });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`input \`${input}\` is required`);
    expect(run.stdout).not.toMatch(/^\s+at /m);
  },
);
