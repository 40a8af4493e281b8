// The config/* rules.
import type { Rule } from '../rule.js';
import { hardcodedPort } from './hardcoded-port.js';
import { unreadableFile } from './unreadable-file.js';

export const configRules: Rule[] = [hardcodedPort, unreadableFile];
