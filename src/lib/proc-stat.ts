// Every process's /proc/<pid>/stat (Linux), parsed: pid, parent, process group, state. Shared by the
// process-group liveness check (src/lib/process.ts) and the Lighthouse action's port detection.
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  ppid: number;
  pgrp: number;
  state: string;
}

/** One /proc/<pid>/stat line. The command name is in parentheses and may itself hold spaces and parentheses. */
export function parseStat(text: string): ProcStat | undefined {
  const close = text.lastIndexOf(')');
  const open = text.indexOf('(');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  const [state, ppid, pgrp] = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  if (!Number.isInteger(pid) || !state) return undefined;
  return { pid, ppid: Number(ppid), pgrp: Number(pgrp), state };
}

/** Every process's stat line (processes that exit while we read are skipped). */
export function readProcStats(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const parsed = parseStat(stat);
    if (parsed) out.push(parsed);
  }
  return out;
}
