// What a release deploys with: the user's command, a hook URL, or a built-in target. Kept apart
// from deploy.ts so that checking inputs loads no process or HTTP code.
export const DEPLOY_TARGETS = ['fly', 'cloudflare', 'vercel'] as const;
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];

export type DeployPlan =
  | { kind: 'command'; command: string }
  | { kind: 'hook'; url: string }
  | { kind: 'target'; target: DeployTarget; argv: string[] }
  | { kind: 'none' };

/** Built-in targets; their tokens come from the job's env (FLY_API_TOKEN, CLOUDFLARE_API_TOKEN, VERCEL_TOKEN). */
export function targetCommand(target: DeployTarget): string[] {
  switch (target) {
    case 'fly':
      return ['flyctl', 'deploy', '--remote-only'];
    case 'cloudflare':
      return ['npx', '--no-install', 'wrangler', 'deploy'];
    case 'vercel':
      return ['npx', '--no-install', 'vercel', 'deploy', '--prod', '--yes'];
  }
}
