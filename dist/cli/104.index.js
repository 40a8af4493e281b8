"use strict";
exports.id = 104;
exports.ids = [104];
exports.modules = {

/***/ 3104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rulesCommand: () => (/* binding */ rulesCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/audit/rules/index.ts + 55 modules
var audit_rules = __webpack_require__(8677);
// EXTERNAL MODULE: ./src/lib/reports/categories.ts
var categories = __webpack_require__(1571);
// EXTERNAL MODULE: ./src/audit/rules/rule.ts
var rule = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/audit/report/rule-list.ts
// The list of every rule (id, severity, title, remediation): `shipshape rules` and docs/rules.md.




function renderRuleList(format) {
    if (format === 'json')
        return `${JSON.stringify(audit_rules/* ALL_RULES */.U.map(({ id, severity, title, remediation }) => ({ id, severity, title, remediation })), null, 2)}\n`;
    const out = [
        '# Audit rules',
        '',
        'Generated from the rule registry by `npm run build` (`shipshape rules`). Rule ids are stable.',
        '',
    ];
    for (const category of categories/* CATEGORIES */.R) {
        const rules = audit_rules/* ALL_RULES */.U.filter((r) => (0,rule/* categoryOf */.Q)(r.id) === category);
        if (!rules.length)
            continue;
        out.push(`## ${category}`, '');
        for (const r of rules) {
            out.push(`### ${r.id}`, '', (0,markdown/* table */.tp)(['id', 'default severity', 'what it finds'], [[`\`${r.id}\``, r.severity, r.title]]), '', `**Remediation:** ${r.remediation}`, '');
        }
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/rules.ts
// `shipshape rules`: every rule with its id, severity, title and remediation.



function rulesCommand(argv, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: { format: { type: 'string', short: 'f', default: 'markdown' } },
    });
    if (positionals.length)
        throw new usage/* UsageError */.e(`unexpected argument \`${positionals[0]}\``);
    if (values.format !== 'markdown' && values.format !== 'json')
        throw new usage/* UsageError */.e(`--format must be one of markdown, json (got \`${values.format}\`)`);
    io.out(renderRuleList(values.format));
    return 0;
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


/***/ })

};
;