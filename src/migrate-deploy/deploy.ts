// Deploying: the user's deploy-command, a deploy hook URL (Render, Railway, any POST endpoint),
// or a built-in target (fly, cloudflare, vercel). Hook URLs are secrets and are masked.
import * as core from '../lib/runner.js';
import { runCommand } from '../lib/exec.js';
import { errorMessage } from '../lib/errors.js';
import { fetchWithRetry } from '../lib/http.js';
import { redact, registerSecret } from '../lib/redact.js';
import type { DeployPlan } from './deploy-plan.js';

export async function deploy(plan: DeployPlan, cwd: string, env: Record<string, string>): Promise<string> {
  switch (plan.kind) {
    case 'none':
      return 'nothing to deploy (no deploy-command, deploy-hook-url or deploy-target)';
    case 'command':
      // The workflow author's own command line, run by bash like a `run:` step; secrets reach it by env.
      await runCommand('bash', ['-c', plan.command], { cwd, env, onLine: (line) => core.info(line) });
      return 'deploy-command succeeded';
    case 'target':
      await runCommand(plan.argv[0], plan.argv.slice(1), { cwd, env, onLine: (line) => core.info(line) });
      return `${plan.target} deploy succeeded`;
    case 'hook': {
      const { url, headers } = hookRequest(plan.url);
      let response: Response;
      try {
        response = await fetchWithRetry(
          url,
          { method: 'POST', headers },
          {
            attempts: 3,
            baseDelayMs: 1000,
            onRetry: (n, why, ms) =>
              core.info(redact(`deploy hook attempt ${n} failed (${why}); retrying in ${ms} ms`)),
          },
          'deploy hook',
        );
      } catch (error) {
        throw new Error(redact(errorMessage(error)));
      }
      // The body is never shown: servers echo the request ("Cannot POST /deploy/<token>?key=…").
      await response.body?.cancel();
      if (!response.ok)
        throw new Error(
          `deploy hook answered HTTP ${response.status}; the response body is not shown because it may repeat the hook's secret URL`,
        );
      return `deploy hook answered HTTP ${response.status}`;
    }
  }
}

/** fetch refuses a URL with userinfo: the credentials go as Basic authorization instead. */
function hookRequest(raw: string): { url: string; headers: Record<string, string> } {
  const url = new URL(raw);
  if (!url.username && !url.password) return { url: raw, headers: {} };
  const basic = Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString(
    'base64',
  );
  registerSecret(basic);
  url.username = '';
  url.password = '';
  return { url: url.toString(), headers: { authorization: `Basic ${basic}` } };
}
