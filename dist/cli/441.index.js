export const id = 441;
export const ids = [441];
export const modules = {

/***/ 3441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _lib_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3233);
/* harmony import */ var _lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3862);
/* harmony import */ var _rules_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3189);
// The Markdown report, in the spirit of the hand-written audits our users bring: an executive
// summary of category scores, then findings by severity with evidence and remediation.



const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };
const CATEGORY_NAME = {
    container: 'Containers',
    ci: 'CI/CD',
    scripts: 'Scripts',
    database: 'Database',
    backup: 'Backups',
    secrets: 'Secrets',
    config: 'Configuration',
    observability: 'Observability',
    security: 'Security',
    docs: 'Docs & runbooks',
};
function renderMarkdown(result, options = {}) {
    const counts = (0,_lib_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(result.findings);
    const out = [];
    out.push(`# shipshape production-readiness audit`, '');
    const verdict = options.passed === undefined
        ? ''
        : options.passed
            ? ' — ✅ gate passed'
            : ` — ❌ gate failed (fail-on: ${options.failOn})`;
    out.push(`**Overall score: ${result.scores.overall}/100**${verdict}`, '');
    out.push(`${_lib_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => `${ICON[s]} ${counts[s]} ${s}`).join(' · ')} — ${result.filesIndexed} files read in ${result.durationMs} ms`, '');
    out.push('## Executive summary', '');
    const byCategory = new Map();
    for (const f of result.findings) {
        const c = (0,_rules_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .categoryOf */ .Q)(f.ruleId);
        byCategory.set(c, [...(byCategory.get(c) ?? []), f]);
    }
    out.push((0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Category', 'Score', 'Findings', 'Worst'], _rules_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .CATEGORIES */ .R.map((c) => {
        const list = byCategory.get(c) ?? [];
        const worst = _lib_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.find((s) => list.some((f) => f.severity === s));
        return [
            CATEGORY_NAME[c],
            `${result.scores.categories[c]}/100`,
            list.length,
            worst ? `${ICON[worst]} ${worst}` : '✅ none',
        ];
    })), '');
    for (const severity of _lib_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC) {
        const list = result.findings.filter((f) => f.severity === severity);
        if (!list.length)
            continue;
        out.push(`## ${ICON[severity]} ${severity[0].toUpperCase()}${severity.slice(1)} (${list.length})`, '');
        list.forEach((f, i) => {
            out.push(`### ${i + 1}. ${f.title}`, '');
            const where = f.file ? `${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f.file + (f.line ? `:${f.line}` : ''))}` : 'repository';
            const link = options.fileUrl?.(f);
            out.push(`**Rule:** ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f.ruleId)} · **Location:** ${link ? `[${where}](${link})` : where}`, '');
            out.push(`**Evidence:** ${f.message}`, '');
            out.push(`**Remediation:** ${f.remediation}`, '');
        });
    }
    if (!result.findings.length)
        out.push('No findings: every rule that applies to this repository passed.', '');
    if (result.suppressed.length) {
        out.push('## Suppressed', '');
        out.push((0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Rule', 'Location', 'Reason', 'Expires'], result.suppressed.map((s) => [s.finding.ruleId, s.finding.file ?? 'repository', s.reason, s.expires ?? ''])), '');
    }
    if (result.warnings.length) {
        out.push('## Read warnings', '', 'These files could not be read fully; rules that needed them may have missed something.', '');
        out.push((0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['File', 'Problem'], result.warnings.map((w) => [w.file, w.message])), '');
    }
    return out.join('\n');
}


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ categoryOf),
/* harmony export */   R: () => (/* binding */ CATEGORIES)
/* harmony export */ });
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
function categoryOf(ruleId) {
    return ruleId.split('/')[0];
}


/***/ }),

/***/ 3862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export cell */
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


/***/ })

};
