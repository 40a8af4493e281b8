export const id = 163;
export const ids = [163,993];
export const modules = {

/***/ 8993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CONFIG_FILE: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   EMPTY_CONFIG: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   EXPIRED_SUPPRESSION_RULE: () => (/* binding */ EXPIRED_SUPPRESSION_RULE),
/* harmony export */   applyConfig: () => (/* binding */ applyConfig),
/* harmony export */   loadConfig: () => (/* binding */ loadConfig),
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7268);
/* harmony import */ var _lib_findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3233);
// .shipshape.yml: disable rules, change severities, and suppress findings at paths with a reason
// and an expiry date. An expired suppression stops suppressing and is reported itself.






const DEFAULT_CONFIG_FILE = '.shipshape.yml';
const EXPIRED_SUPPRESSION_RULE = 'shipshape/expired-suppression';
const EMPTY_CONFIG = { disabled: new Set(), severities: new Map(), suppressions: [], ignore: [] };
/** Read the config: an explicit path must exist; the default file is optional. */
function loadConfig(root, explicit) {
    const rel = explicit || DEFAULT_CONFIG_FILE;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        if (explicit)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`config file \`${explicit}\` does not exist`);
        return EMPTY_CONFIG;
    }
    return parseConfig((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), rel);
}
function parseConfig(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${file}: invalid YAML at line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`);
    }
    const value = (doc.toJS() ?? {});
    if (typeof value !== 'object' || Array.isArray(value))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${file}: must be a mapping with \`rules\` and \`suppressions\``);
    const config = { file, disabled: new Set(), severities: new Map(), suppressions: [], ignore: [] };
    if (value.ignore !== undefined) {
        if (!Array.isArray(value.ignore) || value.ignore.some((g) => typeof g !== 'string'))
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${file}: \`ignore\` must be a list of globs`);
        config.ignore = value.ignore;
    }
    if (value['fail-on'] !== undefined) {
        const level = String(value['fail-on']).toLowerCase();
        if (level !== 'none' && !(0,_lib_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .isSeverity */ ._Z)(level))
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${file}: \`fail-on\` must be one of ${_lib_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC.join(', ')}, none (got \`${String(value['fail-on'])}\`)`);
        config.failOn = level;
    }
    const rules = value.rules ?? {};
    if (typeof rules !== 'object' || Array.isArray(rules))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${file}: \`rules\` must map rule ids to off or a severity`);
    for (const [id, setting] of Object.entries(rules)) {
        const s = String(setting).toLowerCase();
        if (setting === false || s === 'off' || s === 'false' || s === 'disabled')
            config.disabled.add(id);
        else if ((0,_lib_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .isSeverity */ ._Z)(s))
            config.severities.set(id, s);
        else
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${file}: rule \`${id}\` must be off or one of ${_lib_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC.join(', ')} (got \`${String(setting)}\`)`);
    }
    const suppressionsNode = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(doc.contents)
        ? doc.contents.get('suppressions', true)
        : undefined;
    const list = value.suppressions ?? [];
    if (!Array.isArray(list))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${file}: \`suppressions\` must be a list`);
    list.forEach((entry, i) => {
        const node = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(suppressionsNode) ? suppressionsNode.items[i] : undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
        const e = (entry ?? {});
        const where = `${file} line ${line}`;
        if (typeof e.rule !== 'string' || !e.rule)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: a suppression needs \`rule\` (a rule id)`);
        if (typeof e.reason !== 'string' || !e.reason.trim())
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: a suppression needs a \`reason\``);
        const expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : String(e.expires ?? '');
        if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: a suppression needs \`expires\` as YYYY-MM-DD (got \`${expires || 'nothing'}\`)`);
        }
        const path = typeof e.path === 'string' && e.path ? e.path : '**';
        const glob = picomatch__WEBPACK_IMPORTED_MODULE_5___default()(path, { dot: true });
        config.suppressions.push({
            rule: e.rule,
            path,
            reason: e.reason.trim(),
            expires,
            line,
            matches: (f) => glob(f) || f === path,
        });
    });
    return config;
}
/** Apply severities and suppressions; expired suppressions add a finding of their own. */
function applyConfig(findings, config, now) {
    const today = now.toISOString().slice(0, 10);
    const out = [];
    const suppressed = [];
    for (const original of findings) {
        const severity = config.severities.get(original.ruleId);
        const finding = severity ? { ...original, severity } : original;
        const match = config.suppressions.find((s) => s.rule === finding.ruleId && s.expires >= today && s.matches(finding.file ?? '.'));
        if (match)
            suppressed.push({ finding, reason: match.reason, expires: match.expires });
        else
            out.push(finding);
    }
    for (const s of config.suppressions) {
        if (s.expires < today) {
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
    }
    return { findings: out, suppressed };
}


/***/ }),

/***/ 8163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/findings.ts
var lib_findings = __webpack_require__(3233);
// EXTERNAL MODULE: ./src/audit/model/repository.ts + 1 modules
var repository = __webpack_require__(7456);
// EXTERNAL MODULE: ./src/audit/rules/index.ts + 49 modules
var audit_rules = __webpack_require__(8723);
// EXTERNAL MODULE: ./src/audit/config.ts
var audit_config = __webpack_require__(8993);
// EXTERNAL MODULE: ./src/audit/rules/rule.ts
var rule = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/audit/score.ts
// Scores: each category starts at 100 and loses points per finding by severity. The overall score
// is the mean of the categories, capped so that many clean categories cannot hide a blocker: at
// most 49 while a critical finding remains, at most 79 while a high one does.

const PENALTY = { critical: 40, high: 25, medium: 10, low: 5 };
const CAP = { critical: 49, high: 79 };
function scoreFindings(findings) {
    const categories = Object.fromEntries(rule/* CATEGORIES */.R.map((c) => [c, 100]));
    for (const f of findings) {
        const c = (0,rule/* categoryOf */.Q)(f.ruleId);
        if (c in categories)
            categories[c] = Math.max(0, categories[c] - PENALTY[f.severity]);
    }
    const values = Object.values(categories);
    const mean = Math.round(values.reduce((a, b) => a + b, 0) / values.length);
    const cap = findings.some((f) => f.severity === 'critical')
        ? CAP.critical
        : findings.some((f) => f.severity === 'high')
            ? CAP.high
            : 100;
    return { overall: Math.min(mean, cap), categories };
}

;// CONCATENATED MODULE: ./src/audit/engine.ts
// The audit engine: build the repository model once, run every enabled rule over it, apply the
// config (severity overrides, suppressions), and score the result.







function runAudit(root, options = {}) {
    const started = performance.now();
    if (!(0,external_node_fs_.existsSync)(root))
        throw new errors/* ConfigurationError */.j(`path \`${root}\` does not exist`);
    if (!(0,external_node_fs_.statSync)(root).isDirectory())
        throw new errors/* ConfigurationError */.j(`path \`${root}\` is not a directory`);
    const config = options.config ?? audit_config.EMPTY_CONFIG;
    const repo = new repository/* Repository */.L(root, config.ignore);
    const rules = (options.rules ?? audit_rules/* ALL_RULES */.U).filter((r) => !config.disabled.has(r.id));
    const raw = [];
    for (const rule of rules) {
        try {
            for (const hit of rule.check(repo)) {
                raw.push({
                    ruleId: rule.id,
                    title: rule.title,
                    remediation: rule.remediation,
                    ...hit,
                    severity: hit.severity ?? rule.severity,
                });
            }
        }
        catch (error) {
            // One broken rule must not hide the others' findings.
            repo.warn('.', `rule ${rule.id} failed: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    const { findings, suppressed } = (0,audit_config.applyConfig)(raw, config, options.now ?? new Date());
    const sorted = (0,lib_findings/* sortFindings */.Tc)(findings);
    return {
        root,
        findings: sorted,
        suppressed,
        warnings: repo.warnings,
        scores: scoreFindings(sorted),
        filesIndexed: repo.files.length,
        rulesRun: rules.length,
        durationMs: Math.round(performance.now() - started),
    };
}


/***/ }),

/***/ 7456:
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
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/audit/model/walk.ts
// The file index: every file of the repository that git would track, found by one walk that never
// enters ignored folders, so its cost follows the files kept, not what .gitignore excludes.



// Never descended into: VCS data, dependencies, and build output of the common frameworks.
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
function walkRepository(root) {
    const files = [];
    const warnings = [];
    const visit = (relDir, scopes) => {
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
        let ownScopes = scopes;
        if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            try {
                const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, prefix, '.gitignore'), 'utf8');
                ownScopes = [...scopes, { base: prefix, rules: ignore_default()().add(text) }];
            }
            catch {
                warnings.push({
                    file: `${prefix}.gitignore`,
                    message: '.gitignore could not be read; its rules were not applied',
                });
            }
        }
        for (const entry of entries) {
            const rel = prefix + entry.name;
            let isDir = entry.isDirectory();
            if (entry.isSymbolicLink()) {
                // Links are listed but never followed: that is how loops and escapes out of the tree are avoided.
                try {
                    isDir = (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, rel)).isDirectory();
                }
                catch {
                    warnings.push({ file: rel, message: 'broken symbolic link' });
                    continue;
                }
                if (isDir)
                    continue;
            }
            if (isDir && ALWAYS_SKIPPED.has(entry.name))
                continue;
            if (isIgnored(ownScopes, rel, isDir))
                continue;
            if (isDir)
                visit(rel, ownScopes);
            else if (entry.isFile() || entry.isSymbolicLink())
                files.push(rel);
        }
    };
    visit('', []);
    files.sort();
    return { files, warnings };
}
// As in git, the deepest .gitignore with an opinion wins: a `!pattern` below re-includes what a
// parent ignored.
function isIgnored(scopes, rel, isDir) {
    for (let i = scopes.length - 1; i >= 0; i--) {
        const scope = scopes[i];
        const local = rel.slice(scope.base.length) + (isDir ? '/' : '');
        const verdict = scope.rules.test(local);
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}

// EXTERNAL MODULE: ./src/audit/model/workflow.ts
var workflow = __webpack_require__(8328);
;// CONCATENATED MODULE: ./src/audit/model/repository.ts
// The repository model: built once per audit, read by every rule. Rules never touch the disk:
// they ask this model for files, text, parsed JSON/YAML, package.json files and workflows.






/** Files larger than this are listed but not read. */
const MAX_READ_BYTES = 1024 * 1024;
class Repository {
    root;
    files;
    warnings;
    fileSet;
    textCache = new Map();
    jsonCache = new Map();
    yamlCache = new Map();
    packageCache;
    workflowCache;
    memo = new Map();
    constructor(root, ignore = []) {
        this.root = root;
        const { files, warnings } = walkRepository(root);
        const ignored = ignore.length ? picomatch_default()(ignore, { dot: true }) : undefined;
        this.files = ignored ? files.filter((f) => !ignored(f)) : files;
        this.warnings = warnings;
        this.fileSet = new Set(this.files);
    }
    has(path) {
        return this.fileSet.has(path);
    }
    /** Files matching one or more globs (picomatch syntax, `dot: true`). */
    glob(patterns) {
        const match = picomatch_default()(patterns, { dot: true });
        return this.files.filter((f) => match(f));
    }
    /** Files whose base name matches (e.g. 'Dockerfile', /^docker-compose.*\.ya?ml$/). */
    byName(name) {
        return this.files.filter((f) => {
            const base = external_node_path_.posix.basename(f);
            return typeof name === 'string' ? base === name : name.test(base);
        });
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
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(this.root, path), 'r');
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            if (size > MAX_READ_BYTES) {
                this.warn(path, `not read: ${size} bytes is over the ${MAX_READ_BYTES} byte limit`);
                return undefined;
            }
            const buffer = Buffer.alloc(size);
            let offset = 0;
            while (offset < size) {
                const n = (0,external_node_fs_.readSync)(fd, buffer, offset, size - offset, offset);
                if (n === 0)
                    break;
                offset += n;
            }
            const bytes = buffer.subarray(0, offset);
            if (bytes.includes(0)) {
                this.warn(path, 'not read: binary file');
                return undefined;
            }
            try {
                return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
            }
            catch {
                this.warn(path, 'not read: not valid UTF-8 text');
                return undefined;
            }
        }
        catch (error) {
            this.warn(path, `not read: ${error.code ?? 'read error'}`);
            return undefined;
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
        }
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
                this.warn(path, `invalid JSON: ${error.message.split('\n')[0]}`);
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
        let parsed;
        if (text !== undefined) {
            const lineCounter = new dist/* LineCounter */.HN();
            const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
            if (document.errors.length) {
                const e = document.errors[0];
                const line = e.linePos?.[0]?.line;
                this.warn(path, `invalid YAML${line ? ` at line ${line}` : ''}: ${e.message.split('\n')[0]}`);
            }
            else {
                parsed = { value: document.toJS({ maxAliasCount: 100 }), document, lineCounter };
            }
        }
        this.yamlCache.set(path, parsed);
        return parsed;
    }
    /** Every package.json outside ignored folders that parses to an object. */
    get packages() {
        if (this.packageCache)
            return this.packageCache;
        this.packageCache = [];
        for (const file of this.byName('package.json')) {
            const raw = this.json(file);
            if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
                if (raw !== undefined)
                    this.warn(file, 'package.json is not a JSON object');
                continue;
            }
            const obj = raw;
            this.packageCache.push({
                file,
                dir: external_node_path_.posix.dirname(file) === '.' ? '' : external_node_path_.posix.dirname(file),
                name: typeof obj.name === 'string' ? obj.name : undefined,
                scripts: stringRecord(obj.scripts),
                dependencies: stringRecord(obj.dependencies),
                devDependencies: stringRecord(obj.devDependencies),
                raw: obj,
            });
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
            const parsed = this.yaml(file);
            if (parsed)
                this.workflowCache.push((0,workflow/* parseWorkflow */.h)(file, parsed, this.read(file) ?? ''));
        }
        return this.workflowCache;
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
function stringRecord(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return {};
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (typeof v === 'string')
            out[k] = v;
    return out;
}


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ categoryOf),
/* harmony export */   R: () => (/* binding */ CATEGORIES)
/* harmony export */ });
const CATEGORIES = [
    'container',
    'ci',
    'scripts',
    'database',
    'backup',
    'secrets',
    'config',
    'observability',
    'security',
    'docs',
];
function categoryOf(ruleId) {
    return ruleId.split('/')[0];
}


/***/ })

};
