"use strict";
exports.id = 163;
exports.ids = [163];
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
    const read = (0,safe_read/* readRegularFile */.X)((0,external_node_path_.join)(root, rel), MAX_CONFIG_BYTES);
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

/***/ 8163:
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
// EXTERNAL MODULE: ./src/lib/repository/repository.ts + 2 modules
var repository = __webpack_require__(5563);
// EXTERNAL MODULE: ./src/audit/rules/index.ts + 57 modules
var audit_rules = __webpack_require__(3863);
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
        const { scanForSecrets } = await __webpack_require__.e(/* import() */ 402).then(__webpack_require__.bind(__webpack_require__, 402));
        await scanForSecrets(repo, started + (options.budgetMs ?? DEFAULT_BUDGET_MS));
    }
    return auditRepository(repo, options, started);
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
    const rules = (options.rules ?? audit_rules/* ALL_RULES */.U).filter((r) => !config.disabled.has(r.id));
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
        filesIndexed: repo.files.length,
        rulesRun: rules.length,
        durationMs: Math.round(performance.now() - started),
    };
}


/***/ }),

/***/ 9415:
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
function readVarint(buf, at) {
    let c = buf[at++];
    let value = c & 127;
    while (c & 128) {
        if (at >= buf.length)
            throw new Error('truncated');
        c = buf[at++];
        value = ((value + 1) << 7) + (c & 127);
    }
    return { value, next: at };
}
const REGULAR = 0o10;
const LINK = 0o12;
const SUBMODULE = 0o16;
/** Parse an index file's entries; throws on anything outside the formats read here. */
function parseGitIndex(buf, prefix = '') {
    if (buf.length < 12 + SHA1_BYTES || buf.toString('latin1', 0, 4) !== 'DIRC')
        throw new Error('not an index');
    const version = buf.readUInt32BE(4);
    if (version < 2 || version > 4)
        throw new Error(`index version ${version}`);
    const count = buf.readUInt32BE(8);
    const end = buf.length - SHA1_BYTES;
    const tracked = { files: [], links: [] };
    let scratch = Buffer.alloc(version === 4 ? 4096 : 0);
    let previousLength = 0;
    let last = '';
    let at = 12;
    for (let i = 0; i < count; i++) {
        if (at + FIXED_BYTES > end)
            throw new Error('truncated');
        const type = buf.readUInt32BE(at + 24) >>> 12;
        if (type !== REGULAR && type !== LINK && type !== SUBMODULE)
            throw new Error(`entry type ${type.toString(8)}`);
        const flags = buf.readUInt16BE(at + FIXED_BYTES - 2);
        let name = at + FIXED_BYTES;
        if (flags & EXTENDED) {
            if (version < 3)
                throw new Error('extended flags in a version 2 index');
            name += 2;
        }
        let path;
        if (version === 4) {
            const strip = readVarint(buf, name);
            const nul = buf.indexOf(0, strip.next);
            if (nul < 0 || nul >= end || strip.value > previousLength)
                throw new Error('bad path');
            const kept = previousLength - strip.value;
            const length = kept + nul - strip.next;
            if (length > scratch.length)
                scratch = Buffer.concat([scratch.subarray(0, kept), Buffer.alloc(length * 2)]);
            buf.copy(scratch, kept, strip.next, nul);
            previousLength = length;
            path = scratch.toString('utf8', 0, length);
            at = nul + 1;
        }
        else {
            let length = flags & NAME_MASK;
            if (length === NAME_MASK)
                length = buf.indexOf(0, name) - name;
            if (length < 0 || name + length >= end || buf[name + length] !== 0)
                throw new Error('bad path');
            path = buf.toString('utf8', name, name + length);
            // Entries are padded with 1 to 8 NUL bytes to a multiple of 8.
            at += (name - at + length + 8) & ~7;
        }
        // A conflicted path has one entry per stage, side by side.
        if (path === last)
            continue;
        last = path;
        if (type === SUBMODULE || (prefix && !path.startsWith(prefix)))
            continue;
        (type === LINK ? tracked.links : tracked.files).push(prefix ? path.slice(prefix.length) : path);
    }
    // Extensions: an upper-case signature is optional (a cache); any other (`link`: split index,
    // `sdir`: sparse index) changes what the entries mean.
    while (at < end) {
        if (at + 8 > end)
            throw new Error('truncated extension');
        const first = buf[at];
        if (first < 0x41 || first > 0x5a)
            throw new Error(`index extension ${buf.toString('latin1', at, at + 4)}`);
        at += 8 + buf.readUInt32BE(at + 4);
    }
    if (at !== end)
        throw new Error('truncated extension');
    return tracked;
}
/**
 * The files git tracks under `dir` (relative to it), read from the index file; `no-work-tree` when
 * no folder from `dir` up holds a `.git`; `undefined` when the index is not one read here (the
 * caller runs git).
 */
function readGitIndex(dir) {
    const found = findGitDir(dir);
    if (!found)
        return 'no-work-tree';
    if (found === 'other')
        return undefined;
    // A repository with SHA-256 object names or a work tree moved elsewhere: left to git.
    const config = (0,safe_read/* readRegularFile */.X)((0,external_node_path_.join)(found.gitDir, 'config'), MAX_CONFIG_BYTES);
    if ('refused' in config || /objectformat|worktree/i.test(config.bytes.toString('latin1')))
        return undefined;
    const index = (0,safe_read/* readRegularFile */.X)((0,external_node_path_.join)(found.gitDir, 'index'), MAX_INDEX_BYTES);
    if ('refused' in index)
        return undefined;
    try {
        return parseGitIndex(index.bytes, found.prefix);
    }
    catch {
        return undefined;
    }
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
 * The files git tracks under `dir` (paths relative to `dir`), read from the index; undefined when
 * `dir` is not inside a git work tree. A failure of git in a work tree is returned as `error`.
 */
function gitTrackedFiles(dir) {
    const indexed = readGitIndex(dir);
    if (indexed === 'no-work-tree')
        return undefined;
    if (indexed)
        return indexed;
    // Without --full-name, paths come relative to `dir` (and -z leaves them unquoted).
    const r = git(dir, ['ls-files', '-z', '--stage', '--', '.']);
    if (!r.ok)
        return /not a git repository/i.test(r.error) || r.error === 'ENOENT' ? undefined : { error: r.error };
    const tracked = { files: [], links: [] };
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
            tracked.links.push(path);
        else if (mode !== '160000')
            tracked.files.push(path);
    }
    return tracked;
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

/***/ 5563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ Repository)
});

// UNUSED EXPORTS: MAX_READ_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/lib/node-app/package-json.ts
var package_json = __webpack_require__(9557);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/lib/repository/path-index.ts
// One pass over the sorted file list that numbers each distinct folder and base name and records,
// per file, which of each it has. A rule's question about names or folders then runs once per
// distinct name or folder, and the pass over the files is a typed-array lookup, not string work:
// on half a million files each string operation per file costs tens of milliseconds.
/** Builds a file list and its index, file by file, in sorted order. */
class PathIndexBuilder {
    files = [];
    folderOf = new Uint32Array(1024);
    nameOf = new Uint32Array(1024);
    index = {
        folders: [],
        names: [],
        folderOf: this.folderOf,
        nameOf: this.nameOf,
        nameIds: new Map(),
        ofName: [],
        ofFolder: [],
    };
    folderIds = new Map();
    /** The id of a folder ('' or 'a/b/'). */
    folder(folder) {
        let id = this.folderIds.get(folder);
        if (id === undefined) {
            id = this.index.folders.length;
            this.folderIds.set(folder, id);
            this.index.folders.push(folder);
            this.index.ofFolder.push([]);
        }
        return id;
    }
    /** Add a file: its path, its folder's id and its base name. */
    add(path, folderId, base) {
        const { index } = this;
        let nameId = index.nameIds.get(base);
        if (nameId === undefined) {
            nameId = index.names.length;
            index.nameIds.set(base, nameId);
            index.names.push(base);
            index.ofName.push([]);
        }
        const i = this.files.length;
        if (i === this.folderOf.length) {
            this.folderOf = grow(this.folderOf);
            this.nameOf = grow(this.nameOf);
        }
        this.folderOf[i] = folderId;
        this.nameOf[i] = nameId;
        index.ofName[nameId].push(i);
        index.ofFolder[folderId].push(i);
        this.files.push(path);
    }
    done() {
        this.index.folderOf = this.folderOf.subarray(0, this.files.length);
        this.index.nameOf = this.nameOf.subarray(0, this.files.length);
        return { files: this.files, index: this.index };
    }
}
function grow(array) {
    const bigger = new Uint32Array(array.length * 2);
    bigger.set(array);
    return bigger;
}
/**
 * Index `paths` (sorted). With `skipFolder`, files in folders it rejects are left out of the
 * returned list (the test runs once per folder).
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
            builder.add(path, folderId, path.slice(slash + 1));
    }
    return builder.done();
}
/**
 * The files (of the indexed list) whose base name passes `name` and whose folder passes `folder`,
 * in list order. Each test runs once per distinct name or folder.
 */
function selectPaths(files, index, name, folder) {
    return classifyPaths(files, index, (base) => (!name || name(base) ? 1 : 0), (f) => (!folder || folder(f) ? 1 : 0), (n, f) => n === 1 && f === 1);
}
/**
 * The files kept by `keep(nameClass, folderClass)`, where `name` and `folder` sort each distinct
 * base name and folder into a small class (0 to 255) once; in list order.
 */
function classifyPaths(files, index, name, folder, keep) {
    const names = Uint8Array.from(index.names, name);
    const folders = Uint8Array.from(index.folders, folder);
    // keep() once per pair of classes, not once per file.
    const table = new Uint8Array(256 * 256);
    const keptName = new Uint8Array(256);
    const keptFolder = new Uint8Array(256);
    for (const n of new Set(names))
        for (const f of new Set(folders))
            if (keep(n, f)) {
                table[(n << 8) | f] = 1;
                keptName[n] = 1;
                keptFolder[f] = 1;
            }
    const { nameOf, folderOf } = index;
    const kept = (i) => table[(names[nameOf[i]] << 8) | folders[folderOf[i]]] === 1;
    // When few names (or few folders) can be kept, their files are gathered from the per-name (or
    // per-folder) lists instead of a pass over every file.
    const viaNames = candidates(index.ofName, names, keptName);
    const viaFolders = candidates(index.ofFolder, folders, keptFolder);
    const fewer = viaNames.count <= viaFolders.count ? viaNames : viaFolders;
    const out = [];
    if (fewer.count * 4 < files.length) {
        const at = new Uint32Array(fewer.count);
        let n = 0;
        for (const list of fewer.lists)
            for (const i of list)
                at[n++] = i;
        at.sort();
        for (const i of at)
            if (kept(i))
                out.push(files[i]);
        return out;
    }
    for (let i = 0; i < files.length; i++)
        if (kept(i))
            out.push(files[i]);
    return out;
}
function candidates(lists, classes, kept) {
    const chosen = [];
    let count = 0;
    for (let id = 0; id < classes.length; id++)
        if (kept[classes[id]]) {
            chosen.push(lists[id]);
            count += lists[id].length;
        }
    return { count, lists: chosen };
}

// EXTERNAL MODULE: ./src/lib/repository/sorted-paths.ts
var sorted_paths = __webpack_require__(5074);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./src/lib/git-read.ts + 1 modules
var git_read = __webpack_require__(9415);
// EXTERNAL MODULE: ./src/lib/skipped-folders.ts
var skipped_folders = __webpack_require__(7099);
// EXTERNAL MODULE: ./src/lib/inside-root.ts
var inside_root = __webpack_require__(8296);
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
    const tracked = (0,git_read/* gitTrackedFiles */.et)(root);
    if (tracked && 'files' in tracked && (tracked.files.length || tracked.links.length))
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
function fromGit(root, realRoot, tracked, options) {
    const listed = indexPaths(tracked.files, (folder) => SKIPPED_SEGMENT.test(folder) || !isPlainFolder(folder));
    const result = { ...listed, warnings: [], source: 'git', links: new Map(), incomplete: false };
    for (const path of tracked.links) {
        const skip = SKIPPED_SEGMENT.test(path) || !isPlainFolder(path.slice(0, path.lastIndexOf('/') + 1));
        const real = skip ? undefined : keepLink(root, realRoot, path, result.warnings);
        if (real)
            result.links.set(path, real);
    }
    // The index is sorted by bytes, which is JavaScript's order for ASCII paths: sort only when needed.
    if (result.links.size || !isSorted(result.files))
        Object.assign(result, indexPaths([...result.files, ...result.links.keys()].sort()));
    if (options.deadline !== undefined && performance.now() > options.deadline)
        result.incomplete = true;
    return result;
}
/**
 * A folder ('' or 'a/b/') with no `.`, `..` or empty part and no leading slash. Git never writes
 * other paths into its index, but a crafted index (a `.git` folder planted in an unpacked tree) can.
 */
function isPlainFolder(folder) {
    return !/(?:^|\/)\.{0,2}\//.test(folder);
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
    const listed = new PathIndexBuilder();
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
                    listed.add(rel, folderId, entry.name);
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
                listed.add(rel, folderId, entry.name);
            else
                warnings.push({ file: rel, message: `skipped: ${(0,safe_read/* kindOf */.I)(entry)}, not a regular file` });
        }
    };
    visit('', []);
    return { ...listed.done(), warnings, source: 'folder', links, incomplete };
}
function sortedEntries(entries) {
    const keyed = entries.map((e) => ({ entry: e, key: e.isDirectory() ? `${e.name}/` : e.name }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.map((k) => k.entry);
}
function readGitignore(absolute, rel, patternsSoFar, warnings) {
    const read = (0,safe_read/* readRegularFile */.X)(absolute, MAX_GITIGNORE_BYTES);
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

// EXTERNAL MODULE: ./src/lib/repository/workflow.ts
var workflow = __webpack_require__(255);
;// CONCATENATED MODULE: ./src/lib/repository/repository.ts
// The repository model: built once per audit (and by init), read by every rule. Rules never touch the disk:
// they ask this model for files, text, parsed JSON/YAML, package.json files and workflows. It is
// the FileSource that src/lib/node-app reads the app through.











const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Files larger than this are listed but not read. */
const MAX_READ_BYTES = 1024 * 1024;
/** Parsed YAML trees of files up to this size are kept for the next rule; larger ones are parsed, used, dropped. */
const CACHED_YAML_BYTES = 64 * 1024;
class Repository {
    root;
    files;
    warnings;
    textCache = new Map();
    jsonCache = new Map();
    yamlCache = new Map();
    packageCache;
    workflowCache;
    unreadableWorkflowList = [];
    unreadableListed = false;
    memo = new Map();
    index;
    folderSet;
    lookups = new Map();
    /** Why the last read or parse of a file failed. */
    failures = new Map();
    links;
    realRoot;
    insideDirs = new Map();
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
        const kept = ignored ? indexPaths(walk.files.filter((f) => !ignored(f))) : walk;
        this.files = kept.files;
        this.index = kept.index;
        this.warnings = walk.warnings;
        this.links = walk.links;
        this.source = walk.source;
        this.incomplete = walk.incomplete;
        this.realRoot = (0,external_node_fs_.realpathSync)(root);
    }
    has(path) {
        // Among the files of its base name (sorted, like `files`), by binary search: no Set of every path.
        const id = this.index.nameIds.get(path.slice(path.lastIndexOf('/') + 1));
        if (id === undefined)
            return false;
        const same = this.index.ofName[id];
        const i = (0,sorted_paths/* lowerBoundBy */.bC)(same.length, (k) => this.files[same[k]], path);
        return i < same.length && this.files[same[i]] === path;
    }
    /** A listed file, or a folder holding one. */
    exists(path) {
        if (this.has(path))
            return true;
        const dir = path.replace(/\/+$/, '');
        if (!dir)
            return false;
        if (!this.folderSet) {
            // Every folder that holds a file, directly or below: a few per thousand files.
            this.folderSet = new Set();
            for (const folder of this.index.folders)
                for (let f = folder.slice(0, -1); f && !this.folderSet.has(f); f = f.slice(0, Math.max(0, f.lastIndexOf('/'))))
                    this.folderSet.add(f);
        }
        return this.folderSet.has(dir);
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
    // a literal folder before the glob is a range of the sorted index.
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
        return scan.base ? (0,sorted_paths/* withPrefix */.Fe)(this.files, `${scan.base}/`) : this.files;
    }
    /** Files whose base name matches (e.g. 'Dockerfile', /^docker-compose.*\.ya?ml$/). */
    byName(name) {
        if (typeof name === 'string') {
            const id = this.index.nameIds.get(name);
            return id === undefined ? [] : this.index.ofName[id].map((i) => this.files[i]);
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
        return selectPaths(this.files, this.index, test);
    }
    /** Files whose base name passes `name` and whose folder ('' or 'a/b/') passes `folder`, in index order. */
    select(name, folder) {
        return selectPaths(this.files, this.index, name, folder);
    }
    /** Files kept by `keep` from the classes `name` and `folder` give their base name and folder (see classifyPaths). */
    classify(name, folder, keep) {
        return classifyPaths(this.files, this.index, name, folder, keep);
    }
    /** UTF-8 text of a file, or undefined (with a read warning) when it is missing, too large, binary or not UTF-8. */
    read(path) {
        if (this.textCache.has(path))
            return this.textCache.get(path);
        const text = this.has(path) ? this.readFromDisk(path) : undefined;
        this.textCache.set(path, text);
        return text;
    }
    readFromDisk(path) {
        const real = this.links.get(path) ?? (0,external_node_path_.join)(this.root, path);
        if (!this.links.has(path) && !this.folderInside(path.slice(0, Math.max(0, path.lastIndexOf('/')))))
            return this.fail(path, 'not read: its folder is a link out of the repository');
        const read = (0,safe_read/* readRegularFile */.X)(real, MAX_READ_BYTES);
        if ('refused' in read)
            return this.fail(path, read.refused);
        const bytes = read.bytes;
        if (bytes.includes(0))
            return this.fail(path, 'not read: binary file');
        try {
            return STRICT_UTF8.decode(bytes).replace(/^\uFEFF/, '');
        }
        catch {
            return this.fail(path, 'not read: not valid UTF-8 text');
        }
    }
    // Git never tracks a path through a linked folder, but the work tree may have changed since the
    // checkout: a folder that resolves outside the root is not read from. Each folder is checked once,
    // from the root down, with one lstat (its parents are known by then).
    folderInside(folder) {
        if (!folder)
            return true;
        if (!isPlainFolder(`${folder}/`))
            return false;
        let inside = this.insideDirs.get(folder);
        if (inside === undefined) {
            const slash = folder.lastIndexOf('/');
            inside = this.folderInside(slash < 0 ? '' : folder.slice(0, slash));
            if (inside) {
                const absolute = (0,external_node_path_.join)(this.root, folder);
                try {
                    if ((0,external_node_fs_.lstatSync)(absolute).isSymbolicLink()) {
                        const real = external_node_fs_.realpathSync.native(absolute);
                        inside = (0,inside_root/* isInsideRoot */.X)(real, this.realRoot);
                    }
                }
                catch {
                    // a missing folder: the open fails on its own
                }
            }
            this.insideDirs.set(folder, inside);
        }
        return inside;
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
        if (this.jsonCache.has(path))
            return this.jsonCache.get(path);
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
        return this.packages.some((p) => {
            const names = [...Object.keys(p.dependencies), ...(runtimeOnly ? [] : Object.keys(p.devDependencies))];
            return names.some((n) => (typeof name === 'string' ? n === name : name.test(n)));
        });
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


/***/ }),

/***/ 5919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   X: () => (/* binding */ readRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Opening a file of an untrusted tree: never through a symbolic link, never blocking on a FIFO or
// device, never more than a size cap. The checks happen on the open descriptor (fstat), so a file
// swapped for something else between listing and reading is still refused.

const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function readRegularFile(absolutePath, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolutePath, OPEN_FLAGS);
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            return { refused: `not read: ${kindOf(stat)}, not a regular file` };
        if (stat.size > maxBytes)
            return { refused: `not read: ${stat.size} bytes is over the ${maxBytes} byte limit` };
        // Unfilled bytes are never returned (the subarray ends where the reads did).
        const buffer = Buffer.allocUnsafe(stat.size);
        let offset = 0;
        while (offset < stat.size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, offset, stat.size - offset, offset);
            if (n === 0)
                break;
            offset += n;
        }
        return { bytes: buffer.subarray(0, offset) };
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