// The container/* rules.
import type { Rule } from '../rule.js';

export const containerRules: Rule[] = [];
