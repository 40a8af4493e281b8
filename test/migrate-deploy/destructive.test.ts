// The destructive-change classifier on its own: statements parsed, not pattern-matched.
import { postgresChanges, upSql } from '../../src/migrate-deploy/destructive.js';

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
