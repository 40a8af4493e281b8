// Regenerates documentation from its sources, so it cannot drift from the code:
// - the inputs/outputs tables between <!-- inputs:start --> and <!-- inputs:end --> in each
//   action's README, from its action.yml;
// - each reusable workflow's inputs and secrets between <!-- <name>-inputs:start --> and
//   <!-- <name>-inputs:end --> in the README, from .github/workflows/shipshape-<name>.yml;
// - docs/rules.md from the audit's rule registry (through the bundled CLI).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .trim();

function usageTables(actionYml) {
  const action = parse(readFileSync(actionYml, 'utf8'));
  const lines = ['### Inputs', '', '| name | default | description |', '| --- | --- | --- |'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    lines.push(
      `| \`${name}\` | ${input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``} | ${cell(input.description)} |`,
    );
  }
  lines.push('', '### Outputs', '', '| name | description |', '| --- | --- |');
  for (const [name, output] of Object.entries(action.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return lines.join('\n');
}

const targets = [{ yml: 'action.yml', readme: 'README.md' }];
if (existsSync('actions')) {
  for (const d of readdirSync('actions'))
    targets.push({ yml: join('actions', d, 'action.yml'), readme: join('actions', d, 'README.md') });
}
for (const { yml, readme } of targets) {
  if (!existsSync(yml) || !existsSync(readme)) continue;
  const text = readFileSync(readme, 'utf8');
  const re = /<!-- inputs:start -->[\s\S]*?<!-- inputs:end -->/;
  if (!re.test(text)) continue;
  const next = text.replace(re, `<!-- inputs:start -->\n${usageTables(yml)}\n<!-- inputs:end -->`);
  if (next !== text) writeFileSync(readme, next);
}

function workflowCallTables(workflowYml) {
  const call = parse(readFileSync(workflowYml, 'utf8')).on.workflow_call;
  const lines = ['| input | type | default | description |', '| --- | --- | --- | --- |'];
  for (const [name, input] of Object.entries(call.inputs ?? {})) {
    const value = input.required ? '(required)' : input.default === '' ? '' : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${input.type} | ${value} | ${cell(input.description)} |`);
  }
  lines.push('', '| secret | description |', '| --- | --- |');
  for (const [name, secret] of Object.entries(call.secrets ?? {}))
    lines.push(`| \`${name}\` | ${cell(secret.description)}${secret.required ? ' (required)' : ''} |`);
  return lines.join('\n');
}

// Each reusable workflow's inputs and secrets between <!-- <name>-inputs:start --> and <!-- <name>-inputs:end -->.
for (const name of ['fleet', 'security', 'release']) {
  const yml = `.github/workflows/shipshape-${name}.yml`;
  if (!existsSync(yml) || !existsSync('README.md')) continue;
  const text = readFileSync('README.md', 'utf8');
  const re = new RegExp(`<!-- ${name}-inputs:start -->[\\s\\S]*?<!-- ${name}-inputs:end -->`);
  const next = text.replace(
    re,
    `<!-- ${name}-inputs:start -->\n${workflowCallTables(yml)}\n<!-- ${name}-inputs:end -->`,
  );
  if (next !== text) writeFileSync('README.md', next);
}

if (existsSync('dist/cli/index.js')) {
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/rules.md', execFileSync(process.execPath, ['dist/cli/index.js', 'rules'], { encoding: 'utf8' }));
}
