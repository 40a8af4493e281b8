// config/unreadable-file: a file the rules read that does not read or parse is a finding about it,
// at the severity of what it hides; the other files are still audited.
import { auditFixture } from '../../../support/audit-fixture.js';

const rule = 'config/unreadable-file';
const findings = (fixture: string) => auditFixture(`${rule}/${fixture}`).findings.filter((f) => f.ruleId === rule);

describe(rule, () => {
  it('fires on each malformed file, naming it and why, at the severity of what it hides', () => {
    const found = findings('fires-on-malformed-files');
    const byFile = Object.fromEntries(found.map((f) => [f.file, f]));
    expect(Object.keys(byFile).sort()).toEqual([
      '.env.production',
      'Dockerfile',
      'docker-compose.yml',
      'fly.toml',
      'package.json',
      'wrangler.jsonc',
    ]);
    expect(byFile['package.json']).toMatchObject({ severity: 'critical' });
    expect(byFile['package.json'].message).toMatch(/^`package\.json` was not checked: invalid JSON: .*scripts/);
    expect(byFile['Dockerfile']).toMatchObject({ severity: 'high' });
    expect(byFile['Dockerfile'].message).toMatch(/binary file/);
    expect(byFile['docker-compose.yml'].message).toMatch(/invalid YAML at line \d+/);
    expect(byFile['fly.toml'].message).toMatch(/invalid TOML/);
    expect(byFile['wrangler.jsonc'].message).toMatch(/invalid JSON/);
    // An env file secrets/committed-config cannot read hides whatever it holds.
    expect(byFile['.env.production']).toMatchObject({ severity: 'critical' });
    expect(byFile['.env.production'].message).toMatch(/binary file.*committed secrets/);
    for (const f of found) expect(f.message).not.toMatch(/sk_live|hunter2/);
  });

  it('a malformed file does not stop the others being audited', () => {
    const result = auditFixture(`${rule}/fires-on-malformed-files`);
    // The valid Prisma schema is still read (its migrations are still asked for).
    expect(result.findings.map((f) => f.ruleId)).toContain('database/no-migrations');
  });

  it('does not fire on valid files, nor on malformed ones under a fixtures folder or named as examples', () => {
    expect(findings('near-miss-valid-files-and-fixtures')).toEqual([]);
  });
});
