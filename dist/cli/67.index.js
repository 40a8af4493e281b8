export const id = 67;
export const ids = [67];
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

/***/ 7067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSarif: () => (/* binding */ renderSarif)
});

;// CONCATENATED MODULE: ./src/lib/reports/sarif.ts
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

// EXTERNAL MODULE: ./src/audit/rules/index.ts + 56 modules
var audit_rules = __webpack_require__(8974);
// EXTERNAL MODULE: ./src/audit/config.ts + 1 modules
var config = __webpack_require__(9336);
// EXTERNAL MODULE: ./src/lib/version.ts
var version = __webpack_require__(7471);
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
            id: config/* EXPIRED_SUPPRESSION_RULE */.fx,
            title: 'Suppression has expired',
            help: 'Fix the findings or renew the suppression.',
            severity: 'medium',
        },
    ];
    return `${JSON.stringify(toSarif({ name: 'shipshape', version: version/* VERSION */.x, informationUri: 'https://github.com/shipshape/shipshape' }, result.findings, rules), null, 2)}\n`;
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
