// Benchmark: the hostile-repository corpus (test/support/hostile-corpus.mjs: alias bomb, `*`
// .gitignore, padded workflow, links out of the tree, FIFOs, a 20,000-pattern .gitignore, 40 workflows
// of 990 KB) audited by the bundled CLI. Prints each repository's wall time, peak memory (max RSS)
// and findings, so a regression to hanging, following links or holding every parsed tree shows.
// Usage: npm run build && node bench/hostile.mjs [workflow-copies=40]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildHostileCorpus } from '../test/support/hostile-corpus.mjs';

const copies = Number(process.argv[2] ?? 40);
const cli = resolve('dist/cli/index.js');
const timeAvailable = existsSync('/usr/bin/time');
const corpus = buildHostileCorpus({ manyWorkflows: copies });
console.log(`corpus in ${corpus.base}`);
let total = 0;
for (const repo of corpus.repos) {
  const args = [cli, 'audit', repo.root, '--format', 'json', '--fail-on', 'none'];
  const start = process.hrtime.bigint();
  const run = timeAvailable
    ? spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        timeout: 600000,
      })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 600000 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  total += ms;
  const kb = Number(/maxrss=(\d+)/.exec(run.stderr ?? '')?.[1]);
  let summary = `exit ${run.status}${run.error ? ` (${run.error.code})` : ''}`;
  try {
    const report = JSON.parse(run.stdout);
    const unreadable = report.findings.filter((f) => f.ruleId === 'ci/unreadable-workflow').length;
    summary += `, ${report.filesIndexed} files (${report.fileSource}), ${report.findings.length} findings, ${unreadable} unreadable workflows`;
  } catch {
    summary += ', no report';
  }
  console.log(
    `${repo.name.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms  ${Number.isFinite(kb) ? `${(kb / 1024).toFixed(0).padStart(4)} MB` : '   n/a'}  ${summary}`,
  );
}
console.log(`whole corpus: ${total.toFixed(0)} ms`);
