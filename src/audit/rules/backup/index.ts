// The backup/* rules.
import type { Rule } from '../rule.js';

export const backupRules: Rule[] = [];
