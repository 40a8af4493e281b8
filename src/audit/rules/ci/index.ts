// The ci/* rules.
import type { Rule } from '../rule.js';

export const ciRules: Rule[] = [];
