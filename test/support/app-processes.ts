// For tests that start apps: which live processes still run in a folder (by /proc/<pid>/cwd), so a
// test can assert that nothing of the app survived the step.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { parseStat } from '../../src/lib/proc-stat.js';

export function processesIn(dir: string): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'))?.state === 'Z') continue;
      const cwd = readlinkSync(`/proc/${name}/cwd`);
      if (cwd === dir || cwd.startsWith(`${dir}/`)) out.push(Number(name));
    } catch {
      /* gone, or not ours */
    }
  }
  return out;
}
