// Folders no reader of a repository descends into: VCS data, dependencies, and build output of
// the common frameworks. The audit's walk and src/lib/node-app's disk source share the list.
export const ALWAYS_SKIPPED = new Set([
  '.git',
  'node_modules',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.output',
  '.turbo',
  '.vercel',
  '.wrangler',
  '.cache',
  'coverage',
  'dist',
  'build',
  '.parcel-cache',
  'bower_components',
  '.yarn',
  '.pnpm-store',
]);
