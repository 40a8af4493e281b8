import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'scripts/shell-syntax-error';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires with the line bash -n reports', () => {
    const [f, ...rest] = fixture('fires-on-unmatched-fi');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'scripts/deploy.sh', line: 6, severity: 'critical' });
    expect(f.message).toContain("syntax error near unexpected token `fi'");
  });

  it('reads extension-less scripts with a bash shebang in bin/', () => {
    const [f] = fixture('fires-on-extensionless-bin-script');
    expect(f.file).toBe('bin/release');
    expect(f.message).toMatch(/unexpected end of file/);
  });

  it('does not fire on valid scripts or on text files', () => {
    expect(fixture('near-miss-valid-scripts')).toEqual([]);
  });
});
