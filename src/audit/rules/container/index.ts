// The container/* rules.
import type { Rule } from '../rule.js';
import { noDockerfile } from './no-dockerfile.js';
import { noCompose } from './no-compose.js';
import { nextStandaloneMissing } from './next-standalone-missing.js';
import { dockerfileRootUser } from './dockerfile-root-user.js';
import { unpinnedBaseImage } from './unpinned-base-image.js';
import { eolRuntime } from './eol-runtime.js';
import { unreproducibleInstall } from './unreproducible-install.js';
import { databasePortPublished } from './database-port-published.js';

export const containerRules: Rule[] = [
  noDockerfile,
  noCompose,
  nextStandaloneMissing,
  dockerfileRootUser,
  unpinnedBaseImage,
  eolRuntime,
  unreproducibleInstall,
  databasePortPublished,
];
