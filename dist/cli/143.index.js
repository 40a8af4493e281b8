"use strict";
exports.id = 143;
exports.ids = [143];
exports.modules = {

/***/ 9336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
  $v: () => (/* binding */ EMPTY_CONFIG),
  fx: () => (/* binding */ EXPIRED_SUPPRESSION_RULE),
  x2: () => (/* binding */ applyConfig),
  Z9: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig),
  im: () => (/* binding */ readConfigText)
});

// UNUSED EXPORTS: MAX_CONFIG_BYTES, MAX_CONFIG_ENTRIES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/lib/findings.ts
var findings = __webpack_require__(3233);
// EXTERNAL MODULE: ./src/lib/reports/policy.ts
var policy = __webpack_require__(7317);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/lib/reports/suppressions.ts
// Expiring suppressions, one model for `.shipshape.yml` suppressions and Trivy's ignore files:
// each names what it silences, where (globs; none means everywhere), why, and until when. An
// expired entry stops silencing and is handed back so the caller reports it.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An expiry as written in YAML (a date or a string) to YYYY-MM-DD, or undefined when it is not one. */
function parseExpiry(raw) {
    const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw === undefined ? '' : String(raw);
    return DATE.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
}
function isExpired(entry, now) {
    return entry.expires < now.toISOString().slice(0, 10);
}
function coversPath(entry, file) {
    return !entry.paths.length || entry.paths.some((p) => p === file || picomatch_default()(p, { dot: true })(file));
}
/** Split findings by the first live entry that covers each; `covers` says whether an entry is about a finding. */
function applySuppressions(findings, entries, now, covers) {
    const active = entries.filter((e) => !isExpired(e, now));
    const out = { kept: [], suppressed: [], expired: entries.filter((e) => isExpired(e, now)) };
    for (const finding of findings) {
        const entry = active.find((e) => covers(e, finding));
        if (entry)
            out.suppressed.push({ finding, entry });
        else
            out.kept.push(finding);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/audit/config.ts
// .shipshape.yml: disable rules, change severities, and suppress findings at paths with a reason
// and an expiry date. An expired suppression stops suppressing and is reported itself.







const DEFAULT_CONFIG_FILE = '.shipshape.yml';
const EXPIRED_SUPPRESSION_RULE = 'shipshape/expired-suppression';
const EMPTY_CONFIG = { disabled: new Set(), severities: new Map(), suppressions: [], ignore: [] };
/** Caps on the config file: a policy is a page of text, not a way to make the audit slow. */
const MAX_CONFIG_BYTES = 256 * 1024;
const MAX_CONFIG_ENTRIES = 1000;
/** Read the config: an explicit path must exist; the default file is optional. */
function loadConfig(root, explicit) {
    const rel = explicit || DEFAULT_CONFIG_FILE;
    const text = readConfigText(root, rel);
    if (text === undefined) {
        if (explicit)
            throw new errors/* ConfigurationError */.j(`config file \`${explicit}\` does not exist`);
        return EMPTY_CONFIG;
    }
    return parseConfig(text, rel);
}
/** The config's text in the working tree (never through a link), or undefined when there is none. */
function readConfigText(root, rel) {
    const read = (0,safe_read/* readRegularFile */.XF)((0,external_node_path_.join)(root, rel), MAX_CONFIG_BYTES);
    if ('bytes' in read)
        return read.bytes.toString('utf8');
    if (/ENOENT|ENOTDIR/.test(read.refused))
        return undefined;
    throw new errors/* ConfigurationError */.j(`${rel}: ${read.refused}`);
}
function parseConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new errors/* ConfigurationError */.j(`${file}: invalid YAML at line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`);
    }
    let value;
    try {
        value = (doc.toJS({ maxAliasCount: 100 }) ?? {});
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`${file}: YAML not read: ${error.message.split('\n')[0]}`);
    }
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigurationError */.j(`${file}: must be a mapping with \`rules\` and \`suppressions\``);
    const config = { file, disabled: new Set(), severities: new Map(), suppressions: [], ignore: [] };
    if (value.ignore !== undefined) {
        if (!Array.isArray(value.ignore) || value.ignore.some((g) => typeof g !== 'string'))
            throw new errors/* ConfigurationError */.j(`${file}: \`ignore\` must be a list of globs`);
        config.ignore = value.ignore;
    }
    const entries = config.ignore.length +
        (Array.isArray(value.suppressions) ? value.suppressions.length : 0) +
        Object.keys(value.rules ?? {}).length;
    if (entries > MAX_CONFIG_ENTRIES)
        throw new errors/* ConfigurationError */.j(`${file}: ${entries} ignores, rules and suppressions are over the limit of ${MAX_CONFIG_ENTRIES}`);
    if (value['fail-on'] !== undefined)
        config.failOn = (0,policy/* parseFailOn */.XV)(`${file}: \`fail-on\``, String(value['fail-on']));
    const rules = value.rules ?? {};
    if (typeof rules !== 'object' || Array.isArray(rules))
        throw new errors/* ConfigurationError */.j(`${file}: \`rules\` must map rule ids to off or a severity`);
    for (const [id, setting] of Object.entries(rules)) {
        const s = String(setting).toLowerCase();
        if (setting === false || s === 'off' || s === 'false' || s === 'disabled')
            config.disabled.add(id);
        else if ((0,findings/* isSeverity */._Z)(s))
            config.severities.set(id, s);
        else
            throw new errors/* ConfigurationError */.j(`${file}: rule \`${id}\` must be off or one of ${findings/* SEVERITIES */.oC.join(', ')} (got \`${String(setting)}\`)`);
    }
    const suppressionsNode = (0,dist/* isMap */.jh)(doc.contents)
        ? doc.contents.get('suppressions', true)
        : undefined;
    const list = value.suppressions ?? [];
    if (!Array.isArray(list))
        throw new errors/* ConfigurationError */.j(`${file}: \`suppressions\` must be a list`);
    list.forEach((entry, i) => {
        const node = (0,dist/* isSeq */.oP)(suppressionsNode) ? suppressionsNode.items[i] : undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
        const e = (entry ?? {});
        const where = `${file} line ${line}`;
        if (typeof e.rule !== 'string' || !e.rule)
            throw new errors/* ConfigurationError */.j(`${where}: a suppression needs \`rule\` (a rule id)`);
        if (typeof e.reason !== 'string' || !e.reason.trim())
            throw new errors/* ConfigurationError */.j(`${where}: a suppression needs a \`reason\``);
        const expires = parseExpiry(e.expires);
        if (!expires) {
            const written = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : String(e.expires ?? '');
            throw new errors/* ConfigurationError */.j(`${where}: a suppression needs \`expires\` as YYYY-MM-DD (got \`${written || 'nothing'}\`)`);
        }
        const path = typeof e.path === 'string' && e.path ? e.path : '**';
        config.suppressions.push({ id: e.rule, rule: e.rule, path, paths: [path], reason: e.reason.trim(), expires, line });
    });
    return config;
}
/** Apply severities and suppressions; expired suppressions add a finding of their own. */
function applyConfig(findings, config, now) {
    const overridden = findings.map((original) => {
        const severity = config.severities.get(original.ruleId);
        return severity ? { ...original, severity } : original;
    });
    const { kept, suppressed, expired } = applySuppressions(overridden, config.suppressions, now, (s, finding) => s.rule === finding.ruleId && coversPath(s, finding.file ?? '.'));
    const out = [...kept];
    for (const s of expired) {
        out.push({
            ruleId: EXPIRED_SUPPRESSION_RULE,
            severity: 'medium',
            title: 'Suppression has expired',
            message: `The suppression of ${s.rule} at \`${s.path}\` expired on ${s.expires} ("${s.reason}"); the findings it covered are reported again.`,
            file: config.file,
            line: s.line,
            remediation: 'Fix the findings, or renew the suppression with a new `expires` date and a reason that still holds.',
        });
    }
    return {
        findings: out,
        suppressed: suppressed.map(({ finding, entry }) => ({ finding, reason: entry.reason, expires: entry.expires })),
    };
}


/***/ }),

/***/ 6143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ei: () => (/* binding */ runFullAudit)
});

// UNUSED EXPORTS: DEFAULT_BUDGET_MS, INCOMPLETE_AUDIT_RULE, runAudit

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/findings.ts
var lib_findings = __webpack_require__(3233);
// EXTERNAL MODULE: ./src/lib/repository/repository.ts + 3 modules
var repository = __webpack_require__(718);
// EXTERNAL MODULE: ./src/audit/rules/index.ts + 55 modules
var rules = __webpack_require__(8677);
// EXTERNAL MODULE: ./src/audit/rules/scripts/shell-syntax-error.ts
var shell_syntax_error = __webpack_require__(6163);
// EXTERNAL MODULE: ./src/audit/config.ts + 1 modules
var audit_config = __webpack_require__(9336);
// EXTERNAL MODULE: ./src/lib/reports/categories.ts
var reports_categories = __webpack_require__(1571);
// EXTERNAL MODULE: ./src/audit/rules/rule.ts
var rule = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/audit/score.ts
// Scores. Each finding weighs its severity's points times its confidence's factor. Within a
// category, a rule's findings weigh its strongest one plus a quarter of each further one (at most
// twice the strongest), so one pattern repeated across files does not sink a category alone; the
// category keeps 100 minus those weights (at least 0). The overall score is the mean of the
// categories; while a confident critical finding remains, it is that mean times 0.49, so a blocker
// always scores 49 or less yet repositories with more gaps still score lower.


const POINTS = { critical: 40, high: 20, medium: 8, low: 3 };
const CONFIDENCE_FACTOR = { high: 1, medium: 0.5, low: 0.25 };
const REPEAT_FACTOR = 0.25;
const BLOCKER_FACTOR = 0.49;
function findingWeight(f) {
    return POINTS[f.severity] * CONFIDENCE_FACTOR[f.confidence ?? 'high'];
}
function scoreFindings(findings) {
    const weightsByRule = new Map();
    for (const f of findings) {
        if (!reports_categories/* CATEGORIES */.R.includes((0,rule/* categoryOf */.Q)(f.ruleId)))
            continue;
        const list = weightsByRule.get(f.ruleId) ?? [];
        list.push(findingWeight(f));
        weightsByRule.set(f.ruleId, list);
    }
    const lost = Object.fromEntries(reports_categories/* CATEGORIES */.R.map((c) => [c, 0]));
    for (const [ruleId, weights] of weightsByRule) {
        const [strongest, ...rest] = weights.sort((a, b) => b - a);
        const repeated = rest.reduce((sum, w) => sum + REPEAT_FACTOR * w, 0);
        lost[(0,rule/* categoryOf */.Q)(ruleId)] += Math.min(2 * strongest, strongest + repeated);
    }
    const categories = Object.fromEntries(reports_categories/* CATEGORIES */.R.map((c) => [c, Math.max(0, Math.round(100 - lost[c]))]));
    const values = Object.values(categories);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const blocker = findings.some((f) => f.severity === 'critical' && (f.confidence ?? 'high') === 'high');
    return { overall: Math.round(blocker ? mean * BLOCKER_FACTOR : mean), categories };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/lib/repository/shell-verdicts.ts
var shell_verdicts = __webpack_require__(6577);
// EXTERNAL MODULE: ./src/lib/repository/shell.ts
var shell = __webpack_require__(7274);
;// CONCATENATED MODULE: ./src/audit/shell-syntax-scan.ts
// The audit's pre-pass over shell scripts: `bash -n` for each, a few at a time, in child processes
// that run while the main thread goes on with the secret scan; their verdicts are kept on the model
// for scripts/shell-syntax-error. One script at a time on the main thread cost a process start each.





/** bash's error output kept per script: its first error is all the rule reports. */
const MAX_STDERR_CHARS = 64 * 1024;
/** Checks every shell script of the repository; no new check starts after `deadline`. */
async function checkShellSyntax(repo, deadline = Infinity) {
    const queue = (0,shell/* shellScripts */.h)(repo).flatMap((file) => {
        const text = repo.read(file);
        return text === undefined ? [] : [{ file, text }];
    });
    const verdicts = new Map();
    const worker = async () => {
        for (let next = queue.shift(); next && performance.now() <= deadline; next = queue.shift())
            verdicts.set(next.file, await bashCheck(next.text));
    };
    try {
        await Promise.all(Array.from({ length: Math.min(queue.length, Math.max(2, (0,external_node_os_.availableParallelism)())) }, worker));
    }
    catch (error) {
        // The scripts not answered here are asked about by the rule itself.
        repo.warn('.', `bash -n did not run beside the audit: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    (0,shell_verdicts/* recordBashVerdicts */._s)(repo, verdicts);
}
function bashCheck(text) {
    return new Promise((resolve) => {
        let stderr = '';
        const child = (0,external_node_child_process_.spawn)('bash', ['-n'], { stdio: ['pipe', 'ignore', 'pipe'], timeout: shell_verdicts/* BASH_TIMEOUT_MS */._E });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            if (stderr.length < MAX_STDERR_CHARS)
                stderr += chunk;
        });
        // bash may stop reading at its first error: the rest of the script is not needed.
        child.stdin.on('error', () => { });
        child.on('error', (error) => resolve({ error: error.message }));
        child.on('close', (status) => resolve({ status, stderr }));
        child.stdin.end(text);
    });
}

;// CONCATENATED MODULE: ./src/audit/engine.ts
// The audit engine: build the repository model once, run every enabled rule over it, apply the
// config (severity overrides, suppressions), and score the result.









const DEFAULT_BUDGET_MS = 300_000;
const INCOMPLETE_AUDIT_RULE = 'shipshape/audit-incomplete';
/** The rules over the repository, synchronously, without the pre-passes (what unit tests run). */
function runAudit(root, options = {}) {
    const started = performance.now();
    return auditRepository(openRepository(root, options, started), options, started);
}
/**
 * The whole audit, as the entry points run it: the asynchronous pre-passes (secretlint over the files
 * where secrets live) store their results on the model, then the rules run synchronously over it.
 */
async function runFullAudit(root, options = {}) {
    const started = performance.now();
    const repo = openRepository(root, options, started);
    if (!repo.incomplete) {
        const deadline = started + (options.budgetMs ?? DEFAULT_BUDGET_MS);
        // bash -n runs in child processes while secretlint runs here.
        const shell = enabledRules(options).includes(shell_syntax_error/* shellSyntaxError */.a) ? checkShellSyntax(repo, deadline) : undefined;
        const { scanForSecrets } = await __webpack_require__.e(/* import() */ 402).then(__webpack_require__.bind(__webpack_require__, 402));
        await scanForSecrets(repo, deadline);
        await shell;
    }
    return auditRepository(repo, options, started);
}
function enabledRules(options) {
    const config = options.config ?? audit_config/* EMPTY_CONFIG */.$v;
    return (options.rules ?? rules/* ALL_RULES */.U).filter((r) => !config.disabled.has(r.id));
}
function openRepository(root, options, started) {
    if (!(0,external_node_fs_.existsSync)(root))
        throw new errors/* ConfigurationError */.j(`path \`${root}\` does not exist`);
    if (!(0,external_node_fs_.statSync)(root).isDirectory())
        throw new errors/* ConfigurationError */.j(`path \`${root}\` is not a directory`);
    const config = options.config ?? audit_config/* EMPTY_CONFIG */.$v;
    return new repository/* Repository */.L(root, { ignore: config.ignore, deadline: started + (options.budgetMs ?? DEFAULT_BUDGET_MS) });
}
function auditRepository(repo, options, started) {
    const root = repo.root;
    const config = options.config ?? audit_config/* EMPTY_CONFIG */.$v;
    const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    const deadline = started + budgetMs;
    const rules = enabledRules(options);
    const raw = [];
    let skipped = repo.incomplete ? rules.length : 0;
    for (const rule of rules) {
        if (skipped || performance.now() > deadline) {
            skipped = rules.length - rules.indexOf(rule);
            break;
        }
        try {
            for (const hit of rule.check(repo)) {
                raw.push({
                    ruleId: rule.id,
                    title: rule.title,
                    remediation: rule.remediation,
                    ...hit,
                    severity: hit.severity ?? rule.severity,
                    confidence: hit.confidence ?? rule.confidence ?? 'high',
                });
            }
        }
        catch (error) {
            // One broken rule must not hide the others' findings.
            repo.warn('.', `rule ${rule.id} failed: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    const { findings, suppressed } = (0,audit_config/* applyConfig */.x2)(raw, config, options.now ?? new Date());
    // Not subject to the config: an audit that did not finish vouches for nothing.
    if (repo.incomplete || skipped)
        findings.push({
            ruleId: INCOMPLETE_AUDIT_RULE,
            severity: 'critical',
            title: 'Audit did not finish within its time budget',
            message: `The audit stopped after its budget of ${Math.round(budgetMs / 1000)} s: ${repo.incomplete ? 'the file listing was cut short and ' : ''}${skipped} of ${rules.length} rules did not run.`,
            remediation: "Find what makes the repository slow to read (a huge tree, very large files) and exclude generated content with `ignore:` in the base branch's .shipshape.yml.",
        });
    const sorted = (0,lib_findings/* sortFindings */.Tc)(findings.filter((f) => (0,lib_findings/* confidenceAtLeast */.jT)(f.confidence, options.minConfidence ?? 'low')));
    return {
        root,
        findings: sorted,
        suppressed,
        warnings: repo.warnings,
        ...(options.policy ? { policy: options.policy } : {}),
        fileSource: repo.source,
        scores: scoreFindings(sorted),
        filesIndexed: repo.fileCount,
        rulesRun: rules.length,
        durationMs: Math.round(performance.now() - started),
    };
}


/***/ }),

/***/ 3339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x0: () => (/* binding */ gitFileAtCommit),
  et: () => (/* binding */ gitTrackedFiles)
});

// UNUSED EXPORTS: isCommitSha

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/lib/byte-names.ts
// Strings interned by their UTF-8 bytes: a parser of many repeated names (git's index) decodes each
// distinct one once, and finds it again by a hash of its bytes (the caller's, seeded from here).

/** FNV-1a's 32-bit constants: h = (h ^ input) * prime, from the offset (or a seed). */
const FNV_OFFSET = (/* unused pure expression or super */ null && (0x811c9dc5 | 0));
const FNV_PRIME = 0x01000193;
function sameBytes(a, aStart, b, bStart, length) {
    for (let k = length - 1; k >= 0; k--)
        if (a[aStart + k] !== b[bStart + k])
            return false;
    return true;
}
/** A DataView over exactly a buffer's bytes (a Buffer may be a slice of a larger pool). */
function wordsOf(buf) {
    return new DataView(buf.buffer, buf.byteOffset, buf.length);
}
/** sameBytes over two DataViews, four bytes at a time. */
function sameWords(a, aStart, b, bStart, length) {
    let k = 0;
    for (; k + 4 <= length; k += 4)
        if (a.getUint32(aStart + k) !== b.getUint32(bStart + k))
            return false;
    for (; k < length; k++)
        if (a.getUint8(aStart + k) !== b.getUint8(bStart + k))
            return false;
    return true;
}
/**
 * Names interned by their bytes: a name is decoded and given its id (by `intern`) the first time it
 * is seen. Hashes start from `seed`, random per table: from a published start, a repository can
 * name its files so that every hash is the same (many-way collisions chain from one colliding
 * block), and each new name would then be compared with every name before it.
 */
class ByteNames {
    intern;
    /** Where the caller's hash of a name starts. */
    seed = (0,external_node_crypto_.randomBytes)(4).readInt32LE(0);
    /** The most other names one new name was compared with before it found its slot. */
    longestProbe = 0;
    slots = new Int32Array(1 << 12).fill(-1);
    hashes = new Int32Array(1 << 12);
    starts = new Int32Array(1 << 12);
    lengths = new Int32Array(1 << 12);
    bytes = Buffer.allocUnsafe(1 << 16);
    bytesWords = wordsOf(this.bytes);
    used = 0;
    size = 0;
    constructor(intern) {
        this.intern = intern;
    }
    /**
     * The id of the name in src[start, end), whose hash is `hash`; `srcWords` is wordsOf(src), which a
     * parser reading through one buffer makes once for many names.
     */
    id(src, start, end, hash, srcWords = wordsOf(src)) {
        const length = end - start;
        const mask = this.slots.length - 1;
        let probes = 0;
        for (let slot = hash & mask;; slot = (slot + 1) & mask, probes++) {
            const id = this.slots[slot];
            if (id < 0)
                break;
            if (this.hashes[slot] === hash &&
                this.lengths[slot] === length &&
                sameWords(srcWords, start, this.bytesWords, this.starts[slot], length))
                return id;
        }
        if (probes > this.longestProbe)
            this.longestProbe = probes;
        const id = this.intern(src.toString('utf8', start, end));
        if (this.used + length > this.bytes.length)
            this.bytesWords = wordsOf((this.bytes = Buffer.concat([
                this.bytes.subarray(0, this.used),
                Buffer.allocUnsafe(this.bytes.length + length * 2),
            ])));
        src.copy(this.bytes, this.used, start, end);
        this.put(hash, this.used, length, id);
        this.used += length;
        if (++this.size * 2 > this.slots.length)
            this.rehash();
        return id;
    }
    put(hash, start, length, id) {
        const mask = this.slots.length - 1;
        let slot = hash & mask;
        while (this.slots[slot] >= 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = id;
        this.hashes[slot] = hash;
        this.starts[slot] = start;
        this.lengths[slot] = length;
    }
    rehash() {
        const { slots, hashes, starts, lengths } = this;
        const size = slots.length * 2;
        this.slots = new Int32Array(size).fill(-1);
        this.hashes = new Int32Array(size);
        this.starts = new Int32Array(size);
        this.lengths = new Int32Array(size);
        for (let s = 0; s < slots.length; s++)
            if (slots[s] >= 0)
                this.put(hashes[s], starts[s], lengths[s], slots[s]);
    }
}

;// CONCATENATED MODULE: ./src/lib/byte-window.ts
// Reading a large file forward through one reused buffer, for parsers that look a little ahead.
const WINDOW_BYTES = 1 << 20;
/**
 * A file's bytes through a window that slides forward: a 50 MB file is read a megabyte at a time
 * into one buffer (a buffer the file's size costs more in page faults than a parse of it).
 */
class ByteWindow {
    bytes;
    /** File offset of bytes[0], and how many bytes from there are loaded. */
    start = 0;
    filled = 0;
    size;
    read;
    constructor(source) {
        if (Buffer.isBuffer(source)) {
            this.bytes = source;
            this.size = this.filled = source.length;
        }
        else {
            this.size = source.size;
            this.read = source.read;
            this.bytes = Buffer.allocUnsafe(Math.max(1, Math.min(source.windowBytes ?? WINDOW_BYTES, source.size)));
        }
    }
    /** Loads bytes [at, at + length) of the file; returns where `at` sits in `bytes`. */
    need(at, length) {
        if (at + length > this.size)
            throw new Error('truncated');
        if (at >= this.start && at + length <= this.start + this.filled)
            return at - this.start;
        if (!this.read)
            throw new Error('truncated');
        const kept = at >= this.start && at < this.start + this.filled ? this.start + this.filled - at : 0;
        // The loaded bytes from `at` on move to the front (none when `at` is behind the window).
        const into = length > this.bytes.length ? Buffer.allocUnsafe(length * 2) : this.bytes;
        if (kept)
            this.bytes.copy(into, 0, at - this.start, at - this.start + kept);
        this.bytes = into;
        this.start = at;
        this.filled = kept;
        const want = Math.min(this.bytes.length, this.size - at);
        while (this.filled < want) {
            const n = this.read(this.bytes, this.filled, want - this.filled, at + this.filled);
            if (n <= 0)
                throw new Error('truncated');
            this.filled += n;
        }
        return 0;
    }
    /** File offset of the first NUL byte at or after `at` (before `end`). */
    nul(at, end) {
        for (let length = 256;; length *= 2) {
            const span = Math.min(length, end - at);
            const from = this.need(at, span);
            const found = this.bytes.indexOf(0, from);
            if (found >= 0 && found < from + span)
                return at + found - from;
            if (span < length)
                throw new Error('bad path');
        }
    }
}

// EXTERNAL MODULE: ./src/lib/repository/path-index.ts
var path_index = __webpack_require__(3980);
;// CONCATENATED MODULE: ./src/lib/git-index.ts
// git's index file read directly: one read of .git/index instead of running `git ls-files`, which
// on half a million files costs more than the rest of the audit. Only what git writes by default is
// read (index versions 2 to 4, SHA-1 object names, no split or sparse index, the work tree at the
// .git folder's parent); for anything else the caller asks git itself.






const MAX_INDEX_BYTES = 2 ** 31 - 1;
const MAX_CONFIG_BYTES = 1024 * 1024;
const SHA1_BYTES = 20;
// ctime, mtime (8 each), dev, ino, mode, uid, gid, size (4 each), the object name, 16-bit flags.
const FIXED_BYTES = 40 + SHA1_BYTES + 2;
const EXTENDED = 0x4000;
const NAME_MASK = 0x0fff;
/** The `.git` folder that holds `dir`'s index, and `dir` relative to its work tree ('' or 'a/b/'). */
function findGitDir(dir) {
    for (let at = dir;; at = (0,external_node_path_.dirname)(at)) {
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(at, '.git'));
        }
        catch {
            stat = undefined;
        }
        if (stat) {
            // A `.git` file (a linked work tree, a submodule) or link: git resolves those itself.
            if (!stat.isDirectory())
                return 'other';
            const rel = (0,external_node_path_.relative)(at, dir);
            return { gitDir: (0,external_node_path_.join)(at, '.git'), prefix: rel ? `${rel.split(external_node_path_.sep).join('/')}/` : '' };
        }
        if ((0,external_node_path_.dirname)(at) === at)
            return undefined;
    }
}
/** git's offset varint (index version 4): each continuation byte adds one before shifting. */
function readVarint(buf, at, end) {
    let c = buf[at++];
    let value = c & 127;
    while (c & 128) {
        if (at >= end)
            throw new Error('truncated');
        c = buf[at++];
        value = ((value + 1) << 7) + (c & 127);
    }
    return { value, next: at };
}
const REGULAR = 0o10;
const LINK = 0o12;
const SUBMODULE = 0o16;
/**
 * Parse an index file's entries; throws on anything outside the formats read here. Paths are not
 * made into strings: each distinct folder and base name is decoded once, and each file is a pair
 * of ids. Folders `skipFolder` rejects ('' or 'a/b/', relative to `prefix`) are left out.
 */
function parseGitIndex(source, prefix = '', skipFolder = () => false) {
    const file = new ByteWindow(source);
    if (file.size < 12 + SHA1_BYTES)
        throw new Error('not an index');
    let w = file.need(0, 12);
    if (file.bytes.toString('latin1', w, w + 4) !== 'DIRC')
        throw new Error('not an index');
    const version = file.bytes.readUInt32BE(w + 4);
    if (version < 2 || version > 4)
        throw new Error(`index version ${version}`);
    const count = file.bytes.readUInt32BE(w + 8);
    const end = file.size - SHA1_BYTES;
    // The header's count bounds the files (a damaged header costs at most the index's own size).
    const builder = new path_index/* PathIndexBuilder */.PX(Math.min(count, Math.floor(file.size / FIXED_BYTES)));
    const names = new ByteNames((text) => builder.name(text));
    const links = [];
    const prefixBytes = Buffer.from(prefix, 'utf8');
    let nonAscii = false;
    // Version 4 keeps each path in `scratch` (it is the previous path, edited); others copy the
    // previous entry's folder there, so the window may slide past it.
    let scratch = Buffer.alloc(4096);
    // The same bytes, read four at a time for the folder compare (most entries share the previous
    // entry's folder, so it runs over the whole folder for nearly every entry).
    let scratchWords = wordsOf(scratch);
    let windowBytes = file.bytes;
    let windowWords = wordsOf(windowBytes);
    let previousLength = 0;
    let folderLength = -1;
    // The current folder ('' or 'a/b/', relative to the prefix), undefined outside the prefix or
    // skipped; its id is taken at its first regular file (a folder of links alone is no folder here).
    let folder;
    let folderId = -1;
    let lastNameId = -1;
    let at = 12;
    for (let i = 0; i < count; i++) {
        if (at + FIXED_BYTES > end)
            throw new Error('truncated');
        // The fixed part, the extended flags and (in versions 2 and 3) a path of up to 0xFFE bytes.
        w = file.need(at, Math.min(FIXED_BYTES + 2 + NAME_MASK + 8, end - at));
        let buf = file.bytes;
        // The mode is 32 bits; its file type is the top 4 bits of the low 16.
        const type = buf[w + 24] | buf[w + 25] ? -1 : buf[w + 26] >> 4;
        if (type !== REGULAR && type !== LINK && type !== SUBMODULE)
            throw new Error(`entry type ${type.toString(8)}`);
        const flags = (buf[w + FIXED_BYTES - 2] << 8) | buf[w + FIXED_BYTES - 1];
        let name = FIXED_BYTES;
        if (flags & EXTENDED) {
            if (version < 3)
                throw new Error('extended flags in a version 2 index');
            name += 2;
        }
        // The path's bytes: src[start, start + length).
        let src;
        let start;
        let length;
        // Bytes at the path's start known to equal the previous path's (version 4).
        let shared = 0;
        if (version === 4) {
            // A count of bytes to drop from the end of the previous path, then the rest of this one.
            const strip = readVarint(buf, w + name, w + Math.min(end - at, FIXED_BYTES + 2 + 16));
            if (strip.value > previousLength)
                throw new Error('bad path');
            const suffix = at + (strip.next - w);
            const nul = file.nul(suffix, end);
            w = file.need(suffix, nul + 1 - suffix);
            shared = previousLength - strip.value;
            length = shared + nul - suffix;
            if (length > scratch.length)
                scratch = Buffer.concat([scratch.subarray(0, shared), Buffer.alloc(length * 2)]);
            file.bytes.copy(scratch, shared, w, w + nul - suffix);
            previousLength = length;
            src = scratch;
            start = 0;
            at = nul + 1;
        }
        else {
            length = flags & NAME_MASK;
            if (length === NAME_MASK) {
                length = file.nul(at + name, end) - (at + name);
                w = file.need(at, name + length + 1);
                buf = file.bytes;
            }
            if (at + name + length >= end || buf[w + name + length] !== 0)
                throw new Error('bad path');
            src = buf;
            start = w + name;
            // Entries are padded with 1 to 8 NUL bytes to a multiple of 8.
            at += (name + length + 8) & ~7;
        }
        // The base name, scanned from its end: its hash, and whether it is all ASCII. Four bytes at a
        // time while none is a slash (a word with a zero byte after the xor holds one); each word's
        // product is folded down, so its top byte reaches the low bits the table is indexed by.
        const words = src === windowBytes ? windowWords : (windowWords = wordsOf((windowBytes = src)));
        let hash = names.seed;
        let wordEnd = start + length;
        for (; wordEnd - 4 >= start; wordEnd -= 4) {
            const word = words.getUint32(wordEnd - 4);
            const x = word ^ 0x2f2f2f2f;
            if ((x - 0x01010101) & ~x & 0x80808080)
                break;
            if (word & 0x80808080)
                nonAscii = true;
            hash = Math.imul(hash ^ word, FNV_PRIME);
            hash ^= hash >>> 15;
        }
        let slash = wordEnd - 1;
        for (; slash >= start; slash--) {
            const c = src[slash];
            if (c === SLASH)
                break;
            if (c >= 0x80)
                nonAscii = true;
            hash = Math.imul(hash ^ c, FNV_PRIME);
        }
        const nameStart = slash + 1;
        const ownFolderLength = nameStart - start;
        const sameFolder = ownFolderLength === folderLength &&
            (version === 4 ? shared >= ownFolderLength : sameWords(words, start, scratchWords, 0, ownFolderLength));
        if (!sameFolder) {
            folderLength = ownFolderLength;
            folder = undefined;
            folderId = -1;
            if (version !== 4) {
                if (ownFolderLength > scratch.length)
                    scratchWords = wordsOf((scratch = Buffer.alloc(ownFolderLength * 2)));
                src.copy(scratch, 0, start, nameStart);
            }
            if (ownFolderLength >= prefixBytes.length && sameBytes(src, start, prefixBytes, 0, prefixBytes.length)) {
                for (let k = start; k < nameStart && !nonAscii; k++)
                    nonAscii = src[k] >= 0x80;
                const decoded = src.toString('utf8', start + prefixBytes.length, nameStart);
                if (!skipFolder(decoded))
                    folder = decoded;
            }
        }
        // Outside `prefix`, or in a skipped folder.
        if (folder === undefined)
            continue;
        const nameId = names.id(src, nameStart, start + length, hash, words);
        // A conflicted path has one entry per stage, side by side.
        if (sameFolder && nameId === lastNameId)
            continue;
        lastNameId = nameId;
        if (type === REGULAR) {
            if (folderId < 0)
                folderId = builder.folder(folder);
            builder.addIds(folderId, nameId);
        }
        else if (type === LINK)
            links.push(src.toString('utf8', start + prefixBytes.length, start + length));
    }
    // Extensions: an upper-case signature is optional (a cache); any other (`link`: split index,
    // `sdir`: sparse index) changes what the entries mean.
    while (at < end) {
        if (at + 8 > end)
            throw new Error('truncated extension');
        w = file.need(at, 8);
        const first = file.bytes[w];
        if (first < 0x41 || first > 0x5a)
            throw new Error(`index extension ${file.bytes.toString('latin1', w, w + 4)}`);
        at += 8 + file.bytes.readUInt32BE(w + 4);
    }
    if (at !== end)
        throw new Error('truncated extension');
    return { index: builder.done(), links, maybeUnsorted: nonAscii, longestNameProbe: names.longestProbe };
}
const SLASH = 0x2f;
/**
 * The files git tracks under `dir` (relative to it), read from the index file; `no-work-tree` when
 * no folder from `dir` up holds a `.git`; `undefined` when the index is not one read here (the
 * caller runs git).
 */
function readGitIndex(dir, skipFolder) {
    const found = findGitDir(dir);
    if (!found)
        return 'no-work-tree';
    if (found === 'other')
        return undefined;
    // A repository with SHA-256 object names or a work tree moved elsewhere: left to git.
    const config = (0,safe_read/* readRegularFile */.XF)((0,external_node_path_.join)(found.gitDir, 'config'), MAX_CONFIG_BYTES);
    if ('refused' in config || /objectformat|worktree/i.test(config.bytes.toString('latin1')))
        return undefined;
    // A parse error (the index is not one read here, or it changed under the read) is a refusal too.
    const parsed = (0,safe_read/* withRegularFile */.p0)((0,external_node_path_.join)(found.gitDir, 'index'), MAX_INDEX_BYTES, (fd, size) => parseGitIndex({ size, read: (into, at, length, position) => (0,external_node_fs_.readSync)(fd, into, at, length, position) }, found.prefix, skipFolder));
    return 'refused' in parsed ? undefined : parsed.value;
}

;// CONCATENATED MODULE: ./src/lib/git-read.ts
// Reading a checkout through git without running anything the repository controls: the tracked
// file list, and one file's text at another commit (the base of a pull request).



// Config that could make git run a program or take a lock is overridden on the command line, and
// the GIT_* variables of the caller (GIT_DIR, GIT_INDEX_FILE...) are dropped.
const SAFE_CONFIG = [
    '-c',
    'core.fsmonitor=false',
    '-c',
    'core.untrackedCache=false',
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'safe.directory=*',
    '-c',
    'protocol.ext.allow=never',
];
function gitEnv() {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (!k.startsWith('GIT_'))
            env[k] = v;
    env.GIT_OPTIONAL_LOCKS = '0';
    env.GIT_TERMINAL_PROMPT = '0';
    env.GIT_CONFIG_NOSYSTEM = '1';
    return env;
}
function git(cwd, args, timeoutMs = 60000) {
    const r = (0,external_node_child_process_.spawnSync)('git', [...SAFE_CONFIG, ...args], {
        cwd,
        env: gitEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1 << 30,
        timeout: timeoutMs,
    });
    if (r.error)
        return { ok: false, stdout: Buffer.alloc(0), error: r.error.code ?? 'error' };
    const stderr = r.stderr?.toString('utf8').trim().split('\n')[0] ?? '';
    return { ok: r.status === 0, stdout: r.stdout ?? Buffer.alloc(0), error: stderr || `exit ${r.status}` };
}
/**
 * The files git tracks under `dir` (paths relative to `dir`; none in folders `skipFolder` rejects),
 * read from the index; undefined when
 * `dir` is not inside a git work tree. A failure of git in a work tree is returned as `error`.
 */
function gitTrackedFiles(dir, skipFolder) {
    const indexed = readGitIndex(dir, skipFolder);
    if (indexed === 'no-work-tree')
        return undefined;
    if (indexed)
        return indexed;
    // Without --full-name, paths come relative to `dir` (and -z leaves them unquoted).
    const r = git(dir, ['ls-files', '-z', '--stage', '--', '.']);
    if (!r.ok)
        return /not a git repository/i.test(r.error) || r.error === 'ENOENT' ? undefined : { error: r.error };
    const files = [];
    const links = [];
    const text = r.stdout.toString('utf8');
    let last = '';
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\0', start);
        if (end === -1)
            end = text.length;
        // "<mode> <object> <stage>\t<path>"; a conflicted path appears once per stage.
        const tab = text.indexOf('\t', start);
        const mode = text.slice(start, text.indexOf(' ', start));
        start = end + 1;
        if (tab < 0 || tab > end)
            continue;
        const path = text.slice(tab + 1, end);
        if (path === last)
            continue;
        last = path;
        if (mode === '120000')
            links.push(path);
        else if (mode !== '160000')
            files.push(path);
    }
    return { index: (0,path_index/* indexPaths */.Ny)(files, skipFolder), links, maybeUnsorted: true };
}
function isCommitSha(value) {
    return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value);
}
/**
 * The text of `path` (relative to `dir`) at commit `sha`: fetched (that one commit, shallow) when
 * the checkout lacks it. `{ missing: true }` when the file does not exist at that commit.
 */
function gitFileAtCommit(dir, sha, path) {
    if (!isCommitSha(sha))
        return { error: `\`${sha}\` is not a commit sha` };
    if (!git(dir, ['cat-file', '-e', `${sha}^{commit}`]).ok) {
        const fetched = git(dir, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], 120000);
        if (!fetched.ok)
            return { error: `commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched` };
    }
    const spec = `${sha}:./${path.replace(/^\.\//, '')}`;
    if (!git(dir, ['cat-file', '-e', spec]).ok)
        return { missing: true };
    const r = git(dir, ['cat-file', 'blob', spec]);
    return r.ok ? { text: r.stdout.toString('utf8') } : { error: r.error };
}


/***/ }),

/***/ 3980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ selectPaths),
/* harmony export */   Ny: () => (/* binding */ indexPaths),
/* harmony export */   PX: () => (/* binding */ PathIndexBuilder),
/* harmony export */   jN: () => (/* binding */ classifyPaths)
/* harmony export */ });
/* unused harmony export PathIndex */
// The file list, kept as a folder id and a base-name id per file: the strings are the distinct
// folders and names (a few thousand for half a million files), and a file's path is made only when
// something asks for it. A rule's question about names or folders runs once per distinct name or
// folder, and the pass over the files is a typed-array lookup, not string work.
class PathIndex {
    folders;
    names;
    folderOf;
    nameOf;
    nameIds;
    folderIds;
    // Paths made so far, by position: each is made once, so its string (and hash) is shared.
    made;
    allMade = false;
    byName;
    byFolder;
    constructor(
    /** Distinct folders ('' or 'a/b/', with the slash), by id. */
    folders, 
    /** Distinct base names, by id. */
    names, 
    /** Per file, in list order: its folder id and its name id. */
    folderOf, nameOf, 
    /** Name -> id, folder -> id. */
    nameIds, folderIds) {
        this.folders = folders;
        this.names = names;
        this.folderOf = folderOf;
        this.nameOf = nameOf;
        this.nameIds = nameIds;
        this.folderIds = folderIds;
    }
    get length() {
        return this.folderOf.length;
    }
    /** The path of the file at position `i`. */
    path(i) {
        const made = (this.made ??= new Array(this.length));
        return (made[i] ??= this.folders[this.folderOf[i]] + this.names[this.nameOf[i]]);
    }
    /** Every path, in list order (made once, on first use). */
    get files() {
        if (!this.allMade) {
            for (let i = 0; i < this.length; i++)
                this.path(i);
            this.allMade = true;
        }
        return this.made ?? [];
    }
    /** Positions (ascending) of the files with name id `id`. */
    ofName(id) {
        const { positions, start } = this.namesGrouped();
        return positions.subarray(start[id], start[id + 1]);
    }
    /** Positions (ascending) of the files in folder id `id`. */
    ofFolder(id) {
        const { positions, start } = this.foldersGrouped();
        return positions.subarray(start[id], start[id + 1]);
    }
    /** The files' positions grouped by name id. */
    namesGrouped() {
        return (this.byName ??= group(this.nameOf, this.names.length));
    }
    /** The files' positions grouped by folder id. */
    foldersGrouped() {
        return (this.byFolder ??= group(this.folderOf, this.folders.length));
    }
    /** True when `path` is in the list. */
    has(path) {
        const slash = path.lastIndexOf('/');
        const nameId = this.nameIds.get(path.slice(slash + 1));
        if (nameId === undefined)
            return false;
        const folderId = this.folderIds.get(path.slice(0, slash + 1));
        if (folderId === undefined)
            return false;
        // Through the shorter of the two lists: the folder's files or the name's.
        const byFolder = this.foldersGrouped();
        const byName = this.namesGrouped();
        const inFolder = byFolder.start[folderId + 1] - byFolder.start[folderId];
        if (inFolder <= byName.start[nameId + 1] - byName.start[nameId]) {
            for (let k = byFolder.start[folderId]; k < byFolder.start[folderId + 1]; k++)
                if (this.nameOf[byFolder.positions[k]] === nameId)
                    return true;
        }
        else
            for (let k = byName.start[nameId]; k < byName.start[nameId + 1]; k++)
                if (this.folderOf[byName.positions[k]] === folderId)
                    return true;
        return false;
    }
}
// A counting sort of the positions by id: two passes over a typed array, no array per id.
function group(ids, count) {
    const start = new Uint32Array(count + 1);
    for (let i = 0; i < ids.length; i++)
        start[ids[i] + 1]++;
    for (let k = 0; k < count; k++)
        start[k + 1] += start[k];
    const next = start.slice(0, count);
    const positions = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++)
        positions[next[ids[i]]++] = i;
    return { positions, start };
}
/** Builds a file list and its index, file by file, in sorted order. */
class PathIndexBuilder {
    folderOf;
    nameOf;
    count = 0;
    folders = [];
    names = [];
    folderIds = new Map();
    nameIds = new Map();
    /** `expected`: how many files are likely (the arrays then need no growing). */
    constructor(expected = 1024) {
        this.folderOf = new Uint32Array(Math.max(1, expected));
        this.nameOf = new Uint32Array(Math.max(1, expected));
    }
    /** The id of a folder ('' or 'a/b/'). */
    folder(folder) {
        let id = this.folderIds.get(folder);
        if (id === undefined) {
            id = this.folders.length;
            this.folderIds.set(folder, id);
            this.folders.push(folder);
        }
        return id;
    }
    /** The id of a base name. */
    name(base) {
        let id = this.nameIds.get(base);
        if (id === undefined) {
            id = this.names.length;
            this.nameIds.set(base, id);
            this.names.push(base);
        }
        return id;
    }
    /** Add a file by its folder's id and its base name's id. */
    addIds(folderId, nameId) {
        const i = this.count++;
        if (i === this.folderOf.length) {
            this.folderOf = grow(this.folderOf);
            this.nameOf = grow(this.nameOf);
        }
        this.folderOf[i] = folderId;
        this.nameOf[i] = nameId;
    }
    /** Add a file by its folder's id and its base name. */
    add(folderId, base) {
        this.addIds(folderId, this.name(base));
    }
    done() {
        return new PathIndex(this.folders, this.names, this.folderOf.subarray(0, this.count), this.nameOf.subarray(0, this.count), this.nameIds, this.folderIds);
    }
}
function grow(array) {
    const bigger = new Uint32Array(array.length * 2);
    bigger.set(array);
    return bigger;
}
/**
 * Index `paths` (sorted). With `skipFolder`, files in folders it rejects are left out (the test
 * runs once per folder).
 */
function indexPaths(paths, skipFolder) {
    const builder = new PathIndexBuilder();
    let folder = '\0';
    let folderId = 0;
    let skipped = false;
    for (const path of paths) {
        const slash = path.lastIndexOf('/');
        // A folder's files sit together in a sorted list: the folder is looked up when it changes.
        if (slash !== folder.length - 1 || !path.startsWith(folder)) {
            folder = path.slice(0, slash + 1);
            folderId = builder.folder(folder);
            skipped = skipFolder ? skipFolder(folder) : false;
        }
        if (!skipped)
            builder.add(folderId, path.slice(slash + 1));
    }
    return builder.done();
}
/**
 * The files whose base name passes `name` and whose folder passes `folder`, in list order (the
 * first `limit` of them). Each test runs once per distinct name or folder.
 */
function selectPaths(index, name, folder, limit = Infinity) {
    return classifyPaths(index, (base) => (!name || name(base) ? 1 : 0), (f) => (!folder || folder(f) ? 1 : 0), (n, f) => n === 1 && f === 1, limit);
}
/**
 * The files kept by `keep(nameClass, folderClass)`, where `name` and `folder` sort each distinct
 * base name and folder into a small class (0 to 255) once; in list order, the first `limit` of them.
 */
function classifyPaths(index, name, folder, keep, limit = Infinity) {
    const names = classesOf(index.names, name);
    // keep() once per pair of classes, on first use (0: not asked yet, 1: no, 2: yes).
    const table = new Uint8Array(256 * 256);
    const keeps = (n, f) => {
        const k = (n << 8) | f;
        if (!table[k])
            table[k] = keep(n, f) ? 2 : 1;
        return table[k] === 2;
    };
    const { nameOf, folderOf } = index;
    const out = [];
    // The names some folder class could keep. When their files are few, they are the candidates, and
    // only their folders are classed (a rule asking for a few names costs the names, not the folders).
    const namesKept = new Uint8Array(256);
    for (const n of distinct(names))
        for (let f = 0; f < 256 && !namesKept[n]; f++)
            if (keeps(n, f))
                namesKept[n] = 1;
    const byName = index.namesGrouped();
    const viaNames = countKept(names, namesKept, byName);
    if (viaNames * 4 < index.length) {
        const folderClass = new Int16Array(index.folders.length).fill(-1);
        const at = gather(names, namesKept, byName, viaNames);
        for (let k = 0; k < at.length && out.length < limit; k++) {
            const i = at[k];
            let f = folderClass[folderOf[i]];
            // As a Uint8Array would store it.
            if (f < 0)
                f = folderClass[folderOf[i]] = folder(index.folders[folderOf[i]]) & 255;
            if (keeps(names[nameOf[i]], f))
                out.push(index.path(i));
        }
        return out;
    }
    // Otherwise every folder is classed; when few folders can be kept, their files are the candidates.
    const folders = classesOf(index.folders, folder);
    const foldersKept = new Uint8Array(256);
    for (const n of distinct(names))
        for (const f of distinct(folders))
            if (namesKept[n] && keeps(n, f))
                foldersKept[f] = 1;
    // Every pair that can occur has been asked above (a name no folder keeps is never kept).
    const kept = (i) => table[(names[nameOf[i]] << 8) | folders[folderOf[i]]] === 2;
    const byFolder = index.foldersGrouped();
    const viaFolders = countKept(folders, foldersKept, byFolder);
    if (viaFolders * 4 < index.length) {
        const at = gather(folders, foldersKept, byFolder, viaFolders);
        for (let k = 0; k < at.length && out.length < limit; k++)
            if (kept(at[k]))
                out.push(index.path(at[k]));
        return out;
    }
    for (let i = 0; i < index.length && out.length < limit; i++)
        if (kept(i))
            out.push(index.path(i));
    return out;
}
// Plain loops: Uint8Array.from with a mapping function and a Set of a typed array cost a
// millisecond each on ten thousand folders, and a rule asks dozens of times.
function classesOf(values, classOf) {
    const classes = new Uint8Array(values.length);
    for (let i = 0; i < values.length; i++)
        classes[i] = classOf(values[i]);
    return classes;
}
function distinct(classes) {
    const seen = new Uint8Array(256);
    const out = [];
    for (let i = 0; i < classes.length; i++)
        if (!seen[classes[i]]) {
            seen[classes[i]] = 1;
            out.push(classes[i]);
        }
    return out;
}
/** How many files have an id whose class is kept. */
function countKept(classes, kept, { start }) {
    let count = 0;
    for (let id = 0; id < classes.length; id++)
        if (kept[classes[id]])
            count += start[id + 1] - start[id];
    return count;
}
/** The positions, ascending, of the files with an id whose class is kept. */
function gather(classes, kept, { positions, start }, count) {
    const at = new Uint32Array(count);
    let n = 0;
    for (let id = 0; id < classes.length; id++)
        if (kept[classes[id]]) {
            at.set(positions.subarray(start[id], start[id + 1]), n);
            n += start[id + 1] - start[id];
        }
    return at.sort();
}


/***/ }),

/***/ 718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ Repository)
});

// UNUSED EXPORTS: MAX_READ_BYTES

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/lib/node-app/package-json.ts
var package_json = __webpack_require__(9557);
// EXTERNAL MODULE: ./src/lib/repository/path-index.ts
var path_index = __webpack_require__(3980);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./src/lib/git-read.ts + 3 modules
var git_read = __webpack_require__(3339);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/lib/skipped-folders.ts
var skipped_folders = __webpack_require__(7099);
// EXTERNAL MODULE: ./src/lib/inside-root.ts
var inside_root = __webpack_require__(8296);
;// CONCATENATED MODULE: ./src/lib/repository/plain-folder.ts
/**
 * A folder ('' or 'a/b/') with no `.`, `..` or empty part and no leading slash. Git never writes
 * other paths into its index, but a crafted index (a `.git` folder planted in an unpacked tree) can.
 */
function isPlainFolder(folder) {
    return !/(?:^|\/)\.{0,2}\//.test(folder);
}

;// CONCATENATED MODULE: ./src/lib/repository/walk.ts
// The file index: in a git checkout, the files git tracks (read from the index: a committed
// .gitignore cannot hide a tracked file); elsewhere, one walk that honours .gitignore and never
// enters ignored folders. Links are resolved only inside the root, special files are skipped.










/** A .gitignore over either cap is not applied (and says so): ignoring less is the safe side. */
const MAX_GITIGNORE_BYTES = 64 * 1024;
const MAX_GITIGNORE_PATTERNS = 1000;
const SKIPPED_SEGMENT = new RegExp(`(^|/)(${[...skipped_folders/* ALWAYS_SKIPPED */.F].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})/`);
function walkRepository(root, options = {}) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const tracked = (0,git_read/* gitTrackedFiles */.et)(root, skippedFolder);
    if (tracked && 'index' in tracked && (tracked.index.length || tracked.links.length))
        return fromGit(root, realRoot, tracked, options);
    const result = walkFolder(root, realRoot, options);
    // A folder git tracks nothing of (new, or outside the repository's files) is audited as a folder.
    if (tracked)
        result.warnings.unshift({
            file: '.',
            message: 'error' in tracked
                ? `git could not list the tracked files (${tracked.error}); the folder was walked with .gitignore applied`
                : 'git tracks no file in this folder; the folder was walked with .gitignore applied',
        });
    return result;
}
// Folders never listed from git's index: the ones the walk never enters, and paths no checkout has.
function skippedFolder(folder) {
    return SKIPPED_SEGMENT.test(folder) || !isPlainFolder(folder);
}
function fromGit(root, realRoot, tracked, options) {
    const result = {
        index: tracked.index,
        warnings: [],
        source: 'git',
        realRoot,
        links: new Map(),
        incomplete: false,
    };
    for (const path of tracked.links) {
        const skip = skippedFolder(path.slice(0, path.lastIndexOf('/') + 1));
        const real = skip ? undefined : keepLink(root, realRoot, path, result.warnings);
        if (real)
            result.links.set(path, real);
    }
    // The index is sorted by bytes, which is JavaScript's order for ASCII paths: sort only when needed.
    if (result.links.size || (tracked.maybeUnsorted && !isSorted(result.index.files)))
        result.index = (0,path_index/* indexPaths */.Ny)([...result.index.files, ...result.links.keys()].sort());
    if (options.deadline !== undefined && performance.now() > options.deadline)
        result.incomplete = true;
    return result;
}
function isSorted(list) {
    for (let i = 1; i < list.length; i++)
        if (list[i - 1] > list[i])
            return false;
    return true;
}
function walkFolder(root, realRoot, options) {
    const warnings = [];
    const links = new Map();
    const listed = new path_index/* PathIndexBuilder */.PX();
    let incomplete = false;
    let patterns = 0;
    let n = 0;
    const visit = (relDir, scopes) => {
        if (incomplete)
            return;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(relDir ? (0,external_node_path_.join)(root, relDir) : root, { withFileTypes: true });
        }
        catch (error) {
            warnings.push({
                file: relDir || '.',
                message: `folder could not be read (${error.code ?? 'error'})`,
            });
            return;
        }
        const prefix = relDir ? `${relDir}/` : '';
        const folderId = listed.folder(prefix);
        let ownScopes = scopes;
        if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            const rules = readGitignore((0,external_node_path_.join)(root, prefix, '.gitignore'), `${prefix}.gitignore`, patterns, warnings);
            if (rules) {
                patterns += rules.count;
                ownScopes = [...scopes, { base: prefix, rules: rules.rules, byName: rules.byName ? new Map() : undefined }];
            }
        }
        // Visiting each folder's entries in the order of their paths (a folder's name followed by '/')
        // lists the files already sorted.
        for (const entry of sortedEntries(entries)) {
            if ((++n & 1023) === 0 && options.deadline !== undefined && performance.now() > options.deadline) {
                incomplete = true;
                return;
            }
            const rel = prefix + entry.name;
            const isDir = entry.isDirectory();
            if (entry.isSymbolicLink()) {
                if (isIgnored(ownScopes, rel, entry.name, false))
                    continue;
                const real = keepLink(root, realRoot, rel, warnings);
                if (real) {
                    links.set(rel, real);
                    listed.add(folderId, entry.name);
                }
                continue;
            }
            if (isDir && skipped_folders/* ALWAYS_SKIPPED */.F.has(entry.name))
                continue;
            if (isIgnored(ownScopes, rel, entry.name, isDir))
                continue;
            if (isDir)
                visit(rel, ownScopes);
            else if (entry.isFile())
                listed.add(folderId, entry.name);
            else
                warnings.push({ file: rel, message: `skipped: ${(0,safe_read/* kindOf */.I)(entry)}, not a regular file` });
        }
    };
    visit('', []);
    return { index: listed.done(), warnings, source: 'folder', links, incomplete, realRoot };
}
function sortedEntries(entries) {
    const keyed = entries.map((e) => ({ entry: e, key: e.isDirectory() ? `${e.name}/` : e.name }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.map((k) => k.entry);
}
function readGitignore(absolute, rel, patternsSoFar, warnings) {
    const read = (0,safe_read/* readRegularFile */.XF)(absolute, MAX_GITIGNORE_BYTES);
    if ('refused' in read) {
        warnings.push({ file: rel, message: `${read.refused}; its rules were not applied` });
        return undefined;
    }
    const lines = read.bytes
        .toString('utf8')
        .split(/\r?\n/)
        .filter((l) => l.trim() && !l.startsWith('#'));
    if (patternsSoFar + lines.length > MAX_GITIGNORE_PATTERNS) {
        warnings.push({
            file: rel,
            message: `not applied: ${lines.length} patterns would pass the limit of ${MAX_GITIGNORE_PATTERNS} .gitignore patterns per audit`,
        });
        return undefined;
    }
    const byName = lines.every((l) => !l.trim().replace(/\/$/, '').includes('/'));
    return { rules: ignore_default()().add(lines), count: lines.length, byName };
}
// A link stays in the index only when it resolves, inside the root, to a regular file; it is then
// read at its real path. Links to folders are never followed (no loops, no escapes).
function keepLink(root, realRoot, rel, warnings) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, rel));
    }
    catch {
        warnings.push({ file: rel, message: 'broken symbolic link' });
        return undefined;
    }
    if (!(0,inside_root/* isInsideRoot */.X)(real, realRoot)) {
        warnings.push({ file: rel, message: 'skipped: symbolic link to a path outside the repository' });
        return undefined;
    }
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(real);
    }
    catch {
        warnings.push({ file: rel, message: 'broken symbolic link' });
        return undefined;
    }
    if (stat.isDirectory())
        return undefined;
    if (!stat.isFile()) {
        warnings.push({ file: rel, message: `skipped: symbolic link to ${(0,safe_read/* kindOf */.I)(stat)}` });
        return undefined;
    }
    return real;
}
// As in git, the deepest .gitignore with an opinion wins: a `!pattern` below re-includes what a
// parent ignored.
function isIgnored(scopes, rel, name, isDir) {
    for (let i = scopes.length - 1; i >= 0; i--) {
        const scope = scopes[i];
        let verdict;
        if (scope.byName) {
            const key = isDir ? `${name}/` : name;
            verdict = scope.byName.get(key);
            if (!verdict)
                scope.byName.set(key, (verdict = scope.rules.test(key)));
        }
        else
            verdict = scope.rules.test(rel.slice(scope.base.length) + (isDir ? '/' : ''));
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/lib/repository/read-text.ts
// A listed file's text, read the one way the audit reads files: never through a folder that
// resolves outside the root, never a link, a special file, a binary file or more than MAX_READ_BYTES.





/** Files larger than this are listed but not read. */
const MAX_READ_BYTES = 1024 * 1024;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Subfolders checked one by one before the rest of their folder's entries are read at once. */
const READDIR_FOLDERS = 64;
function textOf(bytes) {
    if (bytes.includes(0))
        return { failure: 'not read: binary file' };
    try {
        return { text: STRICT_UTF8.decode(bytes).replace(/^\uFEFF/, '') };
    }
    catch {
        return { failure: 'not read: not valid UTF-8 text' };
    }
}
/** Reads listed files of one root. */
class ListedFileReader {
    realRoot;
    filesIn;
    inside = new Map();
    /** Per folder read at once, the names of the links among its entries. */
    linksIn = new Map();
    /** Per folder, how many of its subfolders were checked one by one. */
    checked = new Map();
    /** The root with one trailing separator: a listed path (plain, relative) is appended as it is. */
    base;
    constructor(root, realRoot, filesIn) {
        this.realRoot = realRoot;
        this.filesIn = filesIn;
        const normal = (0,external_node_path_.normalize)(root);
        this.base = normal.endsWith(external_node_path_.sep) ? normal : normal + external_node_path_.sep;
    }
    /**
     * The text of `path`, a listed file. `realPath` is given for a listed link (already resolved
     * inside the root), which is read there.
     */
    read(path, realPath) {
        if (realPath === undefined && !this.folderInside(path.slice(0, Math.max(0, path.lastIndexOf('/')))))
            return { failure: 'not read: its folder is a link out of the repository' };
        const read = (0,safe_read/* viewRegularFile */.uR)(realPath ?? this.base + path, MAX_READ_BYTES, textOf);
        return 'refused' in read ? { failure: read.refused } : read.value;
    }
    // Git never tracks a path through a linked folder, but the work tree may have changed since the
    // checkout: a folder that resolves outside the root is not read from. Each folder is checked once,
    // from the root down, with one lstat (its parents are known by then).
    folderInside(folder) {
        if (!folder)
            return true;
        if (!isPlainFolder(`${folder}/`))
            return false;
        let inside = this.inside.get(folder);
        if (inside === undefined) {
            const slash = folder.lastIndexOf('/');
            const parent = slash < 0 ? '' : folder.slice(0, slash);
            inside = this.folderInside(parent);
            if (inside && this.isLink(parent, folder.slice(slash + 1))) {
                try {
                    inside = (0,inside_root/* isInsideRoot */.X)(external_node_fs_.realpathSync.native(this.base + folder), this.realRoot);
                }
                catch {
                    // a broken link: the open fails on its own
                }
            }
            this.inside.set(folder, inside);
        }
        return inside;
    }
    // One lstat, until a folder has had many subfolders checked and holds few files beside them:
    // then one read of its entries answers for the rest (it costs less than the lstats it replaces).
    // A missing entry is no link: the open fails on its own.
    isLink(parent, name) {
        const links = this.linksIn.get(parent) ?? this.readLinks(parent);
        if (links)
            return links.has(name);
        try {
            return (0,external_node_fs_.lstatSync)(this.base + (parent ? `${parent}/` : '') + name).isSymbolicLink();
        }
        catch {
            return false;
        }
    }
    readLinks(parent) {
        const checked = (this.checked.get(parent) ?? 0) + 1;
        this.checked.set(parent, checked);
        if (checked <= READDIR_FOLDERS || (this.filesIn?.(parent) ?? Infinity) > 4 * checked)
            return undefined;
        try {
            const links = new Set();
            for (const entry of (0,external_node_fs_.readdirSync)(this.base + parent, { withFileTypes: true }))
                if (entry.isSymbolicLink())
                    links.add(entry.name);
            this.linksIn.set(parent, links);
            return links;
        }
        catch {
            // Not read again: its subfolders are checked one by one from now on.
            this.checked.set(parent, Number.NEGATIVE_INFINITY);
            return undefined;
        }
    }
}

// EXTERNAL MODULE: ./src/lib/repository/workflow.ts
var workflow = __webpack_require__(255);
;// CONCATENATED MODULE: ./src/lib/repository/repository.ts
// The repository model: built once per audit (and by init), read by every rule. Rules never touch the disk:
// they ask this model for files, text, parsed JSON/YAML, package.json files and workflows. It is
// the FileSource that src/lib/node-app reads the app through.








/** Parsed YAML trees of files up to this size are kept for the next rule; larger ones are parsed, used, dropped. */
const CACHED_YAML_BYTES = 64 * 1024;
class Repository {
    root;
    warnings;
    textCache = new Map();
    jsonCache = new Map();
    yamlCache = new Map();
    packageCache;
    dependencyNames;
    workflowCache;
    unreadableWorkflowList = [];
    unreadableListed = false;
    memo = new Map();
    index;
    tree;
    lookups = new Map();
    /** Why the last read or parse of a file failed. */
    failures = new Map();
    links;
    reader;
    /** `git` when the index lists what git tracks, `folder` for a walk with .gitignore applied. */
    source;
    /** True when the listing stopped at the deadline. */
    incomplete;
    constructor(root, options = {}) {
        this.root = root;
        const { ignore = [], deadline } = Array.isArray(options)
            ? { ignore: options, deadline: undefined }
            : options;
        const walk = walkRepository(root, { deadline });
        const ignored = ignore.length ? picomatch_default()(ignore, { dot: true }) : undefined;
        this.index = ignored ? (0,path_index/* indexPaths */.Ny)(walk.index.files.filter((f) => !ignored(f))) : walk.index;
        this.warnings = walk.warnings;
        this.links = walk.links;
        this.source = walk.source;
        this.incomplete = walk.incomplete;
        this.reader = new ListedFileReader(root, walk.realRoot, (folder) => this.filesIn(folder));
    }
    /** Every listed file, sorted (the paths are made on first use: prefer the lookups below). */
    get files() {
        return this.index.files;
    }
    /** The number of listed files. */
    get fileCount() {
        return this.index.length;
    }
    has(path) {
        return this.index.has(path);
    }
    /** A listed file, or a folder holding one. */
    exists(path) {
        if (this.has(path))
            return true;
        let end = path.length;
        while (end > 0 && path.charCodeAt(end - 1) === 47 /* '/' */)
            end--;
        const dir = path.slice(0, end);
        if (!dir)
            return false;
        const tree = this.folderTree();
        return tree.names.has(dir.slice(dir.lastIndexOf('/') + 1)) && tree.folders.has(dir);
    }
    /** True when some listed file or folder has this base name. */
    namesAnything(base) {
        if (this.index.nameIds.has(base))
            return true;
        if (this.tree)
            return this.tree.names.has(base);
        // A pass over the folders' paths costs less than the tree, for a question asked a few times.
        const part = `/${base}/`;
        return this.index.folders.some((f) => f.includes(part) || f.startsWith(part.slice(1)));
    }
    // Every folder that holds a file, directly or below (a few per thousand files), and the names
    // those folders go by (most questions end at the name).
    folderTree() {
        if (!this.tree) {
            const tree = { folders: new Set(), names: new Set() };
            for (const folder of this.index.folders)
                for (let f = folder.slice(0, -1); f && !tree.folders.has(f);) {
                    tree.folders.add(f);
                    const slash = f.lastIndexOf('/');
                    tree.names.add(f.slice(slash + 1));
                    f = f.slice(0, Math.max(0, slash));
                }
            this.tree = tree;
        }
        return this.tree;
    }
    /** The files the listing holds directly in `folder` ('' or 'a/b'). */
    filesIn(folder) {
        const id = this.index.folderIds.get(folder ? `${folder}/` : '');
        return id === undefined ? 0 : this.index.ofFolder(id).length;
    }
    list() {
        return this.files;
    }
    /** Files matching one or more globs (picomatch syntax, `dot: true`). */
    glob(patterns) {
        const key = `glob:${JSON.stringify(patterns)}`;
        let hit = this.lookups.get(key);
        if (!hit) {
            const match = picomatch_default()(patterns, { dot: true });
            hit = this.globCandidates(patterns).filter((f) => match(f));
            this.lookups.set(key, hit);
        }
        return [...hit];
    }
    // Files a glob can match, a superset, without a pass over every file when the pattern allows:
    // a last segment with no '/' or '**' must match the base name (the base-name index answers), and
    // a literal folder before the glob is a folder prefix (see under()).
    globCandidates(patterns) {
        const pattern = typeof patterns === 'string' ? patterns : patterns.length === 1 ? patterns[0] : undefined;
        if (pattern === undefined)
            return this.files;
        const scan = picomatch_default().scan(pattern);
        if (!scan.isGlob || scan.negated || scan.prefix !== '' || scan.base.includes('\\') || scan.glob.startsWith('!'))
            return this.files;
        if (!scan.glob.includes('/') && !scan.glob.includes('**')) {
            const name = picomatch_default()(scan.glob, { dot: true });
            return this.namedFiles((base) => name(base));
        }
        return this.under(scan.base ? `${scan.base}/` : '');
    }
    /**
     * The files under `prefix` ('' for every file, else a folder with its slash), in index order,
     * found through the folder index: no path is made for the files outside it.
     */
    under(prefix) {
        return prefix
            ? this.select(() => true, (folder) => folder.startsWith(prefix))
            : this.files;
    }
    /** Files whose base name matches (e.g. 'Dockerfile', /^docker-compose.*\.ya?ml$/). */
    byName(name) {
        if (typeof name === 'string') {
            const id = this.index.nameIds.get(name);
            return id === undefined ? [] : Array.from(this.index.ofName(id), (i) => this.index.path(i));
        }
        const key = `name:${name.source}/${name.flags}`;
        let hit = this.lookups.get(key);
        if (!hit) {
            const re = new RegExp(name.source, name.flags.replace('g', ''));
            hit = this.namedFiles((base) => re.test(base));
            this.lookups.set(key, hit);
        }
        return [...hit];
    }
    /**
     * Files whose base name passes `test`, in index order. The test runs once per distinct base name,
     * not once per file: a rule that looks for a few names costs the names, not the files.
     */
    namedFiles(test) {
        return (0,path_index/* selectPaths */.LO)(this.index, test);
    }
    /** Files whose base name passes `name` and whose folder ('' or 'a/b/') passes `folder`, in index order (the first `limit`). */
    select(name, folder, limit = Infinity) {
        return (0,path_index/* selectPaths */.LO)(this.index, name, folder, limit);
    }
    /** Files kept by `keep` from the classes `name` and `folder` give their base name and folder (see classifyPaths). */
    classify(name, folder, keep, limit = Infinity) {
        return (0,path_index/* classifyPaths */.jN)(this.index, name, folder, keep, limit);
    }
    /** UTF-8 text of a file, or undefined (with a read warning) when it is missing, too large, binary or not UTF-8. */
    read(path) {
        const cached = this.textCache.get(path);
        if (cached !== undefined || this.textCache.has(path))
            return cached;
        const text = this.has(path) ? this.readFromDisk(path) : undefined;
        this.textCache.set(path, text);
        return text;
    }
    readFromDisk(path) {
        const read = this.reader.read(path, this.links.get(path));
        return 'text' in read ? read.text : this.fail(path, read.failure);
    }
    fail(path, reason) {
        this.recordFailure(path, reason);
        return undefined;
    }
    /** Record that a file could not be read or parsed (a warning, and the reason failureOf answers). */
    recordFailure(path, reason) {
        this.failures.set(path, reason);
        this.warn(path, reason);
    }
    /** Why reading or parsing a file failed, or undefined when it has not failed. */
    failureOf(path) {
        return this.failures.get(path);
    }
    /** Paths the listing refused (links out of the tree or to special files, broken links, FIFOs), with why. */
    get refusedPaths() {
        return this.warnings.filter((w) => !this.has(w.file));
    }
    /** Parsed JSON, or undefined (with a warning naming the file) when it does not parse. */
    json(path) {
        const cached = this.jsonCache.get(path);
        if (cached !== undefined || this.jsonCache.has(path))
            return cached;
        const text = this.read(path);
        let value;
        if (text !== undefined) {
            try {
                value = JSON.parse(text);
            }
            catch (error) {
                this.fail(path, `invalid JSON: ${error.message.split('\n')[0]}`);
            }
        }
        this.jsonCache.set(path, value);
        return value;
    }
    /** Parsed YAML with its line counter, or undefined (with a warning) when it does not parse. */
    yaml(path) {
        if (this.yamlCache.has(path))
            return this.yamlCache.get(path);
        const text = this.read(path);
        const parsed = text === undefined ? undefined : this.parseYaml(path, text);
        if (text === undefined || text.length <= CACHED_YAML_BYTES)
            this.yamlCache.set(path, parsed);
        return parsed;
    }
    parseYaml(path, text) {
        const lineCounter = new dist/* LineCounter */.HN();
        try {
            const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
            if (document.errors.length) {
                const e = document.errors[0];
                const line = e.linePos?.[0]?.line;
                return this.fail(path, `invalid YAML${line ? ` at line ${line}` : ''}: ${e.message.split('\n')[0]}`);
            }
            return { value: document.toJS({ maxAliasCount: 100 }), document, lineCounter };
        }
        catch (error) {
            // toJS throws on an alias bomb (too many alias expansions) and on a few malformed trees.
            return this.fail(path, `YAML not read: ${error.message.split('\n')[0]}`);
        }
    }
    /** Every package.json outside ignored folders that parses to an object. */
    get packages() {
        if (this.packageCache)
            return this.packageCache;
        this.packageCache = [];
        for (const file of this.byName('package.json')) {
            const raw = this.json(file);
            const pkg = (0,package_json/* toNodePackage */.qO)(file, raw);
            if (pkg)
                this.packageCache.push(pkg);
            else if (raw !== undefined)
                this.warn(file, 'package.json is not a JSON object');
        }
        return this.packageCache;
    }
    get rootPackage() {
        return this.packages.find((p) => p.dir === '');
    }
    /** True when any package.json names the dependency (runtime or dev) — or, with a RegExp, one matching it. */
    hasDependency(name, { runtimeOnly = false } = {}) {
        // Asked by many rules of thousands of packages: the distinct names are gathered once.
        this.dependencyNames ??= dependencyNames(this.packages);
        const names = runtimeOnly ? this.dependencyNames.runtime : this.dependencyNames.any;
        if (typeof name === 'string')
            return names.has(name);
        for (const n of names)
            if (name.test(n))
                return true;
        return false;
    }
    /** GitHub Actions workflows under .github/workflows, parsed with line numbers. */
    get workflows() {
        if (this.workflowCache)
            return this.workflowCache;
        this.workflowCache = [];
        for (const file of this.glob('.github/workflows/*.{yml,yaml}')) {
            // Parsed, read into jobs and steps, and the tree dropped: only the extract stays in memory.
            const text = this.read(file);
            const parsed = text === undefined ? undefined : this.parseYaml(file, text);
            if (parsed) {
                try {
                    this.workflowCache.push((0,workflow/* parseWorkflow */.h)(file, parsed, text ?? ''));
                    continue;
                }
                catch (error) {
                    this.fail(file, `workflow not read: ${error.message.split('\n')[0]}`);
                }
            }
            this.unreadableWorkflowList.push({ file, reason: this.failures.get(file) ?? 'not read' });
        }
        return this.workflowCache;
    }
    /** Workflow files that could not be read or parsed (too large, invalid YAML, an alias bomb, a link, a special file). */
    get unreadableWorkflows() {
        if (!this.unreadableListed) {
            this.unreadableListed = true;
            void this.workflows;
            // Workflow paths the listing itself refused (links out of the tree, FIFOs) are unreadable too.
            const isWorkflow = picomatch_default()('.github/workflows/*.{yml,yaml}', { dot: true });
            for (const w of this.warnings)
                if (isWorkflow(w.file) && !this.has(w.file))
                    this.unreadableWorkflowList.push({ file: w.file, reason: w.message });
        }
        return this.unreadableWorkflowList;
    }
    /** 1-based line of a character offset in a file's text. */
    lineAt(path, offset) {
        const text = this.read(path) ?? '';
        let line = 1;
        for (let i = 0; i < offset && i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                line++;
        return line;
    }
    /** First match of a pattern in a file, with its 1-based line. */
    find(path, pattern) {
        const text = this.read(path);
        if (text === undefined)
            return undefined;
        const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
        const match = re.exec(text);
        return match ? { match, line: this.lineAt(path, match.index) } : undefined;
    }
    /** Every match of a pattern in a file, with lines. */
    findAll(path, pattern) {
        const text = this.read(path);
        if (text === undefined)
            return [];
        const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        const out = [];
        for (let m = re.exec(text); m; m = re.exec(text)) {
            out.push({ match: m, line: this.lineAt(path, m.index) });
            if (m[0] === '')
                re.lastIndex++;
        }
        return out;
    }
    /** First file among `paths` whose text matches, with the line. */
    findInFiles(paths, pattern) {
        for (const file of paths) {
            const hit = this.find(file, pattern);
            if (hit)
                return { file, ...hit };
        }
        return undefined;
    }
    /** Memoise a derived fact (app kind, deploy target...) so several rules share one computation. */
    fact(key, compute) {
        if (!this.memo.has(key))
            this.memo.set(key, compute(this));
        return this.memo.get(key);
    }
    warn(file, message) {
        if (!this.warnings.some((w) => w.file === file && w.message === message))
            this.warnings.push({ file, message });
    }
}
/** The dependency names of every package: runtime ones, and runtime and dev together. */
function dependencyNames(packages) {
    const runtime = new Set();
    const any = new Set();
    for (const p of packages) {
        for (const n of Object.keys(p.dependencies)) {
            runtime.add(n);
            any.add(n);
        }
        for (const n of Object.keys(p.devDependencies))
            any.add(n);
    }
    return { runtime, any };
}


/***/ }),

/***/ 5919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   p0: () => (/* binding */ withRegularFile),
/* harmony export */   uR: () => (/* binding */ viewRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Opening a file of an untrusted tree: never through a symbolic link, never blocking on a FIFO or
// device, never more than a size cap. The checks happen on the open descriptor (fstat), so a file
// swapped for something else between listing and reading is still refused.

const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function readRegularFile(absolutePath, maxBytes) {
    const read = withRegularFile(absolutePath, maxBytes, (fd, size) => {
        // Unfilled bytes are never returned (the subarray ends where the reads did).
        const buffer = Buffer.allocUnsafe(size);
        let offset = 0;
        while (offset < size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, offset, size - offset, offset);
            if (n === 0)
                break;
            offset += n;
        }
        return buffer.subarray(0, offset);
    });
    return 'refused' in read ? read : { bytes: read.value };
}
/**
 * Open a file as readRegularFile does (no link, no special file, at most `maxBytes`) and hand its
 * descriptor and size to `use`; the descriptor is closed after. An error `use` throws is returned
 * as a refusal, like one of the open.
 */
function withRegularFile(absolutePath, maxBytes, use) {
    return withOpenFile(absolutePath, (fd) => {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const refused = statRefusal(stat, maxBytes);
        return refused ? { refused } : { value: use(fd, stat.size) };
    });
}
// One buffer for viewRegularFile, grown to the largest limit asked for (never shrunk).
let scratch = Buffer.alloc(0);
/**
 * readRegularFile for many small files, one read each: the bytes are read at offset 0 into a
 * buffer reused from call to call and handed to `use`, which must not keep them. A positional read
 * is refused by pipes and sockets (ESPIPE) and by folders (EISDIR), and a regular file on a local
 * filesystem answers it in full up to its end; only an empty answer, one past the limit or a
 * refusal costs the fstat that tells what the file is.
 */
function viewRegularFile(absolutePath, maxBytes, use) {
    if (scratch.length < maxBytes + 1)
        scratch = Buffer.allocUnsafe(maxBytes + 1);
    return withOpenFile(absolutePath, (fd) => {
        let n = -1;
        let readError;
        try {
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, scratch, 0, maxBytes + 1, 0);
        }
        catch (error) {
            // Told apart by the fstat below: a pipe (ESPIPE) or a folder (EISDIR) is no regular file.
            readError = error.code ?? 'read error';
        }
        if (n <= 0 || n > maxBytes) {
            const refused = statRefusal((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd), maxBytes);
            if (refused)
                return { refused };
            if (readError)
                return { refused: `not read: ${readError}` };
            // A regular file that grew past the limit while it was read.
            if (n > maxBytes)
                return { refused: `not read: over the ${maxBytes} byte limit` };
        }
        return { value: use(scratch.subarray(0, n)) };
    });
}
// Open without following a link or blocking, hand the descriptor to `use`, close it; an error on
// the way (the open's or `use`'s) is a refusal naming its code.
function withOpenFile(absolutePath, use) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolutePath, OPEN_FLAGS);
        return use(fd);
    }
    catch (error) {
        const code = error.code;
        return { refused: code === 'ELOOP' ? 'not read: a symbolic link' : `not read: ${code ?? 'read error'}` };
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Why a file with this fstat is not read, or undefined for a regular file within the limit. */
function statRefusal(stat, maxBytes) {
    if (!stat.isFile())
        return `not read: ${kindOf(stat)}, not a regular file`;
    if (stat.size > maxBytes)
        return `not read: ${stat.size} bytes is over the ${maxBytes} byte limit`;
    return undefined;
}
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a directory';
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isBlockDevice() || stat.isCharacterDevice())
        return 'a device';
    if (stat.isSymbolicLink())
        return 'a symbolic link';
    return 'a special file';
}


/***/ }),

/***/ 7099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ ALWAYS_SKIPPED)
/* harmony export */ });
// Folders no reader of a repository descends into: VCS data, dependencies, and build output of
// the common frameworks. The audit's walk and src/lib/node-app's disk source share the list.
const ALWAYS_SKIPPED = new Set([
    '.git',
    'node_modules',
    '.next',
    '.nuxt',
    '.svelte-kit',
    '.output',
    '.turbo',
    '.vercel',
    '.wrangler',
    '.cache',
    'coverage',
    'dist',
    'build',
    '.parcel-cache',
    'bower_components',
    '.yarn',
    '.pnpm-store',
]);


/***/ })

};
;