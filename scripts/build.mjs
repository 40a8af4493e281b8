// Bundles every entry (src/<name>/index.ts: the actions and the CLI in src/cli/) with ncc into dist/<name>/index.js.
// Output is deterministic so CI can compare it with the committed dist/.
// The bundles are CommonJS although the package is ESM: Node starts a CommonJS file ~3 ms sooner (no ESM loader),
// a large part of an action's start-up. ncc picks ESM from the package type, so its API is told `esm: false`.
import ncc from '@vercel/ncc';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const only = process.argv.slice(2);

// ncc's CommonJS output replaces import.meta.url with `require("url").pathToFileURL(__filename).href` inside the
// module's own scope, so a module that declares its own `require` and `__filename` (the ESM build of
// @azure/storage-common does, for its Emscripten code) reads them before they are set and fails on load. Webpack
// renames such locals (`crc64_require`): point those back at Node's require and the bundle file.
const SHADOWED_META_URL =
  /\b(?!require\b)[\w$]+\("url"\)\.pathToFileURL\([\w$]+\)\.href|\brequire\("url"\)\.pathToFileURL\((?!__filename\))[\w$]+\)\.href/g;
const fixMetaUrl = (code) => code.replace(SHADOWED_META_URL, 'require("url").pathToFileURL(__filename).href');
const entries = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'lib' && existsSync(join('src', d.name, 'index.ts')))
  .map((d) => ({ name: d.name, file: resolve('src', d.name, 'index.ts') }));

for (const { name, file } of entries) {
  if (only.length && !only.includes(name)) continue;
  const out = join('dist', name);
  rmSync(out, { recursive: true, force: true });
  const { code, assets, symlinks } = await ncc(file, {
    esm: false,
    filename: 'index.js',
    minify: true,
    target: 'es2022',
    license: 'licenses.txt',
    quiet: true,
    // ncc's build cache changes the output: on an empty cache the first bundle came out with an ESM import
    // (a CommonJS file that does not load), so every build runs without it and gives the same bytes.
    cache: false,
  });
  if (Object.keys(symlinks).length) throw new Error(`${name}: ncc returned symlinks, which this script does not write`);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), fixMetaUrl(code));
  // The chunks of dynamic import()s and licenses.txt.
  for (const [path, { source, permissions }] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), path.endsWith('.js') ? fixMetaUrl(`${source}`) : source, { mode: permissions });
  }
  // The root package.json says "module": this one makes Node read the bundle and its chunks as CommonJS.
  writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');
  // Files an action reads beside its bundle at run time (Lighthouse's pinned package.json and lockfile).
  const runtime = join('src', name, 'runtime');
  if (existsSync(runtime)) cpSync(runtime, join(out, 'runtime'), { recursive: true });
  console.log(`built dist/${name}/index.js`);
}

// Documentation generated from action.yml files and the rule registry (see scripts/docs.mjs).
if (!only.length || only.includes('cli') || only.includes('audit'))
  execFileSync('node', ['scripts/docs.mjs'], { stdio: 'inherit' });
