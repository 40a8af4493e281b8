// observability/no-structured-logging: server code logs with console.* and has no structured logger.
import { ruleFixture } from '../../../support/rule-fixture.js';

const rule = 'observability/no-structured-logging';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires at the first console call of the server code', () => {
    const [finding, ...rest] = fixture('fires-on-console-in-server');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'src/server.js', line: 5 });
    expect(finding.message).toMatch(/`console\.log`/);
  });

  it.each([
    'near-miss-remix-component-console', // console.error in a component that renders in the browser
    'near-miss-pino', // pino installed; a stray console.log is fine
    'near-miss-no-console', // console only in scripts/, which is not server code
    'near-miss-next-client-console', // console in a client component of a Next.js app: the browser's logger
  ])('does not fire: %s', (name) => {
    expect(fixture(name)).toEqual([]);
  });
});
