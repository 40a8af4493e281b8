import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'scripts/unreachable-after-exit';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on a top-level exit followed by more commands, naming both lines', () => {
    const [f, ...rest] = fixture('fires-on-stray-exit');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'scripts/bootstrap.sh', line: 4, endLine: 5 });
    expect(f.message).toContain('line 4');
    expect(f.message).toContain('line 5');
  });

  it('does not fire on exits inside functions, ifs, case arms, loops, || lists, heredocs, or a final exit', () => {
    expect(fixture('near-miss-exit-in-branches')).toEqual([]);
  });
});
