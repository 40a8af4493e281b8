import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'ci/template-injection';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on a pull request title inside a run block, at the line of the expression', () => {
    const [f, ...rest] = fixture('fires-on-pr-title-in-run');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: '.github/workflows/triage.yml', line: 12 });
    expect(f.message).toContain('github.event.pull_request.title');
  });

  it('fires on an input of a composite action (actionlint does not read action.yml)', () => {
    const [f] = fixture('fires-on-composite-action-input');
    expect(f).toMatchObject({ file: 'action.yml', line: 11 });
    expect(f.message).toContain('inputs.who');
  });

  it('does not fire when the value goes through env, or for trusted contexts and if: conditions', () => {
    expect(fixture('near-miss-through-env')).toEqual([]);
  });
});
