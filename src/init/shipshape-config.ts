// The .shipshape.yml init writes: the gate level, and where the rest of the policy goes.
export const CONFIG_FILE = '.shipshape.yml';

export function shipshapeConfig(failOn: string): string {
  return [
    '# Written by shipshape init. On pull requests the audit and the gate read this file from the base',
    '# branch, so a pull request cannot relax its own policy.',
    `fail-on: ${failOn} # the audit fails at or above this severity: critical, high, medium, low or none`,
    '# rules:',
    '#   docs/no-runbook: off',
    '# suppressions:',
    '#   - rule: secrets/committed-config',
    '#     path: deploy/staging.env',
    '#     reason: staging-only throwaway credentials',
    '#     expires: 2027-03-31',
    '',
  ].join('\n');
}
