// .shipshape.yml: disabling rules, changing severities, suppressions with expiry, and bad configs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyConfig, loadConfig, parseConfig, EXPIRED_SUPPRESSION_RULE } from '../../src/audit/config.js';
import { runAudit } from '../../src/audit/engine.js';
import type { Rule } from '../../src/audit/rules/rule.js';
import type { Finding } from '../../src/lib/findings.js';

const finding = (ruleId: string, file?: string): Finding => ({
  ruleId,
  severity: 'high',
  title: 't',
  message: 'm',
  file,
  remediation: 'r',
});
const today = new Date('2026-11-22T00:00:00Z');

describe('parseConfig', () => {
  it('reads disabled rules, severity overrides, ignores and suppressions', () => {
    const config = parseConfig(
      [
        'ignore: [examples/**]',
        'rules:',
        '  docs/no-runbook: off',
        '  observability/no-structured-logging: low',
        'suppressions:',
        '  - rule: secrets/committed-config',
        '    path: test/fixtures/**',
        '    reason: fixture values, not live secrets',
        '    expires: 2027-01-31',
      ].join('\n'),
      '.shipshape.yml',
    );
    expect([...config.disabled]).toEqual(['docs/no-runbook']);
    expect(config.severities.get('observability/no-structured-logging')).toBe('low');
    expect(config.ignore).toEqual(['examples/**']);
    expect(config.suppressions[0]).toMatchObject({ rule: 'secrets/committed-config', expires: '2027-01-31', line: 6 });
  });

  it.each([
    ['rules: [a, b', /\.shipshape\.yml: invalid YAML at line \d+/],
    [
      'rules:\n  docs/no-runbook: severe',
      /rule `docs\/no-runbook` must be off or one of critical, high, medium, low \(got `severe`\)/,
    ],
    [
      'suppressions:\n  - rule: ci/x\n    reason: because',
      /\.shipshape\.yml line 2: a suppression needs `expires` as YYYY-MM-DD \(got `nothing`\)/,
    ],
    ['suppressions:\n  - rule: ci/x\n    expires: 2027-01-01', /a suppression needs a `reason`/],
    ['suppressions: {}', /`suppressions` must be a list/],
    ['ignore: examples', /`ignore` must be a list of globs/],
  ])('rejects %j with a one-line message', (text, message) => {
    expect(() => parseConfig(text, '.shipshape.yml')).toThrow(message);
  });

  it('fails when an explicitly named config file is missing, but not when the default one is', () => {
    const root = mkdtempSync(join(tmpdir(), 'cfg-'));
    expect(loadConfig(root).suppressions).toEqual([]);
    expect(() => loadConfig(root, 'custom.yml')).toThrow('config file `custom.yml` does not exist');
  });
});

describe('applyConfig', () => {
  it('suppresses a matching finding until its expiry, then reports both the finding and the expired suppression', () => {
    const text = 'suppressions:\n  - rule: ci/x\n    path: a/**\n    reason: migrating\n    expires: 2026-11-22\n';
    const config = parseConfig(text, '.shipshape.yml');
    const findings = [finding('ci/x', 'a/b.yml'), finding('ci/x', 'c.yml')];
    const valid = applyConfig(findings, config, today);
    expect(valid.findings.map((f) => f.file)).toEqual(['c.yml']);
    expect(valid.suppressed).toEqual([{ finding: findings[0], reason: 'migrating', expires: '2026-11-22' }]);
    const expired = applyConfig(findings, config, new Date('2026-11-23T00:00:00Z'));
    expect(expired.suppressed).toEqual([]);
    expect(expired.findings.map((f) => f.ruleId)).toEqual(['ci/x', 'ci/x', EXPIRED_SUPPRESSION_RULE]);
    expect(expired.findings[2]).toMatchObject({ file: '.shipshape.yml', line: 2, severity: 'medium' });
    expect(expired.findings[2].message).toContain('expired on 2026-11-22');
  });

  it('changes severities and the engine skips disabled rules', () => {
    const root = mkdtempSync(join(tmpdir(), 'cfg-'));
    writeFileSync(join(root, 'x.txt'), '');
    const rules: Rule[] = [
      { id: 'docs/a', severity: 'critical', title: 'a', remediation: '', check: () => [{ message: 'a' }] },
      { id: 'docs/b', severity: 'critical', title: 'b', remediation: '', check: () => [{ message: 'b' }] },
    ];
    const config = parseConfig('rules:\n  docs/a: off\n  docs/b: low\n', '.shipshape.yml');
    const result = runAudit(root, { rules, config });
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['docs/b', 'low']]);
    expect(result.rulesRun).toBe(1);
  });
});
