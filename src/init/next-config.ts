// The next.config change the generated Next.js Dockerfile needs: `output: 'standalone'`, added as the
// first property of the exported config object.

/** The config with `output: 'standalone'`; undefined when the object cannot be found safely. */
export function withStandaloneOutput(source: string): string | undefined {
  if (/\boutput\s*:/.test(source)) return undefined; // some other output mode: a person decides
  const opener =
    /(?:const|let|var)\s+\w+(?:\s*:\s*[\w.]+)?\s*=\s*\{|module\.exports\s*=\s*\{|export\s+default\s+\{|defineConfig\(\s*\{/.exec(
      source,
    );
  if (!opener) return undefined;
  const at = opener.index + opener[0].length;
  const indent = /\n([ \t]+)\S/.exec(source.slice(at))?.[1] ?? '  ';
  return `${source.slice(0, at)}\n${indent}output: 'standalone',${source.slice(at)}`;
}

export const NEW_NEXT_CONFIG = [
  "/** Written by shipshape init: the Dockerfile copies Next.js's standalone server. */",
  "const nextConfig = { output: 'standalone' };",
  '',
  'export default nextConfig;',
  '',
].join('\n');
