// The security/* rules.
import type { Rule } from '../rule.js';
import { noSecurityHeaders } from './no-security-headers.js';
import { noRateLimiting } from './no-rate-limiting.js';
import { noDependencyUpdates } from './no-dependency-updates.js';

export const securityRules: Rule[] = [noSecurityHeaders, noRateLimiting, noDependencyUpdates];
