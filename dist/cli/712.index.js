"use strict";
exports.id = 712;
exports.ids = [712];
exports.modules = {

/***/ 4712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SCORE_BANDS: () => (/* binding */ SCORE_BANDS),
/* harmony export */   bandOf: () => (/* binding */ bandOf),
/* harmony export */   mergeReports: () => (/* binding */ mergeReports),
/* harmony export */   worstFirst: () => (/* binding */ worstFirst)
/* harmony export */ });
/* harmony import */ var _lib_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3233);
/* harmony import */ var _lib_reports_categories_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1571);
// The fleet view from the rows: worst first, the change since a previous merge, the score bands and
// each category across the fleet. Pure: rows in, one summary out, for every format to render.


/** Ten bands of ten points; the last holds 90 to 100. */
const SCORE_BANDS = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
}));
function bandOf(score) {
    return Math.min(9, Math.floor(Math.max(0, score) / 10));
}
function mergeReports(results, previous) {
    const byName = new Map();
    const unreadable = [];
    const duplicates = [];
    for (const result of results) {
        if ('unreadable' in result) {
            unreadable.push(result.unreadable);
            continue;
        }
        const row = result.row;
        const first = byName.get(row.repository);
        if (first) {
            duplicates.push({
                file: row.source,
                reason: `${row.source}: a second report for ${row.repository} (kept ${first.source})`,
            });
            continue;
        }
        const before = previous?.get(row.repository);
        byName.set(row.repository, {
            ...row,
            ...(before !== undefined ? { delta: row.score - before } : {}),
            ...(previous && before === undefined ? { isNew: true } : {}),
        });
    }
    const entries = [...byName.values()].sort(worstFirst);
    const bands = SCORE_BANDS.map((b) => ({ label: `${b.from}–${b.to}`, ...b, count: 0 }));
    const totals = Object.fromEntries(_lib_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, 0]));
    const sums = new Map();
    let scoreSum = 0;
    for (const e of entries) {
        bands[bandOf(e.score)].count++;
        scoreSum += e.score;
        for (const s of _lib_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC)
            totals[s] += e.counts[s];
        for (const c of _lib_reports_categories_js__WEBPACK_IMPORTED_MODULE_1__/* .CATEGORIES */ .R) {
            const v = e.categories[c];
            if (v === undefined)
                continue;
            const acc = sums.get(c) ?? { sum: 0, min: 100, n: 0 };
            acc.sum += v;
            acc.min = Math.min(acc.min, v);
            acc.n++;
            sums.set(c, acc);
        }
    }
    const categories = _lib_reports_categories_js__WEBPACK_IMPORTED_MODULE_1__/* .CATEGORIES */ .R.flatMap((c) => {
        const acc = sums.get(c);
        return acc ? [{ category: c, mean: Math.round(acc.sum / acc.n), min: acc.min, repositories: acc.n }] : [];
    });
    const removed = previous ? [...previous.keys()].filter((name) => !byName.has(name)).sort() : [];
    return {
        entries,
        unreadable,
        duplicates,
        removed,
        hasPrevious: previous !== undefined,
        bands,
        categories,
        totals,
        meanScore: entries.length ? Math.round(scoreSum / entries.length) : 0,
    };
}
/** Lowest score first; among equals, more critical then more high findings first; then by name. */
function worstFirst(a, b) {
    return (a.score - b.score ||
        b.counts.critical - a.counts.critical ||
        b.counts.high - a.counts.high ||
        (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
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