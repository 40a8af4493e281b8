// The caller workflows init writes: security on pull requests (audit, Trivy, the merge gate) and a
// release on the default branch (image, scan, push, migrate, deploy, verify), both calling our
// reusable workflows pinned at one commit, filled in from the repository's facts.
import type { InitFacts } from './facts.js';

/** Where our reusable workflows live; init pins them at a commit SHA (`ref`). */
export const SHIPSHAPE_REPOSITORY = 'OWNER/shipshape';

export interface WorkflowRef {
  /** A full commit SHA, or a tag when none could be resolved (then init says it is left to pin). */
  ref: string;
  /** The release the SHA belongs to, for the `# vX` comment. */
  label: string;
}

export const SECURITY_WORKFLOW = '.github/workflows/shipshape-security.yml';
export const RELEASE_WORKFLOW = '.github/workflows/shipshape-release.yml';

const uses = (file: string, pin: WorkflowRef) =>
  `${SHIPSHAPE_REPOSITORY}/.github/workflows/${file}@${pin.ref}${pin.ref === pin.label ? '' : ` # ${pin.label}`}`;

export function securityWorkflow(facts: InitFacts, pin: WorkflowRef, failOn: string): string {
  return [
    '# Written by shipshape init: the production-readiness audit, a Trivy scan of the repository and the',
    '# merge gate on every pull request (new findings only, one comment on the pull request).',
    '# Make the `security / gate` check required in the branch protection of the default branch.',
    'name: shipshape security',
    '',
    'on:',
    '  pull_request:',
    '  push:',
    `    branches: [${facts.defaultBranch}]`,
    '',
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    '  security:',
    '    permissions:',
    '      contents: read',
    '      security-events: write # SARIF upload to code scanning',
    '      pull-requests: write # the gate comment',
    `    uses: ${uses('shipshape-security.yml', pin)}`,
    '    with:',
    '      path: .',
    `      fail-on: ${failOn}`,
    '',
  ].join('\n');
}

export function releaseWorkflow(facts: InitFacts, pin: WorkflowRef, healthPath: string | undefined): string {
  const secrets = releaseSecrets(facts);
  const lines = [
    '# Written by shipshape init: on every push to the default branch, build the image, scan it, push',
    '# exactly the scanned digest, migrate and deploy with a backup and a rollback, then check health.',
    ...secrets.map((s) => `# Needs the repository secret ${s.secret}: ${s.why}.`),
    'name: shipshape release',
    '',
    'on:',
    '  push:',
    `    branches: [${facts.defaultBranch}]`,
    '  workflow_dispatch:',
    '',
    'permissions:',
    '  contents: read',
    '',
    '# One release at a time, and never cancelled half way through a migration or a deploy.',
    'concurrency:',
    '  group: shipshape-release',
    '  cancel-in-progress: false',
    '',
    'jobs:',
    '  release:',
    '    permissions:',
    '      contents: read',
    '      packages: write # push the image',
    '      id-token: write # build provenance attestation',
    '      attestations: write',
    '      security-events: write',
    `    uses: ${uses('shipshape-release.yml', pin)}`,
    '    with:',
    `      path: ${yamlString(facts.appDir || '.')}`,
    `      container: ${facts.worker ? 'false' : 'true'}`,
    `      port: ${facts.port}`,
  ];
  if (healthPath) lines.push(`      health-path: ${healthPath}`);
  if (facts.migrateTool) lines.push(`      migrate-tool: ${facts.migrateTool}`);
  if (facts.migrationsDir) lines.push(`      migrations-dir: ${yamlString(facts.migrationsDir)}`);
  lines.push(`      deploy-target: ${facts.deployTarget}`);
  if (secrets.length) {
    lines.push('    secrets:');
    for (const s of secrets) lines.push(`      ${s.input}: \${{ secrets.${s.secret} }}`);
  }
  lines.push('');
  return lines.join('\n');
}

interface NamedSecret {
  input: string;
  secret: string;
  why: string;
}

/** The secrets the release needs for this app's database and deploy target. */
export function releaseSecrets(facts: InitFacts): NamedSecret[] {
  const out: NamedSecret[] = [];
  if (facts.migrateTool && facts.database && facts.database !== 'd1' && facts.database !== 'sqlite')
    out.push({ input: 'database-url', secret: 'DATABASE_URL', why: 'the production database, to back up and migrate' });
  const deploy: Record<InitFacts['deployTarget'], NamedSecret | undefined> = {
    fly: { input: 'deploy-token', secret: 'FLY_API_TOKEN', why: 'a Fly.io deploy token (`fly tokens create deploy`)' },
    cloudflare: {
      input: 'deploy-token',
      secret: 'CLOUDFLARE_API_TOKEN',
      why: 'a Cloudflare API token with the Workers edit permission',
    },
    vercel: { input: 'deploy-token', secret: 'VERCEL_TOKEN', why: 'a Vercel token for the project' },
    render: { input: 'deploy-hook', secret: 'RENDER_DEPLOY_HOOK', why: "the service's deploy hook URL" },
    container: { input: 'deploy-hook', secret: 'DEPLOY_HOOK', why: 'a URL that rolls out the pushed image' },
  };
  const d = deploy[facts.deployTarget];
  if (d) out.push(d);
  return out;
}

/** Quotes a value only when YAML would read it as something else. */
function yamlString(value: string): string {
  return /^[\w./-]+$/.test(value) && !/^(true|false|null|yes|no|on|off|~|\d+)$/i.test(value)
    ? value
    : JSON.stringify(value);
}
