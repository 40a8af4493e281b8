// Tokens secretlint recognises, found by the bundled CLI (its lazily loaded secretlint chunk included)
// and reported through secrets/committed-config (configuration files) and secrets/hardcoded-in-scripts
// (scripts, package.json, source code), named by kind, file and line, never by value.
// The fixture repositories are written at test time: real-shaped tokens are assembled here from
// pieces so that no scanner (push protection, our own audit of this repository) takes the test
// files for a leak. Each class has a pair: fires / near-miss.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const BIN = resolve('bin/shipshape.js');
const join2 = (...parts: string[]) => parts.join('');
const GITHUB = join2('ghp_', 'R8kq2Lm9Vx4Tn7Pw1Zc6', 'Ys3Hb0Jd5Fg8Ka2U');
const AWS_SECRET = join2('q8Rk2Lm9Vx4Tn7Pw1Zc6', 'Ys3Hb0Jd5Fg8Ka2Ue4Wi');
const SLACK = join2('xoxb-', '902417385526-', '3814065927341-', 'Hq7ZrT2mWk9LpX4vNc8BdY6s');
const NPM = join2('npm_', 'Zq8Rk2Lm9Vx4Tn7Pw1Zc6', 'Ys3Hb0Jd5Fg8Ka2');
const PASSWORD = join2('Wq7', 'Zr2mTk9L');
const KEY_BODY = join2(
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4',
  '/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvuNMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s',
);
const PRIVATE_KEY = `-----BEGIN RSA PRIVATE KEY-----\n${KEY_BODY}\n-----END RSA PRIVATE KEY-----\n`;
const VALUES = [GITHUB, AWS_SECRET, SLACK, NPM, PASSWORD, KEY_BODY.slice(0, 40)];

interface Finding {
  ruleId: string;
  file?: string;
  line?: number;
  message: string;
  severity: string;
  confidence?: string;
}

function audit(files: Record<string, string>): { findings: Finding[]; output: string } {
  const root = join(mkdtempSync(join(tmpdir(), 'secretlint-')), 'repo');
  for (const [path, text] of Object.entries({ 'package.json': '{ "name": "app" }\n', ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const json = spawnSync(process.execPath, [BIN, 'audit', root, '--format', 'json', '--fail-on', 'none'], {
    encoding: 'utf8',
  });
  expect(json.status).toBe(0);
  const markdown = spawnSync(process.execPath, [BIN, 'audit', root, '--fail-on', 'none'], { encoding: 'utf8' });
  const findings = (JSON.parse(json.stdout) as { findings: Finding[] }).findings.filter((f) =>
    f.ruleId.startsWith('secrets/'),
  );
  return { findings, output: json.stdout + json.stderr + markdown.stdout + markdown.stderr };
}

describe('secretlint detections', () => {
  it.each([
    [
      'fires-github-token-in-dotenv',
      { '.env': `# deploy\nGH_AUTH=${GITHUB}\n` },
      'secrets/committed-config',
      '.env',
      2,
      'GitHub token',
    ],
    [
      'fires-aws-secret-in-credentials-file',
      { 'deploy/aws-credentials.ini': `[default]\nregion = eu-west-1\naws_secret_access_key = ${AWS_SECRET}\n` },
      'secrets/committed-config',
      'deploy/aws-credentials.ini',
      3,
      'AWS secret access key',
    ],
    [
      'fires-slack-token-in-source',
      { 'src/notify.ts': `import x from 'y';\n\nconst hook = '${SLACK}';\nexport default hook;\n` },
      'secrets/hardcoded-in-scripts',
      'src/notify.ts',
      3,
      'Slack token',
    ],
    [
      'fires-private-key-file',
      { 'config/server.pem': PRIVATE_KEY },
      'secrets/committed-config',
      'config/server.pem',
      1,
      'private key',
    ],
    [
      'fires-npm-token-in-config',
      { 'config/publish.yml': `registry: npmjs\nauth: ${NPM}\n` },
      'secrets/committed-config',
      'config/publish.yml',
      2,
      'npm token',
    ],
    [
      'fires-basic-auth-url-in-package-script',
      {
        'package.json': `{\n  "name": "app",\n  "scripts": {\n    "release": "curl -X POST https://deploy:${PASSWORD}@hooks.example.com/release"\n  }\n}\n`,
      },
      'secrets/hardcoded-in-scripts',
      'package.json',
      4,
      'URL with a password',
    ],
  ])('%s', (_name, files, ruleId, file, line, kind) => {
    const { findings, output } = audit(files);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId, file, line, severity: 'critical' });
    expect(findings[0].message).toContain(kind);
    for (const value of VALUES) expect(output).not.toContain(value);
  });

  it.each([
    ['near-miss-github-placeholder-in-example', { '.env.example': `GH_AUTH=ghp_${'x'.repeat(36)}\n` }],
    ['near-miss-github-placeholder-in-dotenv', { '.env': `GH_AUTH=ghp_${'0'.repeat(36)}\n` }],
    [
      'near-miss-aws-documented-example-key',
      {
        'deploy/aws-credentials.ini': `[default]\naws_secret_access_key = ${join2('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY')}\n`,
      },
    ],
    [
      'near-miss-slack-filler-token',
      { 'src/notify.ts': `const hook = 'xoxb-000000000000-000000000000-${'x'.repeat(24)}';\n` },
    ],
    [
      'near-miss-truncated-private-key-in-env-test',
      { '.env.test': 'JWT_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\nMIIEvQ\\n-----END PRIVATE KEY-----"\n' },
    ],
    ['near-miss-npm-token-reference', { '.npmrc': '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' }],
    [
      'near-miss-basic-auth-reference-and-local-default',
      {
        'scripts/deploy.sh': 'curl https://deploy:${DEPLOY_PASSWORD}@hooks.example.com/release\n',
        'config/local.yml': 'database: postgres://postgres:postgres@localhost:5432/app\n',
        'cypress/config.yml': `database: postgres://app:${PASSWORD}@db:5432/app\n`,
      },
    ],
  ])('does not fire: %s', (_name, files) => {
    expect(audit(files).findings).toEqual([]);
  });

  it('a real-shaped token in a test fixture is a lesser, low-confidence finding', () => {
    const { findings, output } = audit({ 'test/fixtures/github.env': `GH_AUTH=${GITHUB}\n` });
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'secrets/committed-config',
        file: 'test/fixtures/github.env',
        line: 1,
        severity: 'medium',
        confidence: 'low',
      }),
    ]);
    expect(output).not.toContain(GITHUB);
  });

  it('a secretlint-disable comment in the audited file does not silence the finding', () => {
    const { findings } = audit({ '.env': `# secretlint-disable\nGH_AUTH=${GITHUB}\n` });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'secrets/committed-config', file: '.env', line: 2 })]);
  });

  it('a line our own checks report is reported once', () => {
    const { findings } = audit({ '.env': `GITHUB_TOKEN=${GITHUB}\n` });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('GITHUB_TOKEN');
  });
});
