import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'ci/lighthouse-port-mismatch';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on the seed: PORT=3005 in the start script, Lighthouse on 3000; names both ports and both files', () => {
    const [f, ...rest] = fixture('fires-on-port-in-start-script');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: '.github/workflows/lighthouse.yml', line: 13 });
    expect(f.message).toContain('3005');
    expect(f.message).toContain('PORT=3005 in the `start` script of package.json');
    expect(f.message).toContain('http://localhost:3000/');
  });

  it('fires when the server uses -p 4000 and lighthouserc.json points at 3000', () => {
    const [f] = fixture('fires-on-next-p-flag-and-lighthouserc');
    expect(f.message).toContain('-p 4000');
    expect(f.message).toContain('lighthouserc.json');
    expect(f.line).toBe(10);
  });

  it.each(['near-miss-same-port', 'near-miss-default-port', 'near-miss-deployed-url'])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
