// The security/* rules.
import type { Rule } from '../rule.js';

export const securityRules: Rule[] = [];
