// Reports list findings in one order on every runner: the bundled CLI run under a Swedish and a
// Turkish locale (where `ä` and `ı` sort elsewhere) orders findings as under the C locale.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ASCII_ORDER, compareText } from '../../src/lib/text-order.js';

const CLI = resolve('dist/cli/index.js');
const INJECTION =
  'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';

function findingFiles(root: string, locale: string): string[] {
  const run = spawnSync(process.execPath, [CLI, 'audit', root, '-f', 'json', '--fail-on', 'none'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: locale, LC_ALL: locale },
  });
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string | null }[] };
  return report.findings.filter((f) => f.ruleId === 'ci/template-injection').map((f) => f.file ?? '');
}

test('findings are ordered the same under every locale', () => {
  const root = mkdtempSync(join(tmpdir(), 'text-order-'));
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  for (const name of ['z', 'ä', 'a', 'ı', 'i', 'I', 'B'])
    writeFileSync(join(root, `.github/workflows/${name}.yml`), INJECTION);
  const c = findingFiles(root, 'C');
  expect(c).toHaveLength(7);
  // The locales that order these names otherwise (checked: `ä` after `z` in Swedish).
  expect(['ä', 'z'].sort((a, b) => a.localeCompare(b, 'sv'))).toEqual(['z', 'ä']);
  for (const locale of ['sv_SE.UTF-8', 'tr_TR.UTF-8'])
    expect([locale, findingFiles(root, locale)]).toEqual([locale, c]);
});

test('compareText orders as English collation', () => {
  const words = ['z', 'ä', 'a', 'B', 'ı', 'i', 'I'];
  expect([...words].sort(compareText)).toEqual([...words].sort((a, b) => a.localeCompare(b, 'en')));
});

test('the printable ASCII table is English collation', () => {
  const collator = new Intl.Collator('en');
  const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
  expect(printable.sort((a, b) => collator.compare(a, b)).join('')).toBe(ASCII_ORDER);
  // Only a letter's two cases tie at the first level.
  const base = new Intl.Collator('en', { sensitivity: 'base' });
  const ties = printable.filter((c, i) => i > 0 && base.compare(printable[i - 1], c) === 0);
  expect(ties.join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
});

test('compareText on printable ASCII agrees with English collation', () => {
  const collator = new Intl.Collator('en');
  // Short strings over a small alphabet, so that prefixes, case-only differences and ties are common.
  const alphabet = 'aAbB-_./ 09zZ';
  let seed = 12345;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const word = () =>
    Array.from({ length: Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  for (let i = 0; i < 20000; i++) {
    const a = word();
    const b = random() < 0.3 ? a.toUpperCase() : word();
    expect([a, b, Math.sign(compareText(a, b))]).toEqual([a, b, Math.sign(collator.compare(a, b))]);
  }
  // Outside printable ASCII the collator answers (a tab, a control character, non-ASCII).
  for (const [a, b] of [
    ['a\tb', 'ab'],
    ['a\u0001b', 'ab'],
    ['é', 'f'],
  ])
    expect(Math.sign(compareText(a, b))).toBe(Math.sign(collator.compare(a, b)));
});
