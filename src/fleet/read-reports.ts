// The reports a merge reads: files named on the command line and every *.json under folders named
// there (artifact downloads nest one folder per matrix job). Read one at a time, reduced to a row,
// and let go; a file that is not an audit report becomes a one-line reason, never a silent gap.
import { fstatSync, openSync, closeSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { readAuditReport } from '../lib/reports/audit-json.js';
import { summarizeReport, type FleetRow } from './report-row.js';

export interface Unreadable {
  file: string;
  /** One line that names the file and the cause. */
  reason: string;
}

/** An audit report is tens of kilobytes; anything this large is not one, and is not read into memory. */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024;

export type ReadResult = { row: FleetRow } | { unreadable: Unreadable };

/** Every report file under the given paths, in a stable order. */
export function listReportFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new ConfigurationError(`cannot read ${path}: no such file or folder`);
    }
    if (isDirectory) collectJson(path, files);
    else files.push(path);
  }
  return files;
}

function collectJson(dir: string, into: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const path = join(dir, e.name);
    // Links are not followed: a report folder is made by the workflow, a link in it is not ours.
    if (e.isDirectory()) collectJson(path, into);
    else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) into.push(path);
  }
}

export function* readReports(files: Iterable<string>): Generator<ReadResult> {
  for (const file of files) {
    let text: string;
    try {
      const fd = openSync(file, 'r');
      try {
        const size = fstatSync(fd).size;
        if (size > MAX_REPORT_BYTES) {
          yield {
            unreadable: {
              file,
              reason: `${file} is ${Math.round(size / 1024 / 1024)} MiB, larger than a report can be (32 MiB)`,
            },
          };
          continue;
        }
        text = readFileSync(fd, 'utf8');
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      yield { unreadable: { file, reason: `${file} cannot be read (${code})` } };
      continue;
    }
    // The reader and the row's checks throw one-line messages naming the file; anything they
    // refuse is reported, so a broken report is never a silent gap in the table.
    let row: FleetRow;
    try {
      row = summarizeReport(readAuditReport(text, file), file);
    } catch (error) {
      yield { unreadable: { file, reason: errorMessage(error) } };
      continue;
    }
    yield { row };
  }
}
