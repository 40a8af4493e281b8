// Which TCP ports a started process tree really listens on, read from /proc (Linux): the tree is
// every descendant of the started process plus every member of its process group; its sockets are
// the `socket:[inode]` links under /proc/<pid>/fd, matched against LISTEN rows of /proc/net/tcp(6).
// The parsing is pure (tested on real /proc text); the reading is a thin layer over it.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { readProcStats, type ProcStat } from '../lib/proc-stat.js';

export interface ListeningSocket {
  port: number;
  /** The bound address as text: 0.0.0.0, 127.0.0.1, ::, ::1, ... */
  address: string;
  inode: number;
}

const TCP_LISTEN = '0A';

/**
 * The pids of a started process's tree: its descendants (by parent pid) and the members of its
 * process group (a daemonising child is re-parented to init but keeps the group). Zombies are left out.
 */
export function processTree(stats: readonly ProcStat[], rootPid: number, pgid = rootPid): number[] {
  const live = stats.filter((s) => s.state !== 'Z');
  const children = new Map<number, number[]>();
  for (const s of live) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s.pid]);
  const tree = new Set<number>();
  const queue = live.some((s) => s.pid === rootPid) ? [rootPid] : [];
  for (const s of live) if (s.pgrp === pgid) queue.push(s.pid);
  while (queue.length) {
    const pid = queue.pop()!;
    if (tree.has(pid)) continue;
    tree.add(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return [...tree].sort((a, b) => a - b);
}

/** The inode of a `socket:[12345]` fd link, or undefined for files, pipes and the rest. */
export function socketInode(link: string): number | undefined {
  const m = /^socket:\[(\d+)\]$/.exec(link);
  return m ? Number(m[1]) : undefined;
}

/** LISTEN rows of /proc/net/tcp or /proc/net/tcp6 (the format is the same; only the address width differs). */
export function parseProcNetTcp(text: string): ListeningSocket[] {
  const out: ListeningSocket[] = [];
  for (const line of text.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
    if (fields.length < 10 || fields[3] !== TCP_LISTEN) continue;
    const [addressHex, portHex] = fields[1].split(':');
    out.push({ port: parseInt(portHex, 16), address: decodeAddress(addressHex), inode: Number(fields[9]) });
  }
  return out;
}

// The kernel prints each 32-bit word of the address in host byte order (little-endian on x86 and
// arm64), so every group of 8 hex digits is byte-reversed.
function decodeAddress(hex: string): string {
  const bytes: number[] = [];
  for (let word = 0; word < hex.length; word += 8) {
    const group = hex.slice(word, word + 8).match(/../g) ?? [];
    bytes.push(...group.reverse().map((b) => parseInt(b, 16)));
  }
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff)
    return `::ffff:${bytes.slice(12).join('.')}`;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  return groups
    .join(':')
    .replace(/(^|:)0(:0)+(:|$)/, '::')
    .replace(/:{3,}/, '::');
}

/** The listening sockets whose inode the tree holds, one per port, in port order. */
export function listeningPortsOf(sockets: readonly ListeningSocket[], inodes: ReadonlySet<number>): ListeningSocket[] {
  const byPort = new Map<number, ListeningSocket>();
  for (const s of sockets) if (inodes.has(s.inode) && !byPort.has(s.port)) byPort.set(s.port, s);
  return [...byPort.values()].sort((a, b) => a.port - b.port);
}

/** Whether this system exposes what detectListeningPorts reads. */
export function canReadProc(): boolean {
  try {
    readFileSync('/proc/net/tcp', 'utf8');
    return true;
  } catch {
    return false;
  }
}

/** The ports the tree of `rootPid` (process group `pgid`) listens on right now. */
export function detectListeningPorts(rootPid: number, pgid = rootPid): ListeningSocket[] {
  const inodes = new Set<number>();
  for (const pid of processTree(readProcStats(), rootPid, pgid)) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // exited meanwhile, or not ours to read
    }
    for (const fd of fds) {
      try {
        const inode = socketInode(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (inode !== undefined) inodes.add(inode);
      } catch {
        /* closed meanwhile */
      }
    }
  }
  if (!inodes.size) return [];
  const sockets = [
    ...parseProcNetTcp(readOptional('/proc/net/tcp') ?? ''),
    ...parseProcNetTcp(readOptional('/proc/net/tcp6') ?? ''),
  ];
  return listeningPortsOf(sockets, inodes);
}

/** Every port some process on this machine listens on now (before the app starts: ports that are not the app's). */
export function listeningPortsNow(): Set<number> {
  const sockets = [
    ...parseProcNetTcp(readOptional('/proc/net/tcp') ?? ''),
    ...parseProcNetTcp(readOptional('/proc/net/tcp6') ?? ''),
  ];
  return new Set(sockets.map((s) => s.port));
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
