// The audit's asynchronous pre-pass: secretlint (its recommended preset) over the files where secrets
// are found (env and config files, scripts, package.json, the app's source, capped), read through the
// repository model (its size limit, no links out, no binaries). Its detections become a fact that
// the synchronous secrets rules report. secretlint loads here only, on the audit path.
//
// secretlint's cost is per call (about 0.2 ms), not per byte, so files of one kind are linted
// together, joined by a NUL line (no file the model reads holds NUL); a match that crosses a join is
// linted again file by file. Files whose name a secretlint rule reads (.npmrc, package.json, a JSON
// service-account key) keep their own name.
import { errorMessage } from '../lib/errors.js';
import { isPlaceholder, isReference } from '../lib/secret-values.js';
import { sourceFiles } from '../lib/repository/facts.js';
import type { Repository } from '../lib/repository/repository.js';
import { recordSecretlintDetections, secretPlace, type SecretDetection } from '../lib/repository/secret-detections.js';

const CONFIG_FILE =
  /^\.env(?:\.[\w.-]+)?$|\.env$|^\.(?:npmrc|yarnrc|yarnrc\.yml|netrc|pypirc|envrc|git-credentials|dockercfg)$|^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$|\.(?:ya?ml|toml|ini|cfg|conf|properties|json|jsonc|json5|tf|tfvars|pem|key|xml|config\.[cm]?[jt]s)$|^id_(?:rsa|dsa|ecdsa|ed25519)$/;
const LOCKFILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|bun\.lockb?)$/;
const SCRIPT_FILE = /\.(?:sh|bash|zsh|ps1)$|^package\.json$/;
/** A folder whose files are scripts (its own files, not those of its subfolders). */
const SCRIPT_FOLDER = /(?:^|\/)(?:scripts|bin|\.github)\/$/;
const NOT_A_SCRIPT = /\.(?:md|txt|ya?ml|json)$/;
const EXAMPLE_FILE = /(?:^|[._-])(?:example|sample|template|dist|defaults?|schema|tpl|skel)(?:$|[._-])/i;
const TEST_PATH =
  /(?:^|\/)(?:__tests__|__mocks__|tests?|spec|e2e|fixtures?|testdata|test-data|mocks?|cypress|playwright)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;
const EXAMPLE_PATH = /(?:^|\/)examples?\//;

const MAX_CONFIG_FILES = 2000;
const MAX_SCRIPT_FILES = 500;
/** The same files secrets/fallback-secret reads, so each is read once. */
const MAX_SOURCE_FILES = 2000;
const MAX_BATCH_CHARS = 1024 * 1024;
const JOIN = '\n\u0000\n';
const URL_DETECTORS = new Set(['basicauth', 'database-connection-string']);
const COMMENT_FILTER = '@secretlint/secretlint-rule-filter-comments';

const KINDS: Record<string, string> = {
  '1password': '1Password service account token',
  anthropic: 'Anthropic API key',
  aws: 'AWS secret access key',
  basicauth: 'URL with a password (basic auth)',
  'database-connection-string': 'database connection string with a password',
  databricks: 'Databricks token',
  docker: 'Docker registry credential',
  figma: 'Figma token',
  gcp: 'Google Cloud service account key',
  github: 'GitHub token',
  gitlab: 'GitLab token',
  grafana: 'Grafana token',
  groq: 'Groq API key',
  'hashicorp-vault': 'HashiCorp Vault token',
  huggingface: 'Hugging Face token',
  linear: 'Linear API key',
  notion: 'Notion token',
  npm: 'npm token',
  openai: 'OpenAI API key',
  privatekey: 'private key',
  sendgrid: 'SendGrid API key',
  shopify: 'Shopify token',
  slack: 'Slack token or webhook',
  vercel: 'Vercel token',
};

interface Candidate {
  file: string;
  text: string;
}

interface Match {
  file: string;
  line: number;
  ruleId: string;
  value: string;
}

type LintSource = typeof import('@secretlint/core').lintSource;
type Config = Parameters<LintSource>[0]['options']['config'];

/** Runs secretlint over the repository's candidate files and records what it finds on the model. */
export async function scanForSecrets(repo: Repository, deadline = Infinity): Promise<void> {
  const candidates = candidateFiles(repo);
  if (!candidates.length) return recordSecretlintDetections(repo, []);
  let lint: LintSource;
  let config: Config;
  try {
    const [core, preset] = await Promise.all([
      import('@secretlint/core'),
      import('@secretlint/secretlint-rule-preset-recommend'),
    ]);
    lint = core.lintSource;
    // The preset's rules one by one, less its comment filter: the repository under audit must not
    // silence findings about itself (`secretlint-disable`); disabling it inside the preset has no effect.
    config = {
      rules: preset.rules.filter((rule) => rule.meta.id !== COMMENT_FILTER).map((rule) => ({ id: rule.meta.id, rule })),
    } as Config;
  } catch (error) {
    repo.warn(
      '.',
      `secretlint did not load, the secret scan ran on shipshape's own checks only: ${errorMessage(error)}`,
    );
    return recordSecretlintDetections(repo, []);
  }
  const matches: Match[] = [];
  for (const batch of batches(candidates)) {
    if (performance.now() > deadline) break;
    try {
      matches.push(...(await lintBatch(lint, config, batch)));
    } catch (error) {
      repo.warn(batch.files[0].file, `secretlint failed on ${batch.files.length} file(s): ${errorMessage(error)}`);
    }
  }
  recordSecretlintDetections(repo, weigh(matches));
}

function candidateFiles(repo: Repository): Candidate[] {
  // Names are classed once per distinct base name, folders once per folder: a script by its name,
  // a file that is a script when its folder is a scripts folder, a config file.
  const BY_NAME = 1;
  const IN_SCRIPT_FOLDER = 2;
  const CONFIG = 4;
  const nameClass = (base: string) => {
    if (base.endsWith('.p12') || LOCKFILE.test(base)) return 0;
    if (SCRIPT_FILE.test(base)) return BY_NAME;
    return (NOT_A_SCRIPT.test(base) ? 0 : IN_SCRIPT_FOLDER) | (CONFIG_FILE.test(base) ? CONFIG : 0);
  };
  const folderClass = (folder: string) => (SCRIPT_FOLDER.test(folder) ? 1 : 0);
  const isScript = (n: number, f: number) => (n & BY_NAME) !== 0 || ((n & IN_SCRIPT_FOLDER) !== 0 && f === 1);
  const scripts = repo.classify(nameClass, folderClass, isScript, MAX_SCRIPT_FILES);
  const config = repo.classify(
    nameClass,
    folderClass,
    (n, f) => (n & CONFIG) !== 0 && !isScript(n, f),
    MAX_CONFIG_FILES,
  );
  const seen = new Set([...config, ...scripts]);
  const source = sourceFiles(repo, MAX_SOURCE_FILES).filter((f) => !seen.has(f));
  const out: Candidate[] = [];
  for (const file of [...config, ...scripts, ...source]) {
    const text = repo.read(file);
    if (text) out.push({ file, text });
  }
  return out;
}

interface Batch {
  /** The name secretlint sees (its rules read the name or extension of some files). */
  filePath: string;
  ext: string;
  files: Candidate[];
}

function batches(candidates: Candidate[]): Batch[] {
  const open = new Map<string, Batch>();
  // Characters in each open batch so far (a sum kept as files join, not recounted for each).
  const chars = new Map<Batch, number>();
  const out: Batch[] = [];
  for (const c of candidates) {
    const base = c.file.slice(c.file.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    const ext = dot > 0 ? base.slice(dot) : '';
    // A JSON service-account key is recognised only as a whole JSON file.
    if (ext === '.json' && c.text.includes('private_key')) {
      out.push({ filePath: base, ext, files: [c] });
      continue;
    }
    const name = base === 'package.json' || base === '.npmrc' ? base : `batch${ext}`;
    let batch = open.get(name);
    if (!batch || (chars.get(batch) ?? 0) + c.text.length > MAX_BATCH_CHARS) {
      batch = { filePath: name, ext, files: [] };
      open.set(name, batch);
      out.push(batch);
    }
    batch.files.push(c);
    chars.set(batch, (chars.get(batch) ?? 0) + c.text.length);
  }
  return out;
}

async function lintBatch(lint: LintSource, config: Config, batch: Batch): Promise<Match[]> {
  const content = batch.files.map((f) => f.text).join(JOIN);
  const result = await lint({
    source: { content, filePath: batch.filePath, ext: batch.ext, contentType: 'text' },
    options: { config, maskSecrets: true, noPhysicFilePath: true },
  });
  const starts: number[] = [];
  let offset = 0;
  for (const f of batch.files) {
    starts.push(offset);
    offset += f.text.length + JOIN.length;
  }
  const out: Match[] = [];
  const again = new Set<number>();
  for (const m of result.messages) {
    const [from, to] = m.range;
    const i = fileAt(starts, from);
    const f = batch.files[i];
    const local = from - starts[i];
    if (to - starts[i] > f.text.length) {
      // Crossed into the next file: each file it touched is linted on its own.
      for (let k = i; k < batch.files.length && starts[k] < to; k++) again.add(k);
      continue;
    }
    out.push({ file: f.file, line: lineOf(f.text, local), ruleId: m.ruleId, value: content.slice(from, to) });
  }
  if (batch.files.length > 1)
    for (const k of again) out.push(...(await lintBatch(lint, config, { ...batch, files: [batch.files[k]] })));
  return out;
}

function fileAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Drops placeholder-shaped matches and weighs where each lives; the value goes no further than here. */
function weigh(matches: Match[]): SecretDetection[] {
  const seen = new Set<string>();
  const out: SecretDetection[] = [];
  for (const m of matches) {
    const detector = m.ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
    if (placeholderShaped(detector, m.value)) continue;
    const key = `${m.file}:${m.line}:${detector}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const base = m.file.slice(m.file.lastIndexOf('/') + 1);
    const test = TEST_PATH.test(m.file);
    // A connection string in a test set-up (cypress/docker-compose.yml) is the test database's default.
    if (test && URL_DETECTORS.has(detector)) continue;
    out.push({
      file: m.file,
      line: m.line,
      kind: KINDS[detector] ?? `${detector} secret`,
      detector,
      place: secretPlace(m.file),
      context: test ? 'test' : EXAMPLE_FILE.test(base) || EXAMPLE_PATH.test(m.file) ? 'example' : 'live',
    });
  }
  return out;
}

/**
 * A token shape filled with filler (`ghp_xxxx…`, `…1234567890abcdef…`, `EXAMPLE`), a URL whose password
 * is a placeholder or a reference, or one pointing at this machine (a local development default).
 */
export function placeholderShaped(detector: string, value: string): boolean {
  if (URL_DETECTORS.has(detector)) {
    const m = /^[a-z][\w+.-]*:\/\/([^:/@\s]*):([^@\s]*)@([^:/?#\s]*)/i.exec(value);
    if (!m) return false;
    const [, , password, host] = m;
    return (
      isPlaceholder(safeDecode(password)) ||
      isReference(password) ||
      /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i.test(host)
    );
  }
  if (detector === 'privatekey') return false;
  const token = value.replace(/^[A-Za-z_]+\s*[=:]\s*/, '');
  if (/example|sample|dummy|fake|placeholder|your[-_]|redacted|changeme|xxxx/i.test(token)) return true;
  if (/(.)\1{5}/.test(token)) return true;
  let run = 1;
  for (let i = 1; i < token.length; i++) {
    run = token.charCodeAt(i) === token.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= 6) return true;
  }
  return false;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
