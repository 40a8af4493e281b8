"use strict";
exports.id = 831;
exports.ids = [831];
exports.modules = {

/***/ 6831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_MATRIX_JOBS: () => (/* binding */ MAX_MATRIX_JOBS),
/* harmony export */   chunkSizeFor: () => (/* binding */ chunkSizeFor),
/* harmony export */   selectRepositories: () => (/* binding */ selectRepositories),
/* harmony export */   toMatrix: () => (/* binding */ toMatrix)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Which listed repositories the fleet audits, and how they split into matrix jobs: a GitHub Actions
// matrix holds at most 256 jobs, so the chunk size grows until every repository fits.

const MAX_MATRIX_JOBS = 256;
function selectRepositories(listed, options) {
    const patterns = (options.patterns ?? '')
        .split(/[\s,]+/)
        .map((p) => p.trim())
        .filter(Boolean);
    const match = patterns.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(patterns, { nocase: true, dot: true }) : () => true;
    const skipped = { archived: 0, forks: 0 };
    const chosen = [];
    for (const r of listed) {
        if (!match(r.name) && !match(r.fullName))
            continue;
        if (r.archived && !options.includeArchived)
            skipped.archived++;
        else if (r.fork && !options.includeForks)
            skipped.forks++;
        else
            chosen.push(r.fullName);
    }
    const lower = new Set(chosen.flatMap((n) => [n.toLowerCase(), n.split('/')[1].toLowerCase()]));
    const missing = patterns.filter((p) => !picomatch__WEBPACK_IMPORTED_MODULE_0___default().scan(p).isGlob && !lower.has(p.toLowerCase()));
    return { repositories: [...new Set(chosen)].sort(), missing, skipped };
}
function chunkSizeFor(count, requested) {
    return Math.max(requested, Math.ceil(count / MAX_MATRIX_JOBS), 1);
}
function toMatrix(repositories, requestedChunkSize) {
    const size = chunkSizeFor(repositories.length, requestedChunkSize);
    const include = [];
    for (let i = 0; i < repositories.length; i += size)
        include.push({ chunk: include.length + 1, repositories: repositories.slice(i, i + size).join(' ') });
    return { include };
}


/***/ })

};
;