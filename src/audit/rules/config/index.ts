// The config/* rules.
import type { Rule } from '../rule.js';
import { hardcodedPort } from './hardcoded-port.js';

export const configRules: Rule[] = [hardcodedPort];
