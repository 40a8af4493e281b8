// Audits a fixture repository under test/fixtures/audit/ and returns its findings,
// optionally only those of the given rule ids. Each fixture is audited from a copy outside this
// repository's git work tree, as the folder it stands for (its .gitignore applies), not as files
// shipshape's own repository tracks.
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit, type AuditResult } from '../../src/audit/engine.js';
import type { Finding } from '../../src/lib/findings.js';

export const AUDIT_FIXTURES = join(process.cwd(), 'test', 'fixtures', 'audit');

const copies = new Map<string, string>();

/** A copy of the fixture outside any git work tree. */
export function fixtureCopy(name: string): string {
  let copy = copies.get(name);
  if (!copy || !existsSync(copy)) {
    copy = join(mkdtempSync(join(tmpdir(), 'audit-fixture-')), 'repo');
    cpSync(join(AUDIT_FIXTURES, name), copy, { recursive: true, verbatimSymlinks: true });
    copies.set(name, copy);
  }
  return copy;
}

export function auditFixture(name: string): AuditResult {
  return runAudit(fixtureCopy(name), { now: new Date('2026-11-22T00:00:00Z') });
}

export function findingsOf(name: string, ruleId: string): Finding[] {
  return auditFixture(name).findings.filter((f) => f.ruleId === ruleId);
}
