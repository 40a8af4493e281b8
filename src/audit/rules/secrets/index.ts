// The secrets/* rules.
import type { Rule } from '../rule.js';
import { hardcodedInScripts } from './hardcoded-in-scripts.js';
import { committedConfig } from './committed-config.js';
import { fallbackSecret } from './fallback-secret.js';

export const secretsRules: Rule[] = [hardcodedInScripts, committedConfig, fallbackSecret];
