"use strict";
exports.id = 218;
exports.ids = [218];
exports.modules = {

/***/ 9218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_REPORT_BYTES: () => (/* binding */ MAX_REPORT_BYTES),
  listReportFiles: () => (/* binding */ listReportFiles),
  readReports: () => (/* binding */ readReports)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/reports/audit-json.ts
var audit_json = __webpack_require__(5787);
// EXTERNAL MODULE: ./src/lib/findings.ts
var findings = __webpack_require__(3233);
// EXTERNAL MODULE: ./src/lib/reports/categories.ts
var reports_categories = __webpack_require__(1571);
;// CONCATENATED MODULE: ./src/fleet/report-row.ts
// One audit JSON report (read by src/lib/reports/audit-json.ts) reduced to the row a fleet table
// shows: the merge keeps only these rows, never the reports, so its memory grows with the number of
// repositories, not with their findings.



/** How many findings a row keeps, most severe first. */
const TOP_FINDINGS = 3;
/** A report that reads as JSON but cannot be a row; the message names the file and the cause. */
class MalformedReport extends Error {
}
function summarizeReport(report, source) {
    if (!Number.isFinite(report.score) || report.score < 0 || report.score > 100)
        throw new MalformedReport(`${source}: \`score\` is not a number from 0 to 100`);
    const categories = {};
    for (const c of reports_categories/* CATEGORIES */.R)
        if (report.categories[c] !== undefined)
            categories[c] = report.categories[c];
    const counts = Object.fromEntries(findings/* SEVERITIES */.oC.map((s) => [s, 0]));
    // Keep the most severe few while counting, without sorting the whole list.
    const top = [];
    for (const f of report.findings) {
        counts[f.severity]++;
        const finding = {
            ruleId: f.ruleId,
            severity: f.severity,
            title: f.title,
            ...(f.file ? { file: f.file } : {}),
            ...(Number.isInteger(f.line) && f.line > 0 ? { line: f.line } : {}),
        };
        const at = top.findIndex((t) => (0,findings/* severityRank */.qs)(t.severity) < (0,findings/* severityRank */.qs)(finding.severity));
        if (at >= 0)
            top.splice(at, 0, finding);
        else if (top.length < TOP_FINDINGS)
            top.push(finding);
        if (top.length > TOP_FINDINGS)
            top.pop();
    }
    return {
        repository: report.repository ?? (0,external_node_path_.basename)(source).replace(/\.json$/i, ''),
        namedByReport: report.repository !== undefined,
        source,
        score: Math.round(report.score),
        categories,
        counts,
        top,
    };
}

;// CONCATENATED MODULE: ./src/fleet/read-reports.ts
// The reports a merge reads: files named on the command line and every *.json under folders named
// there (artifact downloads nest one folder per matrix job). Read one at a time, reduced to a row,
// and let go; a file that is not an audit report becomes a one-line reason, never a silent gap.





/** An audit report is tens of kilobytes; anything this large is not one, and is not read into memory. */
const MAX_REPORT_BYTES = 32 * 1024 * 1024;
/** Every report file under the given paths, in a stable order. */
function listReportFiles(paths) {
    const files = [];
    for (const path of paths) {
        let isDirectory;
        try {
            isDirectory = (0,external_node_fs_.statSync)(path).isDirectory();
        }
        catch {
            throw new errors/* ConfigurationError */.j(`cannot read ${path}: no such file or folder`);
        }
        if (isDirectory)
            collectJson(path, files);
        else
            files.push(path);
    }
    return files;
}
function collectJson(dir, into) {
    const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
        const path = (0,external_node_path_.join)(dir, e.name);
        // Links are not followed: a report folder is made by the workflow, a link in it is not ours.
        if (e.isDirectory())
            collectJson(path, into);
        else if (e.isFile() && e.name.toLowerCase().endsWith('.json'))
            into.push(path);
    }
}
function* readReports(files) {
    for (const file of files) {
        let text;
        try {
            const fd = (0,external_node_fs_.openSync)(file, 'r');
            try {
                const size = (0,external_node_fs_.fstatSync)(fd).size;
                if (size > MAX_REPORT_BYTES) {
                    yield {
                        unreadable: {
                            file,
                            reason: `${file} is ${Math.round(size / 1024 / 1024)} MiB, larger than a report can be (32 MiB)`,
                        },
                    };
                    continue;
                }
                text = (0,external_node_fs_.readFileSync)(fd, 'utf8');
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        }
        catch (error) {
            const code = error.code ?? 'error';
            yield { unreadable: { file, reason: `${file} cannot be read (${code})` } };
            continue;
        }
        // The reader and the row's checks throw one-line messages naming the file; anything they
        // refuse is reported, so a broken report is never a silent gap in the table.
        let row;
        try {
            row = summarizeReport((0,audit_json/* readAuditReport */.iT)(text, file), file);
        }
        catch (error) {
            yield { unreadable: { file, reason: (0,errors/* errorMessage */.g)(error) } };
            continue;
        }
        yield { row };
    }
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

/***/ 1571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ CATEGORIES)
/* harmony export */ });
// The audit's categories, in report order: each finding and each per-category score in the audit
// JSON names one. The audit's rules, its reports and the fleet merge all read them from here.
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


/***/ })

};
;