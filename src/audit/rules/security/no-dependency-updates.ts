// security/no-dependency-updates: no Dependabot or Renovate configuration, so vulnerable
// dependencies stay until someone notices (seeds 003, 004).
import type { Rule } from '../rule.js';

const UPDATE_CONFIGS = [
  '.github/dependabot.yml',
  '.github/dependabot.yaml',
  'renovate.json',
  'renovate.json5',
  '.renovaterc',
  '.renovaterc.json',
  '.renovaterc.json5',
  '.github/renovate.json',
  '.github/renovate.json5',
  '.gitlab/renovate.json',
  '.gitlab/renovate.json5',
];
const MANIFEST =
  /(?:^|\/)(?:package\.json|requirements[\w.-]*\.txt|pyproject\.toml|Gemfile|go\.mod|Cargo\.toml|composer\.json|pom\.xml|build\.gradle(?:\.kts)?)$/;

export const noDependencyUpdates: Rule = {
  id: 'security/no-dependency-updates',
  severity: 'medium',
  title: 'No automated dependency updates',
  remediation:
    'Add `.github/dependabot.yml` (package-ecosystem npm and github-actions, weekly, grouped minor/patch updates) or a `renovate.json`, so security fixes arrive as pull requests.',
  check(repo) {
    const manifest = repo.files.find((f) => MANIFEST.test(f));
    if (!manifest) return [];
    if (UPDATE_CONFIGS.some((f) => repo.has(f))) return [];
    if (repo.rootPackage && 'renovate' in repo.rootPackage.raw) return [];
    return [
      {
        message: `No Dependabot (.github/dependabot.yml) or Renovate (renovate.json) configuration, while ${manifest} declares dependencies`,
        file: repo.rootPackage?.file ?? manifest,
      },
    ];
  },
};
