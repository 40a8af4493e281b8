"use strict";
exports.id = 86;
exports.ids = [86];
exports.modules = {

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

/***/ 1086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_reports_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7317);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2552);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7485);
// `shipshape report merge <dir-or-files…>`: many audit JSON reports (one per repository) into one
// table, worst first, as Markdown, HTML or JSON. Reports are read one at a time; a file that is not a
// report is a one-line warning and is listed in the output, never dropped silently.




const FORMATS = ['markdown', 'html', 'json'];
async function reportCommand(argv, io) {
    const [sub, ...rest] = argv;
    if (sub !== 'merge')
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`\`report\` needs a subcommand: merge (got \`${sub ?? ''}\`)`);
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: rest,
        allowPositionals: true,
        options: {
            format: { type: 'string', short: 'f', default: 'markdown' },
            previous: { type: 'string' },
            output: { type: 'string', short: 'o' },
            'fail-on': { type: 'string' },
            'max-rows': { type: 'string' },
            'server-url': { type: 'string' },
            title: { type: 'string' },
        },
    });
    if (!positionals.length)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('`report merge` needs at least one report file or folder');
    const format = values.format;
    if (!FORMATS.includes(format))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--format must be one of ${FORMATS.join(', ')} (got \`${values.format}\`)`);
    const failOn = values['fail-on'] === undefined ? undefined : (0,_lib_reports_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFailOn */ .XV)('--fail-on', values['fail-on'], (m) => new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(m));
    const maxRows = values['max-rows'] === undefined ? undefined : Number(values['max-rows']);
    if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows > 0))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--max-rows must be a whole number above 0 (got \`${values['max-rows']}\`)`);
    const serverUrl = values['server-url'] ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    if (!/^https?:\/\/[^\s"'<>]+$/.test(serverUrl))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--server-url must be an http(s) URL (got \`${serverUrl}\`)`);
    const [{ listReportFiles, readReports }, { mergeReports }, { readPreviousScores }] = await Promise.all([
        __webpack_require__.e(/* import() */ 218).then(__webpack_require__.bind(__webpack_require__, 9218)),
        __webpack_require__.e(/* import() */ 712).then(__webpack_require__.bind(__webpack_require__, 4712)),
        __webpack_require__.e(/* import() */ 499).then(__webpack_require__.bind(__webpack_require__, 2499)),
    ]);
    const previous = values.previous ? readPreviousScores(values.previous) : undefined;
    const files = listReportFiles(positionals);
    if (!files.length)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`no .json report in ${positionals.join(', ')}`);
    const summary = mergeReports(readReports(files), previous);
    for (const u of [...summary.unreadable, ...summary.duplicates])
        io.err(`shipshape: warning: ${u.reason}; not merged\n`);
    let text;
    if (format === 'json') {
        const { renderFleetJson } = await __webpack_require__.e(/* import() */ 499).then(__webpack_require__.bind(__webpack_require__, 2499));
        text = renderFleetJson(summary, serverUrl);
    }
    else if (format === 'html') {
        const { renderFleetHtml } = await __webpack_require__.e(/* import() */ 508).then(__webpack_require__.bind(__webpack_require__, 5508));
        text = renderFleetHtml(summary, { serverUrl, title: values.title });
    }
    else {
        const { renderFleetMarkdown } = await __webpack_require__.e(/* import() */ 512).then(__webpack_require__.bind(__webpack_require__, 512));
        text = renderFleetMarkdown(summary, { serverUrl, maxRows });
    }
    (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOutput */ .z)(io, values.output, text);
    if (!failOn)
        return 0;
    // A row keeps counts, not findings: a repository blocks when it counts any severity the policy names.
    const over = summary.entries.filter((e) => failOn.severities.some((s) => e.counts[s] > 0));
    if (over.length)
        io.err(`shipshape: ${over.length} of ${summary.entries.length} repositories have findings that fail-on ${failOn.label} blocks\n`);
    return over.length ? 1 : 0;
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