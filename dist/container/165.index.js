"use strict";
exports.id = 165;
exports.ids = [165];
exports.modules = {

/***/ 165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/inside-root.ts
var inside_root = __webpack_require__(8296);
;// CONCATENATED MODULE: ./src/lib/files.ts
// Writing report files: parent folders created, written whole through a temp file so a crash
// never leaves half a report. The temp file is created exclusively under a random name next to the
// target, and a target that is a link is refused: a planted link cannot redirect the write.




function writeFileAtomic(path, content) {
    mkdirSync(dirname(path), { recursive: true });
    refuseLink(path);
    const tmp = join(dirname(path), `.${basename(path)}.${randomSuffix()}.tmp`);
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
        const bytes = Buffer.from(content);
        let offset = 0;
        while (offset < bytes.length)
            offset += writeSync(fd, bytes, offset, bytes.length - offset);
    }
    catch (error) {
        closeSync(fd);
        unlinkSync(tmp);
        throw error;
    }
    closeSync(fd);
    // rename() replaces a link at `path` with the file instead of writing through it; the check above
    // only turns that case into a clear error.
    renameSync(tmp, path);
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
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const realDir = (0,external_node_fs_.realpathSync)((0,external_node_path_.dirname)(path));
    if (!(0,inside_root/* isInsideRoot */.X)(realDir, realRoot))
        throw new errors/* ConfigurationError */.j(`refusing to write ${path}: its folder resolves outside ${root}`);
    refuseLink(path);
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    try {
        (0,external_node_fs_.writeSync)(fd, content);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
// The global Web Crypto loads on first use: only a write pays for it, not every bundle's start-up
// (importing node:crypto would load it with the bundle).
function randomSuffix() {
    return Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString('hex');
}

// EXTERNAL MODULE: ./src/lib/read-inside.ts
var read_inside = __webpack_require__(7660);
// EXTERNAL MODULE: ./src/lib/runner.ts
var runner = __webpack_require__(9445);
// EXTERNAL MODULE: ./src/lib/redact.ts
var redact = __webpack_require__(310);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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

;// CONCATENATED MODULE: ./src/container/builders/builder.ts
// The one shape both builders share, so main.ts orders the phases without knowing which tool runs.

/** Attempts and back-off for pushes; tests shorten the delay through the environment. */
function pushRetryPolicy(env = process.env) {
    const delay = Number(env.SHIPSHAPE_PUSH_RETRY_DELAY_MS);
    return {
        attempts: 3,
        delayMs: Number.isFinite(delay) && delay >= 0 && env.SHIPSHAPE_PUSH_RETRY_DELAY_MS !== undefined ? delay : 2000,
    };
}
/** A refused `login --password-stdin`: the tool's last stderr line (its own "Error:" prefix dropped), never the password. */
function loginRefused(tool, registry, username, result) {
    const why = (result.stderr.trim().split('\n').pop() ?? '').replace(/^Error( response from daemon)?:\s*/, '');
    return new errors/* ConfigurationError */.j(`login to ${registry} as ${username} was refused: ${why || `${tool} exited with ${result.exitCode}`}`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/lib/action.ts
// What every action asks of the runner besides inputs: where the workspace and the runner's temp
// folder are, and a timed step(): one log group per phase, its time recorded so a summary can list
// the steps and a test can read them without a runner.



const records = [];
/** The checked-out repository: GITHUB_WORKSPACE on a runner, else the current folder. */
function workspace() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
/** The runner's temp folder (emptied after each job), else the system's. */
function runnerTemp() {
    return process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
}
/** Run a phase in its own log group and record its time. */
async function step(name, fn) {
    return (await timedStep(name, fn)).value;
}
/** step() that also returns how long it took, in ms. */
async function timedStep(name, fn) {
    const started = Date.now();
    const record = { name, ms: 0, ok: false };
    records.push(record);
    try {
        const value = await runner/* group */.Os(name, fn);
        record.ok = true;
        return { value, ms: (record.ms = Date.now() - started) };
    }
    catch (error) {
        record.error = (0,errors/* errorMessage */.g)(error).split('\n')[0];
        throw error;
    }
    finally {
        record.ms = Date.now() - started;
    }
}
/** The steps run so far in this process, in order. */
function stepRecords() {
    return records;
}

;// CONCATENATED MODULE: ./src/container/builders/buildah.ts
// The daemonless builder: buildah with chroot isolation (works as root in a container and rootless),
// layer cache on, pushes with back-off, the digest taken from --digestfile (what the registry accepted).







/** `type=registry,ref=R` (buildx form) or a bare repository → the repository buildah's --cache-from/--cache-to take. */
function buildahCacheRepository(spec) {
    if (!spec.includes('='))
        return spec;
    const fields = Object.fromEntries(spec.split(',').map((kv) => kv.split('=', 2)));
    return fields.type === 'registry' && fields.ref ? fields.ref.replace(/:[^/:]+$/, '') : undefined;
}
/** The `buildah bud` argument list for a request (pure, tested). */
function buildahBuildArgs(request, iidFile, authFile) {
    const args = ['bud', '--isolation', 'chroot', '--layers', '--format', 'docker', '--iidfile', iidFile];
    if (authFile)
        args.push('--authfile', authFile);
    args.push('-f', request.file);
    for (const ref of request.references)
        args.push('-t', ref);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    for (const spec of request.secrets)
        args.push('--secret', spec);
    if (request.target)
        args.push('--target', request.target);
    if (request.platforms.length === 1)
        args.push('--platform', request.platforms[0]);
    for (const spec of request.cacheFrom) {
        const repo = buildahCacheRepository(spec);
        if (repo)
            args.push('--cache-from', repo);
    }
    for (const spec of request.cacheTo) {
        const repo = buildahCacheRepository(spec);
        if (repo)
            args.push('--cache-to', repo);
    }
    if (!request.tlsVerify)
        args.push('--tls-verify=false');
    args.push(request.context);
    return args;
}
class BuildahBuilder {
    name = 'buildah';
    workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(runnerTemp(), 'shipshape-buildah-'));
    /** Credentials live in a file of our own, removed at logout, never in the user's ~/.docker. */
    authFile = (0,external_node_path_.join)(this.workDir, 'auth.json');
    async login(registry, username, password, tlsVerify) {
        const args = ['login', '--authfile', this.authFile, '--username', username, '--password-stdin'];
        if (!tlsVerify)
            args.push('--tls-verify=false');
        const result = await runCommand('buildah', [...args, registry], {
            stdin: password,
            allowFailure: true,
            timeoutMs: 60000,
        });
        if (result.exitCode !== 0) {
            throw loginRefused('buildah', registry, username, result);
        }
    }
    async logout(registry) {
        await runCommand('buildah', ['logout', '--authfile', this.authFile, registry], {
            allowFailure: true,
            timeoutMs: 30000,
        });
        (0,external_node_fs_.rmSync)(this.workDir, { recursive: true, force: true });
    }
    async build(request, log) {
        const notes = [];
        if (request.platforms.length > 1)
            notes.push(`buildah builds one platform here; ${request.platforms.join(', ')} needs the docker builder (buildx)`);
        if ([...request.cacheFrom, ...request.cacheTo].some((s) => buildahCacheRepository(s) === undefined)) {
            notes.push('cache types other than a registry repository (e.g. type=gha) are for buildx; buildah used its local layer cache');
        }
        const attestations = ['provenance', 'sbom'].filter((k) => request[k] && request[k] !== 'false');
        if (attestations.length)
            notes.push(`buildah writes no attestations: ${attestations.join(' and ')} ${attestations.length > 1 ? 'are' : 'is'} for the docker builder (buildx)`);
        const iidFile = (0,external_node_path_.join)(this.workDir, 'iid');
        // The auth file exists only after a login (no credentials: public base images, build-only runs).
        const authFile = (0,external_node_fs_.existsSync)(this.authFile) ? this.authFile : undefined;
        await runCommand('buildah', buildahBuildArgs(request, iidFile, authFile), { onLine: log, cwd: request.context });
        const imageId = (0,external_node_fs_.readFileSync)(iidFile, 'utf8').trim();
        let archiveDigest = '';
        if (request.ociArchive) {
            (0,external_node_fs_.rmSync)(request.ociArchive, { force: true });
            const digestFile = (0,external_node_path_.join)(this.workDir, 'archive-digest');
            await runCommand('buildah', ['push', '--digestfile', digestFile, imageId, `oci-archive:${request.ociArchive}`], {
                onLine: log,
            });
            archiveDigest = (0,external_node_fs_.readFileSync)(digestFile, 'utf8').trim();
        }
        let digest = '';
        if (request.push) {
            // Pushing the same image to each tag: the manifest (and so the digest) is the same for all.
            for (const ref of request.references)
                digest = await this.pushWithRetry(imageId, `docker://${ref}`, request.tlsVerify, log);
        }
        return { imageId: imageId.startsWith('sha256:') ? imageId : `sha256:${imageId}`, digest, archiveDigest, notes };
    }
    /** Push a local image (by id or name) and return the digest the registry accepted. */
    async pushWithRetry(source, destination, tlsVerify, log) {
        const { attempts, delayMs } = pushRetryPolicy();
        const digestFile = (0,external_node_path_.join)(this.workDir, 'push-digest');
        const args = ['push', '--retry', '0', '--digestfile', digestFile];
        if ((0,external_node_fs_.existsSync)(this.authFile))
            args.push('--authfile', this.authFile);
        if (!tlsVerify)
            args.push('--tls-verify=false');
        let lastError = '';
        for (let attempt = 1; attempt <= attempts; attempt++) {
            (0,external_node_fs_.rmSync)(digestFile, { force: true });
            try {
                await runCommand('buildah', [...args, source, destination], { onLine: log, timeoutMs: 30 * 60000 });
                return (0,external_node_fs_.readFileSync)(digestFile, 'utf8').trim();
            }
            catch (error) {
                lastError = (0,errors/* errorMessage */.g)(error);
                if (attempt < attempts) {
                    log(`push to ${destination.replace(/^docker:\/\//, '')} failed (attempt ${attempt} of ${attempts}); retrying in ${(delayMs * 2 ** (attempt - 1)) / 1000}s`);
                    await sleep(delayMs * 2 ** (attempt - 1));
                }
            }
        }
        throw new Error(`push to ${destination.replace(/^docker:\/\//, '')} failed after ${attempts} attempts: ${lastError.replace(/^`[^`]*` /, '')}`);
    }
    /** Load an OCI archive into local storage and push it unchanged (same layers, same manifest digest). */
    async pushArchive(archive, references, tlsVerify, log) {
        const pulled = await runCommand('buildah', ['pull', '--quiet', `oci-archive:${archive}`], { onLine: log });
        const imageId = pulled.stdout.trim().split('\n').pop().trim();
        let digest = '';
        for (const ref of references)
            digest = await this.pushWithRetry(imageId, `docker://${ref}`, tlsVerify, log);
        return { imageId: `sha256:${imageId.replace(/^sha256:/, '')}`, digest };
    }
}

;// CONCATENATED MODULE: ./src/container/builders/docker.ts
// docker buildx (GitHub-hosted runners): one `buildx build` builds, tags, caches and pushes; the
// digest comes from --metadata-file. The argument list is a pure function so it is tested without a daemon.






/**
 * On GitHub, buildx's own GitHub Actions cache backend is the default when the user names none, but
 * only on a builder that can export a cache: the default `docker` driver cannot (it fails the build
 * with "Cache export feature is currently not supported for docker driver").
 */
function defaultDockerCache(request, env, driver) {
    const onGitHub = Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
    if (request.cacheFrom.length || request.cacheTo.length || !onGitHub || driver === 'docker')
        return { cacheFrom: request.cacheFrom, cacheTo: request.cacheTo };
    return { cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max'] };
}
/** `Driver: docker-container` from `docker buildx inspect`. */
function parseBuildxDriver(inspect) {
    return /^Driver:\s*(\S+)/m.exec(inspect)?.[1] ?? 'docker';
}
/** The `docker buildx build` argument list (pure). */
function buildxBuildArgs(request, metadataFile, env = {}, driver = 'docker-container') {
    const args = ['buildx', 'build', '--file', request.file, '--metadata-file', metadataFile];
    for (const ref of request.references)
        args.push('--tag', ref);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    for (const spec of request.secrets)
        args.push('--secret', spec);
    if (request.target)
        args.push('--target', request.target);
    if (request.provenance)
        args.push(`--provenance=${request.provenance}`);
    if (request.sbom)
        args.push(`--sbom=${request.sbom}`);
    if (request.platforms.length)
        args.push('--platform', request.platforms.join(','));
    const cache = defaultDockerCache(request, env, driver);
    for (const spec of cache.cacheFrom)
        args.push('--cache-from', spec);
    for (const spec of cache.cacheTo)
        args.push('--cache-to', spec);
    const outputs = [];
    if (request.push)
        outputs.push(`type=image,push=true${request.tlsVerify ? '' : ',registry.insecure=true'}`);
    if (request.ociArchive)
        outputs.push(`type=oci,dest=${request.ociArchive}`);
    if (outputs.length)
        for (const output of outputs)
            args.push('--output', output);
    else if (request.platforms.length <= 1)
        args.push('--load'); // a build-only run keeps the image in the daemon
    args.push(request.context);
    return args;
}
class DockerBuilder {
    name = 'docker';
    workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(runnerTemp(), 'shipshape-docker-'));
    async login(registry, username, password) {
        const result = await runCommand('docker', ['login', '--username', username, '--password-stdin', registry], {
            stdin: password,
            allowFailure: true,
            timeoutMs: 60000,
        });
        if (result.exitCode !== 0) {
            throw loginRefused('docker', registry, username, result);
        }
    }
    async logout(registry) {
        await runCommand('docker', ['logout', registry], { allowFailure: true, timeoutMs: 30000 });
        (0,external_node_fs_.rmSync)(this.workDir, { recursive: true, force: true });
    }
    async build(request, log) {
        const inspect = await runCommand('docker', ['buildx', 'inspect'], { allowFailure: true, timeoutMs: 30000 });
        const driver = parseBuildxDriver(inspect.stdout);
        const notes = [];
        if (driver === 'docker') {
            if (request.ociArchive || request.platforms.length > 1) {
                throw new errors/* ConfigurationError */.j(`${request.ociArchive ? 'input `oci-archive`' : 'more than one of `platforms`'} needs a buildx builder with the docker-container driver (add docker/setup-buildx-action before this step) or builder: buildah`);
            }
            if (Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL) &&
                !request.cacheFrom.length &&
                !request.cacheTo.length) {
                notes.push('no build cache: the buildx builder uses the docker driver, which cannot export one; add docker/setup-buildx-action before this step for the type=gha cache');
            }
        }
        const metadataFile = (0,external_node_path_.join)(this.workDir, 'metadata.json');
        await runCommand('docker', buildxBuildArgs(request, metadataFile, process.env, driver), {
            onLine: log,
            cwd: request.context,
        });
        const metadata = JSON.parse((0,external_node_fs_.readFileSync)(metadataFile, 'utf8'));
        const digest = request.push ? (metadata['containerimage.digest'] ?? '') : '';
        return {
            imageId: metadata['containerimage.config.digest'] ?? '',
            digest,
            archiveDigest: request.ociArchive ? (metadata['containerimage.digest'] ?? '') : '',
            notes,
        };
    }
}
/** Whether a Docker daemon answers (the CLI alone is not enough) and buildx is installed. */
async function dockerDaemonAnswers() {
    try {
        const server = await runCommand('docker', ['version', '--format', '{{.Server.Version}}'], {
            allowFailure: true,
            timeoutMs: 10000,
        });
        if (server.exitCode !== 0 || !server.stdout.trim())
            return false;
        const buildx = await runCommand('docker', ['buildx', 'version'], { allowFailure: true, timeoutMs: 10000 });
        return buildx.exitCode === 0;
    }
    catch {
        return false; // no docker CLI at all
    }
}

;// CONCATENATED MODULE: ./src/container/builders/select-builder.ts
// builder: auto picks buildx where a Docker daemon answers and buildah otherwise, and says why.




async function buildahAvailable() {
    try {
        return (await runCommand('buildah', ['--version'], { allowFailure: true, timeoutMs: 10000 })).exitCode === 0;
    }
    catch {
        return false;
    }
}
async function selectBuilder(choice, probes = { docker: dockerDaemonAnswers, buildah: buildahAvailable }, wantsArchive = false) {
    if (choice === 'docker') {
        if (!(await probes.docker()))
            throw new errors/* ConfigurationError */.j('input `builder` is docker, but no Docker daemon with buildx answers here: use builder: buildah or auto');
        return { builder: new DockerBuilder(), reason: 'builder: docker was asked for' };
    }
    if (choice === 'buildah') {
        if (!(await probes.buildah()))
            throw new errors/* ConfigurationError */.j('input `builder` is buildah, but buildah is not installed (apt-get install buildah)');
        return { builder: new BuildahBuilder(), reason: 'builder: buildah was asked for' };
    }
    // push-archive pushes with buildah; writing the archive with it too keeps one tool on both ends, and
    // buildx's default docker driver cannot write an OCI archive at all.
    if (wantsArchive && (await probes.buildah()))
        return {
            builder: new BuildahBuilder(),
            reason: 'an OCI archive was asked for: buildah writes it and later pushes it unchanged',
        };
    if (await probes.docker())
        return { builder: new DockerBuilder(), reason: 'a Docker daemon with buildx answers' };
    if (await probes.buildah())
        return { builder: new BuildahBuilder(), reason: 'no Docker daemon answers; buildah builds without one' };
    throw new errors/* ConfigurationError */.j('input `builder` is auto, but neither a Docker daemon with buildx nor buildah is available: install buildah (apt-get install buildah) or run on a runner with Docker');
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

;// CONCATENATED MODULE: ./src/lib/node-app/health-route.ts


const HEALTH_WORD = '(?:health|healthz|healthcheck|health-check|_health|heartbeat|ready|readyz|readiness|live|livez|liveness|ping|status)';
/**
 * A health path registered as a route (not a client calling it): `app.get('/health', …)`,
 * `router.all("/api/healthz")`, `{ url: '/ready' }`, `pathname === '/health'`, `case '/health':`,
 * `@Get('health')`. Group 1 or 2 is the path.
 */
const HEALTH_ROUTE = new RegExp(`(?:\\.(?:get|head|all|route|use|on)\\(\\s*(?:\\[\\s*)?(?:['"\`](?:GET|HEAD)['"\`]\\s*,\\s*)?|\\b(?:path|url|pathname|route)\\s*(?:===?|:)\\s*|\\bcase\\s+)['"\`]((?:/api)?/${HEALTH_WORD})(?:['"\`/?])|@(?:Get|Head|All)\\(\\s*['"\`](/?${HEALTH_WORD})['"\`]`);
/** A substring of every HEALTH_WORD (and of HEALTH_PATH's words, any case). */
const HEALTH_WORD_ANYWHERE = /health|heartbeat|ready|readi|live|ping|status/i;
/** A health module or file (src/health/health.controller.ts, lib/healthcheck.js). */
const HEALTH_PATH = /(?:^|\/|[._-])(?:health|healthz|healthcheck|health-check|heartbeat|readyz|readiness|livez|liveness)(?:\/|[._-]|$)/i;
const ROUTE_DIR_FILE = new RegExp(`(?:^|/)(?:app|pages|routes|src/app|src/pages|src/routes)/(?:api/)?${HEALTH_WORD}(?:/route|/index|/\\+server|)\\.[cm]?[jt]sx?$`);
/** File-system routes and the URL path each serves. */
const FILE_ROUTES = [
    [/^(?:src\/)?app\/(.+)\/route$/, (m) => m[1]], // Next.js app router
    [/^(?:src\/)?pages\/(.+?)(?:\/index)?$/, (m) => m[1]], // Next.js pages router
    [/^src\/routes\/(.+)\/\+server$/, (m) => m[1]], // SvelteKit
    [/^app\/routes\/([^/]+?)(?:\/route)?$/, (m) => m[1].replace(/\./g, '/')], // Remix flat routes
    [/^server\/api\/(.+?)(?:\.(?:get|head))?$/, (m) => `api/${m[1]}`], // Nuxt
    [/^server\/routes\/(.+?)(?:\.(?:get|head))?$/, (m) => m[1]],
];
/** Libraries that add health routes. */
const HEALTH_LIBRARY = /^(?:@nestjs\/terminus|@godaddy\/terminus|lightship|express-healthcheck|express-actuator|fastify-healthcheck|@fastify\/under-pressure|@cloudnative\/health-connect|@hapi\/hapi-health|hapi-alive|koa-healthcheck)$/;
/** A part of a path (folder or base name) that may make it a health route file (a superset). */
function mayNameHealthRoute(part) {
    return HEALTH_WORD_ANYWHERE.test(part) || part.includes('(');
}
/** `sources` are the package's app source files (see appSourcesIn); their text is read in scan order. */
function findHealthRoute(source, pkg, sources, known = {}) {
    const prefix = pkg.dir ? `${pkg.dir}/` : '';
    let module;
    for (const file of known.healthWordPaths ?? sources) {
        const local = file.slice(prefix.length);
        // Every test below needs a health word in the path (a route group could split one): most files stop here.
        if (!HEALTH_WORD_ANYWHERE.test(local) && !local.includes('('))
            continue;
        const bare = local.replace(/\.[cm]?[jt]sx?$/, '');
        const urlPath = routePath(bare);
        if (urlPath && new RegExp(`(?:^|/)${HEALTH_WORD}$`).test(urlPath))
            return { path: urlPath, evidence: file };
        if (!module && (HEALTH_PATH.test(bare) || ROUTE_DIR_FILE.test(local)))
            module = file;
    }
    for (const file of known.ordered ?? scanOrder(sources)) {
        const m = HEALTH_ROUTE.exec(source.read(file) ?? '');
        if (m)
            return { path: m[1] ?? `/${m[2].replace(/^\//, '')}`, evidence: file };
    }
    if (module)
        return { evidence: module };
    const library = Object.keys(allDependencies(pkg)).find((d) => HEALTH_LIBRARY.test(d));
    return library ? { evidence: library } : undefined;
}
function routePath(bare) {
    for (const [re, path] of FILE_ROUTES) {
        const m = re.exec(bare);
        // Route groups `(marketing)` and private folders do not show in the URL.
        if (m)
            return `/${path(m).replace(/\([^)/]*\)\//g, '')}`;
    }
    return undefined;
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

;// CONCATENATED MODULE: ./src/lib/node-app/describe.ts
// What we know about one Node app, computed once from its files: package.json and workspaces,
// package manager, Node version, framework, start command and port, health route, deploy target.
// The audit, the container generator, Lighthouse, migrate-deploy and init all read it here, so they
// agree about the same repository by construction.





const SERVER_FRAMEWORKS = {
    next: 'Next.js',
    express: 'Express',
    '@nestjs/core': 'Nest',
    fastify: 'Fastify',
    koa: 'Koa',
    '@hapi/hapi': 'hapi',
    '@remix-run/node': 'Remix',
    '@remix-run/serve': 'Remix',
    '@react-router/serve': 'React Router',
    nuxt: 'Nuxt',
    '@sveltejs/adapter-node': 'SvelteKit (node)',
    hono: 'Hono',
    'socket.io': 'Socket.IO',
};
function describeNodeApp(source, pkg, runtime = {}) {
    const files = source.list();
    const sources = appSourcesIn(files, pkg.dir);
    const { manager, lockfile } = detectPackageManager(source, pkg.dir, pkg);
    const dependency = Object.keys(SERVER_FRAMEWORKS).find((d) => d in pkg.dependencies);
    const worker = isWorker(source, pkg);
    const workspaces = pkg.raw.workspaces;
    return {
        pkg,
        workspaces: (Array.isArray(workspaces)
            ? workspaces
            : (workspaces?.packages ?? [])).filter((w) => typeof w === 'string'),
        packageManager: manager,
        lockfile,
        nodeVersion: nodeVersion(source, pkg),
        framework: dependency ? { dependency, name: SERVER_FRAMEWORKS[dependency] } : undefined,
        worker,
        next: 'next' in allDependencies(pkg) ? nextConfig(source, pkg) : undefined,
        startScript: startScriptOf(source, pkg),
        sources,
        port: appPort(source, pkg, sources, runtime),
        healthRoute: findHealthRoute(source, pkg, sources),
        deployTarget: deployTarget(files, worker),
    };
}
function nextConfig(source, pkg) {
    const configFile = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs'].find((f) => source.exists(at(pkg.dir, f)));
    const text = configFile ? (source.read(at(pkg.dir, configFile)) ?? '') : '';
    return { configFile, standalone: /output\s*:\s*['"`]standalone['"`]/.test(text) };
}
/**
 * A Cloudflare Worker: a wrangler config beside the package, or (the config kept out of git) a
 * script that runs `wrangler deploy`.
 */
function isWorker(source, pkg) {
    return WRANGLER_CONFIGS.some((f) => source.exists(at(pkg.dir, f))) || deploysWithWrangler(pkg);
}
/** Names of a wrangler config file. */
const WRANGLER_CONFIGS = ['wrangler.toml', 'wrangler.json', 'wrangler.jsonc'];
/** The package depends on wrangler and a script of it runs `wrangler deploy`. */
function deploysWithWrangler(pkg) {
    return ('wrangler' in allDependencies(pkg) &&
        Object.values(pkg.scripts).some((s) => /\bwrangler\s+(?:deploy|publish)\b/.test(s)));
}
/** .nvmrc or .node-version (the package's, then the root's), else engines.node, as a major version. */
function nodeVersion(source, pkg) {
    const candidates = [
        source.read(at(pkg.dir, '.nvmrc')),
        source.read(at(pkg.dir, '.node-version')),
        source.read('.nvmrc'),
        source.read('.node-version'),
        pkg.raw.engines?.node,
    ];
    for (const c of candidates) {
        const major = /(\d{2,})/.exec(c ?? '')?.[1];
        if (major)
            return major;
    }
    return undefined;
}
function deployTarget(files, worker) {
    if (worker)
        return 'cloudflare';
    const names = new Set(files.map((f) => external_node_path_.posix.basename(f)));
    if (names.has('fly.toml'))
        return 'fly';
    if (names.has('vercel.json'))
        return 'vercel';
    if (names.has('render.yaml'))
        return 'render';
    return 'container';
}

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

;// CONCATENATED MODULE: ./src/lib/dockerfile/detect-app.ts
// What kind of app the build context holds, read from its files, for generating a Dockerfile:
// Next.js and its `output: 'standalone'`, and the start command as a CMD; the rest (package manager,
// port, health route) is what src/lib/node-app knows about the app.



/** Returns undefined when the context has no package.json (nothing we know how to containerise). */
function detectApp(context) {
    const source = diskSource(context);
    const pkg = readPackage(source, '', 'cannot generate a Dockerfile');
    if (!pkg)
        return undefined;
    const app = describeNodeApp(source, pkg);
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    const isNext = app.next !== undefined;
    return {
        kind: isNext ? 'nextjs' : 'node',
        packageManager: app.packageManager,
        lockfile: app.lockfile,
        yarnBerry: source.exists('.yarnrc.yml'),
        hasDependencies: Object.keys(pkg.dependencies).length > 0 || (isNext && Object.keys(deps).length > 0),
        hasBuildScript: Boolean(pkg.scripts.build),
        startCommand: startArgv(app.startScript, app.packageManager),
        port: app.port?.port ?? 3000,
        healthPath: app.healthRoute?.path,
        nextStandalone: app.next?.standalone,
        nextConfigFile: app.next?.configFile,
        hasPublicDir: source.exists('public'),
    };
}
/**
 * `node server.js` runs as exec-form CMD (signals reach node); anything else runs the start script.
 * The final stage has no corepack, so pnpm and yarn apps start through npm, which runs any
 * package.json script; bun images have bun.
 */
function startArgv(script, pm) {
    const words = script.trim().split(/\s+/).filter(Boolean);
    if (words.length >= 2 && (words[0] === 'node' || words[0] === 'bun') && words.every((w) => /^[\w./@=-]+$/.test(w)))
        return words;
    return pm === 'bun' ? ['bun', 'run', 'start'] : ['npm', 'start'];
}

;// CONCATENATED MODULE: ./src/lib/dockerfile/generate-dockerfile.ts
/** Non-root: the official node and bun images both have uid 1000 (node / bun); a number needs no /etc/passwd entry. */
const APP_USER = '1000:1000';
/** The build secret id the generated install step mounts as the user's .npmrc (private registries). */
const NPMRC_SECRET = 'npmrc';
function installStep(app, production, options) {
    const mount = options.npmrcSecret ? `--mount=type=secret,id=${NPMRC_SECRET},target=/root/.npmrc ` : '';
    return `RUN ${mount}${installCommand(app, production)}`;
}
function installCommand(app, production) {
    const pm = app.packageManager;
    if (pm === 'npm')
        return app.lockfile ? `npm ci${production ? ' --omit=dev' : ''}` : `npm install${production ? ' --omit=dev' : ''}`;
    if (pm === 'pnpm')
        return `corepack enable && pnpm install --frozen-lockfile${production ? ' --prod' : ''}`;
    if (pm === 'yarn') {
        if (app.yarnBerry)
            return 'corepack enable && yarn install --immutable';
        return `corepack enable && yarn install --frozen-lockfile${production ? ' --production' : ''}`;
    }
    return `bun install --frozen-lockfile${production ? ' --production' : ''}`;
}
function runScript(pm, script) {
    if (pm === 'npm')
        return `npm run ${script}`;
    if (pm === 'pnpm')
        return `corepack enable && pnpm run ${script}`;
    if (pm === 'yarn')
        return `corepack enable && yarn run ${script}`;
    return `bun run ${script}`;
}
function baseImage(app) {
    return app.packageManager === 'bun'
        ? { arg: 'BUN_IMAGE', ref: 'oven/bun:1-alpine' }
        : { arg: 'NODE_IMAGE', ref: 'node:20-alpine' };
}
function manifestFiles(app) {
    const files = ['package.json', app.lockfile, app.yarnBerry ? '.yarnrc.yml' : undefined].filter(Boolean);
    return `COPY ${files.join(' ')} ./`;
}
function healthcheck(app, runtime) {
    if (!app.healthPath)
        return [];
    // fetch is global in Node 18+ and Bun: no curl or wget needed in the image.
    const probe = `fetch('http://127.0.0.1:${app.port}${app.healthPath}').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`;
    return [
        `HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["${runtime}", "-e", "${probe}"]`,
    ];
}
function generateDockerfile(app, options = {}) {
    const generated = app.kind === 'nextjs' ? nextjsDockerfile(app, options) : nodeDockerfile(app, options);
    const extra = (options.secretFiles ?? []).filter((f) => f !== '.npmrc');
    if (extra.length)
        generated.dockerignore += `# build secrets\n${extra.join('\n')}\n`;
    if (options.npmrcSecret && app.yarnBerry)
        generated.notes.push('Yarn 2+ reads .yarnrc.yml, not .npmrc: the npmrc secret is mounted but yarn will not use it (set npmAuthToken from an env secret instead)');
    return generated;
}
function nodeDockerfile(app, options) {
    const { arg, ref } = baseImage(app);
    const runtime = app.packageManager === 'bun' ? 'bun' : 'node';
    const lines = [
        '# Generated by shipshape/container for a Node.js app. Commit it and adjust as needed.',
        `ARG ${arg}=${ref}`,
        '',
    ];
    if (app.hasDependencies) {
        lines.push(`FROM \${${arg}} AS deps`, 'WORKDIR /app', manifestFiles(app), installStep(app, !app.hasBuildScript, options), '');
    }
    if (app.hasBuildScript) {
        lines.push(app.hasDependencies ? 'FROM deps AS build' : `FROM \${${arg}} AS build`);
        if (!app.hasDependencies)
            lines.push('WORKDIR /app');
        lines.push('COPY . .', `RUN ${runScript(app.packageManager, 'build')}`, '');
    }
    lines.push(`FROM \${${arg}}`, 'WORKDIR /app', 'ENV NODE_ENV=production', `ENV PORT=${app.port}`);
    if (app.hasBuildScript) {
        // The build stage holds dev dependencies too; a production-only install would need a third stage.
        lines.push('COPY --from=build /app ./');
    }
    else {
        if (app.hasDependencies)
            lines.push('COPY --from=deps /app/node_modules ./node_modules');
        lines.push('COPY . .');
    }
    lines.push(`USER ${APP_USER}`, `EXPOSE ${app.port}`, ...healthcheck(app, runtime), `CMD ${JSON.stringify(app.startCommand)}`, '');
    const notes = app.hasDependencies
        ? []
        : ['no dependencies in package.json: the generated Dockerfile has no install step'];
    return { dockerfile: lines.join('\n'), dockerignore: dockerignore(false), notes };
}
function nextjsDockerfile(app, options) {
    const { arg, ref } = baseImage(app);
    const notes = [];
    if (!app.nextStandalone) {
        notes.push(`${app.nextConfigFile ?? 'next.config.js'} does not set \`output: 'standalone'\`: add it (module.exports = { output: 'standalone' }) — the generated Dockerfile copies .next/standalone`);
    }
    const lines = [
        "# Generated by shipshape/container for a Next.js app with output: 'standalone'. Commit it and adjust as needed.",
        `ARG ${arg}=${ref}`,
        '',
        `FROM \${${arg}} AS deps`,
        'WORKDIR /app',
        manifestFiles(app),
        installStep(app, false, options),
        '',
        'FROM deps AS build',
        'COPY . .',
        'ENV NEXT_TELEMETRY_DISABLED=1',
        `RUN ${runScript(app.packageManager, 'build')}`,
        '',
        `FROM \${${arg}} AS runner`,
        'WORKDIR /app',
        'ENV NODE_ENV=production',
        'ENV NEXT_TELEMETRY_DISABLED=1',
        `ENV PORT=${app.port}`,
        'ENV HOSTNAME=0.0.0.0',
    ];
    if (app.hasPublicDir)
        lines.push('COPY --from=build /app/public ./public');
    lines.push(`COPY --from=build --chown=${APP_USER} /app/.next/standalone ./`, `COPY --from=build --chown=${APP_USER} /app/.next/static ./.next/static`, `USER ${APP_USER}`, `EXPOSE ${app.port}`, ...healthcheck(app, 'node'), 'CMD ["node", "server.js"]', '');
    return { dockerfile: lines.join('\n'), dockerignore: dockerignore(true), notes };
}
function dockerignore(next) {
    return [
        '# Generated by shipshape/container: keep the build context small and free of secrets.',
        '.git',
        'node_modules',
        next ? '.next' : undefined,
        'coverage',
        'npm-debug.log*',
        'yarn-error.log*',
        '.env',
        '.env.*',
        '!.env.example',
        // A repository's .npmrc can hold a token; the install step reads a mounted npmrc secret instead.
        '.npmrc',
        'Dockerfile',
        '.dockerignore',
        '',
    ]
        .filter((l) => l !== undefined)
        .join('\n');
}

// EXTERNAL MODULE: ./src/container/inputs.ts + 1 modules
var container_inputs = __webpack_require__(424);
// EXTERNAL MODULE: ./src/container/build-secrets.ts
var build_secrets = __webpack_require__(4999);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/container/ignore-file.ts
// The ignore file the builder reads for a build (<Dockerfile>.dockerignore, else .containerignore,
// else .dockerignore in the context), read once before the build: it comes from the checked-out
// tree, so a FIFO there (on which the builder would block) or a link out of the workspace is refused
// in one line instead of being handed to the builder. Also which secret files it leaves in a `COPY .`
// (the `ignore` matcher loads here, after the input check, not with the bundle).





const MAX_IGNORE_BYTES = 1024 * 1024;
function readIgnoreFile(workspace, context, dockerfile) {
    const file = [`${dockerfile}.dockerignore`, (0,external_node_path_.join)(context, '.containerignore'), (0,external_node_path_.join)(context, '.dockerignore')].find(read_inside/* existsNoFollow */.r);
    if (!file)
        return { text: '' };
    const read = (0,read_inside/* readTextInside */.Y)(file, workspace, MAX_IGNORE_BYTES);
    if ('refused' in read)
        throw new errors/* ConfigurationError */.j(`${(0,external_node_path_.relative)(workspace, file) || file} cannot be read: ${read.refused}`);
    return { file, text: read.text };
}
/**
 * The secret files a `COPY . .` would put into a layer: inside the context and not excluded by the
 * ignore file the builder reads (matched the gitignore way, which .dockerignore patterns follow closely).
 */
function exposedSecretFiles(secrets, context, ignoreText) {
    const inside = (0,build_secrets/* secretFilesInContext */.Qg)(secrets, context);
    if (!inside.length)
        return [];
    const matcher = ignore_default()().add(ignoreText);
    return inside.filter((rel) => !matcher.ignores(rel));
}

;// CONCATENATED MODULE: ./src/container/labels.ts
// OCI annotations every image gets, so a registry page and a scanner can trace it to its source commit.

function computeOciLabels(ctx) {
    const labels = {
        'org.opencontainers.image.created': ctx.created.toISOString(),
        'org.opencontainers.image.version': ctx.version,
    };
    if (ctx.repository) {
        labels['org.opencontainers.image.source'] = `${ctx.serverUrl.replace(/\/$/, '')}/${ctx.repository}`;
        labels['org.opencontainers.image.title'] = ctx.repository.split('/').pop();
    }
    if (ctx.sha)
        labels['org.opencontainers.image.revision'] = ctx.sha;
    return labels;
}
/**
 * `created` is the commit's time (or SOURCE_DATE_EPOCH), not the clock: a rebuild of the same commit
 * then has the same labels, so the builder's layer cache holds to the last step and the image is
 * reproducible. Outside a git checkout it falls back to now.
 */
async function imageCreatedTime(workspace, env = process.env) {
    const epoch = Number(env.SOURCE_DATE_EPOCH);
    if (env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) && epoch >= 0)
        return new Date(epoch * 1000);
    try {
        const log = await runCommand('git', ['log', '-1', '--format=%ct'], {
            cwd: workspace,
            allowFailure: true,
            timeoutMs: 10000,
        });
        const seconds = Number(log.stdout.trim());
        if (log.exitCode === 0 && Number.isInteger(seconds) && seconds > 0)
            return new Date(seconds * 1000);
    }
    catch {
        /* no git on the runner */
    }
    return new Date();
}

// EXTERNAL MODULE: ./src/container/reference.ts + 1 modules
var reference = __webpack_require__(6823);
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

;// CONCATENATED MODULE: ./src/container/summary.ts
// The job summary for actions/container, from the same result object the outputs come from.

function renderSummary(r) {
    const rows = [
        ['Builder', `${r.builder} (${r.builderReason})`],
        ['Dockerfile', `${codeSpan(r.dockerfile)}${r.dockerfileGenerated ? ' — generated by this run' : ''}`],
        ['Image ID', r.imageId ? codeSpan(r.imageId) : '—'],
        ['Digest', r.digest ? codeSpan(r.digest) : '—'],
        [
            'Pushed',
            r.pushed ? 'yes' : r.pushRequested ? `no${r.failure ? ` (${r.failure.phase} failed)` : ''}` : 'no (push: false)',
        ],
        ['Time', `${(r.buildMs / 1000).toFixed(1)} s`],
    ];
    if (r.ociArchive)
        rows.push(['OCI archive', codeSpan(r.ociArchive)]);
    if (r.pushedArchive)
        rows.push(['Pushed archive', codeSpan(r.pushedArchive)]);
    const status = r.failure ? [`❌ **${r.failure.phase} failed:** ${r.failure.message}`, ''] : [];
    const parts = [
        '## Container image',
        '',
        ...status,
        table(['', ''], rows),
        '',
        '### Tags',
        '',
        ...r.references.map((ref) => `- ${codeSpan(ref)}`),
    ];
    if (Object.keys(r.labels).length)
        parts.push('', '### Labels', '', table(['Label', 'Value'], Object.entries(r.labels)));
    if (r.notes.length)
        parts.push('', '### Notes', '', ...r.notes.map((n) => `- ${n}`));
    return parts.join('\n') + '\n';
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/container/tags.ts
// Which tags to push, from the git context, following docker/metadata-action's defaults so its users
// get what they expect: branch name, pr-N, semver (1.2.3, 1.2, 1, latest), and sha-<short>.



/** Docker tags allow [A-Za-z0-9_.-]; metadata-action turns anything else (e.g. `/` in feature/x) into `-`. */
function sanitizeTag(value) {
    return value
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
/** The tags the git context calls for. `latest`: auto = on stable semver tags; true = also on default-branch pushes; false = never. */
function computeGitTags(ctx, latest = 'auto') {
    const tags = [];
    let version = '';
    let stableRelease = false;
    const shortSha = ctx.sha ? `sha-${ctx.sha.slice(0, 7)}` : '';
    if (ctx.ref.startsWith('refs/tags/')) {
        const name = ctx.ref.slice('refs/tags/'.length);
        const parsed = semver_default().parse(semver_default().clean(name) ?? name);
        if (parsed) {
            version = parsed.version;
            tags.push(parsed.version);
            if (parsed.prerelease.length === 0) {
                stableRelease = true;
                tags.push(`${parsed.major}.${parsed.minor}`);
                // metadata-action leaves {{major}} out for 0.x: 0 is not a stable API line.
                if (parsed.major > 0)
                    tags.push(String(parsed.major));
            }
        }
        else {
            version = sanitizeTag(name);
            tags.push(version);
        }
    }
    else if (ctx.ref.startsWith('refs/pull/')) {
        const number = ctx.ref.split('/')[2];
        version = `pr-${number}`;
        tags.push(version);
    }
    else if (ctx.ref.startsWith('refs/heads/')) {
        const branch = ctx.ref.slice('refs/heads/'.length);
        version = ctx.eventName === 'schedule' ? 'nightly' : sanitizeTag(branch);
        tags.push(version);
        const onDefault = ctx.defaultBranch !== undefined && branch === ctx.defaultBranch;
        if (latest === 'true' && onDefault)
            tags.push('latest');
    }
    if (stableRelease && latest !== 'false')
        tags.push('latest');
    if (shortSha)
        tags.push(shortSha);
    if (!version)
        version = shortSha || 'latest';
    if (!tags.length)
        tags.push('latest');
    return { tags: [...new Set(tags.filter(Boolean))], version };
}
/**
 * The references to push. Explicit `tags` win over the git context: a bare tag is appended to
 * `image`, a full reference (with a `/`) is taken as written.
 */
function computeImageTags(image, ctx, explicit, latest = 'auto') {
    const base = (0,reference/* formatReference */.FH)({ ...image, tag: undefined });
    if (explicit.length) {
        const references = explicit.map((item) => {
            if (item.includes('/'))
                return (0,reference/* formatReference */.FH)((0,reference/* parseImageReference */.o_)(item, 'tags'));
            if (!(0,reference/* isValidTag */.r_)(item)) {
                throw new errors/* ConfigurationError */.j(`input \`tags\` has an invalid tag \`${item}\`: a tag is up to 128 letters, digits, _ . - and starts with a letter, digit or _`);
            }
            return `${base}:${item}`;
        });
        const tags = references.map((r) => r.slice(r.lastIndexOf(':') + 1));
        return {
            references: [...new Set(references)],
            tags: [...new Set(tags)],
            version: computeGitTags(ctx, latest).version,
        };
    }
    const { tags, version } = computeGitTags(ctx, latest);
    const all = image.tag ? [image.tag, ...tags] : tags;
    const unique = [...new Set(all)];
    return { references: unique.map((t) => `${base}:${t}`), tags: unique, version };
}

;// CONCATENATED MODULE: ./src/container/main.ts
// actions/container: Dockerfile (found or generated) → builder → tags and labels → login → build and
// push (or archive) → outputs and summary. Decisions live in the pure modules; this file orders them.



















async function run(inputs = (0,container_inputs/* getInputs */.GP)()) {
    const { references, tags, version } = computeImageTags(inputs.image, inputs.git, inputs.tags, inputs.latest);
    const created = await imageCreatedTime(inputs.workspace);
    const labels = {
        ...computeOciLabels({
            serverUrl: inputs.serverUrl,
            repository: inputs.repository,
            sha: inputs.git.sha,
            version,
            created,
        }),
        ...inputs.labels,
    };
    const tlsVerify = !(inputs.insecure || (0,reference/* isLoopbackRegistry */.jW)(inputs.image.registry));
    const log = (line) => runner/* info */.pq(line);
    const result = {
        builder: '',
        builderReason: '',
        dockerfile: '',
        dockerfileGenerated: false,
        references,
        tags,
        imageId: '',
        digest: '',
        pushed: false,
        pushRequested: Boolean(inputs.push || inputs.pushArchive),
        ociArchive: '',
        pushedArchive: '',
        labels,
        notes: [],
        buildMs: 0,
    };
    let builder;
    if (inputs.pushArchive) {
        // Pushing an archive is a copy, not a build: buildah does it daemonless on every runner.
        if (!(await buildahAvailable()))
            throw new errors/* ConfigurationError */.j('input `push-archive` needs buildah (apt-get install buildah)');
        builder = new BuildahBuilder();
        result.builder = 'buildah';
        result.builderReason = 'push-archive copies the archive with buildah';
        result.dockerfile = '(none: pushing an archive)';
    }
    else {
        const dockerfile = await step('Dockerfile', async () => prepareDockerfile(inputs, result));
        // A secret file the build context would copy into a layer defeats the secret mount: refuse it.
        const ignoreFile = readIgnoreFile(inputs.workspace, inputs.context, dockerfile);
        const exposed = exposedSecretFiles(inputs.secrets, inputs.context, ignoreFile.text);
        if (exposed.length)
            throw new errors/* ConfigurationError */.j(`input \`secrets\`: ${exposed.join(', ')} is inside the build context and not in .dockerignore, so a COPY could put it in the image: write it outside the context (e.g. $RUNNER_TEMP) or add it to .dockerignore`);
        result.dockerfile = (0,external_node_path_.relative)(inputs.workspace, dockerfile) || dockerfile;
        const selected = await selectBuilder(inputs.builder, undefined, Boolean(inputs.ociArchive));
        builder = selected.builder;
        result.builder = builder.name;
        result.builderReason = selected.reason;
    }
    runner/* info */.pq(`builder: ${result.builder} (${result.builderReason})`);
    if (inputs.secrets.length)
        runner/* info */.pq(`build secrets: ${inputs.secrets.map((s) => s.id).join(', ')} (values masked)`);
    runner/* setOutput */.uH('builder', result.builder);
    runner/* setOutput */.uH('dockerfile-generated', String(result.dockerfileGenerated));
    // Credentials are used for pulls too (a private base image on the same registry), so a
    // build-only run logs in as well when it has them.
    const needsLogin = Boolean(inputs.password);
    let phase = `Login to ${inputs.image.registry}`;
    try {
        if (needsLogin)
            await step(phase, () => builder.login(inputs.image.registry, inputs.username, inputs.password, tlsVerify));
        phase = inputs.pushArchive ? 'Push archive' : inputs.push ? 'Build and push' : 'Build';
        if (inputs.pushArchive) {
            const { value, ms } = await timedStep(phase, () => builder.pushArchive(inputs.pushArchive, references, tlsVerify, log));
            Object.assign(result, {
                imageId: value.imageId,
                digest: value.digest,
                pushed: true,
                pushedArchive: inputs.pushArchive,
                buildMs: ms,
            });
        }
        else {
            const { value, ms } = await timedStep(phase, () => builder.build({
                context: inputs.context,
                file: inputs.file,
                references,
                labels,
                buildArgs: inputs.buildArgs,
                platforms: inputs.platforms,
                cacheFrom: inputs.cacheFrom,
                cacheTo: inputs.cacheTo,
                push: inputs.push,
                ociArchive: inputs.ociArchive,
                tlsVerify,
                secrets: inputs.secrets.map(build_secrets/* secretSpec */.k6),
                target: inputs.target,
                provenance: inputs.provenance,
                sbom: inputs.sbom,
            }, log));
            result.imageId = value.imageId;
            // Without a push, the archive's manifest digest is the one a later push-archive run will push.
            result.digest = value.digest || value.archiveDigest;
            result.pushed = inputs.push;
            result.ociArchive = inputs.ociArchive;
            result.notes.push(...value.notes);
            result.buildMs = ms;
        }
    }
    catch (error) {
        // The summary says what failed and where, as the step's error does, with what was decided before.
        result.failure = { phase, message: (0,redact/* redact */.E$)((0,errors/* errorMessage */.g)(error)) };
        await writeJobSummary(renderSummary(result));
        throw error;
    }
    finally {
        if (needsLogin)
            await builder
                .logout(inputs.image.registry)
                .catch((error) => runner/* warning */.$e(`logout failed: ${(0,errors/* errorMessage */.g)(error)}`));
    }
    for (const note of result.notes)
        runner/* notice */.lm(note);
    runner/* setOutput */.uH('digest', result.digest);
    runner/* setOutput */.uH('image-id', result.imageId);
    runner/* setOutput */.uH('tags', references.join('\n'));
    const base = `${inputs.image.registry}/${inputs.image.repository}`;
    runner/* setOutput */.uH('image', result.digest ? `${base}@${result.digest}` : base);
    runner/* info */.pq(`${result.pushed ? 'pushed' : 'built'} ${references.join(', ')}${result.digest ? ` (${result.digest})` : ''}`);
    await writeJobSummary(renderSummary(result));
}
/** Use the repository's Dockerfile, or write one for the detected app when `generate` is on. */
function prepareDockerfile(inputs, result) {
    if ((0,read_inside/* existsNoFollow */.r)(inputs.file)) {
        // The builder would block on a FIFO planted as the Dockerfile, or read a link out of the workspace.
        const read = (0,read_inside/* readTextInside */.Y)(inputs.file, inputs.workspace, 1024 * 1024);
        if ('refused' in read)
            throw new errors/* ConfigurationError */.j(`${(0,external_node_path_.relative)(inputs.workspace, inputs.file) || inputs.file} cannot be read: ${read.refused}`);
        runner/* info */.pq(`using ${inputs.file}`);
        return inputs.file;
    }
    const shown = (0,external_node_path_.relative)(inputs.workspace, inputs.file) || inputs.file;
    if (!inputs.generate)
        throw new errors/* ConfigurationError */.j(`no Dockerfile at ${shown} and input \`generate\` is false: add a Dockerfile, set \`file\`, or set generate: true`);
    const app = detectApp(inputs.context);
    if (!app)
        throw new errors/* ConfigurationError */.j(`no Dockerfile at ${shown} and no package.json in \`context\` to generate one from: add a Dockerfile or set \`file\``);
    const generated = generateDockerfile(app, {
        npmrcSecret: inputs.secrets.some((s) => s.id === NPMRC_SECRET),
        secretFiles: (0,build_secrets/* secretFilesInContext */.Qg)(inputs.secrets, inputs.context),
    });
    // Written only inside the workspace, never through a link planted at either path.
    writeNewFileInside(inputs.workspace, inputs.file, generated.dockerfile);
    const ignore = (0,external_node_path_.join)(inputs.context, '.dockerignore');
    if (!(0,read_inside/* existsNoFollow */.r)(ignore))
        writeNewFileInside(inputs.workspace, ignore, generated.dockerignore);
    result.dockerfileGenerated = true;
    result.notes.push(`generated ${shown} for a ${app.kind === 'nextjs' ? 'Next.js' : 'Node.js'} app (${app.packageManager}, port ${app.port}${app.healthPath ? `, health ${app.healthPath}` : ''}): commit it to own it`, ...generated.notes);
    runner/* info */.pq(generated.dockerfile);
    return inputs.file;
}


/***/ })

};
;