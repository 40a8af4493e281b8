// Annotations view of a Finding[]: one workflow command per finding, on its file and line.
import * as core from './runner.js';
import type { Finding } from './findings.js';

const MAX_ANNOTATIONS = 50; // GitHub shows at most 10 per level per step; keep the log readable too.

export function annotateFindings(findings: readonly Finding[], limit = MAX_ANNOTATIONS): void {
  for (const f of findings.slice(0, limit)) {
    const props: core.AnnotationProperties = { title: `${f.ruleId}: ${f.title}` };
    if (f.file) props.file = f.file;
    if (f.file && f.line) props.startLine = f.line;
    const text = `${f.message}\nFix: ${f.remediation}`;
    if (f.severity === 'critical' || f.severity === 'high') core.error(text, props);
    else if (f.severity === 'medium') core.warning(text, props);
    else core.notice(text, props);
  }
  if (findings.length > limit)
    core.info(`${findings.length - limit} more findings are in the report (annotations stop at ${limit}).`);
}
