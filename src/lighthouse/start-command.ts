// What starts the app: the `start-command` input as a shell line, or else the package's start
// script through the package manager the repository uses; and a static guess of its port, which is
// only ever a fallback to what /proc shows (reported as a guess).
import { ConfigurationError } from '../lib/errors.js';
import { diskSource } from '../lib/node-app/file-source.js';
import { detectPackageManager, readPackage, type NodePackage } from '../lib/node-app/package-json.js';
import { appPort, type AppPort } from '../lib/node-app/port.js';
import { appSourcesIn } from '../lib/node-app/source-files.js';

export interface StartCommand {
  file: string;
  args: string[];
  /** How it is shown in the log and summary. */
  display: string;
}

/** The folder's package.json; invalid JSON is a one-line error naming the input. */
export function readAppPackageJson(dir: string): NodePackage | undefined {
  return readPackage(diskSource(dir), '', 'input `working-directory`');
}

export function resolveStartCommand(input: string, dir: string, pkg: NodePackage | undefined): StartCommand {
  // The input is a command line by contract (like a workflow `run:`): it goes to sh as one argument.
  if (input) return { file: 'sh', args: ['-c', input], display: input };
  if (!pkg?.scripts?.start) {
    throw new ConfigurationError(
      `input \`start-command\` is required: ${pkg ? 'package.json has no start script' : 'there is no package.json'} in ${dir}`,
    );
  }
  const pm = detectPackageManager(diskSource(dir), '', pkg).manager;
  return { file: pm, args: ['run', 'start'], display: `${pm} run start` };
}

/** A static guess of the port (src/lib/node-app/port.ts): the start command, PORT in `env`, .env, the code, framework defaults. */
export function guessPort(
  dir: string,
  command: string,
  env: Record<string, string>,
  pkg: NodePackage | undefined,
): AppPort | undefined {
  const source = diskSource(dir);
  return appPort(source, pkg, appSourcesIn(source.list(), ''), { command, env });
}
