import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit, runFullAudit } from '../../../../src/audit/engine.js';
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

  // The full audit asks bash about all scripts at once, beside the secret scan; the rule alone asks
  // one script at a time. Both must report the same.
  it('reports the same from the pre-pass as from bash asked script by script', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shell-syntax-'));
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    for (let i = 0; i < 7; i++)
      write(`scripts/s${i}.sh`, i % 2 ? `#!/bin/bash\nif true; then\n  echo ${i}\n` : `#!/bin/bash\necho ${i}\n`);
    write('bin/release', '#!/usr/bin/env bash\ncase x in\n');
    // Larger than a pipe's buffer, with the error at its end.
    write('scripts/big.sh', `${'echo fine\n'.repeat(20000)}done\n`);
    const ofRule = (findings: { ruleId: string; file?: string; line?: number; message: string }[]) =>
      findings.filter((f) => f.ruleId === rule).map((f) => [f.file, f.line, f.message]);
    const one = ofRule(runAudit(root).findings);
    expect(one.map(([file]) => file).sort()).toEqual([
      'bin/release',
      'scripts/big.sh',
      'scripts/s1.sh',
      'scripts/s3.sh',
      'scripts/s5.sh',
    ]);
    expect(ofRule((await runFullAudit(root)).findings)).toEqual(one);
  });
});
