// Acceptance: the bundled example (a Next.js + Prisma/SQLite site like seeds 000-002) must produce
// the findings the hand-written audits list, and none of the rules that do not apply to it.
import { resolve } from 'node:path';
import { runAudit } from '../../src/audit/engine.js';
import { renderJson } from '../../src/audit/report/json.js';
import { renderMarkdown } from '../../src/audit/report/markdown.js';
import { renderSarif } from '../../src/audit/report/sarif.js';

const result = runAudit(resolve('examples/nextjs-sqlite'), { now: new Date('2026-11-22T00:00:00Z') });
const byRule = (id: string) => result.findings.filter((f) => f.ruleId === id);

describe('examples/nextjs-sqlite reproduces the seeds', () => {
  it.each([
    'container/no-dockerfile',
    'ci/no-deploy-job',
    'ci/lighthouse-port-mismatch',
    'ci/server-start-without-readiness',
    'ci/no-security-scan',
    'scripts/shell-syntax-error',
    'scripts/unreachable-after-exit',
    'database/sqlite-in-production',
    'database/no-migrations',
    'backup/local-only',
    'secrets/hardcoded-in-scripts',
    'config/hardcoded-port',
    'observability/no-health-endpoint',
    'observability/no-error-tracking',
    'observability/integration-not-installed',
    'observability/no-structured-logging',
    'security/no-security-headers',
    'security/no-rate-limiting',
    'security/no-dependency-updates',
    'docs/no-runbook',
  ])('finds %s', (id) => {
    expect(byRule(id).length).toBeGreaterThan(0);
  });

  it.each([
    'ci/no-ci-workflow',
    'ci/template-injection',
    'container/dockerfile-root-user',
    'container/next-standalone-missing',
    'backup/no-backup',
    'secrets/committed-config',
    'database/migrations-not-deployed',
    // Its only database is SQLite: no service for a compose file to start (issue 13).
    'container/no-compose',
    // Its workflows use only GitHub-owned actions by tag, which zizmor's default policy allows.
    'ci/unpinned-action',
  ])('does not report %s, which does not apply', (id) => {
    expect(byRule(id)).toEqual([]);
  });

  it('points at the evidence the seeds name', () => {
    expect(byRule('database/sqlite-in-production')[0]).toMatchObject({ file: 'prisma/schema.prisma', line: 6 });
    const port = byRule('ci/lighthouse-port-mismatch')[0];
    expect(port.file).toBe('.github/workflows/ci.yml');
    expect(port.message).toMatch(/3005/);
    expect(port.message).toMatch(/3000/);
    expect(port.message).toMatch(/package\.json/);
    const syntax = byRule('scripts/shell-syntax-error')[0];
    expect(syntax).toMatchObject({ file: 'scripts/bootstrap-ubuntu22.sh', line: 540 });
    const exit = byRule('scripts/unreachable-after-exit')[0];
    expect(exit).toMatchObject({ file: 'scripts/bootstrap-ubuntu22.sh', line: 539 });
    expect(exit.message).toMatch(/540/);
    expect(byRule('secrets/hardcoded-in-scripts')[0]).toMatchObject({ file: 'package.json', line: 7 });
    expect(byRule('secrets/hardcoded-in-scripts')[0].message).toMatch(/NEXTAUTH_SECRET/);
    expect(byRule('observability/integration-not-installed')[0].message).toMatch(/SENTRY/);
    expect(byRule('backup/local-only')[0].file).toBe('scripts/database-backup.sh');
  });

  it('never prints the secret from package.json in any report', () => {
    const secret = '12345678901234567890123456789012';
    for (const text of [renderJson(result), renderMarkdown(result), renderSarif(result)])
      expect(text).not.toContain(secret);
  });

  it('scores the example as not production ready', () => {
    expect(result.scores.overall).toBeLessThan(50);
    expect(result.warnings).toEqual([]);
  });
});

// Seed 003: a decent Render + Nixpacks deployment with monitoring and security gaps.
describe('examples/express-render reproduces seed 003', () => {
  const r = runAudit(resolve('examples/express-render'), { now: new Date('2026-11-22T00:00:00Z') });
  const ids = new Set(r.findings.map((f) => f.ruleId));
  it.each([
    'observability/no-error-tracking',
    'observability/no-structured-logging',
    'security/no-security-headers',
    'security/no-rate-limiting',
    'security/no-dependency-updates',
    'docs/no-runbook',
  ])('finds %s', (id) => expect(ids.has(id)).toBe(true));
  it.each([
    'container/no-dockerfile', // render.yaml and nixpacks.toml are its build definition
    'ci/no-ci-workflow',
    'ci/no-deploy-job', // the deploy job POSTs the Render deploy hook
    'ci/no-security-scan', // pnpm audit
    'ci/unpinned-action',
    'ci/template-injection',
    'database/sqlite-in-production',
    'database/no-migrations',
    'database/migrations-not-deployed', // render.yaml's startCommand runs prisma migrate deploy
    'observability/no-health-endpoint',
    'config/hardcoded-port',
    'secrets/hardcoded-in-scripts',
    'secrets/committed-config',
    'scripts/shell-syntax-error',
  ])('does not report %s', (id) => expect(ids.has(id)).toBe(false));
});

// Seed 004: a Cloudflare Worker with D1 and no CI/CD at all.
describe('examples/cloudflare-worker reproduces seed 004', () => {
  const r = runAudit(resolve('examples/cloudflare-worker'), { now: new Date('2026-11-22T00:00:00Z') });
  const ids = new Set(r.findings.map((f) => f.ruleId));
  it.each([
    'ci/no-ci-workflow',
    'database/no-migrations', // schema/schema.sql applied by hand
    'backup/no-backup',
    'observability/no-error-tracking',
    'security/no-dependency-updates',
    'docs/no-runbook',
  ])('finds %s', (id) => expect(ids.has(id)).toBe(true));
  it.each([
    'container/no-dockerfile', // a Worker needs no container
    'container/no-compose',
    'database/sqlite-in-production', // D1 is managed SQLite
    'ci/no-deploy-job', // reported as no-ci-workflow instead
    'ci/no-security-scan',
    'secrets/committed-config', // [vars] hold no secret-looking names
    'observability/no-health-endpoint',
    'config/hardcoded-port',
  ])('does not report %s', (id) => expect(ids.has(id)).toBe(false));
});
