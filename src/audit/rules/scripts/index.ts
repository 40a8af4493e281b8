// The scripts/* rules.
import type { Rule } from '../rule.js';
import { shellSyntaxError } from './shell-syntax-error.js';
import { unreachableAfterExit } from './unreachable-after-exit.js';

export const scriptsRules: Rule[] = [shellSyntaxError, unreachableAfterExit];
