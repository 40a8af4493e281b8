// The policy the gate applies, and where it came from: the baseline read from the pull request's
// base commit (never from the branch under judgment), what the pull request changes in it, and the
// audit's own account of its policy when its report carries one.
import { existsSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { errorMessage } from '../lib/errors.js';
import { gitFileAtCommit } from '../lib/git-read.js';
import { readTextInside } from '../lib/read-inside.js';
import { baselineChanges, describeEntry, parseBaseline, type BaselineEntry } from './baseline.js';
import { inert } from './summary.js';
import type { SourceReport } from './sources.js';

export interface GatePolicy {
  baseline: BaselineEntry[];
  /** Lines for the summary and the comment. */
  notes: string[];
  /** Set when the trusted baseline could not be read: the gate fails closed. */
  problem?: string;
}

const MAX_BASELINE_BYTES = 4 * 1024 * 1024;

export function loadPolicy(baselineInput: string, workspace: string, baseSha: string | undefined): GatePolicy {
  if (!baselineInput) return { baseline: [], notes: [] };
  const file = resolve(workspace, baselineInput);
  const name = relative(workspace, file) || baselineInput;
  // The pull request's copy: never through a link out of the workspace, never blocking on a FIFO.
  const headRead = readTextInside(file, workspace, MAX_BASELINE_BYTES);
  if ('refused' in headRead && headRead.refused !== 'does not exist') {
    const problem = `cannot read the baseline ${name}: ${headRead.refused}`;
    return { baseline: [], notes: [inert(problem)], problem };
  }
  const headText = 'text' in headRead ? headRead.text : undefined;
  if (!baseSha) {
    if (headText === undefined)
      return { baseline: [], notes: [`Baseline \`${inert(name)}\` not found: nothing is accepted.`] };
    const baseline = parseBaseline(headText, name);
    return { baseline, notes: [`Baseline \`${inert(name)}\`: ${baseline.length} entries.`] };
  }
  const short = baseSha.slice(0, 12);
  const atBase = existsSync(dirname(file))
    ? gitFileAtCommit(dirname(file), baseSha, basename(file))
    : { error: `${dirname(name)} does not exist` };
  if ('error' in atBase) {
    const problem = `cannot read the baseline ${name} at the base commit ${short} (check out with fetch-depth: 0): ${atBase.error}`;
    return { baseline: [], notes: [inert(problem)], problem };
  }
  const baseText = 'text' in atBase ? atBase.text : undefined;
  const baseline = baseText === undefined ? [] : parseBaseline(baseText, `${name}@${short}`);
  const notes = [
    baseText === undefined
      ? `Baseline \`${inert(name)}\` does not exist at the base commit ${short}: nothing is accepted.`
      : `Baseline \`${inert(name)}\` read from the base commit ${short} (${baseline.length} entries), not from this pull request.`,
  ];
  if (headText !== undefined && headText !== baseText) {
    let head: BaselineEntry[] | undefined;
    try {
      head = parseBaseline(headText, name);
    } catch (error) {
      notes.push(
        `Policy change: this pull request edits the baseline, and its version does not parse: ${inert(errorMessage(error))}`,
      );
    }
    if (head) {
      const { added, removed } = baselineChanges(baseline, head);
      notes.push(
        `Policy change: this pull request edits the baseline (${added.length} added, ${removed.length} removed); the change applies only once merged.`,
        ...added.slice(0, 20).map((e) => `added: ${inert(describeEntry(e))}`),
        ...removed.slice(0, 20).map((e) => `removed: ${inert(describeEntry(e))}`),
      );
    }
  } else if (headText === undefined && baseText !== undefined) {
    notes.push('Policy change: this pull request deletes the baseline; the change applies only once merged.');
  }
  return { baseline, notes };
}

/** The audit report's `policy` section (which .shipshape.yml, read from where, what the pull request changes), as lines. */
export function auditPolicyNotes(reports: readonly SourceReport[]): string[] {
  const out: string[] = [];
  for (const r of reports) {
    const p = r.kind === 'audit' ? r.policy : undefined;
    if (!p) continue;
    const from =
      p.source === 'base-commit'
        ? `the base commit${p.baseSha ? ` ${p.baseSha.slice(0, 12)}` : ''}`
        : 'the working tree';
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const overrides = Object.keys(p.severityOverrides).length;
    const silenced = [
      p.disabledRules.length ? `${count(p.disabledRules.length, 'rule')} disabled (${p.disabledRules.join(', ')})` : '',
      overrides ? `${overrides} severit${overrides === 1 ? 'y' : 'ies'} changed` : '',
      p.ignore.length ? `${count(p.ignore.length, 'path')} ignored (${p.ignore.join(', ')})` : '',
      p.suppressions.length ? `${count(p.suppressions.length, 'finding')} suppressed` : '',
    ].filter(Boolean);
    out.push(
      inert(
        `Audit policy \`${p.file}\` ${p.applied ? `read from ${from}` : 'not applied'}${silenced.length ? `: ${silenced.join('; ')}` : ''}${p.warning ? ` (${p.warning})` : ''}.`,
      ),
    );
    if (p.changedInPullRequest)
      out.push(
        `Policy change: this pull request changes \`${inert(p.file)}\`; not applied until merged${p.changes.length ? `: ${inert(p.changes.slice(0, 20).join('; '))}` : '.'}`,
      );
  }
  return out;
}
