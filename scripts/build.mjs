// Bundles every entry (src/<name>/index.ts: the actions and the CLI in src/cli/) with ncc into dist/<name>/index.js.
// Output is deterministic so CI can compare it with the committed dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const entries = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'lib' && existsSync(join('src', d.name, 'index.ts')))
  .map((d) => ({ name: d.name, file: join('src', d.name, 'index.ts') }));

for (const { name, file } of entries) {
  if (only.length && !only.includes(name)) continue;
  const out = join('dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    'npx',
    ['ncc', 'build', file, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022', '--minify'],
    {
      stdio: 'inherit',
    },
  );
  // ncc writes ESM for an ESM package; mark the folder so Node reads index.js as a module everywhere.
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  // Files an action reads beside its bundle at run time (Lighthouse's pinned package.json and lockfile).
  const runtime = join('src', name, 'runtime');
  if (existsSync(runtime)) cpSync(runtime, join(out, 'runtime'), { recursive: true });
  console.log(`built dist/${name}/index.js`);
}

// Documentation generated from action.yml files and the rule registry (see scripts/docs.mjs).
if (!only.length || only.includes('cli') || only.includes('audit'))
  execFileSync('node', ['scripts/docs.mjs'], { stdio: 'inherit' });
