// The unified diff init prints for a planned file (--dry-run, and edits left to a human).
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(file: { path: string; before?: string; after: string }): string {
  return createTwoFilesPatch(
    file.before === undefined ? '/dev/null' : `a/${file.path}`,
    `b/${file.path}`,
    file.before ?? '',
    file.after,
    undefined,
    undefined,
    { context: 3 },
  ).replace(/^=+\n/, '');
}
