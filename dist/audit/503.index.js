export const id = 503;
export const ids = [503];
export const modules = {

/***/ 8993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   fx: () => (/* binding */ EXPIRED_SUPPRESSION_RULE),
/* harmony export */   x2: () => (/* binding */ applyConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONFIG_FILE, parseConfig */
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


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ runAudit)
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
    const config = options.config ?? audit_config/* EMPTY_CONFIG */.$v;
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
    const { findings, suppressed } = (0,audit_config/* applyConfig */.x2)(raw, config, options.now ?? new Date());
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

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/runner.ts
var runner = __webpack_require__(9445);
;// CONCATENATED MODULE: ./src/lib/annotations.ts
// Annotations view of a Finding[]: one workflow command per finding, on its file and line.

const MAX_ANNOTATIONS = 50; // GitHub shows at most 10 per level per step; keep the log readable too.
function annotateFindings(findings, limit = MAX_ANNOTATIONS) {
    for (const f of findings.slice(0, limit)) {
        const props = { title: `${f.ruleId}: ${f.title}` };
        if (f.file)
            props.file = f.file;
        if (f.file && f.line)
            props.startLine = f.line;
        const text = `${f.message}\nFix: ${f.remediation}`;
        if (f.severity === 'critical' || f.severity === 'high')
            runner/* error */.z3(text, props);
        else if (f.severity === 'medium')
            runner/* warning */.$e(text, props);
        else
            runner/* notice */.lm(text, props);
    }
    if (findings.length > limit)
        runner/* info */.pq(`${findings.length - limit} more findings are in the report (annotations stop at ${limit}).`);
}

// EXTERNAL MODULE: ./src/lib/findings.ts
var lib_findings = __webpack_require__(3233);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/lib/files.ts
// Writing report files: parent folders created, written whole through a temp file so a crash
// never leaves half a report.


function writeFileAtomic(path, content) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, content);
    (0,external_node_fs_.renameSync)(tmp, path);
}
function writeJson(path, value) {
    writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/summary.ts
// Job summary writing: a failure to write the summary only warns (the step's result stands).


async function writeJobSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        runner/* appendSummary */.fe(markdown);
    }
    catch (error) {
        runner/* warning */.$e(`could not write the job summary: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}
/** Run a phase inside a log group and return its result with its duration in ms. */
async function timedGroup(name, fn) {
    const start = Date.now();
    const value = await core.group(name, fn);
    return { value, ms: Date.now() - start };
}

// EXTERNAL MODULE: ./src/audit/config.ts
var audit_config = __webpack_require__(8993);
// EXTERNAL MODULE: ./src/audit/engine.ts + 1 modules
var engine = __webpack_require__(8163);
;// CONCATENATED MODULE: ./src/audit/gate.ts
// The gate: fail when any finding is at or above the chosen severity ('none' never fails).

function gatePasses(findings, failOn) {
    return failOn === 'none' || !findings.some((f) => (0,lib_findings/* atOrAbove */.kU)(f.severity, failOn));
}

// EXTERNAL MODULE: ./src/audit/inputs.ts + 1 modules
var audit_inputs = __webpack_require__(8852);
;// CONCATENATED MODULE: ./src/audit/report/json.ts
function renderJson(result, gate) {
    return `${JSON.stringify({
        score: result.scores.overall,
        categories: result.scores.categories,
        ...(gate ? { gate } : {}),
        findings: result.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            title: f.title,
            message: f.message,
            file: f.file ?? null,
            line: f.line ?? null,
            remediation: f.remediation,
        })),
        suppressed: result.suppressed.map((s) => ({
            ruleId: s.finding.ruleId,
            file: s.finding.file ?? null,
            reason: s.reason,
            expires: s.expires,
        })),
        warnings: result.warnings,
        filesIndexed: result.filesIndexed,
        durationMs: result.durationMs,
    }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/lib/markdown.ts
// Small Markdown builders shared by the reports and job summaries.
/** Escape text for a Markdown table cell: pipes and newlines would break the row. */
function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
function table(header, rows) {
    const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of rows)
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    return lines.join('\n');
}
function codeSpan(text) {
    const ticks = text.includes('`') ? '``' : '`';
    return `${ticks}${text}${ticks}`;
}

// EXTERNAL MODULE: ./src/audit/rules/rule.ts
var rule = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/audit/report/markdown.ts
// The Markdown report, in the spirit of the hand-written audits our users bring: an executive
// summary of category scores, then findings by severity with evidence and remediation.



const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };
const CATEGORY_NAME = {
    container: 'Containers',
    ci: 'CI/CD',
    scripts: 'Scripts',
    database: 'Database',
    backup: 'Backups',
    secrets: 'Secrets',
    config: 'Configuration',
    observability: 'Observability',
    security: 'Security',
    docs: 'Docs & runbooks',
};
function renderMarkdown(result, options = {}) {
    const counts = (0,lib_findings/* countBySeverity */.Ot)(result.findings);
    const out = [];
    out.push(`# shipshape production-readiness audit`, '');
    const verdict = options.passed === undefined
        ? ''
        : options.passed
            ? ' — ✅ gate passed'
            : ` — ❌ gate failed (fail-on: ${options.failOn})`;
    out.push(`**Overall score: ${result.scores.overall}/100**${verdict}`, '');
    out.push(`${lib_findings/* SEVERITIES */.oC.map((s) => `${ICON[s]} ${counts[s]} ${s}`).join(' · ')} — ${result.filesIndexed} files read in ${result.durationMs} ms`, '');
    out.push('## Executive summary', '');
    const byCategory = new Map();
    for (const f of result.findings) {
        const c = (0,rule/* categoryOf */.Q)(f.ruleId);
        byCategory.set(c, [...(byCategory.get(c) ?? []), f]);
    }
    out.push(table(['Category', 'Score', 'Findings', 'Worst'], rule/* CATEGORIES */.R.map((c) => {
        const list = byCategory.get(c) ?? [];
        const worst = lib_findings/* SEVERITIES */.oC.find((s) => list.some((f) => f.severity === s));
        return [
            CATEGORY_NAME[c],
            `${result.scores.categories[c]}/100`,
            list.length,
            worst ? `${ICON[worst]} ${worst}` : '✅ none',
        ];
    })), '');
    for (const severity of lib_findings/* SEVERITIES */.oC) {
        const list = result.findings.filter((f) => f.severity === severity);
        if (!list.length)
            continue;
        out.push(`## ${ICON[severity]} ${severity[0].toUpperCase()}${severity.slice(1)} (${list.length})`, '');
        list.forEach((f, i) => {
            out.push(`### ${i + 1}. ${f.title}`, '');
            const where = f.file ? `${codeSpan(f.file + (f.line ? `:${f.line}` : ''))}` : 'repository';
            const link = options.fileUrl?.(f);
            out.push(`**Rule:** ${codeSpan(f.ruleId)} · **Location:** ${link ? `[${where}](${link})` : where}`, '');
            out.push(`**Evidence:** ${f.message}`, '');
            out.push(`**Remediation:** ${f.remediation}`, '');
        });
    }
    if (!result.findings.length)
        out.push('No findings: every rule that applies to this repository passed.', '');
    if (result.suppressed.length) {
        out.push('## Suppressed', '');
        out.push(table(['Rule', 'Location', 'Reason', 'Expires'], result.suppressed.map((s) => [s.finding.ruleId, s.finding.file ?? 'repository', s.reason, s.expires ?? ''])), '');
    }
    if (result.warnings.length) {
        out.push('## Read warnings', '', 'These files could not be read fully; rules that needed them may have missed something.', '');
        out.push(table(['File', 'Problem'], result.warnings.map((w) => [w.file, w.message])), '');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/lib/sarif.ts
// GitHub reads `security-severity` (0-10) to rank security results; `level` is SARIF's own scale.
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
function toSarif(tool, findings, rules = []) {
    const ruleInfo = new Map();
    for (const rule of rules)
        ruleInfo.set(rule.id, rule);
    for (const f of findings) {
        if (!ruleInfo.has(f.ruleId)) {
            ruleInfo.set(f.ruleId, {
                id: f.ruleId,
                title: f.title,
                help: f.remediation,
                helpUri: f.helpUri,
                severity: f.severity,
            });
        }
    }
    const ruleList = [...ruleInfo.values()];
    const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: ruleList.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ? c.toUpperCase() : '')),
                            shortDescription: { text: r.title },
                            fullDescription: { text: r.title },
                            help: { text: r.help, markdown: r.help },
                            ...(r.helpUri ? { helpUri: r.helpUri } : {}),
                            defaultConfiguration: { level: LEVEL[r.severity] },
                            properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: [r.id.split('/')[0]] },
                        })),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: ruleIndex.get(f.ruleId),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    // Code scanning requires a location; a repository-wide finding points at the repository root.
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: f.file ?? '.', uriBaseId: '%SRCROOT%' },
                                ...(f.file && f.line
                                    ? { region: { startLine: f.line, ...(f.endLine ? { endLine: f.endLine } : {}) } }
                                    : {}),
                            },
                        },
                    ],
                    partialFingerprints: { primaryLocationLineHash: fingerprint(f) },
                })),
            },
        ],
    };
}
// A stable fingerprint so code scanning tracks a result across runs even when lines shift a little.
function fingerprint(f) {
    let hash = 0x811c9dc5;
    for (const ch of `${f.ruleId}|${f.file ?? ''}|${f.message}`) {
        hash ^= ch.codePointAt(0);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return `${hash.toString(16).padStart(8, '0')}:1`;
}

// EXTERNAL MODULE: ./src/audit/rules/index.ts + 49 modules
var audit_rules = __webpack_require__(8723);
;// CONCATENATED MODULE: ./src/audit/version.ts
// Kept in step with package.json by hand at release time; shown in SARIF and `shipshape --version`.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/audit/report/sarif.ts
// SARIF for code scanning: every rule (with its help) and the findings of this run.




function renderSarif(result) {
    const rules = [
        ...audit_rules/* ALL_RULES */.U.map((r) => ({
            id: r.id,
            title: r.title,
            help: r.remediation,
            severity: r.severity,
            helpUri: `https://github.com/shipshape/shipshape/blob/main/docs/rules.md#${r.id.replace('/', '')}`,
        })),
        {
            id: audit_config/* EXPIRED_SUPPRESSION_RULE */.fx,
            title: 'Suppression has expired',
            help: 'Fix the findings or renew the suppression.',
            severity: 'medium',
        },
    ];
    return `${JSON.stringify(toSarif({ name: 'shipshape', version: VERSION, informationUri: 'https://github.com/shipshape/shipshape' }, result.findings, rules), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/audit/main.ts
// The audit action: read inputs, audit the repository, write the four views of the findings
// (Markdown report + job summary, SARIF, JSON, annotations), set outputs, apply the gate.













async function run(inputs = (0,audit_inputs/* getInputs */.G)()) {
    const config = (0,audit_config/* loadConfig */.Z9)(inputs.path, inputs.config);
    const result = await runner/* group */.Os('Audit', async () => {
        const r = (0,engine/* runAudit */.b)(inputs.path, { config });
        runner/* info */.pq(`${r.filesIndexed} files read, ${r.rulesRun} rules run, ${r.findings.length} findings in ${r.durationMs} ms`);
        return r;
    });
    for (const w of result.warnings.slice(0, 20))
        runner/* warning */.$e(w.message, { title: 'shipshape: file not read', file: w.file });
    // Annotations and links must be relative to the repository root, which may be above `path`.
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const prefix = (0,external_node_path_.relative)(workspace, inputs.path).replace(/\\/g, '/');
    const inRepo = (f) => f.file && prefix && !prefix.startsWith('..') ? { ...f, file: `${prefix}/${f.file}` } : f;
    const passed = gatePasses(result.findings, inputs.failOn);
    const markdown = renderMarkdown(result, {
        failOn: inputs.failOn === 'none' ? undefined : inputs.failOn,
        passed,
        fileUrl: fileUrl(inRepo),
    });
    writeFileAtomic(inputs.reportFile, markdown);
    writeFileAtomic(inputs.sarifFile, renderSarif({ ...result, findings: result.findings.map(inRepo) }));
    writeFileAtomic(inputs.jsonFile, renderJson(result, { failOn: inputs.failOn, passed }));
    annotateFindings(result.findings.map(inRepo));
    const counts = (0,lib_findings/* countBySeverity */.Ot)(result.findings);
    runner/* setOutput */.uH('score', result.scores.overall);
    runner/* setOutput */.uH('critical', counts.critical);
    runner/* setOutput */.uH('high', counts.high);
    runner/* setOutput */.uH('medium', counts.medium);
    runner/* setOutput */.uH('low', counts.low);
    runner/* setOutput */.uH('report-file', inputs.reportFile);
    runner/* setOutput */.uH('sarif-file', inputs.sarifFile);
    runner/* setOutput */.uH('json-file', inputs.jsonFile);
    runner/* setOutput */.uH('passed', String(passed));
    await writeJobSummary(markdown);
    if (inputs.fix === 'pull-request') {
        const { openFixForAudit } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 3931));
        const fix = await runner/* group */.Os('Fix pull request', () => openFixForAudit(inputs.path, workspace, config, result.findings, inputs.githubToken, inputs.failOn));
        runner/* setOutput */.uH('fix-pull-request', fix?.url ?? '');
        runner/* setOutput */.uH('fix-files', fix?.files.join('\n') ?? '');
    }
    if (!passed) {
        const over = result.findings.filter((f) => !gatePasses([f], inputs.failOn)).length;
        runner/* setFailed */.C1(`${over} finding${over === 1 ? '' : 's'} at or above ${inputs.failOn} (score ${result.scores.overall}/100); see ${(0,external_node_path_.relative)(workspace, inputs.reportFile)}`);
    }
}
/** A link to the finding's line on GitHub, when running in Actions. */
function fileUrl(inRepo) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
    if (!server || !repo || !sha)
        return undefined;
    return (f) => {
        const file = inRepo(f).file;
        return file ? `${server}/${repo}/blob/${sha}/${file}${f.line ? `#L${f.line}` : ''}` : undefined;
    };
}


/***/ }),

/***/ 8842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ serverApps),
/* harmony export */   Jt: () => (/* binding */ buildDefinitions),
/* harmony export */   Lb: () => (/* binding */ BUILD_DEFINITION_FILES),
/* harmony export */   Ml: () => (/* binding */ usesDatabase),
/* harmony export */   PV: () => (/* binding */ hasDeployTarget),
/* harmony export */   Vs: () => (/* binding */ hasWorker),
/* harmony export */   Wm: () => (/* binding */ jsonKeyLine),
/* harmony export */   X5: () => (/* binding */ isWorkerPackage),
/* harmony export */   lL: () => (/* binding */ isNextApp),
/* harmony export */   u$: () => (/* binding */ sourceFilesOf),
/* harmony export */   u6: () => (/* binding */ DATABASE_DEPENDENCIES),
/* harmony export */   yy: () => (/* binding */ dockerfiles)
/* harmony export */ });
/* unused harmony exports SERVER_FRAMEWORKS, SOURCE_EXTENSIONS, sourceFiles, packageScripts */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Facts about the repository that several rules need (what kind of app, which deploy target,
// which database), each computed once through repo.fact().

const SERVER_FRAMEWORKS = {
    next: 'Next.js',
    express: 'Express',
    '@nestjs/core': 'Nest',
    fastify: 'Fastify',
    koa: 'Koa',
    '@hapi/hapi': 'hapi',
    '@remix-run/node': 'Remix',
    '@remix-run/serve': 'Remix',
    '@react-router/serve': 'React Router',
    nuxt: 'Nuxt',
    '@sveltejs/adapter-node': 'SvelteKit (node)',
    hono: 'Hono',
    'socket.io': 'Socket.IO',
};
/** Build definitions that count as a container/build strategy for a deploy target. */
const BUILD_DEFINITION_FILES = [
    'Dockerfile',
    'Containerfile',
    'nixpacks.toml',
    'render.yaml',
    'fly.toml',
    'Procfile',
    'app.json',
    'vercel.json',
    'netlify.toml',
    'railway.json',
    'railway.toml',
    'app.yaml',
    'Dockerrun.aws.json',
];
const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]sx?)$/;
const TEST_PATH = /(?:^|\/)(?:__tests__|__mocks__|tests?|spec|e2e|cypress|playwright|fixtures|examples?|scripts|migrations)\/|\.(?:test|spec|stories|config|d)\.[cm]?[jt]sx?$/;
/** Deployable server apps: a package that depends on a server framework and is not a Worker. */
function serverApps(repo) {
    return repo.fact('serverApps', () => {
        const apps = [];
        for (const pkg of repo.packages) {
            if (isWorkerPackage(repo, pkg))
                continue;
            const dep = Object.keys(SERVER_FRAMEWORKS).find((d) => d in pkg.dependencies);
            if (dep)
                apps.push({ pkg, framework: SERVER_FRAMEWORKS[dep], frameworkDep: dep });
        }
        return apps;
    });
}
function isNextApp(app) {
    return app.frameworkDep === 'next';
}
/** A Cloudflare Worker: a wrangler config beside the package. */
function isWorkerPackage(repo, pkg) {
    const at = (name) => (pkg.dir ? `${pkg.dir}/${name}` : name);
    return ['wrangler.toml', 'wrangler.json', 'wrangler.jsonc'].some((f) => repo.has(at(f)));
}
function hasWorker(repo) {
    return repo.fact('hasWorker', () => repo.byName(/^wrangler\.(toml|jsonc?)$/).length > 0);
}
/** Build definitions present anywhere in the repository (paths). */
function buildDefinitions(repo) {
    return repo.fact('buildDefinitions', () => repo.files.filter((f) => BUILD_DEFINITION_FILES.includes(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(f)) ||
        /(^|\/)(Dockerfile|Containerfile)(\.[\w-]+)?$/.test(f) ||
        /\.Dockerfile$/.test(f)));
}
function dockerfiles(repo) {
    return repo.fact('dockerfiles', () => repo.files.filter((f) => /(^|\/)(Dockerfile|Containerfile)(\.[\w-]+)?$/.test(f) || /\.Dockerfile$/.test(f)));
}
/** The repository ships something that runs somewhere: a server app, a Worker, or a build definition. */
function hasDeployTarget(repo) {
    return repo.fact('hasDeployTarget', () => serverApps(repo).length > 0 || hasWorker(repo) || buildDefinitions(repo).length > 0);
}
/** Source files of the application (not tests, configs, scripts or examples). */
function sourceFiles(repo) {
    return repo.fact('sourceFiles', () => repo.files.filter((f) => SOURCE_EXTENSIONS.test(f) && !TEST_PATH.test(f)));
}
/** Source files that belong to a package folder ('' = whole repository). */
function sourceFilesOf(repo, dir) {
    const files = sourceFiles(repo);
    return dir ? files.filter((f) => f.startsWith(`${dir}/`)) : files;
}
const DATABASE_DEPENDENCIES = [
    '@prisma/client',
    'prisma',
    'pg',
    'postgres',
    'mysql',
    'mysql2',
    'mongodb',
    'mongoose',
    'sqlite3',
    'better-sqlite3',
    'sqlite',
    'knex',
    'sequelize',
    'typeorm',
    'drizzle-orm',
    '@libsql/client',
    'redis',
    'ioredis',
    '@neondatabase/serverless',
];
/** The app keeps state: it depends on a database or cache driver/ORM, or declares one (Prisma schema, D1 binding). */
function usesDatabase(repo) {
    return repo.fact('usesDatabase', () => DATABASE_DEPENDENCIES.some((d) => repo.hasDependency(d)) ||
        repo.byName('schema.prisma').length > 0 ||
        d1Bindings(repo));
}
function d1Bindings(repo) {
    return repo.byName(/^wrangler\.(toml|jsonc?)$/).some((f) => /d1_databases/.test(repo.read(f) ?? ''));
}
/** All script text of the repository's package.json files, with where each came from. */
function packageScripts(repo) {
    return repo.packages.flatMap((pkg) => Object.entries(pkg.scripts).map(([name, command]) => ({ pkg, name, command })));
}
/** Line of `"key"` inside a JSON file (best effort, for annotations). */
function jsonKeyLine(repo, file, key) {
    return repo.find(file, new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`))?.line;
}


/***/ }),

/***/ 3432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ otherMigrationFolders),
/* harmony export */   S1: () => (/* binding */ NOT_PRODUCTION_PATH),
/* harmony export */   rp: () => (/* binding */ schemaTools)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _wrangler_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6014);
// Which schema tools the repository uses and which migration history each keeps: Prisma schemas and
// their migrations folder, Drizzle's out folder, Cloudflare D1 migrations, knex/sequelize/typeorm/
// dbmate folders, hand-applied schema.sql files. Shared by database/no-migrations and
// database/migrations-not-deployed.


const NOT_PRODUCTION_PATH = /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|testdata|examples?|samples?|demo|docs?|node_modules)\//;
const MIGRATION_CODE = /MigrationInterface|knex\.schema|\bpgm\.|queryInterface\.|createTable|alterTable|CREATE TABLE|ALTER TABLE|exports\.up\b|export\s+(?:async\s+)?function\s+up\b|\bup\s*:\s*async/;
const within = (repo, dir, re) => {
    const prefix = dir === '.' || dir === '' ? '' : `${dir}/`;
    return repo.files.filter((f) => f.startsWith(prefix) && re.test(f.slice(prefix.length)));
};
/** Schema tools with a known migrations location (Prisma, Drizzle, D1), outside test/example folders. */
function schemaTools(repo) {
    return repo.fact('schemaTools', () => {
        const out = [];
        const prismaDirs = new Set();
        for (const file of repo.byName(/\.prisma$/)) {
            if (NOT_PRODUCTION_PATH.test(file))
                continue;
            const text = repo.read(file) ?? '';
            const provider = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"(\w+)"/.exec(text);
            if (!provider || provider[1] === 'mongodb')
                continue; // MongoDB has no Prisma migrations
            let dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file);
            if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(dir) === 'schema' && node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(dir)) === 'prisma')
                dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(dir); // multi-file schema
            if (prismaDirs.has(dir))
                continue;
            prismaDirs.add(dir);
            const migrationsDir = prismaConfigMigrations(repo, dir) ?? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, 'migrations');
            out.push({
                tool: 'Prisma',
                file,
                line: repo.find(file, /datasource\s+\w+\s*\{/)?.line,
                migrationsDir,
                migrations: within(repo, migrationsDir, /^[^/]+\/migration\.sql$/).sort(),
                applyCommand: 'prisma migrate deploy',
                applyPattern: /prisma(?:@[\w.^~-]+)?\s+migrate\s+deploy|migrate-deploy/,
            });
        }
        for (const file of repo.byName(/^drizzle\.config\.[cm]?[jt]s$/)) {
            if (NOT_PRODUCTION_PATH.test(file))
                continue;
            const text = repo.read(file) ?? '';
            const outDir = /\bout\s*:\s*['"`]([^'"`]+)['"`]/.exec(text)?.[1] ?? 'drizzle';
            const migrationsDir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file), outDir));
            out.push({
                tool: 'Drizzle',
                file,
                line: 1,
                migrationsDir,
                migrations: within(repo, migrationsDir, /^[^/]+\.sql$/).sort(),
                applyCommand: 'drizzle-kit migrate',
                applyPattern: /drizzle-kit\s+migrate|\bmigrate\(\s*\w+\s*,\s*\{\s*migrationsFolder/,
            });
        }
        for (const file of repo.byName(_wrangler_config_js__WEBPACK_IMPORTED_MODULE_1__/* .WRANGLER_CONFIG */ .C)) {
            if (NOT_PRODUCTION_PATH.test(file))
                continue;
            const databases = d1Databases(repo, file);
            if (!databases.length)
                continue;
            const migrationsDir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file), databases.find((d) => d.migrations_dir)?.migrations_dir ?? 'migrations'));
            out.push({
                tool: 'Cloudflare D1',
                file,
                line: repo.find(file, /d1_databases/)?.line,
                migrationsDir,
                migrations: within(repo, migrationsDir, /^[^/]+\.sql$/).sort(),
                applyCommand: 'wrangler d1 migrations apply',
                applyPattern: /wrangler\s+d1\s+migrations\s+apply|d1\s+migrations\s+apply/,
            });
        }
        return out;
    });
}
/** Migration folders of other tools (knex, sequelize, typeorm, dbmate, node-pg-migrate, golang-migrate, Flyway...). */
function otherMigrationFolders(repo) {
    return repo.fact('otherMigrationFolders', () => {
        const claimed = new Set(schemaTools(repo).map((t) => t.migrationsDir));
        const byDir = new Map();
        for (const f of repo.files) {
            if (NOT_PRODUCTION_PATH.test(f))
                continue;
            const m = /^(.*(?:^|\/)(?:migrations|migration|migrate))\/(?:[^/]+\/)?[^/]+\.(?:sql|[cm]?[jt]s)$/.exec(f);
            if (!m || claimed.has(m[1]) || [...claimed].some((c) => m[1].startsWith(`${c}/`)))
                continue;
            if (!byDir.has(m[1]))
                byDir.set(m[1], []);
            byDir.get(m[1]).push(f);
        }
        // A folder named migrations in a front-end (client-state migrations) is not a database's history:
        // keep folders of .sql files, or of scripts that look like schema migrations.
        const looksLikeSchemaMigration = (files) => files.some((f) => f.endsWith('.sql')) || MIGRATION_CODE.test(repo.read(files[0]) ?? '');
        return [...byDir.entries()]
            .filter(([, files]) => looksLikeSchemaMigration(files))
            .map(([dir, migrations]) => ({
            tool: 'migrations',
            dir,
            migrations: migrations.sort(),
            applyCommand: 'your migration tool (knex migrate:latest, sequelize db:migrate, dbmate up...)',
            // Any tool's apply command; kept loose on purpose (a missed finding beats a false one).
            applyPattern: /knex\s+migrate:latest|sequelize(?:-cli)?\s+db:migrate|typeorm.*migration:run|dbmate\b|node-pg-migrate|\bmigrate\s+(?:-\w+\s+\S+\s+)*up\b|supabase\s+db\s+push|flyway|liquibase|goose\b.*\bup\b|atlas\s+migrate|\bmigrat/i,
        }));
    });
}
function d1Databases(repo, file) {
    const databases = (0,_wrangler_config_js__WEBPACK_IMPORTED_MODULE_1__/* .wranglerConfig */ .F)(repo, file)?.d1_databases;
    return Array.isArray(databases) ? databases : [];
}
/** prisma.config.ts can move the migrations folder (`migrations: { path: 'db/migrations' }`). */
function prismaConfigMigrations(repo, schemaDir) {
    const parent = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(schemaDir);
    for (const dir of [schemaDir, parent]) {
        for (const ext of ['ts', 'mts', 'js', 'mjs']) {
            const file = dir === '.' ? `prisma.config.${ext}` : `${dir}/prisma.config.${ext}`;
            const m = repo.has(file)
                ? /migrations\s*:\s*\{[^}]*?\bpath\s*:\s*['"`]([^'"`]+)['"`]/.exec(repo.read(file) ?? '')
                : null;
            if (m)
                return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, m[1]));
        }
    }
    return undefined;
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

/***/ 8328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseWorkflow)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// A GitHub Actions workflow (or composite action) read into jobs and steps with their line numbers,
// so rules can point at the exact `run:` or `uses:` line.

function parseWorkflow(file, parsed, text) {
    const root = parsed.document.contents;
    const value = (parsed.value ?? {});
    const lineOf = (node) => (node?.range ? parsed.lineCounter.linePos(node.range[0]).line : 1);
    const jobs = [];
    const jobsNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) ? root.get('jobs', true) : undefined;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobsNode)) {
        for (const pair of jobsNode.items) {
            const id = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            const jobNode = pair.value;
            const raw = ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobNode) ? jobNode.toJSON() : {});
            jobs.push({
                id,
                line: lineOf(pair.key),
                name: typeof raw.name === 'string' ? raw.name : undefined,
                uses: typeof raw.uses === 'string' ? raw.uses : undefined,
                steps: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobNode) ? parseSteps(jobNode, lineOf) : [],
                env: objectOf(raw.env),
                raw,
            });
        }
    }
    // A composite action.yml keeps its steps under runs.steps: model it as one job named `composite`.
    const runsNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) ? root.get('runs', true) : undefined;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(runsNode) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(runsNode.get('steps', true))) {
        jobs.push({
            id: 'composite',
            line: lineOf(runsNode),
            steps: parseSteps(runsNode, lineOf),
            env: {},
            raw: objectOf(runsNode.toJSON()),
        });
    }
    return {
        file,
        text,
        name: typeof value.name === 'string' ? value.name : undefined,
        on: value.on ?? value.true, // YAML 1.1 readers turn `on` into true; the yaml package keeps `on`
        jobs,
        env: objectOf(value.env),
    };
}
function parseSteps(owner, lineOf) {
    const stepsNode = owner.get('steps', true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(stepsNode))
        return [];
    return stepsNode.items.map((item, index) => {
        const node = item;
        const raw = ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? node.toJSON() : {});
        const usesNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? node.get('uses', true) : undefined;
        const runNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? node.get('run', true) : undefined;
        let runLine;
        if (runNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(runNode)) {
            const start = lineOf(runNode);
            // Block scalars (| or >) start their text on the next line.
            runLine = runNode.type === 'BLOCK_LITERAL' || runNode.type === 'BLOCK_FOLDED' ? start + 1 : start;
        }
        return {
            index,
            line: lineOf(node),
            name: typeof raw.name === 'string' ? raw.name : undefined,
            id: typeof raw.id === 'string' ? raw.id : undefined,
            uses: typeof raw.uses === 'string' ? raw.uses : undefined,
            usesLine: usesNode ? lineOf(usesNode) : undefined,
            run: typeof raw.run === 'string' ? raw.run : undefined,
            runLine,
            with: objectOf(raw.with),
            env: objectOf(raw.env),
            raw,
        };
    });
}
function objectOf(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}


/***/ }),

/***/ 6014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ WRANGLER_CONFIG),
/* harmony export */   F: () => (/* binding */ wranglerConfig)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
// A Cloudflare Worker's wrangler config as one object, whichever format it is written in:
// wrangler.toml (smol-toml) or wrangler.json / wrangler.jsonc (jsonc-parser: comments and
// trailing commas are allowed there, so JSON.parse would reject real files).


const WRANGLER_CONFIG = /^wrangler\.(?:toml|jsonc?)$/;
function wranglerConfig(repo, file) {
    return repo.fact(`wrangler:${file}`, () => {
        const text = repo.read(file);
        if (text === undefined)
            return undefined;
        if (file.endsWith('.toml')) {
            try {
                return (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
            }
            catch (error) {
                repo.warn(file, `invalid TOML: ${error.message.split('\n')[0]}`);
                return undefined;
            }
        }
        const errors = [];
        const value = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(text, errors, { allowTrailingComma: true });
        if (errors.length) {
            repo.warn(file, `invalid JSON: ${(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(errors[0].error)} at line ${repo.lineAt(file, errors[0].offset)}`);
            return undefined;
        }
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    });
}


/***/ }),

/***/ 8723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ ALL_RULES)
});

// EXTERNAL MODULE: ./src/audit/model/facts.ts
var facts = __webpack_require__(8842);
;// CONCATENATED MODULE: ./src/audit/rules/container/no-dockerfile.ts

const noDockerfile = {
    id: 'container/no-dockerfile',
    severity: 'critical',
    title: 'No container or build definition for a deployable app',
    remediation: "Add a multi-stage Dockerfile (for Next.js, one built on `output: 'standalone'`), or let `actions/container` with `generate: true` write one, build it and push it. A platform build file (render.yaml, fly.toml, nixpacks.toml, Procfile...) also counts.",
    check(repo) {
        if ((0,facts/* buildDefinitions */.Jt)(repo).length)
            return [];
        return (0,facts/* serverApps */.GZ)(repo)
            .filter((app) => !isStaticExport(repo, app.pkg.dir))
            .map((app) => ({
            message: `${app.framework} app \`${app.pkg.file}\` has no Dockerfile and no build definition (${facts/* BUILD_DEFINITION_FILES */.Lb.slice(1, 6).join(', ')}, ...): deployments depend on whatever machine builds them.`,
            file: app.pkg.file,
            line: (0,facts/* jsonKeyLine */.Wm)(repo, app.pkg.file, app.frameworkDep),
        }));
    },
};
/** `output: 'export'` makes a Next.js app a static site: it needs no server image. */
function isStaticExport(repo, dir) {
    const configs = repo.glob(`${dir ? `${dir}/` : ''}next.config.{js,mjs,cjs,ts}`);
    return configs.some((f) => /output\s*:\s*['"]export['"]/.test(repo.read(f) ?? ''));
}

;// CONCATENATED MODULE: ./src/audit/rules/container/no-compose.ts

const COMPOSE = /^(docker-)?compose(\.[\w-]+)?\.ya?ml$/;
const noCompose = {
    id: 'container/no-compose',
    severity: 'medium',
    title: 'No compose file for the services the app needs',
    remediation: 'Add a compose.yaml that starts the app with the same database/cache it uses in production (e.g. postgres:16, redis:7), so developers and CI test against the real thing.',
    check(repo) {
        const apps = (0,facts/* serverApps */.GZ)(repo);
        if (!apps.length || repo.byName(COMPOSE).length)
            return [];
        for (const app of apps) {
            const deps = { ...app.pkg.dependencies, ...app.pkg.devDependencies };
            const db = facts/* DATABASE_DEPENDENCIES */.u6.find((d) => d in deps) ??
                (repo.byName('schema.prisma').length ? 'prisma (schema.prisma)' : undefined);
            if (db) {
                return [
                    {
                        message: `\`${app.pkg.file}\` depends on \`${db}\` but there is no docker-compose/compose file to run that service locally and in tests.`,
                        file: app.pkg.file,
                    },
                ];
            }
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/container/next-standalone-missing.ts

const nextStandaloneMissing = {
    id: 'container/next-standalone-missing',
    severity: 'medium',
    title: "Next.js image without output: 'standalone'",
    remediation: "Set `output: 'standalone'` in next.config and copy `.next/standalone` and `.next/static` into the final stage: the image shrinks from the whole node_modules to the files the server needs.",
    check(repo) {
        if (!(0,facts/* dockerfiles */.yy)(repo).length)
            return [];
        return (0,facts/* serverApps */.GZ)(repo)
            .filter(facts/* isNextApp */.lL)
            .flatMap((app) => {
            const prefix = app.pkg.dir ? `${app.pkg.dir}/` : '';
            const configs = repo.glob(`${prefix}next.config.{js,mjs,cjs,ts}`);
            const text = configs.map((f) => repo.read(f) ?? '').join('\n');
            if (/output\s*:\s*['"](standalone|export)['"]/.test(text))
                return [];
            const file = configs[0] ?? app.pkg.file;
            return [
                {
                    message: `\`${file}\` does not set output: 'standalone', but the Next.js app is built into a container image (${(0,facts/* dockerfiles */.yy)(repo)[0]}).`,
                    file,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/audit/model/dockerfile.ts
// A Dockerfile read into instructions with their lines (continuations joined, comments dropped).
function parseDockerfile(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let current = lines[i];
        if (/^\s*#/.test(current) || !current.trim())
            continue;
        while (/\\\s*$/.test(current) && i + 1 < lines.length) {
            i++;
            if (/^\s*#/.test(lines[i]))
                continue;
            current = current.replace(/\\\s*$/, ' ') + lines[i];
        }
        const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(current);
        if (m)
            out.push({ keyword: m[1].toUpperCase(), args: m[2].trim(), line: start + 1 });
    }
    return out;
}
/** Instructions of the final build stage (from its FROM on). */
function finalStage(instructions) {
    let from = -1;
    instructions.forEach((ins, i) => {
        if (ins.keyword === 'FROM')
            from = i;
    });
    return from < 0 ? [] : instructions.slice(from);
}

;// CONCATENATED MODULE: ./src/audit/rules/container/dockerfile-root-user.ts


// Base images whose default user is not root.
const NON_ROOT_BASE = /:nonroot\b|\bchainguard\/|distroless\/[^\s]*nonroot/;
const dockerfileRootUser = {
    id: 'container/dockerfile-root-user',
    severity: 'high',
    title: 'Container runs as root',
    remediation: 'Add `USER node` (or a numeric non-root user such as `USER 10001`) to the final stage, after the files are copied with `--chown`; a compromised process then cannot own the container.',
    check(repo) {
        return (0,facts/* dockerfiles */.yy)(repo).flatMap((file) => {
            const text = repo.read(file);
            if (text === undefined)
                return [];
            const stage = finalStage(parseDockerfile(text));
            if (!stage.length)
                return [];
            const from = stage[0];
            if (NON_ROOT_BASE.test(from.args))
                return [];
            const users = stage.filter((i) => i.keyword === 'USER');
            const last = users[users.length - 1];
            if (last && !/^(root|0)(:|$)/.test(last.args))
                return [];
            return [
                last
                    ? { message: `The final stage of \`${file}\` switches back to \`USER ${last.args}\`.`, file, line: last.line }
                    : {
                        message: `The final stage of \`${file}\` (\`FROM ${from.args}\`, line ${from.line}) has no USER instruction, so the app runs as root.`,
                        file,
                        line: from.line,
                    },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/container/index.ts




const containerRules = [noDockerfile, noCompose, nextStandaloneMissing, dockerfileRootUser];

;// CONCATENATED MODULE: ./src/audit/rules/ci/no-ci-workflow.ts

const OTHER_CI = [
    '.gitlab-ci.yml',
    '.circleci/config.yml',
    'Jenkinsfile',
    'azure-pipelines.yml',
    'bitbucket-pipelines.yml',
    '.travis.yml',
    '.buildkite/pipeline.yml',
    '.drone.yml',
];
const noCiWorkflow = {
    id: 'ci/no-ci-workflow',
    severity: 'critical',
    title: 'No CI workflow',
    remediation: 'Add .github/workflows/ci.yml that installs, lints, tests and builds on every push and pull request; copy workflow-templates/shipshape-pipeline.yml from shipshape for the gated pipeline (audit, image, scan, deploy).',
    check(repo) {
        if (repo.glob('.github/workflows/*.{yml,yaml}').length || OTHER_CI.some((f) => repo.has(f)))
            return [];
        if (!repo.packages.length && !(0,facts/* hasDeployTarget */.PV)(repo))
            return [];
        const pkg = repo.rootPackage?.file ?? repo.packages[0]?.file;
        // A library without CI is a quality gap; an app that ships to production without it is a blocker.
        const deploys = (0,facts/* hasDeployTarget */.PV)(repo);
        return [
            {
                message: `There is no workflow under .github/workflows (nor another CI configuration): nothing tests ${pkg ? `\`${pkg}\`` : 'this repository'} before it ${deploys ? 'is deployed' : 'is published'}.`,
                file: pkg,
                severity: deploys ? undefined : 'high',
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/audit/model/workflow.ts
var workflow = __webpack_require__(8328);
;// CONCATENATED MODULE: ./src/audit/model/workflow-steps.ts

function allSteps(workflows) {
    return workflows.flatMap((workflow) => workflow.jobs.flatMap((job) => job.steps.map((step) => ({ workflow, job, step }))));
}
/** Composite (and other) action definitions anywhere in the repository: action.yml / action.yaml. */
function actionDefinitions(repo) {
    return repo.fact('actionDefinitions', () => repo.byName(/^action\.ya?ml$/).flatMap((file) => {
        const parsed = repo.yaml(file);
        return parsed ? [(0,workflow/* parseWorkflow */.h)(file, parsed, repo.read(file) ?? '')] : [];
    }));
}
/** Line of a character offset inside a step's run script, in the workflow file. */
function runOffsetLine(step, offset) {
    if (!step.run || step.runLine === undefined)
        return step.line;
    const before = step.run.slice(0, offset);
    return step.runLine + (before.match(/\n/g)?.length ?? 0);
}

;// CONCATENATED MODULE: ./src/audit/rules/ci/no-deploy-job.ts


const DEPLOY_ACTION = /(^|\/)(deploy|[\w-]*-deploy|[\w-]*deploy-[\w-]*)(@|\/|$)|docker\/build-push-action|cloudflare\/wrangler-action|superfly\/flyctl-actions|amondnet\/vercel-action|appleboy\/(ssh|scp)-action|aws-actions\/amazon-ecs|azure\/webapps-deploy|google-github-actions\/deploy|peaceiris\/actions-gh-pages|actions\/deploy-pages|shipshape\/actions\/(container|migrate-deploy)|railwayapp\//i;
const DEPLOY_COMMAND = /\b(wrangler\s+(deploy|publish|pages\s+deploy)|fly(ctl)?\s+deploy|vercel\b[^\n]*(--prod|deploy)|netlify\s+deploy|railway\s+up|(docker|buildah|podman)\s+push|kubectl\s+(apply|set\s+image|rollout)|helm\s+(upgrade|install)|(serverless|sls)\s+deploy|firebase\s+deploy|gcloud\s+(run|app|functions)\s+deploy|aws\s+(ecs\s+update-service|s3\s+sync|lambda\s+update-function-code)|eb\s+deploy|git\s+push\s+heroku|(npm|pnpm|yarn|bun)\s+(run\s+)?deploy\b|rsync\b[^\n]*@|ssh\s+[^\n]*@[^\n]*(deploy|restart|pull))/i;
const DEPLOY_HOOK = /\bcurl\b[^\n]*(deploy|hook)/i;
// Platforms that deploy from the git push themselves: no workflow job is needed.
const GIT_DEPLOYED = ['vercel.json', 'netlify.toml'];
const noDeployJob = {
    id: 'ci/no-deploy-job',
    severity: 'high',
    title: 'CI never deploys',
    remediation: 'Add a deploy job that runs on the default branch after the tests: build and push an image with `actions/container`, then release with `actions/migrate-deploy` (backup, migrate, deploy, health check, rollback).',
    check(repo) {
        const workflows = repo.workflows;
        if (!workflows.length || !(0,facts/* hasDeployTarget */.PV)(repo))
            return [];
        if (GIT_DEPLOYED.some((f) => repo.byName(f).length))
            return [];
        if (repo.byName('render.yaml').some((f) => !/autoDeploy:\s*false/.test(repo.read(f) ?? '')))
            return [];
        const deploys = allSteps(workflows).some(({ step }) => (step.uses && DEPLOY_ACTION.test(step.uses)) ||
            (step.run && (DEPLOY_COMMAND.test(step.run) || DEPLOY_HOOK.test(step.run))));
        const reusable = workflows.some((w) => w.jobs.some((j) => j.uses && /deploy|release/i.test(j.uses)));
        if (deploys || reusable)
            return [];
        const names = workflows.map((w) => w.file).join(', ');
        return [
            {
                message: `Workflows (${names}) build and test, but no job deploys: no deploy command, deploy action, registry push or deploy hook.`,
                file: workflows[0].file,
                line: 1,
            },
        ];
    },
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/start-port.ts
var start_port = __webpack_require__(7095);
;// CONCATENATED MODULE: ./src/audit/rules/ci/lighthouse-port-mismatch.ts
// ci/lighthouse-port-mismatch: a workflow starts the app on one port and points Lighthouse at
// another (seed 001: PORT=3005 in the start script, lhci aimed at localhost:3000).



const RC_FILES = [
    'lighthouserc.json',
    '.lighthouserc.json',
    'lighthouserc.js',
    '.lighthouserc.js',
    'lighthouserc.cjs',
    '.lighthouserc.cjs',
    'lighthouserc.yml',
    '.lighthouserc.yml',
];
const lighthousePortMismatch = {
    id: 'ci/lighthouse-port-mismatch',
    severity: 'high',
    title: 'Lighthouse audits a port the app does not listen on',
    remediation: 'Point Lighthouse at the port the app really uses, or let `actions/lighthouse` start the app, detect the port it listens on and wait until it answers.',
    check(repo) {
        const hits = [];
        for (const workflow of repo.workflows) {
            for (const job of workflow.jobs) {
                const start = serverStart(repo, job);
                if (!start)
                    continue;
                for (const target of lighthouseTargets(repo, workflow.file, job)) {
                    if (target.port === start.port)
                        continue;
                    hits.push({
                        message: `${workflow.file} starts the app with \`${start.command}\` (line ${start.line}), which listens on ${start.port} (${start.origin}), but Lighthouse audits ${target.url} on port ${target.port} (${target.file}${target.line ? ` line ${target.line}` : ''}).`,
                        file: workflow.file,
                        line: target.file === workflow.file ? target.line : start.line,
                    });
                }
            }
        }
        return hits;
    },
};
/** The backgrounded server of a job and the port it will listen on. */
function serverStart(repo, job) {
    for (const step of job.steps) {
        if (!step.run)
            continue;
        const lines = step.run.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const cmd = lines[i].trim();
            if (!/&\s*$/.test(cmd) || /&&\s*$/.test(cmd))
                continue;
            const command = cmd.replace(/&\s*$/, '').trim();
            const dir = workingDirectory(step, job);
            const pkg = repo.packages.find((p) => p.dir === dir) ?? repo.rootPackage;
            const guess = (0,start_port/* resolveStartPort */.qb)(command, pkg?.scripts ?? {});
            const envPort = Number(step.env.PORT ?? job.env.PORT ?? NaN);
            const port = pickPort(guess, envPort);
            if (!port)
                continue;
            const origin = guess?.literal
                ? `${guess.source}${guess.script ? ` in the \`${guess.script}\` script of ${pkg?.file}` : ''}`
                : Number.isFinite(envPort)
                    ? `PORT=${envPort} in the step's env`
                    : (guess?.source ?? 'default');
            return { port, origin, command, line: (step.runLine ?? step.line) + i };
        }
    }
    return undefined;
}
// A literal port in the command or script wins over the env (it overrides PORT); then env; then a framework default.
function pickPort(guess, envPort) {
    if (guess?.literal)
        return guess.port;
    if (Number.isFinite(envPort))
        return envPort;
    return guess?.port;
}
function workingDirectory(step, job) {
    const wd = (step.raw['working-directory'] ??
        job.raw.defaults?.run?.['working-directory']);
    return wd
        ? external_node_path_.posix
            .normalize(wd)
            .replace(/^\.\/?/, '')
            .replace(/\/$/, '')
        : '';
}
function lighthouseTargets(repo, file, job) {
    const targets = [];
    for (const step of job.steps) {
        if (step.uses && /lighthouse-ci-action|lighthouse/i.test(step.uses) && !/shipshape/.test(step.uses)) {
            for (const u of (0,start_port/* localUrlPorts */.BX)(String(step.with.urls ?? step.with.url ?? '')))
                targets.push({ port: u.port, url: u.url, file, line: step.line });
        }
        if (!step.run || !/\b(lhci|lighthouse|unlighthouse)\b/.test(step.run))
            continue;
        const urls = (0,start_port/* localUrlPorts */.BX)(step.run);
        for (const u of urls)
            targets.push({ port: u.port, url: u.url, file, line: runOffsetLine(step, u.index) });
        if (!urls.length && /\blhci\s+(autorun|collect)\b/.test(step.run))
            targets.push(...rcTargets(repo));
    }
    return targets;
}
function rcTargets(repo) {
    for (const rc of RC_FILES) {
        const text = repo.read(rc);
        if (!text)
            continue;
        return (0,start_port/* localUrlPorts */.BX)(text).map((u) => ({ port: u.port, url: u.url, file: rc, line: repo.lineAt(rc, u.index) }));
    }
    return [];
}

;// CONCATENATED MODULE: ./src/audit/rules/ci/server-start-without-readiness.ts
const READINESS = /\bwait-on\b|wait-for-it|\bdockerize\b[^\n]*-wait|curl\b[^\n]*--retry|until\s+[^\n]*(curl|wget|nc|pg_isready)|while\s+![^\n]*(curl|wget|nc)|timeout\s+\d+\s+bash\s+-c|start-server-and-test|\bnpx\s+wait-port|pg_isready|healthcheck/i;
const serverStartWithoutReadiness = {
    id: 'ci/server-start-without-readiness',
    severity: 'medium',
    title: 'Server started with a fixed sleep instead of a readiness check',
    remediation: 'Wait until the server answers instead of sleeping: `npx wait-on http://localhost:PORT` or `curl --retry 30 --retry-connrefused --retry-delay 1 http://localhost:PORT`, or let `actions/lighthouse` start the app and poll it.',
    check(repo) {
        const hits = [];
        for (const workflow of repo.workflows) {
            for (const job of workflow.jobs) {
                // The job's commands in order, with their lines, across steps.
                const commands = job.steps.flatMap((step) => (step.run ?? '').split('\n').map((text, i) => ({ text: text.trim(), line: (step.runLine ?? step.line) + i })));
                const startIndex = commands.findIndex((c) => /&\s*$/.test(c.text) && !/&&\s*$/.test(c.text) && c.text.length > 1);
                if (startIndex < 0)
                    continue;
                const after = commands.slice(startIndex + 1);
                const sleep = after.find((c) => /^sleep\s+\d+/.test(c.text));
                if (!sleep)
                    continue;
                const waits = after.slice(0, after.indexOf(sleep) + 1).some((c) => READINESS.test(c.text));
                if (waits)
                    continue;
                hits.push({
                    message: `Job \`${job.id}\` starts \`${commands[startIndex].text}\` (line ${commands[startIndex].line}) and then only waits \`${sleep.text}\`: on a slow runner the next step meets a server that is not up yet, and a crashed server goes unnoticed.`,
                    file: workflow.file,
                    line: sleep.line,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/ci/no-security-scan.ts

const SCAN_COMMAND = /\b(npm\s+audit|pnpm\s+audit|yarn\s+(npm\s+)?audit|bun\s+audit|audit-ci|better-npm-audit|trivy|snyk|grype|osv-scanner|semgrep|npm\s+run\s+audit|retire)\b/i;
const SCAN_ACTION = /aquasecurity\/trivy-action|github\/codeql-action|snyk\/actions|actions\/dependency-review-action|anchore\/scan-action|google\/osv-scanner|ossf\/scorecard-action|semgrep|shipshape\/actions\/trivy/i;
const noSecurityScan = {
    id: 'ci/no-security-scan',
    severity: 'high',
    title: 'No dependency or vulnerability scanning in CI',
    remediation: 'Scan on every pull request: `actions/trivy` with `scan-type: fs` for lockfiles (and `image` for the built image), failing on critical and high; add actions/dependency-review-action on pull requests.',
    check(repo) {
        const workflows = repo.workflows;
        if (!workflows.length)
            return [];
        const scans = allSteps(workflows).some(({ step }) => (step.uses && SCAN_ACTION.test(step.uses)) || (step.run && SCAN_COMMAND.test(step.run)));
        // Our reusable security workflow runs Trivy on the repository.
        const reusable = workflows.some((w) => w.jobs.some((j) => j.uses && /\/shipshape-security\.ya?ml@/.test(j.uses)));
        if (scans || reusable)
            return [];
        // A package script that scans counts when a workflow calls it.
        const scanScripts = repo.packages.flatMap((p) => Object.entries(p.scripts)
            .filter(([, cmd]) => SCAN_COMMAND.test(cmd))
            .map(([name]) => name));
        if (scanScripts.some((name) => allSteps(workflows).some(({ step }) => step.run && new RegExp(`\\brun\\s+${name}\\b`).test(step.run))))
            return [];
        return [
            {
                message: `None of the workflows (${workflows.map((w) => w.file).join(', ')}) runs a dependency or vulnerability scan (npm/pnpm/yarn/bun audit, Trivy, CodeQL, Snyk, dependency-review, Grype, OSV).`,
                file: workflows[0].file,
                line: 1,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/ci/template-injection.ts

// Contexts an outside contributor controls (from GitHub's own hardening guide), plus inputs.
const UNTRUSTED = [
    /github\.event\.(issue|pull_request|discussion)\.(title|body)/,
    /github\.event\.(comment|review|review_comment)\.body/,
    /github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)/,
    /github\.event\.pages\.[^.]+\.page_name/,
    /github\.event\.(commits\.[^.]+|head_commit)\.(message|author\.(email|name))/,
    /github\.event\.workflow_run\.(head_branch|head_commit\.(message|author\.(email|name))|display_title)/,
    /github\.head_ref/,
    /\binputs\.[\w-]+/,
    /github\.event\.inputs\.[\w-]+/,
];
const templateInjection = {
    id: 'ci/template-injection',
    severity: 'high',
    title: 'User-controlled expression inside a run script',
    remediation: 'Pass the value through `env:` and use it as a shell variable: `env: { TITLE: ${{ github.event.pull_request.title }} }` then `run: echo "$TITLE"`. Never put `${{ }}` of user input inside `run:`.',
    check(repo) {
        const hits = [];
        const scan = (workflows, kind) => {
            for (const { workflow, step } of allSteps(workflows)) {
                if (!step.run)
                    continue;
                const re = /\$\{\{([^}]*)\}\}/g;
                for (let m = re.exec(step.run); m; m = re.exec(step.run)) {
                    const expr = m[1].trim();
                    if (!UNTRUSTED.some((u) => u.test(expr)))
                        continue;
                    hits.push({
                        message: `\`\${{ ${expr} }}\` is expanded inside a run script in ${kind} \`${workflow.file}\`: whoever controls that value can run commands in the job.`,
                        file: workflow.file,
                        line: runOffsetLine(step, m.index),
                    });
                }
            }
        };
        scan(repo.workflows, 'workflow');
        scan(actionDefinitions(repo), 'action');
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/ci/unpinned-action.ts

const FIRST_PARTY = /^(actions|github)\//;
const unpinnedAction = {
    id: 'ci/unpinned-action',
    severity: 'high',
    title: 'Action not pinned to a commit SHA',
    remediation: 'Reference actions by full 40-character commit SHA with the version as a comment (`uses: owner/action@<sha> # v1.2.3`) and let Dependabot or Renovate update them. First-party actions (actions/*, github/*) are flagged at a lower severity.',
    check(repo) {
        const hits = [];
        const seen = new Set();
        const check = (file, line, uses) => {
            if (uses.startsWith('./') || uses.startsWith('docker://'))
                return;
            const at = uses.lastIndexOf('@');
            const ref = at < 0 ? '' : uses.slice(at + 1);
            if (/^[0-9a-f]{40}$/.test(ref))
                return;
            const key = `${file}:${line}`;
            if (seen.has(key))
                return;
            seen.add(key);
            hits.push({
                message: `\`${uses}\` is referenced by ${ref ? `the movable ref \`${ref}\`` : 'no ref at all'} in \`${file}\`; whoever can move it decides what runs with your secrets.`,
                file,
                line,
                severity: FIRST_PARTY.test(uses) ? 'medium' : undefined,
            });
        };
        for (const { workflow, step } of [...allSteps(repo.workflows), ...allSteps(actionDefinitions(repo))]) {
            if (step.uses)
                check(workflow.file, step.usesLine ?? step.line, step.uses);
        }
        for (const workflow of repo.workflows)
            for (const job of workflow.jobs)
                if (job.uses)
                    check(workflow.file, job.line, job.uses);
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/ci/index.ts







const ciRules = [
    noCiWorkflow,
    noDeployJob,
    lighthousePortMismatch,
    serverStartWithoutReadiness,
    noSecurityScan,
    templateInjection,
    unpinnedAction,
];

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/audit/model/shell.ts
// Shell scripts: which files are shell scripts, and a small reader of their top-level structure.

const MAX_SCRIPTS = 300;
/** *.sh / *.bash files, and extension-less files in bin/ or scripts/ with a sh/bash shebang. */
function shellScripts(repo) {
    return repo.fact('shellScripts', () => {
        const out = [];
        for (const file of repo.files) {
            if (out.length >= MAX_SCRIPTS)
                break;
            const base = external_node_path_.posix.basename(file);
            if (/\.(sh|bash)$/.test(base))
                out.push(file);
            else if (!base.includes('.') &&
                /(^|\/)(bin|scripts?)\//.test(file) &&
                /^#!.*\b(ba)?sh\b/.test((repo.read(file) ?? '').slice(0, 100)))
                out.push(file);
        }
        return out;
    });
}
const OPENERS = new Set(['if', 'case', 'for', 'while', 'until', 'select', '{']);
const CLOSERS = new Set(['fi', 'esac', 'done', '}']);
/**
 * The commands of a script with the nesting depth each starts at. Heredoc bodies, comments and
 * quoted text are skipped. It is a reader of structure, not a shell parser: enough to tell a
 * top-level `exit` from one inside an if, a loop, a case arm or a function body.
 */
function commandsWithDepth(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    let depth = 0;
    let heredoc;
    let parens = 0;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        if (heredoc !== undefined) {
            if (raw.replace(/^\t+/, '') === heredoc)
                heredoc = undefined;
            continue;
        }
        const hd = /<<-?\s*(['"]?)([A-Za-z_][\w]*)\1/.exec(raw);
        if (hd)
            heredoc = hd[2];
        const code = stripQuotesAndComments(raw);
        if (!code.trim())
            continue;
        // Each command on the line (split at ; && || |) starts at the current depth; one that follows
        // && or || runs only on a condition.
        const pieces = code.split(/(;;|;|&&|\|\||\||&(?!>))/);
        for (let p = 0; p < pieces.length; p += 2) {
            const part = pieces[p];
            const words = part.trim().split(/\s+/).filter(Boolean);
            if (!words.length)
                continue;
            const startDepth = depth + (parens > 0 ? 1 : 0);
            const conditional = p > 0 && (pieces[p - 1] === '&&' || pieces[p - 1] === '||');
            out.push({ text: part.trim(), line: i + 1, depth: startDepth, conditional });
            for (let w = 0; w < words.length; w++) {
                const word = words[w];
                const atCommandStart = w === 0 || ['then', 'else', 'do', 'elif', '{', '('].includes(words[w - 1]);
                if (atCommandStart && OPENERS.has(word))
                    depth++;
                else if (CLOSERS.has(word) && (atCommandStart || word === '}'))
                    depth--;
                else if (word.endsWith('{') && /\)\s*\{$|^\w+\(\)\{$/.test(words.slice(Math.max(0, w - 1), w + 1).join(' ')))
                    depth++;
            }
            parens +=
                (part.match(/(^|\s)\(/g)?.length ?? 0) - (part.match(/\)(\s|$)/g)?.length ?? 0) * (part.includes('(') ? 1 : 0);
            if (parens < 0)
                parens = 0;
        }
    }
    return out;
}
function stripQuotesAndComments(line) {
    let out = '';
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
            continue;
        }
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '"' || c === "'") {
            quote = c;
            out += ' ';
            continue;
        }
        if (c === '#' && (i === 0 || /\s/.test(line[i - 1])))
            break;
        out += c;
    }
    // ${VAR} and $(...) braces are not blocks.
    return out.replace(/\$\{[^}]*\}/g, 'X').replace(/\$\(\(?[^)]*\)\)?/g, 'X');
}

;// CONCATENATED MODULE: ./src/audit/rules/scripts/shell-syntax-error.ts
// scripts/shell-syntax-error: a shell script that bash cannot parse (bash -n), with its line.


const shellSyntaxError = {
    id: 'scripts/shell-syntax-error',
    severity: 'critical',
    title: 'Shell script does not parse',
    remediation: 'Fix the syntax error (run `bash -n` and `shellcheck` on the script), and add both to CI so a broken script never reaches a server.',
    check(repo) {
        const hits = [];
        for (const file of shellScripts(repo)) {
            const text = repo.read(file);
            if (text === undefined)
                continue;
            // The text goes in on stdin: bash never executes anything with -n.
            const result = (0,external_node_child_process_.spawnSync)('bash', ['-n'], { input: text, encoding: 'utf8', timeout: 10000 });
            if (result.error) {
                repo.warn(file, `bash -n could not run: ${result.error.message}`);
                continue;
            }
            if (result.status === 0)
                continue;
            const first = result.stderr.split('\n').find((l) => /line \d+/.test(l)) ?? result.stderr.trim();
            const line = Number(/line (\d+)/.exec(first)?.[1]) || undefined;
            const reason = first.replace(/^bash: (line \d+: )?/, '').trim();
            hits.push({ message: `bash -n rejects \`${file}\`${line ? ` at line ${line}` : ''}: ${reason}`, file, line });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/scripts/unreachable-after-exit.ts

const unreachableAfterExit = {
    id: 'scripts/unreachable-after-exit',
    severity: 'high',
    title: 'Code after an unconditional exit never runs',
    remediation: 'Remove the stray `exit` (or move it into the branch it belongs to) so the rest of the script runs; test the script end to end in CI.',
    check(repo) {
        const hits = [];
        for (const file of shellScripts(repo)) {
            const text = repo.read(file);
            if (text === undefined)
                continue;
            const commands = commandsWithDepth(text);
            const index = commands.findIndex((c) => c.depth === 0 && !c.conditional && /^exit(\s+\S+)?$/.test(c.text));
            if (index < 0)
                continue;
            const exit = commands[index];
            const next = commands.slice(index + 1).find((c) => c.line > exit.line);
            if (!next)
                continue;
            hits.push({
                message: `\`${file}\` exits unconditionally at line ${exit.line} (\`${exit.text}\`), so the code from line ${next.line} on (\`${next.text.slice(0, 60)}\`) never runs.`,
                file,
                line: exit.line,
                endLine: next.line,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/scripts/index.ts


const scriptsRules = [shellSyntaxError, unreachableAfterExit];

// EXTERNAL MODULE: ./src/audit/model/migrations.ts
var migrations = __webpack_require__(3432);
;// CONCATENATED MODULE: ./src/audit/rules/database/sqlite-in-production.ts
// database/sqlite-in-production: the production datasource is a SQLite file on the server's disk
// (Prisma provider "sqlite", a knex/sequelize/typeorm/drizzle sqlite config). One writer at a time,
// no horizontal scaling, and the data dies with an ephemeral container (seeds 000-002).
// Managed SQLite (Cloudflare D1, Turso/libSQL) and SQLite only in test/dev configs are fine.



/** Drivers/adapters that make "sqlite" a managed service (Turso/libSQL, D1) rather than a local file. */
const MANAGED_SQLITE = /^(?:@prisma\/adapter-libsql|@libsql\/client|@prisma\/adapter-d1|@libsql\/kysely-libsql|drizzle-orm\/d1|@cloudflare\/d1)$/;
/** Desktop/mobile apps keep a local database by design. */
const LOCAL_APP = /^(?:electron|@tauri-apps\/api|react-native|expo|@capacitor\/core)$/;
const DEV_FILE = /(?:^|[._-])(?:test|tests|spec|dev|development|local|e2e|ci)(?:[._-]|$)/i;
const SQLITE_CLIENT = /['"](?:sqlite3?|better-sqlite3|sqlite)['"]/;
const sqliteInProduction = {
    id: 'database/sqlite-in-production',
    severity: 'critical',
    title: 'SQLite file as the production database',
    remediation: 'Move production data to a managed database (PostgreSQL on RDS, Neon, Render or Fly; or managed SQLite such as Turso or Cloudflare D1), keep SQLite for tests if you like, and migrate the data with a tested export/import.',
    check(repo) {
        if (!(0,facts/* serverApps */.GZ)(repo).length && !(0,facts/* buildDefinitions */.Jt)(repo).length)
            return [];
        const hits = [];
        for (const file of repo.byName(/\.prisma$/)) {
            if (migrations/* NOT_PRODUCTION_PATH */.S1.test(file) || DEV_FILE.test(external_node_path_.posix.basename(file, '.prisma')))
                continue;
            const pkg = owningPackage(repo, file);
            if (pkg && managedOrLocal(repo, pkg))
                continue;
            const text = repo.read(file) ?? '';
            const block = /datasource\s+(\w+)\s*\{([^}]*)\}/.exec(text);
            if (!block || !/provider\s*=\s*"sqlite"/.test(block[2]))
                continue;
            const url = /url\s*=\s*("[^"]*"|env\("[^"]*"\))/.exec(block[2])?.[1];
            if (url && /libsql:|turso/i.test(url))
                continue;
            const line = repo.lineAt(file, block.index + block[0].indexOf('provider'));
            hits.push({
                message: `${file}: datasource \`${block[1]}\` uses provider "sqlite"${url ? ` with url ${url}` : ''}, a database file on the server's own disk`,
                file,
                line,
            });
        }
        for (const file of repo.byName(/^knexfile\.[cm]?[jt]s$/))
            hits.push(...configHit(repo, file, 'knex client', /client\s*:\s*/));
        for (const file of repo.byName(/^(?:ormconfig\.(?:json|[cm]?[jt]s)|data-?source\.[cm]?[jt]s)$/))
            hits.push(...configHit(repo, file, 'TypeORM type', /type\s*:\s*|"type"\s*:\s*/));
        for (const file of repo.byName('config.json').filter((f) => /(?:^|\/)config\/config\.json$/.test(f)))
            hits.push(...sequelizeHit(repo, file));
        for (const file of repo.byName(/^drizzle\.config\.[cm]?[jt]s$/)) {
            const text = repo.read(file) ?? '';
            if (migrations/* NOT_PRODUCTION_PATH */.S1.test(file) ||
                !/dialect\s*:\s*['"]sqlite['"]/.test(text) ||
                /driver\s*:\s*['"](?:turso|d1-http|durable-sqlite|expo)['"]/.test(text))
                continue;
            const pkg = owningPackage(repo, file);
            if (pkg && managedOrLocal(repo, pkg))
                continue;
            const found = repo.find(file, /dialect\s*:\s*['"]sqlite['"]/);
            hits.push({
                message: `${file} sets Drizzle's dialect to "sqlite" with a local database file`,
                file,
                line: found.line,
            });
        }
        return hits;
    },
};
function managedOrLocal(repo, pkg) {
    // A Worker cannot open a file: its "sqlite" is D1 (or a Durable Object's storage).
    if ((0,facts/* isWorkerPackage */.X5)(repo, pkg))
        return true;
    const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    return deps.some((d) => MANAGED_SQLITE.test(d) || LOCAL_APP.test(d));
}
/** knexfile / TypeORM config: sqlite in the production section, or in a config with no environments. */
function configHit(repo, file, what, key) {
    if (migrations/* NOT_PRODUCTION_PATH */.S1.test(file))
        return [];
    const text = repo.read(file) ?? '';
    const pkg = owningPackage(repo, file);
    if (pkg && managedOrLocal(repo, pkg))
        return [];
    const clientRe = new RegExp(key.source + SQLITE_CLIENT.source);
    const production = /\bproduction['"]?\s*:/.exec(text);
    let scope = text;
    let offset = 0;
    if (production) {
        offset = production.index;
        const rest = text.slice(offset + production[0].length);
        const nextEnv = /\n\s*['"]?(?:development|dev|test|testing|staging|local)['"]?\s*:/.exec(rest);
        scope = text.slice(offset, offset + production[0].length + (nextEnv ? nextEnv.index : rest.length));
    }
    else if (/\b(?:development|test|staging)['"]?\s*:/.test(text)) {
        return []; // environments exist but none is production: sqlite is a dev/test choice
    }
    const m = clientRe.exec(scope);
    if (!m)
        return [];
    return [
        {
            message: `${file} sets the ${what} to ${m[0].replace(key, '').trim()}${production ? ' for production' : ''}: a database file on the server's own disk`,
            file,
            line: repo.lineAt(file, offset + m.index),
        },
    ];
}
function sequelizeHit(repo, file) {
    if (migrations/* NOT_PRODUCTION_PATH */.S1.test(file))
        return [];
    const config = repo.json(file);
    if (config?.production?.dialect !== 'sqlite')
        return [];
    const line = repo.find(file, /"dialect"\s*:\s*"sqlite"/)?.line;
    return [
        {
            message: `${file} sets Sequelize's production dialect to "sqlite": a database file on the server's own disk`,
            file,
            line,
        },
    ];
}
/** The nearest package.json above a file. */
function owningPackage(repo, file) {
    let best;
    for (const pkg of repo.packages) {
        if ((pkg.dir === '' || file.startsWith(`${pkg.dir}/`)) && (!best || pkg.dir.length > best.dir.length))
            best = pkg;
    }
    return best;
}

;// CONCATENATED MODULE: ./src/audit/rules/database/no-migrations.ts
// database/no-migrations: an ORM or schema is used but no migration history is kept, so production
// schema changes are applied by hand or by `db push` with no record and no review (seeds 000-002:
// prisma/migrations holds only migration_lock.toml; seed 004: schema.sql applied with wrangler d1 execute).



const DECLARES = {
    Prisma: 'declares a Prisma schema',
    Drizzle: 'configures Drizzle',
    'Cloudflare D1': 'binds a Cloudflare D1 database',
};
const SCHEMA_SQL = /^(?:schema|init|initial|database|db|create[-_]?tables?|tables|setup)\.sql$/i;
const PUSH_COMMAND = /prisma\s+db\s+push|drizzle-kit\s+push|wrangler\s+d1\s+execute\b[^\n]*--file|psql\b[^\n]*\s-f\s|sqlite3\b[^\n]*<|mysql\b[^\n]*</;
const noMigrations = {
    id: 'database/no-migrations',
    severity: 'high',
    title: 'No database migration history',
    remediation: 'Keep schema changes as versioned migrations in git (`prisma migrate dev` to create them, `drizzle-kit generate`, `wrangler d1 migrations create`) and apply them in the deploy with `prisma migrate deploy` or the actions/migrate-deploy action.',
    check(repo) {
        const hits = [];
        const tools = (0,migrations/* schemaTools */.rp)(repo);
        const handApplied = handAppliedSchemaFiles(repo);
        for (const tool of tools) {
            if (tool.migrations.length)
                continue;
            const inDir = repo.files.filter((f) => f.startsWith(`${tool.migrationsDir}/`));
            const lock = inDir.length === 1 && inDir[0].endsWith('/migration_lock.toml')
                ? ' holds only migration_lock.toml'
                : inDir.length
                    ? ' holds no migration file'
                    : ' does not exist';
            const push = pushScript(repo);
            const sql = handApplied[0];
            hits.push({
                message: `${tool.file} ${DECLARES[tool.tool]} but ${tool.migrationsDir}/${lock}: no migration history${push ? `; the schema is applied with ${push}` : ''}${sql && !push ? `; ${sql} looks applied by hand` : ''}`,
                file: tool.file,
                line: tool.line,
            });
        }
        if (!tools.length && !(0,migrations/* otherMigrationFolders */.OU)(repo).length && handApplied.length && (0,facts/* usesDatabase */.Ml)(repo)) {
            const file = handApplied[0];
            const push = pushScript(repo, external_node_path_.posix.basename(file));
            hits.push({
                message: `${file} holds the database schema${push ? ` and is applied by hand with ${push}` : ''}, but the repository keeps no migrations: schema changes leave no history`,
                file,
            });
        }
        return hits;
    },
};
/** schema.sql-like files outside test/example folders that create tables. */
function handAppliedSchemaFiles(repo) {
    return repo
        .byName(SCHEMA_SQL)
        .filter((f) => !migrations/* NOT_PRODUCTION_PATH */.S1.test(f) &&
        !/(?:^|\/)(?:migrations?|migrate)\//.test(f) &&
        /create\s+table/i.test(repo.read(f) ?? ''));
}
/** A package.json script that pushes a schema without a migration (`prisma db push`, `wrangler d1 execute --file`). */
function pushScript(repo, mentioning) {
    for (const pkg of repo.packages) {
        for (const [name, command] of Object.entries(pkg.scripts)) {
            if (PUSH_COMMAND.test(command) && (!mentioning || command.includes(mentioning)))
                return `script \`${name}\` (\`${command.slice(0, 80)}\`) in ${pkg.file}`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/audit/model/deploy-commands.ts
// The commands that run when the app is built, released or started: workflow steps, deploy configs
// (render.yaml, Procfile, fly.toml, nixpacks.toml, Dockerfiles, compose...), deploy shell scripts and
// the package.json scripts they call. Rules ask "does anything that deploys run X?" against this.

const DEPLOY_CONFIG = /^(?:render\.ya?ml|fly\.toml|Procfile|nixpacks\.toml|railway\.(?:json|toml)|app\.json|app\.ya?ml|heroku\.yml|vercel\.json|netlify\.toml|Dockerfile(?:\.[\w-]+)?|Containerfile|[\w-]+\.Dockerfile|(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml|ecosystem\.config\.[cm]?js|Caddyfile|skaffold\.ya?ml|cloudbuild\.ya?ml|buildspec\.ya?ml|appspec\.ya?ml|\.gitlab-ci\.yml|bitbucket-pipelines\.yml|Jenkinsfile|Makefile|Taskfile\.ya?ml|justfile)$/;
const DEPLOY_DIR = /(?:^|\/)(?:k8s|kubernetes|deploy|deployment|helm|charts|\.platform|\.ebextensions|infra|ops)\/.*\.(?:ya?ml|sh|json|toml)$/;
const DEPLOY_SCRIPT = /(?:^|[-_./])(?:deploy|release|entrypoint|start|boot|bootstrap|provision|setup|migrate|run|launch|server|install)[\w.-]*\.(?:sh|bash)$/i;
/** package.json scripts that run on build, release or start. */
const LIFECYCLE_SCRIPT = /^(?:(?:pre|post)?(?:start|build|install|deploy|release|serve|prod)(?:[:._-].*)?|vercel-build|heroku-postbuild|render-build|railway-build|ci|migrate(?:[:._-].*)?|db:(?:migrate|deploy).*)$/;
const MAX_FILES = 80;
const RUN_SCRIPT = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+|--\w+\s+)?([\w:.-]+)/g;
function deployCommandSources(repo) {
    return repo.fact('deployCommandSources', () => {
        const out = [];
        for (const workflow of repo.workflows) {
            const parts = workflow.jobs.flatMap((j) => j.steps.flatMap((s) => [s.run ?? '', s.uses ? `uses: ${s.uses}` : '', JSON.stringify(s.with)]));
            out.push({ file: workflow.file, what: workflow.file, text: parts.join('\n') });
        }
        const configs = repo.files
            .filter((f) => DEPLOY_CONFIG.test(external_node_path_.posix.basename(f)) || DEPLOY_DIR.test(f) || DEPLOY_SCRIPT.test(external_node_path_.posix.basename(f)))
            .slice(0, MAX_FILES);
        for (const file of configs)
            out.push({ file, what: file, text: repo.read(file) ?? '' });
        const seen = new Set();
        const queue = [];
        for (const pkg of repo.packages) {
            for (const [name, command] of Object.entries(pkg.scripts)) {
                if (LIFECYCLE_SCRIPT.test(name))
                    queue.push({ file: pkg.file, what: `${pkg.file} script \`${name}\``, text: command });
            }
        }
        out.push(...queue);
        // Follow `npm run x` from any source into package.json scripts, a few levels deep.
        const allScripts = repo.packages.flatMap((pkg) => Object.entries(pkg.scripts).map(([name, command]) => ({ pkg, name, command })));
        let frontier = [...out];
        for (let depth = 0; depth < 3 && frontier.length; depth++) {
            const next = [];
            for (const source of frontier) {
                for (const m of source.text.matchAll(RUN_SCRIPT)) {
                    for (const s of allScripts.filter((x) => x.name === m[1])) {
                        const key = `${s.pkg.file}#${s.name}`;
                        if (seen.has(key))
                            continue;
                        seen.add(key);
                        next.push({ file: s.pkg.file, what: `${s.pkg.file} script \`${s.name}\``, text: s.command });
                    }
                }
            }
            out.push(...next);
            frontier = next;
        }
        return out;
    });
}
/** The first deploy command source whose text matches. */
function findDeployCommand(repo, pattern) {
    return deployCommandSources(repo).find((s) => pattern.test(s.text));
}

;// CONCATENATED MODULE: ./src/audit/model/source-scan.ts
// Bounded scans of an app's source files: rules that look for a pattern in code (a health route,
// console.* calls, a rate limiter) read at most MAX_SCANNED_FILES files, entry and route files
// first, so a 50,000-file repository costs the same as a small one.

const MAX_SCANNED_FILES = 400;
// Files most likely to hold routes and server set-up come first.
const LIKELY = /(?:^|\/)(?:server|app|index|main|routes?|router|api|health\w*|middleware|http|handlers?|controllers?)(?:\/|\.[cm]?[jt]sx?$)/;
/** The package's source files in scan order (likely entry/route files first), capped. */
function scanOrder(repo, dir) {
    return repo.fact(`scanOrder:${dir}`, () => {
        const files = (0,facts/* sourceFilesOf */.u$)(repo, dir);
        const likely = files.filter((f) => LIKELY.test(f));
        const rest = files.filter((f) => !LIKELY.test(f));
        return [...likely, ...rest].slice(0, MAX_SCANNED_FILES);
    });
}
/** First match of a pattern among the package's scanned source files. */
function findInSource(repo, dir, pattern) {
    return repo.findInFiles(scanOrder(repo, dir), pattern);
}

;// CONCATENATED MODULE: ./src/audit/rules/database/migrations-not-deployed.ts
// database/migrations-not-deployed: migrations are kept but nothing applies them: no workflow step,
// deploy config (render.yaml, Procfile release, fly.toml release_command, Dockerfile, nixpacks) or
// start script runs `prisma migrate deploy` (or the tool's equivalent), so every schema change needs
// someone to remember a manual step.



/** Applying migrations from the app's own code at start-up counts too. */
const MIGRATE_IN_CODE = /\bmigrate\(\s*\w+\s*,\s*\{\s*migrationsFolder|\.migrate\.latest\(|migrationsRun\s*:\s*true|\bnew Umzug\(|runMigrations\(|\bmigrate\.up\(/;
const migrationsNotDeployed = {
    id: 'database/migrations-not-deployed',
    severity: 'high',
    title: 'Migrations are never applied by the deploy',
    remediation: 'Apply migrations as a deploy step before the new version starts: a release command (`prisma migrate deploy` in render.yaml preDeployCommand, Procfile `release:`, fly.toml `release_command`) or a CI job using the actions/migrate-deploy action.',
    check(repo) {
        const sets = [
            ...(0,migrations/* schemaTools */.rp)(repo).map((t) => ({
                label: `${t.tool} migrations`,
                dir: t.migrationsDir,
                migrations: t.migrations,
                command: t.applyCommand,
                pattern: t.applyPattern,
            })),
            ...(0,migrations/* otherMigrationFolders */.OU)(repo).map((f) => ({
                label: 'migrations',
                dir: f.dir,
                migrations: f.migrations,
                command: f.applyCommand,
                pattern: f.applyPattern,
            })),
        ].filter((s) => s.migrations.length > 0);
        if (!sets.length)
            return [];
        const sources = deployCommandSources(repo);
        const hits = [];
        for (const set of sets) {
            if (sources.some((s) => set.pattern.test(s.text)))
                continue;
            if (findInSource(repo, '', MIGRATE_IN_CODE))
                continue;
            const latest = set.migrations[set.migrations.length - 1];
            hits.push({
                message: `${set.dir}/ holds ${set.migrations.length} ${set.label} (latest ${latest}) but nothing runs \`${set.command}\`: not a workflow, the deploy config nor the start/build scripts (${sources.length} places checked)`,
                file: latest,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/database/index.ts



const databaseRules = [sqliteInProduction, noMigrations, migrationsNotDeployed];

;// CONCATENATED MODULE: ./src/audit/model/script-line.ts
/** Line of `"name":` inside the package's "scripts" object (the same key may appear elsewhere). */
function scriptLine(repo, pkg, name) {
    const text = repo.read(pkg.file);
    if (!text)
        return undefined;
    const scripts = /"scripts"\s*:\s*\{/.exec(text);
    const key = new RegExp(`"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`, 'g');
    key.lastIndex = scripts ? scripts.index : 0;
    const m = key.exec(text);
    return m ? repo.lineAt(pkg.file, m.index) : undefined;
}

;// CONCATENATED MODULE: ./src/audit/model/backups.ts
// Where the repository backs up its data and whether the copies leave the machine. Shared by
// backup/no-backup and backup/local-only.


/** Commands that make a copy of a database. */
const DUMP = /\bpg_dump(?:all)?\b|\bpg_basebackup\b|\bmysqldump\b|\bmariadb-dump\b|\bmongodump\b|\bsqlite3\b[^\n]*\.(?:backup|dump)\b|\bVACUUM\s+INTO\b|\bwrangler\s+d1\s+export\b|\bredis-cli\b[^\n]*\b(?:--rdb|BGSAVE|SAVE)\b|\blitestream\s+replicate\b|\bbackup\(/i;
/** Commands and SDK calls that put a copy somewhere else. */
const UPLOAD = /\baws\s+s3\s+(?:cp|sync|mv)\b|\baws\s+s3api\s+put-object\b|\bs3cmd\s+(?:put|sync)\b|\bgsutil\s+(?:-m\s+)?(?:cp|rsync|mv)\b|\bgcloud\s+storage\s+(?:cp|rsync)\b|\baz\s+storage\s+(?:blob|file)\s+upload|\bazcopy\s+(?:copy|sync)\b|\bb2\s+(?:upload[-_]file|upload|sync)\b|\brclone\s+(?:copy|sync|move|copyto|moveto)\b|\brestic\b[^\n]*(?:-r|--repo)\s+["']?(?:s3|b2|sftp|rest|azure|gs|swift|rclone):|\bRESTIC_REPOSITORY=["']?(?:s3|b2|sftp|rest|azure|gs|swift|rclone):|\bborg\s+create\b[^\n]*(?:ssh:\/\/|\w@[\w.-]+:)|\bscp\b[^\n]*\s[\w.-]+@?[\w.-]*:\S|\brsync\b[^\n]*\s(?:[\w.-]+@)?[\w.-]+:[^\s/]*\/|\bmc\s+(?:cp|mirror)\b|\bwrangler\s+r2\s+object\s+put\b|\bcurl\b[^\n]*(?:-T\b|--upload-file)|PutObjectCommand|new\s+Upload\(|\.upload\(|uploadFile\(|actions\/upload-artifact|\bs3:\/\/|\bgs:\/\//i;
const BACKUP_NAME = /backup/i;
/** A name that says "database" when the script itself shows no dump command. */
const DATABASE_WORD = /\b(?:db|database|sql|sqlite3?|postgres(?:ql)?|mysql|mongo(?:db)?|redis|\.db)\b/i;
/** Schema-only dumps generate reference files; they back nothing up. */
const SCHEMA_ONLY = /--schema-only|\s-s\s|--no-data|--no-create-info/;
const MANAGED_HOST = /(?:neon\.tech|supabase\.(?:co|com)|rds\.amazonaws\.com|psdb\.cloud|planetscale\.com|render\.com|railway\.app|rlwy\.net|ondigitalocean\.com|aivencloud\.com|cockroachlabs\.cloud|mongodb\.net|upstash\.io|turso\.io|xata\.sh|database\.azure\.com|timescale\.com|crunchybridge\.com|nhost\.run)\b/i;
const SCRIPT_EXT = /\.(?:sh|bash|[cm]?[jt]s|py|rb|ya?ml|ps1)$/;
const LITESTREAM = /^litestream\.ya?ml$/;
const MAX_SCANNED = 60;
function backupJobs(repo) {
    return repo.fact('backupJobs', () => {
        const jobs = [];
        const candidates = new Set();
        for (const f of repo.files) {
            const base = external_node_path_.posix.basename(f);
            if (/(?:^|\/)(?:node_modules|__tests__|tests?|fixtures|examples?)\//.test(f))
                continue;
            if ((BACKUP_NAME.test(base) && SCRIPT_EXT.test(base)) || /^crontab$|\.cron$|^cron\.ya?ml$/.test(base))
                candidates.add(f);
        }
        for (const w of repo.workflows)
            candidates.add(w.file);
        for (const f of repo.byName(/\.(?:sh|bash)$/).slice(0, MAX_SCANNED))
            candidates.add(f);
        for (const file of candidates) {
            const text = repo.read(file) ?? '';
            let dump = DUMP.exec(text);
            if (dump && SCHEMA_ONLY.test(text.slice(dump.index, text.indexOf('\n', dump.index) >>> 0)))
                dump = null;
            const namedBackup = BACKUP_NAME.test(external_node_path_.posix.basename(file)) && !file.startsWith('.github/');
            if (!dump && !namedBackup)
                continue;
            // A script merely named "backup" must copy something of a database to count (not a restore helper).
            if (!dump &&
                !(DATABASE_WORD.test(text) && /\bcp\b|\btar\b|\bgzip\b|\bzip\b|copyFile|createReadStream/.test(text)))
                continue;
            const upload = UPLOAD.exec(text);
            jobs.push({
                file,
                line: dump ? repo.lineAt(file, dump.index) : 1,
                evidence: dump ? dumpLabel(dump[0]) : external_node_path_.posix.basename(file),
                offsite: upload?.[0].trim().slice(0, 40),
                destination: localDestination(text),
            });
        }
        for (const file of repo.byName(LITESTREAM)) {
            const text = repo.read(file) ?? '';
            const remote = /\burl\s*:\s*["']?((?:s3|gcs|abs|sftp|webdav|nats|file):\/\/|[\w-]+:)|\btype\s*:\s*["']?(?:s3|gcs|abs|sftp|webdav|nats)\b/.exec(text);
            jobs.push({
                file,
                line: 1,
                evidence: 'litestream',
                offsite: remote && !/^file:/.test(remote[1] ?? '') ? remote[0].trim() : undefined,
                destination: /\bpath\s*:\s*(\S+)/.exec(text)?.[1],
            });
        }
        // package.json scripts that dump a database.
        for (const pkg of repo.packages) {
            for (const [name, command] of Object.entries(pkg.scripts)) {
                const dump = DUMP.exec(command);
                // `litestream replicate` with a config file: the config (read above) says where replicas go.
                if (!dump || (/litestream/i.test(dump[0]) && repo.byName(LITESTREAM).length))
                    continue;
                const upload = UPLOAD.exec(command);
                jobs.push({
                    file: pkg.file,
                    line: scriptLine(repo, pkg, name) ?? 1,
                    evidence: `script \`${name}\` (${dumpLabel(dump[0])})`,
                    offsite: upload?.[0],
                });
            }
        }
        return jobs;
    });
}
/** A short name for the dump command (the match itself may run on with paths and quotes). */
function dumpLabel(match) {
    const m = match.trim();
    if (/^sqlite3/i.test(m))
        return /\.dump/.test(m) ? 'sqlite3 .dump' : 'sqlite3 .backup';
    if (/^redis-cli/i.test(m))
        return 'redis-cli snapshot';
    if (/^backup\(/.test(m))
        return 'database backup() call';
    return m
        .split(/\s+/)
        .slice(0, /^(?:wrangler|litestream|VACUUM)/i.test(m) ? 3 : 1)
        .join(' ');
}
/** A local folder a backup script writes to (`BACKUP_DIR=/var/backups`, `./backups`). */
function localDestination(text) {
    const assigned = /^\s*(?:export\s+|local\s+|readonly\s+)?\w*(?:BACKUP|DEST|OUT|TARGET)\w*=["']?([^\s"';]+)/im.exec(text);
    if (assigned && !/:\/\//.test(assigned[1]))
        return assigned[1];
    const path = /(?:^|[\s"'=])((?:\.{1,2}\/|\/(?:var|srv|opt|home|root|tmp|mnt|data|backups?)\/)[\w./$-]*backups?[\w./$-]*)/im.exec(text);
    return path?.[1];
}
/** Databases whose provider keeps backups itself (declared in the repository). */
function managedDatabase(repo) {
    for (const f of repo.byName(/^render\.ya?ml$/)) {
        const value = repo.yaml(f)?.value;
        if (Array.isArray(value?.databases) && value.databases.length)
            return `${f} declares a Render managed database`;
    }
    const managed = /^(?:@neondatabase\/serverless|@prisma\/adapter-neon|@vercel\/postgres|@planetscale\/database|@prisma\/adapter-planetscale|@supabase\/supabase-js|@libsql\/client|@prisma\/adapter-libsql|@xata\.io\/client|@upstash\/redis|firebase-admin|@aws-sdk\/client-dynamodb|@aws-sdk\/lib-dynamodb|convex)$/;
    for (const pkg of repo.packages) {
        const dep = Object.keys(pkg.dependencies).find((d) => managed.test(d));
        if (dep)
            return `${pkg.file} uses the managed database client ${dep}`;
    }
    // An env example whose DATABASE_URL points at a managed provider (host names only, never values).
    for (const f of repo.byName(/^(?:\.env(?:\.[\w.-]+)?|env\.(?:example|sample|template))$/).slice(0, 20)) {
        const host = MANAGED_HOST.exec(repo.read(f) ?? '');
        if (host)
            return `${f} points at the managed database host *.${host[0]}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/audit/rules/backup/no-backup.ts
// backup/no-backup: a stateful app (it depends on a database or declares one) has no backup script,
// workflow or scheduled job, so one bad migration or disk loss is permanent (seeds 000, 004).
// Databases whose provider keeps backups (Render managed Postgres, Neon, PlanetScale...) are skipped.


/** Caches hold nothing worth restoring. */
const CACHE_ONLY = new Set(['redis', 'ioredis']);
const noBackup = {
    id: 'backup/no-backup',
    severity: 'high',
    title: 'No database backups',
    remediation: 'Schedule a backup that leaves the machine (a nightly workflow running `pg_dump`/`wrangler d1 export` and uploading to S3, GCS or R2; or Litestream for SQLite) and test a restore regularly.',
    check(repo) {
        if (!(0,facts/* usesDatabase */.Ml)(repo) || !(0,facts/* hasDeployTarget */.PV)(repo))
            return [];
        const store = databaseEvidence(repo);
        if (!store || backupJobs(repo).length || managedDatabase(repo))
            return [];
        return [
            {
                message: `The app keeps data (${store.what}) but no backup script, workflow or scheduled job exists (looked for pg_dump, mysqldump, mongodump, sqlite3 .backup, wrangler d1 export, Litestream, *backup* scripts)`,
                file: store.file,
                line: store.line,
            },
        ];
    },
};
function databaseEvidence(repo) {
    const schema = repo.byName('schema.prisma')[0];
    if (schema)
        return { what: `Prisma schema ${schema}`, file: schema, line: repo.find(schema, /datasource\s+\w+/)?.line };
    for (const f of repo.byName(/^wrangler\.(toml|jsonc?)$/)) {
        const found = repo.find(f, /d1_databases/);
        if (found)
            return { what: `D1 database bound in ${f}`, file: f, line: found.line };
    }
    for (const pkg of repo.packages) {
        const dep = facts/* DATABASE_DEPENDENCIES */.u6.find((d) => !CACHE_ONLY.has(d) && (d in pkg.dependencies || d in pkg.devDependencies));
        if (dep)
            return { what: `dependency ${dep} in ${pkg.file}`, file: pkg.file };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/audit/rules/backup/local-only.ts
// backup/local-only: backups exist but are only written to the same machine (./backups,
// /var/backups), so the failure that loses the database loses its backups too (seed 002:
// scripts/database-backup.sh). One off-site copy anywhere in the repository clears the finding.

const localOnly = {
    id: 'backup/local-only',
    severity: 'high',
    title: 'Backups never leave the server',
    remediation: 'Upload every backup off the machine (`aws s3 cp`, `gsutil cp`, `rclone copy`, `restic` to a remote repository, Litestream replica to s3://) with retention, and test a restore from there.',
    check(repo) {
        const jobs = backupJobs(repo);
        if (!jobs.length || jobs.some((j) => j.offsite))
            return [];
        return jobs.map((job) => ({
            message: `${job.file} makes a backup (${job.evidence})${job.destination ? ` into ${job.destination}` : ''} but never copies it off the machine (no aws s3, gsutil, az storage, b2, rclone, restic remote or Litestream replica)`,
            file: job.file,
            line: job.line,
        }));
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/backup/index.ts


const backupRules = [noBackup, localOnly];

;// CONCATENATED MODULE: ./src/audit/model/secret-values.ts
// Which variable names look like secrets and which values look like a live secret rather than a
// reference or a placeholder. Shared by secrets/hardcoded-in-scripts and secrets/committed-config.
// Nothing here returns or formats a value: callers only learn "secret-looking" and a length.
/** Names whose value is public by design even when they end in KEY (browser-exposed, publishable). */
const PUBLIC_NAME = /^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|REACT_APP_|NUXT_PUBLIC_|EXPO_PUBLIC_|GATSBY_)|PUBLISHABLE|_KEY_ID$|(?:^|_)(?:KEY_ID|TOKEN_(?:EXPIRY|EXPIRES|TTL|URL|ENDPOINT|NAME|HEADER|LIFETIME)|SECRET_(?:NAME|ARN|ID|PATH))$/;
// The secret word must END the name: NEXTAUTH_SECRET, GITHUB_TOKEN, DB_PASSWORD, STRIPE_SECRET_KEY,
// AWS_SECRET_ACCESS_KEY. Names that only contain it (SECRETS_MANAGER_REGION, TOKEN_EXPIRY,
// DATABASE_PASSWORD_FILE) name something else.
const STRONG_SECRET_NAME = /(?:^|_)(?:SECRET|SECRETS|TOKEN|PASSWORD|PASSWD|PASSPHRASE|CREDENTIALS?|(?:API|ACCESS|SECRET|PRIVATE|SIGNING|ENCRYPTION|AUTH|MASTER|SERVICE|CLIENT|LICENSE|WEBHOOK)_?KEY|APIKEY|SECRET_KEY_BASE|AUTH_SALT|WEBHOOK_SECRET)$/;
// A bare *_KEY / *_PASS / *_PWD is often not a secret (CACHE_KEY=v1, SORT_KEY=name): such names
// count only with a live-looking value.
const WEAK_SECRET_NAME = /(?:^|_)(?:KEY|PASS|PWD)$/;
function secretNameStrength(name) {
    const upper = name.toUpperCase().replace(/-/g, '_');
    if (PUBLIC_NAME.test(upper))
        return undefined;
    if (STRONG_SECRET_NAME.test(upper))
        return 'strong';
    if (WEAK_SECRET_NAME.test(upper))
        return 'weak';
    return undefined;
}
function isSecretName(name) {
    return secretNameStrength(name) !== undefined;
}
/**
 * Whether `name=value` holds a secret. `strict` contexts (test scripts, CI, local compose services)
 * and weak names need a live-looking value; elsewhere any real literal counts.
 */
function isSecretAssignment(name, value, strict, literal = isLiteralSecretValue) {
    const strength = secretNameStrength(name);
    if (!strength)
        return false;
    return strict || strength === 'weak' ? looksLikeLiveSecret(value) : literal(value);
}
/**
 * A URL that carries a password (`postgres://user:pass@host`): a secret whatever its name.
 * `strict` (test/dev contexts) asks for a live-looking password, not `postgres://postgres:pw@localhost`.
 */
function hasUrlCredentials(value, strict = false) {
    const m = /^[a-z][\w+.-]*:\/\/([^:/@\s]+):([^@/\s]+)@/i.exec(value);
    if (!m || isReference(m[2]) || isPlaceholder(m[2]))
        return false;
    return !strict || looksLikeLiveSecret(m[2]);
}
/** `$VAR`, `${VAR}`, `${{ secrets.X }}`, `env("X")`, `@secret` references: not a literal. */
function isReference(value) {
    return /^\$|\$\{\{|\$\{|^%\w+%$|^env\(|^@|^<%|^\{\{/.test(value.trim());
}
// Words people write where a real secret belongs, and well-known local-development defaults
// (POSTGRES_PASSWORD: postgres in a compose file is a throw-away local database, not a leak).
const PLACEHOLDER = /^(?:change[-_ ]?me.*|changeit|replace[-_ ]?me.*|secret|secrets?[-_]?here|password|passw0rd|pass|pwd|test|tests|testing|test[-_].*|dummy.*|example.*|sample.*|placeholder.*|todo|tbd|none|null|nil|undefined|empty|x+|\*+|\.+|-+|_+|0+|your[-_ ].*|my[-_]?(?:secret|password|token|key).*|insert[-_ ].*|enter[-_ ].*|fake.*|mock.*|dev|development|local|localhost|postgres|postgresql|root|admin|mysql|mariadb|redis|mongo|guest|default|foo|bar|foobar|baz|abc|abc123|qwerty|letmein|1234|12345|123456|1234567|12345678|123456789|secret[-_]?key|supersecret|super[-_]?secret.*|not[-_]?(?:a[-_]?)?secret.*|ci|ci[-_].*)$/i;
function isPlaceholder(value) {
    const v = value.trim();
    return v === '' || PLACEHOLDER.test(v) || /^<.*>$|^\[.*\]$|^\{.*\}$/.test(v);
}
/** Prefixes of real credentials: a value starting with one of these is live whatever the context. */
const KNOWN_TOKEN = /^(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_|sk_live_|rk_live_|sk-[A-Za-z0-9-_]{20,}|xox[abposr]-|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|glpat-|npm_[A-Za-z0-9]{30,}|SG\.[\w-]{16,}|-----BEGIN)/;
/** A literal that plausibly is a real secret: not empty, not a reference, not a placeholder. */
function isLiteralSecretValue(value) {
    const v = value.trim();
    return v.length >= 4 && !isReference(v) && !isPlaceholder(v);
}
/**
 * Stricter test for contexts where fake values are the norm (test scripts, CI service containers,
 * .env.test): only a known token prefix or a long, mixed, high-entropy string counts.
 */
function looksLikeLiveSecret(value) {
    const v = value.trim();
    if (!isLiteralSecretValue(v))
        return false;
    if (KNOWN_TOKEN.test(v))
        return true;
    if (v.length < 20)
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
    return classes >= 3 && shannonEntropy(v) >= 3.5;
}
function shannonEntropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values())
        h -= (n / s.length) * Math.log2(n / s.length);
    return h;
}
/** Strip one pair of matching surrounding quotes. */
function unquote(value) {
    const v = value.trim();
    return /^(["']).*\1$/s.test(v) && v.length >= 2 ? v.slice(1, -1) : v;
}

;// CONCATENATED MODULE: ./src/audit/rules/secrets/hardcoded-in-scripts.ts
// secrets/hardcoded-in-scripts: a package.json script assigns a literal to a secret-looking variable
// (seed 001: `NEXTAUTH_SECRET=1234… next build`) or passes one to a credential flag (`--token …`).
// The message names the script and the variable, never the value.


// `NAME=value` at a word start: plain shell, `export NAME=`, `cross-env NAME=`, `env NAME=`.
const ASSIGNMENT = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|[^\s;&|)]*)/g;
// `--token abc`, `--auth=abc`, `--password abc`: a CLI credential passed as a flag (vercel, netlify...).
const CREDENTIAL_FLAG = /(?:^|\s)--(token|auth|auth-token|api-key|apikey|access-token|password|secret)(?:=|\s+)("[^"]*"|'[^']*'|[^\s;&|)-][^\s;&|)]*)/g;
// Scripts that only run on a developer's machine or in tests, where fake secrets are the norm:
// there only a live-looking value (known token prefix, long high-entropy string) is reported.
const LOCAL_SCRIPT = /^(?:pre|post)?(?:test|tests|e2e|cypress|playwright|jest|vitest|dev|develop|storybook|lint|format|typecheck)(?:[:._-].*)?$|(?:^|[:._-])(?:test|e2e|dev|local)$/;
const hardcodedInScripts = {
    id: 'secrets/hardcoded-in-scripts',
    severity: 'critical',
    title: 'Secret hardcoded in a package.json script',
    remediation: "Revoke the secret, remove it from the script and read it from the environment instead (GitHub Actions secrets in CI, the platform's secret store in production); the old value stays in git history.",
    check(repo) {
        const hits = [];
        for (const pkg of repo.packages) {
            for (const [name, command] of Object.entries(pkg.scripts)) {
                const local = LOCAL_SCRIPT.test(name);
                for (const m of command.matchAll(CREDENTIAL_FLAG)) {
                    const value = unquote(m[2]);
                    // A flag has no variable name to go by: report only values that look like real credentials.
                    if (isReference(value) || !looksLikeLiveSecret(value))
                        continue;
                    hits.push({
                        message: `${pkg.file} script \`${name}\` passes a literal ${value.length}-character credential to \`--${m[1]}\`; anyone who can read the repository has it`,
                        file: pkg.file,
                        line: scriptLine(repo, pkg, name),
                    });
                }
                for (const m of command.matchAll(ASSIGNMENT)) {
                    const variable = m[1];
                    const value = unquote(m[2]);
                    // Build/start/deploy scripts configure what runs in production: any literal there is
                    // reported, a placeholder too (`SESSION_SECRET=changeme` is a guessable production secret).
                    // Dev/test scripts carry fake values by convention: only a live-looking one is reported.
                    const byName = isSecretAssignment(variable, value, local, isProductionLiteral);
                    if (!byName && !hasUrlCredentials(value, local))
                        continue;
                    const what = !byName
                        ? 'a URL with a password'
                        : isPlaceholder(value)
                            ? 'a placeholder value, a guessable secret wherever this script runs'
                            : `a literal ${value.length}-character value; anyone who can read the repository has it`;
                    hits.push({
                        message: `${pkg.file} script \`${name}\` sets ${variable} to ${what}`,
                        file: pkg.file,
                        line: scriptLine(repo, pkg, name),
                    });
                }
            }
        }
        return hits;
    },
};
/** A value written in the script itself: not empty, not `$VAR`/`${VAR}`, not a flag such as `1` or `true`. */
function isProductionLiteral(value) {
    return value.trim() !== '' && !isReference(value) && !/^(?:true|false|yes|no|on|off|\d{1,3})$/i.test(value.trim());
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/audit/model/wrangler-config.ts
var wrangler_config = __webpack_require__(6014);
;// CONCATENATED MODULE: ./src/audit/rules/secrets/committed-config.ts



const ENV_FILE = /^\.env(?:\.[\w.-]+)?$/;
const EXAMPLE_ENV = /(?:^|[._-])(?:example|sample|template|dist|defaults?|schema|tpl|skel|ci-example)(?:$|[._-])/i;
const LOCAL_CONTEXT = /(?:^|[._-])(?:test|tests|testing|dev|development|local|ci|e2e|spec|mock)(?:$|[._-])/i;
// .env.local is where real keys live on a developer's machine: committed, it leaks them, so it is
// not a "local context" for .env files (only .env.test / .env.development are).
const LOCAL_DOTENV = /(?:^|[._-])(?:test|tests|testing|dev|development|ci|e2e|spec|mock)(?:$|[._-])/i;
const DATABASE_IMAGE = /(?:^|\/)(?:postgres|postgis|mysql|mariadb|mongo|redis|valkey|rabbitmq|minio|memcached|elasticsearch|opensearch|clickhouse|cassandra|mssql|keycloak|localstack|mailhog|mailpit)(?:[:@/-]|$)/;
const TEST_PATH = /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|examples?|testdata)\//;
const committedConfig = {
    id: 'secrets/committed-config',
    severity: 'critical',
    title: 'Secret committed in a configuration file',
    remediation: "Revoke the secret, delete it from the file and keep it in a secret store (GitHub Actions secrets, `wrangler secret put`, the platform's environment settings); commit only an example file with empty values and add the real file to .gitignore.",
    check(repo) {
        const hits = [];
        const report = (file, where, candidates) => {
            for (const c of candidates) {
                const byName = isSecretAssignment(c.secretName ?? c.name, c.value, c.local);
                if (!byName && !hasUrlCredentials(c.value, c.local))
                    continue;
                const what = byName ? `a ${c.value.length}-character literal` : 'a URL with a password';
                hits.push({ message: `${file} sets ${c.name} to ${what}${where}`, file, line: c.line });
            }
        };
        for (const file of repo.byName(/^\.(?:npmrc|yarnrc\.yml)$/)) {
            if (!TEST_PATH.test(file))
                report(file, ' (registry credentials; use `${NPM_TOKEN}` and a CI secret)', registryTokens(repo, file));
        }
        for (const file of repo.byName(ENV_FILE)) {
            const base = file.split('/').pop();
            if (EXAMPLE_ENV.test(base.slice(4)) || TEST_PATH.test(file))
                continue;
            report(file, '', dotenvEntries(repo, file, LOCAL_DOTENV.test(base.slice(4))));
        }
        for (const file of repo.byName(wrangler_config/* WRANGLER_CONFIG */.C)) {
            if (!TEST_PATH.test(file))
                report(file, ' in its vars (plain text in the repository; secrets belong in `wrangler secret put`)', wranglerVars(repo, file));
        }
        for (const file of repo.byName(/^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/)) {
            if (!TEST_PATH.test(file))
                report(file, ' in a service environment', composeEnvironment(repo, file, LOCAL_CONTEXT.test(file.split('/').pop())));
        }
        for (const file of repo.byName(/^render\.ya?ml$/)) {
            if (!TEST_PATH.test(file))
                report(file, ' in envVars (use `sync: false` and set it in the dashboard)', renderEnvVars(repo, file));
        }
        for (const file of repo.byName('fly.toml')) {
            if (!TEST_PATH.test(file))
                report(file, ' in [env] (use `fly secrets set`)', flyEnv(repo, file));
        }
        for (const workflow of repo.workflows) {
            report(workflow.file, ' in an env: block (use `${{ secrets.NAME }}`)', workflowEnv(repo, workflow.file));
        }
        return hits;
    },
};
function dotenvEntries(repo, file, local) {
    const text = repo.read(file) ?? '';
    const out = [];
    text.split('\n').forEach((raw, i) => {
        const m = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(.*)$/.exec(raw);
        if (!m)
            return;
        let value = m[2].trim();
        if (!/^["']/.test(value))
            value = value.replace(/\s+#.*$/, '');
        out.push({ name: m[1], value: unquote(value), line: i + 1, local });
    });
    return out;
}
function wranglerVars(repo, file) {
    const config = (0,wrangler_config/* wranglerConfig */.F)(repo, file);
    if (!config)
        return [];
    const tables = [];
    if (isObject(config.vars))
        tables.push(config.vars);
    if (isObject(config.env))
        for (const env of Object.values(config.env))
            if (isObject(env) && isObject(env.vars))
                tables.push(env.vars);
    const out = [];
    for (const vars of tables) {
        for (const [name, value] of Object.entries(vars)) {
            if (typeof value !== 'string')
                continue;
            out.push({ name, value, line: keyLine(repo, file, name), local: false });
        }
    }
    return out;
}
/** `//registry.npmjs.org/:_authToken=…` in .npmrc, `npmAuthToken: …` in .yarnrc.yml (named as a TOKEN so the secret test applies). */
function registryTokens(repo, file) {
    const out = [];
    (repo.read(file) ?? '').split('\n').forEach((line, i) => {
        const m = /(?:^|:)(_authToken|_auth|_password|npmAuthToken|npmAuthIdent)\s*[=:]\s*(.+)$/.exec(line.trim());
        if (m)
            out.push({ name: m[1], secretName: 'NPM_TOKEN', value: unquote(m[2]), line: i + 1, local: false });
    });
    return out;
}
function renderEnvVars(repo, file) {
    const value = repo.yaml(file)?.value;
    const groups = [
        ...(Array.isArray(value?.services) ? value.services : []),
        ...(Array.isArray(value?.envVarGroups) ? value.envVarGroups : []),
    ];
    const out = [];
    for (const group of groups) {
        if (!isObject(group) || !Array.isArray(group.envVars))
            continue;
        for (const v of group.envVars) {
            if (isObject(v) && typeof v.key === 'string' && (typeof v.value === 'string' || typeof v.value === 'number')) {
                out.push({
                    name: v.key,
                    value: String(v.value),
                    line: repo.find(file, new RegExp(`key:\\s*["']?${v.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`, 'm'))?.line,
                    local: false,
                });
            }
        }
    }
    return out;
}
function flyEnv(repo, file) {
    let config;
    try {
        config = (0,dist/* parse */.qg)(repo.read(file) ?? '');
    }
    catch {
        return []; // fly.toml syntax is not this rule's concern
    }
    if (!isObject(config.env))
        return [];
    return Object.entries(config.env).flatMap(([name, value]) => typeof value === 'string' ? [{ name, value, line: keyLine(repo, file, name), local: false }] : []);
}
function composeEnvironment(repo, file, local) {
    const services = repo.yaml(file)?.value?.services;
    if (!isObject(services))
        return [];
    const out = [];
    for (const service of Object.values(services)) {
        if (!isObject(service))
            continue;
        // A database/broker container's own password (POSTGRES_PASSWORD, MYSQL_ROOT_PASSWORD) guards a
        // container on the compose network; only a live-looking one is reported.
        const infra = typeof service.image === 'string' && DATABASE_IMAGE.test(service.image);
        for (const [name, value] of envPairs(service.environment))
            out.push({ name, value, line: keyLine(repo, file, name), local: local || infra });
    }
    return out;
}
function workflowEnv(repo, file) {
    const out = [];
    const workflow = repo.workflows.find((w) => w.file === file);
    const add = (env, local) => {
        for (const [name, value] of envPairs(env))
            out.push({ name, value, line: keyLine(repo, file, name), local });
    };
    // Workflow env blocks mostly carry throw-away values for test jobs (JWT_SECRET: test-jwt); a real
    // credential pasted there is long and random, so only live-looking values are reported.
    add(workflow.env, true);
    for (const job of workflow.jobs) {
        add(job.env, true);
        for (const step of job.steps)
            add(step.env, true);
        // Service containers in CI are throw-away databases: their passwords are fake by design.
        const services = job.raw.services;
        if (isObject(services))
            for (const s of Object.values(services))
                if (isObject(s))
                    add(s.env, true);
    }
    return out;
}
/** `environment:` as a map or as a list of `NAME=value`. */
function envPairs(env) {
    if (Array.isArray(env)) {
        return env.flatMap((item) => {
            const m = typeof item === 'string' ? /^([^=]+)=(.*)$/.exec(item) : null;
            return m ? [[m[1].trim(), m[2]]] : [];
        });
    }
    if (isObject(env))
        return Object.entries(env).flatMap(([k, v]) => typeof v === 'string' || typeof v === 'number' ? [[k, String(v)]] : []);
    return [];
}
function keyLine(repo, file, name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return repo.find(file, new RegExp(`^[\\t ]*(?:- )?["']?${escaped}["']?\\s*[:=]`, 'm'))?.line;
}
function isObject(value) {
    return !!value && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/audit/rules/secrets/index.ts


const secretsRules = [hardcodedInScripts, committedConfig];

;// CONCATENATED MODULE: ./src/audit/model/running-server.ts
// Server apps that run a server process in production. A Next.js app built with `output: 'export'`
// (or `next export`) is a static site: health routes, rate limits, server logging and the port do
// not apply to it, so server-oriented rules skip it.


function runningServerApps(repo) {
    return repo.fact('runningServerApps', () => (0,facts/* serverApps */.GZ)(repo).filter((app) => !isStaticNextExport(repo, app)));
}
function isStaticNextExport(repo, app) {
    if (!(0,facts/* isNextApp */.lL)(app))
        return false;
    if (Object.values(app.pkg.scripts).some((s) => /\bnext\s+export\b/.test(s)))
        return true;
    const dir = app.pkg.dir || '.';
    const config = repo.files.find((f) => external_node_path_.posix.dirname(f) === dir && /^next\.config\.[cm]?[jt]s$/.test(external_node_path_.posix.basename(f)));
    return !!config && /\boutput\s*:\s*['"`]export['"`]/.test(repo.read(config) ?? '');
}

;// CONCATENATED MODULE: ./src/audit/rules/config/hardcoded-port.ts
// config/hardcoded-port: the start script or the server code fixes the port to a literal, so the
// platform (Render, Fly, Cloud Run, Heroku...) cannot choose it through PORT (seed 000: `PORT=3005`).




/** Scripts that start the app for production (dev scripts may pin a port). */
const START_SCRIPTS = ['start', 'start:prod', 'start:production', 'serve', 'prod'];
/** Server entry files worth reading for `listen(3000)`; reading every source file would not scale. */
const SERVER_FILE = /(?:^|\/)(?:server|app|index|main|http|listen|start)\.[cm]?[jt]s$/;
const MAX_SERVER_FILES = 40;
const hardcodedPort = {
    id: 'config/hardcoded-port',
    severity: 'medium',
    title: 'Port hardcoded instead of read from PORT',
    remediation: 'Read the port from the environment with a default (`const port = Number(process.env.PORT ?? 3000)`, `next start` without `-p`) and set PORT in the deploy configuration.',
    check(repo) {
        const hits = [];
        for (const { pkg } of runningServerApps(repo)) {
            for (const name of START_SCRIPTS) {
                const command = pkg.scripts[name];
                const port = command === undefined ? undefined : (0,start_port/* portFromCommand */.bm)(command);
                if (port?.literal) {
                    hits.push({
                        message: `${pkg.file} script \`${name}\` fixes the port with \`${port.source}\`; the platform cannot set it through PORT`,
                        file: pkg.file,
                        line: scriptLine(repo, pkg, name),
                    });
                }
            }
            const candidates = (0,facts/* sourceFilesOf */.u$)(repo, pkg.dir)
                .filter((f) => SERVER_FILE.test(f))
                .slice(0, MAX_SERVER_FILES);
            for (const file of candidates) {
                const hit = literalListen(repo.read(file) ?? '');
                if (hit)
                    hits.push({
                        message: `${file} listens on port ${hit.port} (${hit.evidence}) without reading PORT`,
                        file,
                        line: repo.lineAt(file, hit.index),
                    });
            }
        }
        return hits;
    },
};
/** `listen(3000)`, `listen({ port: 3000 })`, or `const port = 3000; … listen(port)`, in a file that never reads PORT. */
function literalListen(text) {
    if (/process\.env\.PORT\b|process\.env\[['"]PORT['"]\]|Deno\.env\.get\(['"]PORT|Bun\.env\.PORT|env\.PORT\b/.test(text))
        return undefined;
    const direct = /\.listen\(\s*(?:\{\s*port\s*:\s*)?(\d{2,5})\b/.exec(text);
    if (direct)
        return { port: Number(direct[1]), evidence: `\`listen(${direct[1]})\``, index: direct.index };
    const viaName = /\.listen\(\s*(?:\{\s*port\s*:\s*)?([A-Za-z_$][\w$]*)\s*[,)}]/.exec(text);
    if (viaName) {
        const decl = new RegExp(`(?:const|let|var)\\s+${viaName[1].replace(/\$/g, '\\$')}\\s*(?::\\s*number\\s*)?=\\s*(\\d{2,5})\\s*[;\\n]`).exec(text);
        if (decl)
            return { port: Number(decl[1]), evidence: `\`${viaName[1]} = ${decl[1]}\``, index: decl.index };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/audit/rules/config/index.ts

const configRules = [hardcodedPort];

;// CONCATENATED MODULE: ./src/audit/rules/observability/no-health-endpoint.ts
// observability/no-health-endpoint: a server app has no route a load balancer or platform can probe
// (seed 002: "No dedicated /api/health or /healthz endpoint").



const HEALTH_WORD = '(?:health|healthz|healthcheck|health-check|_health|ready|readyz|readiness|live|livez|liveness|ping|status)';
/** A route string in code: '/health', "/api/healthz", `/ready`. */
const HEALTH_ROUTE = new RegExp(`['"\`](?:/api)?/${HEALTH_WORD}(?:['"\`/?])`);
/**
 * File-system routes and health modules: app/api/health/route.ts, pages/api/healthz.ts, Remix flat
 * routes (app/routes/api.health.ts), SvelteKit (src/routes/health/+server.ts), Nuxt
 * (server/api/health.get.ts), a Nest HealthModule (src/health/health.controller.ts).
 */
const HEALTH_PATH = /(?:^|\/|[._-])(?:health|healthz|healthcheck|health-check|readyz|readiness|livez|liveness)(?:\/|[._-]|$)/i;
const ROUTE_DIR_FILE = new RegExp(`(?:^|/)(?:app|pages|routes|src/app|src/pages|src/routes)/(?:api/)?${HEALTH_WORD}(?:/route|/index|/\\+server|)\\.[cm]?[jt]sx?$`);
/** Libraries that add health routes. */
const HEALTH_LIBRARY = /^(?:@nestjs\/terminus|@godaddy\/terminus|lightship|express-healthcheck|express-actuator|fastify-healthcheck|@fastify\/under-pressure|@cloudnative\/health-connect|@hapi\/hapi-health|hapi-alive|koa-healthcheck)$/;
/** Deploy configs that probe a path (render.yaml healthCheckPath, fly.toml checks, HEALTHCHECK). */
const PROBE_CONFIG = /healthCheckPath\s*:|\[\[?(?:http_service\.)?(?:checks|http_checks)\]\]?|^\s*HEALTHCHECK\s+(?!NONE)|livenessProbe|readinessProbe/m;
const noHealthEndpoint = {
    id: 'observability/no-health-endpoint',
    severity: 'medium',
    title: 'No health check endpoint',
    remediation: "Add a cheap `/health` (liveness) route and a `/ready` route that checks the database, and point the platform's health check and the container HEALTHCHECK at it.",
    check(repo) {
        const hits = [];
        if (probeConfigs(repo).some((f) => PROBE_CONFIG.test(repo.read(f) ?? '')))
            return hits;
        for (const app of runningServerApps(repo)) {
            if (!hasHealthRoute(repo, app)) {
                hits.push({
                    message: `The ${app.framework} app in ${app.pkg.file} has no health route (looked for /health, /healthz, /api/health, /ready, /live and health-check libraries)`,
                    file: app.pkg.file,
                });
            }
        }
        return hits;
    },
};
/** Deploy configs that may declare a health probe (a cheap name test: no glob over every file). */
function probeConfigs(repo) {
    return repo
        .byName(/^(?:render\.ya?ml|fly\.toml|Dockerfile(?:\.[\w-]+)?|[\w-]+\.Dockerfile|Containerfile)$/)
        .concat(repo.files.filter((f) => /(?:^|\/)(?:k8s|kubernetes|helm|charts)\/.*\.ya?ml$/.test(f)).slice(0, 50));
}
function hasHealthRoute(repo, app) {
    const { pkg } = app;
    const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    if (deps.some((d) => HEALTH_LIBRARY.test(d)))
        return true;
    const prefix = pkg.dir ? `${pkg.dir}/` : '';
    if ((0,facts/* sourceFilesOf */.u$)(repo, pkg.dir).some((f) => HEALTH_PATH.test(f.slice(prefix.length).replace(/\.[cm]?[jt]sx?$/, '')) ||
        ROUTE_DIR_FILE.test(f.slice(prefix.length))))
        return true;
    return findInSource(repo, pkg.dir, HEALTH_ROUTE) !== undefined;
}

;// CONCATENATED MODULE: ./src/audit/model/integrations.ts
// Env names may carry a framework prefix for the browser (NEXT_PUBLIC_, VITE_, PUBLIC_...).
const pre = '^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|REACT_APP_|NUXT_PUBLIC_|EXPO_PUBLIC_|GATSBY_)?';
const INTEGRATIONS = [
    {
        name: 'Sentry',
        packages: /^(?:@sentry\/.+|toucan-js|sentry-expo|@sentry-internal\/.+)$/,
        packageHint: '@sentry/*',
        envName: new RegExp(`${pre}SENTRY_`),
        manifestWord: /sentry/i,
        tracksErrors: true,
    },
    {
        name: 'Datadog',
        packages: /^(?:dd-trace|@datadog\/.+|datadog-.+|hot-shots|connect-datadog)$/,
        packageHint: 'dd-trace or @datadog/*',
        envName: new RegExp(`${pre}(?:DD_|DATADOG_)`),
        manifestWord: /ddtrace|datadog/i,
        tracksErrors: true,
    },
    {
        name: 'New Relic',
        packages: /^(?:newrelic|@newrelic\/.+)$/,
        packageHint: 'newrelic',
        envName: new RegExp(`${pre}NEW_RELIC_`),
        manifestWord: /newrelic/i,
        tracksErrors: true,
    },
    {
        name: 'Bugsnag',
        packages: /^(?:@bugsnag\/.+|bugsnag)$/,
        packageHint: '@bugsnag/*',
        envName: new RegExp(`${pre}BUGSNAG_`),
        manifestWord: /bugsnag/i,
        tracksErrors: true,
    },
    {
        name: 'Rollbar',
        packages: /^(?:rollbar|@rollbar\/.+)$/,
        packageHint: 'rollbar',
        envName: new RegExp(`${pre}ROLLBAR_`),
        manifestWord: /rollbar/i,
        tracksErrors: true,
    },
    {
        name: 'Honeybadger',
        packages: /^@honeybadger-io\/.+$/,
        packageHint: '@honeybadger-io/*',
        envName: new RegExp(`${pre}HONEYBADGER_`),
        manifestWord: /honeybadger/i,
        tracksErrors: true,
    },
    {
        name: 'OpenTelemetry',
        packages: /^(?:@opentelemetry\/.+|@vercel\/otel|@highlight-run\/.+|@microlabs\/otel-cf-workers)$/,
        packageHint: '@opentelemetry/*',
        envName: new RegExp(`${pre}OTEL_`),
        manifestWord: /opentelemetry/i,
        tracksErrors: true,
    },
    {
        name: 'Better Stack (Logtail)',
        packages: /^(?:@logtail\/.+|pino-logtail|winston-logtail)$/,
        packageHint: '@logtail/*',
        envName: new RegExp(`${pre}(?:LOGTAIL_|BETTERSTACK_|BETTER_STACK_)`),
        manifestWord: /logtail|betterstack/i,
        tracksErrors: false,
    },
];
/** Further error trackers that have no env-name convention worth matching. */
const OTHER_TRACKERS = /^(?:@appsignal\/.+|elastic-apm-node|@elastic\/apm-rum|raygun|raygun4js|trackjs|@airbrake\/.+|@highlight-run\/.+|@axiomhq\/.+|posthog-node|@baselime\/.+|@logrocket\/.+|logrocket)$/;
function installedIntegration(repo, integration) {
    return (repo.hasDependency(integration.packages) || nonJsManifests(repo).some((text) => integration.manifestWord.test(text)));
}
/** Any error tracker installed in a package.json or a non-JavaScript manifest. */
function hasErrorTracker(repo) {
    for (const i of INTEGRATIONS)
        if (i.tracksErrors && installedIntegration(repo, i))
            return i.name;
    if (repo.hasDependency(OTHER_TRACKERS))
        return 'an error tracker';
    return undefined;
}
const NON_JS_MANIFEST = /^(?:requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|Gemfile|go\.mod|Cargo\.toml|composer\.json|pom\.xml|build\.gradle(?:\.kts)?|mix\.exs)$/;
/** Texts of non-JavaScript dependency manifests (a Python backend may install sentry-sdk). */
function nonJsManifests(repo) {
    return repo.fact('nonJsManifests', () => repo
        .byName(NON_JS_MANIFEST)
        .slice(0, 50)
        .map((f) => repo.read(f) ?? ''));
}

;// CONCATENATED MODULE: ./src/audit/rules/observability/no-error-tracking.ts
// observability/no-error-tracking: something is deployed but no error tracker is installed, so
// production errors are only seen when a user complains (seed 003: "No Sentry/Datadog").


const noErrorTracking = {
    id: 'observability/no-error-tracking',
    severity: 'high',
    title: 'No error tracking',
    remediation: 'Install an error tracker for the runtime you deploy (`@sentry/nextjs`, `@sentry/node`, `toucan-js` on Workers, Datadog, Bugsnag, Rollbar, OpenTelemetry) and set its DSN/key as a secret in the deploy environment.',
    check(repo) {
        if (!runsCode(repo) || repo.packages.length === 0)
            return [];
        if (hasErrorTracker(repo))
            return [];
        const pkg = (0,facts/* serverApps */.GZ)(repo)[0]?.pkg ?? repo.rootPackage ?? repo.packages[0];
        return [
            {
                message: `No error tracker is a dependency of any package (looked for Sentry, Datadog, New Relic, Bugsnag, Rollbar, Honeybadger, OpenTelemetry in ${repo.packages.length} package.json file${repo.packages.length === 1 ? '' : 's'})`,
                file: pkg.file,
            },
        ];
    },
};
/**
 * Something executes in production: a server app, a Worker, a container or a process platform.
 * A static site on Netlify/Vercel alone is not counted: an error tracker there is optional.
 */
function runsCode(repo) {
    return ((0,facts/* serverApps */.GZ)(repo).length > 0 ||
        (0,facts/* hasWorker */.Vs)(repo) ||
        (0,facts/* dockerfiles */.yy)(repo).length > 0 ||
        repo.byName(/^(?:Procfile|render\.ya?ml|fly\.toml|app\.ya?ml|railway\.(?:json|toml)|nixpacks\.toml)$/).length > 0);
}

;// CONCATENATED MODULE: ./src/audit/rules/observability/integration-not-installed.ts
// observability/integration-not-installed: the configuration names an integration (an env example
// lists NEXT_PUBLIC_SENTRY_DSN) but its package is not installed, so the team believes errors are
// tracked while nothing reports them (seed 002).


/** Environment files, examples included: they document what the app expects to be configured. */
const integration_not_installed_ENV_FILE = /^(?:\.env(?:\.[\w.-]+)?|[\w.-]*\.env|env\.(?:example|sample|template|local|dist)|\.env[\w.-]*)$/;
const integration_not_installed_TEST_PATH = /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|testdata)\//;
/** Framework configs that wire an integration in code (withSentryConfig in next.config.mjs). */
const CONFIG_FILE = /^(?:next|nuxt|vite|astro|svelte|remix)\.config\.[cm]?[jt]s$|^instrumentation(?:-client)?\.[jt]s$|^sentry\.(?:client|server|edge)\.config\.[jt]s$/;
const CONFIG_USE = [
    ['Sentry', /withSentryConfig|from\s+['"]@sentry\/|require\(['"]@sentry\//],
    ['OpenTelemetry', /from\s+['"]@(?:opentelemetry|vercel\/otel)\b|registerOTel/],
    ['Datadog', /from\s+['"](?:dd-trace|@datadog\/)|require\(['"]dd-trace/],
];
const integrationNotInstalled = {
    id: 'observability/integration-not-installed',
    severity: 'high',
    title: 'Configured integration is not installed',
    remediation: "Install the integration's package and initialise it (e.g. `npm install @sentry/nextjs` and `npx @sentry/wizard -i nextjs`), or delete the unused variables so nobody relies on monitoring that does not exist.",
    check(repo) {
        if (repo.packages.length === 0)
            return [];
        const hits = [];
        const reported = new Set();
        for (const file of repo.files) {
            const base = external_node_path_.posix.basename(file);
            if (integration_not_installed_TEST_PATH.test(file) || file.includes('node_modules/'))
                continue;
            if (integration_not_installed_ENV_FILE.test(base))
                envFileHits(repo, file, reported, hits);
            else if (CONFIG_FILE.test(base))
                configFileHits(repo, file, reported, hits);
        }
        return hits;
    },
};
function envFileHits(repo, file, reported, hits) {
    const lines = (repo.read(file) ?? '').split('\n');
    for (const integration of INTEGRATIONS) {
        const key = `${integration.name}:${file}`;
        if (reported.has(key))
            continue;
        const index = lines.findIndex((l) => {
            const m = /^\s*(?:export\s+)?([A-Za-z_][\w]*)\s*=/.exec(l);
            return !!m && integration.envName.test(m[1]);
        });
        if (index < 0 || installedIntegration(repo, integration))
            continue;
        reported.add(key);
        const variable = /^\s*(?:export\s+)?([A-Za-z_][\w]*)/.exec(lines[index])[1];
        hits.push({
            message: `${file} names ${variable} (${integration.name}) but no ${integration.name} package (${integration.packageHint}) is a dependency`,
            file,
            line: index + 1,
        });
    }
}
function configFileHits(repo, file, reported, hits) {
    for (const [name, use] of CONFIG_USE) {
        const integration = INTEGRATIONS.find((i) => i.name === name);
        const key = `${name}:${file}`;
        if (reported.has(key))
            continue;
        const found = repo.find(file, use);
        if (!found || installedIntegration(repo, integration))
            continue;
        reported.add(key);
        hits.push({
            message: `${file} uses ${name} (\`${found.match[0].trim()}\`) but no ${name} package (${integration.packageHint}) is a dependency`,
            file,
            line: found.line,
        });
    }
}

;// CONCATENATED MODULE: ./src/audit/rules/observability/no-structured-logging.ts
// observability/no-structured-logging: server code logs with console.* and no structured logger is
// installed, so production logs cannot be searched by field, level or request (seeds 001, 003).



const STRUCTURED_LOGGER = /^(?:pino|pino-http|pino-pretty|nestjs-pino|winston|express-winston|nest-winston|bunyan|tslog|roarr|log4js|loglevel-plugin-remote|@logtail\/.+|@axiomhq\/.+|next-logger|@google-cloud\/logging(?:-winston|-bunyan)?|@aws-lambda-powertools\/logger|@datadog\/browser-logs|signale|consola|evlog|@opentelemetry\/api-logs|@hono\/.*logger)$/;
const NEXT_SERVER_FILE = /(?:^|\/)(?:route|middleware|proxy|instrumentation|actions)\.[cm]?[jt]sx?$|(?:^|\/)pages\/api\/|(?:^|\/)server\/|\.server\.[cm]?[jt]sx?$/;
const CONSOLE_CALL = /\bconsole\.(?:log|info|warn|error|debug)\s*\(/;
const noStructuredLogging = {
    id: 'observability/no-structured-logging',
    severity: 'medium',
    title: 'No structured logging',
    remediation: 'Log through a structured logger (pino, winston) that writes JSON with a level, a timestamp and a request id, and ship those logs to a searchable store.',
    check(repo) {
        const hits = [];
        for (const app of runningServerApps(repo)) {
            const deps = [...Object.keys(app.pkg.dependencies), ...Object.keys(app.pkg.devDependencies)];
            if (deps.some((d) => STRUCTURED_LOGGER.test(d)) || repo.hasDependency(STRUCTURED_LOGGER, { runtimeOnly: true }))
                continue;
            // In a Next.js app most files render in the browser, where console is the only logger;
            // only server code (route handlers, API routes, middleware, server/ folders) counts.
            const files = (0,facts/* isNextApp */.lL)(app)
                ? scanOrder(repo, app.pkg.dir).filter((f) => NEXT_SERVER_FILE.test(f))
                : scanOrder(repo, app.pkg.dir);
            const call = repo.findInFiles(files, CONSOLE_CALL);
            if (!call)
                continue;
            hits.push({
                message: `The ${app.framework} app in ${app.pkg.file} logs with \`${call.match[0].replace(/\s*\($/, '')}\` (${call.file}:${call.line}) and has no structured logger (pino, winston, bunyan...)`,
                file: call.file,
                line: call.line,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/observability/index.ts




const observabilityRules = [
    noHealthEndpoint,
    noErrorTracking,
    integrationNotInstalled,
    noStructuredLogging,
];

;// CONCATENATED MODULE: ./src/audit/rules/security/no-security-headers.ts
// security/no-security-headers: an Express/Fastify/Koa/Nest server without helmet or equivalent, or a
// Next.js app whose config and middleware set no security headers (seed 003).




const NODE_SERVERS = new Set(['express', 'fastify', 'koa', '@nestjs/core', '@hapi/hapi', 'hono']);
const HEADER_LIBRARY = /^(?:helmet|@fastify\/helmet|fastify-helmet|koa-helmet|lusca|@hapi\/blankie|blankie|hapi-helmet|next-secure-headers|@next-safe\/middleware|nosecone|@nosecone\/next|@arcjet\/next|secure-headers)$/;
/** Setting one of these by hand counts as "an equivalent". */
const SECURITY_HEADER = /Content-Security-Policy|X-Frame-Options|Strict-Transport-Security|X-Content-Type-Options|secureHeaders\s*\(/i;
const SERVER_CREATION = /\bexpress\(\s*\)|\bFastify\(|\bfastify\(\s*[{)]|\bnew Koa\(|NestFactory\.create\(|Hapi\.server\(|\bnew Hono\(/;
const noSecurityHeaders = {
    id: 'security/no-security-headers',
    severity: 'medium',
    title: 'No security headers',
    remediation: 'Set security headers on every response: `app.use(helmet())` (Express), `@fastify/helmet`, `koa-helmet`; for Next.js an `async headers()` in next.config with Content-Security-Policy, Strict-Transport-Security, X-Frame-Options and X-Content-Type-Options.',
    check(repo) {
        const hits = [];
        for (const app of runningServerApps(repo)) {
            const deps = [...Object.keys(app.pkg.dependencies), ...Object.keys(app.pkg.devDependencies)];
            if (deps.some((d) => HEADER_LIBRARY.test(d)))
                continue;
            if ((0,facts/* isNextApp */.lL)(app)) {
                const hit = nextAppWithoutHeaders(repo, app);
                if (hit)
                    hits.push(hit);
            }
            else if (NODE_SERVERS.has(app.frameworkDep)) {
                if (findInSource(repo, app.pkg.dir, SECURITY_HEADER))
                    continue;
                const created = findInSource(repo, app.pkg.dir, SERVER_CREATION);
                hits.push({
                    message: `The ${app.framework} server${created ? ` created in ${created.file}:${created.line}` : ` in ${app.pkg.file}`} sets no security headers (no helmet or equivalent, no Content-Security-Policy/X-Frame-Options set by hand)`,
                    file: created?.file ?? app.pkg.file,
                    line: created?.line,
                });
            }
        }
        return hits;
    },
};
function nextAppWithoutHeaders(repo, app) {
    const at = (p) => (app.pkg.dir ? `${app.pkg.dir}/${p}` : p);
    const config = repo.files.find((f) => external_node_path_.posix.dirname(f) === (app.pkg.dir || '.') && /^next\.config\.[cm]?[jt]s$/.test(external_node_path_.posix.basename(f)));
    if (config && /\bheaders\s*\(|\bheaders\s*:\s*(?:async\s*)?\(/.test(repo.read(config) ?? ''))
        return undefined;
    // middleware.ts (proxy.ts since Next.js 16) at the root or in src/.
    const middleware = ['middleware', 'proxy', 'src/middleware', 'src/proxy']
        .flatMap((m) => ['ts', 'js', 'mjs', 'tsx'].map((e) => at(`${m}.${e}`)))
        .filter((f) => repo.has(f));
    if (middleware.some((f) => SECURITY_HEADER.test(repo.read(f) ?? '')))
        return undefined;
    // Host-level headers: vercel.json / netlify.toml / _headers.
    const hostConfigs = [
        at('vercel.json'),
        at('netlify.toml'),
        at('public/_headers'),
        at('_headers'),
        'vercel.json',
        'netlify.toml',
    ].filter((f) => repo.has(f));
    if (hostConfigs.some((f) => SECURITY_HEADER.test(repo.read(f) ?? '')))
        return undefined;
    return {
        message: `The Next.js app in ${app.pkg.file} sets no security headers: ${config ?? 'next.config'} has no \`headers()\`${middleware.length ? ` and ${middleware.join(', ')} sets none` : ' and there is no middleware setting them'}`,
        file: config ?? app.pkg.file,
        line: config ? 1 : undefined,
    };
}

;// CONCATENATED MODULE: ./src/audit/rules/security/no-rate-limiting.ts
// security/no-rate-limiting: a server exposes an API and nothing limits request rates, so one client
// can exhaust the database or brute-force logins (seed 003).



const RATE_LIMIT_LIBRARY = /^(?:express-rate-limit|express-slow-down|express-brute|rate-limiter-flexible|@fastify\/rate-limit|fastify-rate-limit|koa-ratelimit|koa2-ratelimit|@upstash\/ratelimit|@nestjs\/throttler|hono-rate-limiter|@hono-rate-limiter\/.+|next-rate-limit|@arcjet\/.+|@unkey\/ratelimit|@vercel\/firewall|limiter|p-throttle|express-limiter|hapi-rate-limit|hapi-rate-limitor|@hapi\/ratelimit)$/;
/** A hand-written limiter or a proxy rule (nginx limit_req) counts too. */
const RATE_LIMIT_CODE = /rate[-_ ]?limit|ratelimit|throttl|limit_req/i;
const ROUTE_SERVERS = new Set([
    'express',
    'fastify',
    'koa',
    '@nestjs/core',
    '@hapi/hapi',
    'hono',
    '@remix-run/node',
    '@remix-run/serve',
    '@react-router/serve',
]);
const noRateLimiting = {
    id: 'security/no-rate-limiting',
    severity: 'medium',
    title: 'No rate limiting on the API',
    remediation: 'Limit request rates on the API (`express-rate-limit`, `@fastify/rate-limit`, `@upstash/ratelimit` in Next.js middleware or route handlers), stricter on login and write routes.',
    check(repo) {
        if (repo.hasDependency(RATE_LIMIT_LIBRARY))
            return [];
        if (repo
            .byName(/\.conf$/)
            .slice(0, 50)
            .some((f) => /\blimit_req\b/.test(repo.read(f) ?? '')))
            return [];
        const hits = [];
        for (const app of runningServerApps(repo)) {
            const api = apiEvidence(repo, app);
            if (!api)
                continue;
            if (findInSource(repo, app.pkg.dir, RATE_LIMIT_CODE))
                continue;
            hits.push({
                message: `The ${app.framework} app exposes an API (${api.what}) with no rate limiting (no express-rate-limit, rate-limiter-flexible, @upstash/ratelimit or similar)`,
                file: api.file,
                line: api.line,
            });
        }
        return hits;
    },
};
/** Where the app serves an API: Next.js route handlers / API routes, or a server's route definitions. */
function apiEvidence(repo, app) {
    const prefix = app.pkg.dir ? `${app.pkg.dir}/` : '';
    if ((0,facts/* isNextApp */.lL)(app)) {
        const route = repo.files.find((f) => f.startsWith(prefix) &&
            /^(?:src\/)?(?:app\/(?:.+\/)?api\/.*route\.[jt]sx?|pages\/api\/.+\.[jt]sx?)$/.test(f.slice(prefix.length)));
        return route ? { what: route, file: route } : undefined;
    }
    if (!ROUTE_SERVERS.has(app.frameworkDep))
        return undefined;
    const def = findInSource(repo, app.pkg.dir, /\.(?:get|post|put|patch|delete|route|all)\(\s*['"`]\/|@(?:Get|Post|Put|Patch|Delete)\(|\.use\(\s*['"`]\/api/);
    return def ? { what: `route at ${def.file}:${def.line}`, file: def.file, line: def.line } : undefined;
}

;// CONCATENATED MODULE: ./src/audit/rules/security/no-dependency-updates.ts
const UPDATE_CONFIGS = [
    '.github/dependabot.yml',
    '.github/dependabot.yaml',
    'renovate.json',
    'renovate.json5',
    '.renovaterc',
    '.renovaterc.json',
    '.renovaterc.json5',
    '.github/renovate.json',
    '.github/renovate.json5',
    '.gitlab/renovate.json',
    '.gitlab/renovate.json5',
];
const MANIFEST = /(?:^|\/)(?:package\.json|requirements[\w.-]*\.txt|pyproject\.toml|Gemfile|go\.mod|Cargo\.toml|composer\.json|pom\.xml|build\.gradle(?:\.kts)?)$/;
const noDependencyUpdates = {
    id: 'security/no-dependency-updates',
    severity: 'medium',
    title: 'No automated dependency updates',
    remediation: 'Add `.github/dependabot.yml` (package-ecosystem npm and github-actions, weekly, grouped minor/patch updates) or a `renovate.json`, so security fixes arrive as pull requests.',
    check(repo) {
        const manifest = repo.files.find((f) => MANIFEST.test(f));
        if (!manifest)
            return [];
        if (UPDATE_CONFIGS.some((f) => repo.has(f)))
            return [];
        if (repo.rootPackage && 'renovate' in repo.rootPackage.raw)
            return [];
        return [
            {
                message: `No Dependabot (.github/dependabot.yml) or Renovate (renovate.json) configuration, while ${manifest} declares dependencies`,
                file: repo.rootPackage?.file ?? manifest,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/security/index.ts



const securityRules = [noSecurityHeaders, noRateLimiting, noDependencyUpdates];

;// CONCATENATED MODULE: ./src/audit/rules/docs/no-runbook.ts
// docs/no-runbook: something is deployed but no document says how to operate it: how to deploy,
// roll back, restore a backup, respond to an incident (seeds 003, 004).


const DOC = /\.(?:md|mdx|markdown|txt|adoc|rst)$/i;
const RUNBOOK_NAME = /runbook|run-book|playbook|incident|disaster|(?:^|[-_/])dr(?:[-_.]|$)|on-?call|operations|operating|(?:^|[-_/])ops(?:[-_.]|$)|postmortem|post-mortem|recovery|rollback|(?:^|[-_/])sre(?:[-_.]|$)/i;
/** A README section on operations counts as a runbook. */
const RUNBOOK_HEADING = /^#{1,4}\s+.*\b(?:runbook|incident|disaster recovery|rollback|roll back|restor(?:e|ing) (?:from )?(?:a )?backup|on-?call|operations)\b/im;
const noRunbook = {
    id: 'docs/no-runbook',
    severity: 'low',
    title: 'No operational runbook',
    remediation: 'Write docs/runbook.md: how to deploy and roll back, where logs and alerts are, how to restore the latest backup (tested), and who to call during an incident.',
    check(repo) {
        if (!(0,facts/* hasDeployTarget */.PV)(repo))
            return [];
        const docs = repo.files.filter((f) => DOC.test(f) && !f.includes('node_modules/'));
        if (docs.some((f) => RUNBOOK_NAME.test(f.replace(/\.[^.]+$/, ''))))
            return [];
        const readmes = docs.filter((f) => /^readme\./i.test(external_node_path_.posix.basename(f))).slice(0, 20);
        if (readmes.some((f) => RUNBOOK_HEADING.test(repo.read(f) ?? '')))
            return [];
        return [
            {
                message: `No runbook, incident or disaster-recovery document among ${docs.length} documentation file${docs.length === 1 ? '' : 's'} (looked for runbook, incident, disaster-recovery, operations, on-call; and such sections in README files)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/docs/index.ts

const docsRules = [noRunbook];

;// CONCATENATED MODULE: ./src/audit/rules/index.ts










const ALL_RULES = [
    ...containerRules,
    ...ciRules,
    ...scriptsRules,
    ...databaseRules,
    ...backupRules,
    ...secretsRules,
    ...configRules,
    ...observabilityRules,
    ...securityRules,
    ...docsRules,
];


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


/***/ }),

/***/ 7095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ localUrlPorts),
/* harmony export */   bm: () => (/* binding */ portFromCommand),
/* harmony export */   qb: () => (/* binding */ resolveStartPort)
/* harmony export */ });
/* unused harmony export scriptNameOf */
// Which port a start command makes the app listen on, and where that number came from. Shared by
// ci/lighthouse-port-mismatch, config/hardcoded-port, the Lighthouse action's static guess and the
// container action's generated EXPOSE.
const FRAMEWORK_DEFAULTS = [
    [/\bnext\s+(start|dev)\b/, 3000, 'Next.js default'],
    [/\bnuxt\s+(start|dev|preview)\b|\.output\/server\/index\.m?js/, 3000, 'Nuxt default'],
    [/\bremix-serve\b|\breact-router-serve\b/, 3000, 'Remix default'],
    [/\bvite\s+preview\b/, 4173, 'vite preview default'],
    [/\bvite\b(?!\s+build)/, 5173, 'vite dev default'],
    [/\bastro\s+(dev|preview)\b/, 4321, 'Astro default'],
    [/\bserve\b\s/, 3000, 'serve default'],
    [/\bhttp-server\b/, 8080, 'http-server default'],
    [/\bwrangler\s+dev\b/, 8787, 'wrangler dev default'],
];
/** The port a shell command line sets, from an explicit flag or PORT=, else a framework default. */
function portFromCommand(command) {
    const env = /(?:^|[\s;&|(])(?:export\s+)?PORT=["']?(\d{2,5})\b/.exec(command);
    if (env)
        return { port: Number(env[1]), source: `PORT=${env[1]}`, literal: true };
    const flag = /(?:^|\s)(?:-p|--port)(?:\s+|=)["']?(\d{2,5})\b/.exec(command);
    if (flag)
        return { port: Number(flag[1]), source: flag[0].trim().replace(/["']/g, ''), literal: true };
    for (const [re, port, source] of FRAMEWORK_DEFAULTS)
        if (re.test(command))
            return { port, source, literal: false };
    return undefined;
}
/** `npm run start`, `pnpm start`, `yarn start`, `bun run start`, `npm start` → 'start'. */
function scriptNameOf(command) {
    const m = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)/.exec(command);
    if (!m)
        return undefined;
    const name = m[1];
    if (['install', 'ci', 'i', 'add', 'exec', 'x', 'test', 'audit', 'dlx', 'create'].includes(name))
        return name === 'test' ? 'test' : undefined;
    return name;
}
/** The port a command starts the app on, following `npm run <script>` into package.json scripts (one level deep). */
function resolveStartPort(command, scripts) {
    const direct = portFromCommand(command);
    if (direct?.literal)
        return direct;
    const name = scriptNameOf(command);
    if (name && scripts[name]) {
        const viaScript = portFromCommand(scripts[name]);
        if (viaScript)
            return { ...viaScript, script: name };
    }
    return direct;
}
/** Ports named in URLs of a text: http://localhost:3000/path → 3000 (default 80/443 when absent). */
function localUrlPorts(text) {
    const out = [];
    const re = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d{2,5}))?[^\s"'`,)\]]*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push({ url: m[0], port: m[1] ? Number(m[1]) : m[0].startsWith('https') ? 443 : 80, index: m.index });
    }
    return out;
}


/***/ })

};
