"use strict";
exports.id = 499;
exports.ids = [499];
exports.modules = {

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   bM: () => (/* binding */ findingUrl)
/* harmony export */ });
/* unused harmony export DEFAULT_SERVER_URL */
const DEFAULT_SERVER_URL = 'https://github.com';
function findingUrl(row, finding, serverUrl) {
    if (!row.namedByReport || !finding.file)
        return undefined;
    const path = finding.file
        .split('/')
        .filter((s) => s && s !== '.' && s !== '..')
        .map(encodeSegment)
        .join('/');
    if (!path)
        return undefined;
    // HEAD: the default branch the fleet workflow checked out.
    return `${serverUrl.replace(/\/+$/, '')}/${row.repository}/blob/HEAD/${path}${finding.line ? `#L${finding.line}` : ''}`;
}
function repositoryUrl(row, serverUrl) {
    return row.namedByReport ? `${serverUrl.replace(/\/+$/, '')}/${row.repository}` : undefined;
}
/** encodeURIComponent leaves !'()* alone; a `)` would end a Markdown link early. */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}


/***/ }),

/***/ 2499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPreviousScores: () => (/* binding */ readPreviousScores),
/* harmony export */   renderFleetJson: () => (/* binding */ renderFleetJson)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _finding_link_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4794);
// The merge as JSON: the rows, bands and categories, and what could not be merged. A later merge reads
// it back with --previous to show each repository's change.



function renderFleetJson(summary, serverUrl) {
    return `${JSON.stringify({
        repositories: summary.entries.map((e) => ({
            repository: e.repository,
            namedBy: e.namedByReport ? 'report' : 'file',
            report: e.source,
            score: e.score,
            ...(e.delta !== undefined ? { delta: e.delta } : {}),
            ...(e.isNew ? { new: true } : {}),
            categories: e.categories,
            counts: e.counts,
            top: e.top.map((f) => ({ ...f, url: (0,_finding_link_js__WEBPACK_IMPORTED_MODULE_2__/* .findingUrl */ .bM)(e, f, serverUrl) ?? null })),
        })),
        meanScore: summary.meanScore,
        totals: summary.totals,
        bands: summary.bands.map(({ from, to, count }) => ({ from, to, count })),
        categories: summary.categories,
        removed: summary.removed,
        unreadable: [...summary.unreadable, ...summary.duplicates],
    }, null, 2)}\n`;
}
/** The score per repository from a previous merge's JSON output. */
function readPreviousScores(path) {
    let value;
    try {
        value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`cannot read --previous ${path}: ${code ? `${code === 'ENOENT' ? 'no such file' : code}` : `not JSON (${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)})`}`);
    }
    const list = value?.repositories;
    if (!Array.isArray(list))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`--previous ${path} is not a merged report (no \`repositories\` list)`);
    const scores = new Map();
    for (const r of list)
        if (typeof r?.repository === 'string' && typeof r.score === 'number')
            scores.set(r.repository, r.score);
    return scores;
}


/***/ })

};
;