// A finding's file:line on GitHub. Only for a report that named its repository as owner/name; the
// path is encoded segment by segment so a file name from the report cannot leave the repository's URL.
import type { FleetRow, TopFinding } from './report-row.js';

export const DEFAULT_SERVER_URL = 'https://github.com';

export function findingUrl(row: FleetRow, finding: TopFinding, serverUrl: string): string | undefined {
  if (!row.namedByReport || !finding.file) return undefined;
  const path = finding.file
    .split('/')
    .filter((s) => s && s !== '.' && s !== '..')
    .map(encodeSegment)
    .join('/');
  if (!path) return undefined;
  // HEAD: the default branch the fleet workflow checked out.
  return `${serverUrl.replace(/\/+$/, '')}/${row.repository}/blob/HEAD/${path}${finding.line ? `#L${finding.line}` : ''}`;
}

export function repositoryUrl(row: FleetRow, serverUrl: string): string | undefined {
  return row.namedByReport ? `${serverUrl.replace(/\/+$/, '')}/${row.repository}` : undefined;
}

/** encodeURIComponent leaves !'()* alone; a `)` would end a Markdown link early. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
