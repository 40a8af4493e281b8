"use strict";
exports.id = 817;
exports.ids = [817];
exports.modules = {

/***/ 8817:
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

// EXTERNAL MODULE: ./src/lib/findings.ts
var lib_findings = __webpack_require__(3233);
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

// EXTERNAL MODULE: ./src/audit/inputs.ts + 1 modules
var audit_inputs = __webpack_require__(8852);
// EXTERNAL MODULE: ./src/lib/reports/policy.ts
var reports_policy = __webpack_require__(7317);
// EXTERNAL MODULE: ./src/lib/repository/repository.ts + 3 modules
var repository = __webpack_require__(718);
// EXTERNAL MODULE: ./src/lib/repository/facts.ts
var facts = __webpack_require__(1159);
;// CONCATENATED MODULE: ./src/audit/rules/container/no-dockerfile.ts

const noDockerfile = {
    id: 'container/no-dockerfile',
    severity: 'critical',
    title: 'No container or build definition for a deployable app',
    remediation: "Add a multi-stage Dockerfile (for Next.js, one built on `output: 'standalone'`), or let `actions/container` with `generate: true` write one, build it and push it. A platform build file (render.yaml, fly.toml, nixpacks.toml, Procfile...) also counts.",
    check(repo) {
        if ((0,facts/* buildDefinitions */.Jt)(repo).length)
            return [];
        return (0,facts/* serverApps */.GZ)(repo)
            .filter((app) => !isStaticExport(repo, app.pkg.dir) && !(0,facts/* platformBuilt */.kE)(app))
            .map((app) => ({
            message: `${app.framework} app \`${app.pkg.file}\` has no Dockerfile and no build definition (${facts/* BUILD_DEFINITION_FILES */.Lb.slice(1, 6).join(', ')}, ...): deployments depend on whatever machine builds them.`,
            file: app.pkg.file,
            line: (0,facts/* jsonKeyLine */.Wm)(repo, app.pkg.file, app.frameworkDep),
        }));
    },
};
/** `output: 'export'` makes a Next.js app a static site: it needs no server image. */
function isStaticExport(repo, dir) {
    const configs = repo.glob(`${dir ? `${dir}/` : ''}next.config.{js,mjs,cjs,ts}`);
    return configs.some((f) => /output\s*:\s*['"]export['"]/.test(repo.read(f) ?? ''));
}

;// CONCATENATED MODULE: ./src/audit/rules/container/no-compose.ts

const STARTS_COMPOSE = /docker[ -]compose\b[^\n]*\bup\b|compose\.ya?ml|docker-compose\.ya?ml/;
const RUN_FILE = /\b(?:node|tsx|ts-node|bun|sh|bash)\s+(?:--?[\w-]+\s+)*((?:\.\/)?[\w./-]+\.(?:[cm]?[jt]s|sh))\b/g;
function composeWrittenByScript(repo) {
    return repo.fact('composeWrittenByScript', () => repo.packages.some((pkg) => Object.values(pkg.scripts).some((command) => {
        // Neither pattern matches without `compose` or a file's `.` (`tsc`, `jest` hold neither).
        if (!command.includes('compose') && !command.includes('.'))
            return false;
        if (STARTS_COMPOSE.test(command))
            return true;
        for (const m of command.matchAll(RUN_FILE)) {
            const file = (pkg.dir ? `${pkg.dir}/` : '') + m[1].replace(/^\.\//, '');
            if (STARTS_COMPOSE.test(repo.read(file) ?? ''))
                return true;
        }
        return false;
    })));
}
const noCompose = {
    id: 'container/no-compose',
    severity: 'medium',
    title: 'No compose file for the services the app needs',
    remediation: 'Add a compose.yaml that starts the app with the same database/cache it uses in production (e.g. postgres:16, redis:7), so developers and CI test against the real thing.',
    check(repo) {
        const apps = (0,facts/* serverApps */.GZ)(repo).filter((a) => !(0,facts/* isWorkerPackage */.X5)(repo, a.pkg));
        if (!apps.length || (0,facts/* composeFiles */.ml)(repo).length)
            return [];
        for (const app of apps) {
            const db = (0,facts/* serviceDatabaseOf */.IR)(repo, app.pkg);
            if (db && !composeWrittenByScript(repo)) {
                return [
                    {
                        message: `\`${app.pkg.file}\` depends on \`${db}\` but there is no docker-compose/compose file to run that service locally and in tests.`,
                        file: app.pkg.file,
                    },
                ];
            }
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/container/next-standalone-missing.ts

const nextStandaloneMissing = {
    id: 'container/next-standalone-missing',
    severity: 'medium',
    title: "Next.js image without output: 'standalone'",
    remediation: "Set `output: 'standalone'` in next.config and copy `.next/standalone` and `.next/static` into the final stage: the image shrinks from the whole node_modules to the files the server needs.",
    check(repo) {
        if (!(0,facts/* dockerfiles */.yy)(repo).length)
            return [];
        return (0,facts/* serverApps */.GZ)(repo)
            .filter(facts/* isNextApp */.lL)
            .flatMap((app) => {
            const prefix = app.pkg.dir ? `${app.pkg.dir}/` : '';
            const configs = repo.glob(`${prefix}next.config.{js,mjs,cjs,ts}`);
            const text = configs.map((f) => repo.read(f) ?? '').join('\n');
            if (/output\s*:\s*['"](standalone|export)['"]/.test(text))
                return [];
            const file = configs[0] ?? app.pkg.file;
            return [
                {
                    message: `\`${file}\` does not set output: 'standalone', but the Next.js app is built into a container image (${(0,facts/* dockerfiles */.yy)(repo)[0]}).`,
                    file,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/lib/repository/dockerfile.ts
// A Dockerfile read into instructions with their lines (continuations joined, comments dropped).
function parseDockerfile(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let current = lines[i];
        if (/^\s*#/.test(current) || !current.trim())
            continue;
        while (/\\\s*$/.test(current) && i + 1 < lines.length) {
            i++;
            if (/^\s*#/.test(lines[i]))
                continue;
            current = current.replace(/\\\s*$/, ' ') + lines[i];
        }
        const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(current);
        if (m)
            out.push({ keyword: m[1].toUpperCase(), args: m[2].trim(), line: start + 1 });
    }
    return out;
}
/** Instructions of the final build stage (from its FROM on). */
function finalStage(instructions) {
    let from = -1;
    instructions.forEach((ins, i) => {
        if (ins.keyword === 'FROM')
            from = i;
    });
    return from < 0 ? [] : instructions.slice(from);
}
/** The build stages of a Dockerfile, in order. */
function stages(instructions) {
    const out = [];
    for (const ins of instructions) {
        if (ins.keyword === 'FROM') {
            const words = ins.args.split(/\s+/).filter((w) => !w.startsWith('--'));
            const as = words.findIndex((w) => w.toLowerCase() === 'as');
            out.push({
                image: words[0] ?? '',
                name: as > 0 ? words[as + 1]?.toLowerCase() : undefined,
                from: ins,
                instructions: [ins],
            });
        }
        else if (out.length)
            out[out.length - 1].instructions.push(ins);
    }
    return out;
}
/** The stage and the chain of earlier stages it is built FROM (runtime stage first). */
function stageChain(all, stage) {
    const chain = [stage];
    for (let current = stage;;) {
        const parent = all.find((s) => s.name && s.name === current.image.toLowerCase() && !chain.includes(s));
        if (!parent)
            return chain;
        chain.push(parent);
        current = parent;
    }
}
/** Values of `ARG name=value` before the first FROM, to resolve `FROM node:${NODE_VERSION}`. */
function globalArgs(instructions) {
    const args = {};
    for (const ins of instructions) {
        if (ins.keyword === 'FROM')
            break;
        const m = /^(\w+)=(?:"([^"]*)"|'([^']*)'|(\S*))/.exec(ins.keyword === 'ARG' ? ins.args : '');
        if (m)
            args[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
    }
    return args;
}
/** `FROM` image text with `${ARG}` / `$ARG` replaced by the global ARG defaults. */
function resolveImage(image, args) {
    return image.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_, a, fallback, b) => args[a ?? b] ?? fallback ?? '');
}

;// CONCATENATED MODULE: ./src/audit/rules/container/dockerfile-root-user.ts


// Base images whose default user is not root.
const NON_ROOT_BASE = /:nonroot\b|\bchainguard\/|distroless\/[^\s]*nonroot/;
const BUILDER_STAGE = /^(?:build|builder|base|deps|dependencies|compile|toolchain)$/;
const dockerfileRootUser = {
    id: 'container/dockerfile-root-user',
    severity: 'high',
    title: 'Container runs as root',
    remediation: 'Add `USER node` (or a numeric non-root user such as `USER 10001`) to the final stage, after the files are copied with `--chown`; a compromised process then cannot own the container.',
    check(repo) {
        return (0,facts/* shippedDockerfiles */.NH)(repo).flatMap((file) => {
            const text = repo.read(file);
            if (text === undefined)
                return [];
            const all = stages(parseDockerfile(text));
            const runtime = all[all.length - 1];
            if (!runtime || (runtime.name && BUILDER_STAGE.test(runtime.name)))
                return [];
            const chain = stageChain(all, runtime);
            if (chain.some((s) => NON_ROOT_BASE.test(s.image)))
                return [];
            let last;
            for (const stage of chain) {
                last = stage.instructions.filter((i) => i.keyword === 'USER').pop();
                if (last)
                    break;
            }
            if (last && !/^(root|0)(:|$)/.test(last.args))
                return [];
            return [
                last
                    ? { message: `The final stage of \`${file}\` switches back to \`USER ${last.args}\`.`, file, line: last.line }
                    : {
                        message: `The final stage of \`${file}\` (\`FROM ${runtime.from.args}\`, line ${runtime.from.line}) has no USER instruction, nor does a stage it is built from, so the app runs as root.`,
                        file,
                        line: runtime.from.line,
                    },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/container/unpinned-base-image.ts


const unpinnedBaseImage = {
    id: 'container/unpinned-base-image',
    severity: 'medium',
    title: 'Base image not pinned to a version',
    remediation: 'Name the base image by an explicit version (`FROM node:22.12-bookworm-slim`), or by digest (`FROM node:22-slim@sha256:…`) and let Dependabot or Renovate update it; `latest` or no tag changes under you between builds.',
    check(repo) {
        return (0,facts/* shippedDockerfiles */.NH)(repo).flatMap((file) => {
            const text = repo.read(file);
            if (text === undefined)
                return [];
            const instructions = parseDockerfile(text);
            const args = globalArgs(instructions);
            const all = stages(instructions);
            const hits = [];
            for (const stage of all) {
                const raw = stage.image;
                if (!raw || raw.toLowerCase() === 'scratch' || all.some((s) => s.name === raw.toLowerCase()))
                    continue;
                const image = resolveImage(raw, args);
                // An unresolved `${VAR}` (no default) names nothing we can judge.
                if (!image || (/\$/.test(raw) && image === resolveImage(raw, {})))
                    continue;
                if (image.includes('@sha256:'))
                    continue;
                const tag = /:([^/:]+)$/.exec(image)?.[1];
                // A tag with a version number in it (22, 22.12-slim, 3.20, bookworm-20250101) is pinned enough.
                if (tag && /\d/.test(tag))
                    continue;
                hits.push({
                    message: `\`${file}\` builds FROM \`${image}\` (line ${stage.from.line}) ${tag ? `by the tag \`${tag}\`, which names no version` : 'with no tag'}: the base changes between builds.`,
                    file,
                    line: stage.from.line,
                });
            }
            return hits;
        });
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/container/eol-runtime.ts


/** End of life of each Node.js major (https://github.com/nodejs/release#release-schedule). */
const NODE_END_OF_LIFE = {
    10: '2021-04-30',
    12: '2022-04-30',
    14: '2023-04-30',
    16: '2023-09-11',
    17: '2022-06-01',
    18: '2025-04-30',
    19: '2023-06-01',
    20: '2026-04-30',
    21: '2024-06-01',
    22: '2027-04-30',
    23: '2025-06-01',
    24: '2028-04-30',
    25: '2026-06-01',
};
// node:18, node:18-alpine, node:18.20.4-bookworm-slim, cimg/node:20.1, bitnami/node:16...
const NODE_IMAGE = /(?:^|\/)node:v?(\d+)(?:[.-]|$)/;
function nodeMajorPastEndOfLife(major, today) {
    const eol = NODE_END_OF_LIFE[major] ?? (major < 10 ? '2019-12-31' : undefined);
    return eol && new Date(`${eol}T00:00:00Z`) <= today ? eol : undefined;
}
const eolRuntime = {
    id: 'container/eol-runtime',
    severity: 'high',
    title: 'Container runs an end-of-life Node.js',
    remediation: 'Move the base image to a Node.js release in active or maintenance LTS (`FROM node:22-slim` or `node:24-slim`) and run the tests; an end-of-life runtime gets no security fixes.',
    check(repo) {
        const today = new Date();
        return (0,facts/* shippedDockerfiles */.NH)(repo).flatMap((file) => {
            const text = repo.read(file);
            if (text === undefined)
                return [];
            const instructions = parseDockerfile(text);
            const all = stages(instructions);
            const runtime = all[all.length - 1];
            if (!runtime)
                return [];
            const args = globalArgs(instructions);
            // The runtime stage's own base: the last stage of its FROM chain.
            const chain = stageChain(all, runtime);
            const base = chain[chain.length - 1];
            const image = resolveImage(base.image, args);
            const major = Number(NODE_IMAGE.exec(image)?.[1]);
            const eol = major ? nodeMajorPastEndOfLife(major, today) : undefined;
            if (!eol)
                return [];
            return [
                {
                    message: `The image \`${file}\` ships runs Node.js ${major} (\`FROM ${image}\`, line ${base.from.line}), past its end of life on ${eol}.`,
                    file,
                    line: base.from.line,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/container/unreproducible-install.ts
// container/unreproducible-install: a shipped image installs its dependencies without a lockfile
// (none in the repository, the lockfile ignored by git, or not copied before the install), so each
// build may resolve different versions than the ones tested.



const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'];
// `npm install`, `npm i`, `yarn`, `yarn install`, `pnpm install`, `bun install` with no package named.
const PROJECT_INSTALL = /(?:^|&&|;|\|\|)\s*(?:npm\s+(?:install|i)|yarn(?:\s+install)?|pnpm\s+(?:install|i)|bun\s+(?:install|i))(?=\s|$)((?:\s+--?[\w-]+(?:=\S+)?)*)\s*(?:$|&&|;|\|\|)/;
function lockfileIn(repo, dir) {
    for (const d of dir ? [dir, ''] : ['']) {
        const found = LOCKFILES.find((l) => repo.has(d ? `${d}/${l}` : l));
        if (found)
            return found;
    }
    return undefined;
}
function gitignoresLockfile(repo, dir) {
    return [dir ? `${dir}/.gitignore` : '.gitignore', '.gitignore'].some((f) => (repo.read(f) ?? '').split('\n').some((line) => LOCKFILES.includes(line.trim().replace(/^\//, ''))));
}
const unreproducibleInstall = {
    id: 'container/unreproducible-install',
    severity: 'medium',
    title: 'Image installs dependencies without a lockfile',
    remediation: 'Commit the lockfile (remove it from .gitignore), copy it into the image before installing (`COPY package.json package-lock.json ./`) and install with `npm ci` (`pnpm install --frozen-lockfile`, `yarn install --immutable`).',
    check(repo) {
        return (0,facts/* shippedDockerfiles */.NH)(repo).flatMap((file) => {
            const text = repo.read(file);
            if (text === undefined)
                return [];
            const dir = external_node_path_.posix.dirname(file) === '.' ? '' : external_node_path_.posix.dirname(file);
            const lockfile = lockfileIn(repo, dir);
            const all = stages(parseDockerfile(text));
            for (const stage of all) {
                let copied = false;
                for (const ins of stageChain(all, stage)
                    .reverse()
                    .flatMap((s) => s.instructions)) {
                    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !/--from=/.test(ins.args)) {
                        const sources = ins.args
                            .split(/\s+/)
                            .filter((w) => !w.startsWith('--'))
                            .slice(0, -1);
                        if (sources.some((s) => s === '.' || s === './' || LOCKFILES.some((l) => s.endsWith(l)) || /\*/.test(s)))
                            copied = true;
                    }
                    if (ins.keyword !== 'RUN' || ins.line < stage.from.line || !stage.instructions.includes(ins))
                        continue;
                    if (!PROJECT_INSTALL.test(ins.args))
                        continue;
                    const why = !lockfile
                        ? gitignoresLockfile(repo, dir)
                            ? 'the lockfile is listed in .gitignore, so none is committed'
                            : 'no lockfile is committed'
                        : !copied
                            ? `${lockfile} is not copied into the image before it`
                            : undefined;
                    if (why)
                        return [
                            {
                                message: `\`${file}\` installs dependencies at line ${ins.line} (\`${ins.args.slice(0, 60)}\`) but ${why}: each build may resolve other versions than the ones tested.`,
                                file,
                                line: ins.line,
                            },
                        ];
                }
            }
            return [];
        });
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/container/database-port-published.ts

const DATABASE_IMAGE = /(?:^|\/)(?:postgres|postgis|timescaledb|mysql|mariadb|percona|mongo|redis|valkey|keydb|memcached|clickhouse|elasticsearch|opensearch|cassandra|scylla|couchdb|cockroach|neo4j|mssql|surrealdb|influxdb)(?:[:@/-]|$)/;
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/;
/** Host interface of a `ports:` entry, '' when it is every interface. */
function hostInterface(entry) {
    if (typeof entry === 'number')
        return '';
    if (typeof entry === 'string') {
        const spec = entry.replace(/\/(?:tcp|udp)$/, '');
        const ipv6 = /^\[([^\]]+)\]:/.exec(spec);
        if (ipv6)
            return ipv6[1];
        const parts = spec.split(':');
        return parts.length >= 3 ? parts[0] : '';
    }
    if (entry && typeof entry === 'object') {
        const e = entry;
        if (e.published === undefined)
            return undefined;
        return typeof e.host_ip === 'string' ? e.host_ip : '';
    }
    return undefined;
}
const databasePortPublished = {
    id: 'container/database-port-published',
    severity: 'medium',
    title: 'Database port published on all interfaces',
    remediation: 'Drop the `ports:` entry (services on the compose network reach the database by its service name), or bind it to loopback: `"127.0.0.1:5432:5432"`.',
    check(repo) {
        const hits = [];
        for (const file of (0,facts/* composeFiles */.ml)(repo)) {
            const parsed = repo.yaml(file);
            const services = parsed?.value?.services;
            if (!parsed || !services || typeof services !== 'object')
                continue;
            for (const [name, service] of Object.entries(services)) {
                const s = service;
                if (!s || typeof s.image !== 'string' || !DATABASE_IMAGE.test(s.image) || !Array.isArray(s.ports))
                    continue;
                const open = s.ports.filter((p) => {
                    const host = hostInterface(p);
                    return host !== undefined && !LOOPBACK.test(host);
                });
                if (!open.length)
                    continue;
                const node = parsed.document.getIn(['services', name, 'ports'], true);
                const line = node?.range ? parsed.lineCounter.linePos(node.range[0]).line : undefined;
                hits.push({
                    message: `\`${file}\` publishes the ${s.image} service \`${name}\` on every interface (ports ${open.map((p) => (typeof p === 'object' ? JSON.stringify(p) : String(p))).join(', ')}).`,
                    file,
                    line,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/container/index.ts








const containerRules = [
    noDockerfile,
    noCompose,
    nextStandaloneMissing,
    dockerfileRootUser,
    unpinnedBaseImage,
    eolRuntime,
    unreproducibleInstall,
    databasePortPublished,
];

// EXTERNAL MODULE: ./src/lib/repository/workflow.ts
var workflow = __webpack_require__(255);
;// CONCATENATED MODULE: ./src/lib/repository/workflow-steps.ts

function allSteps(workflows) {
    return workflows.flatMap((workflow) => workflow.jobs.flatMap((job) => job.steps.map((step) => ({ workflow, job, step }))));
}
/** Composite (and other) action definitions anywhere in the repository: action.yml / action.yaml. */
function actionDefinitions(repo) {
    return repo.fact('actionDefinitions', () => repo.byName(/^action\.ya?ml$/).flatMap((file) => {
        const parsed = repo.yaml(file);
        return parsed ? [(0,workflow/* parseWorkflow */.h)(file, parsed, repo.read(file) ?? '')] : [];
    }));
}
/** Line of a character offset inside a step's run script, in the workflow file. */
function runOffsetLine(step, offset) {
    if (!step.run || step.runLine === undefined)
        return step.line;
    const before = step.run.slice(0, offset);
    return step.runLine + (before.match(/\n/g)?.length ?? 0);
}
// A step that builds or tests: a test runner, a build, a type check, a browser test action. Linters,
// scanners and housekeeping (stale, labeler, lock-threads) alone are not CI.
const TESTS_OR_BUILDS_RUN = /\b(?:test|tests|build|vitest|jest|mocha|ava|tap|playwright|cypress|tsc|typecheck|type-check|compile|validate|verify|e2e|coverage|pytest|cargo|go\s+(?:test|build|vet)|make|gradle|mvn|turbo|nx)\b/;
const TESTS_OR_BUILDS_USES = /^(?:cypress-io\/github-action|docker\/build-push-action|\.\/)|(?:^|\/)(?:test|build|ci)[\w-]*(?:@|$)/i;
/** Workflows with a job that tests or builds (or calls a reusable workflow that may). */
function testingWorkflows(repo) {
    return repo.fact('testingWorkflows', () => repo.workflows.filter((w) => w.jobs.some((j) => (j.uses && !/lock|stale|label/i.test(j.uses)) ||
        j.steps.some((s) => (s.run && TESTS_OR_BUILDS_RUN.test(s.run)) || (s.uses && TESTS_OR_BUILDS_USES.test(s.uses))))));
}

;// CONCATENATED MODULE: ./src/audit/rules/ci/no-ci-workflow.ts


const OTHER_CI = [
    '.gitlab-ci.yml',
    '.circleci/config.yml',
    'Jenkinsfile',
    'azure-pipelines.yml',
    'bitbucket-pipelines.yml',
    '.travis.yml',
    '.buildkite/pipeline.yml',
    '.drone.yml',
];
const noCiWorkflow = {
    id: 'ci/no-ci-workflow',
    severity: 'critical',
    title: 'No CI workflow',
    remediation: 'Add .github/workflows/ci.yml that installs, lints, tests and builds on every push and pull request; copy workflow-templates/shipshape-pipeline.yml from shipshape for the gated pipeline (audit, image, scan, deploy).',
    check(repo) {
        if (testingWorkflows(repo).length || OTHER_CI.some((f) => repo.has(f)))
            return [];
        // A workflow that does not parse is reported by its read warning; do not guess what it runs.
        if (repo.glob('.github/workflows/*.{yml,yaml}').length > repo.workflows.length)
            return [];
        const others = repo.workflows.map((w) => w.file);
        if (!repo.packages.length && !(0,facts/* hasDeployTarget */.PV)(repo))
            return [];
        const pkg = repo.rootPackage?.file ?? repo.packages[0]?.file;
        // A library without CI is a quality gap; an app that ships to production without it is a blocker.
        const deploys = (0,facts/* hasDeployTarget */.PV)(repo);
        return [
            {
                message: `${others.length ? `The workflows (${others.join(', ')}) only lint, scan or tidy; no workflow builds or tests` : 'There is no workflow under .github/workflows (nor another CI configuration)'}: nothing tests ${pkg ? `\`${pkg}\`` : 'this repository'} before it ${deploys ? 'is deployed' : 'is published'}.`,
                file: pkg,
                severity: deploys ? undefined : 'high',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/ci/no-deploy-job.ts


const DEPLOY_ACTION = /(^|\/)(deploy|[\w-]*-deploy|[\w-]*deploy-[\w-]*)(@|\/|$)|docker\/build-push-action|cloudflare\/wrangler-action|superfly\/flyctl-actions|amondnet\/vercel-action|appleboy\/(ssh|scp)-action|aws-actions\/amazon-ecs|azure\/webapps-deploy|google-github-actions\/deploy|peaceiris\/actions-gh-pages|actions\/deploy-pages|shipshape\/actions\/(container|migrate-deploy)|railwayapp\//i;
const DEPLOY_COMMAND = /\b(wrangler\s+(deploy|publish|pages\s+deploy)|fly(ctl)?\s+deploy|vercel\b[^\n]*(--prod|deploy)|netlify\s+deploy|railway\s+up|(docker|buildah|podman)\s+push|kubectl\s+(apply|set\s+image|rollout)|helm\s+(upgrade|install)|(serverless|sls)\s+deploy|firebase\s+deploy|gcloud\s+(run|app|functions)\s+deploy|aws\s+(ecs\s+update-service|s3\s+sync|lambda\s+update-function-code)|eb\s+deploy|git\s+push\s+heroku|(npm|pnpm|yarn|bun)\s+(run\s+)?deploy\b|rsync\b[^\n]*@|ssh\s+[^\n]*@[^\n]*(deploy|restart|pull))/i;
const DEPLOY_HOOK = /\bcurl\b[^\n]*(deploy|hook)/i;
// `docker buildx imagetools create` publishes a multi-platform manifest: a registry push.
const IMAGE_PUBLISH = /\bimagetools\s+create\b|\bbuildx\s+build\b[^\n]*--push\b/;
// A script the step runs (`./scripts/release.sh`, `bash deploy/push.sh`), read one hop away.
const RUN_SCRIPT_FILE = /(?:^|[\s;&|])(?:(?:ba|z)?sh\s+)?((?:\.\/)?[\w./-]+\.sh)\b/g;
/** Whether a step deploys: by the action it names, what its inputs ask (`push: true`), or what it runs. */
function stepDeploys(repo, { step }) {
    if (step.uses && DEPLOY_ACTION.test(step.uses))
        return true;
    // Forks and wrappers of docker/build-push-action push when asked to.
    const inputs = (step.with ?? {});
    if (String(inputs.push) === 'true' || /(?:^|,)\s*push=true\b/.test(String(inputs.outputs ?? '')))
        return true;
    if (!step.run)
        return false;
    if (DEPLOY_COMMAND.test(step.run) || DEPLOY_HOOK.test(step.run) || IMAGE_PUBLISH.test(step.run))
        return true;
    for (const m of step.run.matchAll(RUN_SCRIPT_FILE)) {
        const text = repo.read(m[1].replace(/^\.\//, ''));
        if (text && (DEPLOY_COMMAND.test(text) || IMAGE_PUBLISH.test(text)))
            return true;
    }
    return false;
}
// Platforms that deploy from the git push themselves: no workflow job is needed.
const GIT_DEPLOYED = ['vercel.json', 'netlify.toml'];
const noDeployJob = {
    id: 'ci/no-deploy-job',
    severity: 'high',
    title: 'CI never deploys',
    remediation: 'Add a deploy job that runs on the default branch after the tests: build and push an image with `actions/container`, then release with `actions/migrate-deploy` (backup, migrate, deploy, health check, rollback).',
    check(repo) {
        const workflows = repo.workflows;
        // Without a workflow that builds or tests, ci/no-ci-workflow already reports the gap.
        if (!testingWorkflows(repo).length || !(0,facts/* hasDeployTarget */.PV)(repo))
            return [];
        if (GIT_DEPLOYED.some((f) => repo.byName(f).length))
            return [];
        if (repo.byName('render.yaml').some((f) => !/autoDeploy:\s*false/.test(repo.read(f) ?? '')))
            return [];
        const deploys = allSteps(workflows).some((ref) => stepDeploys(repo, ref));
        const reusable = workflows.some((w) => w.jobs.some((j) => j.uses && /deploy|release/i.test(j.uses)));
        if (deploys || reusable)
            return [];
        const names = workflows.map((w) => w.file).join(', ');
        return [
            {
                message: `Workflows (${names}) build and test, but no job deploys: no deploy command, deploy action, registry push or deploy hook.`,
                file: workflows[0].file,
                line: 1,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/lib/node-app/start-port.ts
var start_port = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/audit/rules/ci/lighthouse-port-mismatch.ts
// ci/lighthouse-port-mismatch: a workflow starts the app on one port and points Lighthouse at
// another (seed 001: PORT=3005 in the start script, lhci aimed at localhost:3000).



const RC_FILES = [
    'lighthouserc.json',
    '.lighthouserc.json',
    'lighthouserc.js',
    '.lighthouserc.js',
    'lighthouserc.cjs',
    '.lighthouserc.cjs',
    'lighthouserc.yml',
    '.lighthouserc.yml',
];
const lighthousePortMismatch = {
    id: 'ci/lighthouse-port-mismatch',
    severity: 'high',
    title: 'Lighthouse audits a port the app does not listen on',
    remediation: 'Point Lighthouse at the port the app really uses, or let `actions/lighthouse` start the app, detect the port it listens on and wait until it answers.',
    check(repo) {
        const hits = [];
        for (const workflow of repo.workflows) {
            for (const job of workflow.jobs) {
                const start = serverStart(repo, job);
                if (!start)
                    continue;
                for (const target of lighthouseTargets(repo, workflow.file, job)) {
                    if (target.port === start.port)
                        continue;
                    hits.push({
                        message: `${workflow.file} starts the app with \`${start.command}\` (line ${start.line}), which listens on ${start.port} (${start.origin}), but Lighthouse audits ${target.url} on port ${target.port} (${target.file}${target.line ? ` line ${target.line}` : ''}).`,
                        file: workflow.file,
                        line: target.file === workflow.file ? target.line : start.line,
                    });
                }
            }
        }
        return hits;
    },
};
/** The backgrounded server of a job and the port it will listen on. */
function serverStart(repo, job) {
    for (const step of job.steps) {
        if (!step.run)
            continue;
        const lines = step.run.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const cmd = lines[i].trim();
            if (!/&\s*$/.test(cmd) || /&&\s*$/.test(cmd))
                continue;
            const command = cmd.replace(/&\s*$/, '').trim();
            const dir = workingDirectory(step, job);
            const pkg = repo.packages.find((p) => p.dir === dir) ?? repo.rootPackage;
            const guess = (0,start_port/* resolveStartPort */.qb)(command, pkg?.scripts ?? {});
            const envPort = Number(step.env.PORT ?? job.env.PORT ?? NaN);
            const port = pickPort(guess, envPort);
            if (!port)
                continue;
            const origin = guess?.literal
                ? `${guess.source}${guess.script ? ` in the \`${guess.script}\` script of ${pkg?.file}` : ''}`
                : Number.isFinite(envPort)
                    ? `PORT=${envPort} in the step's env`
                    : (guess?.source ?? 'default');
            return { port, origin, command, line: (step.runLine ?? step.line) + i };
        }
    }
    return undefined;
}
// A literal port in the command or script wins over the env (it overrides PORT); then env; then a framework default.
function pickPort(guess, envPort) {
    if (guess?.literal)
        return guess.port;
    if (Number.isFinite(envPort))
        return envPort;
    return guess?.port;
}
function workingDirectory(step, job) {
    const wd = (step.raw['working-directory'] ??
        job.raw.defaults?.run?.['working-directory']);
    return wd
        ? external_node_path_.posix
            .normalize(wd)
            .replace(/^\.\/?/, '')
            .replace(/\/$/, '')
        : '';
}
function lighthouseTargets(repo, file, job) {
    const targets = [];
    for (const step of job.steps) {
        if (step.uses && /lighthouse-ci-action|lighthouse/i.test(step.uses) && !/shipshape/.test(step.uses)) {
            for (const u of (0,start_port/* localUrlPorts */.BX)(String(step.with.urls ?? step.with.url ?? '')))
                targets.push({ port: u.port, url: u.url, file, line: step.line });
        }
        if (!step.run || !/\b(lhci|lighthouse|unlighthouse)\b/.test(step.run))
            continue;
        const urls = (0,start_port/* localUrlPorts */.BX)(step.run);
        for (const u of urls)
            targets.push({ port: u.port, url: u.url, file, line: runOffsetLine(step, u.index) });
        if (!urls.length && /\blhci\s+(autorun|collect)\b/.test(step.run))
            targets.push(...rcTargets(repo));
    }
    return targets;
}
function rcTargets(repo) {
    for (const rc of RC_FILES) {
        const text = repo.read(rc);
        if (!text)
            continue;
        return (0,start_port/* localUrlPorts */.BX)(text).map((u) => ({ port: u.port, url: u.url, file: rc, line: repo.lineAt(rc, u.index) }));
    }
    return [];
}

;// CONCATENATED MODULE: ./src/audit/rules/ci/server-start-without-readiness.ts
const READINESS = /\bwait-on\b|wait-for-it|\bdockerize\b[^\n]*-wait|curl\b[^\n]*--retry|until\s+[^\n]*(curl|wget|nc|pg_isready)|while\s+![^\n]*(curl|wget|nc)|timeout\s+\d+\s+bash\s+-c|start-server-and-test|\bnpx\s+wait-port|pg_isready|healthcheck/i;
const serverStartWithoutReadiness = {
    id: 'ci/server-start-without-readiness',
    severity: 'medium',
    title: 'Server started with a fixed sleep instead of a readiness check',
    remediation: 'Wait until the server answers instead of sleeping: `npx wait-on http://localhost:PORT` or `curl --retry 30 --retry-connrefused --retry-delay 1 http://localhost:PORT`, or let `actions/lighthouse` start the app and poll it.',
    check(repo) {
        const hits = [];
        for (const workflow of repo.workflows) {
            for (const job of workflow.jobs) {
                // The job's commands in order, with their lines, across steps.
                const commands = job.steps.flatMap((step) => (step.run ?? '').split('\n').map((text, i) => ({ text: text.trim(), line: (step.runLine ?? step.line) + i })));
                const startIndex = commands.findIndex((c) => /&\s*$/.test(c.text) && !/&&\s*$/.test(c.text) && c.text.length > 1);
                if (startIndex < 0)
                    continue;
                const after = commands.slice(startIndex + 1);
                const sleep = after.find((c) => /^sleep\s+\d+/.test(c.text));
                if (!sleep)
                    continue;
                const waits = after.slice(0, after.indexOf(sleep) + 1).some((c) => READINESS.test(c.text));
                if (waits)
                    continue;
                hits.push({
                    message: `Job \`${job.id}\` starts \`${commands[startIndex].text}\` (line ${commands[startIndex].line}) and then only waits \`${sleep.text}\`: on a slow runner the next step meets a server that is not up yet, and a crashed server goes unnoticed.`,
                    file: workflow.file,
                    line: sleep.line,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/ci/no-security-scan.ts

const SCAN_COMMAND = /\b(npm\s+audit|pnpm\s+audit|yarn\s+(npm\s+)?audit|bun\s+audit|audit-ci|better-npm-audit|trivy|snyk|grype|osv-scanner|semgrep|npm\s+run\s+audit|retire)\b/i;
const SCAN_ACTION = /aquasecurity\/trivy-action|github\/codeql-action|snyk\/actions|actions\/dependency-review-action|anchore\/scan-action|google\/osv-scanner|ossf\/scorecard-action|semgrep|shipshape\/actions\/trivy/i;
const noSecurityScan = {
    id: 'ci/no-security-scan',
    severity: 'high',
    title: 'No dependency or vulnerability scanning in CI',
    remediation: 'Scan on every pull request: `actions/trivy` with `scan-type: fs` for lockfiles (and `image` for the built image), failing on critical and high; add actions/dependency-review-action on pull requests.',
    check(repo) {
        const workflows = repo.workflows;
        if (!workflows.length)
            return [];
        const scans = allSteps(workflows).some(({ step }) => (step.uses && SCAN_ACTION.test(step.uses)) || (step.run && SCAN_COMMAND.test(step.run)));
        // Our reusable security workflow runs Trivy on the repository.
        const reusable = workflows.some((w) => w.jobs.some((j) => j.uses && /\/shipshape-security\.ya?ml@/.test(j.uses)));
        if (scans || reusable)
            return [];
        // A package script that scans counts when a workflow calls it.
        const scanScripts = repo.packages.flatMap((p) => Object.entries(p.scripts)
            .filter(([, cmd]) => SCAN_COMMAND.test(cmd))
            .map(([name]) => name));
        if (scanScripts.some((name) => allSteps(workflows).some(({ step }) => step.run && new RegExp(`\\brun\\s+${name}\\b`).test(step.run))))
            return [];
        return [
            {
                message: `None of the workflows (${workflows.map((w) => w.file).join(', ')}) runs a dependency or vulnerability scan (npm/pnpm/yarn/bun audit, Trivy, CodeQL, Snyk, dependency-review, Grype, OSV).`,
                file: workflows[0].file,
                line: 1,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/ci/template-injection.ts

// Contexts an outside contributor controls (from GitHub's own hardening guide), plus inputs.
const UNTRUSTED = [
    /github\.event\.(issue|pull_request|discussion)\.(title|body)/,
    /github\.event\.(comment|review|review_comment)\.body/,
    /github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)/,
    /github\.event\.pages\.[^.]+\.page_name/,
    /github\.event\.(commits\.[^.]+|head_commit)\.(message|author\.(email|name))/,
    /github\.event\.workflow_run\.(head_branch|head_commit\.(message|author\.(email|name))|display_title)/,
    /github\.head_ref/,
    /\binputs\.[\w-]+/,
    /github\.event\.inputs\.[\w-]+/,
];
const templateInjection = {
    id: 'ci/template-injection',
    severity: 'high',
    title: 'User-controlled expression inside a run script',
    remediation: 'Pass the value through `env:` and use it as a shell variable: `env: { TITLE: ${{ github.event.pull_request.title }} }` then `run: echo "$TITLE"`. Never put `${{ }}` of user input inside `run:`.',
    check(repo) {
        const hits = [];
        const scan = (workflows, kind) => {
            for (const { workflow, step } of allSteps(workflows)) {
                if (!step.run)
                    continue;
                const re = /\$\{\{([^}]*)\}\}/g;
                for (let m = re.exec(step.run); m; m = re.exec(step.run)) {
                    const expr = m[1].trim();
                    if (!UNTRUSTED.some((u) => u.test(expr)))
                        continue;
                    hits.push({
                        message: `\`\${{ ${expr} }}\` is expanded inside a run script in ${kind} \`${workflow.file}\`: whoever controls that value can run commands in the job.`,
                        file: workflow.file,
                        line: runOffsetLine(step, m.index),
                    });
                }
            }
        };
        scan(repo.workflows, 'workflow');
        scan(actionDefinitions(repo), 'action');
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/ci/unpinned-action.ts

const MAY_PIN_BY_TAG = /^(actions|github)\//;
const unpinnedAction = {
    id: 'ci/unpinned-action',
    severity: 'high',
    title: 'Action not pinned to a commit SHA',
    remediation: 'Reference third-party actions by full 40-character commit SHA with the version as a comment (`uses: owner/action@<sha> # v1.2.3`) and let Dependabot or Renovate update them. GitHub-owned actions (actions/*, github/*) may keep a version tag.',
    check(repo) {
        const uses = new Map();
        const check = (file, line, ref) => {
            if (ref.startsWith('./') || ref.startsWith('docker://') || MAY_PIN_BY_TAG.test(ref))
                return;
            const at = ref.lastIndexOf('@');
            const version = at < 0 ? '' : ref.slice(at + 1);
            if (/^[0-9a-f]{40}$/.test(version))
                return;
            const key = `${file}\n${ref}`;
            const entry = uses.get(key) ?? { file, uses: ref, ref: version, lines: [] };
            if (line !== undefined && !entry.lines.includes(line))
                entry.lines.push(line);
            uses.set(key, entry);
        };
        for (const { workflow, step } of [...allSteps(repo.workflows), ...allSteps(actionDefinitions(repo))]) {
            if (step.uses)
                check(workflow.file, step.usesLine ?? step.line, step.uses);
        }
        for (const workflow of repo.workflows)
            for (const job of workflow.jobs)
                if (job.uses)
                    check(workflow.file, job.line, job.uses);
        return [...uses.values()].map((u) => {
            const lines = u.lines.sort((a, b) => a - b);
            const where = lines.length > 1 ? ` (lines ${lines.join(', ')})` : '';
            return {
                message: `\`${u.uses}\` is referenced by ${u.ref ? `the movable ref \`${u.ref}\`` : 'no ref at all'} in \`${u.file}\`${where}; whoever can move it decides what runs with your secrets.`,
                file: u.file,
                line: lines[0],
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/ci/unreadable-workflow.ts
const unreadableWorkflow = {
    id: 'ci/unreadable-workflow',
    severity: 'critical',
    title: 'Workflow the audit cannot read',
    remediation: 'Make the workflow plain YAML under 1 MiB, without alias expansions that multiply its size, committed as a regular file (not a link); then the audit can check its jobs and steps.',
    check(repo) {
        return repo.unreadableWorkflows.map((w) => ({
            message: `\`${w.file}\` was not checked: ${w.reason}. Its jobs run unaudited.`,
            file: w.file,
        }));
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/ci/index.ts








const ciRules = [
    noCiWorkflow,
    noDeployJob,
    lighthousePortMismatch,
    serverStartWithoutReadiness,
    noSecurityScan,
    templateInjection,
    unpinnedAction,
    unreadableWorkflow,
];

;// CONCATENATED MODULE: ./src/lib/repository/shell.ts
// Shell scripts: which files are shell scripts, and a small reader of their top-level structure.

const MAX_SCRIPTS = 300;
/** *.sh / *.bash files, and extension-less files in bin/ or scripts/ with a sh/bash shebang. */
function shellScripts(repo) {
    return repo.fact('shellScripts', () => {
        const out = [];
        // Only *.sh, *.bash and extension-less names can be scripts: picked from the base-name index.
        for (const file of repo.namedFiles((base) => /\.(sh|bash)$/.test(base) || !base.includes('.'))) {
            if (out.length >= MAX_SCRIPTS)
                break;
            const base = external_node_path_.posix.basename(file);
            if (/\.(sh|bash)$/.test(base))
                out.push(file);
            else if (!base.includes('.') &&
                /(^|\/)(bin|scripts?)\//.test(file) &&
                /^#!.*\b(ba)?sh\b/.test((repo.read(file) ?? '').slice(0, 100)))
                out.push(file);
        }
        return out;
    });
}
const OPENERS = new Set(['if', 'case', 'for', 'while', 'until', 'select', '{']);
const CLOSERS = new Set(['fi', 'esac', 'done', '}']);
/**
 * The commands of a script with the nesting depth each starts at. Heredoc bodies, comments and
 * quoted text are skipped. It is a reader of structure, not a shell parser: enough to tell a
 * top-level `exit` from one inside an if, a loop, a case arm or a function body.
 */
function commandsWithDepth(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    let depth = 0;
    let heredoc;
    let parens = 0;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        if (heredoc !== undefined) {
            if (raw.replace(/^\t+/, '') === heredoc)
                heredoc = undefined;
            continue;
        }
        const hd = /<<-?\s*(['"]?)([A-Za-z_][\w]*)\1/.exec(raw);
        if (hd)
            heredoc = hd[2];
        const code = stripQuotesAndComments(raw);
        if (!code.trim())
            continue;
        // Each command on the line (split at ; && || |) starts at the current depth; one that follows
        // && or || runs only on a condition.
        const pieces = code.split(/(;;|;|&&|\|\||\||&(?!>))/);
        for (let p = 0; p < pieces.length; p += 2) {
            const part = pieces[p];
            const words = part.trim().split(/\s+/).filter(Boolean);
            if (!words.length)
                continue;
            const startDepth = depth + (parens > 0 ? 1 : 0);
            const conditional = p > 0 && (pieces[p - 1] === '&&' || pieces[p - 1] === '||');
            out.push({ text: part.trim(), line: i + 1, depth: startDepth, conditional });
            for (let w = 0; w < words.length; w++) {
                const word = words[w];
                const atCommandStart = w === 0 || ['then', 'else', 'do', 'elif', '{', '('].includes(words[w - 1]);
                if (atCommandStart && OPENERS.has(word))
                    depth++;
                else if (CLOSERS.has(word) && (atCommandStart || word === '}'))
                    depth--;
                else if (word.endsWith('{') && /\)\s*\{$|^\w+\(\)\{$/.test(words.slice(Math.max(0, w - 1), w + 1).join(' ')))
                    depth++;
            }
            parens +=
                (part.match(/(^|\s)\(/g)?.length ?? 0) - (part.match(/\)(\s|$)/g)?.length ?? 0) * (part.includes('(') ? 1 : 0);
            if (parens < 0)
                parens = 0;
        }
    }
    return out;
}
function stripQuotesAndComments(line) {
    let out = '';
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
            continue;
        }
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '"' || c === "'") {
            quote = c;
            out += ' ';
            continue;
        }
        if (c === '#' && (i === 0 || /\s/.test(line[i - 1])))
            break;
        out += c;
    }
    // ${VAR} and $(...) braces are not blocks.
    return out.replace(/\$\{[^}]*\}/g, 'X').replace(/\$\(\(?[^)]*\)\)?/g, 'X');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/lib/repository/shell-verdicts.ts
// What `bash -n` says of each shell script: the audit's pre-pass (src/audit/shell-syntax-scan.ts)
// asks bash about every script at once, beside the rest of the audit, and keeps the answers on the
// model; without it (a synchronous runAudit, as in unit tests) a script is asked about when a rule
// wants it. The script goes in on stdin: bash never executes anything with -n.

/** A script bash takes longer than this to parse is given up on. */
const BASH_TIMEOUT_MS = 10_000;
const FACT = 'bashVerdicts';
/** The verdict on `file` (whose text is `text`): the pre-pass's, else bash asked now. */
function bashVerdict(repo, file, text) {
    const known = repo.fact(FACT, () => new Map()).get(file);
    if (known)
        return known;
    const run = (0,external_node_child_process_.spawnSync)('bash', ['-n'], { input: text, encoding: 'utf8', timeout: BASH_TIMEOUT_MS });
    return run.error ? { error: run.error.message } : { status: run.status, stderr: run.stderr };
}
function recordBashVerdicts(repo, verdicts) {
    repo.fact(FACT, () => verdicts);
}

;// CONCATENATED MODULE: ./src/audit/rules/scripts/shell-syntax-error.ts


const shellSyntaxError = {
    id: 'scripts/shell-syntax-error',
    severity: 'critical',
    title: 'Shell script does not parse',
    remediation: 'Fix the syntax error (run `bash -n` and `shellcheck` on the script), and add both to CI so a broken script never reaches a server.',
    check(repo) {
        const hits = [];
        for (const file of shellScripts(repo)) {
            const text = repo.read(file);
            if (text === undefined)
                continue;
            const result = bashVerdict(repo, file, text);
            if ('error' in result) {
                repo.warn(file, `bash -n could not run: ${result.error}`);
                continue;
            }
            if (result.status === 0)
                continue;
            const first = result.stderr.split('\n').find((l) => /line \d+/.test(l)) ?? result.stderr.trim();
            const line = Number(/line (\d+)/.exec(first)?.[1]) || undefined;
            const reason = first.replace(/^bash: (line \d+: )?/, '').trim();
            hits.push({ message: `bash -n rejects \`${file}\`${line ? ` at line ${line}` : ''}: ${reason}`, file, line });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/scripts/unreachable-after-exit.ts

const unreachableAfterExit = {
    id: 'scripts/unreachable-after-exit',
    severity: 'high',
    title: 'Code after an unconditional exit never runs',
    remediation: 'Remove the stray `exit` (or move it into the branch it belongs to) so the rest of the script runs; test the script end to end in CI.',
    check(repo) {
        const hits = [];
        for (const file of shellScripts(repo)) {
            const text = repo.read(file);
            if (text === undefined)
                continue;
            const commands = commandsWithDepth(text);
            const index = commands.findIndex((c) => c.depth === 0 && !c.conditional && /^exit(\s+\S+)?$/.test(c.text));
            if (index < 0)
                continue;
            const exit = commands[index];
            const next = commands.slice(index + 1).find((c) => c.line > exit.line);
            if (!next)
                continue;
            hits.push({
                message: `\`${file}\` exits unconditionally at line ${exit.line} (\`${exit.text}\`), so the code from line ${next.line} on (\`${next.text.slice(0, 60)}\`) never runs.`,
                file,
                line: exit.line,
                endLine: next.line,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/scripts/index.ts


const scriptsRules = [shellSyntaxError, unreachableAfterExit];

// EXTERNAL MODULE: ./src/lib/repository/migrations.ts + 1 modules
var migrations = __webpack_require__(2214);
;// CONCATENATED MODULE: ./src/audit/rules/database/sqlite-in-production.ts
// database/sqlite-in-production: the production datasource is a SQLite file on the server's disk
// (Prisma provider "sqlite", a knex/sequelize/typeorm/drizzle sqlite config). One writer at a time,
// no horizontal scaling, and the data dies with an ephemeral container (seeds 000-002).
// Raw drivers count too: better-sqlite3, sqlite3, bun:sqlite, node:sqlite opening a file, a libSQL
// client on a `file:` URL. Managed SQLite (Cloudflare D1, Turso/libSQL) and SQLite only in test/dev
// configs are fine.



/** Drivers/adapters that make "sqlite" a managed service (Turso/libSQL, D1) rather than a local file. */
const MANAGED_SQLITE = /^(?:@prisma\/adapter-libsql|@libsql\/client|@prisma\/adapter-d1|@libsql\/kysely-libsql|drizzle-orm\/d1|@cloudflare\/d1)$/;
/** Desktop/mobile apps keep a local database by design. */
const LOCAL_APP = /^(?:electron|@tauri-apps\/api|react-native|expo|@capacitor\/core)$/;
const DEV_FILE = /(?:^|[._-])(?:test|tests|spec|dev|development|local|e2e|ci)(?:[._-]|$)/i;
const SQLITE_CLIENT = /['"](?:sqlite3?|better-sqlite3|sqlite)['"]/;
const RAW_DRIVER_IMPORT = /(?:from\s*|require\(\s*|import\(\s*)['"](better-sqlite3|sqlite3|bun:sqlite|node:sqlite|sqlite|@libsql\/client)['"]/;
// Opening a database file: new Database('app.db'), new sqlite3.Database(path), new DatabaseSync(...),
// open({ filename }), createClient({ url: 'file:...' }). `:memory:` is not a store.
const OPENS_FILE = /new\s+(?:\w+\.)?(?:Database|DatabaseSync)\(\s*(?!['"]:memory:['"])[^)\s]|\bopen\(\s*\{\s*filename\s*:|createClient\(\s*\{\s*url\s*:\s*['"`]file:/;
const MAX_FILES = 2000;
const sqliteInProduction = {
    id: 'database/sqlite-in-production',
    severity: 'critical',
    title: 'SQLite file as the production database',
    remediation: 'Move production data to a managed database (PostgreSQL on RDS, Neon, Render or Fly; or managed SQLite such as Turso or Cloudflare D1), keep SQLite for tests if you like, and migrate the data with a tested export/import.',
    check(repo) {
        if (!(0,facts/* serverApps */.GZ)(repo).length && !(0,facts/* buildDefinitions */.Jt)(repo).length)
            return [];
        const hits = [];
        for (const file of repo.byName(/\.prisma$/)) {
            if (migrations/* NOT_PRODUCTION_PATH */.S1.test(file) || DEV_FILE.test(external_node_path_.posix.basename(file, '.prisma')))
                continue;
            const pkg = owningPackage(repo, file);
            if (pkg && managedOrLocal(repo, pkg))
                continue;
            const text = repo.read(file) ?? '';
            const block = /datasource\s+(\w+)\s*\{([^}]*)\}/.exec(text);
            if (!block || !/provider\s*=\s*"sqlite"/.test(block[2]))
                continue;
            const url = /url\s*=\s*("[^"]*"|env\("[^"]*"\))/.exec(block[2])?.[1];
            if (url && /libsql:|turso/i.test(url))
                continue;
            const line = repo.lineAt(file, block.index + block[0].indexOf('provider'));
            hits.push({
                message: `${file}: datasource \`${block[1]}\` uses provider "sqlite"${url ? ` with url ${url}` : ''}, a database file on the server's own disk`,
                file,
                line,
            });
        }
        for (const file of repo.byName(/^knexfile\.[cm]?[jt]s$/))
            hits.push(...configHit(repo, file, 'knex client', /client\s*:\s*/));
        for (const file of repo.byName(/^(?:ormconfig\.(?:json|[cm]?[jt]s)|data-?source\.[cm]?[jt]s)$/))
            hits.push(...configHit(repo, file, 'TypeORM type', /type\s*:\s*|"type"\s*:\s*/));
        for (const file of repo.byName('config.json').filter((f) => /(?:^|\/)config\/config\.json$/.test(f)))
            hits.push(...sequelizeHit(repo, file));
        for (const file of repo.byName(/^drizzle\.config\.[cm]?[jt]s$/)) {
            const text = repo.read(file) ?? '';
            if (migrations/* NOT_PRODUCTION_PATH */.S1.test(file) ||
                !/dialect\s*:\s*['"]sqlite['"]/.test(text) ||
                /driver\s*:\s*['"](?:turso|d1-http|durable-sqlite|expo)['"]/.test(text))
                continue;
            const pkg = owningPackage(repo, file);
            if (pkg && managedOrLocal(repo, pkg))
                continue;
            const found = repo.find(file, /dialect\s*:\s*['"]sqlite['"]/);
            hits.push({
                message: `${file} sets Drizzle's dialect to "sqlite" with a local database file`,
                file,
                line: found.line,
            });
        }
        if (!hits.length)
            hits.push(...rawDriverHits(repo));
        // LiteFS replicates the file to other machines and Litestream streams it to object storage:
        // still a file on the server's disk, but neither lost with the container nor tied to one host.
        const replicated = repo.byName(/^(?:litefs|litestream)\.ya?ml$/)[0];
        if (replicated)
            return hits.map((h) => ({
                ...h,
                message: `${h.message}; ${replicated} replicates it, which keeps the data but not the one-writer limit`,
                severity: 'high',
                confidence: 'medium',
            }));
        return hits;
    },
};
/** The first server source file that opens a SQLite file through a raw driver. */
function rawDriverHits(repo) {
    for (const file of (0,facts/* sourceFiles */.l$)(repo, MAX_FILES)) {
        if (migrations/* NOT_PRODUCTION_PATH */.S1.test(file))
            continue;
        const text = repo.read(file);
        const driver = text && RAW_DRIVER_IMPORT.exec(text)?.[1];
        if (!driver)
            continue;
        const pkg = owningPackage(repo, file);
        if (pkg && managedOrLocal(repo, pkg, driver !== '@libsql/client'))
            continue;
        const opens = OPENS_FILE.exec(text);
        if (!opens)
            continue;
        return [
            {
                message: `${file} opens a SQLite database file through ${driver} (line ${repo.lineAt(file, opens.index)}): a database file on the server's own disk`,
                file,
                line: repo.lineAt(file, opens.index),
            },
        ];
    }
    return [];
}
function managedOrLocal(repo, pkg, libsqlIsManaged = true) {
    // A Worker cannot open a file: its "sqlite" is D1 (or a Durable Object's storage).
    if ((0,facts/* isWorkerPackage */.X5)(repo, pkg))
        return true;
    const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    return deps.some((d) => (MANAGED_SQLITE.test(d) && (libsqlIsManaged || d !== '@libsql/client')) || LOCAL_APP.test(d));
}
/** knexfile / TypeORM config: sqlite in the production section, or in a config with no environments. */
function configHit(repo, file, what, key) {
    if (migrations/* NOT_PRODUCTION_PATH */.S1.test(file))
        return [];
    const text = repo.read(file) ?? '';
    const pkg = owningPackage(repo, file);
    if (pkg && managedOrLocal(repo, pkg))
        return [];
    const clientRe = new RegExp(key.source + SQLITE_CLIENT.source);
    const production = /\bproduction['"]?\s*:/.exec(text);
    let scope = text;
    let offset = 0;
    if (production) {
        offset = production.index;
        const rest = text.slice(offset + production[0].length);
        const nextEnv = /\n\s*['"]?(?:development|dev|test|testing|staging|local)['"]?\s*:/.exec(rest);
        scope = text.slice(offset, offset + production[0].length + (nextEnv ? nextEnv.index : rest.length));
    }
    else if (/\b(?:development|test|staging)['"]?\s*:/.test(text)) {
        return []; // environments exist but none is production: sqlite is a dev/test choice
    }
    const m = clientRe.exec(scope);
    if (!m)
        return [];
    return [
        {
            message: `${file} sets the ${what} to ${m[0].replace(key, '').trim()}${production ? ' for production' : ''}: a database file on the server's own disk`,
            file,
            line: repo.lineAt(file, offset + m.index),
        },
    ];
}
function sequelizeHit(repo, file) {
    if (migrations/* NOT_PRODUCTION_PATH */.S1.test(file))
        return [];
    const config = repo.json(file);
    if (config?.production?.dialect !== 'sqlite')
        return [];
    const line = repo.find(file, /"dialect"\s*:\s*"sqlite"/)?.line;
    return [
        {
            message: `${file} sets Sequelize's production dialect to "sqlite": a database file on the server's own disk`,
            file,
            line,
        },
    ];
}
/** The nearest package.json above a file. */
function owningPackage(repo, file) {
    let best;
    for (const pkg of repo.packages) {
        if ((pkg.dir === '' || file.startsWith(`${pkg.dir}/`)) && (!best || pkg.dir.length > best.dir.length))
            best = pkg;
    }
    return best;
}

;// CONCATENATED MODULE: ./src/audit/rules/database/no-migrations.ts
// database/no-migrations: an ORM or schema is used but no migration history is kept, so production
// schema changes are applied by hand or by `db push` with no record and no review (seeds 000-002:
// prisma/migrations holds only migration_lock.toml; seed 004: schema.sql applied with wrangler d1 execute).



const DECLARES = {
    Prisma: 'declares a Prisma schema',
    Drizzle: 'configures Drizzle',
    'Cloudflare D1': 'binds a Cloudflare D1 database',
};
const SCHEMA_SQL = /^(?:schema|init|initial|database|db|create[-_]?tables?|tables|setup)\.sql$/i;
const PUSH_COMMAND = /prisma\s+db\s+push|drizzle-kit\s+push|wrangler\s+d1\s+execute\b[^\n]*--file|psql\b[^\n]*\s-f\s|sqlite3\b[^\n]*<|mysql\b[^\n]*</;
const noMigrations = {
    id: 'database/no-migrations',
    severity: 'high',
    title: 'No database migration history',
    remediation: 'Keep schema changes as versioned migrations in git (`prisma migrate dev` to create them, `drizzle-kit generate`, `wrangler d1 migrations create`) and apply them in the deploy with `prisma migrate deploy` or the actions/migrate-deploy action.',
    check(repo) {
        const hits = [];
        const tools = (0,migrations/* schemaTools */.rp)(repo);
        const handApplied = handAppliedSchemaFiles(repo);
        for (const tool of tools) {
            if (tool.migrations.length)
                continue;
            const inDir = repo.under(`${tool.migrationsDir}/`);
            const lock = inDir.length === 1 && inDir[0].endsWith('/migration_lock.toml')
                ? ' holds only migration_lock.toml'
                : inDir.length
                    ? ' holds no migration file'
                    : ' does not exist';
            const push = pushScript(repo);
            const sql = handApplied[0];
            hits.push({
                message: `${tool.file} ${DECLARES[tool.tool]} but ${tool.migrationsDir}/${lock}: no migration history${push ? `; the schema is applied with ${push}` : ''}${sql && !push ? `; ${sql} looks applied by hand` : ''}`,
                file: tool.file,
                line: tool.line,
            });
        }
        if (!tools.length && !(0,migrations/* otherMigrationFolders */.OU)(repo).length && handApplied.length && (0,facts/* usesDatabase */.Ml)(repo)) {
            const file = handApplied[0];
            const push = pushScript(repo, external_node_path_.posix.basename(file));
            hits.push({
                message: `${file} holds the database schema${push ? ` and is applied by hand with ${push}` : ''}, but the repository keeps no migrations: schema changes leave no history`,
                file,
            });
        }
        return hits;
    },
};
/** schema.sql-like files outside test/example folders that create tables. */
function handAppliedSchemaFiles(repo) {
    return repo
        .byName(SCHEMA_SQL)
        .filter((f) => !migrations/* NOT_PRODUCTION_PATH */.S1.test(f) &&
        !/(?:^|\/)(?:migrations?|migrate)\//.test(f) &&
        /create\s+table/i.test(repo.read(f) ?? ''));
}
/** A package.json script that pushes a schema without a migration (`prisma db push`, `wrangler d1 execute --file`). */
function pushScript(repo, mentioning) {
    for (const pkg of repo.packages) {
        for (const [name, command] of Object.entries(pkg.scripts)) {
            if (PUSH_COMMAND.test(command) && (!mentioning || command.includes(mentioning)))
                return `script \`${name}\` (\`${command.slice(0, 80)}\`) in ${pkg.file}`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/lib/repository/deploy-commands.ts
// The commands that run when the app is built, released or started: workflow steps, deploy configs
// (render.yaml, Procfile, fly.toml, nixpacks.toml, Dockerfiles, compose...), deploy shell scripts and
// the package.json scripts they call. Rules ask "does anything that deploys run X?" against this.

const DEPLOY_CONFIG = /^(?:render\.ya?ml|fly\.toml|Procfile|nixpacks\.toml|railway\.(?:json|toml)|app\.json|app\.ya?ml|heroku\.yml|vercel\.json|netlify\.toml|Dockerfile(?:\.[\w-]+)?|Containerfile|[\w-]+\.Dockerfile|(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml|ecosystem\.config\.[cm]?js|Caddyfile|skaffold\.ya?ml|cloudbuild\.ya?ml|buildspec\.ya?ml|appspec\.ya?ml|\.gitlab-ci\.yml|bitbucket-pipelines\.yml|Jenkinsfile|Makefile|Taskfile\.ya?ml|justfile)$/;
/** A deploy folder, at any depth above the file, and the kinds of file read inside one. */
const DEPLOY_DIR_FOLDER = /(?:^|\/)(?:k8s|kubernetes|deploy|deployment|helm|charts|\.platform|\.ebextensions|infra|ops)\//;
const DEPLOY_DIR_FILE = /\.(?:ya?ml|sh|json|toml)$/;
const DEPLOY_SCRIPT = /(?:^|[-_./])(?:deploy|release|entrypoint|start|boot|bootstrap|provision|setup|migrate|run|launch|server|install)[\w.-]*\.(?:sh|bash)$/i;
/** package.json scripts that run on build, release or start. */
const LIFECYCLE_SCRIPT = /^(?:(?:pre|post)?(?:start|build|install|deploy|release|serve|prod)(?:[:._-].*)?|vercel-build|heroku-postbuild|render-build|railway-build|ci)$/;
const deploy_commands_MAX_FILES = 80;
const RUN_SCRIPT = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+|--\w+\s+)?([\w:.-]+)/g;
// `npm-run-all a b`, `run-s a b`, `run-p a b`, `concurrently "npm:a" "npm:b"` name scripts directly.
const RUN_MANY = /\b(?:npm-run-all|run-s|run-p)((?:\s+(?:--?[\w-]+|"[^"]*"|'[^']*'|[\w:.*-]+))+)/g;
const CONCURRENT_SCRIPT = /["']?npm:([\w:.-]+)/g;
// A script file the command runs (`node scripts/check-db.js`, `tsx lib/db/migrate.ts`, `sh start.sh`).
const deploy_commands_RUN_FILE = /(?:\b(?:node|tsx|ts-node|bun|deno\s+run(?:\s+-\S+)*|sh|bash|zx)\s+(?:--?[\w-]+(?:=\S+)?\s+)*|(?:^|[\s;&|"'])\.\/)((?:\.{0,2}\/)?[\w./-]+\.(?:[cm]?[jt]s|sh))\b/g;
function deployCommandSources(repo) {
    return repo.fact('deployCommandSources', () => {
        const out = [];
        for (const workflow of repo.workflows) {
            const parts = workflow.jobs.flatMap((j) => j.steps.flatMap((s) => [s.run ?? '', s.uses ? `uses: ${s.uses}` : '', JSON.stringify(s.with)]));
            out.push({ file: workflow.file, what: workflow.file, text: parts.join('\n') });
        }
        // Classes: a deploy config or script by name (2), a file a deploy folder may hold (1); folders: a
        // deploy folder (1).
        const configs = repo
            .classify((base) => (DEPLOY_CONFIG.test(base) || DEPLOY_SCRIPT.test(base) ? 2 : DEPLOY_DIR_FILE.test(base) ? 1 : 0), (folder) => (DEPLOY_DIR_FOLDER.test(folder) ? 1 : 0), (name, folder) => name === 2 || (name === 1 && folder === 1))
            .slice(0, deploy_commands_MAX_FILES);
        for (const file of configs)
            out.push({ file, what: file, text: repo.read(file) ?? '' });
        const seen = new Set();
        const queue = [];
        for (const pkg of repo.packages) {
            for (const [name, command] of Object.entries(pkg.scripts)) {
                if (LIFECYCLE_SCRIPT.test(name))
                    queue.push({ file: pkg.file, what: `${pkg.file} script \`${name}\``, text: command });
            }
        }
        out.push(...queue);
        // Follow `npm run x` from any source into package.json scripts, a few levels deep.
        const allScripts = repo.packages.flatMap((pkg) => Object.entries(pkg.scripts).map(([name, command]) => ({ pkg, name, command })));
        let frontier = [...out];
        const readFiles = new Set(out.map((s) => s.file));
        for (let depth = 0; depth < 3 && frontier.length; depth++) {
            const next = [];
            for (const source of frontier) {
                const names = [...source.text.matchAll(RUN_SCRIPT)].map((m) => m[1]);
                for (const m of source.text.matchAll(RUN_MANY))
                    names.push(...m[1]
                        .trim()
                        .split(/\s+/)
                        .filter((w) => !w.startsWith('-'))
                        .map((w) => w.replace(/^["']|["']$/g, '')));
                for (const m of source.text.matchAll(CONCURRENT_SCRIPT))
                    names.push(m[1]);
                for (const s of allScripts.filter((x) => names.includes(x.name))) {
                    const key = `${s.pkg.file}#${s.name}`;
                    if (seen.has(key))
                        continue;
                    seen.add(key);
                    next.push({ file: s.pkg.file, what: `${s.pkg.file} script \`${s.name}\``, text: s.command });
                }
                // One hop into the script files a command runs, resolved from its package's folder.
                const base = source.file.endsWith('package.json') ? external_node_path_.posix.dirname(source.file) : '';
                for (const m of source.text.matchAll(deploy_commands_RUN_FILE)) {
                    const file = external_node_path_.posix.normalize(external_node_path_.posix.join(base === '.' ? '' : base, m[1]));
                    if (file.startsWith('..') || readFiles.has(file) || !repo.has(file))
                        continue;
                    readFiles.add(file);
                    next.push({ file, what: file, text: repo.read(file) ?? '' });
                }
            }
            out.push(...next);
            frontier = next;
        }
        return out;
    });
}
/** The first deploy command source whose text matches. */
function findDeployCommand(repo, pattern) {
    return deployCommandSources(repo).find((s) => pattern.test(s.text));
}

// EXTERNAL MODULE: ./src/lib/node-app/source-files.ts
var source_files = __webpack_require__(7239);
;// CONCATENATED MODULE: ./src/lib/repository/source-scan.ts
// Bounded scans of an app's source files: rules that look for a pattern in code (console.* calls,
// a rate limiter) read the files in src/lib/node-app's scan order, capped, so a 50,000-file
// repository costs the same as a small one.



/** The package's source files in scan order (likely entry/route files first), capped. */
function scanOrder(repo, dir) {
    // The likely files fill at most the cap, so twice the cap of the others is enough to fill the rest.
    return repo.fact(`scanOrder:${dir}`, () => (0,source_files/* scanOrder */.uk)((0,facts/* sourceFilesOf */.u$)(repo, dir, 2 * source_files/* MAX_SCANNED_FILES */.Qe), likelySourcesOf(repo, dir)));
}
/**
 * The package's source files whose base name passes `name` or whose folder passes `folder`, in
 * index order (the first `limit`), from the repository's name and folder index: each test runs once
 * per distinct value.
 */
function sourcesNamedBy(repo, dir, name, folder, limit = Infinity) {
    const prefix = dir ? `${dir}/` : '';
    // Classes: 0 not source, 1 source, 2 source that passes the test.
    return repo.classify((base) => ((0,source_files/* isAppSourceName */.ab)(base) ? (name(base) ? 2 : 1) : 0), (f) => (f.startsWith(prefix) && (0,source_files/* isAppSourceFolder */.DD)(f) ? (folder(f) ? 2 : 1) : 0), (n, f) => n > 0 && f > 0 && (n === 2 || f === 2), limit);
}
function likelySourcesOf(repo, dir) {
    return sourcesNamedBy(repo, dir, source_files/* isLikelyName */.MQ, source_files/* isLikelyFolder */.RY, source_files/* MAX_SCANNED_FILES */.Qe);
}
/** First match of a pattern among the package's scanned source files. */
function findInSource(repo, dir, pattern) {
    return repo.findInFiles(scanOrder(repo, dir), pattern);
}

;// CONCATENATED MODULE: ./src/audit/rules/database/migrations-not-deployed.ts
// database/migrations-not-deployed: migrations are kept but nothing applies them: no workflow step,
// deploy config (render.yaml, Procfile release, fly.toml release_command, Dockerfile, nixpacks) or
// start script runs `prisma migrate deploy` (or the tool's equivalent), so every schema change needs
// someone to remember a manual step.




/** Applying migrations from the app's own code at start-up counts too. */
const MIGRATE_IN_CODE = /\bmigrate\(\s*\w+\s*,\s*\{\s*migrationsFolder|\.migrate\.latest\(|migrationsRun\s*:\s*true|\bnew Umzug\(|runMigrations\(|\bmigrate\.up\(/;
const OTHER_TOOL_COMMAND = /prisma(?:@[\w.^~-]+)?\s+migrate\s+\w+|drizzle-kit\s+migrate|wrangler\s+d1\s+migrations\s+apply|migrate-deploy/g;
const MIGRATIONS_FOLDER = /migrationsFolder\s*:\s*(?:['"`]([^'"`]+)['"`])?/;
/**
 * The app applies this folder from its own code: a migrate() call that names this folder (or names
 * none) in a file that runs, i.e. that another source file imports or a deploy command runs. A
 * `migrate.ts` nothing runs, or one pointing at another folder, does not count.
 */
function appliedInCode(repo, dir, sources) {
    const files = scanOrder(repo, '');
    for (const file of files) {
        const text = repo.read(file);
        const m = text && MIGRATE_IN_CODE.exec(text);
        if (!m)
            continue;
        const folder = MIGRATIONS_FOLDER.exec(text.slice(m.index, m.index + 300))?.[1];
        if (folder && external_node_path_.posix.normalize(folder.replace(/^\.\//, '')) !== external_node_path_.posix.normalize(dir))
            continue;
        const stem = external_node_path_.posix.basename(file).replace(/\.[cm]?[jt]sx?$/, '');
        const imported = new RegExp(`(?:from\\s*|require\\(\\s*|import\\(\\s*)['"][^'"]*\\/${stem}(?:\\.[cm]?[jt]sx?)?['"]`);
        if (sources.some((s) => s.text.includes(file)) ||
            files.some((f) => f !== file && imported.test(repo.read(f) ?? '')))
            return true;
    }
    return false;
}
const migrationsNotDeployed = {
    id: 'database/migrations-not-deployed',
    severity: 'high',
    title: 'Migrations are never applied by the deploy',
    remediation: 'Apply migrations as a deploy step before the new version starts: a release command (`prisma migrate deploy` in render.yaml preDeployCommand, Procfile `release:`, fly.toml `release_command`) or a CI job using the actions/migrate-deploy action.',
    check(repo) {
        const sets = [
            ...(0,migrations/* schemaTools */.rp)(repo).map((t) => ({
                label: `${t.tool} migrations`,
                dir: t.migrationsDir,
                migrations: t.migrations,
                command: t.applyCommand,
                pattern: t.applyPattern,
            })),
            ...(0,migrations/* otherMigrationFolders */.OU)(repo).map((f) => ({
                label: 'migrations',
                dir: f.dir,
                migrations: f.migrations,
                command: f.applyCommand,
                pattern: f.applyPattern,
                // Another tool's command (`prisma migrate deploy`) applies that tool's folder, not this one.
                others: true,
            })),
        ].filter((s) => s.migrations.length > 0);
        if (!sets.length)
            return [];
        const sources = deployCommandSources(repo);
        const hits = [];
        for (const set of sets) {
            const applies = (text) => set.pattern.test('others' in set ? text.replace(OTHER_TOOL_COMMAND, '') : text);
            if (sources.some((s) => applies(s.text)))
                continue;
            if (appliedInCode(repo, set.dir, sources))
                continue;
            const latest = set.migrations[set.migrations.length - 1];
            hits.push({
                message: `${set.dir}/ holds ${set.migrations.length} ${set.label} (latest ${latest}) but nothing runs \`${set.command}\`: not a workflow, the deploy config nor the start/build scripts (${sources.length} places checked)`,
                file: latest,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/database/index.ts



const databaseRules = [sqliteInProduction, noMigrations, migrationsNotDeployed];

;// CONCATENATED MODULE: ./src/lib/repository/script-line.ts
/** Line of `"name":` inside the package's "scripts" object (the same key may appear elsewhere). */
function scriptLine(repo, pkg, name) {
    const text = repo.read(pkg.file);
    if (!text)
        return undefined;
    const scripts = /"scripts"\s*:\s*\{/.exec(text);
    const key = new RegExp(`"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`, 'g');
    key.lastIndex = scripts ? scripts.index : 0;
    const m = key.exec(text);
    return m ? repo.lineAt(pkg.file, m.index) : undefined;
}

;// CONCATENATED MODULE: ./src/lib/repository/backups.ts
// Where the repository backs up its data and whether the copies leave the machine. Shared by
// backup/no-backup and backup/local-only.


/** Commands that make a copy of a database. */
const DUMP = /\bpg_dump(?:all)?\b|\bpg_basebackup\b|\bmysqldump\b|\bmariadb-dump\b|\bmongodump\b|\bsqlite3\b[^\n]*\.(?:backup|dump)\b|\bVACUUM\s+INTO\b|\bwrangler\s+d1\s+export\b|\bredis-cli\b[^\n]*\b(?:--rdb|BGSAVE|SAVE)\b|\blitestream\s+replicate\b|\bbackup\(/i;
/** Commands and SDK calls that put a copy somewhere else. */
const UPLOAD = /\baws\s+s3\s+(?:cp|sync|mv)\b|\baws\s+s3api\s+put-object\b|\bs3cmd\s+(?:put|sync)\b|\bgsutil\s+(?:-m\s+)?(?:cp|rsync|mv)\b|\bgcloud\s+storage\s+(?:cp|rsync)\b|\baz\s+storage\s+(?:blob|file)\s+upload|\bazcopy\s+(?:copy|sync)\b|\bb2\s+(?:upload[-_]file|upload|sync)\b|\brclone\s+(?:copy|sync|move|copyto|moveto)\b|\brestic\b[^\n]*(?:-r|--repo)\s+["']?(?:s3|b2|sftp|rest|azure|gs|swift|rclone):|\bRESTIC_REPOSITORY=["']?(?:s3|b2|sftp|rest|azure|gs|swift|rclone):|\bborg\s+create\b[^\n]*(?:ssh:\/\/|\w@[\w.-]+:)|\bscp\b[^\n]*\s[\w.-]+@?[\w.-]*:\S|\brsync\b[^\n]*\s(?:[\w.-]+@)?[\w.-]+:[^\s/]*\/|\bmc\s+(?:cp|mirror)\b|\bwrangler\s+r2\s+object\s+put\b|\bcurl\b[^\n]*(?:-T\b|--upload-file)|PutObjectCommand|new\s+Upload\(|\.upload\(|uploadFile\(|actions\/upload-artifact|\bs3:\/\/|\bgs:\/\//i;
const BACKUP_NAME = /backup/i;
/** A name that says "database" when the script itself shows no dump command. */
const DATABASE_WORD = /\b(?:db|database|sql|sqlite3?|postgres(?:ql)?|mysql|mongo(?:db)?|redis|\.db)\b/i;
/** Schema-only dumps generate reference files; they back nothing up. */
const SCHEMA_ONLY = /--schema-only|\s-s\s|--no-data|--no-create-info/;
const MANAGED_HOST = /(?:neon\.tech|supabase\.(?:co|com)|rds\.amazonaws\.com|psdb\.cloud|planetscale\.com|render\.com|railway\.app|rlwy\.net|ondigitalocean\.com|aivencloud\.com|cockroachlabs\.cloud|mongodb\.net|upstash\.io|turso\.io|xata\.sh|database\.azure\.com|timescale\.com|crunchybridge\.com|nhost\.run)\b/i;
const SCRIPT_EXT = /\.(?:sh|bash|[cm]?[jt]s|py|rb|ya?ml|ps1)$/;
const LITESTREAM = /^litestream\.ya?ml$/;
const MAX_SCANNED = 60;
function backupJobs(repo) {
    return repo.fact('backupJobs', () => {
        const jobs = [];
        const candidates = new Set();
        const named = (base) => (BACKUP_NAME.test(base) && SCRIPT_EXT.test(base)) || /^crontab$|\.cron$|^cron\.ya?ml$/.test(base);
        for (const f of repo.namedFiles(named)) {
            const base = external_node_path_.posix.basename(f);
            if (/(?:^|\/)(?:node_modules|__tests__|tests?|fixtures|examples?)\//.test(f))
                continue;
            if ((BACKUP_NAME.test(base) && SCRIPT_EXT.test(base)) || /^crontab$|\.cron$|^cron\.ya?ml$/.test(base))
                candidates.add(f);
        }
        for (const w of repo.workflows)
            candidates.add(w.file);
        for (const f of repo.byName(/\.(?:sh|bash)$/).slice(0, MAX_SCANNED))
            candidates.add(f);
        for (const file of candidates) {
            const text = repo.read(file) ?? '';
            let dump = DUMP.exec(text);
            if (dump && SCHEMA_ONLY.test(text.slice(dump.index, text.indexOf('\n', dump.index) >>> 0)))
                dump = null;
            const namedBackup = BACKUP_NAME.test(external_node_path_.posix.basename(file)) && !file.startsWith('.github/');
            if (!dump && !namedBackup)
                continue;
            // A script merely named "backup" must copy something of a database to count (not a restore helper).
            if (!dump &&
                !(DATABASE_WORD.test(text) && /\bcp\b|\btar\b|\bgzip\b|\bzip\b|copyFile|createReadStream/.test(text)))
                continue;
            const upload = UPLOAD.exec(text);
            jobs.push({
                file,
                line: dump ? repo.lineAt(file, dump.index) : 1,
                evidence: dump ? dumpLabel(dump[0]) : external_node_path_.posix.basename(file),
                offsite: upload?.[0].trim().slice(0, 40),
                destination: localDestination(text),
            });
        }
        for (const file of repo.byName(LITESTREAM)) {
            const text = repo.read(file) ?? '';
            const remote = /\burl\s*:\s*["']?((?:s3|gcs|abs|sftp|webdav|nats|file):\/\/|[\w-]+:)|\btype\s*:\s*["']?(?:s3|gcs|abs|sftp|webdav|nats)\b/.exec(text);
            jobs.push({
                file,
                line: 1,
                evidence: 'litestream',
                offsite: remote && !/^file:/.test(remote[1] ?? '') ? remote[0].trim() : undefined,
                destination: /\bpath\s*:\s*(\S+)/.exec(text)?.[1],
            });
        }
        // package.json scripts that dump a database.
        for (const pkg of repo.packages) {
            for (const [name, command] of Object.entries(pkg.scripts)) {
                const dump = DUMP.exec(command);
                // `litestream replicate` with a config file: the config (read above) says where replicas go.
                if (!dump || (/litestream/i.test(dump[0]) && repo.byName(LITESTREAM).length))
                    continue;
                const upload = UPLOAD.exec(command);
                jobs.push({
                    file: pkg.file,
                    line: scriptLine(repo, pkg, name) ?? 1,
                    evidence: `script \`${name}\` (${dumpLabel(dump[0])})`,
                    offsite: upload?.[0],
                });
            }
        }
        return jobs;
    });
}
/** A short name for the dump command (the match itself may run on with paths and quotes). */
function dumpLabel(match) {
    const m = match.trim();
    if (/^sqlite3/i.test(m))
        return /\.dump/.test(m) ? 'sqlite3 .dump' : 'sqlite3 .backup';
    if (/^redis-cli/i.test(m))
        return 'redis-cli snapshot';
    if (/^backup\(/.test(m))
        return 'database backup() call';
    return m
        .split(/\s+/)
        .slice(0, /^(?:wrangler|litestream|VACUUM)/i.test(m) ? 3 : 1)
        .join(' ');
}
/** A local folder a backup script writes to (`BACKUP_DIR=/var/backups`, `./backups`). */
function localDestination(text) {
    const assigned = /^\s*(?:export\s+|local\s+|readonly\s+)?\w*(?:BACKUP|DEST|OUT|TARGET)\w*=["']?([^\s"';]+)/im.exec(text);
    if (assigned && !/:\/\//.test(assigned[1]))
        return assigned[1];
    const path = /(?:^|[\s"'=])((?:\.{1,2}\/|\/(?:var|srv|opt|home|root|tmp|mnt|data|backups?)\/)[\w./$-]*backups?[\w./$-]*)/im.exec(text);
    return path?.[1];
}
/** Databases whose provider keeps backups itself (declared in the repository). */
function managedDatabase(repo) {
    for (const f of repo.byName(/^render\.ya?ml$/)) {
        const value = repo.yaml(f)?.value;
        if (Array.isArray(value?.databases) && value.databases.length)
            return `${f} declares a Render managed database`;
    }
    const managed = /^(?:@neondatabase\/serverless|@prisma\/adapter-neon|@vercel\/postgres|@planetscale\/database|@prisma\/adapter-planetscale|@supabase\/supabase-js|@libsql\/client|@prisma\/adapter-libsql|@xata\.io\/client|@upstash\/redis|firebase-admin|@aws-sdk\/client-dynamodb|@aws-sdk\/lib-dynamodb|convex)$/;
    // Asked of the dependency names of all packages at once first (most repositories use none).
    if (repo.hasDependency(managed, { runtimeOnly: true }))
        for (const pkg of repo.packages) {
            const dep = Object.keys(pkg.dependencies).find((d) => managed.test(d));
            if (dep)
                return `${pkg.file} uses the managed database client ${dep}`;
        }
    // An env example whose DATABASE_URL points at a managed provider (host names only, never values).
    for (const f of repo.byName(/^(?:\.env(?:\.[\w.-]+)?|env\.(?:example|sample|template))$/).slice(0, 20)) {
        const host = MANAGED_HOST.exec(repo.read(f) ?? '');
        if (host)
            return `${f} points at the managed database host *.${host[0]}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/audit/rules/backup/no-backup.ts
// backup/no-backup: a stateful app (it depends on a database or declares one) has no backup script,
// workflow or scheduled job, so one bad migration or disk loss is permanent (seeds 000, 004).
// Databases whose provider keeps backups (Render managed Postgres, Neon, PlanetScale...) are skipped.


/** Caches hold nothing worth restoring. */
const CACHE_ONLY = new Set(['redis', 'ioredis']);
const noBackup = {
    id: 'backup/no-backup',
    severity: 'high',
    title: 'No database backups',
    remediation: 'Schedule a backup that leaves the machine (a nightly workflow running `pg_dump`/`wrangler d1 export` and uploading to S3, GCS or R2; or Litestream for SQLite) and test a restore regularly.',
    check(repo) {
        if (!(0,facts/* usesDatabase */.Ml)(repo) || !(0,facts/* hasDeployTarget */.PV)(repo))
            return [];
        const store = databaseEvidence(repo);
        if (!store || backupJobs(repo).length || managedDatabase(repo))
            return [];
        return [
            {
                message: `The app keeps data (${store.what}) but no backup script, workflow or scheduled job exists (looked for pg_dump, mysqldump, mongodump, sqlite3 .backup, wrangler d1 export, Litestream, *backup* scripts)`,
                file: store.file,
                line: store.line,
            },
        ];
    },
};
function databaseEvidence(repo) {
    const schema = repo.byName('schema.prisma')[0];
    if (schema)
        return { what: `Prisma schema ${schema}`, file: schema, line: repo.find(schema, /datasource\s+\w+/)?.line };
    for (const f of repo.byName(/^wrangler\.(toml|jsonc?)$/)) {
        const found = repo.find(f, /d1_databases/);
        if (found)
            return { what: `D1 database bound in ${f}`, file: f, line: found.line };
    }
    for (const pkg of repo.packages) {
        const dep = facts/* DATABASE_DEPENDENCIES */.u6.find((d) => !CACHE_ONLY.has(d) && (d in pkg.dependencies || d in pkg.devDependencies));
        if (dep)
            return { what: `dependency ${dep} in ${pkg.file}`, file: pkg.file };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/audit/rules/backup/local-only.ts
// backup/local-only: backups exist but are only written to the same machine (./backups,
// /var/backups), so the failure that loses the database loses its backups too (seed 002:
// scripts/database-backup.sh). One off-site copy anywhere in the repository clears the finding.

const localOnly = {
    id: 'backup/local-only',
    severity: 'high',
    title: 'Backups never leave the server',
    remediation: 'Upload every backup off the machine (`aws s3 cp`, `gsutil cp`, `rclone copy`, `restic` to a remote repository, Litestream replica to s3://) with retention, and test a restore from there.',
    check(repo) {
        const jobs = backupJobs(repo);
        if (!jobs.length || jobs.some((j) => j.offsite))
            return [];
        return jobs.map((job) => ({
            message: `${job.file} makes a backup (${job.evidence})${job.destination ? ` into ${job.destination}` : ''} but never copies it off the machine (no aws s3, gsutil, az storage, b2, rclone, restic remote or Litestream replica)`,
            file: job.file,
            line: job.line,
        }));
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/backup/index.ts


const backupRules = [noBackup, localOnly];

// EXTERNAL MODULE: ./src/lib/secret-values.ts
var secret_values = __webpack_require__(3698);
// EXTERNAL MODULE: ./src/lib/repository/secret-detections.ts
var secret_detections = __webpack_require__(5415);
;// CONCATENATED MODULE: ./src/audit/rules/secrets/secretlint-hits.ts

function secretlintHits(repo, place, own) {
    const reported = new Set(own.map((h) => `${h.file}:${h.line}`));
    const hits = [];
    for (const d of (0,secret_detections/* secretlintDetections */.QP)(repo)) {
        if (d.place !== place || reported.has(`${d.file}:${d.line}`))
            continue;
        reported.add(`${d.file}:${d.line}`);
        const found = `${d.file} holds a ${d.kind} at line ${d.line} (found by secretlint's ${d.detector} rule)`;
        if (d.context === 'live')
            hits.push({ message: found, file: d.file, line: d.line });
        else
            hits.push({
                message: `${found}, in ${d.context === 'test' ? 'a test fixture' : 'an example file'}: most such values are fakes, but a real one must be revoked`,
                file: d.file,
                line: d.line,
                severity: d.context === 'test' ? 'medium' : 'high',
                confidence: d.context === 'test' ? 'low' : 'medium',
            });
    }
    return hits;
}

;// CONCATENATED MODULE: ./src/audit/rules/secrets/hardcoded-in-scripts.ts
// secrets/hardcoded-in-scripts: a package.json script assigns a literal to a secret-looking variable
// (seed 001: `NEXTAUTH_SECRET=1234… next build`) or passes one to a credential flag (`--token …`);
// so does a shell script (`SECRET_KEY="…"` in deploy.sh): deploy, release and start scripts report any
// literal, other scripts only a live-looking one.
// Tokens secretlint recognises in scripts, package.json and source code come in through secretlint-hits.ts.
// The message names the script and the variable, never the value.



// `NAME=value` at a word start: plain shell, `export NAME=`, `cross-env NAME=`, `env NAME=`.
const ASSIGNMENT = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|[^\s;&|)]*)/g;
// `--token abc`, `--auth=abc`, `--password abc`: a CLI credential passed as a flag (vercel, netlify...).
const CREDENTIAL_FLAG = /(?:^|\s)--(token|auth|auth-token|api-key|apikey|access-token|password|secret)(?:=|\s+)("[^"]*"|'[^']*'|[^\s;&|)-][^\s;&|)]*)/g;
// Scripts that only run on a developer's machine or in tests, where fake secrets are the norm:
// there only a live-looking value (known token prefix, long high-entropy string) is reported.
const LOCAL_SCRIPT = /^(?:pre|post)?(?:test|tests|e2e|cypress|playwright|jest|vitest|dev|develop|storybook|lint|format|typecheck)(?:[:._-].*)?$|(?:^|[:._-])(?:test|e2e|dev|local)$/;
const hardcodedInScripts = {
    id: 'secrets/hardcoded-in-scripts',
    severity: 'critical',
    title: 'Secret hardcoded in a package.json script',
    remediation: "Revoke the secret, remove it from the script and read it from the environment instead (GitHub Actions secrets in CI, the platform's secret store in production); the old value stays in git history.",
    check(repo) {
        const hits = [];
        for (const pkg of repo.packages) {
            for (const [name, command] of Object.entries(pkg.scripts)) {
                // Neither pattern can match without its `--` or `=` (most scripts hold neither: `tsc`, `jest`).
                const flags = command.includes('--');
                if (!flags && !command.includes('='))
                    continue;
                const local = LOCAL_SCRIPT.test(name);
                for (const m of flags ? command.matchAll(CREDENTIAL_FLAG) : []) {
                    const value = (0,secret_values/* unquote */._n)(m[2]);
                    // A flag has no variable name to go by: report only values that look like real credentials.
                    if ((0,secret_values/* isReference */.A_)(value) || !(0,secret_values/* looksLikeLiveSecret */.yt)(value))
                        continue;
                    hits.push({
                        message: `${pkg.file} script \`${name}\` passes a literal ${value.length}-character credential to \`--${m[1]}\`; anyone who can read the repository has it`,
                        file: pkg.file,
                        line: scriptLine(repo, pkg, name),
                    });
                }
                for (const m of command.matchAll(ASSIGNMENT)) {
                    const variable = m[1];
                    const value = (0,secret_values/* unquote */._n)(m[2]);
                    // Build/start/deploy scripts configure what runs in production: any literal there is
                    // reported, a placeholder too (`SESSION_SECRET=changeme` is a guessable production secret).
                    // Dev/test scripts carry fake values by convention: only a live-looking one is reported.
                    const byName = (0,secret_values/* isSecretAssignment */.Uj)(variable, value, local, isProductionLiteral);
                    if (!byName && !(0,secret_values/* hasUrlCredentials */.yn)(value, local))
                        continue;
                    const what = !byName
                        ? 'a URL with a password'
                        : (0,secret_values/* isPlaceholder */.wK)(value)
                            ? 'a placeholder value, a guessable secret wherever this script runs'
                            : `a literal ${value.length}-character value; anyone who can read the repository has it`;
                    hits.push({
                        message: `${pkg.file} script \`${name}\` sets ${variable} to ${what}`,
                        file: pkg.file,
                        line: scriptLine(repo, pkg, name),
                    });
                }
            }
        }
        hits.push(...shellScriptHits(repo));
        hits.push(...secretlintHits(repo, 'code', hits));
        return hits;
    },
};
const SHELL_TEST_PATH = /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|examples?|testdata|node_modules)\//;
const PRODUCTION_SHELL = /(?:^|[-_./])(?:deploy|release|prod|production|start|entrypoint|docker-entrypoint|run|launch|provision|setup|bootstrap)[\w.-]*\.(?:sh|bash)$/i;
const MAX_SHELL_FILES = 200;
function shellScriptHits(repo) {
    const hits = [];
    const files = repo.select((base) => /\.(?:sh|bash)$/.test(base), (folder) => !SHELL_TEST_PATH.test(folder), MAX_SHELL_FILES);
    for (const file of files) {
        const production = PRODUCTION_SHELL.test(file.split('/').pop());
        (repo.read(file) ?? '').split('\n').forEach((text, i) => {
            if (/^\s*#/.test(text))
                return;
            for (const m of text.matchAll(ASSIGNMENT)) {
                const value = (0,secret_values/* unquote */._n)(m[2]);
                if (!(0,secret_values/* isSecretAssignment */.Uj)(m[1], value, !production, isProductionLiteral))
                    continue;
                hits.push({
                    message: `${file} sets ${m[1]} to ${(0,secret_values/* isPlaceholder */.wK)(value) ? 'a placeholder value, a guessable secret wherever this script runs' : `a literal ${value.length}-character value; anyone who can read the repository has it`}`,
                    file,
                    line: i + 1,
                });
            }
        });
    }
    return hits;
}
/** A value written in the script itself: not empty, not `$VAR`/`${VAR}`, not a flag such as `1` or `true`. */
function isProductionLiteral(value) {
    return value.trim() !== '' && !(0,secret_values/* isReference */.A_)(value) && !/^(?:true|false|yes|no|on|off|\d{1,3})$/i.test(value.trim());
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/lib/repository/wrangler-config.ts
var wrangler_config = __webpack_require__(9135);
;// CONCATENATED MODULE: ./src/audit/rules/secrets/committed-config.ts




const ENV_FILE = /^\.env(?:\.[\w.-]+)?$/;
const EXAMPLE_ENV = /(?:^|[._-])(?:example|sample|template|dist|defaults?|schema|tpl|skel|ci-example)(?:$|[._-])/i;
const LOCAL_CONTEXT = /(?:^|[._-])(?:test|tests|testing|dev|development|local|ci|e2e|spec|mock)(?:$|[._-])/i;
// .env.local is where real keys live on a developer's machine: committed, it leaks them, so it is
// not a "local context" for .env files (only .env.test / .env.development are).
const LOCAL_DOTENV = /(?:^|[._-])(?:test|tests|testing|dev|development|ci|e2e|spec|mock)(?:$|[._-])/i;
const committed_config_DATABASE_IMAGE = /(?:^|\/)(?:postgres|postgis|mysql|mariadb|mongo|redis|valkey|rabbitmq|minio|memcached|elasticsearch|opensearch|clickhouse|cassandra|mssql|keycloak|localstack|mailhog|mailpit)(?:[:@/-]|$)/;
const TEST_PATH = /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|examples?|testdata|cypress|playwright)\//;
const committedConfig = {
    id: 'secrets/committed-config',
    severity: 'critical',
    title: 'Secret committed in a configuration file',
    remediation: "Revoke the secret, delete it from the file and keep it in a secret store (GitHub Actions secrets, `wrangler secret put`, the platform's environment settings); commit only an example file with empty values and add the real file to .gitignore.",
    check(repo) {
        const hits = [];
        const report = (file, where, candidates) => {
            for (const c of candidates) {
                const byName = (0,secret_values/* isSecretAssignment */.Uj)(c.secretName ?? c.name, c.value, c.local);
                if (!byName && !(0,secret_values/* hasUrlCredentials */.yn)(c.value, c.local))
                    continue;
                const what = byName ? `a ${c.value.length}-character literal` : 'a URL with a password';
                const live = byName ? (0,secret_values/* looksLikeLiveSecret */.yt)(c.value) : (0,secret_values/* hasUrlCredentials */.yn)(c.value, true);
                if (c.defaultsLikely && !live) {
                    hits.push({
                        message: `${file} sets ${c.name} to ${what}${where} that looks like a default credential, not a live one: whoever runs this file as it is gets a guessable password`,
                        file,
                        line: c.line,
                        severity: 'medium',
                        confidence: 'medium',
                    });
                }
                else
                    hits.push({ message: `${file} sets ${c.name} to ${what}${where}`, file, line: c.line });
            }
        };
        for (const file of repo.byName(/^\.(?:npmrc|yarnrc\.yml)$/)) {
            if (!TEST_PATH.test(file))
                report(file, ' (registry credentials; use `${NPM_TOKEN}` and a CI secret)', registryTokens(repo, file));
        }
        for (const file of repo.byName(ENV_FILE)) {
            const base = file.split('/').pop();
            if (EXAMPLE_ENV.test(base.slice(4)) || TEST_PATH.test(file))
                continue;
            report(file, '', dotenvEntries(repo, file, LOCAL_DOTENV.test(base.slice(4))));
        }
        for (const file of repo.byName(wrangler_config/* WRANGLER_CONFIG */.C)) {
            if (!TEST_PATH.test(file))
                report(file, ' in its vars (plain text in the repository; secrets belong in `wrangler secret put`)', wranglerVars(repo, file));
        }
        for (const file of repo.byName(/^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/)) {
            if (!TEST_PATH.test(file))
                report(file, ' in a service environment', composeEnvironment(repo, file, LOCAL_CONTEXT.test(file.split('/').pop())));
        }
        for (const file of repo.byName(/^render\.ya?ml$/)) {
            if (!TEST_PATH.test(file))
                report(file, ' in envVars (use `sync: false` and set it in the dashboard)', renderEnvVars(repo, file));
        }
        for (const file of repo.byName('fly.toml')) {
            if (!TEST_PATH.test(file))
                report(file, ' in [env] (use `fly secrets set`)', flyEnv(repo, file));
        }
        for (const workflow of repo.workflows) {
            report(workflow.file, ' in an env: block (use `${{ secrets.NAME }}`)', workflowEnv(repo, workflow.file));
        }
        hits.push(...secretlintHits(repo, 'config', hits));
        return hits;
    },
};
function dotenvEntries(repo, file, local) {
    const text = repo.read(file) ?? '';
    const out = [];
    text.split('\n').forEach((raw, i) => {
        const m = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(.*)$/.exec(raw);
        if (!m)
            return;
        let value = m[2].trim();
        if (!/^["']/.test(value))
            value = value.replace(/\s+#.*$/, '');
        out.push({ name: m[1], value: (0,secret_values/* unquote */._n)(value), line: i + 1, local });
    });
    return out;
}
function wranglerVars(repo, file) {
    const config = (0,wrangler_config/* wranglerConfig */.F)(repo, file);
    if (!config)
        return [];
    const tables = [];
    if (isObject(config.vars))
        tables.push(config.vars);
    if (isObject(config.env))
        for (const env of Object.values(config.env))
            if (isObject(env) && isObject(env.vars))
                tables.push(env.vars);
    const out = [];
    for (const vars of tables) {
        for (const [name, value] of Object.entries(vars)) {
            if (typeof value !== 'string')
                continue;
            out.push({ name, value, line: keyLine(repo, file, name), local: false });
        }
    }
    return out;
}
/** `//registry.npmjs.org/:_authToken=…` in .npmrc, `npmAuthToken: …` in .yarnrc.yml (named as a TOKEN so the secret test applies). */
function registryTokens(repo, file) {
    const out = [];
    (repo.read(file) ?? '').split('\n').forEach((line, i) => {
        const m = /(?:^|:)(_authToken|_auth|_password|npmAuthToken|npmAuthIdent)\s*[=:]\s*(.+)$/.exec(line.trim());
        if (m)
            out.push({ name: m[1], secretName: 'NPM_TOKEN', value: (0,secret_values/* unquote */._n)(m[2]), line: i + 1, local: false });
    });
    return out;
}
function renderEnvVars(repo, file) {
    const value = repo.yaml(file)?.value;
    const groups = [
        ...(Array.isArray(value?.services) ? value.services : []),
        ...(Array.isArray(value?.envVarGroups) ? value.envVarGroups : []),
    ];
    const out = [];
    for (const group of groups) {
        if (!isObject(group) || !Array.isArray(group.envVars))
            continue;
        for (const v of group.envVars) {
            if (isObject(v) && typeof v.key === 'string' && (typeof v.value === 'string' || typeof v.value === 'number')) {
                out.push({
                    name: v.key,
                    value: String(v.value),
                    line: repo.find(file, new RegExp(`key:\\s*["']?${v.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`, 'm'))?.line,
                    local: false,
                });
            }
        }
    }
    return out;
}
function flyEnv(repo, file) {
    let config;
    try {
        config = (0,dist/* parse */.qg)(repo.read(file) ?? '');
    }
    catch {
        return []; // fly.toml syntax is not this rule's concern
    }
    if (!isObject(config.env))
        return [];
    return Object.entries(config.env).flatMap(([name, value]) => typeof value === 'string' ? [{ name, value, line: keyLine(repo, file, name), local: false }] : []);
}
function composeEnvironment(repo, file, local) {
    const services = repo.yaml(file)?.value?.services;
    if (!isObject(services))
        return [];
    const out = [];
    for (const service of Object.values(services)) {
        if (!isObject(service))
            continue;
        // A database/broker container's own password (POSTGRES_PASSWORD, MYSQL_ROOT_PASSWORD) guards a
        // container on the compose network; only a live-looking one is reported.
        const infra = typeof service.image === 'string' && committed_config_DATABASE_IMAGE.test(service.image);
        for (const [name, value] of envPairs(service.environment))
            out.push({ name, value, line: keyLine(repo, file, name), local: local || infra, defaultsLikely: !local });
    }
    return out;
}
function workflowEnv(repo, file) {
    const out = [];
    const workflow = repo.workflows.find((w) => w.file === file);
    const add = (env, local) => {
        for (const [name, value] of envPairs(env))
            out.push({ name, value, line: keyLine(repo, file, name), local });
    };
    // Workflow env blocks mostly carry throw-away values for test jobs (JWT_SECRET: test-jwt); a real
    // credential pasted there is long and random, so only live-looking values are reported.
    add(workflow.env, true);
    for (const job of workflow.jobs) {
        add(job.env, true);
        for (const step of job.steps)
            add(step.env, true);
        // Service containers in CI are throw-away databases: their passwords are fake by design.
        const services = job.raw.services;
        if (isObject(services))
            for (const s of Object.values(services))
                if (isObject(s))
                    add(s.env, true);
    }
    return out;
}
/** `environment:` as a map or as a list of `NAME=value`. */
function envPairs(env) {
    if (Array.isArray(env)) {
        return env.flatMap((item) => {
            const m = typeof item === 'string' ? /^([^=]+)=(.*)$/.exec(item) : null;
            return m ? [[m[1].trim(), m[2]]] : [];
        });
    }
    if (isObject(env))
        return Object.entries(env).flatMap(([k, v]) => typeof v === 'string' || typeof v === 'number' ? [[k, String(v)]] : []);
    return [];
}
function keyLine(repo, file, name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return repo.find(file, new RegExp(`^[\\t ]*(?:- )?["']?${escaped}["']?\\s*[:=]`, 'm'))?.line;
}
function isObject(value) {
    return !!value && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/audit/rules/secrets/fallback-secret.ts
// secrets/fallback-secret: application code falls back to a literal when a secret is missing from
// the environment (`process.env.JWT_SECRET || 'dev-secret'`). A deploy that forgets the variable
// then runs, signing sessions with a value anyone can read in the repository. Placeholders count:
// 'changeme' is exactly the value an attacker tries first.


const fallback_secret_MAX_FILES = 2000;
// process.env.X, process.env['X'], import.meta.env.X, env.X ($env/dynamic/private, c.env.X, Bun.env.X),
// Deno.env.get('X'), followed by || or ?? and a string literal.
const FALLBACK = /(?:process\.env|import\.meta\.env|\benv|Bun\.env)(?:\.([A-Za-z_]\w*)|\[\s*(['"])([A-Za-z_]\w*)\2\s*\])\s*(?:\|\||\?\?)\s*(['"`])([^'"`\n]{1,200})\4|Deno\.env\.get\(\s*(['"])([A-Za-z_]\w*)\6\s*\)\s*(?:\|\||\?\?)\s*(['"`])([^'"`\n]{1,200})\8/g;
// A fallback under an explicit development/test guard is meant for those environments only.
const DEV_GUARD = /NODE_ENV\s*[!=]==?\s*['"](?:development|test)['"]|\bisDev(?:elopment)?\b|\bdev\s*\?/;
const fallbackSecret = {
    id: 'secrets/fallback-secret',
    severity: 'high',
    title: 'Secret falls back to a literal in code',
    remediation: 'Remove the fallback and fail at start-up when the secret is missing (`const secret = process.env.JWT_SECRET; if (!secret) throw new Error("JWT_SECRET is not set")`), or validate the environment with a schema (zod, envalid, t3-env); give development its own value in an untracked .env file.',
    check(repo) {
        const hits = [];
        for (const file of (0,facts/* sourceFiles */.l$)(repo, fallback_secret_MAX_FILES)) {
            const text = repo.read(file);
            if (!text || !/(?:\|\||\?\?)\s*['"`]/.test(text))
                continue;
            for (const m of text.matchAll(FALLBACK)) {
                const name = m[1] ?? m[3] ?? m[7];
                const value = m[5] ?? m[9];
                if (!name || !value?.trim() || (0,secret_values/* secretNameStrength */.P0)(name) !== 'strong')
                    continue;
                const line = repo.lineAt(file, m.index);
                const lineText = text.split('\n')[line - 1] ?? '';
                hits.push({
                    message: `${file} falls back to a ${value.length}-character literal when ${name} is not set: a deploy that forgets it runs with a secret anyone can read here`,
                    file,
                    line,
                    ...(DEV_GUARD.test(lineText) ? { confidence: 'low', severity: 'medium' } : {}),
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/secrets/index.ts



const secretsRules = [hardcodedInScripts, committedConfig, fallbackSecret];

;// CONCATENATED MODULE: ./src/lib/repository/running-server.ts
// Server apps that run a server process in production. A Next.js app built with `output: 'export'`
// (or `next export`) is a static site: health routes, rate limits, server logging and the port do
// not apply to it, so server-oriented rules skip it.


function runningServerApps(repo) {
    return repo.fact('runningServerApps', () => (0,facts/* serverApps */.GZ)(repo).filter((app) => !isStaticNextExport(repo, app)));
}
function isStaticNextExport(repo, app) {
    if (!(0,facts/* isNextApp */.lL)(app))
        return false;
    if (Object.values(app.pkg.scripts).some((s) => /\bnext\s+export\b/.test(s)))
        return true;
    const dir = app.pkg.dir || '.';
    const config = repo.files.find((f) => external_node_path_.posix.dirname(f) === dir && /^next\.config\.[cm]?[jt]s$/.test(external_node_path_.posix.basename(f)));
    return !!config && /\boutput\s*:\s*['"`]export['"`]/.test(repo.read(config) ?? '');
}

;// CONCATENATED MODULE: ./src/audit/rules/config/hardcoded-port.ts
// config/hardcoded-port: the start script or the server code fixes the port to a literal, so the
// platform (Render, Fly, Cloud Run, Heroku...) cannot choose it through PORT (seed 000: `PORT=3005`).




/** Scripts that start the app for production (dev scripts may pin a port). */
const START_SCRIPTS = ['start', 'start:prod', 'start:production', 'serve', 'prod'];
/** Server entry files (by base name) worth reading for `listen(3000)`; reading every source file would not scale. */
const SERVER_FILE = /^(?:server|app|index|main|http|listen|start)\.[cm]?[jt]s$/;
const MAX_SERVER_FILES = 40;
const hardcodedPort = {
    id: 'config/hardcoded-port',
    severity: 'medium',
    title: 'Port hardcoded instead of read from PORT',
    remediation: 'Read the port from the environment with a default (`const port = Number(process.env.PORT ?? 3000)`, `next start` without `-p`) and set PORT in the deploy configuration.',
    check(repo) {
        const hits = [];
        for (const { pkg } of runningServerApps(repo)) {
            for (const name of START_SCRIPTS) {
                const command = pkg.scripts[name];
                const port = command === undefined ? undefined : (0,start_port/* portFromCommand */.bm)(command);
                if (port?.literal) {
                    hits.push({
                        message: `${pkg.file} script \`${name}\` fixes the port with \`${port.source}\`; the platform cannot set it through PORT`,
                        file: pkg.file,
                        line: scriptLine(repo, pkg, name),
                    });
                }
            }
            const candidates = sourcesNamedBy(repo, pkg.dir, (base) => SERVER_FILE.test(base), () => false, MAX_SERVER_FILES);
            for (const file of candidates) {
                const hit = literalListen(repo.read(file) ?? '');
                if (hit)
                    hits.push({
                        message: `${file} listens on port ${hit.port} (${hit.evidence}) without reading PORT`,
                        file,
                        line: repo.lineAt(file, hit.index),
                    });
            }
        }
        return hits;
    },
};
/** `listen(3000)`, `listen({ port: 3000 })`, or `const port = 3000; … listen(port)`, in a file that never reads PORT. */
function literalListen(text) {
    if (/process\.env\.PORT\b|process\.env\[['"]PORT['"]\]|Deno\.env\.get\(['"]PORT|Bun\.env\.PORT|env\.PORT\b/.test(text))
        return undefined;
    const direct = /\.listen\(\s*(?:\{\s*port\s*:\s*)?(\d{2,5})\b/.exec(text);
    if (direct)
        return { port: Number(direct[1]), evidence: `\`listen(${direct[1]})\``, index: direct.index };
    const viaName = /\.listen\(\s*(?:\{\s*port\s*:\s*)?([A-Za-z_$][\w$]*)\s*[,)}]/.exec(text);
    if (viaName) {
        const decl = new RegExp(`(?:const|let|var)\\s+${viaName[1].replace(/\$/g, '\\$')}\\s*(?::\\s*number\\s*)?=\\s*(\\d{2,5})\\s*[;\\n]`).exec(text);
        if (decl)
            return { port: Number(decl[1]), evidence: `\`${viaName[1]} = ${decl[1]}\``, index: decl.index };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/audit/rules/config/unreadable-file.ts
// config/unreadable-file: a file other rules read to judge the repository (package.json, a Dockerfile,
// a compose file, a platform's deploy config, an env file, a Prisma schema) that the audit cannot read or parse:
// too large, malformed, binary, a link out of the tree or to a FIFO. What it would have shown (a
// secret in a script, a root user, a committed credential) goes unchecked, so the file is a finding
// at the severity of the worst rule it hides from, never a silent skip. Workflows have their own
// rule (ci/unreadable-workflow).



const readable = (repo, file) => repo.read(file) !== undefined;
const KINDS = [
    {
        name: /^package\.json$/,
        severity: 'critical',
        hides: 'its scripts (hard-coded secrets, deploy and migration commands) and dependencies',
        parses(repo, file) {
            const value = repo.json(file);
            if (value === undefined)
                return false;
            if (value && typeof value === 'object' && !Array.isArray(value))
                return true;
            repo.recordFailure(file, 'package.json is not a JSON object');
            return false;
        },
    },
    {
        name: /^(?:(?:Dockerfile|Containerfile)(?:\.[\w-]+)?|[\w.-]+\.Dockerfile)$/,
        severity: 'high',
        hides: 'its user, base images and install steps',
        parses: readable,
    },
    {
        name: facts/* COMPOSE_FILE */.Uu,
        severity: 'critical',
        hides: 'its services’ environment (committed credentials) and published ports',
        parses: (repo, file) => repo.yaml(file) !== undefined,
    },
    {
        name: /^render\.ya?ml$/,
        severity: 'critical',
        hides: 'its envVars (committed secrets), health check and deploy commands',
        parses: (repo, file) => repo.yaml(file) !== undefined,
    },
    {
        name: /^fly\.toml$/,
        severity: 'critical',
        hides: 'its [env] (committed secrets), checks and release command',
        parses(repo, file) {
            const text = repo.read(file);
            if (text === undefined)
                return false;
            try {
                (0,dist/* parse */.qg)(text);
                return true;
            }
            catch (error) {
                repo.recordFailure(file, `invalid TOML: ${error.message.split('\n')[0]}`);
                return false;
            }
        },
    },
    {
        name: wrangler_config/* WRANGLER_CONFIG */.C,
        severity: 'critical',
        hides: 'its [vars] (committed secrets), D1 databases and migrations',
        parses: (repo, file) => (0,wrangler_config/* wranglerConfig */.F)(repo, file) !== undefined,
    },
    {
        // An env file secrets/committed-config would have read (examples hold no values worth a finding).
        name: /^\.env(?:\.[\w.-]+)?$/,
        except: /^\.env[._-](?:.*[._-])?(?:example|sample|template|dist|defaults?|schema|tpl|skel)(?:$|[._-])/i,
        severity: 'critical',
        hides: 'its values (committed secrets and credentials)',
        parses: readable,
    },
    {
        name: /\.prisma$/,
        severity: 'critical',
        hides: 'its database provider (SQLite in production) and migrations',
        parses: readable,
    },
];
// Test fixtures hold malformed files on purpose; nothing in them ships.
const FIXTURE_PATH = /(?:^|\/)(?:__fixtures__|fixtures?|testdata)\//;
const unreadableFile = {
    id: 'config/unreadable-file',
    severity: 'critical',
    title: 'Deploy or package file the audit cannot read',
    remediation: 'Commit the file as a regular file (not a link) under 1 MiB of valid UTF-8 that parses (JSON, YAML or TOML as its tool expects); then the audit can check what it declares.',
    check(repo) {
        const hits = [];
        const kindOf = (file) => {
            const base = file.slice(file.lastIndexOf('/') + 1);
            return FIXTURE_PATH.test(file) ? undefined : KINDS.find((k) => k.name.test(base) && !k.except?.test(base));
        };
        const hit = (file, kind, reason) => hits.push({
            message: `\`${file}\` was not checked: ${reason}. Its ${kind.hides} go unaudited.`,
            file,
            severity: kind.severity,
        });
        for (const kind of KINDS)
            for (const file of repo.byName(kind.name))
                if (kindOf(file) === kind && !kind.parses(repo, file))
                    hit(file, kind, repo.failureOf(file) ?? 'not read');
        for (const refused of repo.refusedPaths) {
            const kind = kindOf(refused.file);
            if (kind)
                hit(refused.file, kind, refused.message);
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/config/index.ts


const configRules = [hardcodedPort, unreadableFile];

;// CONCATENATED MODULE: ./src/audit/rules/observability/error-details-exposed.ts
// observability/error-details-exposed: an error handler sends the stack trace, or a server error's
// own message, to the client. Stacks name files, versions and queries; a 500's message can carry a
// database error with table names or values. A guard for development (`NODE_ENV === 'development'`,
// `isDevelopment &&`) on the same or the lines just above makes it intended.

const error_details_exposed_MAX_FILES = 2000;
const ERR = String.raw `\b(?:err|error|e|ex|exception)`;
const RESPONSE = String.raw `(?:\bres\s*(?:\.\s*status\(\s*\d+\s*\))?\s*\.\s*(?:json|send|end|write)|\b(?:c|ctx|context)\s*\.\s*(?:json|text|html)|Response\.json|new\s+Response|\breply\s*(?:\.\s*code\(\s*\d+\s*\))?\s*\.\s*send|\bjson)\s*\(`;
const STACK_IN_RESPONSE = new RegExp(`${RESPONSE}[^\\n;]*${ERR}\\.stack\\b`);
const STACK_PROPERTY = new RegExp(`\\bstack\\s*:\\s*${ERR}\\.stack\\b`);
const MESSAGE_IN_500 = new RegExp(String.raw `\b(?:res|reply)\s*\.\s*(?:status|code)\(\s*5\d\d\s*\)\s*\.\s*(?:json|send)\s*\([^\n;]*${ERR}\.message\b`);
const NEAR_RESPONSE = new RegExp(RESPONSE);
const error_details_exposed_DEV_GUARD = /NODE_ENV|\bisDev(?:elopment)?\b|\bdev(?:elopment)?\b|\bdebug\b|\bisProd(?:uction)?\b|\bproduction\b/i;
const errorDetailsExposed = {
    id: 'observability/error-details-exposed',
    severity: 'medium',
    title: 'Error details sent to clients',
    remediation: 'Log the error with its stack on the server (and send it to the error tracker), and answer the client with a generic message and a request id; send stacks only under an explicit development guard.',
    check(repo) {
        const hits = [];
        for (const file of (0,facts/* sourceFiles */.l$)(repo, error_details_exposed_MAX_FILES)) {
            const text = repo.read(file);
            if (!text || !/\.(?:stack|message)\b/.test(text))
                continue;
            const lines = text.split('\n');
            for (let i = 0; i < lines.length; i++) {
                const line = lines[i];
                const context = lines.slice(Math.max(0, i - 3), i + 1).join('\n');
                let what;
                if (STACK_IN_RESPONSE.test(line))
                    what = 'the stack trace';
                else if (STACK_PROPERTY.test(line) && NEAR_RESPONSE.test(lines.slice(Math.max(0, i - 6), i + 1).join('\n')))
                    what = 'the stack trace';
                else if (MESSAGE_IN_500.test(line))
                    what = "a server error's own message";
                if (!what || error_details_exposed_DEV_GUARD.test(context))
                    continue;
                hits.push({ message: `${file} sends ${what} to the client (line ${i + 1})`, file, line: i + 1 });
                break; // one finding a file is enough to act on
            }
        }
        return hits;
    },
};

// EXTERNAL MODULE: ./src/lib/node-app/health-route.ts
var health_route = __webpack_require__(6270);
;// CONCATENATED MODULE: ./src/audit/rules/observability/no-health-endpoint.ts
// observability/no-health-endpoint: a server app has no route a load balancer or platform can probe
// (seed 002: "No dedicated /api/health or /healthz endpoint"). Route definitions count (file-system
// routes, router registrations, health modules), not clients: a smoke test that calls /api/health
// or a '/status' string in a sitemap is no route.




/** Deploy configs that probe a path (render.yaml healthCheckPath, fly.toml checks, HEALTHCHECK). */
const PROBE_CONFIG = /healthCheckPath\s*:|\[\[?(?:http_service\.)?(?:checks|http_checks)\]\]?|^\s*HEALTHCHECK\s+(?!NONE)|livenessProbe|readinessProbe/m;
const noHealthEndpoint = {
    id: 'observability/no-health-endpoint',
    severity: 'medium',
    title: 'No health check endpoint',
    remediation: "Add a cheap `/health` (liveness) route and a `/ready` route that checks the database, and point the platform's health check and the container HEALTHCHECK at it.",
    check(repo) {
        const hits = [];
        if (probeConfigs(repo).some((f) => PROBE_CONFIG.test(repo.read(f) ?? '')))
            return hits;
        // A platform adapter (SvelteKit on Vercel, Netlify, Cloudflare) runs functions per request: no
        // long-lived process for a load balancer to probe.
        for (const app of runningServerApps(repo).filter((a) => !(0,facts/* platformBuilt */.kE)(a))) {
            if (!hasHealthRoute(repo, app)) {
                hits.push({
                    message: `The ${app.framework} app in ${app.pkg.file} has no health route (looked for /health, /healthz, /api/health, /ready, /live and health-check libraries)`,
                    file: app.pkg.file,
                });
            }
        }
        return hits;
    },
};
/** Deploy configs that may declare a health probe (a cheap name test: no glob over every file). */
function probeConfigs(repo) {
    return repo.byName(/^(?:render\.ya?ml|fly\.toml|Dockerfile(?:\.[\w-]+)?|[\w-]+\.Dockerfile|Containerfile)$/).concat(repo.select((base) => /\.ya?ml$/.test(base), (folder) => /(?:^|\/)(?:k8s|kubernetes|helm|charts)\//.test(folder), 50));
}
function hasHealthRoute(repo, app) {
    const dir = app.pkg.dir;
    const known = {
        ordered: scanOrder(repo, dir),
        healthWordPaths: sourcesNamedBy(repo, dir, health_route/* mayNameHealthRoute */.O, health_route/* mayNameHealthRoute */.O),
    };
    // With both lists known, the sources themselves are not walked again.
    return (0,health_route/* findHealthRoute */.d)(repo, app.pkg, known.ordered, known) !== undefined;
}

;// CONCATENATED MODULE: ./src/lib/repository/integrations.ts
// Env names may carry a framework prefix for the browser (NEXT_PUBLIC_, VITE_, PUBLIC_...).
const pre = '^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|REACT_APP_|NUXT_PUBLIC_|EXPO_PUBLIC_|GATSBY_)?';
const INTEGRATIONS = [
    {
        name: 'Sentry',
        packages: /^(?:@sentry\/.+|toucan-js|sentry-expo|@sentry-internal\/.+)$/,
        packageHint: '@sentry/*',
        envName: new RegExp(`${pre}SENTRY_`),
        manifestWord: /sentry/i,
        tracksErrors: true,
    },
    {
        name: 'Datadog',
        packages: /^(?:dd-trace|@datadog\/.+|datadog-.+|hot-shots|connect-datadog)$/,
        packageHint: 'dd-trace or @datadog/*',
        envName: new RegExp(`${pre}(?:DD_|DATADOG_)`),
        manifestWord: /ddtrace|datadog/i,
        tracksErrors: true,
    },
    {
        name: 'New Relic',
        packages: /^(?:newrelic|@newrelic\/.+)$/,
        packageHint: 'newrelic',
        envName: new RegExp(`${pre}NEW_RELIC_`),
        manifestWord: /newrelic/i,
        tracksErrors: true,
    },
    {
        name: 'Bugsnag',
        packages: /^(?:@bugsnag\/.+|bugsnag)$/,
        packageHint: '@bugsnag/*',
        envName: new RegExp(`${pre}BUGSNAG_`),
        manifestWord: /bugsnag/i,
        tracksErrors: true,
    },
    {
        name: 'Rollbar',
        packages: /^(?:rollbar|@rollbar\/.+)$/,
        packageHint: 'rollbar',
        envName: new RegExp(`${pre}ROLLBAR_`),
        manifestWord: /rollbar/i,
        tracksErrors: true,
    },
    {
        name: 'Honeybadger',
        packages: /^@honeybadger-io\/.+$/,
        packageHint: '@honeybadger-io/*',
        envName: new RegExp(`${pre}HONEYBADGER_`),
        manifestWord: /honeybadger/i,
        tracksErrors: true,
    },
    {
        name: 'OpenTelemetry',
        packages: /^(?:@opentelemetry\/.+|@vercel\/otel|@highlight-run\/.+|@microlabs\/otel-cf-workers)$/,
        packageHint: '@opentelemetry/*',
        envName: new RegExp(`${pre}OTEL_`),
        manifestWord: /opentelemetry/i,
        tracksErrors: true,
    },
    {
        name: 'Better Stack (Logtail)',
        packages: /^(?:@logtail\/.+|pino-logtail|winston-logtail)$/,
        packageHint: '@logtail/*',
        envName: new RegExp(`${pre}(?:LOGTAIL_|BETTERSTACK_|BETTER_STACK_)`),
        manifestWord: /logtail|betterstack/i,
        tracksErrors: false,
    },
];
/** Further error trackers that have no env-name convention worth matching. */
const OTHER_TRACKERS = /^(?:@appsignal\/.+|elastic-apm-node|@elastic\/apm-rum|raygun|raygun4js|trackjs|@airbrake\/.+|@highlight-run\/.+|@axiomhq\/.+|posthog-node|@baselime\/.+|@logrocket\/.+|logrocket)$/;
function installedIntegration(repo, integration) {
    return (repo.hasDependency(integration.packages) || nonJsManifests(repo).some((text) => integration.manifestWord.test(text)));
}
/** Any error tracker installed in a package.json or a non-JavaScript manifest. */
function hasErrorTracker(repo) {
    for (const i of INTEGRATIONS)
        if (i.tracksErrors && installedIntegration(repo, i))
            return i.name;
    if (repo.hasDependency(OTHER_TRACKERS))
        return 'an error tracker';
    return undefined;
}
const NON_JS_MANIFEST = /^(?:requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|Gemfile|go\.mod|Cargo\.toml|composer\.json|pom\.xml|build\.gradle(?:\.kts)?|mix\.exs)$/;
/** Texts of non-JavaScript dependency manifests (a Python backend may install sentry-sdk). */
function nonJsManifests(repo) {
    return repo.fact('nonJsManifests', () => repo
        .byName(NON_JS_MANIFEST)
        .slice(0, 50)
        .map((f) => repo.read(f) ?? ''));
}

;// CONCATENATED MODULE: ./src/audit/rules/observability/no-error-tracking.ts
// observability/no-error-tracking: something is deployed but no error tracker is installed, so
// production errors are only seen when a user complains (seed 003: "No Sentry/Datadog").


const noErrorTracking = {
    id: 'observability/no-error-tracking',
    severity: 'high',
    title: 'No error tracking',
    remediation: 'Install an error tracker for the runtime you deploy (`@sentry/nextjs`, `@sentry/node`, `toucan-js` on Workers, Datadog, Bugsnag, Rollbar, OpenTelemetry) and set its DSN/key as a secret in the deploy environment.',
    check(repo) {
        if (!runsCode(repo) || repo.packages.length === 0)
            return [];
        if (hasErrorTracker(repo))
            return [];
        const pkg = (0,facts/* serverApps */.GZ)(repo)[0]?.pkg ?? repo.rootPackage ?? repo.packages[0];
        return [
            {
                message: `No error tracker is a dependency of any package (looked for Sentry, Datadog, New Relic, Bugsnag, Rollbar, Honeybadger, OpenTelemetry in ${repo.packages.length} package.json file${repo.packages.length === 1 ? '' : 's'})`,
                file: pkg.file,
            },
        ];
    },
};
/**
 * Something executes in production: a server app, a Worker, a container or a process platform.
 * A static site on Netlify/Vercel alone is not counted: an error tracker there is optional.
 */
function runsCode(repo) {
    return ((0,facts/* serverApps */.GZ)(repo).length > 0 ||
        (0,facts/* hasWorker */.Vs)(repo) ||
        (0,facts/* dockerfiles */.yy)(repo).length > 0 ||
        repo.byName(/^(?:Procfile|render\.ya?ml|fly\.toml|app\.ya?ml|railway\.(?:json|toml)|nixpacks\.toml)$/).length > 0);
}

;// CONCATENATED MODULE: ./src/audit/rules/observability/integration-not-installed.ts
// observability/integration-not-installed: the configuration names an integration (an env example
// lists NEXT_PUBLIC_SENTRY_DSN) but its package is not installed, so the team believes errors are
// tracked while nothing reports them (seed 002).


/** Environment files, examples included: they document what the app expects to be configured. */
const integration_not_installed_ENV_FILE = /^(?:\.env(?:\.[\w.-]+)?|[\w.-]*\.env|env\.(?:example|sample|template|local|dist)|\.env[\w.-]*)$/;
const integration_not_installed_TEST_PATH = /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|testdata)\//;
/** Framework configs that wire an integration in code (withSentryConfig in next.config.mjs). */
const CONFIG_FILE = /^(?:next|nuxt|vite|astro|svelte|remix)\.config\.[cm]?[jt]s$|^instrumentation(?:-client)?\.[jt]s$|^sentry\.(?:client|server|edge)\.config\.[jt]s$/;
const CONFIG_USE = [
    ['Sentry', /withSentryConfig|from\s+['"]@sentry\/|require\(['"]@sentry\//],
    ['OpenTelemetry', /from\s+['"]@(?:opentelemetry|vercel\/otel)\b|registerOTel/],
    ['Datadog', /from\s+['"](?:dd-trace|@datadog\/)|require\(['"]dd-trace/],
];
const integrationNotInstalled = {
    id: 'observability/integration-not-installed',
    severity: 'high',
    title: 'Configured integration is not installed',
    remediation: "Install the integration's package and initialise it (e.g. `npm install @sentry/nextjs` and `npx @sentry/wizard -i nextjs`), or delete the unused variables so nobody relies on monitoring that does not exist.",
    check(repo) {
        if (repo.packages.length === 0)
            return [];
        const hits = [];
        const reported = new Set();
        // Only env and config files can hit: the base-name index finds them without a pass over every file.
        for (const file of repo.namedFiles((base) => integration_not_installed_ENV_FILE.test(base) || CONFIG_FILE.test(base))) {
            const base = external_node_path_.posix.basename(file);
            if (integration_not_installed_TEST_PATH.test(file) || file.includes('node_modules/'))
                continue;
            if (integration_not_installed_ENV_FILE.test(base))
                envFileHits(repo, file, reported, hits);
            else if (CONFIG_FILE.test(base))
                configFileHits(repo, file, reported, hits);
        }
        return hits;
    },
};
function envFileHits(repo, file, reported, hits) {
    const lines = (repo.read(file) ?? '').split('\n');
    for (const integration of INTEGRATIONS) {
        const key = `${integration.name}:${file}`;
        if (reported.has(key))
            continue;
        // A commented-out line (`# NEXT_PUBLIC_SENTRY_DSN=""`) still documents the integration.
        const index = lines.findIndex((l) => {
            const m = /^\s*(?:#\s*)?(?:export\s+)?([A-Za-z_][\w]*)\s*=/.exec(l);
            return !!m && integration.envName.test(m[1]);
        });
        if (index < 0 || installedIntegration(repo, integration))
            continue;
        reported.add(key);
        const variable = /^\s*(?:#\s*)?(?:export\s+)?([A-Za-z_][\w]*)/.exec(lines[index])[1];
        hits.push({
            message: `${file} names ${variable} (${integration.name}) but no ${integration.name} package (${integration.packageHint}) is a dependency`,
            file,
            line: index + 1,
        });
    }
}
function configFileHits(repo, file, reported, hits) {
    for (const [name, use] of CONFIG_USE) {
        const integration = INTEGRATIONS.find((i) => i.name === name);
        const key = `${name}:${file}`;
        if (reported.has(key))
            continue;
        const found = repo.find(file, use);
        if (!found || installedIntegration(repo, integration))
            continue;
        reported.add(key);
        hits.push({
            message: `${file} uses ${name} (\`${found.match[0].trim()}\`) but no ${name} package (${integration.packageHint}) is a dependency`,
            file,
            line: found.line,
        });
    }
}

;// CONCATENATED MODULE: ./src/audit/rules/observability/no-structured-logging.ts
// observability/no-structured-logging: server code logs with console.* and no structured logger is
// installed, so production logs cannot be searched by field, level or request (seeds 001, 003).



const STRUCTURED_LOGGER = /^(?:pino|pino-http|pino-pretty|nestjs-pino|winston|express-winston|nest-winston|bunyan|tslog|roarr|log4js|loglevel-plugin-remote|@logtail\/.+|@axiomhq\/.+|next-logger|@google-cloud\/logging(?:-winston|-bunyan)?|@aws-lambda-powertools\/logger|@datadog\/browser-logs|signale|consola|evlog|@opentelemetry\/api-logs|@hono\/.*logger)$/;
const NEXT_SERVER_FILE = /(?:^|\/)(?:route|middleware|proxy|instrumentation|actions)\.[cm]?[jt]sx?$|(?:^|\/)pages\/api\/|(?:^|\/)server\/|\.server\.[cm]?[jt]sx?$/;
const CONSOLE_CALL = /\bconsole\.(?:log|info|warn|error|debug)\s*\(/;
const BROWSER_RENDERING = new Set(['@remix-run/node', '@remix-run/serve', '@react-router/serve']);
function rendersInBrowser(app) {
    const deps = { ...app.pkg.dependencies, ...app.pkg.devDependencies };
    return ((0,facts/* isNextApp */.lL)(app) ||
        BROWSER_RENDERING.has(app.frameworkDep) ||
        ['@remix-run/react', 'react-router', '@react-router/node'].some((d) => d in deps));
}
const noStructuredLogging = {
    id: 'observability/no-structured-logging',
    severity: 'medium',
    title: 'No structured logging',
    remediation: 'Log through a structured logger (pino, winston) that writes JSON with a level, a timestamp and a request id, and ship those logs to a searchable store.',
    check(repo) {
        const hits = [];
        for (const app of runningServerApps(repo)) {
            const deps = [...Object.keys(app.pkg.dependencies), ...Object.keys(app.pkg.devDependencies)];
            if (deps.some((d) => STRUCTURED_LOGGER.test(d)) || repo.hasDependency(STRUCTURED_LOGGER, { runtimeOnly: true }))
                continue;
            // In a Next.js, Remix or React Router app most files render in the browser too, where console
            // is the only logger; only server code (route handlers, API routes, middleware, server/
            // folders, *.server.* modules) counts.
            const files = rendersInBrowser(app)
                ? scanOrder(repo, app.pkg.dir).filter((f) => NEXT_SERVER_FILE.test(f))
                : scanOrder(repo, app.pkg.dir);
            const call = repo.findInFiles(files, CONSOLE_CALL);
            if (!call)
                continue;
            hits.push({
                message: `The ${app.framework} app in ${app.pkg.file} logs with \`${call.match[0].replace(/\s*\($/, '')}\` (${call.file}:${call.line}) and has no structured logger (pino, winston, bunyan...)`,
                file: call.file,
                line: call.line,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/observability/index.ts





const observabilityRules = [
    noHealthEndpoint,
    noErrorTracking,
    integrationNotInstalled,
    noStructuredLogging,
    errorDetailsExposed,
];

;// CONCATENATED MODULE: ./src/audit/rules/security/no-security-headers.ts
// security/no-security-headers: an Express/Fastify/Koa/Nest server without helmet or equivalent, or a
// Next.js app whose config and middleware set no security headers (seed 003), a Remix / React Router
// app whose server entry and routes set none, a Cloudflare Worker that serves HTML without them.




const NODE_SERVERS = new Set(['express', 'fastify', 'koa', '@nestjs/core', '@hapi/hapi', 'hono']);
const HEADER_LIBRARY = /^(?:helmet|(?:@[\w-]+\/)?helmet(?:\/[\w-]+)?|@fastify\/helmet|fastify-helmet|koa-helmet|lusca|@hapi\/blankie|blankie|hapi-helmet|next-secure-headers|@next-safe\/middleware|nosecone|@nosecone\/next|@arcjet\/next|secure-headers)$/;
/** Setting one of these by hand counts as "an equivalent". */
const SECURITY_HEADER = /Content-Security-Policy|X-Frame-Options|Strict-Transport-Security|X-Content-Type-Options|secureHeaders\s*\(|\bhelmet\s*\(/i;
const REMIX_SERVERS = new Set(['@remix-run/node', '@remix-run/serve', '@react-router/serve']);
/** A Worker that answers with HTML pages (a JSON API needs fewer of these headers). */
const SERVES_HTML = /text\/html|from\s+['"][^'"]+\.html['"]|c\.html\(/;
const SERVER_CREATION = /\bexpress\(\s*\)|\bFastify\(|\bfastify\(\s*[{)]|\bnew Koa\(|NestFactory\.create\(|Hapi\.server\(|\bnew Hono\(/;
const noSecurityHeaders = {
    id: 'security/no-security-headers',
    severity: 'medium',
    title: 'No security headers',
    remediation: 'Set security headers on every response: `app.use(helmet())` (Express), `@fastify/helmet`, `koa-helmet`; for Next.js an `async headers()` in next.config with Content-Security-Policy, Strict-Transport-Security, X-Frame-Options and X-Content-Type-Options.',
    check(repo) {
        const hits = [];
        for (const app of runningServerApps(repo)) {
            const deps = [...Object.keys(app.pkg.dependencies), ...Object.keys(app.pkg.devDependencies)];
            if (deps.some((d) => HEADER_LIBRARY.test(d)))
                continue;
            if ((0,facts/* isNextApp */.lL)(app)) {
                const hit = nextAppWithoutHeaders(repo, app);
                if (hit)
                    hits.push(hit);
            }
            else if (REMIX_SERVERS.has(app.frameworkDep)) {
                if (findInSource(repo, app.pkg.dir, SECURITY_HEADER))
                    continue;
                const entry = [
                    'app/entry.server.tsx',
                    'app/entry.server.jsx',
                    'app/entry.server.ts',
                    'app/entry.server.js',
                    'app/root.tsx',
                    'app/root.jsx',
                ]
                    .map((f) => (app.pkg.dir ? `${app.pkg.dir}/${f}` : f))
                    .find((f) => repo.has(f));
                hits.push({
                    message: `The ${app.framework} app in ${app.pkg.file} sets no security headers: neither ${entry ?? 'its server entry'} nor a route's \`headers\` export sets Content-Security-Policy, X-Frame-Options or Strict-Transport-Security`,
                    file: entry ?? app.pkg.file,
                });
            }
            else if (NODE_SERVERS.has(app.frameworkDep)) {
                if (findInSource(repo, app.pkg.dir, SECURITY_HEADER))
                    continue;
                const created = findInSource(repo, app.pkg.dir, SERVER_CREATION);
                hits.push({
                    message: `The ${app.framework} server${created ? ` created in ${created.file}:${created.line}` : ` in ${app.pkg.file}`} sets no security headers (no helmet or equivalent, no Content-Security-Policy/X-Frame-Options set by hand)`,
                    file: created?.file ?? app.pkg.file,
                    line: created?.line,
                });
            }
        }
        for (const pkg of repo.packages.filter((p) => (0,facts/* isWorkerPackage */.X5)(repo, p))) {
            const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
            if (deps.some((d) => HEADER_LIBRARY.test(d)))
                continue;
            const html = findInSource(repo, pkg.dir, SERVES_HTML);
            if (!html || findInSource(repo, pkg.dir, SECURITY_HEADER))
                continue;
            hits.push({
                message: `The Cloudflare Worker in ${pkg.file} serves HTML (${html.file}:${html.line}) without security headers (no Content-Security-Policy, X-Frame-Options or Strict-Transport-Security on its responses)`,
                file: html.file,
                line: html.line,
            });
        }
        return hits;
    },
};
function nextAppWithoutHeaders(repo, app) {
    const at = (p) => (app.pkg.dir ? `${app.pkg.dir}/${p}` : p);
    const config = repo.files.find((f) => external_node_path_.posix.dirname(f) === (app.pkg.dir || '.') && /^next\.config\.[cm]?[jt]s$/.test(external_node_path_.posix.basename(f)));
    if (config && /\bheaders\s*\(|\bheaders\s*:\s*(?:async\s*)?\(/.test(repo.read(config) ?? ''))
        return undefined;
    // middleware.ts (proxy.ts since Next.js 16) at the root or in src/.
    const middleware = ['middleware', 'proxy', 'src/middleware', 'src/proxy']
        .flatMap((m) => ['ts', 'js', 'mjs', 'tsx'].map((e) => at(`${m}.${e}`)))
        .filter((f) => repo.has(f));
    if (middleware.some((f) => SECURITY_HEADER.test(repo.read(f) ?? '')))
        return undefined;
    // Host-level headers: vercel.json / netlify.toml / _headers.
    const hostConfigs = [
        at('vercel.json'),
        at('netlify.toml'),
        at('public/_headers'),
        at('_headers'),
        'vercel.json',
        'netlify.toml',
    ].filter((f) => repo.has(f));
    if (hostConfigs.some((f) => SECURITY_HEADER.test(repo.read(f) ?? '')))
        return undefined;
    return {
        message: `The Next.js app in ${app.pkg.file} sets no security headers: ${config ?? 'next.config'} has no \`headers()\`${middleware.length ? ` and ${middleware.join(', ')} sets none` : ' and there is no middleware setting them'}`,
        file: config ?? app.pkg.file,
        line: config ? 1 : undefined,
    };
}

;// CONCATENATED MODULE: ./src/audit/rules/security/no-rate-limiting.ts
// security/no-rate-limiting: a server exposes an API and nothing limits request rates, so one client
// can exhaust the database or brute-force logins (seed 003). In Remix and React Router, a route's
// `action` (a login or sign-up form's POST) is such an endpoint.



const RATE_LIMIT_LIBRARY = /^(?:express-rate-limit|express-slow-down|express-brute|rate-limiter-flexible|@fastify\/rate-limit|fastify-rate-limit|koa-ratelimit|koa2-ratelimit|@upstash\/ratelimit|@nestjs\/throttler|hono-rate-limiter|@hono-rate-limiter\/.+|next-rate-limit|@arcjet\/.+|@unkey\/ratelimit|@vercel\/firewall|limiter|p-throttle|express-limiter|hapi-rate-limit|hapi-rate-limitor|@hapi\/ratelimit)$/;
/** A hand-written limiter or a proxy rule (nginx limit_req) counts too. */
const RATE_LIMIT_CODE = /rate[-_ ]?limit|ratelimit|throttl|limit_req/i;
const ROUTE_SERVERS = new Set([
    'express',
    'fastify',
    'koa',
    '@nestjs/core',
    '@hapi/hapi',
    'hono',
    '@remix-run/node',
    '@remix-run/serve',
    '@react-router/serve',
]);
const noRateLimiting = {
    id: 'security/no-rate-limiting',
    severity: 'medium',
    title: 'No rate limiting on the API',
    remediation: 'Limit request rates on the API (`express-rate-limit`, `@fastify/rate-limit`, `@upstash/ratelimit` in Next.js middleware or route handlers), stricter on login and write routes.',
    check(repo) {
        if (repo.hasDependency(RATE_LIMIT_LIBRARY))
            return [];
        if (repo
            .byName(/\.conf$/)
            .slice(0, 50)
            .some((f) => /\blimit_req\b/.test(repo.read(f) ?? '')))
            return [];
        const hits = [];
        for (const app of runningServerApps(repo)) {
            const api = apiEvidence(repo, app);
            if (!api)
                continue;
            if (findInSource(repo, app.pkg.dir, RATE_LIMIT_CODE))
                continue;
            hits.push({
                message: `The ${app.framework} app exposes an API (${api.what}) with no rate limiting (no express-rate-limit, rate-limiter-flexible, @upstash/ratelimit or similar)`,
                file: api.file,
                line: api.line,
            });
        }
        return hits;
    },
};
/** Where the app serves an API: Next.js route handlers / API routes, or a server's route definitions. */
function apiEvidence(repo, app) {
    const prefix = app.pkg.dir ? `${app.pkg.dir}/` : '';
    if ((0,facts/* isNextApp */.lL)(app)) {
        const route = repo.files.find((f) => f.startsWith(prefix) &&
            /^(?:src\/)?(?:app\/(?:.+\/)?api\/.*route\.[jt]sx?|pages\/api\/.+\.[jt]sx?)$/.test(f.slice(prefix.length)));
        return route ? { what: route, file: route } : undefined;
    }
    const deps = { ...app.pkg.dependencies, ...app.pkg.devDependencies };
    if (['@remix-run/react', '@remix-run/node', 'react-router', '@react-router/node'].some((d) => d in deps)) {
        const routes = repo.files.filter((f) => f.startsWith(`${prefix}app/routes/`) && /\.[cm]?[jt]sx?$/.test(f));
        const action = repo.findInFiles(routes, /export\s+(?:async\s+)?function\s+action\b|export\s+const\s+action\b/);
        if (action)
            return { what: `the form action in ${action.file}:${action.line}`, file: action.file, line: action.line };
    }
    if (!ROUTE_SERVERS.has(app.frameworkDep))
        return undefined;
    const def = findInSource(repo, app.pkg.dir, 
    // A GET of `/` alone serves a page, not an API.
    /\.(?:get|route|all)\(\s*['"`]\/[\w:*[{-]|\.(?:post|put|patch|delete)\(\s*['"`]\/|@(?:Get|Post|Put|Patch|Delete)\(|\.use\(\s*['"`]\/api/);
    return def ? { what: `route at ${def.file}:${def.line}`, file: def.file, line: def.line } : undefined;
}

;// CONCATENATED MODULE: ./src/audit/rules/security/no-dependency-updates.ts
const UPDATE_CONFIGS = [
    '.github/dependabot.yml',
    '.github/dependabot.yaml',
    'renovate.json',
    'renovate.json5',
    '.renovaterc',
    '.renovaterc.json',
    '.renovaterc.json5',
    '.github/renovate.json',
    '.github/renovate.json5',
    '.gitlab/renovate.json',
    '.gitlab/renovate.json5',
];
const MANIFEST = /(?:^|\/)(?:package\.json|requirements[\w.-]*\.txt|pyproject\.toml|Gemfile|go\.mod|Cargo\.toml|composer\.json|pom\.xml|build\.gradle(?:\.kts)?)$/;
const noDependencyUpdates = {
    id: 'security/no-dependency-updates',
    severity: 'medium',
    title: 'No automated dependency updates',
    remediation: 'Add `.github/dependabot.yml` (package-ecosystem npm and github-actions, weekly, grouped minor/patch updates) or a `renovate.json`, so security fixes arrive as pull requests.',
    check(repo) {
        const withDeps = repo.packages.find((p) => Object.keys(p.dependencies).length + Object.keys(p.devDependencies).length > 0);
        const manifest = withDeps?.file ?? repo.files.find((f) => MANIFEST.test(f) && !f.endsWith('package.json'));
        if (!manifest)
            return [];
        if (repo.rootPackage && 'renovate' in repo.rootPackage.raw)
            return [];
        const dependabot = ['.github/dependabot.yml', '.github/dependabot.yaml'].find((f) => repo.has(f));
        if (UPDATE_CONFIGS.some((f) => f !== dependabot && repo.has(f)))
            return [];
        if (dependabot) {
            const updates = repo.yaml(dependabot)?.value?.updates;
            const ecosystems = Array.isArray(updates)
                ? updates.map((u) => String(u?.['package-ecosystem'] ?? ''))
                : [];
            // Unreadable or not npm-related manifests: trust the file.
            if (!withDeps || !ecosystems.length || ecosystems.some((e) => e === 'npm' || e === 'bun'))
                return [];
            return [
                {
                    message: `${dependabot} updates only ${ecosystems.join(', ')}, not npm, while ${withDeps.file} declares dependencies`,
                    file: dependabot,
                },
            ];
        }
        return [
            {
                message: `No Dependabot (.github/dependabot.yml) or Renovate (renovate.json) configuration, while ${manifest} declares dependencies`,
                file: repo.rootPackage?.file ?? manifest,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/security/index.ts



const securityRules = [noSecurityHeaders, noRateLimiting, noDependencyUpdates];

;// CONCATENATED MODULE: ./src/audit/rules/docs/no-runbook.ts
// docs/no-runbook: something is deployed but no document says how to operate it: how to deploy,
// roll back, restore a backup, respond to an incident (seeds 003, 004).


const DOC = /\.(?:md|mdx|markdown|txt|adoc|rst)$/i;
const RUNBOOK_NAME = /runbook|run-book|playbook|incident|disaster|(?:^|[-_/])dr(?:[-_.]|$)|on-?call|operations|operating|(?:^|[-_/])ops(?:[-_.]|$)|postmortem|post-mortem|recovery|rollback|(?:^|[-_/])sre(?:[-_.]|$)/i;
/** A README section on operations counts as a runbook. */
const RUNBOOK_HEADING = /^#{1,4}\s+.*\b(?:runbook|incident|disaster recovery|rollback|roll back|restor(?:e|ing) (?:from )?(?:a )?backup|on-?call|operations)\b/im;
const noRunbook = {
    id: 'docs/no-runbook',
    severity: 'low',
    title: 'No operational runbook',
    remediation: 'Write docs/runbook.md: how to deploy and roll back, where logs and alerts are, how to restore the latest backup (tested), and who to call during an incident.',
    check(repo) {
        if (!(0,facts/* hasDeployTarget */.PV)(repo))
            return [];
        const docs = repo.select((base) => DOC.test(base), (folder) => !folder.includes('node_modules/'));
        if (docs.some((f) => RUNBOOK_NAME.test(f.replace(/\.[^.]+$/, ''))))
            return [];
        const readmes = docs.filter((f) => /^readme\./i.test(external_node_path_.posix.basename(f))).slice(0, 20);
        if (readmes.some((f) => RUNBOOK_HEADING.test(repo.read(f) ?? '')))
            return [];
        return [
            {
                message: `No runbook, incident or disaster-recovery document among ${docs.length} documentation file${docs.length === 1 ? '' : 's'} (looked for runbook, incident, disaster-recovery, operations, on-call; and such sections in README files)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/audit/rules/docs/index.ts

const docsRules = [noRunbook];

;// CONCATENATED MODULE: ./src/audit/rules/index.ts










const ALL_RULES = [
    ...containerRules,
    ...ciRules,
    ...scriptsRules,
    ...databaseRules,
    ...backupRules,
    ...secretsRules,
    ...configRules,
    ...observabilityRules,
    ...securityRules,
    ...docsRules,
];

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/lib/reports/suppressions.ts
// Expiring suppressions, one model for `.shipshape.yml` suppressions and Trivy's ignore files:
// each names what it silences, where (globs; none means everywhere), why, and until when. An
// expired entry stops silencing and is handed back so the caller reports it.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An expiry as written in YAML (a date or a string) to YYYY-MM-DD, or undefined when it is not one. */
function parseExpiry(raw) {
    const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw === undefined ? '' : String(raw);
    return DATE.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
}
function isExpired(entry, now) {
    return entry.expires < now.toISOString().slice(0, 10);
}
function coversPath(entry, file) {
    return !entry.paths.length || entry.paths.some((p) => p === file || picomatch_default()(p, { dot: true })(file));
}
/** Split findings by the first live entry that covers each; `covers` says whether an entry is about a finding. */
function applySuppressions(findings, entries, now, covers) {
    const active = entries.filter((e) => !isExpired(e, now));
    const out = { kept: [], suppressed: [], expired: entries.filter((e) => isExpired(e, now)) };
    for (const finding of findings) {
        const entry = active.find((e) => covers(e, finding));
        if (entry)
            out.suppressed.push({ finding, entry });
        else
            out.kept.push(finding);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/audit/config.ts
// .shipshape.yml: disable rules, change severities, and suppress findings at paths with a reason
// and an expiry date. An expired suppression stops suppressing and is reported itself.







const DEFAULT_CONFIG_FILE = '.shipshape.yml';
const EXPIRED_SUPPRESSION_RULE = 'shipshape/expired-suppression';
const EMPTY_CONFIG = { disabled: new Set(), severities: new Map(), suppressions: [], ignore: [] };
/** Caps on the config file: a policy is a page of text, not a way to make the audit slow. */
const MAX_CONFIG_BYTES = 256 * 1024;
const MAX_CONFIG_ENTRIES = 1000;
/** Read the config: an explicit path must exist; the default file is optional. */
function loadConfig(root, explicit) {
    const rel = explicit || DEFAULT_CONFIG_FILE;
    const text = readConfigText(root, rel);
    if (text === undefined) {
        if (explicit)
            throw new ConfigurationError(`config file \`${explicit}\` does not exist`);
        return EMPTY_CONFIG;
    }
    return parseConfig(text, rel);
}
/** The config's text in the working tree (never through a link), or undefined when there is none. */
function readConfigText(root, rel) {
    const read = (0,safe_read/* readRegularFile */.XF)((0,external_node_path_.join)(root, rel), MAX_CONFIG_BYTES);
    if ('bytes' in read)
        return read.bytes.toString('utf8');
    if (/ENOENT|ENOTDIR/.test(read.refused))
        return undefined;
    throw new errors/* ConfigurationError */.j(`${rel}: ${read.refused}`);
}
function parseConfig(text, file) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new errors/* ConfigurationError */.j(`${file}: invalid YAML at line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`);
    }
    let value;
    try {
        value = (doc.toJS({ maxAliasCount: 100 }) ?? {});
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`${file}: YAML not read: ${error.message.split('\n')[0]}`);
    }
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigurationError */.j(`${file}: must be a mapping with \`rules\` and \`suppressions\``);
    const config = { file, disabled: new Set(), severities: new Map(), suppressions: [], ignore: [] };
    if (value.ignore !== undefined) {
        if (!Array.isArray(value.ignore) || value.ignore.some((g) => typeof g !== 'string'))
            throw new errors/* ConfigurationError */.j(`${file}: \`ignore\` must be a list of globs`);
        config.ignore = value.ignore;
    }
    const entries = config.ignore.length +
        (Array.isArray(value.suppressions) ? value.suppressions.length : 0) +
        Object.keys(value.rules ?? {}).length;
    if (entries > MAX_CONFIG_ENTRIES)
        throw new errors/* ConfigurationError */.j(`${file}: ${entries} ignores, rules and suppressions are over the limit of ${MAX_CONFIG_ENTRIES}`);
    if (value['fail-on'] !== undefined)
        config.failOn = (0,reports_policy/* parseFailOn */.XV)(`${file}: \`fail-on\``, String(value['fail-on']));
    const rules = value.rules ?? {};
    if (typeof rules !== 'object' || Array.isArray(rules))
        throw new errors/* ConfigurationError */.j(`${file}: \`rules\` must map rule ids to off or a severity`);
    for (const [id, setting] of Object.entries(rules)) {
        const s = String(setting).toLowerCase();
        if (setting === false || s === 'off' || s === 'false' || s === 'disabled')
            config.disabled.add(id);
        else if ((0,lib_findings/* isSeverity */._Z)(s))
            config.severities.set(id, s);
        else
            throw new errors/* ConfigurationError */.j(`${file}: rule \`${id}\` must be off or one of ${lib_findings/* SEVERITIES */.oC.join(', ')} (got \`${String(setting)}\`)`);
    }
    const suppressionsNode = (0,yaml_dist/* isMap */.jh)(doc.contents)
        ? doc.contents.get('suppressions', true)
        : undefined;
    const list = value.suppressions ?? [];
    if (!Array.isArray(list))
        throw new errors/* ConfigurationError */.j(`${file}: \`suppressions\` must be a list`);
    list.forEach((entry, i) => {
        const node = (0,yaml_dist/* isSeq */.oP)(suppressionsNode) ? suppressionsNode.items[i] : undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
        const e = (entry ?? {});
        const where = `${file} line ${line}`;
        if (typeof e.rule !== 'string' || !e.rule)
            throw new errors/* ConfigurationError */.j(`${where}: a suppression needs \`rule\` (a rule id)`);
        if (typeof e.reason !== 'string' || !e.reason.trim())
            throw new errors/* ConfigurationError */.j(`${where}: a suppression needs a \`reason\``);
        const expires = parseExpiry(e.expires);
        if (!expires) {
            const written = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : String(e.expires ?? '');
            throw new errors/* ConfigurationError */.j(`${where}: a suppression needs \`expires\` as YYYY-MM-DD (got \`${written || 'nothing'}\`)`);
        }
        const path = typeof e.path === 'string' && e.path ? e.path : '**';
        config.suppressions.push({ id: e.rule, rule: e.rule, path, paths: [path], reason: e.reason.trim(), expires, line });
    });
    return config;
}
/** Apply severities and suppressions; expired suppressions add a finding of their own. */
function applyConfig(findings, config, now) {
    const overridden = findings.map((original) => {
        const severity = config.severities.get(original.ruleId);
        return severity ? { ...original, severity } : original;
    });
    const { kept, suppressed, expired } = applySuppressions(overridden, config.suppressions, now, (s, finding) => s.rule === finding.ruleId && coversPath(s, finding.file ?? '.'));
    const out = [...kept];
    for (const s of expired) {
        out.push({
            ruleId: EXPIRED_SUPPRESSION_RULE,
            severity: 'medium',
            title: 'Suppression has expired',
            message: `The suppression of ${s.rule} at \`${s.path}\` expired on ${s.expires} ("${s.reason}"); the findings it covered are reported again.`,
            file: config.file,
            line: s.line,
            remediation: 'Fix the findings, or renew the suppression with a new `expires` date and a reason that still holds.',
        });
    }
    return {
        findings: out,
        suppressed: suppressed.map(({ finding, entry }) => ({ finding, reason: entry.reason, expires: entry.expires })),
    };
}

;// CONCATENATED MODULE: ./src/lib/reports/categories.ts
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

;// CONCATENATED MODULE: ./src/audit/rules/rule.ts
function categoryOf(ruleId) {
    return ruleId.split('/')[0];
}

;// CONCATENATED MODULE: ./src/audit/score.ts
// Scores. Each finding weighs its severity's points times its confidence's factor. Within a
// category, a rule's findings weigh its strongest one plus a quarter of each further one (at most
// twice the strongest), so one pattern repeated across files does not sink a category alone; the
// category keeps 100 minus those weights (at least 0). The overall score is the mean of the
// categories; while a confident critical finding remains, it is that mean times 0.49, so a blocker
// always scores 49 or less yet repositories with more gaps still score lower.


const POINTS = { critical: 40, high: 20, medium: 8, low: 3 };
const CONFIDENCE_FACTOR = { high: 1, medium: 0.5, low: 0.25 };
const REPEAT_FACTOR = 0.25;
const BLOCKER_FACTOR = 0.49;
function findingWeight(f) {
    return POINTS[f.severity] * CONFIDENCE_FACTOR[f.confidence ?? 'high'];
}
function scoreFindings(findings) {
    const weightsByRule = new Map();
    for (const f of findings) {
        if (!CATEGORIES.includes(categoryOf(f.ruleId)))
            continue;
        const list = weightsByRule.get(f.ruleId) ?? [];
        list.push(findingWeight(f));
        weightsByRule.set(f.ruleId, list);
    }
    const lost = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
    for (const [ruleId, weights] of weightsByRule) {
        const [strongest, ...rest] = weights.sort((a, b) => b - a);
        const repeated = rest.reduce((sum, w) => sum + REPEAT_FACTOR * w, 0);
        lost[categoryOf(ruleId)] += Math.min(2 * strongest, strongest + repeated);
    }
    const categories = Object.fromEntries(CATEGORIES.map((c) => [c, Math.max(0, Math.round(100 - lost[c]))]));
    const values = Object.values(categories);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const blocker = findings.some((f) => f.severity === 'critical' && (f.confidence ?? 'high') === 'high');
    return { overall: Math.round(blocker ? mean * BLOCKER_FACTOR : mean), categories };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/audit/shell-syntax-scan.ts
// The audit's pre-pass over shell scripts: `bash -n` for each, a few at a time, in child processes
// that run while the main thread goes on with the secret scan; their verdicts are kept on the model
// for scripts/shell-syntax-error. One script at a time on the main thread cost a process start each.





/** bash's error output kept per script: its first error is all the rule reports. */
const MAX_STDERR_CHARS = 64 * 1024;
/** Checks every shell script of the repository; no new check starts after `deadline`. */
async function checkShellSyntax(repo, deadline = Infinity) {
    const queue = shellScripts(repo).flatMap((file) => {
        const text = repo.read(file);
        return text === undefined ? [] : [{ file, text }];
    });
    const verdicts = new Map();
    const worker = async () => {
        for (let next = queue.shift(); next && performance.now() <= deadline; next = queue.shift())
            verdicts.set(next.file, await bashCheck(next.text));
    };
    try {
        await Promise.all(Array.from({ length: Math.min(queue.length, Math.max(2, (0,external_node_os_.availableParallelism)())) }, worker));
    }
    catch (error) {
        // The scripts not answered here are asked about by the rule itself.
        repo.warn('.', `bash -n did not run beside the audit: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    recordBashVerdicts(repo, verdicts);
}
function bashCheck(text) {
    return new Promise((resolve) => {
        let stderr = '';
        const child = (0,external_node_child_process_.spawn)('bash', ['-n'], { stdio: ['pipe', 'ignore', 'pipe'], timeout: BASH_TIMEOUT_MS });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            if (stderr.length < MAX_STDERR_CHARS)
                stderr += chunk;
        });
        // bash may stop reading at its first error: the rest of the script is not needed.
        child.stdin.on('error', () => { });
        child.on('error', (error) => resolve({ error: error.message }));
        child.on('close', (status) => resolve({ status, stderr }));
        child.stdin.end(text);
    });
}

;// CONCATENATED MODULE: ./src/audit/engine.ts
// The audit engine: build the repository model once, run every enabled rule over it, apply the
// config (severity overrides, suppressions), and score the result.









const DEFAULT_BUDGET_MS = 300_000;
const INCOMPLETE_AUDIT_RULE = 'shipshape/audit-incomplete';
/** The rules over the repository, synchronously, without the pre-passes (what unit tests run). */
function runAudit(root, options = {}) {
    const started = performance.now();
    return auditRepository(openRepository(root, options, started), options, started);
}
/**
 * The whole audit, as the entry points run it: the asynchronous pre-passes (secretlint over the files
 * where secrets live) store their results on the model, then the rules run synchronously over it.
 */
async function runFullAudit(root, options = {}) {
    const started = performance.now();
    const repo = openRepository(root, options, started);
    if (!repo.incomplete) {
        const deadline = started + (options.budgetMs ?? DEFAULT_BUDGET_MS);
        // bash -n runs in child processes while secretlint runs here.
        const shell = enabledRules(options).includes(shellSyntaxError) ? checkShellSyntax(repo, deadline) : undefined;
        const { scanForSecrets } = await __webpack_require__.e(/* import() */ 402).then(__webpack_require__.bind(__webpack_require__, 402));
        await scanForSecrets(repo, deadline);
        await shell;
    }
    return auditRepository(repo, options, started);
}
function enabledRules(options) {
    const config = options.config ?? EMPTY_CONFIG;
    return (options.rules ?? ALL_RULES).filter((r) => !config.disabled.has(r.id));
}
function openRepository(root, options, started) {
    if (!(0,external_node_fs_.existsSync)(root))
        throw new errors/* ConfigurationError */.j(`path \`${root}\` does not exist`);
    if (!(0,external_node_fs_.statSync)(root).isDirectory())
        throw new errors/* ConfigurationError */.j(`path \`${root}\` is not a directory`);
    const config = options.config ?? EMPTY_CONFIG;
    return new repository/* Repository */.L(root, { ignore: config.ignore, deadline: started + (options.budgetMs ?? DEFAULT_BUDGET_MS) });
}
function auditRepository(repo, options, started) {
    const root = repo.root;
    const config = options.config ?? EMPTY_CONFIG;
    const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    const deadline = started + budgetMs;
    const rules = enabledRules(options);
    const raw = [];
    let skipped = repo.incomplete ? rules.length : 0;
    for (const rule of rules) {
        if (skipped || performance.now() > deadline) {
            skipped = rules.length - rules.indexOf(rule);
            break;
        }
        try {
            for (const hit of rule.check(repo)) {
                raw.push({
                    ruleId: rule.id,
                    title: rule.title,
                    remediation: rule.remediation,
                    ...hit,
                    severity: hit.severity ?? rule.severity,
                    confidence: hit.confidence ?? rule.confidence ?? 'high',
                });
            }
        }
        catch (error) {
            // One broken rule must not hide the others' findings.
            repo.warn('.', `rule ${rule.id} failed: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    const { findings, suppressed } = applyConfig(raw, config, options.now ?? new Date());
    // Not subject to the config: an audit that did not finish vouches for nothing.
    if (repo.incomplete || skipped)
        findings.push({
            ruleId: INCOMPLETE_AUDIT_RULE,
            severity: 'critical',
            title: 'Audit did not finish within its time budget',
            message: `The audit stopped after its budget of ${Math.round(budgetMs / 1000)} s: ${repo.incomplete ? 'the file listing was cut short and ' : ''}${skipped} of ${rules.length} rules did not run.`,
            remediation: "Find what makes the repository slow to read (a huge tree, very large files) and exclude generated content with `ignore:` in the base branch's .shipshape.yml.",
        });
    const sorted = (0,lib_findings/* sortFindings */.Tc)(findings.filter((f) => (0,lib_findings/* confidenceAtLeast */.jT)(f.confidence, options.minConfidence ?? 'low')));
    return {
        root,
        findings: sorted,
        suppressed,
        warnings: repo.warnings,
        ...(options.policy ? { policy: options.policy } : {}),
        fileSource: repo.source,
        scores: scoreFindings(sorted),
        filesIndexed: repo.fileCount,
        rulesRun: rules.length,
        durationMs: Math.round(performance.now() - started),
    };
}

// EXTERNAL MODULE: ./src/lib/git-read.ts + 3 modules
var git_read = __webpack_require__(3339);
;// CONCATENATED MODULE: ./src/audit/policy.ts
// Where the audit's policy (.shipshape.yml) comes from, and what it does. On a pull request the
// policy is the base commit's: the branch under judgment cannot rewrite the rules that judge it.
// Its own edit of the file is reported as a policy change, and every disabled rule, severity
// override, ignored path and suppression is listed, so nothing is silenced silently.



function loadPolicy(root, explicit, options = {}) {
    const file = explicit || DEFAULT_CONFIG_FILE;
    if (!options.pullRequest) {
        const text = readConfigText(root, file);
        if (text === undefined && explicit)
            throw new errors/* ConfigurationError */.j(`config file \`${explicit}\` does not exist`);
        const config = text === undefined ? EMPTY_CONFIG : parseConfig(text, file);
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
    const config = baseText === undefined ? EMPTY_CONFIG : parseConfig(baseText, `${file} (base commit)`);
    const policy = describe(file, 'base-commit', options.baseSha, config, baseText !== undefined);
    if (warning)
        policy.warning = `base policy not read (${warning}): no suppressions or disabled rules apply`;
    let headText;
    try {
        headText = readConfigText(root, file);
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
        head = parseConfig(headText, file);
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

;// CONCATENATED MODULE: ./src/lib/reports/audit-json.ts
// The shipshape audit's JSON report: its one type, the writer the audit and the CLI use and the
// reader the gate and the fleet merge use. `repository`, `score` and `findings[]` with these keys are the contract.

/** GitHub's owner/name (an owner has no dot; a name is never `.` or `..`): the only form a report's `repository` may take. */
const REPOSITORY_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*\/(?!\.\.?$)[A-Za-z0-9_.-]+$/;
function writeAuditReport(input) {
    const report = {
        ...(input.repository ? { repository: input.repository } : {}),
        score: input.score,
        categories: input.categories,
        ...(input.gate ? { gate: input.gate } : {}),
        findings: input.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            title: f.title,
            message: f.message,
            file: f.file ?? null,
            line: f.line ?? null,
            remediation: f.remediation,
            confidence: f.confidence ?? 'high',
        })),
        suppressed: input.suppressed.map((s) => ({
            ruleId: s.finding.ruleId,
            file: s.finding.file ?? null,
            reason: s.reason,
            expires: s.expires,
        })),
        ...(input.policy ? { policy: input.policy } : {}),
        warnings: input.warnings,
        filesIndexed: input.filesIndexed,
        ...(input.fileSource ? { fileSource: input.fileSource } : {}),
        durationMs: input.durationMs,
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** Read an audit report back into findings; anything that is not one is a one-line error naming `source`. */
function readAuditReport(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${source} is not valid JSON: ${error.message.split('\n')[0]}`);
    }
    if (!value || typeof value.score !== 'number' || !Array.isArray(value.findings))
        throw new Error(`${source} is not a shipshape audit report (no score and findings)`);
    const findings = value.findings.map((f, i) => {
        if (typeof f?.ruleId !== 'string' || typeof f.severity !== 'string' || !isSeverity(f.severity))
            throw new Error(`${source}: finding ${i} has no ruleId or a severity that is not critical, high, medium or low`);
        return {
            ruleId: f.ruleId,
            severity: f.severity,
            title: String(f.title ?? f.ruleId),
            message: String(f.message ?? ''),
            file: typeof f.file === 'string' ? f.file : undefined,
            line: typeof f.line === 'number' ? f.line : undefined,
            remediation: String(f.remediation ?? ''),
            ...(typeof f.confidence === 'string' && isConfidence(f.confidence) ? { confidence: f.confidence } : {}),
        };
    });
    if (value.repository != null && (typeof value.repository !== 'string' || !REPOSITORY_NAME.test(value.repository)))
        throw new Error(`${source}: \`repository\` is not owner/name`);
    const policy = readPolicy(value.policy);
    const categories = {};
    if (value.categories && typeof value.categories === 'object')
        for (const [k, v] of Object.entries(value.categories))
            if (typeof v === 'number' && Number.isFinite(v))
                categories[k] = v;
    return {
        ...(typeof value.repository === 'string' ? { repository: value.repository } : {}),
        score: value.score,
        categories,
        findings,
        ...(policy ? { policy } : {}),
    };
}
/** The policy section as written, kept only when it has the shape the writer gives it. */
function readPolicy(raw) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return undefined;
    const p = raw;
    const strings = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
    if (typeof p.file !== 'string' || (p.source !== 'base-commit' && p.source !== 'working-tree'))
        return undefined;
    if (!strings(p.changes) || !strings(p.disabledRules) || !strings(p.ignore) || !Array.isArray(p.suppressions))
        return undefined;
    return p;
}

;// CONCATENATED MODULE: ./src/audit/report/json.ts
// The audit result as the JSON report (the format itself lives in src/lib/reports/audit-json.ts).

function renderJson(result, gate, 
/** `owner/name`, so a fleet merge names the report (left out when unknown). */
repository) {
    return writeAuditReport({
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
    const counts = (0,lib_findings/* countBySeverity */.Ot)(result.findings);
    const out = [];
    out.push(`# shipshape production-readiness audit`, '');
    const verdict = options.passed === undefined
        ? ''
        : options.passed
            ? ' — ✅ gate passed'
            : ` — ❌ gate failed (fail-on: ${options.failOn})`;
    out.push(`**Overall score: ${result.scores.overall}/100**${verdict}`, '');
    out.push(`${lib_findings/* SEVERITIES */.oC.map((s) => `${ICON[s]} ${counts[s]} ${s}`).join(' · ')} — ${result.filesIndexed} files read in ${result.durationMs} ms`, '');
    out.push('## Executive summary', '');
    const byCategory = new Map();
    for (const f of result.findings) {
        const c = categoryOf(f.ruleId);
        byCategory.set(c, [...(byCategory.get(c) ?? []), f]);
    }
    out.push(table(['Category', 'Score', 'Findings', 'Worst'], CATEGORIES.map((c) => {
        const list = byCategory.get(c) ?? [];
        const worst = lib_findings/* SEVERITIES */.oC.find((s) => list.some((f) => f.severity === s));
        return [
            CATEGORY_NAME[c],
            `${result.scores.categories[c]}/100`,
            list.length,
            worst ? `${ICON[worst]} ${worst}` : '✅ none',
        ];
    })), '');
    for (const severity of lib_findings/* SEVERITIES */.oC) {
        const list = result.findings.filter((f) => f.severity === severity);
        if (!list.length)
            continue;
        out.push(`## ${ICON[severity]} ${severity[0].toUpperCase()}${severity.slice(1)} (${list.length})`, '');
        list.forEach((f, i) => {
            out.push(`### ${i + 1}. ${f.title}`, '');
            const where = f.file ? `${codeSpan(f.file + (f.line ? `:${f.line}` : ''))}` : 'repository';
            const link = options.fileUrl?.(f);
            const sure = f.confidence && f.confidence !== 'high' ? ` · **Confidence:** ${f.confidence}` : '';
            out.push(`**Rule:** ${codeSpan(f.ruleId)} · **Location:** ${link ? `[${where}](${link})` : where}${sure}`, '');
            out.push(`**Evidence:** ${f.message}`, '');
            out.push(`**Remediation:** ${f.remediation}`, '');
        });
    }
    if (!result.findings.length)
        out.push('No findings: every rule that applies to this repository passed.', '');
    if (result.suppressed.length) {
        out.push('## Suppressed', '');
        out.push(table(['Rule', 'Location', 'Reason', 'Expires'], result.suppressed.map((s) => [s.finding.ruleId, s.finding.file ?? 'repository', s.reason, s.expires ?? ''])), '');
    }
    if (result.policy)
        out.push(...renderPolicy(result.policy));
    if (result.warnings.length) {
        out.push('## Read warnings', '', 'These files could not be read fully; rules that needed them may have missed something.', '');
        out.push(table(['File', 'Problem'], result.warnings.map((w) => [w.file, w.message])), '');
    }
    return out.join('\n');
}
/** The policy section: where it came from, what the pull request would change, all it silences. */
function renderPolicy(policy) {
    const out = ['## Policy', ''];
    const from = policy.source === 'base-commit'
        ? `read from the base commit${policy.baseSha ? ` ${codeSpan(policy.baseSha.slice(0, 12))}` : ''}`
        : 'read from the working tree';
    out.push(`${codeSpan(policy.file)}: ${policy.applied ? from : `none applied (${from})`}.`, '');
    if (policy.warning)
        out.push(`⚠️ ${policy.warning}.`, '');
    if (policy.changedInPullRequest) {
        out.push(`### ⚠️ Policy change in this pull request (not applied)`, '');
        out.push(...policy.changes.map((c) => `- ${c}`), '');
    }
    const rows = [
        ...policy.disabledRules.map((id) => ['rule disabled', codeSpan(id), '', '']),
        ...Object.entries(policy.severityOverrides).map(([id, sev]) => ['severity changed', codeSpan(id), sev, '']),
        ...policy.ignore.map((glob) => ['files ignored', codeSpan(glob), '', '']),
        ...policy.suppressions.map((s) => [
            'suppression',
            `${codeSpan(s.rule)} at ${codeSpan(s.path)}`,
            s.reason,
            s.expires,
        ]),
    ];
    if (rows.length)
        out.push(table(['What', 'Which', 'Detail', 'Until'], rows), '');
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

;// CONCATENATED MODULE: ./src/lib/version.ts
// The package version, kept equal to package.json's (test/lib/version.test.ts checks); shown in SARIF and --version.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/audit/report/sarif.ts
// SARIF for code scanning: every rule (with its help) and the findings of this run.




function renderSarif(result) {
    const rules = [
        ...ALL_RULES.map((r) => ({
            id: r.id,
            title: r.title,
            help: r.remediation,
            severity: r.severity,
            helpUri: `https://github.com/shipshape/shipshape/blob/main/docs/rules.md#${r.id.replace('/', '')}`,
        })),
        {
            id: EXPIRED_SUPPRESSION_RULE,
            title: 'Suppression has expired',
            help: 'Fix the findings or renew the suppression.',
            severity: 'medium',
        },
    ];
    return `${JSON.stringify(toSarif({ name: 'shipshape', version: VERSION, informationUri: 'https://github.com/shipshape/shipshape' }, result.findings, rules), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/audit/run.ts






async function runAuditFor(dir, options) {
    const { config, policy } = loadPolicy(dir, options.config, {
        pullRequest: options.pullRequest,
        baseSha: options.baseSha,
    });
    options.onPolicy?.(policy);
    const failOn = options.failOn ?? config.failOn ?? (0,reports_policy/* thresholdPolicy */.GX)('critical');
    const audit = () => runFullAudit(dir, {
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

;// CONCATENATED MODULE: ./src/lib/pull-request-base.ts
// The trusted side of a pull request: the base commit whose policy files (.shipshape.yml,
// .trivyignore) judge the change. Read from the runner's event payload, never from the checkout.


const BASED_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/** The base commit's sha on a pull-request (or merge-queue) event, else undefined. */
function pullRequestBaseSha(env = process.env) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    if (!BASED_EVENTS.has(event) || !env.GITHUB_EVENT_PATH)
        return undefined;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return undefined;
    }
    const sha = event === 'merge_group' ? payload.merge_group?.base_sha : payload.pull_request?.base?.sha;
    return (0,git_read/* isCommitSha */._$)(sha) ? sha : undefined;
}
/** True on an event where a base commit must exist (then a missing one is not a reason to trust the head). */
function isPullRequestEvent(env = process.env) {
    return BASED_EVENTS.has(env.GITHUB_EVENT_NAME ?? '');
}

// EXTERNAL MODULE: ./src/lib/action.ts
var action = __webpack_require__(5577);
;// CONCATENATED MODULE: ./src/audit/main.ts
// The audit action: read inputs, audit the repository, write the four views of the findings
// (Markdown report + job summary, SARIF, JSON, annotations), set outputs, apply the gate.










async function run(inputs = (0,audit_inputs/* getInputs */.G)()) {
    // On a pull request the base commit's policy judges the change; the head's edit is only reported.
    const audit = await runAuditFor(inputs.path, {
        config: inputs.config,
        pullRequest: isPullRequestEvent(),
        baseSha: pullRequestBaseSha(),
        budgetSeconds: inputs.budgetSeconds,
        minConfidence: inputs.minConfidence,
        failOn: inputs.failOn,
        onPolicy: (policy) => {
            if (policy.warning)
                runner/* warning */.$e(policy.warning, { title: 'shipshape: policy' });
            if (policy.changedInPullRequest)
                runner/* warning */.$e(`this pull request changes ${policy.file}, not applied: ${policy.changes.join('; ')}`, {
                    title: 'shipshape: policy change',
                });
        },
        wrap: (runEngine) => (0,action/* step */.PM)('Audit', async () => {
            const r = await runEngine();
            runner/* info */.pq(`${r.filesIndexed} files read, ${r.rulesRun} rules run, ${r.findings.length} findings in ${r.durationMs} ms`);
            return r;
        }),
    });
    const { config, result, over, passed } = audit;
    for (const w of result.warnings.slice(0, 20))
        runner/* warning */.$e(w.message, { title: 'shipshape: file not read', file: w.file });
    // Annotations and links must be relative to the repository root, which may be above `path`.
    const workspace = (0,action/* workspace */.Gl)();
    const prefix = (0,external_node_path_.relative)(workspace, inputs.path).replace(/\\/g, '/');
    const inRepo = (f) => f.file && prefix && !prefix.startsWith('..') ? { ...f, file: `${prefix}/${f.file}` } : f;
    const markdown = audit.markdown(fileUrl(inRepo));
    writeFileAtomic(inputs.reportFile, markdown);
    writeFileAtomic(inputs.sarifFile, audit.sarif(inRepo));
    writeFileAtomic(inputs.jsonFile, audit.json(process.env.GITHUB_REPOSITORY));
    annotateFindings(result.findings.map(inRepo));
    const counts = (0,lib_findings/* countBySeverity */.Ot)(result.findings);
    runner/* setOutput */.uH('score', result.scores.overall);
    runner/* setOutput */.uH('critical', counts.critical);
    runner/* setOutput */.uH('high', counts.high);
    runner/* setOutput */.uH('medium', counts.medium);
    runner/* setOutput */.uH('low', counts.low);
    runner/* setOutput */.uH('report-file', inputs.reportFile);
    runner/* setOutput */.uH('sarif-file', inputs.sarifFile);
    runner/* setOutput */.uH('json-file', inputs.jsonFile);
    runner/* setOutput */.uH('passed', String(passed));
    await writeJobSummary(markdown);
    if (inputs.fix === 'pull-request') {
        const { openFixForAudit } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(316)]).then(__webpack_require__.bind(__webpack_require__, 8316));
        const fix = await (0,action/* step */.PM)('Fix pull request', () => openFixForAudit(inputs.path, workspace, config, result.findings, inputs.githubToken, inputs.failOn.label));
        runner/* setOutput */.uH('fix-pull-request', fix?.url ?? '');
        runner/* setOutput */.uH('fix-files', fix?.files.join('\n') ?? '');
    }
    if (!passed) {
        runner/* setFailed */.C1(`${over} finding${over === 1 ? '' : 's'} at or above ${inputs.failOn.label} (score ${result.scores.overall}/100); see ${(0,external_node_path_.relative)(workspace, inputs.reportFile)}`);
    }
}
/** A link to the finding's line on GitHub, when running in Actions. */
function fileUrl(inRepo) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
    if (!server || !repo || !sha)
        return undefined;
    return (f) => {
        const file = inRepo(f).file;
        return file ? `${server}/${repo}/blob/${sha}/${file}${f.line ? `#L${f.line}` : ''}` : undefined;
    };
}


/***/ }),

/***/ 3339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x0: () => (/* binding */ gitFileAtCommit),
  et: () => (/* binding */ gitTrackedFiles),
  _$: () => (/* binding */ isCommitSha)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/lib/byte-names.ts
// Strings interned by their UTF-8 bytes: a parser of many repeated names (git's index) decodes each
// distinct one once, and finds it again by a hash of its bytes (the caller's, seeded from here).

/** FNV-1a's 32-bit constants: h = (h ^ input) * prime, from the offset (or a seed). */
const FNV_OFFSET = (/* unused pure expression or super */ null && (0x811c9dc5 | 0));
const FNV_PRIME = 0x01000193;
function sameBytes(a, aStart, b, bStart, length) {
    for (let k = length - 1; k >= 0; k--)
        if (a[aStart + k] !== b[bStart + k])
            return false;
    return true;
}
/** A DataView over exactly a buffer's bytes (a Buffer may be a slice of a larger pool). */
function wordsOf(buf) {
    return new DataView(buf.buffer, buf.byteOffset, buf.length);
}
/** sameBytes over two DataViews, four bytes at a time. */
function sameWords(a, aStart, b, bStart, length) {
    let k = 0;
    for (; k + 4 <= length; k += 4)
        if (a.getUint32(aStart + k) !== b.getUint32(bStart + k))
            return false;
    for (; k < length; k++)
        if (a.getUint8(aStart + k) !== b.getUint8(bStart + k))
            return false;
    return true;
}
/**
 * Names interned by their bytes: a name is decoded and given its id (by `intern`) the first time it
 * is seen. Hashes start from `seed`, random per table: from a published start, a repository can
 * name its files so that every hash is the same (many-way collisions chain from one colliding
 * block), and each new name would then be compared with every name before it.
 */
class ByteNames {
    intern;
    /** Where the caller's hash of a name starts. */
    seed = (0,external_node_crypto_.randomBytes)(4).readInt32LE(0);
    /** The most other names one new name was compared with before it found its slot. */
    longestProbe = 0;
    slots = new Int32Array(1 << 12).fill(-1);
    hashes = new Int32Array(1 << 12);
    starts = new Int32Array(1 << 12);
    lengths = new Int32Array(1 << 12);
    bytes = Buffer.allocUnsafe(1 << 16);
    bytesWords = wordsOf(this.bytes);
    used = 0;
    size = 0;
    constructor(intern) {
        this.intern = intern;
    }
    /**
     * The id of the name in src[start, end), whose hash is `hash`; `srcWords` is wordsOf(src), which a
     * parser reading through one buffer makes once for many names.
     */
    id(src, start, end, hash, srcWords = wordsOf(src)) {
        const length = end - start;
        const mask = this.slots.length - 1;
        let probes = 0;
        for (let slot = hash & mask;; slot = (slot + 1) & mask, probes++) {
            const id = this.slots[slot];
            if (id < 0)
                break;
            if (this.hashes[slot] === hash &&
                this.lengths[slot] === length &&
                sameWords(srcWords, start, this.bytesWords, this.starts[slot], length))
                return id;
        }
        if (probes > this.longestProbe)
            this.longestProbe = probes;
        const id = this.intern(src.toString('utf8', start, end));
        if (this.used + length > this.bytes.length)
            this.bytesWords = wordsOf((this.bytes = Buffer.concat([
                this.bytes.subarray(0, this.used),
                Buffer.allocUnsafe(this.bytes.length + length * 2),
            ])));
        src.copy(this.bytes, this.used, start, end);
        this.put(hash, this.used, length, id);
        this.used += length;
        if (++this.size * 2 > this.slots.length)
            this.rehash();
        return id;
    }
    put(hash, start, length, id) {
        const mask = this.slots.length - 1;
        let slot = hash & mask;
        while (this.slots[slot] >= 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = id;
        this.hashes[slot] = hash;
        this.starts[slot] = start;
        this.lengths[slot] = length;
    }
    rehash() {
        const { slots, hashes, starts, lengths } = this;
        const size = slots.length * 2;
        this.slots = new Int32Array(size).fill(-1);
        this.hashes = new Int32Array(size);
        this.starts = new Int32Array(size);
        this.lengths = new Int32Array(size);
        for (let s = 0; s < slots.length; s++)
            if (slots[s] >= 0)
                this.put(hashes[s], starts[s], lengths[s], slots[s]);
    }
}

;// CONCATENATED MODULE: ./src/lib/byte-window.ts
// Reading a large file forward through one reused buffer, for parsers that look a little ahead.
const WINDOW_BYTES = 1 << 20;
/**
 * A file's bytes through a window that slides forward: a 50 MB file is read a megabyte at a time
 * into one buffer (a buffer the file's size costs more in page faults than a parse of it).
 */
class ByteWindow {
    bytes;
    /** File offset of bytes[0], and how many bytes from there are loaded. */
    start = 0;
    filled = 0;
    size;
    read;
    constructor(source) {
        if (Buffer.isBuffer(source)) {
            this.bytes = source;
            this.size = this.filled = source.length;
        }
        else {
            this.size = source.size;
            this.read = source.read;
            this.bytes = Buffer.allocUnsafe(Math.max(1, Math.min(source.windowBytes ?? WINDOW_BYTES, source.size)));
        }
    }
    /** Loads bytes [at, at + length) of the file; returns where `at` sits in `bytes`. */
    need(at, length) {
        if (at + length > this.size)
            throw new Error('truncated');
        if (at >= this.start && at + length <= this.start + this.filled)
            return at - this.start;
        if (!this.read)
            throw new Error('truncated');
        const kept = at >= this.start && at < this.start + this.filled ? this.start + this.filled - at : 0;
        // The loaded bytes from `at` on move to the front (none when `at` is behind the window).
        const into = length > this.bytes.length ? Buffer.allocUnsafe(length * 2) : this.bytes;
        if (kept)
            this.bytes.copy(into, 0, at - this.start, at - this.start + kept);
        this.bytes = into;
        this.start = at;
        this.filled = kept;
        const want = Math.min(this.bytes.length, this.size - at);
        while (this.filled < want) {
            const n = this.read(this.bytes, this.filled, want - this.filled, at + this.filled);
            if (n <= 0)
                throw new Error('truncated');
            this.filled += n;
        }
        return 0;
    }
    /** File offset of the first NUL byte at or after `at` (before `end`). */
    nul(at, end) {
        for (let length = 256;; length *= 2) {
            const span = Math.min(length, end - at);
            const from = this.need(at, span);
            const found = this.bytes.indexOf(0, from);
            if (found >= 0 && found < from + span)
                return at + found - from;
            if (span < length)
                throw new Error('bad path');
        }
    }
}

// EXTERNAL MODULE: ./src/lib/repository/path-index.ts
var path_index = __webpack_require__(3980);
;// CONCATENATED MODULE: ./src/lib/git-index.ts
// git's index file read directly: one read of .git/index instead of running `git ls-files`, which
// on half a million files costs more than the rest of the audit. Only what git writes by default is
// read (index versions 2 to 4, SHA-1 object names, no split or sparse index, the work tree at the
// .git folder's parent); for anything else the caller asks git itself.






const MAX_INDEX_BYTES = 2 ** 31 - 1;
const MAX_CONFIG_BYTES = 1024 * 1024;
const SHA1_BYTES = 20;
// ctime, mtime (8 each), dev, ino, mode, uid, gid, size (4 each), the object name, 16-bit flags.
const FIXED_BYTES = 40 + SHA1_BYTES + 2;
const EXTENDED = 0x4000;
const NAME_MASK = 0x0fff;
/** The `.git` folder that holds `dir`'s index, and `dir` relative to its work tree ('' or 'a/b/'). */
function findGitDir(dir) {
    for (let at = dir;; at = (0,external_node_path_.dirname)(at)) {
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(at, '.git'));
        }
        catch {
            stat = undefined;
        }
        if (stat) {
            // A `.git` file (a linked work tree, a submodule) or link: git resolves those itself.
            if (!stat.isDirectory())
                return 'other';
            const rel = (0,external_node_path_.relative)(at, dir);
            return { gitDir: (0,external_node_path_.join)(at, '.git'), prefix: rel ? `${rel.split(external_node_path_.sep).join('/')}/` : '' };
        }
        if ((0,external_node_path_.dirname)(at) === at)
            return undefined;
    }
}
/** git's offset varint (index version 4): each continuation byte adds one before shifting. */
function readVarint(buf, at, end) {
    let c = buf[at++];
    let value = c & 127;
    while (c & 128) {
        if (at >= end)
            throw new Error('truncated');
        c = buf[at++];
        value = ((value + 1) << 7) + (c & 127);
    }
    return { value, next: at };
}
const REGULAR = 0o10;
const LINK = 0o12;
const SUBMODULE = 0o16;
/**
 * Parse an index file's entries; throws on anything outside the formats read here. Paths are not
 * made into strings: each distinct folder and base name is decoded once, and each file is a pair
 * of ids. Folders `skipFolder` rejects ('' or 'a/b/', relative to `prefix`) are left out.
 */
function parseGitIndex(source, prefix = '', skipFolder = () => false) {
    const file = new ByteWindow(source);
    if (file.size < 12 + SHA1_BYTES)
        throw new Error('not an index');
    let w = file.need(0, 12);
    if (file.bytes.toString('latin1', w, w + 4) !== 'DIRC')
        throw new Error('not an index');
    const version = file.bytes.readUInt32BE(w + 4);
    if (version < 2 || version > 4)
        throw new Error(`index version ${version}`);
    const count = file.bytes.readUInt32BE(w + 8);
    const end = file.size - SHA1_BYTES;
    // The header's count bounds the files (a damaged header costs at most the index's own size).
    const builder = new path_index/* PathIndexBuilder */.PX(Math.min(count, Math.floor(file.size / FIXED_BYTES)));
    const names = new ByteNames((text) => builder.name(text));
    const links = [];
    const prefixBytes = Buffer.from(prefix, 'utf8');
    let nonAscii = false;
    // Version 4 keeps each path in `scratch` (it is the previous path, edited); others copy the
    // previous entry's folder there, so the window may slide past it.
    let scratch = Buffer.alloc(4096);
    // The same bytes, read four at a time for the folder compare (most entries share the previous
    // entry's folder, so it runs over the whole folder for nearly every entry).
    let scratchWords = wordsOf(scratch);
    let windowBytes = file.bytes;
    let windowWords = wordsOf(windowBytes);
    let previousLength = 0;
    let folderLength = -1;
    // The current folder ('' or 'a/b/', relative to the prefix), undefined outside the prefix or
    // skipped; its id is taken at its first regular file (a folder of links alone is no folder here).
    let folder;
    let folderId = -1;
    let lastNameId = -1;
    let at = 12;
    for (let i = 0; i < count; i++) {
        if (at + FIXED_BYTES > end)
            throw new Error('truncated');
        // The fixed part, the extended flags and (in versions 2 and 3) a path of up to 0xFFE bytes.
        w = file.need(at, Math.min(FIXED_BYTES + 2 + NAME_MASK + 8, end - at));
        let buf = file.bytes;
        // The mode is 32 bits; its file type is the top 4 bits of the low 16.
        const type = buf[w + 24] | buf[w + 25] ? -1 : buf[w + 26] >> 4;
        if (type !== REGULAR && type !== LINK && type !== SUBMODULE)
            throw new Error(`entry type ${type.toString(8)}`);
        const flags = (buf[w + FIXED_BYTES - 2] << 8) | buf[w + FIXED_BYTES - 1];
        let name = FIXED_BYTES;
        if (flags & EXTENDED) {
            if (version < 3)
                throw new Error('extended flags in a version 2 index');
            name += 2;
        }
        // The path's bytes: src[start, start + length).
        let src;
        let start;
        let length;
        // Bytes at the path's start known to equal the previous path's (version 4).
        let shared = 0;
        if (version === 4) {
            // A count of bytes to drop from the end of the previous path, then the rest of this one.
            const strip = readVarint(buf, w + name, w + Math.min(end - at, FIXED_BYTES + 2 + 16));
            if (strip.value > previousLength)
                throw new Error('bad path');
            const suffix = at + (strip.next - w);
            const nul = file.nul(suffix, end);
            w = file.need(suffix, nul + 1 - suffix);
            shared = previousLength - strip.value;
            length = shared + nul - suffix;
            if (length > scratch.length)
                scratch = Buffer.concat([scratch.subarray(0, shared), Buffer.alloc(length * 2)]);
            file.bytes.copy(scratch, shared, w, w + nul - suffix);
            previousLength = length;
            src = scratch;
            start = 0;
            at = nul + 1;
        }
        else {
            length = flags & NAME_MASK;
            if (length === NAME_MASK) {
                length = file.nul(at + name, end) - (at + name);
                w = file.need(at, name + length + 1);
                buf = file.bytes;
            }
            if (at + name + length >= end || buf[w + name + length] !== 0)
                throw new Error('bad path');
            src = buf;
            start = w + name;
            // Entries are padded with 1 to 8 NUL bytes to a multiple of 8.
            at += (name + length + 8) & ~7;
        }
        // The base name, scanned from its end: its hash, and whether it is all ASCII. Four bytes at a
        // time while none is a slash (a word with a zero byte after the xor holds one); each word's
        // product is folded down, so its top byte reaches the low bits the table is indexed by.
        const words = src === windowBytes ? windowWords : (windowWords = wordsOf((windowBytes = src)));
        let hash = names.seed;
        let wordEnd = start + length;
        for (; wordEnd - 4 >= start; wordEnd -= 4) {
            const word = words.getUint32(wordEnd - 4);
            const x = word ^ 0x2f2f2f2f;
            if ((x - 0x01010101) & ~x & 0x80808080)
                break;
            if (word & 0x80808080)
                nonAscii = true;
            hash = Math.imul(hash ^ word, FNV_PRIME);
            hash ^= hash >>> 15;
        }
        let slash = wordEnd - 1;
        for (; slash >= start; slash--) {
            const c = src[slash];
            if (c === SLASH)
                break;
            if (c >= 0x80)
                nonAscii = true;
            hash = Math.imul(hash ^ c, FNV_PRIME);
        }
        const nameStart = slash + 1;
        const ownFolderLength = nameStart - start;
        const sameFolder = ownFolderLength === folderLength &&
            (version === 4 ? shared >= ownFolderLength : sameWords(words, start, scratchWords, 0, ownFolderLength));
        if (!sameFolder) {
            folderLength = ownFolderLength;
            folder = undefined;
            folderId = -1;
            if (version !== 4) {
                if (ownFolderLength > scratch.length)
                    scratchWords = wordsOf((scratch = Buffer.alloc(ownFolderLength * 2)));
                src.copy(scratch, 0, start, nameStart);
            }
            if (ownFolderLength >= prefixBytes.length && sameBytes(src, start, prefixBytes, 0, prefixBytes.length)) {
                for (let k = start; k < nameStart && !nonAscii; k++)
                    nonAscii = src[k] >= 0x80;
                const decoded = src.toString('utf8', start + prefixBytes.length, nameStart);
                if (!skipFolder(decoded))
                    folder = decoded;
            }
        }
        // Outside `prefix`, or in a skipped folder.
        if (folder === undefined)
            continue;
        const nameId = names.id(src, nameStart, start + length, hash, words);
        // A conflicted path has one entry per stage, side by side.
        if (sameFolder && nameId === lastNameId)
            continue;
        lastNameId = nameId;
        if (type === REGULAR) {
            if (folderId < 0)
                folderId = builder.folder(folder);
            builder.addIds(folderId, nameId);
        }
        else if (type === LINK)
            links.push(src.toString('utf8', start + prefixBytes.length, start + length));
    }
    // Extensions: an upper-case signature is optional (a cache); any other (`link`: split index,
    // `sdir`: sparse index) changes what the entries mean.
    while (at < end) {
        if (at + 8 > end)
            throw new Error('truncated extension');
        w = file.need(at, 8);
        const first = file.bytes[w];
        if (first < 0x41 || first > 0x5a)
            throw new Error(`index extension ${file.bytes.toString('latin1', w, w + 4)}`);
        at += 8 + file.bytes.readUInt32BE(w + 4);
    }
    if (at !== end)
        throw new Error('truncated extension');
    return { index: builder.done(), links, maybeUnsorted: nonAscii, longestNameProbe: names.longestProbe };
}
const SLASH = 0x2f;
/**
 * The files git tracks under `dir` (relative to it), read from the index file; `no-work-tree` when
 * no folder from `dir` up holds a `.git`; `undefined` when the index is not one read here (the
 * caller runs git).
 */
function readGitIndex(dir, skipFolder) {
    const found = findGitDir(dir);
    if (!found)
        return 'no-work-tree';
    if (found === 'other')
        return undefined;
    // A repository with SHA-256 object names or a work tree moved elsewhere: left to git.
    const config = (0,safe_read/* readRegularFile */.XF)((0,external_node_path_.join)(found.gitDir, 'config'), MAX_CONFIG_BYTES);
    if ('refused' in config || /objectformat|worktree/i.test(config.bytes.toString('latin1')))
        return undefined;
    // A parse error (the index is not one read here, or it changed under the read) is a refusal too.
    const parsed = (0,safe_read/* withRegularFile */.p0)((0,external_node_path_.join)(found.gitDir, 'index'), MAX_INDEX_BYTES, (fd, size) => parseGitIndex({ size, read: (into, at, length, position) => (0,external_node_fs_.readSync)(fd, into, at, length, position) }, found.prefix, skipFolder));
    return 'refused' in parsed ? undefined : parsed.value;
}

;// CONCATENATED MODULE: ./src/lib/git-read.ts
// Reading a checkout through git without running anything the repository controls: the tracked
// file list, and one file's text at another commit (the base of a pull request).



// Config that could make git run a program or take a lock is overridden on the command line, and
// the GIT_* variables of the caller (GIT_DIR, GIT_INDEX_FILE...) are dropped.
const SAFE_CONFIG = [
    '-c',
    'core.fsmonitor=false',
    '-c',
    'core.untrackedCache=false',
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'safe.directory=*',
    '-c',
    'protocol.ext.allow=never',
];
function gitEnv() {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (!k.startsWith('GIT_'))
            env[k] = v;
    env.GIT_OPTIONAL_LOCKS = '0';
    env.GIT_TERMINAL_PROMPT = '0';
    env.GIT_CONFIG_NOSYSTEM = '1';
    return env;
}
function git(cwd, args, timeoutMs = 60000) {
    const r = (0,external_node_child_process_.spawnSync)('git', [...SAFE_CONFIG, ...args], {
        cwd,
        env: gitEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1 << 30,
        timeout: timeoutMs,
    });
    if (r.error)
        return { ok: false, stdout: Buffer.alloc(0), error: r.error.code ?? 'error' };
    const stderr = r.stderr?.toString('utf8').trim().split('\n')[0] ?? '';
    return { ok: r.status === 0, stdout: r.stdout ?? Buffer.alloc(0), error: stderr || `exit ${r.status}` };
}
/**
 * The files git tracks under `dir` (paths relative to `dir`; none in folders `skipFolder` rejects),
 * read from the index; undefined when
 * `dir` is not inside a git work tree. A failure of git in a work tree is returned as `error`.
 */
function gitTrackedFiles(dir, skipFolder) {
    const indexed = readGitIndex(dir, skipFolder);
    if (indexed === 'no-work-tree')
        return undefined;
    if (indexed)
        return indexed;
    // Without --full-name, paths come relative to `dir` (and -z leaves them unquoted).
    const r = git(dir, ['ls-files', '-z', '--stage', '--', '.']);
    if (!r.ok)
        return /not a git repository/i.test(r.error) || r.error === 'ENOENT' ? undefined : { error: r.error };
    const files = [];
    const links = [];
    const text = r.stdout.toString('utf8');
    let last = '';
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\0', start);
        if (end === -1)
            end = text.length;
        // "<mode> <object> <stage>\t<path>"; a conflicted path appears once per stage.
        const tab = text.indexOf('\t', start);
        const mode = text.slice(start, text.indexOf(' ', start));
        start = end + 1;
        if (tab < 0 || tab > end)
            continue;
        const path = text.slice(tab + 1, end);
        if (path === last)
            continue;
        last = path;
        if (mode === '120000')
            links.push(path);
        else if (mode !== '160000')
            files.push(path);
    }
    return { index: (0,path_index/* indexPaths */.Ny)(files, skipFolder), links, maybeUnsorted: true };
}
function isCommitSha(value) {
    return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value);
}
/**
 * The text of `path` (relative to `dir`) at commit `sha`: fetched (that one commit, shallow) when
 * the checkout lacks it. `{ missing: true }` when the file does not exist at that commit.
 */
function gitFileAtCommit(dir, sha, path) {
    if (!isCommitSha(sha))
        return { error: `\`${sha}\` is not a commit sha` };
    if (!git(dir, ['cat-file', '-e', `${sha}^{commit}`]).ok) {
        const fetched = git(dir, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], 120000);
        if (!fetched.ok)
            return { error: `commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched` };
    }
    const spec = `${sha}:./${path.replace(/^\.\//, '')}`;
    if (!git(dir, ['cat-file', '-e', spec]).ok)
        return { missing: true };
    const r = git(dir, ['cat-file', 'blob', spec]);
    return r.ok ? { text: r.stdout.toString('utf8') } : { error: r.error };
}


/***/ }),

/***/ 8296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ isInsideRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Whether a resolved path lies in a resolved root folder (the root itself included). Both sides are
// real paths (links resolved): the one containment test every reader and writer of a tree uses.

function isInsideRoot(realPath, realRoot) {
    return realPath === realRoot || realPath.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
}


/***/ }),

/***/ 8379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uc: () => (/* binding */ SERVER_FRAMEWORKS),
  hL: () => (/* binding */ WRANGLER_CONFIGS),
  $p: () => (/* binding */ deploysWithWrangler),
  hf: () => (/* binding */ describeNodeApp),
  xD: () => (/* binding */ isWorker)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/node-app/health-route.ts
var health_route = __webpack_require__(6270);
// EXTERNAL MODULE: ./src/lib/node-app/package-json.ts
var package_json = __webpack_require__(9557);
// EXTERNAL MODULE: ./src/lib/node-app/source-files.ts
var source_files = __webpack_require__(7239);
// EXTERNAL MODULE: ./src/lib/node-app/start-port.ts
var start_port = __webpack_require__(3136);
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
        (pkg.main ? `node ${pkg.main}` : source.exists((0,package_json.at)(pkg.dir, 'server.js')) ? 'node server.js' : ''));
}
function appPort(source, pkg, sources, options = {}) {
    const command = options.command || (pkg ? startScriptOf(source, pkg) : '');
    const fromCommand = (0,start_port/* portFromCommand */.bm)(command);
    if (fromCommand?.literal)
        return { port: fromCommand.port, reason: `the start command sets it (${fromCommand.source})`, literal: true };
    if (/^\d{2,5}$/.test(options.env?.PORT ?? ''))
        return { port: Number(options.env.PORT), reason: 'PORT in input `env`', literal: true };
    const dot = /^\s*(?:export\s+)?PORT\s*=\s*["']?(\d{2,5})/m.exec(source.read((0,package_json.at)(pkg?.dir ?? '', '.env')) ?? '');
    if (dot)
        return { port: Number(dot[1]), reason: 'PORT in .env', literal: true };
    for (const file of (0,source_files/* scanOrder */.uk)(sources)) {
        const text = source.read(file) ?? '';
        const code = /PORT\s*(?:\|\||\?\?)\s*['"]?(\d{2,5})/.exec(text) ?? /\.listen\(\s*(?:\{\s*port\s*:\s*)?(\d{2,5})\b/.exec(text);
        if (code)
            return { port: Number(code[1]), reason: `${file} (${code[0].trim()})`, literal: true };
    }
    if (fromCommand)
        return { port: fromCommand.port, reason: fromCommand.source, literal: false };
    const deps = (0,package_json/* allDependencies */.bl)(pkg);
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
    const sources = (0,source_files/* appSourcesIn */.hk)(files, pkg.dir);
    const { manager, lockfile } = (0,package_json/* detectPackageManager */.Lv)(source, pkg.dir, pkg);
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
        next: 'next' in (0,package_json/* allDependencies */.bl)(pkg) ? nextConfig(source, pkg) : undefined,
        startScript: startScriptOf(source, pkg),
        sources,
        port: appPort(source, pkg, sources, runtime),
        healthRoute: (0,health_route/* findHealthRoute */.d)(source, pkg, sources),
        deployTarget: deployTarget(files, worker),
    };
}
function nextConfig(source, pkg) {
    const configFile = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs'].find((f) => source.exists((0,package_json.at)(pkg.dir, f)));
    const text = configFile ? (source.read((0,package_json.at)(pkg.dir, configFile)) ?? '') : '';
    return { configFile, standalone: /output\s*:\s*['"`]standalone['"`]/.test(text) };
}
/**
 * A Cloudflare Worker: a wrangler config beside the package, or (the config kept out of git) a
 * script that runs `wrangler deploy`.
 */
function isWorker(source, pkg) {
    return WRANGLER_CONFIGS.some((f) => source.exists((0,package_json.at)(pkg.dir, f))) || deploysWithWrangler(pkg);
}
/** Names of a wrangler config file. */
const WRANGLER_CONFIGS = ['wrangler.toml', 'wrangler.json', 'wrangler.jsonc'];
/** The package depends on wrangler and a script of it runs `wrangler deploy`. */
function deploysWithWrangler(pkg) {
    return ('wrangler' in (0,package_json/* allDependencies */.bl)(pkg) &&
        Object.values(pkg.scripts).some((s) => /\bwrangler\s+(?:deploy|publish)\b/.test(s)));
}
/** .nvmrc or .node-version (the package's, then the root's), else engines.node, as a major version. */
function nodeVersion(source, pkg) {
    const candidates = [
        source.read((0,package_json.at)(pkg.dir, '.nvmrc')),
        source.read((0,package_json.at)(pkg.dir, '.node-version')),
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


/***/ }),

/***/ 6270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ mayNameHealthRoute),
/* harmony export */   d: () => (/* binding */ findHealthRoute)
/* harmony export */ });
/* harmony import */ var _package_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9557);
/* harmony import */ var _source_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7239);


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
    for (const file of known.ordered ?? (0,_source_files_js__WEBPACK_IMPORTED_MODULE_1__/* .scanOrder */ .uk)(sources)) {
        const m = HEALTH_ROUTE.exec(source.read(file) ?? '');
        if (m)
            return { path: m[1] ?? `/${m[2].replace(/^\//, '')}`, evidence: file };
    }
    if (module)
        return { evidence: module };
    const library = Object.keys((0,_package_json_js__WEBPACK_IMPORTED_MODULE_0__/* .allDependencies */ .bl)(pkg)).find((d) => HEALTH_LIBRARY.test(d));
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


/***/ }),

/***/ 9557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ readPackage),
/* harmony export */   Lv: () => (/* binding */ detectPackageManager),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   bl: () => (/* binding */ allDependencies),
/* harmony export */   qO: () => (/* binding */ toNodePackage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
// A Node package's package.json, parsed once into one shape, and its package manager. The audit's
// repository model and the actions (container, Lighthouse, migrate-deploy, init) read it here.


/** A parsed package.json object in our shape; undefined when it is not a JSON object. */
function toNodePackage(file, raw) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return undefined;
    const obj = raw;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file);
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
        const shown = source.root ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(source.root, file) : file;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${what}: ${shown} is not valid JSON (${error.message.split('\n')[0]})`);
    }
    const pkg = toNodePackage(file, raw);
    if (!pkg)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${what}: ${source.root ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(source.root, file) : file} is not a JSON object`);
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


/***/ }),

/***/ 7239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ isAppSourceFolder),
/* harmony export */   MQ: () => (/* binding */ isLikelyName),
/* harmony export */   Qe: () => (/* binding */ MAX_SCANNED_FILES),
/* harmony export */   RY: () => (/* binding */ isLikelyFolder),
/* harmony export */   ab: () => (/* binding */ isAppSourceName),
/* harmony export */   hk: () => (/* binding */ appSourcesIn),
/* harmony export */   uk: () => (/* binding */ scanOrder)
/* harmony export */ });
/* unused harmony exports SOURCE_EXTENSIONS, isAppSource */
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


/***/ }),

/***/ 3136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ localUrlPorts),
/* harmony export */   bm: () => (/* binding */ portFromCommand),
/* harmony export */   qb: () => (/* binding */ resolveStartPort)
/* harmony export */ });
/* unused harmony export scriptNameOf */
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


/***/ }),

/***/ 1159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ serverApps),
/* harmony export */   IR: () => (/* binding */ serviceDatabaseOf),
/* harmony export */   Jt: () => (/* binding */ buildDefinitions),
/* harmony export */   Lb: () => (/* binding */ BUILD_DEFINITION_FILES),
/* harmony export */   Ml: () => (/* binding */ usesDatabase),
/* harmony export */   NH: () => (/* binding */ shippedDockerfiles),
/* harmony export */   PV: () => (/* binding */ hasDeployTarget),
/* harmony export */   Uu: () => (/* binding */ COMPOSE_FILE),
/* harmony export */   Vs: () => (/* binding */ hasWorker),
/* harmony export */   Wm: () => (/* binding */ jsonKeyLine),
/* harmony export */   X5: () => (/* binding */ isWorkerPackage),
/* harmony export */   kE: () => (/* binding */ platformBuilt),
/* harmony export */   l$: () => (/* binding */ sourceFiles),
/* harmony export */   lL: () => (/* binding */ isNextApp),
/* harmony export */   ml: () => (/* binding */ composeFiles),
/* harmony export */   u$: () => (/* binding */ sourceFilesOf),
/* harmony export */   u6: () => (/* binding */ DATABASE_DEPENDENCIES),
/* harmony export */   yy: () => (/* binding */ dockerfiles)
/* harmony export */ });
/* unused harmony export sveltekitAdapter */
/* harmony import */ var _node_app_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8379);
/* harmony import */ var _node_app_source_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7239);
// Facts about the repository that several rules need (what kind of app, which deploy target,
// which database), each computed once through repo.fact().



/** Build definitions that count as a container/build strategy for a deploy target. */
const BUILD_DEFINITION_FILES = [
    'Dockerfile',
    'Containerfile',
    'nixpacks.toml',
    'render.yaml',
    'fly.toml',
    'Procfile',
    'app.json',
    'vercel.json',
    'netlify.toml',
    'railway.json',
    'railway.toml',
    'app.yaml',
    'Dockerrun.aws.json',
];
const SERVER_FRAMEWORK_DEPS = Object.keys(_node_app_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVER_FRAMEWORKS */ .Uc);
/** Deployable server apps: a package that depends on a server framework and is not a Worker. */
function serverApps(repo) {
    return repo.fact('serverApps', () => {
        const apps = [];
        for (const pkg of repo.packages) {
            if (isWorkerPackage(repo, pkg))
                continue;
            const dep = SERVER_FRAMEWORK_DEPS.find((d) => d in pkg.dependencies);
            if (dep)
                apps.push({ pkg, framework: _node_app_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVER_FRAMEWORKS */ .Uc[dep], frameworkDep: dep });
            else if (sveltekitAdapter(pkg) && sveltekitAdapter(pkg) !== '@sveltejs/adapter-static')
                apps.push({ pkg, framework: 'SvelteKit', frameworkDep: '@sveltejs/kit' });
        }
        return apps;
    });
}
/**
 * The SvelteKit adapter a package builds with (devDependencies are where SvelteKit lives). Any but
 * adapter-static makes it a server app: adapter-auto, -vercel, -netlify and -cloudflare deploy
 * server-side functions to a platform.
 */
function sveltekitAdapter(pkg) {
    if (!('@sveltejs/kit' in pkg.dependencies) && !('@sveltejs/kit' in pkg.devDependencies))
        return undefined;
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    return Object.keys(deps).find((d) => /^(?:@sveltejs\/adapter-|svelte-adapter-)/.test(d));
}
/** Apps a platform builds and runs from the repository itself (SvelteKit's platform adapters). */
function platformBuilt(app) {
    const adapter = app.frameworkDep === '@sveltejs/kit' ? sveltekitAdapter(app.pkg) : undefined;
    return !!adapter && /adapter-(?:auto|vercel|netlify|cloudflare(?:-workers)?)$/.test(adapter);
}
function isNextApp(app) {
    return app.frameworkDep === 'next';
}
/**
 * A Cloudflare Worker: a wrangler config beside the package, or (the config kept out of git) a
 * script that runs `wrangler deploy`.
 */
function isWorkerPackage(repo, pkg) {
    // Most repositories hold nothing named like a wrangler config: then only the scripts can tell,
    // and thousands of packages are not each asked about three paths.
    if (!repo.fact('namesWranglerConfig', () => _node_app_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .WRANGLER_CONFIGS */ .hL.some((name) => repo.namesAnything(name))))
        return (0,_node_app_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .deploysWithWrangler */ .$p)(pkg);
    return repo.fact(`isWorker:${pkg.file}`, () => (0,_node_app_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .isWorker */ .xD)(repo, pkg));
}
function hasWorker(repo) {
    return repo.fact('hasWorker', () => repo.byName(/^wrangler\.(toml|jsonc?)$/).length > 0 || repo.packages.some((p) => isWorkerPackage(repo, p)));
}
// Both tests read only the base name (no '/' in `[\w-]`): they run on the base-name index.
const DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\.[\w-]+)?$|\.Dockerfile$/;
/** Build definitions present anywhere in the repository (paths). */
function buildDefinitions(repo) {
    return repo.fact('buildDefinitions', () => repo.namedFiles((base) => BUILD_DEFINITION_FILES.includes(base) || DOCKERFILE_NAME.test(base)));
}
function dockerfiles(repo) {
    return repo.fact('dockerfiles', () => repo.namedFiles((base) => DOCKERFILE_NAME.test(base)));
}
// Images that never ship: workspaces for developers (Gitpod, dev containers), development and test
// variants, and images kept as fixtures or examples.
const NOT_SHIPPED_DOCKERFILE = /(?:^|\/)(?:\.gitpod\.Dockerfile|\.devcontainer\/.*|(?:Dockerfile|Containerfile)\.(?:dev|development|local|test|e2e|ci)|(?:dev|development|local|test|e2e)\.Dockerfile)$|(?:^|\/)(?:__tests__|tests?|fixtures|e2e|cypress|examples?)\//i;
/** Dockerfiles that build an image which may run in production (not dev environments, tests or examples). */
function shippedDockerfiles(repo) {
    return repo.fact('shippedDockerfiles', () => dockerfiles(repo).filter((f) => !NOT_SHIPPED_DOCKERFILE.test(f)));
}
/** The repository ships something that runs somewhere: a server app, a Worker, or a build definition. */
function hasDeployTarget(repo) {
    return repo.fact('hasDeployTarget', () => serverApps(repo).length > 0 || hasWorker(repo) || buildDefinitions(repo).length > 0);
}
/**
 * Source files of the application (not tests, configs, scripts or examples), in index order: the
 * first `limit` of them (rules read a capped number; half a million paths are not made for them).
 */
function sourceFiles(repo, limit = Infinity) {
    return repo.fact(`sourceFiles:${limit}`, () => repo.select(_node_app_source_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppSourceName */ .ab, _node_app_source_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppSourceFolder */ .DD, limit));
}
/** Source files that belong to a package folder ('' = whole repository), the first `limit` of them. */
function sourceFilesOf(repo, dir, limit = Infinity) {
    if (!dir)
        return sourceFiles(repo, limit);
    const prefix = `${dir}/`;
    return repo.fact(`sourceFilesOf:${dir}:${limit}`, () => repo.select(_node_app_source_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppSourceName */ .ab, (folder) => folder.startsWith(prefix) && (0,_node_app_source_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppSourceFolder */ .DD)(folder), limit));
}
const DATABASE_DEPENDENCIES = [
    '@prisma/client',
    'prisma',
    'pg',
    'postgres',
    'mysql',
    'mysql2',
    'mongodb',
    'mongoose',
    'sqlite3',
    'better-sqlite3',
    'sqlite',
    'knex',
    'sequelize',
    'typeorm',
    'drizzle-orm',
    '@libsql/client',
    'redis',
    'ioredis',
    '@neondatabase/serverless',
];
/** The app keeps state: it depends on a database or cache driver/ORM, or declares one (Prisma schema, D1 binding). */
function usesDatabase(repo) {
    return repo.fact('usesDatabase', () => DATABASE_DEPENDENCIES.some((d) => repo.hasDependency(d)) ||
        repo.byName('schema.prisma').length > 0 ||
        d1Bindings(repo));
}
function d1Bindings(repo) {
    return repo.byName(/^wrangler\.(toml|jsonc?)$/).some((f) => /d1_databases/.test(repo.read(f) ?? ''));
}
/** Line of `"key"` inside a JSON file (best effort, for annotations). */
function jsonKeyLine(repo, file, key) {
    return repo.find(file, new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`))?.line;
}
const COMPOSE_FILE = /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/;
/** Compose files of the repository. */
function composeFiles(repo) {
    return repo.fact('composeFiles', () => repo.byName(COMPOSE_FILE));
}
/** Drivers of databases and caches that run as a server of their own (not SQLite, not an ORM alone). */
const SERVICE_DATABASE_DRIVERS = [
    'pg',
    'postgres',
    'mysql',
    'mysql2',
    'mariadb',
    'mongodb',
    'mongoose',
    'redis',
    'ioredis',
    '@redis/client',
    'tedious',
    'mssql',
    'oracledb',
    'cassandra-driver',
    '@clickhouse/client',
];
/**
 * The dependency (or Prisma provider) through which a package uses a database that runs as its own
 * service, or undefined when it has none: SQLite, D1 and an ORM without a server driver do not count.
 */
function serviceDatabaseOf(repo, pkg) {
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    const driver = SERVICE_DATABASE_DRIVERS.find((d) => d in pkg.dependencies) ?? SERVICE_DATABASE_DRIVERS.find((d) => d in deps);
    if (driver)
        return driver;
    for (const schema of repo.byName(/\.prisma$/)) {
        if (pkg.dir && !schema.startsWith(`${pkg.dir}/`))
            continue;
        const provider = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"(\w+)"/.exec(repo.read(schema) ?? '')?.[1];
        if (provider && provider !== 'sqlite')
            return `prisma (provider "${provider}" in ${schema})`;
    }
    return undefined;
}


/***/ }),

/***/ 2214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S1: () => (/* binding */ NOT_PRODUCTION_PATH),
  OU: () => (/* binding */ otherMigrationFolders),
  rp: () => (/* binding */ schemaTools)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/lib/node-app/migration-folder.ts
// Where a schema tool keeps its migrations: Prisma's folder beside the schema unless prisma.config
// moves it, Drizzle's `out` (default drizzle). The audit's migration rules and migrate-deploy read it here.

const DRIZZLE_CONFIG = /^drizzle\.config\.[cm]?[jt]s$/;
/** The folder holding a Prisma schema file; a multi-file schema (prisma/schema/*.prisma) counts as prisma/. */
function prismaSchemaDir(schemaFile) {
    const dir = external_node_path_.posix.dirname(schemaFile);
    return external_node_path_.posix.basename(dir) === 'schema' && external_node_path_.posix.basename(external_node_path_.posix.dirname(dir)) === 'prisma' ? external_node_path_.posix.dirname(dir) : dir;
}
/** Prisma's migrations folder for a schema folder; prisma.config.ts can move it (`migrations: { path }`). */
function prismaMigrationsDir(source, schemaDir) {
    const parent = external_node_path_.posix.dirname(schemaDir);
    for (const dir of [schemaDir, parent]) {
        for (const ext of ['ts', 'mts', 'js', 'mjs']) {
            const file = dir === '.' ? `prisma.config.${ext}` : `${dir}/prisma.config.${ext}`;
            const m = source.exists(file)
                ? /migrations\s*:\s*\{[^}]*?\bpath\s*:\s*['"`]([^'"`]+)['"`]/.exec(source.read(file) ?? '')
                : null;
            if (m)
                return external_node_path_.posix.normalize(external_node_path_.posix.join(dir, m[1]));
        }
    }
    return external_node_path_.posix.join(schemaDir, 'migrations');
}
/** Drizzle's migrations folder for a drizzle.config file: its `out`, else drizzle/ beside it. */
function drizzleMigrationsDir(source, configFile) {
    const outDir = /\bout\s*:\s*['"`]([^'"`]+)['"`]/.exec(source.read(configFile) ?? '')?.[1] ?? 'drizzle';
    return external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(configFile), outDir));
}
/** The migrations folder of a tool for the project at the source's root, as the audit reads it. */
function projectMigrationsDir(source, tool) {
    const top = source.list().filter((f) => !f.includes('/') || /^prisma\/(?:schema\/)?[^/]+$/.test(f));
    if (tool === 'prisma') {
        const schema = top.find((f) => f.endsWith('.prisma'));
        return prismaMigrationsDir(source, schema ? prismaSchemaDir(schema) : 'prisma');
    }
    const config = top.find((f) => DRIZZLE_CONFIG.test(f));
    return config ? drizzleMigrationsDir(source, config) : 'drizzle';
}

// EXTERNAL MODULE: ./src/lib/repository/wrangler-config.ts
var wrangler_config = __webpack_require__(9135);
;// CONCATENATED MODULE: ./src/lib/repository/migrations.ts
// Which schema tools the repository uses and which migration history each keeps: Prisma schemas and
// their migrations folder, Drizzle's out folder, Cloudflare D1 migrations, knex/sequelize/typeorm/
// dbmate folders, hand-applied schema.sql files. Shared by database/no-migrations and
// database/migrations-not-deployed.



const NOT_PRODUCTION_PATH = /(?:^|\/)(?:__tests__|tests?|spec|e2e|fixtures|testdata|examples?|samples?|demo|docs?|node_modules)\//;
const MIGRATION_CODE = /MigrationInterface|knex\.schema|\bpgm\.|queryInterface\.|createTable|alterTable|CREATE TABLE|ALTER TABLE|exports\.up\b|export\s+(?:async\s+)?function\s+up\b|\bup\s*:\s*async/;
const MIGRAT_FOLDER = /(?:^|\/)migrat/;
const within = (repo, dir, re) => {
    const prefix = dir === '.' || dir === '' ? '' : `${dir}/`;
    return repo.under(prefix).filter((f) => re.test(f.slice(prefix.length)));
};
/** Schema tools with a known migrations location (Prisma, Drizzle, D1), outside test/example folders. */
function schemaTools(repo) {
    return repo.fact('schemaTools', () => {
        const out = [];
        const prismaDirs = new Set();
        for (const file of repo.byName(/\.prisma$/)) {
            if (NOT_PRODUCTION_PATH.test(file))
                continue;
            const text = repo.read(file) ?? '';
            const provider = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"(\w+)"/.exec(text);
            if (!provider || provider[1] === 'mongodb')
                continue; // MongoDB has no Prisma migrations
            const dir = prismaSchemaDir(file);
            if (prismaDirs.has(dir))
                continue;
            prismaDirs.add(dir);
            const migrationsDir = prismaMigrationsDir(repo, dir);
            out.push({
                tool: 'Prisma',
                file,
                line: repo.find(file, /datasource\s+\w+\s*\{/)?.line,
                migrationsDir,
                migrations: within(repo, migrationsDir, /^[^/]+\/migration\.sql$/).sort(),
                applyCommand: 'prisma migrate deploy',
                applyPattern: /prisma(?:@[\w.^~-]+)?\s+migrate\s+deploy|migrate-deploy/,
            });
        }
        for (const file of repo.byName(/^drizzle\.config\.[cm]?[jt]s$/)) {
            if (NOT_PRODUCTION_PATH.test(file))
                continue;
            const migrationsDir = drizzleMigrationsDir(repo, file);
            out.push({
                tool: 'Drizzle',
                file,
                line: 1,
                migrationsDir,
                migrations: within(repo, migrationsDir, /^[^/]+\.sql$/).sort(),
                applyCommand: 'drizzle-kit migrate',
                applyPattern: /drizzle-kit\s+migrate|\bmigrate\(\s*\w+\s*,\s*\{\s*migrationsFolder/,
            });
        }
        for (const file of repo.byName(wrangler_config/* WRANGLER_CONFIG */.C)) {
            if (NOT_PRODUCTION_PATH.test(file))
                continue;
            const databases = d1Databases(repo, file);
            if (!databases.length)
                continue;
            const migrationsDir = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), databases.find((d) => d.migrations_dir)?.migrations_dir ?? 'migrations'));
            out.push({
                tool: 'Cloudflare D1',
                file,
                line: repo.find(file, /d1_databases/)?.line,
                migrationsDir,
                migrations: within(repo, migrationsDir, /^[^/]+\.sql$/).sort(),
                applyCommand: 'wrangler d1 migrations apply',
                applyPattern: /wrangler\s+d1\s+migrations\s+apply|d1\s+migrations\s+apply/,
            });
        }
        return out;
    });
}
/** Migration folders of other tools (knex, sequelize, typeorm, dbmate, node-pg-migrate, golang-migrate, Flyway...). */
function otherMigrationFolders(repo) {
    return repo.fact('otherMigrationFolders', () => {
        const claimed = new Set(schemaTools(repo).map((t) => t.migrationsDir));
        const byDir = new Map();
        // The pattern below needs a folder whose name starts with "migrat": folders are tested once each.
        for (const f of repo.select(() => true, (folder) => MIGRAT_FOLDER.test(folder))) {
            if (NOT_PRODUCTION_PATH.test(f))
                continue;
            const m = /^(.*(?:^|\/)(?:migrations|migration|migrate))\/(?:[^/]+\/)?[^/]+\.(?:sql|[cm]?[jt]s)$/.exec(f);
            if (!m || claimed.has(m[1]) || [...claimed].some((c) => m[1].startsWith(`${c}/`)))
                continue;
            if (!byDir.has(m[1]))
                byDir.set(m[1], []);
            byDir.get(m[1]).push(f);
        }
        // A folder named migrations in a front-end (client-state migrations) is not a database's history:
        // keep folders of .sql files, or of scripts that look like schema migrations.
        const looksLikeSchemaMigration = (files) => files.some((f) => f.endsWith('.sql')) || MIGRATION_CODE.test(repo.read(files[0]) ?? '');
        return [...byDir.entries()]
            .filter(([, files]) => looksLikeSchemaMigration(files))
            .map(([dir, migrations]) => ({
            tool: 'migrations',
            dir,
            migrations: migrations.sort(),
            applyCommand: 'your migration tool (knex migrate:latest, sequelize db:migrate, dbmate up...)',
            // Any tool's apply command; kept loose on purpose (a missed finding beats a false one).
            applyPattern: /knex\s+migrate:latest|sequelize(?:-cli)?\s+db:migrate|typeorm.*migration:run|dbmate\b|node-pg-migrate|\bmigrate\s+(?:-\w+\s+\S+\s+)*up\b|supabase\s+db\s+push|flyway|liquibase|goose\b.*\bup\b|atlas\s+migrate|\bmigrat/i,
        }));
    });
}
function d1Databases(repo, file) {
    const databases = (0,wrangler_config/* wranglerConfig */.F)(repo, file)?.d1_databases;
    return Array.isArray(databases) ? databases : [];
}


/***/ }),

/***/ 3980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ selectPaths),
/* harmony export */   Ny: () => (/* binding */ indexPaths),
/* harmony export */   PX: () => (/* binding */ PathIndexBuilder),
/* harmony export */   jN: () => (/* binding */ classifyPaths)
/* harmony export */ });
/* unused harmony export PathIndex */
// The file list, kept as a folder id and a base-name id per file: the strings are the distinct
// folders and names (a few thousand for half a million files), and a file's path is made only when
// something asks for it. A rule's question about names or folders runs once per distinct name or
// folder, and the pass over the files is a typed-array lookup, not string work.
class PathIndex {
    folders;
    names;
    folderOf;
    nameOf;
    nameIds;
    folderIds;
    // Paths made so far, by position: each is made once, so its string (and hash) is shared.
    made;
    allMade = false;
    byName;
    byFolder;
    constructor(
    /** Distinct folders ('' or 'a/b/', with the slash), by id. */
    folders, 
    /** Distinct base names, by id. */
    names, 
    /** Per file, in list order: its folder id and its name id. */
    folderOf, nameOf, 
    /** Name -> id, folder -> id. */
    nameIds, folderIds) {
        this.folders = folders;
        this.names = names;
        this.folderOf = folderOf;
        this.nameOf = nameOf;
        this.nameIds = nameIds;
        this.folderIds = folderIds;
    }
    get length() {
        return this.folderOf.length;
    }
    /** The path of the file at position `i`. */
    path(i) {
        const made = (this.made ??= new Array(this.length));
        return (made[i] ??= this.folders[this.folderOf[i]] + this.names[this.nameOf[i]]);
    }
    /** Every path, in list order (made once, on first use). */
    get files() {
        if (!this.allMade) {
            for (let i = 0; i < this.length; i++)
                this.path(i);
            this.allMade = true;
        }
        return this.made ?? [];
    }
    /** Positions (ascending) of the files with name id `id`. */
    ofName(id) {
        const { positions, start } = this.namesGrouped();
        return positions.subarray(start[id], start[id + 1]);
    }
    /** Positions (ascending) of the files in folder id `id`. */
    ofFolder(id) {
        const { positions, start } = this.foldersGrouped();
        return positions.subarray(start[id], start[id + 1]);
    }
    /** The files' positions grouped by name id. */
    namesGrouped() {
        return (this.byName ??= group(this.nameOf, this.names.length));
    }
    /** The files' positions grouped by folder id. */
    foldersGrouped() {
        return (this.byFolder ??= group(this.folderOf, this.folders.length));
    }
    /** True when `path` is in the list. */
    has(path) {
        const slash = path.lastIndexOf('/');
        const nameId = this.nameIds.get(path.slice(slash + 1));
        if (nameId === undefined)
            return false;
        const folderId = this.folderIds.get(path.slice(0, slash + 1));
        if (folderId === undefined)
            return false;
        // Through the shorter of the two lists: the folder's files or the name's.
        const byFolder = this.foldersGrouped();
        const byName = this.namesGrouped();
        const inFolder = byFolder.start[folderId + 1] - byFolder.start[folderId];
        if (inFolder <= byName.start[nameId + 1] - byName.start[nameId]) {
            for (let k = byFolder.start[folderId]; k < byFolder.start[folderId + 1]; k++)
                if (this.nameOf[byFolder.positions[k]] === nameId)
                    return true;
        }
        else
            for (let k = byName.start[nameId]; k < byName.start[nameId + 1]; k++)
                if (this.folderOf[byName.positions[k]] === folderId)
                    return true;
        return false;
    }
}
// A counting sort of the positions by id: two passes over a typed array, no array per id.
function group(ids, count) {
    const start = new Uint32Array(count + 1);
    for (let i = 0; i < ids.length; i++)
        start[ids[i] + 1]++;
    for (let k = 0; k < count; k++)
        start[k + 1] += start[k];
    const next = start.slice(0, count);
    const positions = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++)
        positions[next[ids[i]]++] = i;
    return { positions, start };
}
/** Builds a file list and its index, file by file, in sorted order. */
class PathIndexBuilder {
    folderOf;
    nameOf;
    count = 0;
    folders = [];
    names = [];
    folderIds = new Map();
    nameIds = new Map();
    /** `expected`: how many files are likely (the arrays then need no growing). */
    constructor(expected = 1024) {
        this.folderOf = new Uint32Array(Math.max(1, expected));
        this.nameOf = new Uint32Array(Math.max(1, expected));
    }
    /** The id of a folder ('' or 'a/b/'). */
    folder(folder) {
        let id = this.folderIds.get(folder);
        if (id === undefined) {
            id = this.folders.length;
            this.folderIds.set(folder, id);
            this.folders.push(folder);
        }
        return id;
    }
    /** The id of a base name. */
    name(base) {
        let id = this.nameIds.get(base);
        if (id === undefined) {
            id = this.names.length;
            this.nameIds.set(base, id);
            this.names.push(base);
        }
        return id;
    }
    /** Add a file by its folder's id and its base name's id. */
    addIds(folderId, nameId) {
        const i = this.count++;
        if (i === this.folderOf.length) {
            this.folderOf = grow(this.folderOf);
            this.nameOf = grow(this.nameOf);
        }
        this.folderOf[i] = folderId;
        this.nameOf[i] = nameId;
    }
    /** Add a file by its folder's id and its base name. */
    add(folderId, base) {
        this.addIds(folderId, this.name(base));
    }
    done() {
        return new PathIndex(this.folders, this.names, this.folderOf.subarray(0, this.count), this.nameOf.subarray(0, this.count), this.nameIds, this.folderIds);
    }
}
function grow(array) {
    const bigger = new Uint32Array(array.length * 2);
    bigger.set(array);
    return bigger;
}
/**
 * Index `paths` (sorted). With `skipFolder`, files in folders it rejects are left out (the test
 * runs once per folder).
 */
function indexPaths(paths, skipFolder) {
    const builder = new PathIndexBuilder();
    let folder = '\0';
    let folderId = 0;
    let skipped = false;
    for (const path of paths) {
        const slash = path.lastIndexOf('/');
        // A folder's files sit together in a sorted list: the folder is looked up when it changes.
        if (slash !== folder.length - 1 || !path.startsWith(folder)) {
            folder = path.slice(0, slash + 1);
            folderId = builder.folder(folder);
            skipped = skipFolder ? skipFolder(folder) : false;
        }
        if (!skipped)
            builder.add(folderId, path.slice(slash + 1));
    }
    return builder.done();
}
/**
 * The files whose base name passes `name` and whose folder passes `folder`, in list order (the
 * first `limit` of them). Each test runs once per distinct name or folder.
 */
function selectPaths(index, name, folder, limit = Infinity) {
    return classifyPaths(index, (base) => (!name || name(base) ? 1 : 0), (f) => (!folder || folder(f) ? 1 : 0), (n, f) => n === 1 && f === 1, limit);
}
/**
 * The files kept by `keep(nameClass, folderClass)`, where `name` and `folder` sort each distinct
 * base name and folder into a small class (0 to 255) once; in list order, the first `limit` of them.
 */
function classifyPaths(index, name, folder, keep, limit = Infinity) {
    const names = classesOf(index.names, name);
    // keep() once per pair of classes, on first use (0: not asked yet, 1: no, 2: yes).
    const table = new Uint8Array(256 * 256);
    const keeps = (n, f) => {
        const k = (n << 8) | f;
        if (!table[k])
            table[k] = keep(n, f) ? 2 : 1;
        return table[k] === 2;
    };
    const { nameOf, folderOf } = index;
    const out = [];
    // The names some folder class could keep. When their files are few, they are the candidates, and
    // only their folders are classed (a rule asking for a few names costs the names, not the folders).
    const namesKept = new Uint8Array(256);
    for (const n of distinct(names))
        for (let f = 0; f < 256 && !namesKept[n]; f++)
            if (keeps(n, f))
                namesKept[n] = 1;
    const byName = index.namesGrouped();
    const viaNames = countKept(names, namesKept, byName);
    if (viaNames * 4 < index.length) {
        const folderClass = new Int16Array(index.folders.length).fill(-1);
        const at = gather(names, namesKept, byName, viaNames);
        for (let k = 0; k < at.length && out.length < limit; k++) {
            const i = at[k];
            let f = folderClass[folderOf[i]];
            // As a Uint8Array would store it.
            if (f < 0)
                f = folderClass[folderOf[i]] = folder(index.folders[folderOf[i]]) & 255;
            if (keeps(names[nameOf[i]], f))
                out.push(index.path(i));
        }
        return out;
    }
    // Otherwise every folder is classed; when few folders can be kept, their files are the candidates.
    const folders = classesOf(index.folders, folder);
    const foldersKept = new Uint8Array(256);
    for (const n of distinct(names))
        for (const f of distinct(folders))
            if (namesKept[n] && keeps(n, f))
                foldersKept[f] = 1;
    // Every pair that can occur has been asked above (a name no folder keeps is never kept).
    const kept = (i) => table[(names[nameOf[i]] << 8) | folders[folderOf[i]]] === 2;
    const byFolder = index.foldersGrouped();
    const viaFolders = countKept(folders, foldersKept, byFolder);
    if (viaFolders * 4 < index.length) {
        const at = gather(folders, foldersKept, byFolder, viaFolders);
        for (let k = 0; k < at.length && out.length < limit; k++)
            if (kept(at[k]))
                out.push(index.path(at[k]));
        return out;
    }
    for (let i = 0; i < index.length && out.length < limit; i++)
        if (kept(i))
            out.push(index.path(i));
    return out;
}
// Plain loops: Uint8Array.from with a mapping function and a Set of a typed array cost a
// millisecond each on ten thousand folders, and a rule asks dozens of times.
function classesOf(values, classOf) {
    const classes = new Uint8Array(values.length);
    for (let i = 0; i < values.length; i++)
        classes[i] = classOf(values[i]);
    return classes;
}
function distinct(classes) {
    const seen = new Uint8Array(256);
    const out = [];
    for (let i = 0; i < classes.length; i++)
        if (!seen[classes[i]]) {
            seen[classes[i]] = 1;
            out.push(classes[i]);
        }
    return out;
}
/** How many files have an id whose class is kept. */
function countKept(classes, kept, { start }) {
    let count = 0;
    for (let id = 0; id < classes.length; id++)
        if (kept[classes[id]])
            count += start[id + 1] - start[id];
    return count;
}
/** The positions, ascending, of the files with an id whose class is kept. */
function gather(classes, kept, { positions, start }, count) {
    const at = new Uint32Array(count);
    let n = 0;
    for (let id = 0; id < classes.length; id++)
        if (kept[classes[id]]) {
            at.set(positions.subarray(start[id], start[id + 1]), n);
            n += start[id + 1] - start[id];
        }
    return at.sort();
}


/***/ }),

/***/ 718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ Repository)
});

// UNUSED EXPORTS: MAX_READ_BYTES

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/lib/node-app/package-json.ts
var package_json = __webpack_require__(9557);
// EXTERNAL MODULE: ./src/lib/repository/path-index.ts
var path_index = __webpack_require__(3980);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./src/lib/git-read.ts + 3 modules
var git_read = __webpack_require__(3339);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/lib/skipped-folders.ts
var skipped_folders = __webpack_require__(7099);
// EXTERNAL MODULE: ./src/lib/inside-root.ts
var inside_root = __webpack_require__(8296);
;// CONCATENATED MODULE: ./src/lib/repository/plain-folder.ts
/**
 * A folder ('' or 'a/b/') with no `.`, `..` or empty part and no leading slash. Git never writes
 * other paths into its index, but a crafted index (a `.git` folder planted in an unpacked tree) can.
 */
function isPlainFolder(folder) {
    return !/(?:^|\/)\.{0,2}\//.test(folder);
}

;// CONCATENATED MODULE: ./src/lib/repository/walk.ts
// The file index: in a git checkout, the files git tracks (read from the index: a committed
// .gitignore cannot hide a tracked file); elsewhere, one walk that honours .gitignore and never
// enters ignored folders. Links are resolved only inside the root, special files are skipped.










/** A .gitignore over either cap is not applied (and says so): ignoring less is the safe side. */
const MAX_GITIGNORE_BYTES = 64 * 1024;
const MAX_GITIGNORE_PATTERNS = 1000;
const SKIPPED_SEGMENT = new RegExp(`(^|/)(${[...skipped_folders/* ALWAYS_SKIPPED */.F].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})/`);
function walkRepository(root, options = {}) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const tracked = (0,git_read/* gitTrackedFiles */.et)(root, skippedFolder);
    if (tracked && 'index' in tracked && (tracked.index.length || tracked.links.length))
        return fromGit(root, realRoot, tracked, options);
    const result = walkFolder(root, realRoot, options);
    // A folder git tracks nothing of (new, or outside the repository's files) is audited as a folder.
    if (tracked)
        result.warnings.unshift({
            file: '.',
            message: 'error' in tracked
                ? `git could not list the tracked files (${tracked.error}); the folder was walked with .gitignore applied`
                : 'git tracks no file in this folder; the folder was walked with .gitignore applied',
        });
    return result;
}
// Folders never listed from git's index: the ones the walk never enters, and paths no checkout has.
function skippedFolder(folder) {
    return SKIPPED_SEGMENT.test(folder) || !isPlainFolder(folder);
}
function fromGit(root, realRoot, tracked, options) {
    const result = {
        index: tracked.index,
        warnings: [],
        source: 'git',
        realRoot,
        links: new Map(),
        incomplete: false,
    };
    for (const path of tracked.links) {
        const skip = skippedFolder(path.slice(0, path.lastIndexOf('/') + 1));
        const real = skip ? undefined : keepLink(root, realRoot, path, result.warnings);
        if (real)
            result.links.set(path, real);
    }
    // The index is sorted by bytes, which is JavaScript's order for ASCII paths: sort only when needed.
    if (result.links.size || (tracked.maybeUnsorted && !isSorted(result.index.files)))
        result.index = (0,path_index/* indexPaths */.Ny)([...result.index.files, ...result.links.keys()].sort());
    if (options.deadline !== undefined && performance.now() > options.deadline)
        result.incomplete = true;
    return result;
}
function isSorted(list) {
    for (let i = 1; i < list.length; i++)
        if (list[i - 1] > list[i])
            return false;
    return true;
}
function walkFolder(root, realRoot, options) {
    const warnings = [];
    const links = new Map();
    const listed = new path_index/* PathIndexBuilder */.PX();
    let incomplete = false;
    let patterns = 0;
    let n = 0;
    const visit = (relDir, scopes) => {
        if (incomplete)
            return;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(relDir ? (0,external_node_path_.join)(root, relDir) : root, { withFileTypes: true });
        }
        catch (error) {
            warnings.push({
                file: relDir || '.',
                message: `folder could not be read (${error.code ?? 'error'})`,
            });
            return;
        }
        const prefix = relDir ? `${relDir}/` : '';
        const folderId = listed.folder(prefix);
        let ownScopes = scopes;
        if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            const rules = readGitignore((0,external_node_path_.join)(root, prefix, '.gitignore'), `${prefix}.gitignore`, patterns, warnings);
            if (rules) {
                patterns += rules.count;
                ownScopes = [...scopes, { base: prefix, rules: rules.rules, byName: rules.byName ? new Map() : undefined }];
            }
        }
        // Visiting each folder's entries in the order of their paths (a folder's name followed by '/')
        // lists the files already sorted.
        for (const entry of sortedEntries(entries)) {
            if ((++n & 1023) === 0 && options.deadline !== undefined && performance.now() > options.deadline) {
                incomplete = true;
                return;
            }
            const rel = prefix + entry.name;
            const isDir = entry.isDirectory();
            if (entry.isSymbolicLink()) {
                if (isIgnored(ownScopes, rel, entry.name, false))
                    continue;
                const real = keepLink(root, realRoot, rel, warnings);
                if (real) {
                    links.set(rel, real);
                    listed.add(folderId, entry.name);
                }
                continue;
            }
            if (isDir && skipped_folders/* ALWAYS_SKIPPED */.F.has(entry.name))
                continue;
            if (isIgnored(ownScopes, rel, entry.name, isDir))
                continue;
            if (isDir)
                visit(rel, ownScopes);
            else if (entry.isFile())
                listed.add(folderId, entry.name);
            else
                warnings.push({ file: rel, message: `skipped: ${(0,safe_read/* kindOf */.I)(entry)}, not a regular file` });
        }
    };
    visit('', []);
    return { index: listed.done(), warnings, source: 'folder', links, incomplete, realRoot };
}
function sortedEntries(entries) {
    const keyed = entries.map((e) => ({ entry: e, key: e.isDirectory() ? `${e.name}/` : e.name }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.map((k) => k.entry);
}
function readGitignore(absolute, rel, patternsSoFar, warnings) {
    const read = (0,safe_read/* readRegularFile */.XF)(absolute, MAX_GITIGNORE_BYTES);
    if ('refused' in read) {
        warnings.push({ file: rel, message: `${read.refused}; its rules were not applied` });
        return undefined;
    }
    const lines = read.bytes
        .toString('utf8')
        .split(/\r?\n/)
        .filter((l) => l.trim() && !l.startsWith('#'));
    if (patternsSoFar + lines.length > MAX_GITIGNORE_PATTERNS) {
        warnings.push({
            file: rel,
            message: `not applied: ${lines.length} patterns would pass the limit of ${MAX_GITIGNORE_PATTERNS} .gitignore patterns per audit`,
        });
        return undefined;
    }
    const byName = lines.every((l) => !l.trim().replace(/\/$/, '').includes('/'));
    return { rules: ignore_default()().add(lines), count: lines.length, byName };
}
// A link stays in the index only when it resolves, inside the root, to a regular file; it is then
// read at its real path. Links to folders are never followed (no loops, no escapes).
function keepLink(root, realRoot, rel, warnings) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, rel));
    }
    catch {
        warnings.push({ file: rel, message: 'broken symbolic link' });
        return undefined;
    }
    if (!(0,inside_root/* isInsideRoot */.X)(real, realRoot)) {
        warnings.push({ file: rel, message: 'skipped: symbolic link to a path outside the repository' });
        return undefined;
    }
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(real);
    }
    catch {
        warnings.push({ file: rel, message: 'broken symbolic link' });
        return undefined;
    }
    if (stat.isDirectory())
        return undefined;
    if (!stat.isFile()) {
        warnings.push({ file: rel, message: `skipped: symbolic link to ${(0,safe_read/* kindOf */.I)(stat)}` });
        return undefined;
    }
    return real;
}
// As in git, the deepest .gitignore with an opinion wins: a `!pattern` below re-includes what a
// parent ignored.
function isIgnored(scopes, rel, name, isDir) {
    for (let i = scopes.length - 1; i >= 0; i--) {
        const scope = scopes[i];
        let verdict;
        if (scope.byName) {
            const key = isDir ? `${name}/` : name;
            verdict = scope.byName.get(key);
            if (!verdict)
                scope.byName.set(key, (verdict = scope.rules.test(key)));
        }
        else
            verdict = scope.rules.test(rel.slice(scope.base.length) + (isDir ? '/' : ''));
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/lib/repository/read-text.ts
// A listed file's text, read the one way the audit reads files: never through a folder that
// resolves outside the root, never a link, a special file, a binary file or more than MAX_READ_BYTES.





/** Files larger than this are listed but not read. */
const MAX_READ_BYTES = 1024 * 1024;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Subfolders checked one by one before the rest of their folder's entries are read at once. */
const READDIR_FOLDERS = 64;
function textOf(bytes) {
    if (bytes.includes(0))
        return { failure: 'not read: binary file' };
    try {
        return { text: STRICT_UTF8.decode(bytes).replace(/^\uFEFF/, '') };
    }
    catch {
        return { failure: 'not read: not valid UTF-8 text' };
    }
}
/** Reads listed files of one root. */
class ListedFileReader {
    realRoot;
    filesIn;
    inside = new Map();
    /** Per folder read at once, the names of the links among its entries. */
    linksIn = new Map();
    /** Per folder, how many of its subfolders were checked one by one. */
    checked = new Map();
    /** The root with one trailing separator: a listed path (plain, relative) is appended as it is. */
    base;
    constructor(root, realRoot, filesIn) {
        this.realRoot = realRoot;
        this.filesIn = filesIn;
        const normal = (0,external_node_path_.normalize)(root);
        this.base = normal.endsWith(external_node_path_.sep) ? normal : normal + external_node_path_.sep;
    }
    /**
     * The text of `path`, a listed file. `realPath` is given for a listed link (already resolved
     * inside the root), which is read there.
     */
    read(path, realPath) {
        if (realPath === undefined && !this.folderInside(path.slice(0, Math.max(0, path.lastIndexOf('/')))))
            return { failure: 'not read: its folder is a link out of the repository' };
        const read = (0,safe_read/* viewRegularFile */.uR)(realPath ?? this.base + path, MAX_READ_BYTES, textOf);
        return 'refused' in read ? { failure: read.refused } : read.value;
    }
    // Git never tracks a path through a linked folder, but the work tree may have changed since the
    // checkout: a folder that resolves outside the root is not read from. Each folder is checked once,
    // from the root down, with one lstat (its parents are known by then).
    folderInside(folder) {
        if (!folder)
            return true;
        if (!isPlainFolder(`${folder}/`))
            return false;
        let inside = this.inside.get(folder);
        if (inside === undefined) {
            const slash = folder.lastIndexOf('/');
            const parent = slash < 0 ? '' : folder.slice(0, slash);
            inside = this.folderInside(parent);
            if (inside && this.isLink(parent, folder.slice(slash + 1))) {
                try {
                    inside = (0,inside_root/* isInsideRoot */.X)(external_node_fs_.realpathSync.native(this.base + folder), this.realRoot);
                }
                catch {
                    // a broken link: the open fails on its own
                }
            }
            this.inside.set(folder, inside);
        }
        return inside;
    }
    // One lstat, until a folder has had many subfolders checked and holds few files beside them:
    // then one read of its entries answers for the rest (it costs less than the lstats it replaces).
    // A missing entry is no link: the open fails on its own.
    isLink(parent, name) {
        const links = this.linksIn.get(parent) ?? this.readLinks(parent);
        if (links)
            return links.has(name);
        try {
            return (0,external_node_fs_.lstatSync)(this.base + (parent ? `${parent}/` : '') + name).isSymbolicLink();
        }
        catch {
            return false;
        }
    }
    readLinks(parent) {
        const checked = (this.checked.get(parent) ?? 0) + 1;
        this.checked.set(parent, checked);
        if (checked <= READDIR_FOLDERS || (this.filesIn?.(parent) ?? Infinity) > 4 * checked)
            return undefined;
        try {
            const links = new Set();
            for (const entry of (0,external_node_fs_.readdirSync)(this.base + parent, { withFileTypes: true }))
                if (entry.isSymbolicLink())
                    links.add(entry.name);
            this.linksIn.set(parent, links);
            return links;
        }
        catch {
            // Not read again: its subfolders are checked one by one from now on.
            this.checked.set(parent, Number.NEGATIVE_INFINITY);
            return undefined;
        }
    }
}

// EXTERNAL MODULE: ./src/lib/repository/workflow.ts
var workflow = __webpack_require__(255);
;// CONCATENATED MODULE: ./src/lib/repository/repository.ts
// The repository model: built once per audit (and by init), read by every rule. Rules never touch the disk:
// they ask this model for files, text, parsed JSON/YAML, package.json files and workflows. It is
// the FileSource that src/lib/node-app reads the app through.








/** Parsed YAML trees of files up to this size are kept for the next rule; larger ones are parsed, used, dropped. */
const CACHED_YAML_BYTES = 64 * 1024;
class Repository {
    root;
    warnings;
    textCache = new Map();
    jsonCache = new Map();
    yamlCache = new Map();
    packageCache;
    dependencyNames;
    workflowCache;
    unreadableWorkflowList = [];
    unreadableListed = false;
    memo = new Map();
    index;
    tree;
    lookups = new Map();
    /** Why the last read or parse of a file failed. */
    failures = new Map();
    links;
    reader;
    /** `git` when the index lists what git tracks, `folder` for a walk with .gitignore applied. */
    source;
    /** True when the listing stopped at the deadline. */
    incomplete;
    constructor(root, options = {}) {
        this.root = root;
        const { ignore = [], deadline } = Array.isArray(options)
            ? { ignore: options, deadline: undefined }
            : options;
        const walk = walkRepository(root, { deadline });
        const ignored = ignore.length ? picomatch_default()(ignore, { dot: true }) : undefined;
        this.index = ignored ? (0,path_index/* indexPaths */.Ny)(walk.index.files.filter((f) => !ignored(f))) : walk.index;
        this.warnings = walk.warnings;
        this.links = walk.links;
        this.source = walk.source;
        this.incomplete = walk.incomplete;
        this.reader = new ListedFileReader(root, walk.realRoot, (folder) => this.filesIn(folder));
    }
    /** Every listed file, sorted (the paths are made on first use: prefer the lookups below). */
    get files() {
        return this.index.files;
    }
    /** The number of listed files. */
    get fileCount() {
        return this.index.length;
    }
    has(path) {
        return this.index.has(path);
    }
    /** A listed file, or a folder holding one. */
    exists(path) {
        if (this.has(path))
            return true;
        let end = path.length;
        while (end > 0 && path.charCodeAt(end - 1) === 47 /* '/' */)
            end--;
        const dir = path.slice(0, end);
        if (!dir)
            return false;
        const tree = this.folderTree();
        return tree.names.has(dir.slice(dir.lastIndexOf('/') + 1)) && tree.folders.has(dir);
    }
    /** True when some listed file or folder has this base name. */
    namesAnything(base) {
        if (this.index.nameIds.has(base))
            return true;
        if (this.tree)
            return this.tree.names.has(base);
        // A pass over the folders' paths costs less than the tree, for a question asked a few times.
        const part = `/${base}/`;
        return this.index.folders.some((f) => f.includes(part) || f.startsWith(part.slice(1)));
    }
    // Every folder that holds a file, directly or below (a few per thousand files), and the names
    // those folders go by (most questions end at the name).
    folderTree() {
        if (!this.tree) {
            const tree = { folders: new Set(), names: new Set() };
            for (const folder of this.index.folders)
                for (let f = folder.slice(0, -1); f && !tree.folders.has(f);) {
                    tree.folders.add(f);
                    const slash = f.lastIndexOf('/');
                    tree.names.add(f.slice(slash + 1));
                    f = f.slice(0, Math.max(0, slash));
                }
            this.tree = tree;
        }
        return this.tree;
    }
    /** The files the listing holds directly in `folder` ('' or 'a/b'). */
    filesIn(folder) {
        const id = this.index.folderIds.get(folder ? `${folder}/` : '');
        return id === undefined ? 0 : this.index.ofFolder(id).length;
    }
    list() {
        return this.files;
    }
    /** Files matching one or more globs (picomatch syntax, `dot: true`). */
    glob(patterns) {
        const key = `glob:${JSON.stringify(patterns)}`;
        let hit = this.lookups.get(key);
        if (!hit) {
            const match = picomatch_default()(patterns, { dot: true });
            hit = this.globCandidates(patterns).filter((f) => match(f));
            this.lookups.set(key, hit);
        }
        return [...hit];
    }
    // Files a glob can match, a superset, without a pass over every file when the pattern allows:
    // a last segment with no '/' or '**' must match the base name (the base-name index answers), and
    // a literal folder before the glob is a folder prefix (see under()).
    globCandidates(patterns) {
        const pattern = typeof patterns === 'string' ? patterns : patterns.length === 1 ? patterns[0] : undefined;
        if (pattern === undefined)
            return this.files;
        const scan = picomatch_default().scan(pattern);
        if (!scan.isGlob || scan.negated || scan.prefix !== '' || scan.base.includes('\\') || scan.glob.startsWith('!'))
            return this.files;
        if (!scan.glob.includes('/') && !scan.glob.includes('**')) {
            const name = picomatch_default()(scan.glob, { dot: true });
            return this.namedFiles((base) => name(base));
        }
        return this.under(scan.base ? `${scan.base}/` : '');
    }
    /**
     * The files under `prefix` ('' for every file, else a folder with its slash), in index order,
     * found through the folder index: no path is made for the files outside it.
     */
    under(prefix) {
        return prefix
            ? this.select(() => true, (folder) => folder.startsWith(prefix))
            : this.files;
    }
    /** Files whose base name matches (e.g. 'Dockerfile', /^docker-compose.*\.ya?ml$/). */
    byName(name) {
        if (typeof name === 'string') {
            const id = this.index.nameIds.get(name);
            return id === undefined ? [] : Array.from(this.index.ofName(id), (i) => this.index.path(i));
        }
        const key = `name:${name.source}/${name.flags}`;
        let hit = this.lookups.get(key);
        if (!hit) {
            const re = new RegExp(name.source, name.flags.replace('g', ''));
            hit = this.namedFiles((base) => re.test(base));
            this.lookups.set(key, hit);
        }
        return [...hit];
    }
    /**
     * Files whose base name passes `test`, in index order. The test runs once per distinct base name,
     * not once per file: a rule that looks for a few names costs the names, not the files.
     */
    namedFiles(test) {
        return (0,path_index/* selectPaths */.LO)(this.index, test);
    }
    /** Files whose base name passes `name` and whose folder ('' or 'a/b/') passes `folder`, in index order (the first `limit`). */
    select(name, folder, limit = Infinity) {
        return (0,path_index/* selectPaths */.LO)(this.index, name, folder, limit);
    }
    /** Files kept by `keep` from the classes `name` and `folder` give their base name and folder (see classifyPaths). */
    classify(name, folder, keep, limit = Infinity) {
        return (0,path_index/* classifyPaths */.jN)(this.index, name, folder, keep, limit);
    }
    /** UTF-8 text of a file, or undefined (with a read warning) when it is missing, too large, binary or not UTF-8. */
    read(path) {
        const cached = this.textCache.get(path);
        if (cached !== undefined || this.textCache.has(path))
            return cached;
        const text = this.has(path) ? this.readFromDisk(path) : undefined;
        this.textCache.set(path, text);
        return text;
    }
    readFromDisk(path) {
        const read = this.reader.read(path, this.links.get(path));
        return 'text' in read ? read.text : this.fail(path, read.failure);
    }
    fail(path, reason) {
        this.recordFailure(path, reason);
        return undefined;
    }
    /** Record that a file could not be read or parsed (a warning, and the reason failureOf answers). */
    recordFailure(path, reason) {
        this.failures.set(path, reason);
        this.warn(path, reason);
    }
    /** Why reading or parsing a file failed, or undefined when it has not failed. */
    failureOf(path) {
        return this.failures.get(path);
    }
    /** Paths the listing refused (links out of the tree or to special files, broken links, FIFOs), with why. */
    get refusedPaths() {
        return this.warnings.filter((w) => !this.has(w.file));
    }
    /** Parsed JSON, or undefined (with a warning naming the file) when it does not parse. */
    json(path) {
        const cached = this.jsonCache.get(path);
        if (cached !== undefined || this.jsonCache.has(path))
            return cached;
        const text = this.read(path);
        let value;
        if (text !== undefined) {
            try {
                value = JSON.parse(text);
            }
            catch (error) {
                this.fail(path, `invalid JSON: ${error.message.split('\n')[0]}`);
            }
        }
        this.jsonCache.set(path, value);
        return value;
    }
    /** Parsed YAML with its line counter, or undefined (with a warning) when it does not parse. */
    yaml(path) {
        if (this.yamlCache.has(path))
            return this.yamlCache.get(path);
        const text = this.read(path);
        const parsed = text === undefined ? undefined : this.parseYaml(path, text);
        if (text === undefined || text.length <= CACHED_YAML_BYTES)
            this.yamlCache.set(path, parsed);
        return parsed;
    }
    parseYaml(path, text) {
        const lineCounter = new dist/* LineCounter */.HN();
        try {
            const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
            if (document.errors.length) {
                const e = document.errors[0];
                const line = e.linePos?.[0]?.line;
                return this.fail(path, `invalid YAML${line ? ` at line ${line}` : ''}: ${e.message.split('\n')[0]}`);
            }
            return { value: document.toJS({ maxAliasCount: 100 }), document, lineCounter };
        }
        catch (error) {
            // toJS throws on an alias bomb (too many alias expansions) and on a few malformed trees.
            return this.fail(path, `YAML not read: ${error.message.split('\n')[0]}`);
        }
    }
    /** Every package.json outside ignored folders that parses to an object. */
    get packages() {
        if (this.packageCache)
            return this.packageCache;
        this.packageCache = [];
        for (const file of this.byName('package.json')) {
            const raw = this.json(file);
            const pkg = (0,package_json/* toNodePackage */.qO)(file, raw);
            if (pkg)
                this.packageCache.push(pkg);
            else if (raw !== undefined)
                this.warn(file, 'package.json is not a JSON object');
        }
        return this.packageCache;
    }
    get rootPackage() {
        return this.packages.find((p) => p.dir === '');
    }
    /** True when any package.json names the dependency (runtime or dev) — or, with a RegExp, one matching it. */
    hasDependency(name, { runtimeOnly = false } = {}) {
        // Asked by many rules of thousands of packages: the distinct names are gathered once.
        this.dependencyNames ??= dependencyNames(this.packages);
        const names = runtimeOnly ? this.dependencyNames.runtime : this.dependencyNames.any;
        if (typeof name === 'string')
            return names.has(name);
        for (const n of names)
            if (name.test(n))
                return true;
        return false;
    }
    /** GitHub Actions workflows under .github/workflows, parsed with line numbers. */
    get workflows() {
        if (this.workflowCache)
            return this.workflowCache;
        this.workflowCache = [];
        for (const file of this.glob('.github/workflows/*.{yml,yaml}')) {
            // Parsed, read into jobs and steps, and the tree dropped: only the extract stays in memory.
            const text = this.read(file);
            const parsed = text === undefined ? undefined : this.parseYaml(file, text);
            if (parsed) {
                try {
                    this.workflowCache.push((0,workflow/* parseWorkflow */.h)(file, parsed, text ?? ''));
                    continue;
                }
                catch (error) {
                    this.fail(file, `workflow not read: ${error.message.split('\n')[0]}`);
                }
            }
            this.unreadableWorkflowList.push({ file, reason: this.failures.get(file) ?? 'not read' });
        }
        return this.workflowCache;
    }
    /** Workflow files that could not be read or parsed (too large, invalid YAML, an alias bomb, a link, a special file). */
    get unreadableWorkflows() {
        if (!this.unreadableListed) {
            this.unreadableListed = true;
            void this.workflows;
            // Workflow paths the listing itself refused (links out of the tree, FIFOs) are unreadable too.
            const isWorkflow = picomatch_default()('.github/workflows/*.{yml,yaml}', { dot: true });
            for (const w of this.warnings)
                if (isWorkflow(w.file) && !this.has(w.file))
                    this.unreadableWorkflowList.push({ file: w.file, reason: w.message });
        }
        return this.unreadableWorkflowList;
    }
    /** 1-based line of a character offset in a file's text. */
    lineAt(path, offset) {
        const text = this.read(path) ?? '';
        let line = 1;
        for (let i = 0; i < offset && i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                line++;
        return line;
    }
    /** First match of a pattern in a file, with its 1-based line. */
    find(path, pattern) {
        const text = this.read(path);
        if (text === undefined)
            return undefined;
        const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
        const match = re.exec(text);
        return match ? { match, line: this.lineAt(path, match.index) } : undefined;
    }
    /** Every match of a pattern in a file, with lines. */
    findAll(path, pattern) {
        const text = this.read(path);
        if (text === undefined)
            return [];
        const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        const out = [];
        for (let m = re.exec(text); m; m = re.exec(text)) {
            out.push({ match: m, line: this.lineAt(path, m.index) });
            if (m[0] === '')
                re.lastIndex++;
        }
        return out;
    }
    /** First file among `paths` whose text matches, with the line. */
    findInFiles(paths, pattern) {
        for (const file of paths) {
            const hit = this.find(file, pattern);
            if (hit)
                return { file, ...hit };
        }
        return undefined;
    }
    /** Memoise a derived fact (app kind, deploy target...) so several rules share one computation. */
    fact(key, compute) {
        if (!this.memo.has(key))
            this.memo.set(key, compute(this));
        return this.memo.get(key);
    }
    warn(file, message) {
        if (!this.warnings.some((w) => w.file === file && w.message === message))
            this.warnings.push({ file, message });
    }
}
/** The dependency names of every package: runtime ones, and runtime and dev together. */
function dependencyNames(packages) {
    const runtime = new Set();
    const any = new Set();
    for (const p of packages) {
        for (const n of Object.keys(p.dependencies)) {
            runtime.add(n);
            any.add(n);
        }
        for (const n of Object.keys(p.devDependencies))
            any.add(n);
    }
    return { runtime, any };
}


/***/ }),

/***/ 5415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ secretPlace),
/* harmony export */   QP: () => (/* binding */ secretlintDetections),
/* harmony export */   Z6: () => (/* binding */ recordSecretlintDetections)
/* harmony export */ });
const FACT = 'secretlintDetections';
/** What the pre-pass found; empty when it did not run (a synchronous `runAudit`, as in unit tests). */
function secretlintDetections(repo) {
    return repo.fact(FACT, () => []);
}
function recordSecretlintDetections(repo, detections) {
    repo.fact(FACT, () => detections);
}
const SCRIPT_FILE = /\.(?:sh|bash|zsh|ps1)$|(?:^|\/)package\.json$/;
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|php|java|kt|rs|cs|swift)$/;
const CONFIG_CODE = /\.config\.[cm]?[jt]s$/;
/** Scripts, package.json and source code go to secrets/hardcoded-in-scripts; everything else to secrets/committed-config. */
function secretPlace(file) {
    if (SCRIPT_FILE.test(file))
        return 'code';
    return CODE_FILE.test(file) && !CONFIG_CODE.test(file) ? 'code' : 'config';
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseWorkflow)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// A GitHub Actions workflow (or composite action) read into jobs and steps with their line numbers,
// so rules can point at the exact `run:` or `uses:` line.

function parseWorkflow(file, parsed, text) {
    const root = parsed.document.contents;
    const value = (parsed.value ?? {});
    const lineOf = (node) => (node?.range ? parsed.lineCounter.linePos(node.range[0]).line : 1);
    const jobs = [];
    const jobsNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) ? root.get('jobs', true) : undefined;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobsNode)) {
        for (const pair of jobsNode.items) {
            const id = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            const jobNode = pair.value;
            const raw = ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobNode) ? jobNode.toJSON() : {});
            jobs.push({
                id,
                line: lineOf(pair.key),
                name: typeof raw.name === 'string' ? raw.name : undefined,
                uses: typeof raw.uses === 'string' ? raw.uses : undefined,
                steps: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobNode) ? parseSteps(jobNode, lineOf) : [],
                env: objectOf(raw.env),
                raw,
            });
        }
    }
    // A composite action.yml keeps its steps under runs.steps: model it as one job named `composite`.
    const runsNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) ? root.get('runs', true) : undefined;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(runsNode) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(runsNode.get('steps', true))) {
        jobs.push({
            id: 'composite',
            line: lineOf(runsNode),
            steps: parseSteps(runsNode, lineOf),
            env: {},
            raw: objectOf(runsNode.toJSON()),
        });
    }
    return {
        file,
        text,
        name: typeof value.name === 'string' ? value.name : undefined,
        on: value.on ?? value.true, // YAML 1.1 readers turn `on` into true; the yaml package keeps `on`
        jobs,
        env: objectOf(value.env),
    };
}
function parseSteps(owner, lineOf) {
    const stepsNode = owner.get('steps', true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(stepsNode))
        return [];
    return stepsNode.items.map((item, index) => {
        const node = item;
        const raw = ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? node.toJSON() : {});
        const usesNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? node.get('uses', true) : undefined;
        const runNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? node.get('run', true) : undefined;
        let runLine;
        if (runNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(runNode)) {
            const start = lineOf(runNode);
            // Block scalars (| or >) start their text on the next line.
            runLine = runNode.type === 'BLOCK_LITERAL' || runNode.type === 'BLOCK_FOLDED' ? start + 1 : start;
        }
        return {
            index,
            line: lineOf(node),
            name: typeof raw.name === 'string' ? raw.name : undefined,
            id: typeof raw.id === 'string' ? raw.id : undefined,
            uses: typeof raw.uses === 'string' ? raw.uses : undefined,
            usesLine: usesNode ? lineOf(usesNode) : undefined,
            run: typeof raw.run === 'string' ? raw.run : undefined,
            runLine,
            with: objectOf(raw.with),
            env: objectOf(raw.env),
            raw,
        };
    });
}
function objectOf(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}


/***/ }),

/***/ 9135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ WRANGLER_CONFIG),
/* harmony export */   F: () => (/* binding */ wranglerConfig)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
// A Cloudflare Worker's wrangler config as one object, whichever format it is written in:
// wrangler.toml (smol-toml) or wrangler.json / wrangler.jsonc (jsonc-parser: comments and
// trailing commas are allowed there, so JSON.parse would reject real files).


const WRANGLER_CONFIG = /^wrangler\.(?:toml|jsonc?)$/;
function wranglerConfig(repo, file) {
    return repo.fact(`wrangler:${file}`, () => {
        const text = repo.read(file);
        if (text === undefined)
            return undefined;
        if (file.endsWith('.toml')) {
            try {
                return (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
            }
            catch (error) {
                repo.recordFailure(file, `invalid TOML: ${error.message.split('\n')[0]}`);
                return undefined;
            }
        }
        const errors = [];
        const value = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(text, errors, { allowTrailingComma: true });
        if (errors.length) {
            repo.recordFailure(file, `invalid JSON: ${(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(errors[0].error)} at line ${repo.lineAt(file, errors[0].offset)}`);
            return undefined;
        }
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    });
}


/***/ }),

/***/ 5919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   p0: () => (/* binding */ withRegularFile),
/* harmony export */   uR: () => (/* binding */ viewRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Opening a file of an untrusted tree: never through a symbolic link, never blocking on a FIFO or
// device, never more than a size cap. The checks happen on the open descriptor (fstat), so a file
// swapped for something else between listing and reading is still refused.

const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function readRegularFile(absolutePath, maxBytes) {
    const read = withRegularFile(absolutePath, maxBytes, (fd, size) => {
        // Unfilled bytes are never returned (the subarray ends where the reads did).
        const buffer = Buffer.allocUnsafe(size);
        let offset = 0;
        while (offset < size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, offset, size - offset, offset);
            if (n === 0)
                break;
            offset += n;
        }
        return buffer.subarray(0, offset);
    });
    return 'refused' in read ? read : { bytes: read.value };
}
/**
 * Open a file as readRegularFile does (no link, no special file, at most `maxBytes`) and hand its
 * descriptor and size to `use`; the descriptor is closed after. An error `use` throws is returned
 * as a refusal, like one of the open.
 */
function withRegularFile(absolutePath, maxBytes, use) {
    return withOpenFile(absolutePath, (fd) => {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const refused = statRefusal(stat, maxBytes);
        return refused ? { refused } : { value: use(fd, stat.size) };
    });
}
// One buffer for viewRegularFile, grown to the largest limit asked for (never shrunk).
let scratch = Buffer.alloc(0);
/**
 * readRegularFile for many small files, one read each: the bytes are read at offset 0 into a
 * buffer reused from call to call and handed to `use`, which must not keep them. A positional read
 * is refused by pipes and sockets (ESPIPE) and by folders (EISDIR), and a regular file on a local
 * filesystem answers it in full up to its end; only an empty answer, one past the limit or a
 * refusal costs the fstat that tells what the file is.
 */
function viewRegularFile(absolutePath, maxBytes, use) {
    if (scratch.length < maxBytes + 1)
        scratch = Buffer.allocUnsafe(maxBytes + 1);
    return withOpenFile(absolutePath, (fd) => {
        let n = -1;
        let readError;
        try {
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, scratch, 0, maxBytes + 1, 0);
        }
        catch (error) {
            // Told apart by the fstat below: a pipe (ESPIPE) or a folder (EISDIR) is no regular file.
            readError = error.code ?? 'read error';
        }
        if (n <= 0 || n > maxBytes) {
            const refused = statRefusal((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd), maxBytes);
            if (refused)
                return { refused };
            if (readError)
                return { refused: `not read: ${readError}` };
            // A regular file that grew past the limit while it was read.
            if (n > maxBytes)
                return { refused: `not read: over the ${maxBytes} byte limit` };
        }
        return { value: use(scratch.subarray(0, n)) };
    });
}
// Open without following a link or blocking, hand the descriptor to `use`, close it; an error on
// the way (the open's or `use`'s) is a refusal naming its code.
function withOpenFile(absolutePath, use) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolutePath, OPEN_FLAGS);
        return use(fd);
    }
    catch (error) {
        const code = error.code;
        return { refused: code === 'ELOOP' ? 'not read: a symbolic link' : `not read: ${code ?? 'read error'}` };
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Why a file with this fstat is not read, or undefined for a regular file within the limit. */
function statRefusal(stat, maxBytes) {
    if (!stat.isFile())
        return `not read: ${kindOf(stat)}, not a regular file`;
    if (stat.size > maxBytes)
        return `not read: ${stat.size} bytes is over the ${maxBytes} byte limit`;
    return undefined;
}
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a directory';
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isBlockDevice() || stat.isCharacterDevice())
        return 'a device';
    if (stat.isSymbolicLink())
        return 'a symbolic link';
    return 'a special file';
}


/***/ }),

/***/ 3698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ isReference),
/* harmony export */   P0: () => (/* binding */ secretNameStrength),
/* harmony export */   Uj: () => (/* binding */ isSecretAssignment),
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   wK: () => (/* binding */ isPlaceholder),
/* harmony export */   yn: () => (/* binding */ hasUrlCredentials),
/* harmony export */   yt: () => (/* binding */ looksLikeLiveSecret)
/* harmony export */ });
/* unused harmony exports isSecretName, isLiteralSecretValue */
// Which variable names look like secrets and which values look like a live secret rather than a
// reference or a placeholder. Shared by secrets/hardcoded-in-scripts and secrets/committed-config.
// Nothing here returns or formats a value: callers only learn "secret-looking" and a length.
/** Names whose value is public by design even when they end in KEY (browser-exposed, publishable). */
const PUBLIC_NAME = /^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|REACT_APP_|NUXT_PUBLIC_|EXPO_PUBLIC_|GATSBY_)|PUBLISHABLE|_KEY_ID$|(?:^|_)(?:KEY_ID|TOKEN_(?:EXPIRY|EXPIRES|TTL|URL|ENDPOINT|NAME|HEADER|LIFETIME)|SECRET_(?:NAME|ARN|ID|PATH))$/;
// The secret word must END the name: NEXTAUTH_SECRET, GITHUB_TOKEN, DB_PASSWORD, STRIPE_SECRET_KEY,
// AWS_SECRET_ACCESS_KEY. Names that only contain it (SECRETS_MANAGER_REGION, TOKEN_EXPIRY,
// DATABASE_PASSWORD_FILE) name something else.
const STRONG_SECRET_NAME = /(?:^|_)(?:SECRET|SECRETS|TOKEN|PASSWORD|PASSWD|PASSPHRASE|CREDENTIALS?|(?:API|ACCESS|SECRET|PRIVATE|SIGNING|ENCRYPTION|AUTH|MASTER|SERVICE|CLIENT|LICENSE|WEBHOOK)_?KEY|APIKEY|SECRET_KEY_BASE|AUTH_SALT|WEBHOOK_SECRET)$/;
// A bare *_KEY / *_PASS / *_PWD is often not a secret (CACHE_KEY=v1, SORT_KEY=name): such names
// count only with a live-looking value.
const WEAK_SECRET_NAME = /(?:^|_)(?:KEY|PASS|PWD)$/;
function secretNameStrength(name) {
    const upper = name.toUpperCase().replace(/-/g, '_');
    if (PUBLIC_NAME.test(upper))
        return undefined;
    if (STRONG_SECRET_NAME.test(upper))
        return 'strong';
    if (WEAK_SECRET_NAME.test(upper))
        return 'weak';
    return undefined;
}
function isSecretName(name) {
    return secretNameStrength(name) !== undefined;
}
/**
 * Whether `name=value` holds a secret. `strict` contexts (test scripts, CI, local compose services)
 * and weak names need a live-looking value; elsewhere any real literal counts.
 */
function isSecretAssignment(name, value, strict, literal = isLiteralSecretValue) {
    const strength = secretNameStrength(name);
    if (!strength)
        return false;
    return strict || strength === 'weak' ? looksLikeLiveSecret(value) : literal(value);
}
/**
 * A URL that carries a password (`postgres://user:pass@host`): a secret whatever its name.
 * `strict` (test/dev contexts) asks for a live-looking password, not `postgres://postgres:pw@localhost`.
 */
function hasUrlCredentials(value, strict = false) {
    const m = /^[a-z][\w+.-]*:\/\/([^:/@\s]+):([^@/\s]+)@/i.exec(value);
    if (!m || isReference(m[2]) || isPlaceholder(m[2]))
        return false;
    return !strict || looksLikeLiveSecret(m[2]);
}
/** `$VAR`, `${VAR}`, `${{ secrets.X }}`, `env("X")`, `@secret` references: not a literal. */
function isReference(value) {
    return /^\$|\$\{\{|\$\{|^%\w+%$|^env\(|^@|^<%|^\{\{/.test(value.trim());
}
// Words people write where a real secret belongs, and well-known local-development defaults
// (POSTGRES_PASSWORD: postgres in a compose file is a throw-away local database, not a leak).
const PLACEHOLDER = /^(?:change[-_ ]?me.*|changeit|replace[-_ ]?me.*|secret|secrets?[-_]?here|password|passw0rd|pass|pwd|test|tests|testing|test[-_].*|dummy.*|example.*|sample.*|placeholder.*|todo|tbd|none|null|nil|undefined|empty|x+|\*+|\.+|-+|_+|0+|your[-_ ].*|my[-_]?(?:secret|password|token|key).*|insert[-_ ].*|enter[-_ ].*|fake.*|mock.*|dev|development|local|localhost|postgres|postgresql|root|admin|mysql|mariadb|redis|mongo|guest|default|foo|bar|foobar|baz|abc|abc123|qwerty|letmein|1234|12345|123456|1234567|12345678|123456789|secret[-_]?key|supersecret|super[-_]?secret.*|not[-_]?(?:a[-_]?)?secret.*|ci|ci[-_].*)$/i;
function isPlaceholder(value) {
    const v = value.trim();
    return v === '' || PLACEHOLDER.test(v) || /^<.*>$|^\[.*\]$|^\{.*\}$/.test(v);
}
/** Prefixes of real credentials: a value starting with one of these is live whatever the context. */
const KNOWN_TOKEN = /^(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_|sk_live_|rk_live_|sk-[A-Za-z0-9-_]{20,}|xox[abposr]-|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|glpat-|npm_[A-Za-z0-9]{30,}|SG\.[\w-]{16,}|-----BEGIN)/;
/** A literal that plausibly is a real secret: not empty, not a reference, not a placeholder. */
function isLiteralSecretValue(value) {
    const v = value.trim();
    return v.length >= 4 && !isReference(v) && !isPlaceholder(v);
}
/**
 * Stricter test for contexts where fake values are the norm (test scripts, CI service containers,
 * .env.test): only a known token prefix or a long, mixed, high-entropy string counts.
 */
function looksLikeLiveSecret(value) {
    const v = value.trim();
    if (!isLiteralSecretValue(v))
        return false;
    // A PEM header counts only with a key's worth of body: `-----BEGIN PRIVATE KEY-----\nMIIE...` cut
    // short in a test file is a placeholder.
    if (v.startsWith('-----BEGIN'))
        return pemBodyLength(v) >= 120;
    if (KNOWN_TOKEN.test(v))
        return true;
    if (v.length < 20)
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
    return classes >= 3 && shannonEntropy(v) >= 3.5;
}
function pemBodyLength(value) {
    const body = value.replace(/-----(?:BEGIN|END)[A-Z0-9 ]*-----/g, '').replace(/\\n|\s/g, '');
    return /^[A-Za-z0-9+/=]*$/.test(body) ? body.length : 0;
}
function shannonEntropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values())
        h -= (n / s.length) * Math.log2(n / s.length);
    return h;
}
/** Strip one pair of matching surrounding quotes. */
function unquote(value) {
    const v = value.trim();
    return /^(["']).*\1$/s.test(v) && v.length >= 2 ? v.slice(1, -1) : v;
}


/***/ }),

/***/ 7099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ ALWAYS_SKIPPED)
/* harmony export */ });
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


/***/ })

};
;