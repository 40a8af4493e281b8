"use strict";
exports.id = 925;
exports.ids = [925];
exports.modules = {

/***/ 8925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAuditFor: () => (/* binding */ runAuditFor)
});

// EXTERNAL MODULE: ./src/lib/reports/policy.ts
var reports_policy = __webpack_require__(7317);
// EXTERNAL MODULE: ./src/audit/engine.ts + 2 modules
var engine = __webpack_require__(6143);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/git-read.ts + 3 modules
var git_read = __webpack_require__(3339);
// EXTERNAL MODULE: ./src/audit/config.ts + 1 modules
var audit_config = __webpack_require__(9336);
;// CONCATENATED MODULE: ./src/audit/policy.ts
// Where the audit's policy (.shipshape.yml) comes from, and what it does. On a pull request the
// policy is the base commit's: the branch under judgment cannot rewrite the rules that judge it.
// Its own edit of the file is reported as a policy change, and every disabled rule, severity
// override, ignored path and suppression is listed, so nothing is silenced silently.



function loadPolicy(root, explicit, options = {}) {
    const file = explicit || audit_config/* DEFAULT_CONFIG_FILE */.Cu;
    if (!options.pullRequest) {
        const text = (0,audit_config/* readConfigText */.im)(root, file);
        if (text === undefined && explicit)
            throw new errors/* ConfigurationError */.j(`config file \`${explicit}\` does not exist`);
        const config = text === undefined ? audit_config/* EMPTY_CONFIG */.$v : (0,audit_config/* parseConfig */.o4)(text, file);
        return { config, policy: describe(file, 'working-tree', undefined, config, text !== undefined) };
    }
    let baseText;
    let warning;
    if (!options.baseSha)
        warning = 'the event names no base commit';
    else {
        const base = (0,git_read/* gitFileAtCommit */.x0)(root, options.baseSha, file);
        if ('text' in base)
            baseText = base.text;
        else if ('error' in base)
            warning = base.error;
    }
    const config = baseText === undefined ? audit_config/* EMPTY_CONFIG */.$v : (0,audit_config/* parseConfig */.o4)(baseText, `${file} (base commit)`);
    const policy = describe(file, 'base-commit', options.baseSha, config, baseText !== undefined);
    if (warning)
        policy.warning = `base policy not read (${warning}): no suppressions or disabled rules apply`;
    let headText;
    try {
        headText = (0,audit_config/* readConfigText */.im)(root, file);
    }
    catch (error) {
        policy.changedInPullRequest = true;
        policy.changes.push(`the pull request's ${file} is not readable (${(0,errors/* errorMessage */.g)(error)})`);
        return { config, policy };
    }
    if (headText === baseText)
        return { config, policy };
    policy.changedInPullRequest = true;
    if (headText === undefined) {
        policy.changes.push(`deletes ${file}`);
        return { config, policy };
    }
    let head;
    try {
        head = (0,audit_config/* parseConfig */.o4)(headText, file);
    }
    catch (error) {
        policy.changes.push(`${baseText === undefined ? 'adds' : 'edits'} ${file}, which does not parse: ${(0,errors/* errorMessage */.g)(error)}`);
        return { config, policy };
    }
    policy.changes.push(...(baseText === undefined ? [`adds ${file}`] : []), ...diffConfigs(config, head));
    if (policy.changes.length === 0)
        policy.changes.push(`edits ${file} (no change to rules, ignores or suppressions)`);
    return { config, policy };
}
function describe(file, source, baseSha, config, applied) {
    return {
        file,
        source,
        ...(baseSha ? { baseSha } : {}),
        applied,
        changedInPullRequest: false,
        changes: [],
        disabledRules: [...config.disabled].sort(),
        severityOverrides: Object.fromEntries([...config.severities].sort()),
        ignore: [...config.ignore],
        suppressions: config.suppressions.map((s) => ({
            rule: s.rule,
            path: s.path,
            reason: s.reason,
            expires: s.expires,
        })),
        ...(config.failOn ? { failOn: config.failOn.label } : {}),
    };
}
/** What `head` would change over `base`, in the words of a reviewer. */
function diffConfigs(base, head) {
    const out = [];
    for (const id of head.disabled)
        if (!base.disabled.has(id))
            out.push(`disables rule ${id}`);
    for (const id of base.disabled)
        if (!head.disabled.has(id))
            out.push(`re-enables rule ${id}`);
    for (const [id, severity] of head.severities)
        if (base.severities.get(id) !== severity)
            out.push(`sets rule ${id} to ${severity} (was ${base.severities.get(id) ?? 'its default'})`);
    for (const id of base.severities.keys())
        if (!head.severities.has(id))
            out.push(`returns rule ${id} to its default severity`);
    for (const glob of head.ignore)
        if (!base.ignore.includes(glob))
            out.push(`ignores files matching \`${glob}\``);
    for (const glob of base.ignore)
        if (!head.ignore.includes(glob))
            out.push(`stops ignoring \`${glob}\``);
    const key = (s) => `${s.rule} ${s.path} ${s.expires}`;
    const baseKeys = new Set(base.suppressions.map(key));
    const headKeys = new Set(head.suppressions.map(key));
    for (const s of head.suppressions)
        if (!baseKeys.has(key(s)))
            out.push(`suppresses ${s.rule} at \`${s.path}\` until ${s.expires} ("${s.reason}")`);
    for (const s of base.suppressions)
        if (!headKeys.has(key(s)))
            out.push(`removes the suppression of ${s.rule} at \`${s.path}\``);
    if (head.failOn?.label !== base.failOn?.label)
        out.push(`sets fail-on to ${head.failOn?.label ?? 'the default'} (was ${base.failOn?.label ?? 'the default'})`);
    return out;
}

// EXTERNAL MODULE: ./src/lib/reports/audit-json.ts
var audit_json = __webpack_require__(5787);
;// CONCATENATED MODULE: ./src/audit/report/json.ts
// The audit result as the JSON report (the format itself lives in src/lib/reports/audit-json.ts).

function renderJson(result, gate, 
/** `owner/name`, so a fleet merge names the report (left out when unknown). */
repository) {
    return (0,audit_json/* writeAuditReport */.h8)({
        repository,
        score: result.scores.overall,
        categories: result.scores.categories,
        gate,
        findings: result.findings,
        suppressed: result.suppressed,
        policy: result.policy,
        warnings: result.warnings,
        filesIndexed: result.filesIndexed,
        fileSource: result.fileSource,
        durationMs: result.durationMs,
    });
}

// EXTERNAL MODULE: ./src/lib/findings.ts
var findings = __webpack_require__(3233);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/lib/reports/categories.ts
var categories = __webpack_require__(1571);
// EXTERNAL MODULE: ./src/audit/rules/rule.ts
var rule = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/audit/report/markdown.ts
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
    const counts = (0,findings/* countBySeverity */.Ot)(result.findings);
    const out = [];
    out.push(`# shipshape production-readiness audit`, '');
    const verdict = options.passed === undefined
        ? ''
        : options.passed
            ? ' — ✅ gate passed'
            : ` — ❌ gate failed (fail-on: ${options.failOn})`;
    out.push(`**Overall score: ${result.scores.overall}/100**${verdict}`, '');
    out.push(`${findings/* SEVERITIES */.oC.map((s) => `${ICON[s]} ${counts[s]} ${s}`).join(' · ')} — ${result.filesIndexed} files read in ${result.durationMs} ms`, '');
    out.push('## Executive summary', '');
    const byCategory = new Map();
    for (const f of result.findings) {
        const c = (0,rule/* categoryOf */.Q)(f.ruleId);
        byCategory.set(c, [...(byCategory.get(c) ?? []), f]);
    }
    out.push((0,markdown/* table */.tp)(['Category', 'Score', 'Findings', 'Worst'], categories/* CATEGORIES */.R.map((c) => {
        const list = byCategory.get(c) ?? [];
        const worst = findings/* SEVERITIES */.oC.find((s) => list.some((f) => f.severity === s));
        return [
            CATEGORY_NAME[c],
            `${result.scores.categories[c]}/100`,
            list.length,
            worst ? `${ICON[worst]} ${worst}` : '✅ none',
        ];
    })), '');
    for (const severity of findings/* SEVERITIES */.oC) {
        const list = result.findings.filter((f) => f.severity === severity);
        if (!list.length)
            continue;
        out.push(`## ${ICON[severity]} ${severity[0].toUpperCase()}${severity.slice(1)} (${list.length})`, '');
        list.forEach((f, i) => {
            out.push(`### ${i + 1}. ${f.title}`, '');
            const where = f.file ? `${(0,markdown/* codeSpan */.SS)(f.file + (f.line ? `:${f.line}` : ''))}` : 'repository';
            const link = options.fileUrl?.(f);
            const sure = f.confidence && f.confidence !== 'high' ? ` · **Confidence:** ${f.confidence}` : '';
            out.push(`**Rule:** ${(0,markdown/* codeSpan */.SS)(f.ruleId)} · **Location:** ${link ? `[${where}](${link})` : where}${sure}`, '');
            out.push(`**Evidence:** ${f.message}`, '');
            out.push(`**Remediation:** ${f.remediation}`, '');
        });
    }
    if (!result.findings.length)
        out.push('No findings: every rule that applies to this repository passed.', '');
    if (result.suppressed.length) {
        out.push('## Suppressed', '');
        out.push((0,markdown/* table */.tp)(['Rule', 'Location', 'Reason', 'Expires'], result.suppressed.map((s) => [s.finding.ruleId, s.finding.file ?? 'repository', s.reason, s.expires ?? ''])), '');
    }
    if (result.policy)
        out.push(...renderPolicy(result.policy));
    if (result.warnings.length) {
        out.push('## Read warnings', '', 'These files could not be read fully; rules that needed them may have missed something.', '');
        out.push((0,markdown/* table */.tp)(['File', 'Problem'], result.warnings.map((w) => [w.file, w.message])), '');
    }
    return out.join('\n');
}
/** The policy section: where it came from, what the pull request would change, all it silences. */
function renderPolicy(policy) {
    const out = ['## Policy', ''];
    const from = policy.source === 'base-commit'
        ? `read from the base commit${policy.baseSha ? ` ${(0,markdown/* codeSpan */.SS)(policy.baseSha.slice(0, 12))}` : ''}`
        : 'read from the working tree';
    out.push(`${(0,markdown/* codeSpan */.SS)(policy.file)}: ${policy.applied ? from : `none applied (${from})`}.`, '');
    if (policy.warning)
        out.push(`⚠️ ${policy.warning}.`, '');
    if (policy.changedInPullRequest) {
        out.push(`### ⚠️ Policy change in this pull request (not applied)`, '');
        out.push(...policy.changes.map((c) => `- ${c}`), '');
    }
    const rows = [
        ...policy.disabledRules.map((id) => ['rule disabled', (0,markdown/* codeSpan */.SS)(id), '', '']),
        ...Object.entries(policy.severityOverrides).map(([id, sev]) => ['severity changed', (0,markdown/* codeSpan */.SS)(id), sev, '']),
        ...policy.ignore.map((glob) => ['files ignored', (0,markdown/* codeSpan */.SS)(glob), '', '']),
        ...policy.suppressions.map((s) => [
            'suppression',
            `${(0,markdown/* codeSpan */.SS)(s.rule)} at ${(0,markdown/* codeSpan */.SS)(s.path)}`,
            s.reason,
            s.expires,
        ]),
    ];
    if (rows.length)
        out.push((0,markdown/* table */.tp)(['What', 'Which', 'Detail', 'Until'], rows), '');
    else if (policy.applied)
        out.push('It disables no rule and ignores or suppresses nothing.', '');
    return out;
}

;// CONCATENATED MODULE: ./src/lib/reports/sarif.ts
// GitHub reads `security-severity` (0-10) to rank security results; `level` is SARIF's own scale.
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
function toSarif(tool, findings, rules = []) {
    const ruleInfo = new Map();
    for (const rule of rules)
        ruleInfo.set(rule.id, rule);
    for (const f of findings) {
        if (!ruleInfo.has(f.ruleId)) {
            ruleInfo.set(f.ruleId, {
                id: f.ruleId,
                title: f.title,
                help: f.remediation,
                helpUri: f.helpUri,
                severity: f.severity,
            });
        }
    }
    const ruleList = [...ruleInfo.values()];
    const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: ruleList.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ? c.toUpperCase() : '')),
                            shortDescription: { text: r.title },
                            fullDescription: { text: r.title },
                            help: { text: r.help, markdown: r.help },
                            ...(r.helpUri ? { helpUri: r.helpUri } : {}),
                            defaultConfiguration: { level: LEVEL[r.severity] },
                            properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: [r.id.split('/')[0]] },
                        })),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: ruleIndex.get(f.ruleId),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    // Code scanning requires a location; a repository-wide finding points at the repository root.
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: f.file ?? '.', uriBaseId: '%SRCROOT%' },
                                ...(f.file && f.line
                                    ? { region: { startLine: f.line, ...(f.endLine ? { endLine: f.endLine } : {}) } }
                                    : {}),
                            },
                        },
                    ],
                    partialFingerprints: { primaryLocationLineHash: fingerprint(f) },
                })),
            },
        ],
    };
}
// A stable fingerprint so code scanning tracks a result across runs even when lines shift a little.
function fingerprint(f) {
    let hash = 0x811c9dc5;
    for (const ch of `${f.ruleId}|${f.file ?? ''}|${f.message}`) {
        hash ^= ch.codePointAt(0);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return `${hash.toString(16).padStart(8, '0')}:1`;
}

// EXTERNAL MODULE: ./src/audit/rules/index.ts + 55 modules
var audit_rules = __webpack_require__(8677);
// EXTERNAL MODULE: ./src/lib/version.ts
var version = __webpack_require__(7471);
;// CONCATENATED MODULE: ./src/audit/report/sarif.ts
// SARIF for code scanning: every rule (with its help) and the findings of this run.




function renderSarif(result) {
    const rules = [
        ...audit_rules/* ALL_RULES */.U.map((r) => ({
            id: r.id,
            title: r.title,
            help: r.remediation,
            severity: r.severity,
            helpUri: `https://github.com/shipshape/shipshape/blob/main/docs/rules.md#${r.id.replace('/', '')}`,
        })),
        {
            id: audit_config/* EXPIRED_SUPPRESSION_RULE */.fx,
            title: 'Suppression has expired',
            help: 'Fix the findings or renew the suppression.',
            severity: 'medium',
        },
    ];
    return `${JSON.stringify(toSarif({ name: 'shipshape', version: version/* VERSION */.x, informationUri: 'https://github.com/shipshape/shipshape' }, result.findings, rules), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/audit/run.ts






async function runAuditFor(dir, options) {
    const { config, policy } = loadPolicy(dir, options.config, {
        pullRequest: options.pullRequest,
        baseSha: options.baseSha,
    });
    options.onPolicy?.(policy);
    const failOn = options.failOn ?? config.failOn ?? (0,reports_policy/* thresholdPolicy */.GX)('critical');
    const audit = () => (0,engine/* runFullAudit */.Ei)(dir, {
        config,
        policy,
        budgetMs: options.budgetSeconds * 1000,
        minConfidence: options.minConfidence,
    });
    const result = await (options.wrap ? options.wrap(audit) : audit());
    const over = (0,reports_policy/* blocking */.ub)(result.findings, failOn).length;
    const passed = over === 0;
    const gate = { failOn: failOn.label, passed };
    return {
        config,
        result,
        failOn,
        over,
        passed,
        markdown: (fileUrl) => renderMarkdown(result, { ...gate, fileUrl }),
        json: (repository) => renderJson(result, gate, repository),
        sarif: (map) => renderSarif(map ? { ...result, findings: result.findings.map(map) } : result),
    };
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