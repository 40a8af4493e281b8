"use strict";
exports.id = 205;
exports.ids = [205];
exports.modules = {

/***/ 6205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditCommand: () => (/* binding */ auditCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_reports_audit_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5787);
/* harmony import */ var _lib_findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3233);
/* harmony import */ var _lib_reports_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7317);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2552);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7485);
// `shipshape audit [dir]`: the audit engine's run, rendered in one format, to stdout or a file.







const FORMATS = ['markdown', 'json', 'sarif'];
async function auditCommand(argv, io) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            format: { type: 'string', short: 'f', default: 'markdown' },
            'fail-on': { type: 'string' },
            'min-confidence': { type: 'string', default: 'low' },
            config: { type: 'string', short: 'c' },
            output: { type: 'string', short: 'o' },
            repository: { type: 'string' },
            'base-sha': { type: 'string' },
            'time-budget': { type: 'string' },
        },
    });
    if (positionals.length > 1)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`unexpected argument \`${positionals[1]}\``);
    const format = values.format;
    if (!FORMATS.includes(format))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`--format must be one of ${FORMATS.join(', ')} (got \`${values.format}\`)`);
    const repository = values.repository;
    if (repository !== undefined && !_lib_reports_audit_json_js__WEBPACK_IMPORTED_MODULE_2__/* .REPOSITORY_NAME */ .Ni.test(repository))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`--repository must be owner/name (got \`${repository}\`)`);
    const failOnFlag = values['fail-on'] === undefined ? undefined : (0,_lib_reports_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFailOn */ .XV)('--fail-on', values['fail-on'], (m) => new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(m));
    const budget = values['time-budget'] === undefined ? 300 : Number(values['time-budget']);
    if (!Number.isInteger(budget) || budget < 1)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`--time-budget must be a whole number of seconds (got \`${values['time-budget']}\`)`);
    const minConfidence = values['min-confidence'].toLowerCase();
    if (!(0,_lib_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .isConfidence */ .Zi)(minConfidence))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`--min-confidence must be one of ${_lib_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIDENCES */ .ix.join(', ')} (got \`${values['min-confidence']}\`)`);
    // The engine loads once the command line is known to be right.
    const { runAuditFor } = await Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(6), __webpack_require__.e(298), __webpack_require__.e(59), __webpack_require__.e(143), __webpack_require__.e(925)]).then(__webpack_require__.bind(__webpack_require__, 8925));
    // With --base-sha (a pull request's base), the policy is that commit's, as in the action.
    const baseSha = values['base-sha'];
    const audit = await runAuditFor((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(positionals[0] ?? '.'), {
        config: values.config,
        pullRequest: baseSha !== undefined,
        baseSha,
        budgetSeconds: budget,
        minConfidence: minConfidence,
        failOn: failOnFlag,
    });
    const { result, passed } = audit;
    const text = format === 'json' ? audit.json(repository) : format === 'sarif' ? audit.sarif() : audit.markdown();
    (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .writeOutput */ .z)(io, values.output, text);
    for (const w of result.warnings)
        io.err(`shipshape: warning: ${w.file}: ${w.message}\n`);
    return passed ? 0 : 1;
}


/***/ }),

/***/ 2552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ writeOutput)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/inside-root.ts
var inside_root = __webpack_require__(8296);
;// CONCATENATED MODULE: ./src/lib/files.ts
// Writing report files: parent folders created, written whole through a temp file so a crash
// never leaves half a report. The temp file is created exclusively under a random name next to the
// target, and a target that is a link is refused: a planted link cannot redirect the write.




function writeFileAtomic(path, content) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    refuseLink(path);
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${randomSuffix()}.tmp`);
    const fd = (0,external_node_fs_.openSync)(tmp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    try {
        const bytes = Buffer.from(content);
        let offset = 0;
        while (offset < bytes.length)
            offset += (0,external_node_fs_.writeSync)(fd, bytes, offset, bytes.length - offset);
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.unlinkSync)(tmp);
        throw error;
    }
    (0,external_node_fs_.closeSync)(fd);
    // rename() replaces a link at `path` with the file instead of writing through it; the check above
    // only turns that case into a clear error.
    (0,external_node_fs_.renameSync)(tmp, path);
}
/** A path we are about to write must not be a symbolic link (it could point anywhere). */
function refuseLink(path) {
    let isLink = false;
    try {
        isLink = (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return;
    }
    if (isLink)
        throw new errors/* ConfigurationError */.j(`refusing to write ${path}: it is a symbolic link`);
}
function writeJson(path, value) {
    writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
/**
 * Create a file that must not exist yet, inside `root` (its real path, links resolved): a planted
 * link at the path, dangling or not, or a folder linked out of `root`, is refused.
 */
function writeNewFileInside(root, path, content) {
    const realRoot = realpathSync(root);
    const realDir = realpathSync(dirname(path));
    if (!isInsideRoot(realDir, realRoot))
        throw new ConfigurationError(`refusing to write ${path}: its folder resolves outside ${root}`);
    refuseLink(path);
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
        writeSync(fd, content);
    }
    finally {
        closeSync(fd);
    }
}
// The global Web Crypto loads on first use: only a write pays for it, not every bundle's start-up
// (importing node:crypto would load it with the bundle).
function randomSuffix() {
    return Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString('hex');
}

;// CONCATENATED MODULE: ./src/cli/io.ts
// Where a command's text goes: standard output, or a file named on the command line. A file that
// cannot be written is a one-line error naming the path.



function writeOutput(io, path, text) {
    if (!path)
        return io.out(text);
    try {
        writeFileAtomic(path, text);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j(`cannot write --output ${path}: ${code ? describeCode(code) : (0,errors/* errorMessage */.g)(error)}`);
    }
}
function describeCode(code) {
    const known = {
        ENOENT: 'no such file or directory',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EROFS: 'read-only file system',
        EISDIR: 'it is a folder',
        ENOTDIR: 'a part of the path is not a folder',
        ENOSPC: 'no space left on the device',
        EEXIST: 'a file is in the way',
        ELOOP: 'it is a link',
    };
    return `${known[code] ?? 'write failed'} (${code})`;
}


/***/ }),

/***/ 8296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ isInsideRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Whether a resolved path lies in a resolved root folder (the root itself included). Both sides are
// real paths (links resolved): the one containment test every reader and writer of a tree uses.

function isInsideRoot(realPath, realRoot) {
    return realPath === realRoot || realPath.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
}


/***/ }),

/***/ 5787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ REPOSITORY_NAME),
/* harmony export */   h8: () => (/* binding */ writeAuditReport),
/* harmony export */   iT: () => (/* binding */ readAuditReport)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3233);
// The shipshape audit's JSON report: its one type, the writer the audit and the CLI use and the
// reader the gate and the fleet merge use. `repository`, `score` and `findings[]` with these keys are the contract.

/** GitHub's owner/name (an owner has no dot; a name is never `.` or `..`): the only form a report's `repository` may take. */
const REPOSITORY_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*\/(?!\.\.?$)[A-Za-z0-9_.-]+$/;
function writeAuditReport(input) {
    const report = {
        ...(input.repository ? { repository: input.repository } : {}),
        score: input.score,
        categories: input.categories,
        ...(input.gate ? { gate: input.gate } : {}),
        findings: input.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            title: f.title,
            message: f.message,
            file: f.file ?? null,
            line: f.line ?? null,
            remediation: f.remediation,
            confidence: f.confidence ?? 'high',
        })),
        suppressed: input.suppressed.map((s) => ({
            ruleId: s.finding.ruleId,
            file: s.finding.file ?? null,
            reason: s.reason,
            expires: s.expires,
        })),
        ...(input.policy ? { policy: input.policy } : {}),
        warnings: input.warnings,
        filesIndexed: input.filesIndexed,
        ...(input.fileSource ? { fileSource: input.fileSource } : {}),
        durationMs: input.durationMs,
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** Read an audit report back into findings; anything that is not one is a one-line error naming `source`. */
function readAuditReport(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${source} is not valid JSON: ${error.message.split('\n')[0]}`);
    }
    if (!value || typeof value.score !== 'number' || !Array.isArray(value.findings))
        throw new Error(`${source} is not a shipshape audit report (no score and findings)`);
    const findings = value.findings.map((f, i) => {
        if (typeof f?.ruleId !== 'string' || typeof f.severity !== 'string' || !(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeverity */ ._Z)(f.severity))
            throw new Error(`${source}: finding ${i} has no ruleId or a severity that is not critical, high, medium or low`);
        return {
            ruleId: f.ruleId,
            severity: f.severity,
            title: String(f.title ?? f.ruleId),
            message: String(f.message ?? ''),
            file: typeof f.file === 'string' ? f.file : undefined,
            line: typeof f.line === 'number' ? f.line : undefined,
            remediation: String(f.remediation ?? ''),
            ...(typeof f.confidence === 'string' && (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .isConfidence */ .Zi)(f.confidence) ? { confidence: f.confidence } : {}),
        };
    });
    if (value.repository != null && (typeof value.repository !== 'string' || !REPOSITORY_NAME.test(value.repository)))
        throw new Error(`${source}: \`repository\` is not owner/name`);
    const policy = readPolicy(value.policy);
    const categories = {};
    if (value.categories && typeof value.categories === 'object')
        for (const [k, v] of Object.entries(value.categories))
            if (typeof v === 'number' && Number.isFinite(v))
                categories[k] = v;
    return {
        ...(typeof value.repository === 'string' ? { repository: value.repository } : {}),
        score: value.score,
        categories,
        findings,
        ...(policy ? { policy } : {}),
    };
}
/** The policy section as written, kept only when it has the shape the writer gives it. */
function readPolicy(raw) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return undefined;
    const p = raw;
    const strings = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
    if (typeof p.file !== 'string' || (p.source !== 'base-commit' && p.source !== 'working-tree'))
        return undefined;
    if (!strings(p.changes) || !strings(p.disabledRules) || !strings(p.ignore) || !Array.isArray(p.suppressions))
        return undefined;
    return p;
}


/***/ }),

/***/ 7317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ thresholdPolicy),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   ub: () => (/* binding */ blocking)
/* harmony export */ });
/* unused harmony export NO_BLOCKING */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3233);
// What `fail-on` means, for every action and the CLI: a severity is a threshold (that severity and
// above block), `none` blocks nothing, and a comma-separated list (Trivy's spelling) names exactly
// the severities that block. `blocking()` is the one test of a finding against it.


const NO_BLOCKING = { severities: [], label: 'none' };
/** `high` and above; `none` blocks nothing. */
function thresholdPolicy(level) {
    if (level === 'none')
        return NO_BLOCKING;
    return { severities: _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.filter((s) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(s) >= (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(level)), label: level };
}
/**
 * Parse a user's `fail-on`; `subject` names where it came from in the one-line error
 * ("input `fail-on`", "--fail-on", ".shipshape.yml: `fail-on`").
 */
function parseFailOn(subject, raw, make = configError) {
    const items = raw
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
    if (items.length <= 1) {
        const level = items[0] ?? '';
        if (level !== 'none' && !(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeverity */ ._Z)(level))
            throw make(`${subject} must be one of ${_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.join(', ')}, none (got \`${raw.trim()}\`)`);
        return thresholdPolicy(level);
    }
    for (const s of items)
        if (!(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeverity */ ._Z)(s))
            throw make(`${subject} must list some of ${_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.join(', ')}, or be none (got \`${s}\`)`);
    const listed = _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.filter((s) => items.includes(s));
    return { severities: listed, label: listed.join(', ') };
}
/** The findings that the policy says block. */
function blocking(findings, policy) {
    return findings.filter((f) => policy.severities.includes(f.severity));
}
function configError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(message);
}


/***/ })

};
;