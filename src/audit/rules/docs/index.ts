// The docs/* rules.
import type { Rule } from '../rule.js';

export const docsRules: Rule[] = [];
