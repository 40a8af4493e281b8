"use strict";
exports.id = 418;
exports.ids = [418];
exports.modules = {

/***/ 9418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fleetCommand: () => (/* binding */ fleetCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7485);
// `shipshape fleet list`: the fleet workflow's first job. Lists an organization's repositories through
// the GitHub API (GITHUB_API_URL; token from GITHUB_TOKEN or GH_TOKEN, never the command line) and
// prints the matrix of chunks on one line; what it skipped goes to standard error.


async function fleetCommand(argv, io) {
    const [sub, ...rest] = argv;
    if (sub !== 'list')
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`\`fleet\` needs a subcommand: list (got \`${sub ?? ''}\`)`);
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: rest,
        allowPositionals: true,
        options: {
            organization: { type: 'string' },
            repositories: { type: 'string' },
            'include-forks': { type: 'boolean', default: false },
            'include-archived': { type: 'boolean', default: false },
            'chunk-size': { type: 'string', default: '10' },
        },
    });
    if (positionals.length)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`unexpected argument \`${positionals[0]}\``);
    const organization = values.organization?.trim();
    if (!organization || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(organization))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--organization must be an organization or user name (got \`${values.organization ?? ''}\`)`);
    const chunkSize = Number(values['chunk-size']);
    if (!Number.isInteger(chunkSize) || chunkSize < 1)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--chunk-size must be a whole number above 0 (got \`${values['chunk-size']}\`)`);
    const [{ listRepositories }, { selectRepositories, toMatrix, chunkSizeFor }] = await Promise.all([
        __webpack_require__.e(/* import() */ 427).then(__webpack_require__.bind(__webpack_require__, 427)),
        Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(831)]).then(__webpack_require__.bind(__webpack_require__, 6831)),
    ]);
    const listed = await listRepositories({
        apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        organization,
        token: process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined,
    });
    const selection = selectRepositories(listed, {
        patterns: values.repositories,
        includeForks: values['include-forks'],
        includeArchived: values['include-archived'],
    });
    for (const name of selection.missing)
        io.err(`shipshape: warning: --repositories names \`${name}\`, which ${organization} does not list (or it was skipped)\n`);
    const matrix = toMatrix(selection.repositories, chunkSize);
    const size = chunkSizeFor(selection.repositories.length, chunkSize);
    io.err(`shipshape: ${selection.repositories.length} of ${listed.length} repositories in ${matrix.include.length} chunks of up to ${size}` +
        ` (skipped ${selection.skipped.archived} archived, ${selection.skipped.forks} forks)\n`);
    io.out(`${JSON.stringify(matrix)}\n`);
    return 0;
}


/***/ })

};
;