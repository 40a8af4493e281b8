// Rebuilds dist/ and fails when it differs from what is committed (the "check dist" job).
import { execFileSync } from 'node:child_process';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const generated = ['dist', 'docs', 'README.md', 'actions'];
const status = execFileSync('git', ['status', '--porcelain', '--', ...generated], { encoding: 'utf8' });
if (status.trim()) {
  console.error(
    'dist/ or the generated docs are not what `npm run build` produces. Run `npm run build` and commit the result:',
  );
  console.error(status);
  console.error(execFileSync('git', ['diff', '--stat', '--', ...generated], { encoding: 'utf8' }));
  process.exit(1);
}
console.log('dist/ is current');
