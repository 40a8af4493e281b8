// The secrets/* rules.
import type { Rule } from '../rule.js';

export const secretsRules: Rule[] = [];
