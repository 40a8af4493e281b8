// The config/* rules.
import type { Rule } from '../rule.js';

export const configRules: Rule[] = [];
