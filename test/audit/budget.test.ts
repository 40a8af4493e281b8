// The whole-audit time budget: past it the audit stops and says so with a critical finding that no
// config can silence, instead of running on (or hanging) with nothing reported.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit, INCOMPLETE_AUDIT_RULE } from '../../src/audit/engine.js';
import { parseConfig } from '../../src/audit/config.js';

function repo(files: number): string {
  const root = mkdtempSync(join(tmpdir(), 'budget-'));
  mkdirSync(join(root, 'src'));
  for (let i = 0; i < files; i++) writeFileSync(join(root, 'src', `f${i}.js`), 'module.exports = 1;\n');
  writeFileSync(join(root, 'package.json'), '{"name":"app","scripts":{"start":"node src/f0.js"}}\n');
  return root;
}

test('an audit past its budget reports itself incomplete, critical, whatever the config says', () => {
  const config = parseConfig(`rules:\n  ${INCOMPLETE_AUDIT_RULE}: off\nignore: ["**"]\n`, '.shipshape.yml');
  const result = runAudit(repo(3000), { budgetMs: 0, config });
  const incomplete = result.findings.filter((f) => f.ruleId === INCOMPLETE_AUDIT_RULE);
  expect(incomplete).toHaveLength(1);
  expect(incomplete[0].severity).toBe('critical');
  expect(incomplete[0].message).toMatch(/^The audit stopped after its budget of 0 s: .*rules did not run\.$/);
});

test('within its budget the audit runs every rule and reports no such finding', () => {
  const result = runAudit(repo(10), { budgetMs: 60_000 });
  expect(result.findings.map((f) => f.ruleId)).not.toContain(INCOMPLETE_AUDIT_RULE);
  expect(result.findings.length).toBeGreaterThan(0);
});
