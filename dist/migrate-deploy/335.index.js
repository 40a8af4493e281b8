"use strict";
exports.id = 335;
exports.ids = [335];
exports.modules = {

/***/ 1335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/lib/runner.ts
var runner = __webpack_require__(9445);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
;// CONCATENATED MODULE: ./src/migrate-deploy/connection.ts
// The one way migrate-deploy reaches the database: a session with a connect timeout and a query
// timeout, for PostgreSQL (pg) and MySQL/MariaDB (mysql2, loaded only when the URL is mysql:// or
// mariadb://). The lock, the pending list, the backup's restore and the preflight all use it.

const CONNECT_TIMEOUT_MS = 10000;
/** A query the release waits on (never the migration itself, which runs in the tool). */
const QUERY_TIMEOUT_MS = 60000;
/** Thrown when the server cannot be reached or refuses the login; `code` is the driver's (ECONNREFUSED…). */
class ConnectError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'ConnectError';
    }
}
async function connect(db) {
    if (db.kind === 'postgres')
        return connectPostgres(db);
    if (db.kind === 'mysql')
        return connectMysql(db);
    throw new Error(`no database session for ${db.kind}`);
}
async function connectPostgres(db) {
    const client = new esm/* default.Client */.Ay.Client({
        connectionString: db.url,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        query_timeout: QUERY_TIMEOUT_MS,
    });
    try {
        await client.connect();
    }
    catch (error) {
        await client.end().catch(() => undefined);
        throw asConnectError(error);
    }
    const session = {
        kind: 'postgres',
        async query(sql, params) {
            return (await client.query(sql, params)).rows;
        },
        async tableExists(table) {
            const rows = await session.query('SELECT to_regclass($1)::text AS t', [table]);
            return rows[0]?.t != null;
        },
        ident: (name) => esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name),
        end: () => client.end().catch(() => undefined),
    };
    return session;
}
async function connectMysql(db) {
    // Loaded here only: a PostgreSQL or SQLite release never pays for the MySQL driver.
    const mysql = await __webpack_require__.e(/* import() */ 588).then(__webpack_require__.t.bind(__webpack_require__, 7588, 19));
    let conn;
    try {
        conn = await mysql.createConnection({
            host: db.host,
            port: db.port,
            user: db.user,
            password: db.password,
            database: db.database,
            connectTimeout: CONNECT_TIMEOUT_MS,
            ssl: mysqlSsl(db.url),
            multipleStatements: false,
        });
    }
    catch (error) {
        throw asConnectError(error);
    }
    const session = {
        kind: 'mysql',
        async query(sql, params) {
            const [rows] = await conn.query({ sql, timeout: QUERY_TIMEOUT_MS }, params);
            return (Array.isArray(rows) ? rows : []);
        },
        async tableExists(table) {
            const rows = await session.query('SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?', [table]);
            return Number(rows[0]?.n) > 0;
        },
        ident: (name) => '`' + name.replace(/`/g, '``') + '`',
        end: () => conn.end().catch(() => undefined),
    };
    return session;
}
/** `?ssl-mode=REQUIRED` / `?sslmode=require` turn TLS on; the default is the server's plain port. */
function mysqlSsl(url) {
    let params;
    try {
        params = new URL(url).searchParams;
    }
    catch {
        return undefined;
    }
    const mode = (params.get('ssl-mode') ?? params.get('sslmode') ?? '').toLowerCase();
    if (!mode || mode === 'disabled' || mode === 'disable')
        return undefined;
    return { rejectUnauthorized: mode === 'verify_identity' || mode === 'verify-full' || mode === 'verify_ca' };
}
function asConnectError(error) {
    const e = error;
    const code = e.code ?? undefined;
    return new ConnectError(e.sqlMessage ?? e.message ?? String(error), code);
}

// EXTERNAL MODULE: ./src/lib/action.ts + 1 modules
var action = __webpack_require__(260);
;// CONCATENATED MODULE: ./src/migrate-deploy/backup-mysql.ts
// MySQL and MariaDB backups: mysqldump (or mariadb-dump) in one consistent transaction, verified by
// its completion trailer and by finding every table of the database in it; restored with the mysql
// client after dropping the tables the release added. The password reaches the client tools in an
// option file readable only by us (never argv), removed when they finish.





/** Option-file value: double-quoted, with backslash and quote escaped (the client's own syntax). */
const quoted = (value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
async function withOptionFile(db, fn) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,action/* runnerTemp */.X5)(), 'shipshape-my-'));
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    const file = (0,external_node_path_.join)(dir, 'client.cnf');
    const lines = ['[client]', `host=${quoted(db.host ?? '127.0.0.1')}`, `port=${db.port ?? 3306}`];
    if (db.user)
        lines.push(`user=${quoted(db.user)}`);
    if (db.password)
        lines.push(`password=${quoted(db.password)}`);
    // 127.0.0.1 or localhost: TCP all the same, never the server's Unix socket.
    lines.push('protocol=TCP');
    (0,external_node_fs_.writeFileSync)(file, lines.join('\n') + '\n', { mode: 0o600 });
    try {
        return await fn(file);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The first of these on PATH: MariaDB's names first, then MySQL's (Debian links both). */
async function clientTool(names) {
    for (const name of names) {
        const v = await runCommand(name, ['--version'], { allowFailure: true }).catch(() => undefined);
        if (v && v.exitCode === 0)
            return { file: name, mariadb: /mariadb/i.test(v.stdout) };
    }
    throw new Error(`none of ${names.join(', ')} is installed on this runner (install the MySQL or MariaDB client)`);
}
async function baseTables(db) {
    const session = await connect(db);
    try {
        const rows = await session.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'");
        return rows.map((r) => String(r.name));
    }
    finally {
        await session.end();
    }
}
async function dumpMysql(db, path) {
    const tool = await clientTool(['mariadb-dump', 'mysqldump']);
    await withOptionFile(db, (options) => runCommand(tool.file, [
        `--defaults-extra-file=${options}`,
        '--single-transaction',
        '--triggers',
        '--hex-blob',
        '--no-tablespaces',
        // MySQL 8's mysqldump asks a MariaDB server for column statistics it does not have.
        ...(tool.mariadb ? [] : ['--column-statistics=0']),
        `--result-file=${path}`,
        db.database,
    ]));
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    if (!/^-- Dump completed/m.test(text))
        throw new Error(`backup ${path} is incomplete: no completion trailer`);
    const tables = await baseTables(db);
    const missing = tables.filter((t) => !text.includes(`CREATE TABLE \`${t.replace(/`/g, '``')}\``));
    if (missing.length)
        throw new Error(`backup ${path} lacks table(s) ${missing.join(', ')}; it cannot be restored`);
    return { bytes: (0,external_node_fs_.statSync)(path).size, entries: tables.length };
}
async function restoreMysql(db, path) {
    const dump = (0,external_node_fs_.readFileSync)(path);
    const text = dump.toString('utf8');
    // The dump drops and recreates its own tables; tables the release added are not in it.
    const session = await connect(db);
    try {
        const added = (await baseTables(db)).filter((t) => !text.includes(`CREATE TABLE \`${t.replace(/`/g, '``')}\``));
        if (added.length) {
            await session.query('SET FOREIGN_KEY_CHECKS = 0');
            for (const t of added)
                await session.query(`DROP TABLE IF EXISTS ${session.ident(t)}`);
        }
    }
    finally {
        await session.end();
    }
    const tool = await clientTool(['mariadb', 'mysql']);
    await withOptionFile(db, (options) => runCommand(tool.file, [`--defaults-extra-file=${options}`, '--binary-mode', db.database], { stdin: dump }));
}

// EXTERNAL MODULE: ./src/migrate-deploy/database-url.ts
var database_url = __webpack_require__(7070);
;// CONCATENATED MODULE: ./src/migrate-deploy/backup.ts
// A consistent backup before migrating, verified before anyone relies on it, and the restore.
// PostgreSQL: pg_dump custom format, verified by listing its table of contents with pg_restore.
// MySQL and MariaDB: mysqldump, verified in backup-mysql.ts.
// SQLite: the online backup API (`.backup`), verified with PRAGMA integrity_check.






/** A folder (existing, or ending in /) gets a timestamped file inside it; anything else is the file. */
function backupFile(backupPath, db, now = new Date()) {
    const isDir = backupPath.endsWith('/') || ((0,external_node_fs_.existsSync)(backupPath) && (0,external_node_fs_.statSync)(backupPath).isDirectory());
    if (!isDir)
        return backupPath;
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const name = db.kind === 'sqlite' ? (0,external_node_path_.basename)(db.file).replace(/\.[^.]*$/, '') : db.database;
    const ext = db.kind === 'sqlite' ? 'sqlite' : db.kind === 'mysql' ? 'sql' : 'dump';
    return (0,external_node_path_.join)(backupPath, `${name}-${stamp}.${ext}`);
}
async function createBackup(db, path) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    if (db.kind === 'postgres') {
        const env = (0,database_url/* pgEnvironment */.x_)(db);
        await runCommand('pg_dump', ['--format=custom', '--no-owner', '--file', path], { env });
        const toc = await runCommand('pg_restore', ['--list', path]);
        const entries = toc.stdout.split('\n').filter((l) => l.trim() && !l.startsWith(';')).length;
        if (!entries && !toc.stdout.includes('Archive created'))
            throw new Error(`backup ${path} has no table of contents; it cannot be restored`);
        return { path, bytes: (0,external_node_fs_.statSync)(path).size, entries };
    }
    if (db.kind === 'mysql')
        return { path, ...(await dumpMysql(db, path)) };
    if (db.kind === 'sqlite') {
        if (!(0,external_node_fs_.existsSync)(db.file))
            return { path: '', bytes: 0, entries: 0 }; // nothing to back up yet
        await runCommand('sqlite3', [db.file, `.backup '${path.replace(/'/g, "''")}'`]);
        const check = await runCommand('sqlite3', [path, 'PRAGMA integrity_check;']);
        if (check.stdout.trim() !== 'ok')
            throw new Error(`backup ${path} failed its integrity check: ${check.stdout.trim()}`);
        return { path, bytes: (0,external_node_fs_.statSync)(path).size, entries: 1 };
    }
    throw new Error(`backups of ${db.kind} databases are not supported yet; take one with your provider before migrating`);
}
async function restoreBackup(db, backup) {
    if (!backup.path)
        return;
    if (db.kind === 'postgres') {
        // Tables the release added are not in the dump, so --clean would leave them: drop them first.
        const toc = await runCommand('pg_restore', ['--list', backup.path]);
        const dumped = new Set([...toc.stdout.matchAll(/^\d+; \d+ \d+ TABLE (\S+) (\S+) /gm)].map((m) => `${m[1]}.${m[2]}`));
        const session = await connect(db);
        try {
            const rows = await session.query("SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");
            for (const t of rows.filter((r) => !dumped.has(`${r.schemaname}.${r.tablename}`))) {
                await session.query(`DROP TABLE IF EXISTS ${session.ident(t.schemaname)}.${session.ident(t.tablename)} CASCADE`);
            }
        }
        finally {
            await session.end();
        }
        // --clean drops what the release changed, then recreates the backed-up objects and rows.
        await runCommand('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', db.database, backup.path], { env: (0,database_url/* pgEnvironment */.x_)(db) });
        return;
    }
    if (db.kind === 'mysql')
        return restoreMysql(db, backup.path);
    if (db.kind === 'sqlite') {
        await runCommand('sqlite3', [db.file, `.restore '${backup.path.replace(/'/g, "''")}'`]);
    }
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

;// CONCATENATED MODULE: ./src/migrate-deploy/deploy.ts
// Deploying: the user's deploy-command, a deploy hook URL (Render, Railway, any POST endpoint),
// or a built-in target (fly, cloudflare, vercel). Hook URLs are secrets and are masked.





async function deploy(plan, cwd, env) {
    switch (plan.kind) {
        case 'none':
            return 'nothing to deploy (no deploy-command, deploy-hook-url or deploy-target)';
        case 'command':
            // The workflow author's own command line, run by bash like a `run:` step; secrets reach it by env.
            await runCommand('bash', ['-c', plan.command], { cwd, env, onLine: (line) => runner/* info */.pq(line) });
            return 'deploy-command succeeded';
        case 'target':
            await runCommand(plan.argv[0], plan.argv.slice(1), { cwd, env, onLine: (line) => runner/* info */.pq(line) });
            return `${plan.target} deploy succeeded`;
        case 'hook': {
            const { url, headers } = hookRequest(plan.url);
            let response;
            try {
                response = await fetchWithRetry(url, { method: 'POST', headers }, {
                    attempts: 3,
                    baseDelayMs: 1000,
                    onRetry: (n, why, ms) => runner/* info */.pq((0,redact/* redact */.E$)(`deploy hook attempt ${n} failed (${why}); retrying in ${ms} ms`)),
                }, 'deploy hook');
            }
            catch (error) {
                throw new Error((0,redact/* redact */.E$)((0,errors/* errorMessage */.g)(error)));
            }
            // The body is never shown: servers echo the request ("Cannot POST /deploy/<token>?key=…").
            await response.body?.cancel();
            if (!response.ok)
                throw new Error(`deploy hook answered HTTP ${response.status}; the response body is not shown because it may repeat the hook's secret URL`);
            return `deploy hook answered HTTP ${response.status}`;
        }
    }
}
/** fetch refuses a URL with userinfo: the credentials go as Basic authorization instead. */
function hookRequest(raw) {
    const url = new URL(raw);
    if (!url.username && !url.password)
        return { url: raw, headers: {} };
    const basic = Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64');
    (0,redact/* registerSecret */.cl)(basic);
    url.username = '';
    url.password = '';
    return { url: url.toString(), headers: { authorization: `Basic ${basic}` } };
}

// EXTERNAL MODULE: ./node_modules/pgsql-ast-parser/index.js
var pgsql_ast_parser = __webpack_require__(1642);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/lib/inside-root.ts
var inside_root = __webpack_require__(8296);
;// CONCATENATED MODULE: ./src/lib/read-inside.ts
// Reading a file an input names when the path may lie in the checked-out tree (a budgets file, a
// .dockerignore, a report): a link is followed only to a target inside the workspace, a FIFO or
// device is never opened (so nothing blocks), and the size is capped. The answer is the text or one
// line saying why not, for the caller to fail closed with.




/**
 * `path`'s UTF-8 text. A path inside `root` (the workspace) may be reached through links that stay
 * inside it; a path outside it (one the workflow names, e.g. under the runner's temp folder) is
 * opened as given, never through a link.
 */
function readTextInside(path, root, maxBytes) {
    let target = (0,external_node_path_.resolve)(path);
    if (root !== undefined && isLexicallyInside(root, target)) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(target);
        }
        catch (error) {
            const code = error.code;
            return { refused: code === 'ENOENT' ? describeMissing(target) : `cannot be resolved (${code ?? 'error'})` };
        }
        const realRoot = (0,external_node_fs_.realpathSync)(root);
        if (!(0,inside_root/* isInsideRoot */.X)(real, realRoot))
            return { refused: 'a symbolic link (or a folder linked) out of the workspace' };
        target = real;
    }
    const read = (0,safe_read/* readRegularFile */.XF)(target, maxBytes);
    if ('refused' in read)
        return {
            refused: read.refused === 'not read: ENOENT' ? 'does not exist' : read.refused.replace(/^not read: /, ''),
        };
    return { text: read.bytes.toString('utf8').replace(/^\uFEFF/, '') };
}
/** True when something (a file, a link, a FIFO...) is at the path: lstat only, nothing opened or followed. */
function existsNoFollow(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
function describeMissing(path) {
    return existsNoFollow(path) ? 'a broken symbolic link' : 'does not exist';
}
function isLexicallyInside(root, path) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !rel.startsWith(external_node_path_.sep));
}

;// CONCATENATED MODULE: ./src/migrate-deploy/destructive.ts
// The destructive-change check (what Atlas's migrate lint does): the SQL of each pending migration,
// read with a real parser (pgsql-ast-parser for PostgreSQL, node-sql-parser's MySQL grammar for
// MySQL and MariaDB), and every statement that drops a table or column, renames one, or adds a
// NOT NULL column without a default listed. Migrations in JavaScript, and SQL the parser cannot
// read, are listed as not checked rather than passed silently.




/** The part of a migration file that runs on the way up (dbmate and node-pg-migrate mark it). */
function upSql(text, tool) {
    const markers = {
        dbmate: { up: /^--\s*migrate:up\b.*$/m, down: /^--\s*migrate:down\b.*$/m },
        'node-pg-migrate': { up: /^--\s*Up Migration\b.*$/im, down: /^--\s*Down Migration\b.*$/im },
    };
    const m = markers[tool];
    if (!m)
        return text;
    const up = m.up.exec(text);
    const start = up ? up.index + up[0].length : 0;
    const rest = text.slice(start);
    const down = m.down.exec(rest);
    return down ? rest.slice(0, down.index) : rest;
}
const MAX_MIGRATION_BYTES = 16 * 1024 * 1024;
async function checkDestructive(pending, tool, kind) {
    const report = { changes: [], unchecked: [] };
    const classify = kind === 'mysql' ? await mysqlClassifier() : postgresChanges;
    for (const m of pending) {
        if (!/\.sql$/i.test(m.path)) {
            report.unchecked.push({ migration: m.id, reason: `${(0,external_node_path_.basename)(m.path)} is code, not SQL` });
            continue;
        }
        // A migration is the repository's file: never through a link, never blocking on a FIFO.
        const read = readTextInside(m.path, undefined, MAX_MIGRATION_BYTES);
        if ('refused' in read) {
            report.unchecked.push({ migration: m.id, reason: `unreadable: ${read.refused}` });
            continue;
        }
        let sql;
        try {
            sql = upSql(read.text, tool);
        }
        catch (error) {
            report.unchecked.push({ migration: m.id, reason: `unreadable: ${error.message}` });
            continue;
        }
        try {
            for (const change of classify(sql))
                report.changes.push({ migration: m.id, change });
        }
        catch (error) {
            const first = String(error.message ?? error).split('\n')[0];
            report.unchecked.push({ migration: m.id, reason: `the SQL parser could not read it (${first.slice(0, 160)})` });
        }
    }
    return report;
}
const pgName = (n) => (n.schema ? `${n.schema}.${n.name}` : n.name);
function postgresChanges(sql) {
    const out = [];
    for (const st of (0,pgsql_ast_parser.parse)(sql)) {
        if (st.type === 'drop table')
            out.push(`DROP TABLE ${st.names.map(pgName).join(', ')}`);
        if (st.type !== 'alter table')
            continue;
        const table = pgName(st.table);
        for (const c of st.changes) {
            if (c.type === 'drop column')
                out.push(`DROP COLUMN ${table}.${c.column.name}`);
            else if (c.type === 'rename')
                out.push(`RENAME TABLE ${table} TO ${c.to.name}`);
            else if (c.type === 'rename column')
                out.push(`RENAME COLUMN ${table}.${c.column.name} TO ${c.to.name}`);
            else if (c.type === 'alter column' && c.alter.type === 'set not null')
                out.push(`SET NOT NULL on ${table}.${c.column.name}`);
            else if (c.type === 'add column') {
                const kinds = (c.column.constraints ?? []).map((k) => k.type);
                const serial = /serial$/i.test(c.column.dataType.name ?? '');
                if ((kinds.includes('not null') || kinds.includes('primary key')) && !kinds.includes('default') && !serial)
                    out.push(`ADD COLUMN ${table}.${c.column.name.name} NOT NULL without a default`);
            }
        }
    }
    return out;
}
const myColumn = (r) => typeof r?.column === 'string' ? r.column : (r?.column?.expr?.value ?? String(r?.column ?? '?'));
async function mysqlClassifier() {
    // Only a MySQL release loads this grammar (a quarter of a megabyte).
    const mod = await __webpack_require__.e(/* import() */ 442).then(__webpack_require__.t.bind(__webpack_require__, 6442, 23));
    const Parser = mod.Parser ??
        mod.default.Parser;
    const parser = new Parser();
    return (sql) => {
        const ast = parser.astify(sql, { database: 'MySQL' });
        return mysqlChanges(Array.isArray(ast) ? ast : [ast]);
    };
}
function mysqlChanges(statements) {
    const out = [];
    for (const st of statements) {
        if (st.type === 'drop' && st.keyword === 'table')
            out.push(`DROP TABLE ${(st.name ?? []).map((n) => n.table).join(', ')}`);
        if (st.type === 'rename')
            for (const pair of (st.table ?? []))
                out.push(`RENAME TABLE ${pair[0]?.table} TO ${pair[1]?.table}`);
        if (st.type !== 'alter')
            continue;
        const table = (st.table ?? [])[0]?.table ?? '?';
        for (const a of st.expr ?? []) {
            const notNull = a.nullable?.type === 'not null' || Boolean(a.primary_key);
            const noDefault = a.default_val === undefined || a.default_val === null;
            if (a.action === 'drop' && a.resource === 'column')
                out.push(`DROP COLUMN ${table}.${myColumn(a.column)}`);
            else if (a.action === 'rename' && a.resource === 'table')
                out.push(`RENAME TABLE ${table} TO ${a.table}`);
            else if (a.action === 'rename' && a.resource === 'column')
                out.push(`RENAME COLUMN ${table}.${myColumn(a.old_column)} TO ${myColumn(a.column)}`);
            else if (a.action === 'change' && myColumn(a.old_column) !== myColumn(a.column))
                out.push(`RENAME COLUMN ${table}.${myColumn(a.old_column)} TO ${myColumn(a.column)}`);
            else if (a.action === 'add' && a.resource === 'column' && notNull && noDefault && !a.auto_increment)
                out.push(`ADD COLUMN ${table}.${myColumn(a.column)} NOT NULL without a default`);
            else if (a.action === 'modify' && notNull && noDefault)
                out.push(`SET NOT NULL on ${table}.${myColumn(a.column)}`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/migrate-deploy/detect-tool.ts + 4 modules
var detect_tool = __webpack_require__(962);
// EXTERNAL MODULE: ./src/migrate-deploy/inputs.ts + 3 modules
var migrate_deploy_inputs = __webpack_require__(9994);
;// CONCATENATED MODULE: ./src/migrate-deploy/lock.ts
// One release migrates a database at a time: an advisory lock held on its own session for the whole
// release (PostgreSQL pg_try_advisory_lock, MySQL/MariaDB GET_LOCK). A second run polls for it up
// to lock-timeout, then fails.


// Both runs must use the same key: derived from a fixed name inside the database.
const LOCK_NAME = 'shipshape:migrate-deploy';
async function acquireLock(db, timeoutMs, onWait) {
    const session = await connect(db);
    const sql = session.kind === 'postgres'
        ? {
            take: 'SELECT pg_try_advisory_lock(hashtext($1)) AS ok',
            free: 'SELECT pg_advisory_unlock(hashtext($1))',
        }
        : // MySQL lock names are per server, not per database: the database name keeps them apart.
            { take: 'SELECT GET_LOCK(CONCAT(?, DATABASE()), 0) AS ok', free: 'SELECT RELEASE_LOCK(CONCAT(?, DATABASE()))' };
    const key = session.kind === 'postgres' ? LOCK_NAME : `${LOCK_NAME}:`;
    const started = Date.now();
    let told = false;
    try {
        for (;;) {
            const rows = await session.query(sql.take, [key]);
            if (rows[0]?.ok === true || Number(rows[0]?.ok) === 1)
                break;
            if (Date.now() - started >= timeoutMs) {
                throw new Error(`another release holds the migration lock on this database; waited ${Math.round((Date.now() - started) / 1000)} s (lock-timeout)`);
            }
            if (!told)
                onWait?.();
            told = true;
            await sleep(500);
        }
    }
    catch (error) {
        await session.end();
        throw error;
    }
    return {
        waitedMs: Date.now() - started,
        async release() {
            // Closing the session releases the lock even if the unlock fails.
            await session.query(sql.free, [key]).catch(() => undefined);
            await session.end();
        },
    };
}

;// CONCATENATED MODULE: ./src/migrate-deploy/pending.ts
// Pending migrations: the migration files the tool's history table has not recorded yet.



const sqlFiles = (dir) => (0,external_node_fs_.readdirSync)(dir)
    .filter((f) => /\.sql$/.test(f))
    .sort();
const scriptFiles = (dir) => (0,external_node_fs_.readdirSync)(dir)
    .filter((f) => /\.(c|m)?(j|t)s$|\.sql$/.test(f))
    .sort();
const HISTORY = {
    dbmate: { table: 'schema_migrations', column: 'version', idOf: (f) => f.split('_')[0], files: sqlFiles },
    'node-pg-migrate': {
        table: 'pgmigrations',
        column: 'name',
        idOf: (f) => f.replace(/\.[^.]+$/, ''),
        files: scriptFiles,
    },
    prisma: {
        table: '_prisma_migrations',
        column: 'migration_name',
        idOf: (f) => f,
        files: (dir) => (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
            .sort(),
        source: (dir, entry) => (0,external_node_path_.join)(dir, entry, 'migration.sql'),
    },
    knex: { table: 'knex_migrations', column: 'name', idOf: (f) => f, files: scriptFiles },
};
/** Migrations not applied yet, or undefined when this tool's history cannot be read. */
async function listPending(plan, cwd, db) {
    const history = HISTORY[plan.tool];
    if (!history || !plan.migrationsDir || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, plan.migrationsDir)))
        return undefined;
    if (db.kind !== 'postgres' && db.kind !== 'mysql')
        return undefined;
    const dir = (0,external_node_path_.join)(cwd, plan.migrationsDir);
    const all = history
        .files(dir)
        .map((entry) => ({ id: history.idOf(entry), path: history.source?.(dir, entry) ?? (0,external_node_path_.join)(dir, entry) }));
    const session = await connect(db);
    try {
        if (!(await session.tableExists(history.table)))
            return all;
        const where = history.table === '_prisma_migrations' ? ' WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL' : '';
        const id = session.kind === 'postgres' ? `${history.column}::text` : `CAST(${history.column} AS CHAR)`;
        const rows = await session.query(`SELECT ${id} AS id FROM ${history.table}${where}`);
        const applied = new Set(rows.map((r) => String(r.id)));
        return all.filter((m) => !applied.has(m.id));
    }
    finally {
        await session.end();
    }
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

;// CONCATENATED MODULE: ./src/migrate-deploy/summary.ts
// The job summary: each phase with its result and time, then the pending migrations, the
// destructive changes found in them, and (dry run) the steps the release would take.

const ICON = { ok: '✅', failed: '❌', skipped: '⏭️' };
/** What a release with these inputs would do, step by step (no secret: the hook URL is never shown). */
function releasePlan(inputs, plan) {
    const db = inputs.database;
    const steps = [];
    if (db.kind === 'postgres' || db.kind === 'mysql')
        steps.push(`Lock: take the advisory lock (${db.kind === 'postgres' ? 'pg_try_advisory_lock' : 'GET_LOCK'}), waiting up to ${inputs.lockTimeoutMs / 1000} s`);
    const tool = db.kind === 'postgres' ? 'pg_dump' : db.kind === 'mysql' ? 'mysqldump' : 'sqlite3 .backup';
    steps.push(`Backup: ${tool} into ${codeSpan(inputs.backupPath)}, verified before migrating`);
    steps.push(`Migrate: ${codeSpan(plan.command.join(' '))} (${plan.tool})`);
    const d = inputs.deploy;
    steps.push(d.kind === 'command'
        ? `Deploy: ${codeSpan(d.command)}`
        : d.kind === 'hook'
            ? 'Deploy: POST the deploy hook (URL masked)'
            : d.kind === 'target'
                ? `Deploy: ${codeSpan(d.argv.join(' '))}`
                : 'Deploy: none (no deploy-command, deploy-hook-url or deploy-target)');
    if (inputs.healthUrl)
        steps.push(`Verify: poll ${codeSpan(inputs.healthUrl)} for up to ${inputs.healthTimeoutMs / 1000} s`);
    const rollback = [
        inputs.rollbackCommand && `run ${codeSpan(inputs.rollbackCommand)}`,
        inputs.restoreOnFailure && 'restore the backup',
    ].filter(Boolean);
    steps.push(`On a failed deploy or health check: ${rollback.length ? rollback.join(', then ') : 'nothing to roll back with'}`);
    return steps;
}
function renderSummary(database, phases, pending, verdict, extra = {}) {
    const out = ['## Migrate and deploy', '', `Database: \`${database}\``, '', verdict, ''];
    out.push(table(['Phase', 'Result', 'Time', 'Detail'], phases.map((p) => [p.name, `${ICON[p.result]} ${p.result}`, `${(p.ms / 1000).toFixed(1)} s`, p.detail])), '');
    if (pending)
        out.push(pending.length
            ? `Pending migrations before the release (${pending.length}): ${pending.map((m) => `\`${m}\``).join(', ')}`
            : 'No pending migrations.', '');
    const d = extra.destructive;
    if (d?.changes.length) {
        out.push('### Destructive changes', '');
        out.push(table(['Migration', 'Change'], d.changes.map((c) => [codeSpan(c.migration), c.change])), '');
    }
    if (d?.unchecked.length)
        out.push(`Not checked for destructive changes: ${d.unchecked.map((u) => `${codeSpan(u.migration)} (${u.reason})`).join(', ')}.`, '');
    if (extra.plan)
        out.push('### What the release would do', '', ...extra.plan.map((s, i) => `${i + 1}. ${s}`), '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/migrate-deploy/verify.ts
// Verification: poll the health URL until it answers 2xx (and, when asked, shows the expected
// JSON field value or text), bounded by health-timeout.

/** `field.path=value` checks a JSON field; anything else must appear in the body. */
function bodyMatches(body, expect) {
    if (!expect)
        return true;
    const field = /^([\w.-]+)=(.*)$/.exec(expect);
    if (field) {
        try {
            let value = JSON.parse(body);
            for (const key of field[1].split('.'))
                value = value?.[key];
            return String(value) === field[2];
        }
        catch {
            return false;
        }
    }
    return body.includes(expect);
}
async function waitHealthy(url, timeoutMs, expect, intervalMs = 1000) {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    for (;;) {
        try {
            const response = await fetch(url, {
                signal: AbortSignal.timeout(Math.min(10000, Math.max(1000, deadline - Date.now()))),
            });
            const body = await response.text();
            if (response.ok && bodyMatches(body, expect))
                return { healthy: true, status: String(response.status) };
            last = response.ok ? `${response.status}, body does not match \`${expect}\`` : String(response.status);
        }
        catch (error) {
            const cause = error instanceof Error && error.cause instanceof Error
                ? error.cause.message
                : error instanceof Error
                    ? error.message
                    : String(error);
            last = cause;
        }
        if (Date.now() + intervalMs > deadline)
            return { healthy: false, status: `timeout (last: ${last})` };
        await sleep(intervalMs);
    }
}

;// CONCATENATED MODULE: ./src/migrate-deploy/main.ts
// migrate-deploy: preflight, destructive-change check, lock, backup, migrate, deploy, verify —
// stopping at the first failure — and roll back (rollback-command, then the backup when
// restore-on-failure) when the deploy or its verification fails. A dry run stops after the check.
// Each phase is a step() of src/lib/action.ts: a log group, timed for the summary.

















async function run(inputs = (0,migrate_deploy_inputs/* getInputs */.G)()) {
    const phases = [];
    const out = { applied: 0, backupPath: '', deployed: false, rolledBack: false, health: '' };
    let pending;
    let destructive;
    let plannedSteps;
    let lock;
    let verdict = '';
    const phase = async (name, fn, describe) => {
        try {
            const { value, ms } = await (0,action/* timedStep */._J)(name, fn);
            phases.push({ name, result: 'ok', ms, detail: describe(value) });
            return value;
        }
        catch (error) {
            const ms = (0,action/* stepRecords */.V9)().at(-1)?.ms ?? 0;
            phases.push({ name, result: 'failed', ms, detail: (0,redact/* redact */.E$)((0,errors/* errorMessage */.g)(error)) });
            throw error;
        }
    };
    try {
        const plan = await phase('Preflight', () => preflight(inputs), (p) => `${p.plan.tool} (${p.plan.evidence}); ${p.pending ? `${p.pending.length} pending` : 'pending migrations not listed for this tool'}`);
        pending = plan.pending?.map((m) => m.id);
        const db = inputs.database;
        const env = { DATABASE_URL: (0,database_url/* toolUrl */.O8)(db), ...(db.kind === 'postgres' ? (0,database_url/* pgEnvironment */.x_)(db) : {}) };
        if (inputs.destructive !== 'allow') {
            destructive = await phase('Check', () => destructiveCheck(inputs, plan.plan, plan.pending, (r) => (destructive = r)), (r) => `${r.changes.length} destructive change${r.changes.length === 1 ? '' : 's'}${r.unchecked.length ? `, ${r.unchecked.length} migration${r.unchecked.length === 1 ? '' : 's'} not checked` : ''}`);
        }
        if (inputs.dryRun) {
            plannedSteps = releasePlan(inputs, plan.plan);
            verdict = `🔍 Dry run: ${pending ? `${pending.length} pending migration${pending.length === 1 ? '' : 's'}` : 'pending migrations not listed for this tool'}; nothing was changed.`;
            return;
        }
        if (db.kind === 'postgres' || db.kind === 'mysql') {
            lock = await phase('Lock', () => acquireLock(db, inputs.lockTimeoutMs, () => runner/* info */.pq('Another release holds the migration lock; waiting…')), (l) => `advisory lock held${l.waitedMs > 1000 ? ` after waiting ${Math.round(l.waitedMs / 1000)} s` : ''}`);
        }
        const backup = await phase('Backup', () => createBackup(db, backupFile(inputs.backupPath, db)), (b) => (b.path ? `${b.path} (${b.bytes} bytes, ${b.entries} entries verified)` : 'no database file yet'));
        out.backupPath = backup.path;
        try {
            await phase('Migrate', () => runCommand(plan.plan.command[0], plan.plan.command.slice(1), {
                cwd: inputs.workingDirectory,
                env,
                onLine: (line) => runner/* info */.pq(line),
            }), () => `${plan.plan.command.slice(0, 4).join(' ')}`);
        }
        catch (error) {
            throw new Error(`migration failed: ${(0,errors/* errorMessage */.g)(error)}; nothing was deployed and the database is as ${plan.plan.tool} left it${backup.path ? `; backup: ${backup.path}` : ''}`);
        }
        const after = db.kind === 'postgres' || db.kind === 'mysql'
            ? await listPending(plan.plan, inputs.workingDirectory, db).catch(() => undefined)
            : undefined;
        out.applied = pending && after ? pending.length - after.length : 0;
        try {
            await phase('Deploy', () => deploy(inputs.deploy, inputs.workingDirectory, env), (d) => d);
            out.deployed = inputs.deploy.kind !== 'none';
            if (inputs.healthUrl) {
                const health = await phase('Verify', async () => {
                    const result = await waitHealthy(inputs.healthUrl, inputs.healthTimeoutMs, inputs.healthExpect);
                    out.health = result.status;
                    if (!result.healthy)
                        throw new Error(`${inputs.healthUrl} did not turn healthy within ${inputs.healthTimeoutMs / 1000} s: ${result.status}`);
                    return result;
                }, (h) => `HTTP ${h.status}`);
                out.health = health.status;
            }
        }
        catch (error) {
            const rolledBack = await rollBack(inputs, backup, phase);
            out.rolledBack = rolledBack.length > 0;
            throw new Error(`${(0,errors/* errorMessage */.g)(error)}; ${rolledBack.length ? `rolled back (${rolledBack.join(', ')})` : 'nothing to roll back with (set rollback-command and restore-on-failure)'}${backup.path ? `; backup: ${backup.path}` : ''}`);
        }
        verdict = `✅ Released: ${out.applied} migration${out.applied === 1 ? '' : 's'} applied${out.deployed ? ', deployed' : ''}${out.health ? `, healthy (HTTP ${out.health})` : ''}.`;
    }
    catch (error) {
        verdict = `❌ ${(0,redact/* redact */.E$)((0,errors/* errorMessage */.g)(error))}`;
        throw error;
    }
    finally {
        await lock?.release();
        runner/* setOutput */.uH('migrations-applied', out.applied);
        runner/* setOutput */.uH('backup-path', out.backupPath);
        runner/* setOutput */.uH('deployed', String(out.deployed));
        runner/* setOutput */.uH('rolled-back', String(out.rolledBack));
        runner/* setOutput */.uH('health-status', out.health);
        runner/* setOutput */.uH('pending-count', pending?.length ?? '');
        runner/* setOutput */.uH('pending', pending?.join('\n') ?? '');
        runner/* setOutput */.uH('destructive-changes', destructive?.changes.map((c) => `${c.migration}: ${c.change}`).join('\n') ?? '');
        await writeJobSummary(renderSummary(inputs.database.display, phases, pending, verdict, { destructive, plan: plannedSteps }));
    }
}
async function preflight(inputs) {
    const db = inputs.database;
    if (db.kind === 'sqlite' && !inputs.allowSqlite) {
        throw new errors/* ConfigurationError */.j(`input \`database-url\` is a SQLite file (${db.display}): on a CI runner that file is thrown away with the runner, so the migrated data and its backup would be lost. Point it at a managed database, or set allow-sqlite: true if the file lives on a persistent volume`);
    }
    const plan = (0,detect_tool/* planMigration */.E)(inputs.workingDirectory, inputs.tool, inputs.migrateCommand);
    for (const [input, command] of [
        ['deploy-command', inputs.deploy.kind === 'command' ? inputs.deploy.command : undefined],
        ['rollback-command', inputs.rollbackCommand],
    ]) {
        const first = command?.trim().split(/\s+/)[0];
        if (first && !first.includes('=')) {
            const found = await runCommand('bash', ['-c', 'command -v -- "$1"', 'bash', first], { allowFailure: true });
            if (found.exitCode !== 0)
                throw new errors/* ConfigurationError */.j(`input \`${input}\`: \`${first}\` is not a command on this runner`);
        }
    }
    if (db.kind !== 'postgres' && db.kind !== 'mysql')
        return { plan };
    try {
        await (await connect(db)).end();
    }
    catch (error) {
        const code = error instanceof ConnectError ? error.code : undefined;
        throw new errors/* ConfigurationError */.j(`input \`database-url\`: the database at ${db.display} is unreachable (${code ?? (0,redact/* redact */.E$)((0,errors/* errorMessage */.g)(error))})`);
    }
    return { plan, pending: await listPending(plan, inputs.workingDirectory, db) };
}
/** Fails (destructive: fail) or warns (warn) when pending SQL drops, renames or adds NOT NULL without a default. */
async function destructiveCheck(inputs, plan, pending, found) {
    if (!pending) {
        runner/* info */.pq('pending migrations are not listed for this tool, so their SQL is not checked');
        return { changes: [], unchecked: [] };
    }
    const report = await checkDestructive(pending, plan.tool, inputs.database.kind);
    found(report);
    for (const u of report.unchecked)
        runner/* warning */.$e(`destructive-change check: ${u.migration} not checked: ${u.reason}`);
    for (const c of report.changes)
        runner/* info */.pq(`${c.migration}: ${c.change}`);
    if (report.changes.length && inputs.destructive === 'fail')
        throw new errors/* ConfigurationError */.j(`pending migrations make destructive changes: ${report.changes.map((c) => `${c.migration}: ${c.change}`).join('; ')}. Nothing was changed; set destructive: warn (or allow) to release them`);
    for (const c of report.changes)
        runner/* warning */.$e(`destructive change in ${c.migration}: ${c.change}`);
    return report;
}
async function rollBack(inputs, backup, phase) {
    const done = [];
    if (inputs.rollbackCommand) {
        try {
            await phase('Rollback', () => runCommand('bash', ['-c', inputs.rollbackCommand], {
                cwd: inputs.workingDirectory,
                onLine: (l) => runner/* info */.pq(l),
            }), () => 'rollback-command succeeded');
            done.push('rollback-command');
        }
        catch (error) {
            runner/* error */.z3(`rollback-command failed: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    if (inputs.restoreOnFailure && backup.path) {
        try {
            await phase('Restore', () => restoreBackup(inputs.database, backup), () => `restored ${backup.path}`);
            done.push('backup restored');
        }
        catch (error) {
            runner/* error */.z3(`restore of ${backup.path} failed: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    return done;
}


/***/ })

};
;