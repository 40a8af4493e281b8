export const id = 566;
export const ids = [566];
export const modules = {

/***/ 6566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
function renderJson(result, gate) {
    return `${JSON.stringify({
        score: result.scores.overall,
        categories: result.scores.categories,
        ...(gate ? { gate } : {}),
        findings: result.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            title: f.title,
            message: f.message,
            file: f.file ?? null,
            line: f.line ?? null,
            remediation: f.remediation,
        })),
        suppressed: result.suppressed.map((s) => ({
            ruleId: s.finding.ruleId,
            file: s.finding.file ?? null,
            reason: s.reason,
            expires: s.expires,
        })),
        warnings: result.warnings,
        filesIndexed: result.filesIndexed,
        durationMs: result.durationMs,
    }, null, 2)}\n`;
}


/***/ })

};
