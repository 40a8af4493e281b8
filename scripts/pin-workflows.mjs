// Moves the pins of our own actions and reusable workflows, in the workflows we ship, to one
// shipshape commit: `node scripts/pin-workflows.mjs <full commit SHA> [label]` (label: the release,
// written as the `# v1.x.y` comment). A release runs it on its own commit, so what it ships calls
// exactly that commit, like any third-party action pinned by SHA.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [sha, label = sha?.slice(0, 12)] = process.argv.slice(2);
if (!/^[0-9a-f]{40}$/.test(sha ?? '')) {
  console.error('usage: node scripts/pin-workflows.mjs <full 40-character commit SHA> [label]');
  process.exit(2);
}
const files = [
  ...readdirSync('.github/workflows')
    .filter((f) => /^shipshape-.*\.ya?ml$/.test(f))
    .map((f) => join('.github/workflows', f)),
  ...readdirSync('workflow-templates')
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join('workflow-templates', f)),
];
const own = /(uses: OWNER\/shipshape(?:\/[\w./-]+)?)@[0-9a-f]{40}(?: # .*)?$/gm;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  // The fleet workflow also takes the same commit as its `shipshape-ref` input.
  const next = text
    .replace(own, `$1@${sha} # ${label}`)
    .replace(/(shipshape-ref: )'?[0-9a-f]{40}'?(?: # .*)?$/gm, `$1'${sha}' # ${label}`);
  if (next !== text) {
    writeFileSync(file, next);
    console.log(`pinned ${file}`);
  }
}
