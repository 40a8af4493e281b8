// security/no-dependency-updates: no Dependabot or Renovate configuration, so vulnerable
// dependencies stay until someone notices (seeds 003, 004). A package.json that declares no
// dependencies needs none; a dependabot.yml that covers only github-actions does not update npm.
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
    const withDeps = repo.packages.find(
      (p) => Object.keys(p.dependencies).length + Object.keys(p.devDependencies).length > 0,
    );
    const manifest = withDeps?.file ?? repo.files.find((f) => MANIFEST.test(f) && !f.endsWith('package.json'));
    if (!manifest) return [];
    if (repo.rootPackage && 'renovate' in repo.rootPackage.raw) return [];
    const dependabot = ['.github/dependabot.yml', '.github/dependabot.yaml'].find((f) => repo.has(f));
    if (UPDATE_CONFIGS.some((f) => f !== dependabot && repo.has(f))) return [];
    if (dependabot) {
      const updates = (repo.yaml(dependabot)?.value as { updates?: unknown } | undefined)?.updates;
      const ecosystems = Array.isArray(updates)
        ? updates.map((u) => String((u as Record<string, unknown>)?.['package-ecosystem'] ?? ''))
        : [];
      // Unreadable or not npm-related manifests: trust the file.
      if (!withDeps || !ecosystems.length || ecosystems.some((e) => e === 'npm' || e === 'bun')) return [];
      return [
        {
          message: `${dependabot} updates only ${ecosystems.join(', ')}, not npm, while ${withDeps.file} declares dependencies`,
          file: dependabot,
        },
      ];
    }
    return [
      {
        message: `No Dependabot (.github/dependabot.yml) or Renovate (renovate.json) configuration, while ${manifest} declares dependencies`,
        file: repo.rootPackage?.file ?? manifest,
      },
    ];
  },
};
