export const id = 841;
export const ids = [841];
export const modules = {

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

/***/ 841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffConfigs: () => (/* binding */ diffConfigs),
/* harmony export */   loadPolicy: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _lib_git_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6572);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9336);
// Where the audit's policy (.shipshape.yml) comes from, and what it does. On a pull request the
// policy is the base commit's: the branch under judgment cannot rewrite the rules that judge it.
// Its own edit of the file is reported as a policy change, and every disabled rule, severity
// override, ignored path and suppression is listed, so nothing is silenced silently.



function loadPolicy(root, explicit, options = {}) {
    const file = explicit || _config_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG_FILE */ .Cu;
    if (!options.pullRequest) {
        const text = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfigText */ .im)(root, file);
        if (text === undefined && explicit)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`config file \`${explicit}\` does not exist`);
        const config = text === undefined ? _config_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_CONFIG */ .$v : (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)(text, file);
        return { config, policy: describe(file, 'working-tree', undefined, config, text !== undefined) };
    }
    let baseText;
    let warning;
    if (!options.baseSha)
        warning = 'the event names no base commit';
    else {
        const base = (0,_lib_git_read_js__WEBPACK_IMPORTED_MODULE_1__/* .gitFileAtCommit */ .x0)(root, options.baseSha, file);
        if ('text' in base)
            baseText = base.text;
        else if ('error' in base)
            warning = base.error;
    }
    const config = baseText === undefined ? _config_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_CONFIG */ .$v : (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)(baseText, `${file} (base commit)`);
    const policy = describe(file, 'base-commit', options.baseSha, config, baseText !== undefined);
    if (warning)
        policy.warning = `base policy not read (${warning}): no suppressions or disabled rules apply`;
    let headText;
    try {
        headText = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfigText */ .im)(root, file);
    }
    catch (error) {
        policy.changedInPullRequest = true;
        policy.changes.push(`the pull request's ${file} is not readable (${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)})`);
        return { config, policy };
    }
    if (headText === baseText)
        return { config, policy };
    policy.changedInPullRequest = true;
    if (headText === undefined) {
        policy.changes.push(`deletes ${file}`);
        return { config, policy };
    }
    let head;
    try {
        head = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)(headText, file);
    }
    catch (error) {
        policy.changes.push(`${baseText === undefined ? 'adds' : 'edits'} ${file}, which does not parse: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}`);
        return { config, policy };
    }
    policy.changes.push(...(baseText === undefined ? [`adds ${file}`] : []), ...diffConfigs(config, head));
    if (policy.changes.length === 0)
        policy.changes.push(`edits ${file} (no change to rules, ignores or suppressions)`);
    return { config, policy };
}
function describe(file, source, baseSha, config, applied) {
    return {
        file,
        source,
        ...(baseSha ? { baseSha } : {}),
        applied,
        changedInPullRequest: false,
        changes: [],
        disabledRules: [...config.disabled].sort(),
        severityOverrides: Object.fromEntries([...config.severities].sort()),
        ignore: [...config.ignore],
        suppressions: config.suppressions.map((s) => ({
            rule: s.rule,
            path: s.path,
            reason: s.reason,
            expires: s.expires,
        })),
        ...(config.failOn ? { failOn: config.failOn.label } : {}),
    };
}
/** What `head` would change over `base`, in the words of a reviewer. */
function diffConfigs(base, head) {
    const out = [];
    for (const id of head.disabled)
        if (!base.disabled.has(id))
            out.push(`disables rule ${id}`);
    for (const id of base.disabled)
        if (!head.disabled.has(id))
            out.push(`re-enables rule ${id}`);
    for (const [id, severity] of head.severities)
        if (base.severities.get(id) !== severity)
            out.push(`sets rule ${id} to ${severity} (was ${base.severities.get(id) ?? 'its default'})`);
    for (const id of base.severities.keys())
        if (!head.severities.has(id))
            out.push(`returns rule ${id} to its default severity`);
    for (const glob of head.ignore)
        if (!base.ignore.includes(glob))
            out.push(`ignores files matching \`${glob}\``);
    for (const glob of base.ignore)
        if (!head.ignore.includes(glob))
            out.push(`stops ignoring \`${glob}\``);
    const key = (s) => `${s.rule} ${s.path} ${s.expires}`;
    const baseKeys = new Set(base.suppressions.map(key));
    const headKeys = new Set(head.suppressions.map(key));
    for (const s of head.suppressions)
        if (!baseKeys.has(key(s)))
            out.push(`suppresses ${s.rule} at \`${s.path}\` until ${s.expires} ("${s.reason}")`);
    for (const s of base.suppressions)
        if (!headKeys.has(key(s)))
            out.push(`removes the suppression of ${s.rule} at \`${s.path}\``);
    if (head.failOn?.label !== base.failOn?.label)
        out.push(`sets fail-on to ${head.failOn?.label ?? 'the default'} (was ${base.failOn?.label ?? 'the default'})`);
    return out;
}


/***/ }),

/***/ 6572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   et: () => (/* binding */ gitTrackedFiles),
/* harmony export */   x0: () => (/* binding */ gitFileAtCommit)
/* harmony export */ });
/* unused harmony export isCommitSha */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
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
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [...SAFE_CONFIG, ...args], {
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
    // Without --full-name, paths come relative to `dir` (and -z leaves them unquoted).
    const r = git(dir, ['ls-files', '-z', '--stage', '--', '.']);
    if (!r.ok)
        return /not a git repository/i.test(r.error) || r.error === 'ENOENT' ? undefined : { error: r.error };
    const files = [];
    const text = r.stdout.toString('utf8');
    let start = 0;
    let last = '';
    while (start < text.length) {
        const end = text.indexOf('\0', start);
        const record = text.slice(start, end === -1 ? text.length : end);
        start = end === -1 ? text.length : end + 1;
        // "<mode> <object> <stage>\t<path>"; a conflicted path appears once per stage.
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const path = record.slice(tab + 1);
        if (path === last)
            continue;
        last = path;
        files.push({ path, mode: record.slice(0, record.indexOf(' ')) });
    }
    return { files };
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
        const buffer = Buffer.alloc(stat.size);
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


/***/ })

};
