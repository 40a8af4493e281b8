// Input parsing shared by every action: each helper reads one input and fails with a one-line
// ConfigurationError that names the input and the expected form. Defaults live only in action.yml (the
// runner passes them for inputs a workflow leaves out), so an input with a default is read as required:
// an explicitly empty value is an error naming the input, not a second copy of the default.
import * as core from './runner.js';
import { ConfigurationError } from './errors.js';

export function getStringInput(name: string, fallback = ''): string {
  const value = core.getInput(name).trim();
  return value === '' ? fallback : value;
}

export function getRequiredInput(name: string): string {
  const value = core.getInput(name).trim();
  if (value === '') throw new ConfigurationError(`input \`${name}\` is required`);
  return value;
}

export function getBooleanInput(name: string): boolean {
  return parseBoolean(name, getRequiredInput(name));
}

export function parseBoolean(name: string, raw: string): boolean {
  if (/^(true|yes|on|1)$/i.test(raw)) return true;
  if (/^(false|no|off|0)$/i.test(raw)) return false;
  throw new ConfigurationError(`input \`${name}\` must be true or false (got \`${raw}\`)`);
}

export function getIntegerInput(name: string, { min = -Infinity, max = Infinity } = {}): number {
  const raw = getRequiredInput(name);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    const range =
      Number.isFinite(min) && Number.isFinite(max)
        ? ` from ${min} to ${max}`
        : Number.isFinite(min)
          ? ` of at least ${min}`
          : '';
    throw new ConfigurationError(`input \`${name}\` must be a whole number${range} (got \`${raw}\`)`);
  }
  return value;
}

export function getChoiceInput<T extends string>(name: string, choices: readonly T[]): T {
  return parseChoice(name, getRequiredInput(name), choices);
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[]): T {
  const value = raw.toLowerCase() as T;
  if (!choices.includes(value)) {
    throw new ConfigurationError(`input \`${name}\` must be one of ${choices.join(', ')} (got \`${raw}\`)`);
  }
  return value;
}

/** A list input: one item a line or comma-separated; blanks and `#` comments dropped. */
export function getListInput(name: string): string[] {
  return splitList(core.getInput(name));
}

/** A list input action.yml gives a default: empty is an error naming the input. */
export function getRequiredListInput(name: string): string[] {
  const items = getListInput(name);
  if (!items.length) throw new ConfigurationError(`input \`${name}\` is required`);
  return items;
}

export function splitList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}

/** KEY=VALUE lines (build-args, env): the first `=` splits, values may contain `=`. */
export function getKeyValueInput(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  core
    .getInput(name)
    .split(/\r?\n/)
    .forEach((line, index) => {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('#')) return;
      const eq = trimmed.indexOf('=');
      // The line itself is not quoted: it may hold a secret value.
      if (eq <= 0)
        throw new ConfigurationError(`input \`${name}\` must hold KEY=VALUE lines (line ${index + 1} is not)`);
      out[trimmed.slice(0, eq).trim()] = trimmed.slice(eq + 1);
    });
  return out;
}
