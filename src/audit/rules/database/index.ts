// The database/* rules.
import type { Rule } from '../rule.js';

export const databaseRules: Rule[] = [];
