// The docs/* rules.
import type { Rule } from '../rule.js';
import { noRunbook } from './no-runbook.js';

export const docsRules: Rule[] = [noRunbook];
