// The observability/* rules.
import type { Rule } from '../rule.js';
import { errorDetailsExposed } from './error-details-exposed.js';
import { noHealthEndpoint } from './no-health-endpoint.js';
import { noErrorTracking } from './no-error-tracking.js';
import { integrationNotInstalled } from './integration-not-installed.js';
import { noStructuredLogging } from './no-structured-logging.js';

export const observabilityRules: Rule[] = [
  noHealthEndpoint,
  noErrorTracking,
  integrationNotInstalled,
  noStructuredLogging,
  errorDetailsExposed,
];
