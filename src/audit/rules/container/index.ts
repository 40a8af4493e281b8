// The container/* rules.
import type { Rule } from '../rule.js';
import { noDockerfile } from './no-dockerfile.js';
import { noCompose } from './no-compose.js';
import { nextStandaloneMissing } from './next-standalone-missing.js';
import { dockerfileRootUser } from './dockerfile-root-user.js';

export const containerRules: Rule[] = [noDockerfile, noCompose, nextStandaloneMissing, dockerfileRootUser];
