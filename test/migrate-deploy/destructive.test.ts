// The destructive-change classifier on its own: statements parsed, not pattern-matched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDestructive, postgresChanges, upSql } from '../../src/migrate-deploy/destructive.js';

test.each([
  ['DROP TABLE a, public.b;', ['DROP TABLE a, public.b']],
  ['ALTER TABLE orders DROP COLUMN note;', ['DROP COLUMN orders.note']],
  ['ALTER TABLE orders RENAME TO purchases;', ['RENAME TABLE orders TO purchases']],
  ['ALTER TABLE orders RENAME COLUMN a TO b;', ['RENAME COLUMN orders.a TO b']],
  ['ALTER TABLE orders ALTER COLUMN note SET NOT NULL;', ['SET NOT NULL on orders.note']],
  ['ALTER TABLE orders ADD COLUMN n text NOT NULL;', ['ADD COLUMN orders.n NOT NULL without a default']],
  ["ALTER TABLE orders ADD COLUMN n text NOT NULL DEFAULT 'x';", []],
  ['ALTER TABLE orders ADD COLUMN n bigserial NOT NULL;', []],
  ['ALTER TABLE orders ADD COLUMN n text;', []],
  // A comment or a string that reads like a drop is not one.
  ["-- DROP TABLE orders;\nINSERT INTO notes (body) VALUES ('DROP TABLE orders');", []],
  ['CREATE TABLE t (id serial PRIMARY KEY); CREATE INDEX ON t (id);', []],
])('%s', (sql, expected) => {
  expect(postgresChanges(sql)).toEqual(expected);
});

test('only the up section of a dbmate migration is read', () => {
  const text = '-- migrate:up\nCREATE TABLE t (id int);\n\n-- migrate:down\nDROP TABLE t;\n';
  expect(upSql(text, 'dbmate').trim()).toBe('CREATE TABLE t (id int);');
  expect(postgresChanges(upSql(text, 'dbmate'))).toEqual([]);
  expect(upSql(text, 'prisma')).toBe(text);
});

test('a migration planted as a FIFO or a link is left unchecked with its reason, without blocking', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
  execFileSync('mkfifo', [join(dir, '001_pipe.sql')]);
  writeFileSync(join(dir, 'outside.sql'), 'DROP TABLE orders;');
  symlinkSync(join(dir, 'outside.sql'), join(dir, '002_link.sql'));
  writeFileSync(join(dir, '003_drop.sql'), 'DROP TABLE users;');
  const report = await checkDestructive(
    ['001_pipe', '002_link', '003_drop'].map((id) => ({ id, path: join(dir, `${id}.sql`) })),
    'dbmate',
    'postgres',
  );
  expect(report.unchecked).toEqual([
    { migration: '001_pipe', reason: 'unreadable: a FIFO (named pipe), not a regular file' },
    { migration: '002_link', reason: 'unreadable: a symbolic link' },
  ]);
  expect(report.changes.map((c) => c.migration)).toEqual(['003_drop']);
}, 10_000);
