import { ruleFixture } from '../../../support/rule-fixture.js';
import { nodeMajorPastEndOfLife } from '../../../../src/audit/rules/container/eol-runtime.js';

const rule = 'container/eol-runtime';
const fixture = ruleFixture(rule);

describe(rule, () => {
  it('fires on a runtime stage built FROM a base stage on Node 18, at the base FROM', () => {
    const [f, ...rest] = fixture('fires-on-node-18-base-stage');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'Dockerfile', line: 2 });
    expect(f.message).toContain('Node.js 18');
    expect(f.message).toContain('2025-04-30');
  });

  it('does not fire when only a builder stage is old and the runtime is Node 22', () => {
    expect(fixture('near-miss-node-22-runtime-over-old-builder')).toEqual([]);
  });

  it('follows the release schedule: Node 20 is past its end of life from 1 May 2026, 22 is not', () => {
    expect(nodeMajorPastEndOfLife(20, new Date('2026-04-29T00:00:00Z'))).toBeUndefined();
    expect(nodeMajorPastEndOfLife(20, new Date('2026-05-01T00:00:00Z'))).toBe('2026-04-30');
    expect(nodeMajorPastEndOfLife(22, new Date('2026-12-01T00:00:00Z'))).toBeUndefined();
  });
});
