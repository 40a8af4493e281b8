// .github/dependabot.yml for the app's package manager and for the workflows' actions.
import type { InitFacts } from './facts.js';

export const DEPENDABOT_FILE = '.github/dependabot.yml';

export function dependabotConfig(facts: InitFacts): string {
  // Dependabot's npm ecosystem covers npm, pnpm and yarn; bun has its own.
  const ecosystem = facts.packageManager === 'bun' ? 'bun' : 'npm';
  return [
    '# Written by shipshape init: weekly dependency updates, minor and patch grouped in one pull request.',
    'version: 2',
    'updates:',
    `  - package-ecosystem: ${ecosystem}`,
    `    directory: ${JSON.stringify(`/${facts.appDir}`)}`,
    '    schedule:',
    '      interval: weekly',
    '    groups:',
    '      minor-and-patch:',
    '        update-types: [minor, patch]',
    '  - package-ecosystem: github-actions',
    '    directory: "/"',
    '    schedule:',
    '      interval: weekly',
    '',
  ].join('\n');
}
