// secretlint's detections (the audit's pre-pass) as hits of our secrets rules: configuration files go
// to secrets/committed-config, scripts, package.json and source code to secrets/hardcoded-in-scripts.
// A line our own checks already reported is not reported twice. An example file or a test fixture
// is where real-shaped fakes live: reported as a lesser, less sure finding there.
import type { Repository } from '../../../lib/repository/repository.js';
import { secretlintDetections, type SecretPlace } from '../../../lib/repository/secret-detections.js';
import type { RuleHit } from '../rule.js';

export function secretlintHits(repo: Repository, place: SecretPlace, own: readonly RuleHit[]): RuleHit[] {
  const reported = new Set(own.map((h) => `${h.file}:${h.line}`));
  const hits: RuleHit[] = [];
  for (const d of secretlintDetections(repo)) {
    if (d.place !== place || reported.has(`${d.file}:${d.line}`)) continue;
    reported.add(`${d.file}:${d.line}`);
    const found = `${d.file} holds a ${d.kind} at line ${d.line} (found by secretlint's ${d.detector} rule)`;
    if (d.context === 'live') hits.push({ message: found, file: d.file, line: d.line });
    else
      hits.push({
        message: `${found}, in ${d.context === 'test' ? 'a test fixture' : 'an example file'}: most such values are fakes, but a real one must be revoked`,
        file: d.file,
        line: d.line,
        severity: d.context === 'test' ? 'medium' : 'high',
        confidence: d.context === 'test' ? 'low' : 'medium',
      });
  }
  return hits;
}
