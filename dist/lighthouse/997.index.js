"use strict";
exports.id = 997;
exports.ids = [997];
exports.modules = {

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/runner.ts
var runner = __webpack_require__(9445);
;// CONCATENATED MODULE: ./src/lib/annotations.ts
// Annotations view of a Finding[]: one workflow command per finding, on its file and line.

const MAX_ANNOTATIONS = 50; // GitHub shows at most 10 per level per step; keep the log readable too.
function annotateFindings(findings, limit = MAX_ANNOTATIONS) {
    for (const f of findings.slice(0, limit)) {
        const props = { title: `${f.ruleId}: ${f.title}` };
        if (f.file)
            props.file = f.file;
        if (f.file && f.line)
            props.startLine = f.line;
        const text = `${f.message}\nFix: ${f.remediation}`;
        if (f.severity === 'critical' || f.severity === 'high')
            runner/* error */.z3(text, props);
        else if (f.severity === 'medium')
            runner/* warning */.$e(text, props);
        else
            runner/* notice */.lm(text, props);
    }
    if (findings.length > limit)
        runner/* info */.pq(`${findings.length - limit} more findings are in the report (annotations stop at ${limit}).`);
}

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/inside-root.ts
var inside_root = __webpack_require__(8296);
;// CONCATENATED MODULE: ./src/lib/files.ts
// Writing report files: parent folders created, written whole through a temp file so a crash
// never leaves half a report. The temp file is created exclusively under a random name next to the
// target, and a target that is a link is refused: a planted link cannot redirect the write.




function writeFileAtomic(path, content) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    refuseLink(path);
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${randomSuffix()}.tmp`);
    const fd = (0,external_node_fs_.openSync)(tmp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    try {
        const bytes = Buffer.from(content);
        let offset = 0;
        while (offset < bytes.length)
            offset += (0,external_node_fs_.writeSync)(fd, bytes, offset, bytes.length - offset);
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.unlinkSync)(tmp);
        throw error;
    }
    (0,external_node_fs_.closeSync)(fd);
    // rename() replaces a link at `path` with the file instead of writing through it; the check above
    // only turns that case into a clear error.
    (0,external_node_fs_.renameSync)(tmp, path);
}
/** A path we are about to write must not be a symbolic link (it could point anywhere). */
function refuseLink(path) {
    let isLink = false;
    try {
        isLink = (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return;
    }
    if (isLink)
        throw new errors/* ConfigurationError */.j(`refusing to write ${path}: it is a symbolic link`);
}
function writeJson(path, value) {
    writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
/**
 * Create a file that must not exist yet, inside `root` (its real path, links resolved): a planted
 * link at the path, dangling or not, or a folder linked out of `root`, is refused.
 */
function writeNewFileInside(root, path, content) {
    const realRoot = realpathSync(root);
    const realDir = realpathSync(dirname(path));
    if (!isInsideRoot(realDir, realRoot))
        throw new ConfigurationError(`refusing to write ${path}: its folder resolves outside ${root}`);
    refuseLink(path);
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
        writeSync(fd, content);
    }
    finally {
        closeSync(fd);
    }
}
// The global Web Crypto loads on first use: only a write pays for it, not every bundle's start-up
// (importing node:crypto would load it with the bundle).
function randomSuffix() {
    return Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString('hex');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/lib/redact.ts
var redact = __webpack_require__(310);
;// CONCATENATED MODULE: ./src/lib/exec.ts
// Running processes: arguments as arrays (never a shell string built from input), secrets by stdin
// or env, output captured for errors. Errors name the command, never its stdin or env.


class CommandError extends Error {
    command;
    result;
    constructor(command, result) {
        const tail = lastLines(result.stderr || result.stdout, 3);
        const why = result.timedOut ? 'timed out' : `exited with code ${result.exitCode}`;
        super((0,redact/* redact */.E$)(`\`${command}\` ${why}${tail ? `: ${tail}` : ''}`));
        this.command = command;
        this.result = result;
        this.name = 'CommandError';
    }
}
function lastLines(text, count) {
    return text.trim().split(/\r?\n/).slice(-count).join(' / ').trim();
}
/** Run a command to completion and capture its output. Throws CommandError on failure unless allowFailure. */
function runCommand(file, args, options = {}) {
    const display = [file, ...args.slice(0, 3)].join(' ') + (args.length > 3 ? ' …' : '');
    return new Promise((resolve, reject) => {
        const env = options.replaceEnv ? options.env : { ...process.env, ...options.env };
        const child = (0,external_node_child_process_.spawn)(file, [...args], {
            cwd: options.cwd,
            env: env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: true, // own process group, so a timeout can stop the whole tree
        });
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                killGroup(child.pid, 'SIGKILL');
            }, options.timeoutMs)
            : undefined;
        forwardLines(child.stdout, stdout, (line) => options.onLine?.(line, 'stdout'));
        forwardLines(child.stderr, stderr, (line) => options.onLine?.(line, 'stderr'));
        child.stdin.on('error', () => undefined); // a child that exits before reading stdin is not our error
        child.stdin.end(options.stdin ?? '');
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            const why = error.code === 'ENOENT' ? `command not found: ${file}` : `could not start ${file}: ${error.message}`;
            reject(new CommandError(display, { exitCode: 127, stdout: '', stderr: why, timedOut: false }));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            const result = {
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut,
            };
            if ((result.exitCode !== 0 || timedOut) && !options.allowFailure)
                reject(new CommandError(display, result));
            else
                resolve(result);
        });
    });
}
function forwardLines(stream, sink, onLine) {
    let pending = '';
    stream.on('data', (chunk) => {
        sink.push(chunk);
        pending += chunk.toString('utf8');
        const lines = pending.split(/\r?\n/);
        pending = lines.pop() ?? '';
        for (const line of lines)
            onLine((0,redact/* redact */.E$)(line));
    });
    stream.on('end', () => {
        if (pending)
            onLine((0,redact/* redact */.E$)(pending));
    });
}
/** Signal a whole process group; ignores a group that is already gone. */
function killGroup(pid, signal = 'SIGTERM') {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        try {
            process.kill(pid, signal);
        }
        catch {
            /* already gone */
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/proc-stat.ts
// Every process's /proc/<pid>/stat (Linux), parsed: pid, parent, process group, state. Shared by the
// process-group liveness check (src/lib/process.ts) and the Lighthouse action's port detection.

/** One /proc/<pid>/stat line. The command name is in parentheses and may itself hold spaces and parentheses. */
function parseStat(text) {
    const close = text.lastIndexOf(')');
    const open = text.indexOf('(');
    if (open < 0 || close < open)
        return undefined;
    const pid = Number(text.slice(0, open).trim());
    const [state, ppid, pgrp] = text
        .slice(close + 1)
        .trim()
        .split(/\s+/);
    if (!Number.isInteger(pid) || !state)
        return undefined;
    return { pid, ppid: Number(ppid), pgrp: Number(pgrp), state };
}
/** Every process's stat line (processes that exit while we read are skipped). */
function readProcStats() {
    const out = [];
    for (const name of (0,external_node_fs_.readdirSync)('/proc')) {
        if (!/^\d+$/.test(name))
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_.readFileSync)(`/proc/${name}/stat`, 'utf8');
        }
        catch {
            continue; // exited meanwhile
        }
        const parsed = parseStat(stat);
        if (parsed)
            out.push(parsed);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lib/http.ts
// HTTP with bounded retries and exponential back-off, on Node's own fetch.
class HttpError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'HttpError';
    }
}
const defaultRetryOn = (status) => status === 408 || status === 429 || status >= 500;
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Fetch with retries. `label` names the request in errors (never the URL's credentials or query). */
async function fetchWithRetry(url, init = {}, options = {}, label = safeUrl(url)) {
    const attempts = options.attempts ?? 4;
    const retryOn = options.retryOn ?? defaultRetryOn;
    let delay = options.baseDelayMs ?? 500;
    let lastReason = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            const response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 30000) });
            if (!retryOn(response.status) || attempt === attempts)
                return response;
            lastReason = `HTTP ${response.status}`;
            // Honour Retry-After when the server gives seconds, within our bound.
            const retryAfter = Number(response.headers.get('retry-after'));
            if (Number.isFinite(retryAfter) && retryAfter > 0)
                delay = Math.min(retryAfter * 1000, 30000);
            await response.body?.cancel();
        }
        catch (error) {
            lastReason =
                error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
            if (attempt === attempts)
                throw new HttpError(`${label}: ${lastReason} (after ${attempts} attempts)`);
        }
        options.onRetry?.(attempt, lastReason, delay);
        await sleep(delay);
        delay *= 2;
    }
    throw new HttpError(`${label}: ${lastReason}`);
}
/** A URL fit for a log line: no userinfo, no query string (tokens live there). */
function safeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}

;// CONCATENATED MODULE: ./src/lib/process.ts
// Long-running children (an app server under test): started in their own process group with the
// output kept as a tail for error messages, and stopped as a whole group on every exit path,
// including the runner's cancel (SIGINT, then SIGTERM).





// The runner's own credentials (cache and artifact service, OIDC token requests, results service)
// and the step's inputs (tokens among them) are not the app's business.
const RUNNER_CREDENTIALS = new Set([
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
]);
/** The environment for a process built from the repository: runner credentials and INPUT_* removed. */
function withoutRunnerCredentials(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (!RUNNER_CREDENTIALS.has(k) && !k.startsWith('INPUT_'))
            out[k] = v;
    return out;
}
const running = new Set();
let signalsHooked = false;
function startProcessGroup(file, args, options = {}) {
    const keep = options.keepLines ?? 40;
    const lines = [];
    const child = (0,external_node_child_process_.spawn)(file, [...args], {
        cwd: options.cwd,
        env: { ...withoutRunnerCredentials(process.env), ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
    });
    if (!child.pid)
        throw new Error(`could not start ${file}`);
    const pid = child.pid;
    let exit;
    let spawnError;
    child.on('error', (error) => (spawnError = error));
    child.on('exit', (code, signal) => (exit = { code, signal }));
    const collect = (stream) => {
        let pending = '';
        stream.on('data', (chunk) => {
            pending += chunk.toString('utf8');
            const parts = pending.split(/\r?\n/);
            pending = parts.pop() ?? '';
            for (const line of parts)
                push(line);
        });
        stream.on('end', () => pending && push(pending));
    };
    const push = (raw) => {
        const line = (0,redact/* redact */.E$)(raw);
        lines.push(line);
        if (lines.length > keep)
            lines.shift();
        options.onLine?.(line);
    };
    collect(child.stdout);
    collect(child.stderr);
    let stopping;
    const group = {
        pid,
        get exit() {
            return exit ?? (spawnError ? { code: 127, signal: null } : undefined);
        },
        tail: (count = keep) => lines.slice(-count),
        alive: () => groupAlive(pid),
        stop(graceMs = 5000) {
            stopping ??= (async () => {
                killGroup(pid, 'SIGTERM');
                const deadline = Date.now() + graceMs;
                while (groupAlive(pid) && Date.now() < deadline)
                    await sleep(100);
                if (groupAlive(pid))
                    killGroup(pid, 'SIGKILL');
                while (groupAlive(pid) && Date.now() < deadline + 2000)
                    await sleep(50);
                running.delete(group);
            })();
            return stopping;
        },
    };
    running.add(group);
    hookSignals();
    return group;
}
/** Whether a process group still has a live (non-zombie) member. */
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch {
        return false;
    }
    // kill(0) also succeeds for zombies nobody has reaped yet; on Linux, look closer.
    try {
        return readProcStats().some((s) => s.pgrp === pgid && s.state !== 'Z');
    }
    catch {
        return true; // no /proc to look at: kill(0) is all we know
    }
}
/** Extra cleanup to run (synchronously) when the runner cancels the step, e.g. killing a browser. */
const onCancel = new Set();
function cleanupOnCancel(fn) {
    onCancel.add(fn);
    hookSignals();
    return () => onCancel.delete(fn);
}
// On cancel the runner signals the action's node process; nothing async is sure to run then, so
// every group is killed at once and the process exits with the signal's conventional code.
function hookSignals() {
    if (signalsHooked)
        return;
    signalsHooked = true;
    for (const [signal, code] of [
        ['SIGINT', 130],
        ['SIGTERM', 143],
    ]) {
        process.once(signal, () => {
            for (const group of running)
                killGroup(group.pid, 'SIGKILL');
            for (const fn of onCancel) {
                try {
                    fn();
                }
                catch {
                    /* best effort */
                }
            }
            process.exit(code);
        });
    }
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

;// CONCATENATED MODULE: ./src/lib/summary.ts
// Job summary writing: a failure to write the summary only warns (the step's result stands).


async function writeJobSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        runner/* appendSummary */.fe(markdown);
    }
    catch (error) {
        runner/* warning */.$e(`could not write the job summary: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}

// EXTERNAL MODULE: ./node_modules/chrome-launcher/dist/index.js + 6 modules
var dist = __webpack_require__(8729);
;// CONCATENATED MODULE: ./src/lighthouse/chrome.ts
// One Chrome or Chromium for every Lighthouse run of the step: found from `chrome-path`, CHROME_PATH
// or PATH, started headless with a fresh profile, and killed on every exit path.





// --no-sandbox: runners and containers often lack the user namespaces Chrome's sandbox needs.
const CHROME_FLAGS = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
];
const CANDIDATES = ['google-chrome-stable', 'google-chrome', 'chromium', 'chromium-browser', 'chrome'];
function findChrome(input, env = process.env) {
    if (input) {
        if (!isExecutable(input))
            throw new errors/* ConfigurationError */.j(`input \`chrome-path\`: ${input} is not an executable file`);
        return input;
    }
    if (env.CHROME_PATH && isExecutable(env.CHROME_PATH))
        return env.CHROME_PATH;
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        for (const name of CANDIDATES)
            if (isExecutable((0,external_node_path_.join)(dir, name)))
                return (0,external_node_path_.join)(dir, name);
    }
    throw new errors/* ConfigurationError */.j(`no Chrome or Chromium found on PATH (looked for ${CANDIDATES.join(', ')}); set input \`chrome-path\``);
}
function isExecutable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function launchChrome(chromePath) {
    const chrome = await dist/* launch */.ql({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    const forget = cleanupOnCancel(() => {
        try {
            process.kill(chrome.pid, 'SIGKILL');
        }
        catch {
            /* gone */
        }
    });
    return {
        port: chrome.port,
        async close() {
            forget();
            await Promise.resolve(chrome.kill()).catch(() => undefined);
        },
    };
}

// EXTERNAL MODULE: ./src/lighthouse/scores.ts
var lighthouse_scores = __webpack_require__(269);
;// CONCATENATED MODULE: ./src/lighthouse/audit.ts
// Lighthouse through its Node API: every path `runs` times in one shared browser, the median run
// kept (Lighthouse's own computeMedianRun), and its HTML and JSON reports written to report-dir.





async function auditPages(api, request) {
    const browser = await launchChrome(request.chromePath);
    try {
        const flags = { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: request.categories };
        const headers = request.extraHeaders && Object.keys(request.extraHeaders).length ? request.extraHeaders : undefined;
        if (headers)
            flags.extraHeaders = headers;
        if (request.beforeAudits) {
            await request.beforeAudits(browser.port);
            // Lighthouse clears the origin's storage, cookies included, before each audit by default.
            flags.disableStorageReset = true;
        }
        const config = request.preset === 'desktop' ? api.desktopConfig : undefined;
        const results = [];
        for (const page of request.pages) {
            const runs = [];
            for (let i = 1; i <= request.runs; i++) {
                const started = Date.now();
                const result = await api.lighthouse(page.url, flags, config);
                if (!result)
                    throw new Error(`Lighthouse returned no result for ${page.url}`);
                const lhr = result.lhr;
                // The reports are artifacts: they must not carry the header values (tokens) they were sent with.
                if (lhr.configSettings.extraHeaders)
                    lhr.configSettings.extraHeaders = Object.fromEntries(Object.keys(lhr.configSettings.extraHeaders).map((name) => [name, '***']));
                if (lhr.runtimeError)
                    throw new Error(`Lighthouse could not audit ${page.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
                runner/* info */.pq(`${page.path} run ${i}/${request.runs}: ${summarizeRun(lhr)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
                runs.push(lhr);
            }
            const median = runs.length > 1 ? api.computeMedianRun(runs) : runs[0];
            const base = (0,external_node_path_.join)(request.reportDir, reportName(page.path));
            writeFileAtomic(`${base}.report.html`, api.generateReport(median, 'html'));
            writeFileAtomic(`${base}.report.json`, JSON.stringify(median, null, 2));
            results.push({
                ...page,
                lhr: median,
                runScores: runs.map((r) => scoreOf(r.categories.performance?.score)),
                htmlReport: `${base}.report.html`,
                jsonReport: `${base}.report.json`,
            });
        }
        return results;
    }
    finally {
        await browser.close();
    }
}
/** A file name for a path's reports: `/` is `root`, `/blog/post?id=1` is `blog-post-id-1`. */
function reportName(path) {
    const name = path
        .replace(/^\/+|\/+$/g, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return name || 'root';
}
function scoreOf(score) {
    return typeof score === 'number' ? Math.round(score * 100) : null;
}
function summarizeRun(lhr) {
    const scores = Object.values(lhr.categories).map((c) => `${c.id} ${scoreOf(c.score) ?? '-'}`);
    const lcp = lhr.audits[lighthouse_scores/* METRICS */.Cb.lcp]?.numericValue;
    return [...scores, ...(lcp !== undefined ? [`LCP ${Math.round(lcp)} ms`] : [])].join(', ');
}

// EXTERNAL MODULE: ./src/lighthouse/budgets.ts
var budgets = __webpack_require__(7318);
;// CONCATENATED MODULE: ./src/lighthouse/choose-port.ts
// Which port to audit, from what the started tree listens on and what answers HTTP: a pure
// decision. A port the user expected (from `url` or `port`) wins only when the app really listens
// there; otherwise the real port is audited and the mismatch reported with both numbers, or, with
// strict-port, the step fails.

/** The port to audit, or undefined while nothing usable answers yet. */
function choosePort(seen, expected, guess, strict) {
    const notHttp = seen.listening.filter((p) => !seen.http.includes(p));
    const treeHttp = seen.http.filter((p) => seen.listening.includes(p));
    let port;
    let source = 'detected';
    if (treeHttp.length) {
        port =
            expected && treeHttp.includes(expected.port)
                ? expected.port
                : guess && treeHttp.includes(guess)
                    ? guess
                    : treeHttp[0];
    }
    else if (!seen.listening.length) {
        // Nothing visible in /proc (another OS, or the app runs elsewhere, e.g. in a container): the
        // expected or guessed port, if it answers, is all we have.
        const fallback = [expected?.port, guess].find((p) => p !== undefined && seen.http.includes(p));
        if (fallback !== undefined) {
            port = fallback;
            source = 'guess';
        }
    }
    if (port === undefined)
        return undefined;
    const choice = { port, source, notHttp };
    if (expected && expected.port !== port) {
        choice.mismatch = { expected, actual: port };
        if (strict)
            throw new errors/* ConfigurationError */.j(mismatchMessage(choice) + '; strict-port is true, so this fails the step');
    }
    return choice;
}
function mismatchMessage(choice) {
    const m = choice.mismatch;
    return `port mismatch: input \`${m.expected.input}\` expects port ${m.expected.port}, but the app listens on port ${m.actual}`;
}

;// CONCATENATED MODULE: ./src/lighthouse/detect-port.ts
// Which TCP ports a started process tree really listens on, read from /proc (Linux): the tree is
// every descendant of the started process plus every member of its process group; its sockets are
// the `socket:[inode]` links under /proc/<pid>/fd, matched against LISTEN rows of /proc/net/tcp(6).
// The parsing is pure (tested on real /proc text); the reading is a thin layer over it.


const TCP_LISTEN = '0A';
/**
 * The pids of a started process's tree: its descendants (by parent pid) and the members of its
 * process group (a daemonising child is re-parented to init but keeps the group). Zombies are left out.
 */
function processTree(stats, rootPid, pgid = rootPid) {
    const live = stats.filter((s) => s.state !== 'Z');
    const children = new Map();
    for (const s of live)
        children.set(s.ppid, [...(children.get(s.ppid) ?? []), s.pid]);
    const tree = new Set();
    const queue = live.some((s) => s.pid === rootPid) ? [rootPid] : [];
    for (const s of live)
        if (s.pgrp === pgid)
            queue.push(s.pid);
    while (queue.length) {
        const pid = queue.pop();
        if (tree.has(pid))
            continue;
        tree.add(pid);
        queue.push(...(children.get(pid) ?? []));
    }
    return [...tree].sort((a, b) => a - b);
}
/** The inode of a `socket:[12345]` fd link, or undefined for files, pipes and the rest. */
function socketInode(link) {
    const m = /^socket:\[(\d+)\]$/.exec(link);
    return m ? Number(m[1]) : undefined;
}
/** LISTEN rows of /proc/net/tcp or /proc/net/tcp6 (the format is the same; only the address width differs). */
function parseProcNetTcp(text) {
    const out = [];
    for (const line of text.split('\n').slice(1)) {
        const fields = line.trim().split(/\s+/);
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
        if (fields.length < 10 || fields[3] !== TCP_LISTEN)
            continue;
        const [addressHex, portHex] = fields[1].split(':');
        out.push({ port: parseInt(portHex, 16), address: decodeAddress(addressHex), inode: Number(fields[9]) });
    }
    return out;
}
// The kernel prints each 32-bit word of the address in host byte order (little-endian on x86 and
// arm64), so every group of 8 hex digits is byte-reversed.
function decodeAddress(hex) {
    const bytes = [];
    for (let word = 0; word < hex.length; word += 8) {
        const group = hex.slice(word, word + 8).match(/../g) ?? [];
        bytes.push(...group.reverse().map((b) => parseInt(b, 16)));
    }
    if (bytes.length === 4)
        return bytes.join('.');
    if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff)
        return `::ffff:${bytes.slice(12).join('.')}`;
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
    return groups
        .join(':')
        .replace(/(^|:)0(:0)+(:|$)/, '::')
        .replace(/:{3,}/, '::');
}
/** The listening sockets whose inode the tree holds, one per port, in port order. */
function listeningPortsOf(sockets, inodes) {
    const byPort = new Map();
    for (const s of sockets)
        if (inodes.has(s.inode) && !byPort.has(s.port))
            byPort.set(s.port, s);
    return [...byPort.values()].sort((a, b) => a.port - b.port);
}
/** Whether this system exposes what detectListeningPorts reads. */
function canReadProc() {
    try {
        (0,external_node_fs_.readFileSync)('/proc/net/tcp', 'utf8');
        return true;
    }
    catch {
        return false;
    }
}
/** The ports the tree of `rootPid` (process group `pgid`) listens on right now. */
function detectListeningPorts(rootPid, pgid = rootPid) {
    const inodes = new Set();
    for (const pid of processTree(readProcStats(), rootPid, pgid)) {
        let fds = [];
        try {
            fds = (0,external_node_fs_.readdirSync)(`/proc/${pid}/fd`);
        }
        catch {
            continue; // exited meanwhile, or not ours to read
        }
        for (const fd of fds) {
            try {
                const inode = socketInode((0,external_node_fs_.readlinkSync)(`/proc/${pid}/fd/${fd}`));
                if (inode !== undefined)
                    inodes.add(inode);
            }
            catch {
                /* closed meanwhile */
            }
        }
    }
    if (!inodes.size)
        return [];
    const sockets = [
        ...parseProcNetTcp(readOptional('/proc/net/tcp') ?? ''),
        ...parseProcNetTcp(readOptional('/proc/net/tcp6') ?? ''),
    ];
    return listeningPortsOf(sockets, inodes);
}
/** Every port some process on this machine listens on now (before the app starts: ports that are not the app's). */
function listeningPortsNow() {
    const sockets = [
        ...parseProcNetTcp(readOptional('/proc/net/tcp') ?? ''),
        ...parseProcNetTcp(readOptional('/proc/net/tcp6') ?? ''),
    ];
    return new Set(sockets.map((s) => s.port));
}
function readOptional(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/lighthouse/inputs.ts + 4 modules
var lighthouse_inputs = __webpack_require__(1515);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/lib/action.ts
var action = __webpack_require__(5577);
;// CONCATENATED MODULE: ./src/lighthouse/install-lighthouse.ts
// Installing the pinned Lighthouse on a runner that has none. The release and every one of its
// dependencies are pinned by the lockfile shipped beside the bundle (runtime/), installed with
// `npm ci`, kept in the runner's tool cache folder for later steps and in the Actions cache for later
// jobs (keyed by version, OS, architecture, Node major and the lockfile's hash).








const LIGHTHOUSE_VERSION = '12.8.2';
const TOOL = 'shipshape-lighthouse';
/** The shipped package.json and lockfile: src/lighthouse/runtime in the source, dist/lighthouse/runtime in the bundle. */
function runtimeDir() {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href)), 'runtime');
}
function installCacheKey(lockfile) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(lockfile).digest('hex').slice(0, 16);
    const node = process.versions.node.split('.')[0];
    return `${TOOL}-${LIGHTHOUSE_VERSION}-${process.platform}-${process.arch}-node${node}-${hash}`;
}
/** The folder of the lighthouse package, installed when no cache has it. */
async function installLighthouse() {
    const lockfile = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(runtimeDir(), 'package-lock.json'), 'utf8');
    const key = installCacheKey(lockfile);
    // One folder per key, the same path on every job: the Actions cache restores to the path it saved.
    const root = process.env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)((0,action/* runnerTemp */.X5)(), 'tool-cache');
    const dir = (0,external_node_path_.join)(root, TOOL, key);
    const lighthouse = (0,external_node_path_.join)(dir, 'node_modules', 'lighthouse');
    const marker = (0,external_node_path_.join)(dir, '.complete');
    if ((0,external_node_fs_.existsSync)(marker)) {
        runner/* info */.pq(`Lighthouse ${LIGHTHOUSE_VERSION} found in the tool cache`);
        return lighthouse;
    }
    emptyFolder(dir);
    if (!((await restoreInstall(dir, key)) && (0,external_node_fs_.existsSync)(marker))) {
        emptyFolder(dir); // what a partial restore left behind
        for (const file of ['package.json', 'package-lock.json'])
            (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(runtimeDir(), file), (0,external_node_path_.join)(dir, file));
        runner/* info */.pq(`installing lighthouse@${LIGHTHOUSE_VERSION} with npm ci from the shipped lockfile`);
        const npm = await runCommand('npm', ['ci', '--prefix', dir, '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { timeoutMs: 300000, allowFailure: true, onLine: (line) => runner/* debug */.Yz(line) });
        if (npm.exitCode !== 0 || npm.timedOut)
            throw new Error(`could not install lighthouse@${LIGHTHOUSE_VERSION} with npm ci: ${npmReason(npm.stderr)}`);
        // Written last: a folder without it is a broken install and is made again.
        (0,external_node_fs_.writeFileSync)(marker, `${key}\n`);
        await saveInstall(dir, key);
    }
    return lighthouse;
}
function emptyFolder(dir) {
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
}
async function restoreInstall(dir, key) {
    // Loaded only here: the cache client and its storage SDKs are heavy to start.
    const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
    if (!cache.isFeatureAvailable())
        return false;
    try {
        const hit = await cache.restoreCache([dir], key);
        runner/* info */.pq(hit ? `Restored Lighthouse from cache ${hit}` : 'No cached Lighthouse install yet');
        return Boolean(hit);
    }
    catch (error) {
        runner/* warning */.$e(`could not restore the Lighthouse install cache: ${(0,errors/* errorMessage */.g)(error)}`);
        return false;
    }
}
async function saveInstall(dir, key) {
    const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
    if (!cache.isFeatureAvailable())
        return;
    try {
        await cache.saveCache([dir], key);
        runner/* info */.pq(`Saved the Lighthouse install as cache ${key}`);
    }
    catch (error) {
        // Another job may have saved the same key first.
        runner/* info */.pq(`Lighthouse install cache not saved: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}
/** npm's own reason, without its framing lines ("Run npm help ci", "A complete log ..."). */
function npmReason(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim())
        .filter((l) => l &&
        !/^(code \w+$|Run "npm help|A complete log|Clean install a project|aliases:|Usage:|npm ci|Options:|\[)/.test(l));
    return lines.slice(0, 2).join(' ') || 'npm exited with an error';
}

;// CONCATENATED MODULE: ./src/lighthouse/lighthouse-module.ts
// Where the Lighthouse package comes from. Lighthouse cannot be bundled by ncc (it reads its locale
// files, audits and report renderer from its own folder at run time), so the action installs the
// pinned release from a shipped lockfile (install-lighthouse.ts) and imports it from there.
// SHIPSHAPE_LIGHTHOUSE_DIR points at an installed lighthouse package instead (tests, offline runners).





async function loadLighthouse() {
    const dir = process.env.SHIPSHAPE_LIGHTHOUSE_DIR || (await installLighthouse());
    const version = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'package.json'), 'utf8')).version;
    // webpackIgnore: a run-time import from the tool cache, not something for ncc to bundle.
    const index = await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(dir, 'core', 'index.js')).href);
    const median = await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(dir, 'core', 'lib', 'median-run.js')).href);
    return {
        version,
        lighthouse: index.default,
        desktopConfig: index.desktopConfig,
        generateReport: index.generateReport,
        computeMedianRun: median.computeMedianRun,
        async connectBrowser(port) {
            // Lighthouse drives Chrome with puppeteer-core; the login script gets the same library.
            const entry = (0,external_node_module_.createRequire)((0,external_node_path_.join)(dir, 'package.json')).resolve('puppeteer-core');
            const mod = await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(entry).href);
            const puppeteer = (mod.default ?? mod);
            return puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
        },
    };
}

// EXTERNAL MODULE: ./src/lighthouse/login.ts
var login = __webpack_require__(1849);
;// CONCATENATED MODULE: ./src/lighthouse/readiness.ts
// Readiness: poll the started tree's listening ports until one answers HTTP (bounded by
// start-timeout) instead of a fixed sleep or a regex on the app's output. A process that exits
// first, or a timeout, fails with what was seen and the app's last lines.




async function waitUntilReady(app, options) {
    const deadline = Date.now() + options.timeoutMs;
    const procOk = canReadProc();
    let listening = [];
    for (;;) {
        listening = procOk ? detectListeningPorts(app.pid) : [];
        const candidates = listening.length
            ? listening.map((s) => ({ port: s.port, host: hostFor(s.address) }))
            : [options.expected?.port, options.guess]
                .filter((p) => p !== undefined && !options.busyBefore?.has(p))
                .map((port) => ({ port, host: '127.0.0.1' }));
        const answers = await Promise.all(candidates.map((c) => answersHttp(c.host, c.port, options.probeTimeoutMs ?? 1500)));
        const http = candidates.filter((_, i) => answers[i]).map((c) => c.port);
        const choice = choosePort({ listening: listening.map((s) => s.port), http }, options.expected, options.guess, options.strict);
        if (choice) {
            const host = candidates.find((c) => c.port === choice.port).host;
            return { choice, origin: `http://${host}:${choice.port}`, listening };
        }
        if (app.exit && !app.alive()) {
            const how = app.exit.signal ? `was killed by ${app.exit.signal}` : `exited with code ${app.exit.code}`;
            throw new AppStartError(`the app ${how} before it answered HTTP`, app.tail(30));
        }
        if (Date.now() >= deadline) {
            const taken = [options.expected?.port, options.guess].filter((p) => p !== undefined && options.busyBefore?.has(p));
            const seen = listening.length
                ? `it listens on ${listening.map((s) => s.port).join(', ')} but none answered HTTP`
                : procOk
                    ? 'it opened no TCP port'
                    : `nothing answered on ${candidates.map((c) => c.port).join(', ') || 'a guessed port (none could be guessed)'}`;
            const busy = taken.length
                ? ` (port ${taken.join(', ')} was already in use by another process before the app started)`
                : '';
            throw new AppStartError(`the app did not answer HTTP within start-timeout (${options.timeoutMs / 1000} s): ${seen}${busy}`, app.tail(30));
        }
        await sleep(options.intervalMs ?? 250);
    }
}
/** A start failure: the message plus the app's last output lines, shown in the log and folded into the one-line error. */
class AppStartError extends errors/* ConfigurationError */.j {
    lastLines;
    constructor(reason, lastLines) {
        const telling = tellingLines(lastLines, 4);
        super(telling.length ? `${reason}; its last output: ${telling.join(' / ')}` : `${reason}; it printed nothing`);
        this.lastLines = lastLines;
    }
}
/** The last lines worth a one-line error: no blanks, stack frames, Node's version banner or npm's lifecycle noise. */
function tellingLines(lines, count) {
    return lines
        .map((l) => l.trim())
        .filter((l) => l && !/^at\s/.test(l) && !/^Node\.js v\d/.test(l) && !/^npm (error|ERR!)/.test(l) && !/^\^+$/.test(l))
        .slice(-count);
}
function hostFor(address) {
    if (address === '0.0.0.0' || address === '::' || address.startsWith('127.') || address === '::ffff:127.0.0.1')
        return '127.0.0.1';
    if (address === '::1')
        return '[::1]';
    if (address.startsWith('::ffff:'))
        return address.slice(7);
    return address.includes(':') ? `[${address}]` : address;
}
/** Any HTTP answer counts (even 404 or 500): the port speaks HTTP. A raw TCP service times out or fails the parse. */
async function answersHttp(host, port, timeoutMs) {
    try {
        const response = await fetch(`http://${host}:${port}/`, {
            redirect: 'manual',
            signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel();
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/lighthouse/regression.ts
var regression = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/lib/skipped-folders.ts
// Folders no reader of a repository descends into: VCS data, dependencies, and build output of
// the common frameworks. The audit's walk and src/lib/node-app's disk source share the list.
const ALWAYS_SKIPPED = new Set([
    '.git',
    'node_modules',
    '.next',
    '.nuxt',
    '.svelte-kit',
    '.output',
    '.turbo',
    '.vercel',
    '.wrangler',
    '.cache',
    'coverage',
    'dist',
    'build',
    '.parcel-cache',
    'bower_components',
    '.yarn',
    '.pnpm-store',
]);

;// CONCATENATED MODULE: ./src/lib/node-app/file-source.ts
// The files a Node app is read from: the audit's repository model implements this, and the
// actions read a folder on disk through diskSource(). Paths are relative, with forward slashes.





const MAX_FILES = 20_000;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const MAX_READ_BYTES = 1024 * 1024;
/** A folder on disk as a FileSource: a bounded walk that never follows a link out of it. */
function diskSource(root) {
    let listed;
    const cache = new Map();
    const inside = insideRoot(root);
    return {
        root,
        exists(path) {
            const file = inside(path);
            try {
                return file !== undefined && !(0,external_node_fs_.lstatSync)(file).isSymbolicLink();
            }
            catch {
                return false;
            }
        },
        read(path) {
            if (!cache.has(path)) {
                const file = inside(path);
                cache.set(path, file === undefined ? undefined : readText(file));
            }
            return cache.get(path);
        },
        list() {
            listed ??= walk(root);
            return listed;
        },
    };
}
/**
 * The absolute path of `path` (relative to `root`) when it stays inside the root: no `..` out of
 * it, and its folder resolves (links included) inside the root. The last part is opened without
 * following a link.
 */
function insideRoot(root) {
    let realRoot;
    const folders = new Map();
    return (path) => {
        const normal = external_node_path_.posix.normalize(path.replace(/\\/g, '/'));
        if (external_node_path_.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../'))
            return undefined;
        const slash = normal.lastIndexOf('/');
        const folder = slash < 0 ? '' : normal.slice(0, slash);
        if (!folders.has(folder)) {
            let real;
            try {
                realRoot ??= (0,external_node_fs_.realpathSync)(root);
                real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, folder));
                if (!(0,inside_root/* isInsideRoot */.X)(real, realRoot))
                    real = undefined;
            }
            catch {
                real = undefined;
            }
            folders.set(folder, real);
        }
        const real = folders.get(folder);
        return real === undefined ? undefined : (0,external_node_path_.join)(real, normal.slice(slash + 1));
    };
}
function walk(root) {
    const out = [];
    const visit = (rel) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(rel ? (0,external_node_path_.join)(root, rel) : root, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (out.length >= MAX_FILES)
                return;
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory() && !ALWAYS_SKIPPED.has(entry.name))
                visit(path);
            else if (entry.isFile())
                out.push(path);
        }
    };
    visit('');
    return out.sort();
}
function readText(file) {
    const read = (0,safe_read/* readRegularFile */.XF)(file, MAX_READ_BYTES);
    if ('refused' in read || read.bytes.includes(0))
        return undefined;
    try {
        return STRICT_UTF8.decode(read.bytes).replace(/^\uFEFF/, '');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/lib/node-app/package-json.ts
// A Node package's package.json, parsed once into one shape, and its package manager. The audit's
// repository model and the actions (container, Lighthouse, migrate-deploy, init) read it here.


/** A parsed package.json object in our shape; undefined when it is not a JSON object. */
function toNodePackage(file, raw) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return undefined;
    const obj = raw;
    const dir = external_node_path_.posix.dirname(file);
    return {
        file,
        dir: dir === '.' ? '' : dir,
        name: typeof obj.name === 'string' ? obj.name : undefined,
        main: typeof obj.main === 'string' ? obj.main : undefined,
        packageManager: typeof obj.packageManager === 'string' ? obj.packageManager : undefined,
        scripts: stringRecord(obj.scripts),
        dependencies: stringRecord(obj.dependencies),
        devDependencies: stringRecord(obj.devDependencies),
        raw: obj,
    };
}
/** The package.json in `dir`, undefined when there is none; one that does not parse is a one-line error naming `what`. */
function readPackage(source, dir, what) {
    const file = at(dir, 'package.json');
    const text = source.read(file);
    if (text === undefined)
        return undefined;
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        const shown = source.root ? (0,external_node_path_.join)(source.root, file) : file;
        throw new errors/* ConfigurationError */.j(`${what}: ${shown} is not valid JSON (${error.message.split('\n')[0]})`);
    }
    const pkg = toNodePackage(file, raw);
    if (!pkg)
        throw new errors/* ConfigurationError */.j(`${what}: ${source.root ? (0,external_node_path_.join)(source.root, file) : file} is not a JSON object`);
    return pkg;
}
/** Runtime and dev dependencies together. */
function allDependencies(pkg) {
    return { ...pkg?.devDependencies, ...pkg?.dependencies };
}
const LOCKFILES = [
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lock', 'bun'],
    ['bun.lockb', 'bun'],
    ['package-lock.json', 'npm'],
    ['npm-shrinkwrap.json', 'npm'],
];
/** The lockfile present decides (it is what installs reproduce); else package.json's packageManager; else npm. */
function detectPackageManager(source, dir, pkg) {
    const found = LOCKFILES.find(([file]) => source.exists(at(dir, file)));
    if (found)
        return { manager: found[1], lockfile: found[0] };
    const declared = /^(npm|pnpm|yarn|bun)@/.exec(pkg?.packageManager ?? '')?.[1];
    return { manager: declared ?? 'npm' };
}
/** A path inside a package folder ('' is the root). */
function at(dir, path) {
    return dir ? `${dir}/${path}` : path;
}
function stringRecord(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return {};
    const out = {};
    const record = value;
    for (const k in record)
        if (Object.hasOwn(record, k) && typeof record[k] === 'string')
            out[k] = record[k];
    return out;
}

;// CONCATENATED MODULE: ./src/lib/node-app/source-files.ts
// Which files are the app's own source (not tests, configs, scripts or examples), and the order a
// bounded scan reads them in: entry and route files first, at most MAX_SCANNED_FILES, so a
// 50,000-file repository costs the same as a small one.
const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]sx?)$/;
// Folders of tests, examples, scripts and migrations, and the file names of tests, stories, configs
// and type declarations. A path is app source when both its folder and its name are.
const NOT_APP_FOLDER = /(?:^|\/)(?:__tests__|__mocks__|tests?|spec|e2e|cypress|playwright|fixtures|examples?|scripts|migrations)\//;
const NOT_APP_NAME = /\.(?:test|spec|stories|config|d)\.[cm]?[jt]sx?$/;
const MAX_SCANNED_FILES = 400;
// Files most likely to hold routes and server set-up come first: a folder or a file so named.
const LIKELY_WORD = '(?:server|app|index|main|routes?|router|api|health\\w*|middleware|http|handlers?|controllers?)';
const LIKELY_FOLDER = new RegExp(`(?:^|/)${LIKELY_WORD}/`);
const LIKELY_NAME = new RegExp(`^${LIKELY_WORD}\\.[cm]?[jt]sx?$`);
/** A folder ('' or 'a/b/') one of whose parts names a likely entry or route folder. */
function isLikelyFolder(folder) {
    return LIKELY_FOLDER.test(folder);
}
/** A base name of a likely entry or route file (server.ts, index.js, routes.mjs). */
function isLikelyName(base) {
    return LIKELY_NAME.test(base);
}
function isLikely(path) {
    const slash = path.lastIndexOf('/');
    return isLikelyName(path.slice(slash + 1)) || isLikelyFolder(path.slice(0, slash + 1));
}
function isAppSource(path) {
    const slash = path.lastIndexOf('/');
    return isAppSourceName(path.slice(slash + 1)) && isAppSourceFolder(path.slice(0, slash + 1));
}
/** The base name of a source file that is not a test, story, config or type declaration. */
function isAppSourceName(base) {
    return SOURCE_EXTENSIONS.test(base) && !NOT_APP_NAME.test(base);
}
/** A folder ('' or 'a/b/', with its slash) outside tests, examples, scripts and migrations. */
function isAppSourceFolder(folder) {
    return !NOT_APP_FOLDER.test(folder);
}
/** App source files inside a package folder ('' = everywhere). */
function appSourcesIn(files, dir) {
    return files.filter((f) => (!dir || f.startsWith(`${dir}/`)) && isAppSource(f));
}
/**
 * Source files in scan order (likely entry/route files first), capped. A caller that already knows
 * which of `sources` are likely (in order) passes them, sparing a test of every file.
 */
function scanOrder(sources, likely) {
    // Several rules ask for the order of the same list (every file of a root app in a monorepo).
    let hit = orderOf.get(sources);
    if (!hit) {
        hit = likely ? orderKnowing(sources, likely) : order(sources);
        orderOf.set(sources, hit);
    }
    return [...hit];
}
const orderOf = new WeakMap();
function order(sources) {
    // One pass, stopping once the cap is filled with likely files: the same list as filtering twice.
    const likely = [];
    const rest = [];
    for (const f of sources) {
        if (likely.length >= MAX_SCANNED_FILES)
            break;
        if (isLikely(f))
            likely.push(f);
        else if (rest.length < MAX_SCANNED_FILES)
            rest.push(f);
    }
    return likely.concat(rest).slice(0, MAX_SCANNED_FILES);
}
function orderKnowing(sources, likely) {
    const first = likely.slice(0, MAX_SCANNED_FILES);
    const taken = new Set(first);
    const rest = [];
    for (let i = 0; i < sources.length && first.length + rest.length < MAX_SCANNED_FILES; i++)
        if (!taken.has(sources[i]))
            rest.push(sources[i]);
    return first.concat(rest);
}

;// CONCATENATED MODULE: ./src/lib/node-app/start-port.ts
// Which port a start command makes the app listen on, and where that number came from. Shared by
// ci/lighthouse-port-mismatch, config/hardcoded-port, the Lighthouse action's static guess and the
// container action's generated EXPOSE.
const FRAMEWORK_DEFAULTS = [
    [/\bnext\s+(start|dev)\b/, 3000, 'Next.js default'],
    [/\bnuxt\s+(start|dev|preview)\b|\.output\/server\/index\.m?js/, 3000, 'Nuxt default'],
    [/\bremix-serve\b|\breact-router-serve\b/, 3000, 'Remix default'],
    [/\bvite\s+preview\b/, 4173, 'vite preview default'],
    [/\bvite\b(?!\s+build)/, 5173, 'vite dev default'],
    [/\bastro\s+(dev|preview)\b/, 4321, 'Astro default'],
    [/\bserve\b\s/, 3000, 'serve default'],
    [/\bhttp-server\b/, 8080, 'http-server default'],
    [/\bwrangler\s+dev\b/, 8787, 'wrangler dev default'],
];
/** The port a shell command line sets, from an explicit flag or PORT=, else a framework default. */
function portFromCommand(command) {
    const env = /(?:^|[\s;&|(])(?:export\s+)?PORT=["']?(\d{2,5})\b/.exec(command);
    if (env)
        return { port: Number(env[1]), source: `PORT=${env[1]}`, literal: true };
    const flag = /(?:^|\s)(?:-p|--port)(?:\s+|=)["']?(\d{2,5})\b/.exec(command);
    if (flag)
        return { port: Number(flag[1]), source: flag[0].trim().replace(/["']/g, ''), literal: true };
    for (const [re, port, source] of FRAMEWORK_DEFAULTS)
        if (re.test(command))
            return { port, source, literal: false };
    return undefined;
}
/** `npm run start`, `pnpm start`, `yarn start`, `bun run start`, `npm start` → 'start'. */
function scriptNameOf(command) {
    const m = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)/.exec(command);
    if (!m)
        return undefined;
    const name = m[1];
    if (['install', 'ci', 'i', 'add', 'exec', 'x', 'test', 'audit', 'dlx', 'create'].includes(name))
        return name === 'test' ? 'test' : undefined;
    return name;
}
/** The port a command starts the app on, following `npm run <script>` into package.json scripts (one level deep). */
function resolveStartPort(command, scripts) {
    const direct = portFromCommand(command);
    if (direct?.literal)
        return direct;
    const name = scriptNameOf(command);
    if (name && scripts[name]) {
        const viaScript = portFromCommand(scripts[name]);
        if (viaScript)
            return { ...viaScript, script: name };
    }
    return direct;
}
/** Ports named in URLs of a text: http://localhost:3000/path → 3000 (default 80/443 when absent). */
function localUrlPorts(text) {
    const out = [];
    const re = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d{2,5}))?[^\s"'`,)\]]*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push({ url: m[0], port: m[1] ? Number(m[1]) : m[0].startsWith('https') ? 443 : 80, index: m.index });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lib/node-app/port.ts



// Server frameworks before build tools: an Express app with vite in devDependencies serves on 3000.
const FRAMEWORK_PORTS = [
    ['next', 3000],
    ['nuxt', 3000],
    ['@remix-run/serve', 3000],
    ['astro', 4321],
    ['@sveltejs/kit', 5173],
    ['@angular/core', 4200],
    ['gatsby', 9000],
    ['express', 3000],
    ['fastify', 3000],
    ['koa', 3000],
    ['vite', 5173],
];
/** The start command as written: the package's start script, else `node <main>`, else `node server.js`. */
function startScriptOf(source, pkg) {
    return (pkg.scripts.start ??
        (pkg.main ? `node ${pkg.main}` : source.exists(at(pkg.dir, 'server.js')) ? 'node server.js' : ''));
}
function appPort(source, pkg, sources, options = {}) {
    const command = options.command || (pkg ? startScriptOf(source, pkg) : '');
    const fromCommand = portFromCommand(command);
    if (fromCommand?.literal)
        return { port: fromCommand.port, reason: `the start command sets it (${fromCommand.source})`, literal: true };
    if (/^\d{2,5}$/.test(options.env?.PORT ?? ''))
        return { port: Number(options.env.PORT), reason: 'PORT in input `env`', literal: true };
    const dot = /^\s*(?:export\s+)?PORT\s*=\s*["']?(\d{2,5})/m.exec(source.read(at(pkg?.dir ?? '', '.env')) ?? '');
    if (dot)
        return { port: Number(dot[1]), reason: 'PORT in .env', literal: true };
    for (const file of scanOrder(sources)) {
        const text = source.read(file) ?? '';
        const code = /PORT\s*(?:\|\||\?\?)\s*['"]?(\d{2,5})/.exec(text) ?? /\.listen\(\s*(?:\{\s*port\s*:\s*)?(\d{2,5})\b/.exec(text);
        if (code)
            return { port: Number(code[1]), reason: `${file} (${code[0].trim()})`, literal: true };
    }
    if (fromCommand)
        return { port: fromCommand.port, reason: fromCommand.source, literal: false };
    const deps = allDependencies(pkg);
    for (const [name, port] of FRAMEWORK_PORTS)
        if (deps[name])
            return { port, reason: `${name}'s default`, literal: false };
    return undefined;
}

;// CONCATENATED MODULE: ./src/lighthouse/start-command.ts
// What starts the app: the `start-command` input as a shell line, or else the package's start
// script through the package manager the repository uses; and a static guess of its port, which is
// only ever a fallback to what /proc shows (reported as a guess).





/** The folder's package.json; invalid JSON is a one-line error naming the input. */
function readAppPackageJson(dir) {
    return readPackage(diskSource(dir), '', 'input `working-directory`');
}
function resolveStartCommand(input, dir, pkg) {
    // The input is a command line by contract (like a workflow `run:`): it goes to sh as one argument.
    if (input)
        return { file: 'sh', args: ['-c', input], display: input };
    if (!pkg?.scripts?.start) {
        throw new errors/* ConfigurationError */.j(`input \`start-command\` is required: ${pkg ? 'package.json has no start script' : 'there is no package.json'} in ${dir}`);
    }
    const pm = detectPackageManager(diskSource(dir), '', pkg).manager;
    return { file: pm, args: ['run', 'start'], display: `${pm} run start` };
}
/** A static guess of the port (src/lib/node-app/port.ts): the start command, PORT in `env`, .env, the code, framework defaults. */
function guessPort(dir, command, env, pkg) {
    const source = diskSource(dir);
    return appPort(source, pkg, appSourcesIn(source.list(), ''), { command, env });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/lighthouse/static-server.ts
// static-dir: a built static site (Vite, Astro, Next export…) served by the action itself on a free
// loopback port for the audits: index.html for folders, clean URLs (/about → about.html), the
// site's 404.html, gzip for text like any static host. Nothing outside the folder is ever served,
// symlinks included (the repository is untrusted).





const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.htm': 'text/html; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.json': 'application/json',
    '.map': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.txt': 'text/plain; charset=utf-8',
    '.xml': 'application/xml',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.webp': 'image/webp',
    '.avif': 'image/avif',
    '.ico': 'image/x-icon',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;
/** The file a URL path maps to inside root, or undefined (outside root, or absent). */
function resolveStaticPath(root, urlPath) {
    let decoded;
    try {
        decoded = decodeURIComponent(urlPath);
    }
    catch {
        return undefined;
    }
    if (decoded.includes('\0'))
        return undefined;
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const base = (0,external_node_path_.join)(realRoot, decoded);
    const candidates = decoded.endsWith('/')
        ? [(0,external_node_path_.join)(base, 'index.html')]
        : [base, (0,external_node_path_.join)(base, 'index.html'), `${base}.html`];
    for (const candidate of candidates) {
        if (!(0,external_node_fs_.existsSync)(candidate))
            continue;
        const real = (0,external_node_fs_.realpathSync)(candidate);
        if (!(0,inside_root/* isInsideRoot */.X)(real, realRoot))
            return undefined;
        if ((0,external_node_fs_.statSync)(real).isFile())
            return real;
    }
    return undefined;
}
async function serveStatic(root) {
    const server = (0,external_node_http_.createServer)((req, res) => {
        if (req.method !== 'GET' && req.method !== 'HEAD')
            return void res.writeHead(405).end();
        const path = new URL(req.url ?? '/', 'http://static').pathname;
        let file = resolveStaticPath(root, path);
        let status = 200;
        if (!file) {
            status = 404;
            file = resolveStaticPath(root, '/404.html');
            if (!file)
                return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        }
        const type = TYPES[(0,external_node_path_.extname)(file).toLowerCase()] ?? 'application/octet-stream';
        const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        res.writeHead(status, {
            'content-type': type,
            'cache-control': 'no-cache',
            vary: 'accept-encoding',
            ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': (0,external_node_fs_.statSync)(file).size }),
        });
        if (req.method === 'HEAD')
            return void res.end();
        // Checked as a regular file inside the root above; opened so a swap for a link or FIFO since cannot block or lead out.
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        }
        catch {
            return void res.destroy();
        }
        if (!(0,external_node_fs_.fstatSync)(fd).isFile()) {
            (0,external_node_fs_.closeSync)(fd);
            return void res.destroy();
        }
        const stream = (0,external_node_fs_.createReadStream)('', { fd });
        stream.on('error', () => res.destroy());
        (gzip ? stream.pipe((0,external_node_zlib_.createGzip)()) : stream).pipe(res);
    });
    await new Promise((done, fail) => {
        server.once('error', fail);
        server.listen(0, '127.0.0.1', done);
    });
    const port = server.address().port;
    return {
        origin: `http://127.0.0.1:${port}`,
        port,
        close: () => new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
        }),
    };
}

;// CONCATENATED MODULE: ./src/lib/markdown.ts
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

;// CONCATENATED MODULE: ./src/lighthouse/summary.ts
// The job summary, from the same result object the outputs come from: how the app was reached
// (port, mismatch), a table of scores per path, and pass or fail per budget.



const TITLES = {
    performance: 'Performance',
    accessibility: 'Accessibility',
    'best-practices': 'Best practices',
    seo: 'SEO',
};
function renderSummary(result) {
    const failed = result.checks.filter((c) => !c.passed && c.budget.level === 'error');
    const regressed = result.deltas?.filter((d) => d.regressed) ?? [];
    const out = [`## Lighthouse: ${result.target.url}`, ''];
    if (result.deltas)
        out.push(regressed.length
            ? `❌ **${regressed.length} score${regressed.length > 1 ? 's' : ''} regressed** against the base`
            : '✅ **No regression** against the base', '');
    if (result.checks.length)
        out.push(`${failed.length ? '❌' : '✅'} **${failed.length ? `${failed.length} budget${failed.length > 1 ? 's' : ''} missed` : 'All budgets met'}**`, '');
    const t = result.target;
    if (t.started) {
        const how = t.choice?.source === 'guess'
            ? `guessed (${t.guessReason ?? 'expected port'}; not seen in /proc)`
            : 'detected from the process tree';
        out.push(`Started ${codeSpan(t.started)}; port **${t.choice?.port}** ${how}.`);
        if (t.choice?.mismatch)
            out.push('', `⚠️ **${mismatchMessage(t.choice)}**: audited port ${t.choice.mismatch.actual}.`);
        if (t.notHttp.length)
            out.push('', `Also listening, not HTTP: ${t.notHttp.join(', ')}.`);
        out.push('');
    }
    if (t.served)
        out.push(`Served the static folder ${codeSpan(t.served)} on ${new URL(t.url).origin}.`, '');
    out.push(`${result.preset} preset, median of ${result.runs} run${result.runs > 1 ? 's' : ''} per path.`, '');
    const cats = lighthouse_scores/* CATEGORIES */.R6.filter((c) => result.categories.includes(c));
    const showMetrics = result.categories.includes('performance');
    out.push(table(['Path', ...cats.map((c) => TITLES[c]), ...(showMetrics ? ['LCP', 'TBT', 'CLS'] : [])], result.pages.map((p) => [
        codeSpan(p.path),
        ...cats.map((c) => p.scores[c] ?? '–'),
        ...(showMetrics
            ? ['lcp', 'tbt', 'cls'].map((m) => p.metrics[m] === undefined ? '–' : (0,lighthouse_scores/* formatMetric */.gI)(lighthouse_scores/* METRICS */.Cb[m], p.metrics[m]))
            : []),
    ])), '');
    if (result.checks.length) {
        out.push('### Budgets', '');
        out.push(table(['Path', 'Budget', 'Measured', 'Result'], result.checks.map((c) => [
            codeSpan(c.path),
            `${c.budget.label} ${c.bound === 'max' ? `≤ ${(0,lighthouse_scores/* formatMetric */.gI)(c.budget.id, c.limit)}` : `≥ ${c.limit}`}`,
            c.value === undefined ? 'not measured' : c.bound === 'max' ? (0,lighthouse_scores/* formatMetric */.gI)(c.budget.id, c.value) : c.value,
            c.passed ? '✅ pass' : c.budget.level === 'warn' ? '⚠️ warn' : '❌ fail',
        ])), '');
    }
    if (result.deltas)
        out.push(...renderDeltas(result.deltas, cats));
    if (result.ignoredAssertions.length)
        out.push(`Not enforced from the lighthouserc: ${result.ignoredAssertions.join(', ')}.`, '');
    out.push(`Reports (HTML and JSON) are in ${codeSpan(result.reportDir)}.`);
    return out.join('\n');
}
const signed = (n) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
/** One row per page, one cell per category: base → now (delta), marked when past max-regression. */
function renderDeltas(deltas, cats) {
    const paths = [...new Set(deltas.map((d) => d.path))];
    const cell = (d) => {
        if (!d)
            return '–';
        if (d.delta === undefined)
            return d.base === undefined ? `${d.current ?? '–'} (not in base)` : `${d.current ?? '–'}`;
        return `${d.base} → ${d.current} (${signed(d.delta)})${d.regressed ? ' ❌' : ''}`;
    };
    const allowed = cats.map((c) => `${TITLES[c]} ${deltas.find((d) => d.category === c)?.allowed ?? 0}`).join(', ');
    return [
        '### Compared with the base',
        '',
        table(['Path', ...cats.map((c) => TITLES[c])], paths.map((p) => [codeSpan(p), ...cats.map((c) => cell(deltas.find((d) => d.path === p && d.category === c)))])),
        '',
        `Points a category may drop before the step fails (max-regression): ${allowed}.`,
        '',
    ];
}

;// CONCATENATED MODULE: ./src/lighthouse/main.ts
// The Lighthouse action: start the app (unless `url` is external or start-command is none), find the port it really listens
// on, wait for HTTP — or serve `static-dir` itself — then log in (headers, login-script), audit every
// path in one browser, check budgets and regressions against `base-scores`, and write reports,
// summary, annotations and outputs. The app's process group is stopped on every exit path.























async function run(given) {
    const inputs = given ?? (await (0,lighthouse_inputs/* getInputs */.G)());
    (0,budgets/* checkBudgetsMeasurable */.eJ)(inputs.budgets.budgets, inputs.categories);
    for (const ignored of inputs.budgets.ignored)
        runner/* warning */.$e(`lighthouserc: not enforced by this action: ${ignored}`);
    const chromePath = findChrome(inputs.chromePath);
    const api = await (0,action/* timedStep */._J)('Install Lighthouse', () => loadLighthouse());
    runner/* info */.pq(`Lighthouse ${api.value.version}, ${chromePath}`);
    let app;
    let site;
    try {
        const target = { url: '', notHttp: [] };
        let origin;
        if (inputs.auditAsGiven && inputs.url) {
            origin = new URL(inputs.url.href).origin;
            target.url = inputs.url.href;
            runner/* info */.pq(`auditing ${inputs.url.href} as given; no server is started`);
        }
        else if (inputs.staticDir) {
            site = await serveStatic(inputs.staticDir);
            origin = site.origin;
            target.url = `${origin}${inputs.paths[0]}`;
            target.served = (0,external_node_path_.relative)(inputs.workspace, inputs.staticDir) || '.';
            runner/* info */.pq(`serving ${inputs.staticDir} on ${origin}`);
        }
        else {
            const pkg = readAppPackageJson(inputs.workingDirectory);
            const command = resolveStartCommand(inputs.startCommand, inputs.workingDirectory, pkg);
            const guess = guessPort(inputs.workingDirectory, inputs.startCommand, inputs.env, pkg);
            const ready = await (0,action/* timedStep */._J)(`Start the app (${command.display})`, async () => {
                const busyBefore = listeningPortsNow();
                app = startProcessGroup(command.file, command.args, {
                    cwd: inputs.workingDirectory,
                    env: inputs.env,
                    onLine: (line) => runner/* info */.pq(line),
                });
                runner/* info */.pq(`started in process group ${app.pid}; waiting up to ${inputs.startTimeoutMs / 1000} s for HTTP`);
                try {
                    return await waitUntilReady(app, {
                        expected: inputs.expectedPort,
                        guess: guess?.port,
                        strict: inputs.strictPort,
                        busyBefore,
                        timeoutMs: inputs.startTimeoutMs,
                    });
                }
                catch (error) {
                    if (error instanceof AppStartError && error.lastLines.length)
                        runner/* error */.z3(`the app's last output:\n${error.lastLines.slice(-15).join('\n')}`);
                    throw error;
                }
            });
            const { choice } = ready.value;
            origin = ready.value.origin;
            Object.assign(target, {
                url: `${origin}${inputs.paths[0]}`,
                started: command.display,
                choice,
                guessReason: guess?.reason,
                notHttp: choice.notHttp,
            });
            runner/* info */.pq(`the app answers HTTP on port ${choice.port} (${choice.source === 'guess' ? `a guess: ${guess?.reason}` : 'detected from /proc'}) after ${(ready.ms / 1000).toFixed(1)} s`);
            if (choice.notHttp.length)
                runner/* info */.pq(`also listening, not HTTP: ${choice.notHttp.join(', ')}`);
            if (choice.mismatch)
                runner/* warning */.$e(`${mismatchMessage(choice)}; auditing port ${choice.port} (set strict-port: true to fail instead)`);
        }
        const pages = inputs.auditAsGiven && inputs.url && inputs.paths.length === 1 && inputs.paths[0] === '/'
            ? [{ path: new URL(inputs.url.href).pathname, url: inputs.url.href }]
            : inputs.paths.map((path) => ({ path, url: new URL(path, origin).href }));
        const audits = await (0,action/* timedStep */._J)(`Audit ${pages.length} path${pages.length > 1 ? 's' : ''} × ${inputs.runs} run${inputs.runs > 1 ? 's' : ''} (${inputs.preset})`, () => auditPages(api.value, {
            pages,
            runs: inputs.runs,
            preset: inputs.preset,
            categories: inputs.categories,
            chromePath,
            reportDir: inputs.reportDir,
            extraHeaders: inputs.headers,
            beforeAudits: inputs.loginScript
                ? (port) => {
                    runner/* info */.pq(`running login-script ${inputs.loginScript}`);
                    return (0,login/* runLoginScript */.qK)(inputs.loginScript, () => api.value.connectBrowser(port), {
                        url: pages[0].url,
                        origin,
                    });
                }
                : undefined,
        }));
        await app?.stop();
        await site?.close();
        const scores = audits.value.map((a) => (0,lighthouse_scores/* pageScores */.Pb)(a, a.lhr));
        const checks = (0,budgets/* evaluateBudgets */.A1)(audits.value.map((a) => ({ path: a.path, lhr: a.lhr })), inputs.budgets.budgets);
        // Paths inside the workspace are shown relative to it (annotations need that); others as they are.
        const shown = (path) => (0,external_node_path_.relative)(inputs.workspace, path).startsWith('..') ? path : (0,external_node_path_.relative)(inputs.workspace, path).replace(/\\/g, '/');
        const deltas = inputs.baseScores
            ? (0,regression/* compareScores */.fW)(scores, inputs.baseScores, inputs.maxRegression, inputs.categories)
            : undefined;
        const reports = new Map(audits.value.map((a) => [a.path, shown(a.htmlReport)]));
        const findings = [
            ...(0,budgets/* budgetFindings */.As)(checks, reports, (source) => (source.startsWith('input') ? undefined : shown(source))),
            ...(0,regression/* regressionFindings */.y5)(deltas ?? [], reports),
        ];
        const result = {
            target,
            deltas,
            preset: inputs.preset,
            runs: inputs.runs,
            categories: inputs.categories,
            pages: scores,
            checks,
            ignoredAssertions: inputs.budgets.ignored,
            reportDir: inputs.reportDir,
        };
        writeOutputs(result, inputs);
        if (findings.length)
            writeJson((0,external_node_path_.join)(inputs.reportDir, 'budgets.sarif'), toSarif({
                name: 'shipshape-lighthouse',
                version: api.value.version,
                informationUri: 'https://github.com/GoogleChrome/lighthouse',
            }, findings));
        annotateFindings(findings);
        await writeJobSummary(renderSummary(result));
        const missed = checks.filter((c) => !c.passed && c.budget.level === 'error');
        const regressed = deltas?.filter((d) => d.regressed) ?? [];
        const failures = [
            missed.length && `Lighthouse budgets missed: ${missed.map((c) => `${c.path} ${c.text}`).join('; ')}`,
            regressed.length && `Lighthouse scores regressed: ${regressed.map(regression/* regressionMessage */.b_).join('; ')}`,
        ].filter(Boolean);
        if (failures.length)
            runner/* setFailed */.C1(failures.join('. '));
    }
    finally {
        if (app) {
            await app.stop().catch((error) => runner/* warning */.$e(`could not stop the app: ${(0,errors/* errorMessage */.g)(error)}`));
        }
        await site?.close().catch(() => undefined);
    }
}
function writeOutputs(result, inputs) {
    const first = result.pages[0];
    runner/* setOutput */.uH('url', first?.url ?? result.target.url);
    runner/* setOutput */.uH('port', result.target.choice?.port ?? (new URL(result.target.url).port || ''));
    runner/* setOutput */.uH('port-mismatch', String(Boolean(result.target.choice?.mismatch)));
    for (const c of lighthouse_scores/* CATEGORIES */.R6)
        runner/* setOutput */.uH(c, first?.scores[c] ?? '');
    runner/* setOutput */.uH('scores-json', JSON.stringify(result.pages.map((p) => ({ path: p.path, url: p.url, ...p.scores, metrics: p.metrics }))));
    runner/* setOutput */.uH('report-dir', inputs.reportDir);
}


/***/ })

};
;