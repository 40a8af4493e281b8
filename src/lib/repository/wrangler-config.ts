// A Cloudflare Worker's wrangler config as one object, whichever format it is written in:
// wrangler.toml (smol-toml) or wrangler.json / wrangler.jsonc (jsonc-parser: comments and
// trailing commas are allowed there, so JSON.parse would reject real files).
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import type { Repository } from './repository.js';

export const WRANGLER_CONFIG = /^wrangler\.(?:toml|jsonc?)$/;

export function wranglerConfig(repo: Repository, file: string): Record<string, unknown> | undefined {
  return repo.fact(`wrangler:${file}`, () => {
    const text = repo.read(file);
    if (text === undefined) return undefined;
    if (file.endsWith('.toml')) {
      try {
        return parseToml(text) as Record<string, unknown>;
      } catch (error) {
        repo.recordFailure(file, `invalid TOML: ${(error as Error).message.split('\n')[0]}`);
        return undefined;
      }
    }
    const errors: ParseError[] = [];
    const value = parseJsonc(text, errors, { allowTrailingComma: true });
    if (errors.length) {
      repo.recordFailure(
        file,
        `invalid JSON: ${printParseErrorCode(errors[0].error)} at line ${repo.lineAt(file, errors[0].offset)}`,
      );
      return undefined;
    }
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  });
}
