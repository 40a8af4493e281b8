export const id = 487;
export const ids = [487,993];
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

/***/ 7487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSarif: () => (/* binding */ renderSarif)
});

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
// EXTERNAL MODULE: ./src/audit/config.ts
var config = __webpack_require__(8993);
// EXTERNAL MODULE: ./src/audit/version.ts
var version = __webpack_require__(2243);
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
            id: config.EXPIRED_SUPPRESSION_RULE,
            title: 'Suppression has expired',
            help: 'Fix the findings or renew the suppression.',
            severity: 'medium',
        },
    ];
    return `${JSON.stringify(toSarif({ name: 'shipshape', version: version/* VERSION */.x, informationUri: 'https://github.com/shipshape/shipshape' }, result.findings, rules), null, 2)}\n`;
}


/***/ })

};
