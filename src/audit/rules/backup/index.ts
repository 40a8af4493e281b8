// The backup/* rules.
import type { Rule } from '../rule.js';
import { noBackup } from './no-backup.js';
import { localOnly } from './local-only.js';

export const backupRules: Rule[] = [noBackup, localOnly];
