// config/hardcoded-port: the start script or server code fixes the port instead of reading PORT.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'config/hardcoded-port';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on `next start -p 3005` in the start script, at its line', () => {
    const [finding, ...rest] = fixture('fires-on-port-flag-in-start-script');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'package.json', line: 6 });
    expect(finding.message).toMatch(/`start`/);
    expect(finding.message).toMatch(/-p 3005/);
  });

  it('fires on a server that listens on a constant port, at the constant', () => {
    const [finding, ...rest] = fixture('fires-on-literal-listen');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'src/server.js', line: 4 });
    expect(finding.message).toMatch(/8080/);
  });

  it.each([
    'near-miss-reads-port', // listen(process.env.PORT || 3000); a port only in the dev script
    'near-miss-worker-dev-port', // a Worker: the platform owns the port
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
