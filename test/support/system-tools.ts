// The system programs the tests run for real, each with the Debian package that provides it. A test
// whose program is missing fails at once with one line naming the package and the install command,
// instead of an assertion diff with the cause buried inside.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const SYSTEM_TOOLS = {
  buildah: { file: 'buildah', pkg: 'buildah' },
  busybox: { file: '/bin/busybox', pkg: 'busybox-static' },
  'docker-registry': { file: 'docker-registry', pkg: 'docker-registry' },
  postgres: { file: '/usr/lib/postgresql/15/bin/initdb', pkg: 'postgresql-15' },
  psql: { file: 'psql', pkg: 'postgresql-client-15' },
  mariadb: { file: 'mariadbd', pkg: 'mariadb-server' },
  mysqldump: { file: 'mysqldump', pkg: 'mariadb-client' },
  chromium: { file: '/usr/bin/chromium', pkg: 'chromium' },
  shellcheck: { file: 'shellcheck', pkg: 'shellcheck' },
  sqlite3: { file: 'sqlite3', pkg: 'sqlite3' },
  strace: { file: 'strace', pkg: 'strace' },
} as const;

export type SystemTool = keyof typeof SYSTEM_TOOLS;

function found(file: string): boolean {
  const candidates = file.includes('/')
    ? [file]
    : (process.env.PATH ?? '').split(delimiter).flatMap((d) => [join(d, file), join('/usr/sbin', file)]);
  return candidates.some((c) => {
    try {
      accessSync(c, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The message a test fails with when `tool` is missing, or undefined when it is there. */
export function missingToolMessage(tool: SystemTool): string | undefined {
  const { file, pkg } = SYSTEM_TOOLS[tool];
  if (found(file)) return undefined;
  return `missing system tool ${file}: install the Debian package ${pkg} (sudo apt-get install ${pkg}), or run npm test, which installs every one the tests use`;
}

/** Throws one line when a program the test runs for real is not installed. */
export function requireTools(...tools: SystemTool[]): void {
  for (const tool of tools) {
    const message = missingToolMessage(tool);
    if (message) {
      const error = new Error(message);
      error.stack = message; // one line in jest's report, not a trace into this helper
      throw error;
    }
  }
}
