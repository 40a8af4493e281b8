// Every audit rule, by category. Rule ids are a contract with users' configs: never rename one.
import type { Rule } from './rule.js';
import { containerRules } from './container/index.js';
import { ciRules } from './ci/index.js';
import { scriptsRules } from './scripts/index.js';
import { databaseRules } from './database/index.js';
import { backupRules } from './backup/index.js';
import { secretsRules } from './secrets/index.js';
import { configRules } from './config/index.js';
import { observabilityRules } from './observability/index.js';
import { securityRules } from './security/index.js';
import { docsRules } from './docs/index.js';

export const ALL_RULES: readonly Rule[] = [
  ...containerRules,
  ...ciRules,
  ...scriptsRules,
  ...databaseRules,
  ...backupRules,
  ...secretsRules,
  ...configRules,
  ...observabilityRules,
  ...securityRules,
  ...docsRules,
];
