// The database/* rules.
import type { Rule } from '../rule.js';
import { sqliteInProduction } from './sqlite-in-production.js';
import { noMigrations } from './no-migrations.js';
import { migrationsNotDeployed } from './migrations-not-deployed.js';

export const databaseRules: Rule[] = [sqliteInProduction, noMigrations, migrationsNotDeployed];
