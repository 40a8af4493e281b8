// secrets/hardcoded-in-scripts: a package.json script sets a secret-looking variable to a literal.
import { auditFixture } from '../../../support/audit-fixture.js';
import { ruleFixture } from '../../../support/rule-fixture.js';
import { renderJson } from '../../../../src/audit/report/json.js';
import { renderMarkdown } from '../../../../src/audit/report/markdown.js';
import { renderSarif } from '../../../../src/audit/report/sarif.js';

const rule = 'secrets/hardcoded-in-scripts';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on NEXTAUTH_SECRET=<literal> in the build script, at the script line, without the value', () => {
    const [finding, ...rest] = fixture('fires-on-secret-in-build-script');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'package.json', line: 5, severity: 'critical' });
    expect(finding.message).toMatch(/script `build` sets NEXTAUTH_SECRET/);
    expect(finding.message).toMatch(/32-character/);
    expect(finding.message).not.toContain('12345678901234567890123456789012');
  });

  it('never prints the value in any report format', () => {
    const result = auditFixture(`${rule}/fires-on-secret-in-build-script`);
    for (const text of [renderJson(result), renderMarkdown(result), renderSarif(result)])
      expect(text).not.toContain('1234567890123456789012');
  });

  it('fires on a connection URL with a password, without printing the password', () => {
    const [finding, ...rest] = fixture('fires-on-database-url-with-password');
    expect(rest).toEqual([]);
    expect(finding.message).toMatch(/DATABASE_URL to a URL with a password/);
    expect(finding.message).not.toContain('Zq8vW2pLk9');
  });

  it('fires on a placeholder in the start script: a guessable production secret', () => {
    const [finding, ...rest] = fixture('fires-on-placeholder-in-start-script');
    expect(rest).toEqual([]);
    expect(finding.message).toMatch(/SESSION_SECRET to a placeholder value/);
    expect(finding.message).not.toContain('changeme');
  });

  it('fires on a literal credential flag (`--token …`), not on `--token $VERCEL_TOKEN`', () => {
    const [finding, ...rest] = fixture('fires-on-credential-flag');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'package.json', line: 5 });
    expect(finding.message).toMatch(/script `deploy` passes a literal 30-character credential to `--token`/);
    expect(finding.message).not.toContain('q7R2xV9mK4pL8sW3nZ6tB1yF5hJ0cD');
  });

  it('fires on SECRET_KEY="…" in a deploy shell script, at its line, not on comments or other names', () => {
    const [f, ...rest] = fixture('fires-on-secret-in-deploy-script');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'scripts/deploy.sh', line: 4 });
    expect(f.message).toContain('SECRET_KEY');
    expect(f.message).not.toContain('k9Qz2Lw7Vb4Xn8Rt1Ys6');
  });

  it('does not fire on shell references (${VAR:?}, $(cat …), "$1") or a fake value in a test helper', () => {
    expect(fixture('near-miss-shell-references')).toEqual([]);
  });

  it('does not fire on $VAR references, public keys, flags or fake values in test and dev scripts', () => {
    expect(fixture('near-miss-references-and-test-values')).toEqual([]);
  });
});
