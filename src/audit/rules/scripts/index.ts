// The scripts/* rules.
import type { Rule } from '../rule.js';

export const scriptsRules: Rule[] = [];
