// For tests that start apps: which live processes still run in a folder (by /proc/<pid>/cwd), so a
// test can assert that nothing of the app survived the step.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export function processesIn(dir: string): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      const cwd = readlinkSync(`/proc/${name}/cwd`);
      if (cwd === dir || cwd.startsWith(`${dir}/`)) out.push(Number(name));
    } catch {
      /* gone, or not ours */
    }
  }
  return out;
}
