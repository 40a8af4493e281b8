// Audits a fixture repository under test/fixtures/audit/ and returns its findings,
// optionally only those of the given rule ids.
import { join } from 'node:path';
import { runAudit, type AuditResult } from '../../src/audit/engine.js';
import type { Finding } from '../../src/lib/findings.js';

export const AUDIT_FIXTURES = join(process.cwd(), 'test', 'fixtures', 'audit');

export function auditFixture(name: string): AuditResult {
  return runAudit(join(AUDIT_FIXTURES, name), { now: new Date('2026-11-22T00:00:00Z') });
}

export function findingsOf(name: string, ruleId: string): Finding[] {
  return auditFixture(name).findings.filter((f) => f.ruleId === ruleId);
}
