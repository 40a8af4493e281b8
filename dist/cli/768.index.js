export const id = 768;
export const ids = [768];
export const modules = {

/***/ 2768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gatePasses: () => (/* binding */ gatePasses)
/* harmony export */ });
/* harmony import */ var _lib_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3233);
// The gate: fail when any finding is at or above the chosen severity ('none' never fails).

function gatePasses(findings, failOn) {
    return failOn === 'none' || !findings.some((f) => (0,_lib_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .atOrAbove */ .kU)(f.severity, failOn));
}


/***/ })

};
