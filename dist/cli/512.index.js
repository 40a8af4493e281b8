"use strict";
exports.id = 512;
exports.ids = [512];
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

/***/ 512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ change),
/* harmony export */   renderFleetMarkdown: () => (/* binding */ renderFleetMarkdown)
/* harmony export */ });
/* harmony import */ var _lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3862);
/* harmony import */ var _lib_reports_categories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1571);
/* harmony import */ var _finding_link_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4794);
// The merge as Markdown for the job summary: totals, the score bands, then one row per repository,
// worst first. Every text from a report is escaped: the summary renders inline HTML.



const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };
function renderFleetMarkdown(summary, options) {
    const out = ['# shipshape fleet audit', ''];
    const n = summary.entries.length;
    out.push(`**${n} ${n === 1 ? 'repository' : 'repositories'}** · mean score ${summary.meanScore}/100 · ` +
        `${ICON.critical} ${summary.totals.critical} critical · ${ICON.high} ${summary.totals.high} high`, '');
    out.push(`Score bands: ${summary.bands
        .filter((b) => b.count)
        .map((b) => `${b.label}: ${b.count}`)
        .join(' · ')}`, '');
    const shown = options.maxRows !== undefined ? summary.entries.slice(0, options.maxRows) : summary.entries;
    const header = [
        'Repository',
        'Score',
        ...(summary.hasPrevious ? ['Change'] : []),
        ..._lib_reports_categories_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R,
        'Critical',
        'High',
        'Top findings',
    ];
    out.push((0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, shown.map((e) => [
        repositoryCell(e, options.serverUrl),
        e.score,
        ...(summary.hasPrevious ? [change(e)] : []),
        ..._lib_reports_categories_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R.map((c) => e.categories[c] ?? ''),
        e.counts.critical,
        e.counts.high,
        e.top.map((f) => topFinding(e, f, options.serverUrl)).join('<br>'),
    ])), '');
    if (shown.length < n)
        out.push(`… and ${n - shown.length} more repositories in the HTML and JSON reports.`, '');
    if (summary.removed.length)
        out.push(`No report this time for: ${summary.removed.map((r) => (0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)((0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(r))).join(', ')}`, '');
    const notMerged = [...summary.unreadable, ...summary.duplicates];
    if (notMerged.length) {
        out.push(`## ${notMerged.length} report${notMerged.length === 1 ? '' : 's'} not merged`, '');
        for (const u of notMerged)
            out.push(`- ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(u.reason)}`);
        out.push('');
    }
    return out.join('\n');
}
function repositoryCell(e, serverUrl) {
    const url = (0,_finding_link_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryUrl */ .Ek)(e, serverUrl);
    return url ? `[${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(e.repository)}](${url})` : `${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(e.repository)} (file name)`;
}
function change(e) {
    if (e.isNew)
        return 'new';
    if (e.delta === undefined)
        return '';
    return e.delta > 0 ? `+${e.delta}` : e.delta < 0 ? `−${-e.delta}` : '0';
}
function topFinding(e, f, serverUrl) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
    const url = (0,_finding_link_js__WEBPACK_IMPORTED_MODULE_2__/* .findingUrl */ .bM)(e, f, serverUrl);
    const place = where ? (url ? ` [${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(where)}](${url})` : ` ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(where)}`) : '';
    return `${ICON[f.severity]} ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(f.ruleId)}${place}`;
}


/***/ }),

/***/ 3862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
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
/**
 * Untrusted text shown as itself in Markdown that GitHub renders (job summaries render inline HTML):
 * inline Markdown punctuation is backslash-escaped (for text inside a line, not at its start) and `<`, `>`, `&` become entities. Pipes are left to `cell`.
 */
function plainText(text) {
    return text
        .replace(/[\\`*_[\]~]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r?\n/g, ' ');
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