// Port detection from /proc: the parsers on text captured from a real tree (npm -> sh -> node
// listening on 3005), the choice of port as a pure decision, and the readiness loop on real apps.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startProcessGroup, groupAlive } from '../../src/lib/process.js';
import { choosePort } from '../../src/lighthouse/choose-port.js';
import {
  detectListeningPorts,
  listeningPortsNow,
  listeningPortsOf,
  parseProcNetTcp,
  processTree,
  socketInode,
} from '../../src/lighthouse/detect-port.js';
import { parseStat } from '../../src/lib/proc-stat.js';
import { waitUntilReady, hostFor } from '../../src/lighthouse/readiness.js';
import { guessPort } from '../../src/lighthouse/start-command.js';
import { toNodePackage } from '../../src/lib/node-app/package-json.js';
import { processesIn } from '../support/app-processes.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'lighthouse');
const proc = (name: string) => readFileSync(join(FIXTURES, 'proc', name), 'utf8');

test('finds the seed app listening on 3005 from real /proc text: npm -> sh -> node, socket in tcp6', () => {
  const stats = proc('stat-seed.txt')
    .trim()
    .split('\n')
    .map((l) => parseStat(l)!);
  expect(stats.find((s) => s.pid === 9733)).toEqual({ pid: 9733, ppid: 9721, pgrp: 9721, state: 'S' });
  expect(parseStat('42 (my (odd) name) S 1 42 42 0')).toEqual({ pid: 42, ppid: 1, pgrp: 42, state: 'S' });
  expect(processTree(stats, 9721)).toEqual([9721, 9733, 9734]);
  const inodes = new Set(
    proc('fd-links-seed.txt')
      .trim()
      .split('\n')
      .map(socketInode)
      .filter((i): i is number => i !== undefined),
  );
  expect([...inodes]).toEqual([22869]);
  const sockets = [...parseProcNetTcp(proc('net-tcp.txt')), ...parseProcNetTcp(proc('net-tcp6.txt'))];
  // Every LISTEN row is parsed (the runner's own agent listens on 2024), but only the tree's socket counts.
  expect(sockets.map((s) => s.port)).toEqual(expect.arrayContaining([2024, 3005]));
  expect(listeningPortsOf(sockets, inodes)).toEqual([{ port: 3005, address: '::', inode: 22869 }]);
});

test('decodes IPv4 and IPv6 addresses and skips non-LISTEN rows', () => {
  const text = [
    '  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
    '   0: 00000000000000000000000001000000:1387 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 22592 1 00000000a7a4ae77 100 0 0 10 0',
    '   1: 0000000000000000FFFF00000100007F:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777 1 0 100 0 0 10 0',
  ].join('\n');
  expect(parseProcNetTcp(text).map((s) => [s.address, s.port])).toEqual([
    ['::1', 4999],
    ['::ffff:127.0.0.1', 8080],
  ]);
  const v4 = proc('net-tcp.txt');
  expect(parseProcNetTcp(v4).every((s) => s.port > 0)).toBe(true);
  expect(
    parseProcNetTcp(
      '  sl local\n   1: 0100007F:13EB 0100007F:A320 06 00000000:00000000 03:00000C21 00000000 0 0 0 3 0',
    ),
  ).toEqual([]);
  expect(hostFor('0.0.0.0')).toBe('127.0.0.1');
  expect(hostFor('::')).toBe('127.0.0.1');
  expect(hostFor('::1')).toBe('[::1]');
});

test('choosing the port: the real one wins over an expectation, and the mismatch names both numbers', () => {
  expect(choosePort({ listening: [3005], http: [3005] }, { port: 3000, input: 'url' }, 3005, false)).toEqual({
    port: 3005,
    source: 'detected',
    notHttp: [],
    mismatch: { expected: { port: 3000, input: 'url' }, actual: 3005 },
  });
  expect(() => choosePort({ listening: [3005], http: [3005] }, { port: 3000, input: 'port' }, undefined, true)).toThrow(
    'port mismatch: input `port` expects port 3000, but the app listens on port 3005; strict-port is true, so this fails the step',
  );
  // Two ports, one raw TCP: the HTTP one is chosen and the other reported.
  expect(choosePort({ listening: [4101, 4102], http: [4102] }, undefined, undefined, false)).toEqual({
    port: 4102,
    source: 'detected',
    notHttp: [4101],
  });
  expect(
    choosePort({ listening: [3000, 9229], http: [3000, 9229] }, { port: 3000, input: 'url' }, undefined, true)?.port,
  ).toBe(3000);
  // Not ready yet.
  expect(choosePort({ listening: [4101], http: [] }, undefined, undefined, false)).toBeUndefined();
  // Nothing in /proc (another OS, a container): the guess, if it answers, reported as a guess.
  expect(choosePort({ listening: [], http: [5173] }, undefined, 5173, false)).toEqual({
    port: 5173,
    source: 'guess',
    notHttp: [],
  });
});

test('the static guess reads the start command, env, .env, the server code and framework defaults', () => {
  const app = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'lh-guess-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const empty = app({});
  const pkg = (deps: Record<string, Record<string, string>>) => ({ ...toNodePackage('package.json', deps)! });
  expect(guessPort(empty, 'PORT=3005 node server.js', {}, undefined)).toEqual({
    port: 3005,
    reason: 'the start command sets it (PORT=3005)',
    literal: true,
  });
  expect(guessPort(empty, 'next start -p 4000', {}, undefined)?.port).toBe(4000);
  expect(guessPort(empty, 'node server.js', { PORT: '8080' }, undefined)?.reason).toBe('PORT in input `env`');
  expect(guessPort(app({ '.env': 'export PORT=7000\n' }), 'node server.js', {}, undefined)?.port).toBe(7000);
  expect(
    guessPort(app({ 'server.js': 'app.listen(process.env.PORT || 8123)' }), 'node server.js', {}, undefined),
  ).toEqual({
    port: 8123,
    reason: 'server.js (PORT || 8123)',
    literal: true,
  });
  // vite preview serves on 4173, not vite dev's 5173.
  expect(guessPort(empty, 'vite preview', {}, pkg({ devDependencies: { vite: '5' } }))).toEqual({
    port: 4173,
    reason: 'vite preview default',
    literal: false,
  });
  expect(guessPort(empty, 'node server.js', {}, pkg({ dependencies: { express: '5' } }))).toEqual({
    port: 3000,
    reason: "express's default",
    literal: false,
  });
  expect(guessPort(empty, 'node server.js', {}, pkg({}))).toBeUndefined();
});

describe('a real app started in its own process group', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lh-detect-'));

  test('a port chosen by the kernel (listen(0)) is detected from /proc, and stop() leaves nothing behind', async () => {
    const app = startProcessGroup(
      'sh',
      ['-c', `node -e "require('http').createServer((q, s) => s.end('ok')).listen(0, () => console.log('up'))"`],
      { cwd: dir },
    );
    try {
      const ready = await waitUntilReady(app, { strict: false, timeoutMs: 15000 });
      expect(ready.choice.source).toBe('detected');
      expect(ready.listening.map((s) => s.port)).toEqual([ready.choice.port]);
      expect(detectListeningPorts(app.pid)).toHaveLength(1);
      expect(await (await fetch(`${ready.origin}/`)).text()).toBe('ok');
    } finally {
      await app.stop();
    }
    expect(groupAlive(app.pid)).toBe(false);
    expect(processesIn(dir)).toEqual([]);
  });

  test('an app that crashes on start fails at once with its last output lines', async () => {
    const cwd = join(FIXTURES, 'crash-on-start');
    const app = startProcessGroup('npm', ['run', 'start'], { cwd });
    const started = Date.now();
    await expect(waitUntilReady(app, { strict: false, timeoutMs: 30000 })).rejects.toThrow(
      /^the app exited with code 1 before it answered HTTP; its last output: .*DATABASE_URL is not set.*cannot start without a database/,
    );
    expect(Date.now() - started).toBeLessThan(15000);
    await app.stop();
    expect(processesIn(cwd)).toEqual([]);
  });

  test("a port another server held before the app started is never taken for the app's", async () => {
    // A stranger answers HTTP on the port the app is told to use; the app fails to bind it and exits.
    const stranger = createServer((_q, s) => s.end('not the app')).listen(0, '127.0.0.1');
    await new Promise((done) => stranger.once('listening', done));
    const port = (stranger.address() as AddressInfo).port;
    try {
      const busyBefore = listeningPortsNow();
      expect(busyBefore.has(port)).toBe(true);
      const app = startProcessGroup(
        'sh',
        ['-c', `node -e "require('http').createServer().listen(${port}, '127.0.0.1')"`],
        { cwd: dir },
      );
      await expect(waitUntilReady(app, { strict: false, guess: port, busyBefore, timeoutMs: 15000 })).rejects.toThrow(
        new RegExp(`^the app exited with code 1 before it answered HTTP; its last output: .*port: ${port}`),
      );
      await app.stop();
    } finally {
      stranger.close();
    }
  });

  test('an app that never opens a port fails at start-timeout, and its whole tree is stopped', async () => {
    const cwd = join(FIXTURES, 'never-listens');
    const app = startProcessGroup('npm', ['run', 'start'], { cwd });
    await expect(waitUntilReady(app, { strict: false, timeoutMs: 2000 })).rejects.toThrow(
      'the app did not answer HTTP within start-timeout (2 s): it opened no TCP port; its last output:',
    );
    expect(processesIn(cwd).length).toBeGreaterThan(0);
    await app.stop();
    expect(groupAlive(app.pid)).toBe(false);
    expect(processesIn(cwd)).toEqual([]);
  });
});
