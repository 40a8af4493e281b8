"use strict";
exports.id = 798;
exports.ids = [798];
exports.modules = {

/***/ 784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ init_initCommand)
});

// EXTERNAL MODULE: ./src/audit/config.ts + 1 modules
var audit_config = __webpack_require__(9336);
// EXTERNAL MODULE: ./src/audit/engine.ts + 2 modules
var engine = __webpack_require__(6143);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/findings.ts
var findings = __webpack_require__(3233);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/lib/node-app/describe.ts + 1 modules
var describe = __webpack_require__(8379);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/lib/skipped-folders.ts
var skipped_folders = __webpack_require__(7099);
// EXTERNAL MODULE: ./src/lib/inside-root.ts
var inside_root = __webpack_require__(8296);
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
            if (entry.isDirectory() && !skipped_folders/* ALWAYS_SKIPPED */.F.has(entry.name))
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

// EXTERNAL MODULE: ./src/lib/node-app/package-json.ts
var package_json = __webpack_require__(9557);
;// CONCATENATED MODULE: ./src/lib/dockerfile/detect-app.ts
// What kind of app the build context holds, read from its files, for generating a Dockerfile:
// Next.js and its `output: 'standalone'`, and the start command as a CMD; the rest (package manager,
// port, health route) is what src/lib/node-app knows about the app.



/** Returns undefined when the context has no package.json (nothing we know how to containerise). */
function detectApp(context) {
    const source = diskSource(context);
    const pkg = (0,package_json/* readPackage */.LY)(source, '', 'cannot generate a Dockerfile');
    if (!pkg)
        return undefined;
    const app = (0,describe/* describeNodeApp */.hf)(source, pkg);
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

// EXTERNAL MODULE: ./src/lib/text-order.ts
var text_order = __webpack_require__(3981);
// EXTERNAL MODULE: ./src/lib/repository/facts.ts
var facts = __webpack_require__(1159);
// EXTERNAL MODULE: ./src/lib/repository/migrations.ts + 1 modules
var migrations = __webpack_require__(2214);
;// CONCATENATED MODULE: ./src/init/facts.ts
// What `init` needs to know about the repository, read once through the audit's repository model:
// which package is the app, its framework and package manager, Node version, port, health route,
// database, migration tool and deploy target. Every writer works from this one object.





const HEALTH_FRAMEWORKS = [
    ['next', 'next-app'],
    ['@sveltejs/kit', 'sveltekit'],
    ['@remix-run/node', 'remix'],
    ['@remix-run/react', 'remix'],
    ['express', 'express'],
    ['fastify', 'fastify'],
    ['hono', 'hono'],
];
/** Undefined when the repository has no Node package to set a pipeline up for. */
function collectFacts(repo) {
    const pkg = pickAppPackage(repo);
    if (!pkg)
        return undefined;
    const at = (p) => (pkg.dir ? `${pkg.dir}/${p}` : p);
    const deps = { ...pkg.devDependencies, ...pkg.dependencies };
    const worker = (0,facts/* isWorkerPackage */.X5)(repo, pkg);
    const app = (0,describe/* describeNodeApp */.hf)(repo, pkg);
    let healthFramework = HEALTH_FRAMEWORKS.find(([dep]) => dep in deps)?.[1] ?? 'other';
    let routesDir;
    if (healthFramework === 'next-app') {
        routesDir = ['app', 'src/app'].find((d) => repo.files.some((f) => f.startsWith(`${at(d)}/`)));
        if (!routesDir) {
            routesDir = ['pages', 'src/pages'].find((d) => repo.files.some((f) => f.startsWith(`${at(d)}/`))) ?? 'app';
            if (routesDir.endsWith('pages'))
                healthFramework = 'next-pages';
        }
    }
    else if (healthFramework === 'sveltekit')
        routesDir = 'src/routes';
    else if (healthFramework === 'remix')
        routesDir = 'app/routes';
    const entry = ['express', 'fastify', 'hono'].includes(healthFramework) ? serverEntry(repo, pkg) : undefined;
    const tools = (0,migrations/* schemaTools */.rp)(repo).filter((t) => inside(t.file, pkg.dir));
    const folders = (0,migrations/* otherMigrationFolders */.OU)(repo).filter((f) => inside(f.dir, pkg.dir));
    const tool = tools[0]
        ? { name: tools[0].tool, dir: tools[0].migrationsDir }
        : folders[0] && { name: folders[0].tool, dir: folders[0].dir };
    return {
        appDir: pkg.dir,
        framework: frameworkName(healthFramework, worker),
        healthFramework,
        worker,
        packageManager: app.packageManager,
        lockfile: app.lockfile,
        nodeVersion: app.nodeVersion ?? setupNodeVersion(repo) ?? '22',
        port: app.port?.port ?? 3000,
        healthPath: app.healthRoute?.path,
        typescript: 'typescript' in deps || repo.has(at('tsconfig.json')),
        routesDir,
        serverEntry: entry,
        commonJs: entry
            ? !/\.ts$/.test(entry) && /\brequire\(/.test(repo.read(entry) ?? '') && !/^import\s/m.test(repo.read(entry) ?? '')
            : undefined,
        database: database(repo, pkg, deps),
        databaseClient: '@prisma/client' in deps ? 'prisma' : 'pg' in deps ? 'pg' : 'drizzle-orm' in deps ? 'drizzle' : undefined,
        migrateTool: tool ? migrateToolName(tool.name) : undefined,
        migrationsDir: tool?.dir,
        deployTarget: app.deployTarget,
        hasDockerfile: repo.byName(/^(Dockerfile|Containerfile)$/).some((f) => inside(f, pkg.dir)),
        nextStandalone: app.next?.standalone,
        nextConfigFile: app.next?.configFile,
        defaultBranch: defaultBranch(repo),
    };
}
function inside(file, dir) {
    return !dir || file === dir || file.startsWith(`${dir}/`);
}
/** The deployable app: a server app first, then a Worker, then the root package. */
function pickAppPackage(repo) {
    const server = (0,facts/* serverApps */.GZ)(repo)[0]?.pkg;
    if (server)
        return server;
    return repo.packages.find((p) => (0,facts/* isWorkerPackage */.X5)(repo, p)) ?? repo.rootPackage ?? repo.packages[0];
}
function frameworkName(kind, worker) {
    const names = {
        'next-app': 'Next.js (app router)',
        'next-pages': 'Next.js (pages router)',
        express: 'Express',
        fastify: 'Fastify',
        hono: 'Hono',
        sveltekit: 'SvelteKit',
        remix: 'Remix',
        other: 'Node.js',
    };
    return worker ? `${names[kind]} on Cloudflare Workers` : names[kind];
}
/** The node-version the workflows already test with (actions/setup-node). */
function setupNodeVersion(repo) {
    for (const w of repo.workflows)
        for (const job of w.jobs)
            for (const step of job.steps) {
                if (!step.uses?.startsWith('actions/setup-node@'))
                    continue;
                const major = /^(\d{2,})/.exec(String(step.with['node-version'] ?? ''))?.[1];
                if (major)
                    return major;
            }
    return undefined;
}
function serverEntry(repo, pkg) {
    const prefix = pkg.dir ? `${pkg.dir}/` : '';
    const candidates = repo.files.filter((f) => f.startsWith(prefix) && /\.[cm]?[jt]s$/.test(f) && !/node_modules|\.test\.|\.spec\./.test(f));
    const creates = /\bexpress\(\)|\bFastify\(|\bfastify\(|new Hono\b/;
    const ordered = candidates.sort((a, b) => a.split('/').length - b.split('/').length || (0,text_order/* compareText */.n)(a, b));
    return ordered.find((f) => creates.test(repo.read(f) ?? ''));
}
function database(repo, pkg, deps) {
    for (const schema of repo.byName(/\.prisma$/)) {
        if (!inside(schema, pkg.dir))
            continue;
        const provider = /provider\s*=\s*"(postgresql|postgres|mysql|sqlite|mongodb|cockroachdb)"/.exec(repo.read(schema) ?? '')?.[1];
        if (provider === 'postgres' || provider === 'cockroachdb')
            return 'postgresql';
        if (provider)
            return provider;
    }
    if ((0,facts/* isWorkerPackage */.X5)(repo, pkg) && (0,migrations/* schemaTools */.rp)(repo).some((t) => t.tool === 'Cloudflare D1'))
        return 'd1';
    if ('pg' in deps || 'postgres' in deps)
        return 'postgresql';
    if ('mysql2' in deps || 'mysql' in deps)
        return 'mysql';
    if ('better-sqlite3' in deps || 'sqlite3' in deps)
        return 'sqlite';
    return undefined;
}
function migrateToolName(tool) {
    const names = { Prisma: 'prisma', Drizzle: 'drizzle', 'Cloudflare D1': 'd1' };
    return names[tool] ?? tool.toLowerCase();
}
/** The branch push workflows already run on, else main. */
function defaultBranch(repo) {
    for (const w of repo.workflows) {
        const push = w.on?.push;
        const branches = push?.branches;
        if (Array.isArray(branches) && typeof branches[0] === 'string' && !/[*?]/.test(branches[0]))
            return branches[0];
    }
    return 'main';
}
const posixJoin = (dir, file) => (dir ? posix.join(dir, file) : file);

;// CONCATENATED MODULE: ./src/init/dependabot.ts
const DEPENDABOT_FILE = '.github/dependabot.yml';
function dependabotConfig(facts) {
    // Dependabot's npm ecosystem covers npm, pnpm and yarn; bun has its own.
    const ecosystem = facts.packageManager === 'bun' ? 'bun' : 'npm';
    return [
        '# Written by shipshape init: weekly dependency updates, minor and patch grouped in one pull request.',
        'version: 2',
        'updates:',
        `  - package-ecosystem: ${ecosystem}`,
        `    directory: ${JSON.stringify(`/${facts.appDir}`)}`,
        '    schedule:',
        '      interval: weekly',
        '    groups:',
        '      minor-and-patch:',
        '        update-types: [minor, patch]',
        '  - package-ecosystem: github-actions',
        '    directory: "/"',
        '    schedule:',
        '      interval: weekly',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/lib/node-app/start-port.ts
var start_port = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/init/fix-workflows.ts
// With --force, init corrects two mistakes it finds in existing workflows: Lighthouse aimed at a port
// the app does not listen on, and a server started in the background followed by a fixed sleep
// instead of a readiness wait. The edits are line by line, so the rest of the file stays as written.

const LOCAL_URL = /(\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])):(\d{2,5})/g;
const LIGHTHOUSE_RUN = /\b(lhci|lighthouse|unlighthouse)\b/;
function fixWorkflows(repo, appPort) {
    const fixes = [];
    for (const workflow of repo.workflows) {
        const lines = workflow.text.split('\n');
        const changes = [];
        for (const job of workflow.jobs) {
            const start = backgroundStart(repo, job, appPort);
            if (!start)
                continue;
            for (const step of job.steps) {
                for (const lineNo of lighthouseLines(step)) {
                    const before = lines[lineNo - 1];
                    const after = before.replace(LOCAL_URL, (m, origin, port) => Number(port) === start.port ? m : `${origin}:${start.port}`);
                    if (after !== before) {
                        lines[lineNo - 1] = after;
                        changes.push(`line ${lineNo}: Lighthouse now audits port ${start.port}, where \`${start.command}\` listens`);
                    }
                }
            }
            const sleep = start.sleepLine;
            if (sleep) {
                const text = lines[sleep - 1];
                const indent = /^\s*(?:-\s+run:\s+|run:\s+)?/.exec(text)?.[0] ?? '';
                const wait = `curl --retry 60 --retry-connrefused --retry-delay 1 -fsS -o /dev/null http://localhost:${start.port}`;
                lines[sleep - 1] = `${indent}${wait}`;
                changes.push(`line ${sleep}: wait until the server answers instead of \`${text.trim().replace(/^-?\s*run:\s*/, '')}\``);
            }
        }
        if (changes.length)
            fixes.push({ file: workflow.file, content: lines.join('\n'), changes });
    }
    return fixes;
}
function backgroundStart(repo, job, appPort) {
    const commands = job.steps.flatMap((step) => (step.run ?? '').split('\n').map((text, i) => ({ text: text.trim(), line: (step.runLine ?? step.line) + i })));
    const index = commands.findIndex((c) => /&\s*$/.test(c.text) && !/&&\s*$/.test(c.text) && c.text.length > 1);
    if (index < 0)
        return undefined;
    const command = commands[index].text.replace(/&\s*$/, '').trim();
    const pkg = repo.rootPackage;
    const guess = (0,start_port/* resolveStartPort */.qb)(command, pkg?.scripts ?? {});
    const port = guess?.literal ? guess.port : appPort;
    const after = commands.slice(index + 1);
    const sleep = after.find((c) => /^sleep\s+\d+\s*$/.test(c.text));
    const waited = sleep && after.slice(0, after.indexOf(sleep)).some((c) => /curl|wait-on|wget|nc\s/.test(c.text));
    return { port, command, sleepLine: sleep && !waited ? sleep.line : undefined };
}
/** Lines of a step that name Lighthouse's target URL: a lighthouse run script, or a Lighthouse action's `with:`. */
function lighthouseLines(step) {
    if (step.run && LIGHTHOUSE_RUN.test(step.run)) {
        const first = step.runLine ?? step.line;
        return step.run.split('\n').map((_, i) => first + i);
    }
    if (step.uses && /lighthouse/i.test(step.uses) && !/shipshape/i.test(step.uses)) {
        const urls = String(step.with.urls ?? step.with.url ?? '');
        const count = Math.max(1, urls.split('\n').length) + 4;
        return Array.from({ length: count }, (_, i) => (step.usesLine ?? step.line) + i);
    }
    return [];
}

;// CONCATENATED MODULE: ./src/init/health-route.ts
// The health route init writes for the app's framework: a cheap liveness route that touches nothing,
// plus a readiness route that asks the database for `SELECT 1` when the app has one it can reach
// (Prisma or pg). File-system routers get new files; Express, Fastify and Hono get a module that the
// server mounts (the mount is an edit, so it is done only with --force and otherwise left to a human).

const LIVENESS_PATH = '/healthz';
const READINESS_PATH = '/readyz';
const at = (facts, p) => (facts.appDir ? external_node_path_.posix.join(facts.appDir, p) : p);
/** Undefined when the framework has no place we can add a route safely. */
function healthRoute(facts) {
    const ext = facts.typescript ? 'ts' : 'js';
    const readiness = readinessCheck(facts);
    switch (facts.healthFramework) {
        case 'next-app': {
            const dir = facts.routesDir ?? 'app';
            const files = [{ path: at(facts, `${dir}/healthz/route.${ext}`), content: nextAppRoute(undefined) }];
            if (readiness)
                files.push({ path: at(facts, `${dir}/readyz/route.${ext}`), content: nextAppRoute(readiness) });
            return { files, path: LIVENESS_PATH };
        }
        case 'next-pages': {
            // Pages router API routes live under /api.
            const dir = facts.routesDir ?? 'pages';
            const files = [{ path: at(facts, `${dir}/api/healthz.${ext}`), content: nextPagesRoute(undefined, ext) }];
            if (readiness)
                files.push({ path: at(facts, `${dir}/api/readyz.${ext}`), content: nextPagesRoute(readiness, ext) });
            return { files, path: '/api/healthz' };
        }
        case 'sveltekit': {
            const files = [{ path: at(facts, `src/routes/healthz/+server.${ext}`), content: svelteRoute(undefined) }];
            if (readiness)
                files.push({ path: at(facts, `src/routes/readyz/+server.${ext}`), content: svelteRoute(readiness) });
            return { files, path: LIVENESS_PATH };
        }
        case 'remix': {
            const files = [{ path: at(facts, `app/routes/healthz.${ext}`), content: remixRoute(undefined) }];
            if (readiness)
                files.push({ path: at(facts, `app/routes/readyz.${ext}`), content: remixRoute(readiness) });
            return { files, path: LIVENESS_PATH };
        }
        case 'express':
        case 'fastify':
        case 'hono':
            return serverModule(facts, ext, readiness);
        default:
            return undefined;
    }
}
function readinessCheck(facts) {
    if (facts.worker)
        return undefined;
    if (facts.databaseClient === 'prisma')
        return {
            imports: ["import { PrismaClient } from '@prisma/client';", '', 'const prisma = new PrismaClient();'],
            check: 'await prisma.$queryRaw`SELECT 1`;',
        };
    if (facts.databaseClient === 'pg' && facts.database === 'postgresql')
        return {
            imports: ["import pg from 'pg';"],
            check: [
                'const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 2000 });',
                'await client.connect();',
                'try {',
                "  await client.query('SELECT 1');",
                '} finally {',
                '  await client.end();',
                '}',
            ].join('\n'),
        };
    return undefined;
}
const HEADER = '// Written by shipshape init: liveness answers without touching anything;';
const READY_HEADER = '// Written by shipshape init: readiness answers 503 until the database answers.';
const indent = (text, spaces) => text
    .split('\n')
    .map((l) => (l ? ' '.repeat(spaces) + l : l))
    .join('\n');
/** The body of a readiness handler: the check, then the ready answer, or the 503 when it throws. */
function tryReady(ready, ok, fail) {
    return ['  try {', indent(ready.check, 4), `    ${ok}`, '  } catch {', `    ${fail}`, '  }'];
}
function nextAppRoute(ready) {
    return routeModule(ready, {
        preamble: ["export const dynamic = 'force-dynamic';", ''],
        plain: ['export function GET() {', "  return Response.json({ status: 'ok' });", '}'],
        open: 'export async function GET() {',
        close: '}',
        ok: "return Response.json({ status: 'ready' });",
        unavailable: "return Response.json({ status: 'unavailable' }, { status: 503 });",
    });
}
function nextPagesRoute(ready, ext) {
    const types = ext === 'ts' ? ["import type { NextApiRequest, NextApiResponse } from 'next';", ''] : [];
    const params = ext === 'ts' ? '_req: NextApiRequest, res: NextApiResponse' : '_req, res';
    if (!ready)
        return [
            `${HEADER} point load balancers and the container HEALTHCHECK here.`,
            ...types,
            `export default function handler(${params}) {`,
            "  res.status(200).json({ status: 'ok' });",
            '}',
            '',
        ].join('\n');
    return [
        READY_HEADER,
        ...types,
        ...ready.imports,
        '',
        `export default async function handler(${params}) {`,
        ...tryReady(ready, "res.status(200).json({ status: 'ready' });", "res.status(503).json({ status: 'unavailable' });"),
        '}',
        '',
    ].join('\n');
}
function svelteRoute(ready) {
    return routeModule(ready, {
        imports: ["import { json } from '@sveltejs/kit';"],
        plain: ["export const GET = () => json({ status: 'ok' });"],
        open: 'export const GET = async () => {',
        close: '};',
        ok: "return json({ status: 'ready' });",
        unavailable: "return json({ status: 'unavailable' }, { status: 503 });",
    });
}
function remixRoute(ready) {
    return routeModule(ready, {
        plain: ["export const loader = () => Response.json({ status: 'ok' });"],
        open: 'export const loader = async () => {',
        close: '};',
        ok: "return Response.json({ status: 'ready' });",
        unavailable: "return Response.json({ status: 'unavailable' }, { status: 503 });",
    });
}
function routeModule(ready, route) {
    const imports = route.imports ?? [];
    const preamble = route.preamble ?? [];
    if (!ready)
        return [
            `${HEADER} point load balancers and the container HEALTHCHECK here.`,
            ...imports,
            ...(imports.length ? [''] : []),
            ...preamble,
            ...route.plain,
            '',
        ].join('\n');
    return [
        READY_HEADER,
        ...imports,
        ...ready.imports,
        '',
        ...preamble,
        route.open,
        ...tryReady(ready, route.ok, route.unavailable),
        route.close,
        '',
    ].join('\n');
}
/** A module next to the server entry exporting the routes, and the two lines that mount it. */
function serverModule(facts, ext, ready) {
    if (!facts.serverEntry)
        return undefined;
    const dir = external_node_path_.posix.dirname(facts.serverEntry);
    const file = external_node_path_.posix.join(dir, `health.${ext}`);
    const importPath = './health' + (facts.typescript ? '' : '.js');
    const body = [`${HEADER} readiness answers 503 until the database answers.`];
    let importLine;
    let useLine;
    let after;
    const readyBody = (ok, fail) => (ready ? tryReady(ready, ok, fail) : [`  ${ok}`]);
    if (facts.healthFramework === 'express') {
        body.push("import { Router } from 'express';", ...(ready?.imports ?? []), '');
        body.push('export const healthRouter = Router();', '');
        body.push(`healthRouter.get('${LIVENESS_PATH}', (_req, res) => {`, "  res.json({ status: 'ok' });", '});', '');
        body.push(`healthRouter.get('${READINESS_PATH}', async (_req, res) => {`, ...readyBody("res.json({ status: 'ready' });", "res.status(503).json({ status: 'unavailable' });"), '});', '');
        importLine = `import { healthRouter } from '${importPath}';`;
        useLine = 'app.use(healthRouter);';
        after = /^\s*(?:const|let|var)\s+app\s*=\s*express\(\)\s*;?\s*$/m;
    }
    else if (facts.healthFramework === 'fastify') {
        const type = ext === 'ts' ? ': FastifyInstance' : '';
        body.push(...(ext === 'ts' ? ["import type { FastifyInstance } from 'fastify';"] : []), ...(ready?.imports ?? []), '');
        body.push(`export async function healthRoutes(app${type}) {`);
        body.push(`  app.get('${LIVENESS_PATH}', async () => ({ status: 'ok' }));`);
        body.push(`  app.get('${READINESS_PATH}', async (_req, reply) => {`);
        body.push(...readyBody("return { status: 'ready' };", "return reply.code(503).send({ status: 'unavailable' });").map((l) => `  ${l}`));
        body.push('  });', '}', '');
        importLine = `import { healthRoutes } from '${importPath}';`;
        useLine = 'app.register(healthRoutes);';
        after = /^\s*(?:const|let|var)\s+app\s*=\s*(?:Fastify|fastify)\([^\n]*$/m;
    }
    else {
        body.push("import { Hono } from 'hono';", ...(ready?.imports ?? []), '');
        body.push('export const health = new Hono();', '');
        body.push(`health.get('${LIVENESS_PATH}', (c) => c.json({ status: 'ok' }));`, '');
        body.push(`health.get('${READINESS_PATH}', async (c) => {`, ...readyBody("return c.json({ status: 'ready' });", "return c.json({ status: 'unavailable' }, 503);"), '});', '');
        importLine = `import { health } from '${importPath}';`;
        useLine = "app.route('/', health);";
        after = /^\s*(?:const|let|var)\s+app\s*=\s*new Hono\b[^\n]*$/m;
    }
    const content = body.join('\n');
    if (facts.commonJs) {
        return {
            files: [{ path: file, content: toCommonJs(content) }],
            path: LIVENESS_PATH,
            mount: { file: facts.serverEntry, importLine: toCommonJs(importLine).trim(), useLine, after },
        };
    }
    return {
        files: [{ path: file, content }],
        path: LIVENESS_PATH,
        mount: { file: facts.serverEntry, importLine, useLine, after },
    };
}
/** The few module forms this file writes, in CommonJS, for servers written with require(). */
function toCommonJs(source) {
    const exported = [];
    const out = source
        .split('\n')
        .filter((l) => !/^import type /.test(l))
        .map((l) => l
        .replace(/^import \{ ([^}]+) \} from '([^']+)';$/, "const { $1 } = require('$2');")
        .replace(/^import (\w+) from '([^']+)';$/, "const $1 = require('$2');")
        .replace(/^export (const|async function|function) (\w+)/, (_m, kind, name) => {
        exported.push(name);
        return `${kind} ${name}`;
    }));
    if (exported.length)
        out.push(`module.exports = { ${exported.join(', ')} };`, '');
    return out.join('\n');
}
/** The server entry with the health module mounted right after the app is created; undefined when we cannot see where. */
function mountHealthModule(source, mount) {
    if (source.includes(mount.useLine))
        return source;
    const created = mount.after.exec(source);
    if (!created)
        return undefined;
    const end = created.index + created[0].length;
    const withUse = `${source.slice(0, end)}\n${mount.useLine}${source.slice(end)}`;
    // The import goes after the last import line, so module order stays as the author wrote it.
    const imports = [...withUse.matchAll(/^(?:import\s|(?:const|let|var)\s[^\n]*=\s*require\()[^\n]*$/gm)];
    const last = imports[imports.length - 1];
    if (!last)
        return `${mount.importLine}\n${withUse}`;
    const at = last.index + last[0].length;
    return `${withUse.slice(0, at)}\n${mount.importLine}${withUse.slice(at)}`;
}

;// CONCATENATED MODULE: ./src/init/shipshape-config.ts
// The .shipshape.yml init writes: the gate level, and where the rest of the policy goes.
const CONFIG_FILE = '.shipshape.yml';
function shipshapeConfig(failOn) {
    return [
        '# Written by shipshape init. On pull requests the audit and the gate read this file from the base',
        '# branch, so a pull request cannot relax its own policy.',
        `fail-on: ${failOn} # the audit fails at or above this severity: critical, high, medium, low or none`,
        '# rules:',
        '#   docs/no-runbook: off',
        '# suppressions:',
        '#   - rule: secrets/committed-config',
        '#     path: deploy/staging.env',
        '#     reason: staging-only throwaway credentials',
        '#     expires: 2027-03-31',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/init/workflows.ts
/** Where our reusable workflows live; init pins them at a commit SHA (`ref`). */
const SHIPSHAPE_REPOSITORY = 'OWNER/shipshape';
const SECURITY_WORKFLOW = '.github/workflows/shipshape-security.yml';
const RELEASE_WORKFLOW = '.github/workflows/shipshape-release.yml';
const uses = (file, pin) => `${SHIPSHAPE_REPOSITORY}/.github/workflows/${file}@${pin.ref}${pin.ref === pin.label ? '' : ` # ${pin.label}`}`;
function securityWorkflow(facts, pin, failOn) {
    return [
        '# Written by shipshape init: the production-readiness audit, a Trivy scan of the repository and the',
        '# merge gate on every pull request (new findings only, one comment on the pull request).',
        '# Make the `security / gate` check required in the branch protection of the default branch.',
        'name: shipshape security',
        '',
        'on:',
        '  pull_request:',
        '  push:',
        `    branches: [${facts.defaultBranch}]`,
        '',
        'permissions:',
        '  contents: read',
        '',
        'jobs:',
        '  security:',
        '    permissions:',
        '      contents: read',
        '      security-events: write # SARIF upload to code scanning',
        '      pull-requests: write # the gate comment',
        `    uses: ${uses('shipshape-security.yml', pin)}`,
        '    with:',
        '      path: .',
        `      fail-on: ${failOn}`,
        '',
    ].join('\n');
}
function releaseWorkflow(facts, pin, healthPath) {
    const secrets = releaseSecrets(facts);
    const lines = [
        '# Written by shipshape init: on every push to the default branch, build the image, scan it, push',
        '# exactly the scanned digest, migrate and deploy with a backup and a rollback, then check health.',
        ...secrets.map((s) => `# Needs the repository secret ${s.secret}: ${s.why}.`),
        'name: shipshape release',
        '',
        'on:',
        '  push:',
        `    branches: [${facts.defaultBranch}]`,
        '  workflow_dispatch:',
        '',
        'permissions:',
        '  contents: read',
        '',
        '# One release at a time, and never cancelled half way through a migration or a deploy.',
        'concurrency:',
        '  group: shipshape-release',
        '  cancel-in-progress: false',
        '',
        'jobs:',
        '  release:',
        '    permissions:',
        '      contents: read',
        '      packages: write # push the image',
        '      id-token: write # build provenance attestation',
        '      attestations: write',
        '      security-events: write',
        `    uses: ${uses('shipshape-release.yml', pin)}`,
        '    with:',
        `      path: ${yamlString(facts.appDir || '.')}`,
        `      container: ${facts.worker ? 'false' : 'true'}`,
        `      port: ${facts.port}`,
    ];
    if (healthPath)
        lines.push(`      health-path: ${healthPath}`);
    if (facts.migrateTool)
        lines.push(`      migrate-tool: ${facts.migrateTool}`);
    if (facts.migrationsDir)
        lines.push(`      migrations-dir: ${yamlString(facts.migrationsDir)}`);
    lines.push(`      deploy-target: ${facts.deployTarget}`);
    if (secrets.length) {
        lines.push('    secrets:');
        for (const s of secrets)
            lines.push(`      ${s.input}: \${{ secrets.${s.secret} }}`);
    }
    lines.push('');
    return lines.join('\n');
}
/** The secrets the release needs for this app's database and deploy target. */
function releaseSecrets(facts) {
    const out = [];
    if (facts.migrateTool && facts.database && facts.database !== 'd1' && facts.database !== 'sqlite')
        out.push({ input: 'database-url', secret: 'DATABASE_URL', why: 'the production database, to back up and migrate' });
    const deploy = {
        fly: { input: 'deploy-token', secret: 'FLY_API_TOKEN', why: 'a Fly.io deploy token (`fly tokens create deploy`)' },
        cloudflare: {
            input: 'deploy-token',
            secret: 'CLOUDFLARE_API_TOKEN',
            why: 'a Cloudflare API token with the Workers edit permission',
        },
        vercel: { input: 'deploy-token', secret: 'VERCEL_TOKEN', why: 'a Vercel token for the project' },
        render: { input: 'deploy-hook', secret: 'RENDER_DEPLOY_HOOK', why: "the service's deploy hook URL" },
        container: { input: 'deploy-hook', secret: 'DEPLOY_HOOK', why: 'a URL that rolls out the pushed image' },
    };
    const d = deploy[facts.deployTarget];
    if (d)
        out.push(d);
    return out;
}
/** Quotes a value only when YAML would read it as something else. */
function yamlString(value) {
    return /^[\w./-]+$/.test(value) && !/^(true|false|null|yes|no|on|off|~|\d+)$/i.test(value)
        ? value
        : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/init/next-config.ts
// The next.config change the generated Next.js Dockerfile needs: `output: 'standalone'`, added as the
// first property of the exported config object.
/** The config with `output: 'standalone'`; undefined when the object cannot be found safely. */
function withStandaloneOutput(source) {
    if (/\boutput\s*:/.test(source))
        return undefined; // some other output mode: a person decides
    const opener = /(?:const|let|var)\s+\w+(?:\s*:\s*[\w.]+)?\s*=\s*\{|module\.exports\s*=\s*\{|export\s+default\s+\{|defineConfig\(\s*\{/.exec(source);
    if (!opener)
        return undefined;
    const at = opener.index + opener[0].length;
    const indent = /\n([ \t]+)\S/.exec(source.slice(at))?.[1] ?? '  ';
    return `${source.slice(0, at)}\n${indent}output: 'standalone',${source.slice(at)}`;
}
const NEW_NEXT_CONFIG = [
    "/** Written by shipshape init: the Dockerfile copies Next.js's standalone server. */",
    "const nextConfig = { output: 'standalone' };",
    '',
    'export default nextConfig;',
    '',
].join('\n');

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/init/diff.ts
// The unified diff init prints for a planned file (--dry-run, and edits left to a human).

function unifiedDiff(file) {
    return (0,create/* createTwoFilesPatch */.ss)(file.before === undefined ? '/dev/null' : `a/${file.path}`, `b/${file.path}`, file.before ?? '', file.after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}

;// CONCATENATED MODULE: ./src/init/plan.ts
// What init would write, decided from the facts and from the audit it runs first: each missing piece
// becomes a planned file (new, or an edit allowed only with --force), each thing a person must decide
// becomes a line left to a human. Pure over the repository model: nothing is written here.













const INIT_ITEMS = ['workflows', 'dockerfile', 'health', 'config', 'dependabot'];
const HUMAN_DECISIONS = {
    'database/sqlite-in-production': 'SQLite in production: moving to PostgreSQL is a data migration a person decides and rehearses (schema provider, data copy, downtime); init does not change the database.',
    'secrets/hardcoded-in-scripts': 'A secret is committed: revoke it at its issuer first, then move it to a secret store; deleting the line does not take it out of git history.',
    'secrets/committed-config': 'A secret is committed in a config file: revoke it at its issuer, then move it to a secret store; deleting it does not take it out of git history.',
    'scripts/shell-syntax-error': 'A shell script does not parse: fix it or replace it with the release workflow.',
    'backup/local-only': 'Backups stay on the server: send them off the machine (object storage) on a schedule; the release workflow backs up before each migration, which is not a schedule.',
    'backup/no-backup': 'No scheduled backup: the release workflow backs up before each migration, which is not a schedule.',
};
function planInit(repo, before, options) {
    const plan = { files: [], skipped: [], leftToHuman: [], notes: [] };
    const facts = collectFacts(repo);
    plan.facts = facts;
    if (!facts) {
        plan.notes.push('no package.json found: init writes pipelines for Node.js apps only');
        return plan;
    }
    const fired = new Set(before.map((f) => f.ruleId));
    const want = (item) => options.only.has(item);
    const add = (item, path, after, why) => {
        const existing = repo.has(path) ? repo.read(path) : undefined;
        if (existing === after)
            return;
        if (existing !== undefined && !options.force) {
            plan.skipped.push({ item, path, why: `${path} exists (run with --force to replace it)` });
            return;
        }
        plan.files.push({ item, path, before: existing, after, why });
    };
    let healthPath = facts.healthPath;
    if (want('health') && !facts.worker && (fired.has('observability/no-health-endpoint') || !facts.healthPath)) {
        const route = healthRoute(facts);
        if (!route) {
            plan.leftToHuman.push(`No health route: init cannot add one for ${facts.framework} safely; add a route that answers 200 without touching dependencies.`);
        }
        else {
            for (const f of route.files)
                add('health', f.path, f.content, `health route for ${facts.framework}`);
            healthPath = route.path;
            if (route.mount) {
                const source = repo.read(route.mount.file) ?? '';
                const mounted = mountHealthModule(source, route.mount);
                if (mounted === source) {
                    // already mounted
                }
                else if (mounted && options.force) {
                    plan.files.push({
                        item: 'health',
                        path: route.mount.file,
                        before: source,
                        after: mounted,
                        why: 'mount the health routes',
                    });
                }
                else {
                    plan.leftToHuman.push(`Mount the health routes in ${route.mount.file}: \`${route.mount.importLine}\` and \`${route.mount.useLine}\` after the app is created (or run init with --force to do it).`);
                }
            }
        }
    }
    const deploys = !fired.has('ci/no-deploy-job') && !fired.has('ci/no-ci-workflow');
    const writesRelease = want('workflows') && !deploys;
    if (want('workflows')) {
        if (!callsOurWorkflow(repo, 'shipshape-security.yml'))
            add('workflows', SECURITY_WORKFLOW, securityWorkflow(facts, options.pin, options.failOn), 'audit, Trivy and the merge gate on pull requests');
        if (!/^[0-9a-f]{40}$/.test(options.pin.ref))
            plan.leftToHuman.push(`The written workflows call ${SHIPSHAPE_REPOSITORY}@${options.pin.ref}: pin them to the release's commit SHA (run init with --ref SHA), since a tag can be moved.`);
        if (writesRelease)
            for (const s of releaseSecrets(facts))
                plan.leftToHuman.push(`Set the repository secret ${s.secret} for the release: ${s.why}.`);
        if (writesRelease && !callsOurWorkflow(repo, 'shipshape-release.yml'))
            add('workflows', RELEASE_WORKFLOW, releaseWorkflow(facts, options.pin, healthPath), 'build, scan, push, migrate, deploy');
        else if (deploys)
            plan.notes.push('the workflows already deploy: no release workflow written');
        if (options.force) {
            for (const fix of fixWorkflows(repo, facts.port))
                plan.files.push({
                    item: 'workflows',
                    path: fix.file,
                    before: repo.read(fix.file),
                    after: fix.content,
                    why: fix.changes.join('; '),
                });
        }
        else if (fired.has('ci/lighthouse-port-mismatch') || fired.has('ci/server-start-without-readiness')) {
            plan.leftToHuman.push('A workflow aims Lighthouse at the wrong port or sleeps instead of waiting for the server: run init with --force to correct it (the diff is shown).');
        }
    }
    if (want('dockerfile') &&
        !facts.worker &&
        !facts.hasDockerfile &&
        (fired.has('container/no-dockerfile') || writesRelease)) {
        const app = detectApp((0,external_node_path_.join)(repo.root, facts.appDir));
        if (app) {
            const generated = generateDockerfile(app);
            const at = (p) => (facts.appDir ? external_node_path_.posix.join(facts.appDir, p) : p);
            add('dockerfile', at('Dockerfile'), withHealth(generated.dockerfile, healthPath, facts), `container image for ${facts.framework}`);
            if (!repo.has(at('.dockerignore')))
                add('dockerfile', at('.dockerignore'), generated.dockerignore, 'keep the build context small and secret-free');
            if (app.kind === 'nextjs' && !app.nextStandalone)
                planStandalone(plan, repo, facts, options.force);
            else
                for (const note of generated.notes)
                    plan.leftToHuman.push(note);
        }
    }
    if (want('dependabot')) {
        const existing = repo.read(DEPENDABOT_FILE) ?? repo.read('.github/dependabot.yaml');
        if (existing === undefined)
            add('dependabot', DEPENDABOT_FILE, dependabotConfig(facts), 'weekly dependency updates');
        else if (fired.has('security/no-dependency-updates')) {
            const merged = addMissingEcosystems(existing, facts);
            if (merged && options.force)
                add('dependabot', DEPENDABOT_FILE, merged, 'add the missing ecosystems');
            else
                plan.skipped.push({
                    item: 'dependabot',
                    path: DEPENDABOT_FILE,
                    why: 'exists without an update for the app (run with --force to add it)',
                });
        }
    }
    if (want('config') && !repo.has(CONFIG_FILE))
        add('config', CONFIG_FILE, shipshapeConfig(options.failOn), 'the gate level');
    for (const [rule, text] of Object.entries(HUMAN_DECISIONS))
        if (fired.has(rule))
            plan.leftToHuman.push(text);
    return plan;
}
/** next.config needs `output: 'standalone'` for the generated Dockerfile: an edit, so only with --force. */
function planStandalone(plan, repo, facts, force) {
    const at = (p) => (facts.appDir ? external_node_path_.posix.join(facts.appDir, p) : p);
    const path = at(facts.nextConfigFile ?? 'next.config.mjs');
    const before = facts.nextConfigFile ? repo.read(path) : undefined;
    const after = before === undefined ? NEW_NEXT_CONFIG : withStandaloneOutput(before);
    if (after === undefined) {
        plan.leftToHuman.push(`${path}: set \`output: 'standalone'\` (the generated Dockerfile copies .next/standalone).`);
        return;
    }
    const file = { item: 'dockerfile', path, before, after, why: "output: 'standalone' for the Dockerfile" };
    if (force || before === undefined)
        plan.files.push(file);
    else
        plan.leftToHuman.push(`${path} needs \`output: 'standalone'\` for the generated Dockerfile (run init with --force to apply it):\n${indentBlock(unifiedDiff(file))}`);
}
const indentBlock = (text) => text
    .trimEnd()
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
function callsOurWorkflow(repo, file) {
    return repo.workflows.some((w) => w.jobs.some((j) => j.uses?.includes(`/.github/workflows/${file}@`)));
}
/** The generated Dockerfile probes the health route init writes, when the detector could not see it yet. */
function withHealth(dockerfile, healthPath, facts) {
    if (!healthPath || dockerfile.includes('HEALTHCHECK'))
        return dockerfile;
    const probe = `fetch('http://127.0.0.1:${facts.port}${healthPath}').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`;
    const line = `HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["node", "-e", "${probe}"]`;
    return dockerfile.replace(/^(CMD .*)$/m, `${line}\n$1`);
}
/** dependabot.yml with updates added for the package manager and github-actions where missing. */
function addMissingEcosystems(text, facts) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length)
        return undefined;
    const updates = doc.get('updates');
    if (!(0,dist/* isSeq */.oP)(updates))
        return undefined;
    const ours = (0,dist/* parseDocument */.Tp)(dependabotConfig(facts)).get('updates');
    if (!(0,dist/* isSeq */.oP)(ours))
        return undefined;
    const has = new Set(updates.items.filter(dist/* isMap */.jh).map((m) => `${m.get('package-ecosystem')}`));
    let added = false;
    for (const item of ours.items) {
        if ((0,dist/* isMap */.jh)(item) && !has.has(`${item.get('package-ecosystem')}`)) {
            updates.items.push(item);
            added = true;
        }
    }
    return added ? doc.toString() : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/lib/repository/repository.ts + 3 modules
var repository = __webpack_require__(718);
;// CONCATENATED MODULE: ./src/init/run-init.ts
// init end to end: audit the repository, plan the missing pieces, write them (or print their diff
// with --dry-run), then audit again and report the score and the findings before and after.







async function runInit(root, options, audit) {
    const before = await audit(root);
    const repo = new repository/* Repository */.L(root, before.ignore);
    const plan = planInit(repo, before.findings, options);
    const diff = plan.files.map((f) => unifiedDiff(f)).join('');
    const written = [];
    if (!options.dryRun) {
        for (const file of plan.files) {
            writeInside(root, file);
            written.push(file.path);
        }
    }
    const after = options.dryRun || !written.length ? undefined : await audit(root);
    return { plan, before, after, written, diff };
}
/**
 * Writes a planned file under the root only: no `..`, no link anywhere on the way, a new file created
 * exclusively, an existing one replaced through an exclusively created temporary file beside it.
 */
function writeInside(root, file) {
    const base = (0,external_node_path_.resolve)(root);
    const target = (0,external_node_path_.resolve)(base, file.path);
    if ((0,external_node_path_.relative)(base, target).startsWith('..') || (0,external_node_path_.relative)(base, target) === '')
        throw new errors/* ConfigurationError */.j(`init: refusing to write ${file.path}: outside ${root}`);
    let dir = base;
    for (const part of (0,external_node_path_.relative)(base, (0,external_node_path_.dirname)(target)).split(external_node_path_.sep).filter(Boolean)) {
        dir = (0,external_node_path_.join)(dir, part);
        const st = lstatOrUndefined(dir);
        if (st?.isSymbolicLink())
            throw new errors/* ConfigurationError */.j(`init: refusing to write ${file.path}: ${dir} is a link`);
        if (!st)
            (0,external_node_fs_.mkdirSync)(dir);
    }
    const existing = lstatOrUndefined(target);
    if (existing?.isSymbolicLink() || (existing && !existing.isFile()))
        throw new errors/* ConfigurationError */.j(`init: refusing to write ${file.path}: it is not a regular file`);
    if (!existing)
        return writeNew(target, file.after);
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.shipshape-init.tmp`);
    writeNew(tmp, file.after);
    (0,external_node_fs_.renameSync)(tmp, target);
}
function writeNew(path, text) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    try {
        (0,external_node_fs_.writeSync)(fd, text);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return undefined;
    }
}
/** The report init prints: what it wrote, what it left and why, the score and findings before and after. */
function renderInitReport(run, dryRun) {
    const { plan, before, after } = run;
    const out = [];
    if (plan.facts) {
        const f = plan.facts;
        out.push(`shipshape init: ${f.framework} in ${f.appDir || '.'}, ${f.packageManager}, Node ${f.nodeVersion}, port ${f.port}` +
            `${f.database ? `, ${f.database}` : ''}${f.migrateTool ? ` (${f.migrateTool}, ${f.migrationsDir})` : ''}, deploy: ${f.deployTarget}`);
    }
    if (!plan.files.length)
        out.push('', 'nothing to write: every piece init knows is already there.');
    else {
        out.push('', dryRun ? 'would write:' : 'wrote:');
        for (const f of plan.files)
            out.push(`  ${f.before === undefined ? 'new    ' : 'changed'} ${f.path}  (${f.why})`);
    }
    if (plan.skipped.length) {
        out.push('', 'left as they are:');
        for (const s of plan.skipped)
            out.push(`  ${s.path}: ${s.why}`);
    }
    if (plan.leftToHuman.length) {
        out.push('', 'left to a human:');
        for (const l of plan.leftToHuman)
            out.push(`  - ${l}`);
    }
    for (const n of plan.notes)
        out.push('', `note: ${n}`);
    out.push('', `score before: ${before.scores.overall}`);
    if (after) {
        out.push(`score after:  ${after.scores.overall}`);
        const key = (f) => `${f.ruleId} ${f.file ?? ''}`;
        const now = new Set(after.findings.map(key));
        const was = new Set(before.findings.map(key));
        const closed = before.findings.filter((f) => !now.has(key(f)));
        const opened = after.findings.filter((f) => !was.has(key(f)));
        if (closed.length) {
            out.push('closed:');
            for (const f of closed)
                out.push(`  - ${f.severity} ${f.ruleId}${f.file ? ` (${f.file})` : ''}`);
        }
        if (opened.length) {
            out.push('new:');
            for (const f of opened)
                out.push(`  - ${f.severity} ${f.ruleId}${f.file ? ` (${f.file})` : ''}: ${f.message}`);
        }
        out.push(`findings: ${before.findings.length} before, ${after.findings.length} after`);
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/init/command.ts
// `shipshape init [dir] [--dry-run] [--force] [--only LIST] [--ref SHA] [--fail-on LEVEL]`.
// Exit 0 when init ran (whether or not it wrote anything), 2 for a usage or write error.






const INIT_USAGE = 'shipshape init [dir] [--dry-run] [--force] [--only workflows,dockerfile,health,config,dependabot] [--ref SHA] [--fail-on LEVEL]';
async function initCommand(argv, out, audit) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            'dry-run': { type: 'boolean', default: false },
            force: { type: 'boolean', default: false },
            only: { type: 'string' },
            ref: { type: 'string' },
            'fail-on': { type: 'string', default: 'high' },
        },
    });
    if (positionals.length > 1)
        throw new errors/* ConfigurationError */.j(`init: unexpected argument \`${positionals[1]}\``);
    const only = parseOnly(values.only);
    const failOn = values['fail-on'].toLowerCase();
    if (failOn !== 'none' && !findings/* SEVERITIES */.oC.includes(failOn))
        throw new errors/* ConfigurationError */.j(`--fail-on must be one of ${findings/* SEVERITIES */.oC.join(', ')}, none (got \`${values['fail-on']}\`)`);
    const root = (0,external_node_path_.resolve)(positionals[0] ?? '.');
    const run = await runInit(root, {
        dryRun: values['dry-run'],
        force: values.force,
        only,
        pin: workflowPin(values.ref),
        failOn,
    }, audit);
    if (values['dry-run'] && run.diff)
        out(run.diff);
    out(renderInitReport(run, values['dry-run']));
    return 0;
}
function parseOnly(value) {
    if (!value)
        return new Set(INIT_ITEMS);
    const items = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    for (const item of items)
        if (!INIT_ITEMS.includes(item))
            throw new errors/* ConfigurationError */.j(`--only takes ${INIT_ITEMS.join(', ')} (got \`${item}\`)`);
    return new Set(items);
}
/**
 * The commit our reusable workflows are pinned at: --ref, else SHIPSHAPE_REF, else the ref this action
 * runs at when it is a SHA; otherwise the tag v1, which init reports as left to pin.
 */
function workflowPin(ref) {
    const candidate = ref ?? process.env.SHIPSHAPE_REF ?? process.env.GITHUB_ACTION_REF ?? '';
    if (/^[0-9a-f]{40}$/.test(candidate))
        return { ref: candidate, label: 'v1' };
    if (ref)
        throw new errors/* ConfigurationError */.j(`--ref must be a full 40-character commit SHA (got \`${ref}\`)`);
    return { ref: 'v1', label: 'v1' };
}

;// CONCATENATED MODULE: ./src/cli/init.ts
// `shipshape init [dir]`: see src/init/command.ts. The audit init runs before and after writing is
// the audit's engine, handed in here: the front end is where the two meet.



const audit = async (root) => {
    const config = (0,audit_config/* loadConfig */.Z9)(root);
    return { ...(await (0,engine/* runFullAudit */.Ei)(root, { config })), ignore: config.ignore };
};
function init_initCommand(argv, io) {
    return initCommand(argv, (text) => io.out(text), audit);
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

/***/ 7317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ thresholdPolicy),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   ub: () => (/* binding */ blocking)
/* harmony export */ });
/* unused harmony export NO_BLOCKING */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3233);
// What `fail-on` means, for every action and the CLI: a severity is a threshold (that severity and
// above block), `none` blocks nothing, and a comma-separated list (Trivy's spelling) names exactly
// the severities that block. `blocking()` is the one test of a finding against it.


const NO_BLOCKING = { severities: [], label: 'none' };
/** `high` and above; `none` blocks nothing. */
function thresholdPolicy(level) {
    if (level === 'none')
        return NO_BLOCKING;
    return { severities: _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.filter((s) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(s) >= (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(level)), label: level };
}
/**
 * Parse a user's `fail-on`; `subject` names where it came from in the one-line error
 * ("input `fail-on`", "--fail-on", ".shipshape.yml: `fail-on`").
 */
function parseFailOn(subject, raw, make = configError) {
    const items = raw
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
    if (items.length <= 1) {
        const level = items[0] ?? '';
        if (level !== 'none' && !(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeverity */ ._Z)(level))
            throw make(`${subject} must be one of ${_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.join(', ')}, none (got \`${raw.trim()}\`)`);
        return thresholdPolicy(level);
    }
    for (const s of items)
        if (!(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeverity */ ._Z)(s))
            throw make(`${subject} must list some of ${_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.join(', ')}, or be none (got \`${s}\`)`);
    const listed = _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.filter((s) => items.includes(s));
    return { severities: listed, label: listed.join(', ') };
}
/** The findings that the policy says block. */
function blocking(findings, policy) {
    return findings.filter((f) => policy.severities.includes(f.severity));
}
function configError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(message);
}


/***/ })

};
;