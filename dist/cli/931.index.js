export const id = 931;
export const ids = [931];
export const modules = {

/***/ 2931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditCommand: () => (/* binding */ auditCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/lib/findings.ts
var findings = __webpack_require__(3233);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
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

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/audit.ts
// `shipshape audit [dir]`: the audit engine's run, rendered in one format, to stdout or a file.





const FORMATS = ['markdown', 'json', 'sarif'];
async function auditCommand(argv, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            format: { type: 'string', short: 'f', default: 'markdown' },
            'fail-on': { type: 'string' },
            config: { type: 'string', short: 'c' },
            output: { type: 'string', short: 'o' },
        },
    });
    if (positionals.length > 1)
        throw new usage/* UsageError */.e(`unexpected argument \`${positionals[1]}\``);
    const format = values.format;
    if (!FORMATS.includes(format))
        throw new usage/* UsageError */.e(`--format must be one of ${FORMATS.join(', ')} (got \`${values.format}\`)`);
    const failOnFlag = values['fail-on']?.toLowerCase();
    if (failOnFlag !== undefined && failOnFlag !== 'none' && !findings/* SEVERITIES */.oC.includes(failOnFlag))
        throw new usage/* UsageError */.e(`--fail-on must be one of ${findings/* SEVERITIES */.oC.join(', ')}, none (got \`${values['fail-on']}\`)`);
    // The engine loads once the command line is known to be right.
    const [{ loadConfig }, { runAudit }, { gatePasses }, { renderJson }, { renderMarkdown }, { renderSarif }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(993)]).then(__webpack_require__.bind(__webpack_require__, 8993)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(926), __webpack_require__.e(6), __webpack_require__.e(298), __webpack_require__.e(723), __webpack_require__.e(163)]).then(__webpack_require__.bind(__webpack_require__, 8163)),
        __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 2768)),
        __webpack_require__.e(/* import() */ 566).then(__webpack_require__.bind(__webpack_require__, 6566)),
        __webpack_require__.e(/* import() */ 441).then(__webpack_require__.bind(__webpack_require__, 3441)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(926), __webpack_require__.e(6), __webpack_require__.e(723), __webpack_require__.e(487)]).then(__webpack_require__.bind(__webpack_require__, 7487)),
    ]);
    const root = (0,external_node_path_.resolve)(positionals[0] ?? '.');
    const config = loadConfig(root, values.config);
    const failOn = (failOnFlag ?? config.failOn ?? 'critical');
    const result = runAudit(root, { config });
    const passed = gatePasses(result.findings, failOn);
    const text = format === 'json'
        ? renderJson(result, { failOn, passed })
        : format === 'sarif'
            ? renderSarif(result)
            : renderMarkdown(result, { failOn: failOn === 'none' ? undefined : failOn, passed });
    writeOutput(io, values.output, text);
    for (const w of result.warnings)
        io.err(`shipshape: warning: ${w.file}: ${w.message}\n`);
    return passed ? 0 : 1;
}


/***/ })

};
