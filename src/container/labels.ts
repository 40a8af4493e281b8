// OCI annotations every image gets, so a registry page and a scanner can trace it to its source commit.
export interface LabelContext {
  serverUrl: string;
  repository: string; // owner/repo
  sha: string;
  version: string;
  created: Date;
}

export function computeOciLabels(ctx: LabelContext): Record<string, string> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.created': ctx.created.toISOString(),
    'org.opencontainers.image.version': ctx.version,
  };
  if (ctx.repository) {
    labels['org.opencontainers.image.source'] = `${ctx.serverUrl.replace(/\/$/, '')}/${ctx.repository}`;
    labels['org.opencontainers.image.title'] = ctx.repository.split('/').pop()!;
  }
  if (ctx.sha) labels['org.opencontainers.image.revision'] = ctx.sha;
  return labels;
}
