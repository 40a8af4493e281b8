"use strict";
exports.id = 352;
exports.ids = [352];
exports.modules = {

/***/ 6352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
// EXTERNAL MODULE: ./src/lib/findings.ts + 1 modules
var findings = __webpack_require__(1403);
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

;// CONCATENATED MODULE: ./src/lib/reports/trivy-json.ts
/** Parse Trivy's JSON text; a report that is not Trivy JSON v2 is an error (the gate fails closed on it). */
function parseTrivyJson(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${source} is not valid JSON: ${error.message.split('\n')[0]}`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new Error(`${source} is not a Trivy JSON report`);
    const report = value;
    if (report.SchemaVersion !== 2)
        throw new Error(`${source} has SchemaVersion ${String(report.SchemaVersion)}; this action reads Trivy's JSON schema version 2`);
    if (report.Results !== undefined && !Array.isArray(report.Results))
        throw new Error(`${source} has no Results list`);
    return report;
}
/**
 * Trivy's severities, exactly as it writes them. Its UNKNOWN (no score yet) counts as low: it is
 * reported, and gates at low catch it. Anything else is not Trivy's: the report is refused, so the
 * gate fails closed instead of counting `"CRITICAL "` or `"SEVERITY_CRITICAL"` as low.
 */
function severityOf(raw) {
    switch (raw) {
        case 'CRITICAL':
            return 'critical';
        case 'HIGH':
            return 'high';
        case 'MEDIUM':
            return 'medium';
        case 'LOW':
        case 'UNKNOWN':
        case undefined:
            return 'low';
        default:
            throw new Error(`unknown Trivy severity \`${String(raw).slice(0, 40)}\` (expected CRITICAL, HIGH, MEDIUM, LOW or UNKNOWN)`);
    }
}
// Results of OS packages name the image ("alpine:3.10 (alpine 3.10.2)"), not a file in the repository.
function fileOf(result) {
    return result.Class === 'os-pkgs' ? undefined : result.Target;
}
function trivyFindings(report) {
    const out = [];
    (report.Results ?? []).forEach((result, r) => {
        const file = fileOf(result);
        (result.Vulnerabilities ?? []).forEach((v, index) => {
            const location = v.Locations?.[0] ?? packageLocation(result, v);
            const fix = v.FixedVersion ? `fixed in ${v.FixedVersion}` : 'no fix released yet';
            out.push({
                scanner: 'vuln',
                id: v.VulnerabilityID,
                target: result.Target,
                ruleId: v.VulnerabilityID,
                severity: severityOf(v.Severity),
                title: v.Title ?? v.VulnerabilityID,
                message: `${v.PkgName ?? 'package'} ${v.InstalledVersion ?? ''} has ${v.VulnerabilityID}${v.Title ? ` (${v.Title})` : ''}, ${fix}; in ${result.Target}`.replace(/\s+/g, ' '),
                file,
                line: file ? location?.StartLine : undefined,
                endLine: file ? location?.EndLine : undefined,
                remediation: v.FixedVersion
                    ? `Upgrade ${v.PkgName} to ${v.FixedVersion.split(',')[0].trim()} or later.`
                    : `No fixed version yet: reduce exposure, or ignore with a reason and an expiry date until a fix ships.`,
                helpUri: v.PrimaryURL,
                pkgName: v.PkgName,
                installedVersion: v.InstalledVersion,
                fixedVersion: v.FixedVersion,
                ref: { result: r, list: 'Vulnerabilities', index },
            });
        });
        (result.Misconfigurations ?? []).forEach((m, index) => {
            if (m.Status && m.Status !== 'FAIL')
                return;
            const id = m.ID ?? m.AVDID ?? 'misconfiguration';
            out.push({
                scanner: 'misconfig',
                id,
                target: result.Target,
                ruleId: id,
                severity: severityOf(m.Severity),
                title: m.Title ?? id,
                message: `${m.Message ?? m.Title ?? id} (${result.Target})`,
                file,
                line: m.CauseMetadata?.StartLine,
                endLine: m.CauseMetadata?.EndLine,
                remediation: m.Resolution ?? 'See the rule documentation.',
                helpUri: m.PrimaryURL,
                ref: { result: r, list: 'Misconfigurations', index },
            });
        });
        (result.Secrets ?? []).forEach((s, index) => {
            out.push({
                scanner: 'secret',
                id: s.RuleID,
                target: result.Target,
                ruleId: s.RuleID,
                severity: severityOf(s.Severity),
                title: s.Title ?? s.RuleID,
                message: `${s.Title ?? s.RuleID} found in ${result.Target}${s.StartLine ? ` at line ${s.StartLine}` : ''} (value not shown)`,
                file,
                line: s.StartLine,
                endLine: s.EndLine,
                remediation: 'Revoke the secret, remove it from the repository (and its history), and read it from a secret store.',
                ref: { result: r, list: 'Secrets', index },
            });
        });
        (result.Licenses ?? []).forEach((l, index) => {
            out.push({
                scanner: 'license',
                id: l.Name,
                target: result.Target,
                ruleId: `license:${l.Name}`,
                severity: severityOf(l.Severity),
                title: `License ${l.Name}`,
                message: `${l.PkgName ?? l.FilePath ?? result.Target} is licensed ${l.Name}${l.Category ? ` (${l.Category})` : ''}`,
                file: l.FilePath ?? file,
                remediation: 'Check the license against your policy; replace the package or record an exception.',
                helpUri: l.Link,
                ref: { result: r, list: 'Licenses', index },
            });
        });
    });
    return out;
}
// The lockfile lines of a vulnerable package: its entry in Packages, matched by UID, else by ID.
function packageLocation(result, v) {
    const pkg = (result.Packages ?? []).find((p) => (v.PkgIdentifier?.UID && p.Identifier?.UID === v.PkgIdentifier.UID) || (v.PkgID && p.ID === v.PkgID));
    return pkg?.Locations?.[0];
}
/** A copy of the report without the given findings (for the SARIF of what remains after ignores). */
function withoutFindings(report, removed) {
    const drop = new Set(removed.map((f) => `${f.ref.result}/${f.ref.list}/${f.ref.index}`));
    return {
        ...report,
        Shipshape: { IgnoresApplied: true, Ignored: drop.size },
        Results: (report.Results ?? []).map((result, r) => {
            const copy = { ...result };
            for (const list of ['Vulnerabilities', 'Misconfigurations', 'Secrets', 'Licenses']) {
                const entries = result[list];
                if (entries)
                    copy[list] = entries.filter((_e, i) => !drop.has(`${r}/${list}/${i}`));
            }
            return copy;
        }),
    };
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

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
;// CONCATENATED MODULE: ./src/trivy/database.ts
// Trivy's vulnerability and Java databases: cached with @actions/cache under a key of the day, so
// most runs download nothing; when today's cache was restored, Trivy is told not to update.




// Where Trivy's databases are published, in the order they are tried when one answers with a
// rate limit (TOOMANYREQUESTS).
const DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-db:2',
    'ghcr.io/aquasecurity/trivy-db:2',
    'public.ecr.aws/aquasecurity/trivy-db:2',
];
const JAVA_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-java-db:1',
    'ghcr.io/aquasecurity/trivy-java-db:1',
    'public.ecr.aws/aquasecurity/trivy-java-db:1',
];
function cacheKey(now, platform = process.platform) {
    const prefix = `trivy-db-${platform}-`;
    return { key: `${prefix}${now.toISOString().slice(0, 10)}`, restoreKeys: [prefix] };
}
function isRateLimited(stderr) {
    return /TOOMANYREQUESTS|429 Too Many Requests|rate limit/i.test(stderr);
}
async function restoreDatabase(cacheDir, enabled, now = new Date()) {
    (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
    const { key, restoreKeys } = cacheKey(now);
    if (!enabled)
        return { fresh: false, key };
    if (!cache/* isFeatureAvailable */.w3()) {
        runner/* info */.pq('The Actions cache service is not available here: the database will be downloaded.');
        return { fresh: false, key };
    }
    try {
        const restoredKey = await cache/* restoreCache */.P3([cacheDir], key, restoreKeys);
        runner/* info */.pq(restoredKey ? `Restored the Trivy database from cache ${restoredKey}` : 'No cached Trivy database yet');
        return { fresh: restoredKey === key, key, restoredKey };
    }
    catch (error) {
        runner/* warning */.$e(`could not restore the Trivy database cache: ${(0,errors/* errorMessage */.g)(error)}`);
        return { fresh: false, key };
    }
}
async function saveDatabase(cacheDir, restored, enabled) {
    if (!enabled || restored.fresh || !cache/* isFeatureAvailable */.w3())
        return;
    try {
        await cache/* saveCache */.Io([cacheDir], restored.key);
        runner/* info */.pq(`Saved the Trivy database as cache ${restored.key}`);
    }
    catch (error) {
        // Another job of the same day may have saved it first: that is fine.
        runner/* info */.pq(`Trivy database cache not saved: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/lib/reports/policy.ts
var policy = __webpack_require__(7317);
;// CONCATENATED MODULE: ./src/trivy/gate.ts
// The gate: fails when a finding that `fail-on` blocks remains after ignores. It fails closed:
// a scan that did not run or a report that did not parse fails it unless on-error is warn.


function evaluateGate(kept, failOn) {
    const over = (0,policy/* blocking */.ub)(kept, failOn);
    if (!over.length)
        return { passed: true, reason: `no ${failOn.severities.join(' or ')} findings remain` };
    const counts = (0,findings/* countBySeverity */.Ot)(over);
    const hit = failOn.severities.filter((s) => counts[s] > 0);
    return {
        passed: false,
        reason: `${over.length} finding${over.length === 1 ? '' : 's'} at ${hit.map((s) => `${s} (${counts[s]})`).join(', ')} remain after ignores`,
    };
}
/** When the scan itself failed: closed by default, a warning only when the user chose on-error: warn. */
function errorGate(message, onError) {
    return { passed: onError === 'warn', reason: `the scan did not complete: ${message}` };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/lib/read-inside.ts
var read_inside = __webpack_require__(7660);
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

;// CONCATENATED MODULE: ./src/trivy/ignores.ts
// Ignores: `.trivyignore` lines and Trivy's YAML ignore file (`.trivyignore.yaml`), applied by us
// to the parsed findings so the gate, the counts, the summary and the SARIF all agree. Every entry
// must carry an expiry date: an expired entry stops ignoring and is reported.




// Trivy's YAML sections and the scanner each one applies to.
const SECTIONS = {
    vulnerabilities: 'vuln',
    misconfigurations: 'misconfig',
    secrets: 'secret',
    licenses: 'license',
};
/** A cap on ignore entries: each is matched against every finding. */
const MAX_IGNORE_ENTRIES = 5000;
const MAX_IGNORE_FILE_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
function loadIgnoreFile(path, input = 'ignore-file') {
    // Often the checked-out .trivyignore: never through a link, never blocking on a FIFO.
    const read = readTextInside(path, undefined, MAX_IGNORE_FILE_BYTES);
    if ('refused' in read)
        throw new ConfigurationError(read.refused === 'does not exist'
            ? `input \`${input}\`: ${path} does not exist`
            : `input \`${input}\`: ${path} cannot be read: ${read.refused}`);
    return parseIgnoreText(read.text, path);
}
/** Either form, told apart by the file name at the start of `file` (which may carry a note after it). */
function parseIgnoreText(text, file) {
    const entries = /\.ya?ml(\s|$)/i.test(file) ? parseYamlIgnores(text, file) : parsePlainIgnores(text, file);
    if (entries.length > MAX_IGNORE_ENTRIES)
        throw new errors/* ConfigurationError */.j(`${file}: ${entries.length} entries are over the limit of ${MAX_IGNORE_ENTRIES}`);
    return entries;
}
/** `.trivyignore`: one id a line, `exp:YYYY-MM-DD` after it (Trivy's own syntax), `#` comments. */
function parsePlainIgnores(text, file) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (!line || line.startsWith('#'))
            return;
        const [id, ...rest] = line.split(/\s+/);
        const exp = rest.find((r) => r.startsWith('exp:'))?.slice(4);
        const where = `${file}:${i + 1}`;
        if (!exp)
            throw new errors/* ConfigurationError */.j(`${where}: ignore of ${id} has no expiry; add \` exp:YYYY-MM-DD\` after the id`);
        if (!parseExpiry(exp))
            throw new errors/* ConfigurationError */.j(`${where}: expiry of ${id} must be YYYY-MM-DD (got \`${exp}\`)`);
        const comment = /#\s*(.+)$/.exec(raw)?.[1];
        out.push({ id, expires: exp, paths: [], reason: comment, source: where });
    });
    return out;
}
/** Trivy's `.trivyignore.yaml`: sections of `{ id, paths, statement, expired_at }`. */
function parseYamlIgnores(text, file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`${file} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    if (doc === null || doc === undefined)
        return [];
    if (typeof doc !== 'object' || Array.isArray(doc))
        throw new errors/* ConfigurationError */.j(`${file} must map vulnerabilities/misconfigurations/secrets/licenses to lists`);
    const out = [];
    for (const [section, list] of Object.entries(doc)) {
        const scanner = SECTIONS[section];
        if (!scanner)
            throw new errors/* ConfigurationError */.j(`${file}: unknown section \`${section}\` (expected ${Object.keys(SECTIONS).join(', ')})`);
        if (!Array.isArray(list))
            throw new errors/* ConfigurationError */.j(`${file}: \`${section}\` must be a list`);
        list.forEach((entry, i) => {
            const where = `${file} ${section}[${i}]`;
            if (!entry || typeof entry.id !== 'string')
                throw new errors/* ConfigurationError */.j(`${where}: an entry needs an \`id\``);
            if (entry.expired_at === undefined)
                throw new errors/* ConfigurationError */.j(`${where}: ignore of ${entry.id} has no expiry; add \`expired_at: YYYY-MM-DD\``);
            const expires = parseExpiry(entry.expired_at);
            if (!expires)
                throw new errors/* ConfigurationError */.j(`${where}: expired_at of ${entry.id} must be YYYY-MM-DD (got \`${String(entry.expired_at)}\`)`);
            const paths = entry.paths === undefined ? [] : Array.isArray(entry.paths) ? entry.paths.map(String) : [String(entry.paths)];
            out.push({
                id: entry.id,
                scanner,
                reason: typeof entry.statement === 'string' ? entry.statement : undefined,
                expires,
                paths,
                source: where,
            });
        });
    }
    return out;
}
function applyIgnores(findings, entries, now) {
    const { kept, suppressed, expired } = applySuppressions(findings, entries, now, matches);
    return { kept, ignored: suppressed, expired };
}
function matches(entry, finding) {
    if (entry.scanner && entry.scanner !== finding.scanner)
        return false;
    if (entry.id !== finding.id && entry.id !== finding.ruleId)
        return false;
    return coversPath(entry, finding.file ?? finding.target);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/lib/safe-read.ts
var safe_read = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/lib/byte-names.ts
// Strings interned by their UTF-8 bytes: a parser of many repeated names (git's index) decodes each
// distinct one once, and finds it again by a hash of its bytes (the caller's, seeded from here).

/** FNV-1a's 32-bit constants: h = (h ^ input) * prime, from the offset (or a seed). */
const FNV_OFFSET = (/* unused pure expression or super */ null && (0x811c9dc5 | 0));
const byte_names_FNV_PRIME = 0x01000193;
function byte_names_sameBytes(a, aStart, b, bStart, length) {
    for (let k = length - 1; k >= 0; k--)
        if (a[aStart + k] !== b[bStart + k])
            return false;
    return true;
}
/** A DataView over exactly a buffer's bytes (a Buffer may be a slice of a larger pool). */
function byte_names_wordsOf(buf) {
    return new DataView(buf.buffer, buf.byteOffset, buf.length);
}
/** sameBytes over two DataViews, four bytes at a time. */
function byte_names_sameWords(a, aStart, b, bStart, length) {
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
class byte_names_ByteNames {
    intern;
    /** Where the caller's hash of a name starts. */
    seed = randomBytes(4).readInt32LE(0);
    /** The most other names one new name was compared with before it found its slot. */
    longestProbe = 0;
    slots = new Int32Array(1 << 12).fill(-1);
    hashes = new Int32Array(1 << 12);
    starts = new Int32Array(1 << 12);
    lengths = new Int32Array(1 << 12);
    bytes = Buffer.allocUnsafe(1 << 16);
    bytesWords = byte_names_wordsOf(this.bytes);
    used = 0;
    size = 0;
    constructor(intern) {
        this.intern = intern;
    }
    /**
     * The id of the name in src[start, end), whose hash is `hash`; `srcWords` is wordsOf(src), which a
     * parser reading through one buffer makes once for many names.
     */
    id(src, start, end, hash, srcWords = byte_names_wordsOf(src)) {
        const length = end - start;
        const mask = this.slots.length - 1;
        let probes = 0;
        for (let slot = hash & mask;; slot = (slot + 1) & mask, probes++) {
            const id = this.slots[slot];
            if (id < 0)
                break;
            if (this.hashes[slot] === hash &&
                this.lengths[slot] === length &&
                byte_names_sameWords(srcWords, start, this.bytesWords, this.starts[slot], length))
                return id;
        }
        if (probes > this.longestProbe)
            this.longestProbe = probes;
        const id = this.intern(src.toString('utf8', start, end));
        if (this.used + length > this.bytes.length)
            this.bytesWords = byte_names_wordsOf((this.bytes = Buffer.concat([
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

;// CONCATENATED MODULE: ./src/lib/git-index.ts
// git's index file read directly: one read of .git/index instead of running `git ls-files`, which
// on half a million files costs more than the rest of the audit. Only what git writes by default is
// read (index versions 2 to 4, SHA-1 object names, no split or sparse index, the work tree at the
// .git folder's parent); for anything else the caller asks git itself.






const MAX_INDEX_BYTES = (/* unused pure expression or super */ null && (2 ** 31 - 1));
const MAX_CONFIG_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const SHA1_BYTES = 20;
// ctime, mtime (8 each), dev, ino, mode, uid, gid, size (4 each), the object name, 16-bit flags.
const FIXED_BYTES = 40 + SHA1_BYTES + 2;
const EXTENDED = 0x4000;
const NAME_MASK = 0x0fff;
/** The `.git` folder that holds `dir`'s index, and `dir` relative to its work tree ('' or 'a/b/'). */
function findGitDir(dir) {
    for (let at = dir;; at = dirname(at)) {
        let stat;
        try {
            stat = lstatSync(join(at, '.git'));
        }
        catch {
            stat = undefined;
        }
        if (stat) {
            // A `.git` file (a linked work tree, a submodule) or link: git resolves those itself.
            if (!stat.isDirectory())
                return 'other';
            const rel = relative(at, dir);
            return { gitDir: join(at, '.git'), prefix: rel ? `${rel.split(sep).join('/')}/` : '' };
        }
        if (dirname(at) === at)
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
    const builder = new PathIndexBuilder(Math.min(count, Math.floor(file.size / FIXED_BYTES)));
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
function git_index_readGitIndex(dir, skipFolder) {
    const found = findGitDir(dir);
    if (!found)
        return 'no-work-tree';
    if (found === 'other')
        return undefined;
    // A repository with SHA-256 object names or a work tree moved elsewhere: left to git.
    const config = readRegularFile(join(found.gitDir, 'config'), MAX_CONFIG_BYTES);
    if ('refused' in config || /objectformat|worktree/i.test(config.bytes.toString('latin1')))
        return undefined;
    // A parse error (the index is not one read here, or it changed under the read) is a refusal too.
    const parsed = withRegularFile(join(found.gitDir, 'index'), MAX_INDEX_BYTES, (fd, size) => parseGitIndex({ size, read: (into, at, length, position) => readSync(fd, into, at, length, position) }, found.prefix, skipFolder));
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
    return { index: indexPaths(files, skipFolder), links, maybeUnsorted: true };
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

;// CONCATENATED MODULE: ./src/trivy/ignore-policy.ts
// Where the Trivy ignores (and Trivy's own config) come from. On a pull request they are the base
// commit's: a pull request that adds `CVE-… exp:2999-12-31` to .trivyignore, or a trivy.yaml that
// skips folders, is reported as a policy change and not applied.







const DEFAULT_IGNORE_FILES = ['.trivyignore.yaml', '.trivyignore.yml', '.trivyignore'];
const DEFAULT_TRIVY_CONFIG = 'trivy.yaml';
const ignore_policy_MAX_IGNORE_FILE_BYTES = 256 * 1024;
function loadIgnorePolicy(options) {
    const { workspace } = options;
    const rel = (abs) => (0,external_node_path_.relative)(workspace, abs).replace(/\\/g, '/');
    const head = options.headIgnoreFile ? readHead(options.headIgnoreFile, rel(options.headIgnoreFile)) : undefined;
    if (!options.pullRequest) {
        if (head?.error)
            throw new errors/* ConfigurationError */.j(head.error);
        return {
            source: 'working-tree',
            file: head?.file ?? '',
            entries: head?.entries ?? [],
            changedInPullRequest: false,
            changes: [],
        };
    }
    const policy = {
        source: 'base-commit',
        ...(options.baseSha ? { baseSha: options.baseSha } : {}),
        file: '',
        entries: [],
        changedInPullRequest: false,
        changes: [],
    };
    const candidates = options.explicitIgnoreFile && options.headIgnoreFile ? [rel(options.headIgnoreFile)] : DEFAULT_IGNORE_FILES;
    let base;
    if (!options.baseSha)
        policy.warning = 'the event names no base commit';
    else
        for (const file of candidates) {
            const got = gitFileAtCommit(workspace, options.baseSha, file);
            if ('text' in got) {
                base = { file, text: got.text };
                break;
            }
            if ('error' in got) {
                policy.warning = got.error;
                break;
            }
        }
    if (policy.warning)
        policy.warning = `base ignores not read (${policy.warning}): no ignore applies`;
    if (base) {
        if (base.text.length > ignore_policy_MAX_IGNORE_FILE_BYTES)
            throw new errors/* ConfigurationError */.j(`${base.file} (base commit) is over the ${ignore_policy_MAX_IGNORE_FILE_BYTES} byte limit`);
        policy.file = base.file;
        policy.entries = parseIgnoreText(base.text, `${base.file} (base commit)`);
    }
    // The pull request's own ignore file, compared entry by entry.
    const headKeys = new Set((head?.entries ?? []).map(entryKey));
    const baseKeys = new Set(policy.entries.map(entryKey));
    if (head?.error)
        policy.changes.push(`${head.file} does not parse: ${head.error}`);
    for (const e of head?.entries ?? [])
        if (!baseKeys.has(entryKey(e)))
            policy.changes.push(`ignores ${e.id}${e.paths.length ? ` at ${e.paths.join(', ')}` : ''} until ${e.expires} (${e.source})`);
    for (const e of policy.entries)
        if (!headKeys.has(entryKey(e)))
            policy.changes.push(`removes the ignore of ${e.id} (${e.source})`);
    if (head && base && head.file !== base.file)
        policy.changes.push(`moves the ignores from ${base.file} to ${head.file}`);
    // Trivy reads trivy.yaml from the workspace by itself: on a pull request it gets the base's copy.
    const configRel = options.config ? rel(options.config) : DEFAULT_TRIVY_CONFIG;
    if (!configRel.startsWith('..')) {
        const headConfig = (0,safe_read/* readRegularFile */.XF)((0,external_node_path_.join)(workspace, configRel), ignore_policy_MAX_IGNORE_FILE_BYTES);
        const baseConfig = options.baseSha ? gitFileAtCommit(workspace, options.baseSha, configRel) : { missing: true };
        const baseText = 'text' in baseConfig ? baseConfig.text : '';
        const headText = 'bytes' in headConfig ? headConfig.bytes.toString('utf8') : '';
        if (headText !== baseText)
            policy.changes.push(`${headText ? 'edits' : 'deletes'} ${configRel} (Trivy's config)`);
        if (options.config || headText) {
            const dir = options.tempDir ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'trivy-policy-'));
            policy.configOverride = (0,external_node_path_.join)(dir, 'trivy-base.yaml');
            (0,external_node_fs_.writeFileSync)(policy.configOverride, baseText, { flag: 'wx' });
        }
    }
    policy.changedInPullRequest = policy.changes.length > 0;
    return policy;
}
function entryKey(e) {
    return `${e.scanner ?? ''} ${e.id} ${e.paths.join(',')} ${e.expires}`;
}
function readHead(absolute, file) {
    const read = (0,safe_read/* readRegularFile */.XF)(absolute, ignore_policy_MAX_IGNORE_FILE_BYTES);
    if ('refused' in read) {
        if (/ENOENT/.test(read.refused))
            return undefined;
        throw new errors/* ConfigurationError */.j(`${file}: ${read.refused}`);
    }
    try {
        return { file, entries: parseIgnoreText(read.bytes.toString('utf8'), file) };
    }
    catch (error) {
        return { file, entries: [], error: (0,errors/* errorMessage */.g)(error) };
    }
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
    return isCommitSha(sha) ? sha : undefined;
}
/** True on an event where a base commit must exist (then a missing one is not a reason to trust the head). */
function isPullRequestEvent(env = process.env) {
    return BASED_EVENTS.has(env.GITHUB_EVENT_NAME ?? '');
}

// EXTERNAL MODULE: ./src/trivy/inputs.ts + 1 modules
var trivy_inputs = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
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

// EXTERNAL MODULE: ./src/lib/action.ts
var action = __webpack_require__(5577);
;// CONCATENATED MODULE: ./src/trivy/install.ts
// Installs Trivy from its release archive: the archive is verified against the release's sha256
// checksums file before it is unpacked, and kept in the tool cache so the next job on the runner
// does not download it again.








/** Trivy's release asset for an OS and CPU, e.g. trivy_0.69.3_Linux-64bit.tar.gz. */
function releaseAsset(version, platform = process.platform, arch = process.arch) {
    const os = platform === 'linux'
        ? 'Linux'
        : platform === 'darwin'
            ? 'macOS'
            : platform === 'win32'
                ? 'Windows'
                : platform === 'freebsd'
                    ? 'FreeBSD'
                    : undefined;
    const cpu = arch === 'x64'
        ? '64bit'
        : arch === 'arm64'
            ? 'ARM64'
            : arch === 'ia32'
                ? '32bit'
                : arch === 'arm'
                    ? 'ARM'
                    : arch === 'ppc64'
                        ? 'PPC64LE'
                        : arch === 's390x'
                            ? 's390x'
                            : undefined;
    if (!os || !cpu)
        throw new Error(`Trivy publishes no release for ${platform}/${arch}`);
    return `trivy_${version}_${os}-${cpu}.${os === 'Windows' ? 'zip' : 'tar.gz'}`;
}
function checksumsAsset(version) {
    return `trivy_${version}_checksums.txt`;
}
/** The sha256 the checksums file (sha256sum format) lists for an asset. */
function expectedChecksum(checksums, asset) {
    for (const line of checksums.split(/\r?\n/)) {
        const m = /^([0-9a-f]{64})\s+\*?(\S+)$/i.exec(line.trim());
        if (m && m[2] === asset)
            return m[1].toLowerCase();
    }
    return undefined;
}
/** Path of the trivy binary, from the tool cache or freshly downloaded and verified. */
async function installTrivy({ version, downloadUrl, retry, }) {
    const binary = process.platform === 'win32' ? 'trivy.exe' : 'trivy';
    const cachedDir = tool_cache/* find */.I6('trivy', version);
    if (cachedDir && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cachedDir, binary))) {
        runner/* info */.pq(`Trivy ${version} found in the tool cache`);
        return { path: (0,external_node_path_.join)(cachedDir, binary), cached: true };
    }
    const asset = releaseAsset(version);
    const base = `${downloadUrl.replace(/\/+$/, '')}/v${version}`;
    const retryOptions = {
        onRetry: (attempt, reason, delay) => runner/* info */.pq(`download attempt ${attempt} failed (${reason}); retrying in ${delay} ms`),
        ...retry,
    };
    const checksums = await download(`${base}/${checksumsAsset(version)}`, retryOptions);
    const expected = expectedChecksum(checksums.toString('utf8'), asset);
    if (!expected)
        throw new Error(`${checksumsAsset(version)} lists no checksum for ${asset}; refusing to install it`);
    const archive = await download(`${base}/${asset}`, retryOptions);
    const actual = (0,external_node_crypto_.createHash)('sha256').update(archive).digest('hex');
    if (actual !== expected)
        throw new Error(`checksum mismatch for ${asset}: expected ${expected}, got ${actual}; refusing to run it`);
    runner/* info */.pq(`${asset}: sha256 ${actual} matches ${checksumsAsset(version)}`);
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,action/* runnerTemp */.X5)(), 'trivy-'));
    const archivePath = (0,external_node_path_.join)(work, asset);
    (0,external_node_fs_.writeFileSync)(archivePath, archive);
    const extracted = asset.endsWith('.zip')
        ? await tool_cache/* extractZip */.JE(archivePath, (0,external_node_path_.join)(work, 'x'))
        : await extractTar(archivePath, (0,external_node_path_.join)(work, 'x'));
    const dir = await tool_cache/* cacheDir */.e8(extracted, 'trivy', version);
    (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(dir, binary), 0o755);
    return { path: (0,external_node_path_.join)(dir, binary), cached: false };
}
async function extractTar(archive, dest) {
    const { mkdirSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
    mkdirSync(dest, { recursive: true });
    await runCommand('tar', ['-xzf', archive, '-C', dest]);
    return dest;
}
async function download(url, retry) {
    const response = await fetchWithRetry(url, {}, retry);
    if (!response.ok)
        throw new Error(`download of ${url.split('/').pop()} failed: HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
}

;// CONCATENATED MODULE: ./src/trivy/scan.ts
// One Trivy run per scan: JSON out, and the SARIF converted from that same JSON by `trivy convert`,
// so the two can never disagree (the peer runs Trivy twice and loses its exit code in SARIF mode).





function buildScanArgs(inputs, plan, repository) {
    const args = [inputs.scanType];
    args.push('--format', 'json', '--output', inputs.jsonFile, '--exit-code', '0', '--no-progress');
    args.push('--cache-dir', plan.cacheDir, '--ignorefile', plan.emptyIgnoreFile);
    args.push('--severity', inputs.severity.join(','));
    if (inputs.scanType !== 'config')
        args.push('--scanners', inputs.scanners.join(','));
    if (inputs.ignoreUnfixed)
        args.push('--ignore-unfixed');
    if (inputs.config)
        args.push('--config', inputs.config);
    if (inputs.timeout)
        args.push('--timeout', inputs.timeout);
    for (const dir of inputs.skipDirs)
        args.push('--skip-dirs', dir);
    for (const file of inputs.skipFiles)
        args.push('--skip-files', file);
    // The SBOM and the dependency snapshot list every package, not only the vulnerable ones (the
    // default in recent Trivy releases; older ones need the flag).
    if (inputs.sbomFile || inputs.dependencySnapshot)
        args.push('--list-all-pkgs');
    if (inputs.scanType !== 'config') {
        if (plan.skipDbUpdate)
            args.push('--skip-db-update', '--skip-java-db-update');
        else
            args.push('--db-repository', repository.db, '--java-db-repository', repository.javaDb);
    }
    // An image given as a file is an OCI or docker archive (e.g. from actions/container's oci-archive).
    if (inputs.scanType === 'image' && inputs.targetPath)
        args.push('--input', inputs.targetPath);
    else
        args.push(inputs.targetPath ?? inputs.target);
    return args;
}
/** Run the scan, trying the next database repository when one answers with a rate limit. */
async function runScan(trivy, inputs, plan) {
    const repositories = DB_REPOSITORIES.map((db, i) => ({ db, javaDb: JAVA_DB_REPOSITORIES[i] }));
    for (let i = 0; i < repositories.length; i++) {
        const args = buildScanArgs(inputs, plan, repositories[i]);
        runner/* info */.pq(`trivy ${args.join(' ')}`);
        const result = await runCommand(trivy, args, {
            cwd: inputs.workspace,
            allowFailure: true,
            onLine: (line) => runner/* info */.pq(line),
        });
        if (result.exitCode === 0)
            return;
        const last = i === repositories.length - 1;
        if (isRateLimited(result.stderr) && !plan.skipDbUpdate && !last) {
            runner/* warning */.$e(`${repositories[i].db} is rate-limiting database downloads; trying ${repositories[i + 1].db}`);
            continue;
        }
        const tail = result.stderr.trim().split('\n').slice(-2).join(' / ');
        throw new Error(`trivy exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`);
    }
}
/** A CycloneDX SBOM of the scanned target, converted from the same scan's JSON (all packages). */
async function convertToCycloneDx(trivy, jsonFile, sbomFile, cwd) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(sbomFile), { recursive: true });
    await runCommand(trivy, ['convert', '--format', 'cyclonedx', '--output', sbomFile, jsonFile], { cwd });
}
async function convertToSarif(trivy, jsonFile, sarifFile, cwd) {
    await runCommand(trivy, ['convert', '--format', 'sarif', '--output', sarifFile, jsonFile], { cwd });
}

;// CONCATENATED MODULE: ./src/trivy/dependency-snapshot.ts
// GitHub's dependency submission API (POST /repos/{owner}/{repo}/dependency-graph/snapshots) fed from
// the scan's own JSON report, so Dependabot alerts cover what Trivy found (an image's OS and language
// packages, lockfiles GitHub does not parse). The payload is built by a pure function from the report
// (its Packages, listed with --list-all-pkgs) and the run's context; the request is one POST.


/** The snapshot for a report: one manifest per result that lists packages with a purl. */
function buildSnapshot(report, ctx) {
    const manifests = {};
    for (const result of report.Results ?? []) {
        const packages = (result.Packages ?? []).filter(
        // The project itself (root, workspace members) is not a dependency of itself.
        (p) => p.Identifier?.PURL && p.Relationship !== 'root' && p.Relationship !== 'workspace');
        if (!packages.length)
            continue;
        const keyOf = (p) => p.ID ?? `${p.Name}@${p.Version}`;
        const keys = new Set(packages.map(keyOf));
        const resolved = {};
        for (const p of packages) {
            const relationship = p.Relationship === 'direct' || p.Relationship === 'indirect'
                ? p.Relationship
                : p.Indirect !== undefined
                    ? p.Indirect
                        ? 'indirect'
                        : 'direct'
                    : undefined;
            resolved[keyOf(p)] = {
                package_url: p.Identifier.PURL,
                ...(relationship ? { relationship } : {}),
                scope: p.Dev ? 'development' : 'runtime',
                dependencies: (p.DependsOn ?? []).filter((d) => keys.has(d)),
            };
        }
        const path = ctx.pathPrefix ? `${ctx.pathPrefix}/${result.Target}` : result.Target;
        manifests[path] = {
            name: result.Target,
            ...(ctx.inRepository && result.Class !== 'os-pkgs' ? { file: { source_location: path } } : {}),
            resolved,
        };
    }
    return {
        version: 0,
        sha: ctx.sha,
        ref: ctx.ref,
        job: { correlator: ctx.correlator, id: ctx.runId, ...(ctx.htmlUrl ? { html_url: ctx.htmlUrl } : {}) },
        detector: { name: 'trivy', version: ctx.trivyVersion, url: 'https://github.com/aquasecurity/trivy' },
        scanned: ctx.scanned,
        manifests,
    };
}
function countDependencies(snapshot) {
    return Object.values(snapshot.manifests).reduce((n, m) => n + Object.keys(m.resolved).length, 0);
}
/** POST the snapshot; a refusal is one line with the status and GitHub's message (never the token). */
async function submitSnapshot(snapshot, apiUrl, repository, token) {
    const url = `${apiUrl.replace(/\/+$/, '')}/repos/${repository}/dependency-graph/snapshots`;
    const response = await fetchWithRetry(url, {
        method: 'POST',
        headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/vnd.github+json',
            'content-type': 'application/json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'shipshape-trivy',
        },
        body: JSON.stringify(snapshot),
    }, { attempts: 3 }, 'dependency submission');
    const text = await response.text();
    let body = {};
    try {
        body = JSON.parse(text);
    }
    catch {
        /* not JSON: the status says enough */
    }
    if (response.status !== 201 && response.status !== 200) {
        const hint = response.status === 403 || response.status === 404
            ? ' (the token needs `contents: write` on this repository, and the dependency graph must be on)'
            : '';
        throw new errors/* ConfigurationError */.j(`dependency submission refused: HTTP ${response.status}${body.message ? ` ${body.message}` : ''}${hint}`);
    }
    return { id: body.id ?? 0, result: body.result ?? '', message: body.message ?? '' };
}

;// CONCATENATED MODULE: ./src/trivy/submit-dependencies.ts
// The dependency-snapshot phase: build the snapshot from the scan's report and submit it. A refused
// submission fails the step with one line but does not stop the gate: the findings are still counted,
// reported and gated.





/** Submit, and return the summary's line about it. */
async function submitDependencies(inputs, report) {
    const submission = inputs.dependencySnapshot;
    return (0,action/* step */.PM)('Submit dependencies to GitHub', async () => {
        const snapshot = buildSnapshot(report, {
            repository: submission.repository,
            sha: submission.sha,
            ref: submission.ref,
            correlator: submission.correlator,
            runId: submission.runId,
            htmlUrl: submission.htmlUrl,
            trivyVersion: inputs.version,
            pathPrefix: (0,trivy_inputs/* targetPrefix */.m4)(inputs),
            inRepository: inputs.scanType === 'fs' || inputs.scanType === 'repo',
            scanned: report.CreatedAt ?? new Date().toISOString(),
        });
        const manifests = Object.keys(snapshot.manifests).length;
        const what = `${countDependencies(snapshot)} dependencies in ${manifests} manifest${manifests === 1 ? '' : 's'}`;
        try {
            const result = await submitSnapshot(snapshot, submission.apiUrl, submission.repository, submission.token);
            runner/* info */.pq(`submitted ${what}: snapshot ${result.id} ${result.result}${result.message ? ` (${result.message})` : ''}`);
            return `Dependency submission: ${what}, snapshot ${result.id} (${result.result || 'accepted'})`;
        }
        catch (error) {
            runner/* setFailed */.C1((0,errors/* errorMessage */.g)(error));
            return `❌ Dependency submission of ${what} failed: ${(0,errors/* errorMessage */.g)(error)}`;
        }
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

;// CONCATENATED MODULE: ./src/trivy/summary.ts
// The job summary: counts by severity and scanner, the gate's verdict, the top findings with
// links, and what was ignored or has expired.


const SCANNER_NAME = {
    vuln: 'Vulnerabilities',
    misconfig: 'Misconfigurations',
    secret: 'Secrets',
    license: 'Licenses',
};
function renderSummary(title, applied, gate, failOn, policy, top = 10) {
    const out = [
        `## Trivy: ${title}`,
        '',
        `${gate.passed ? '✅' : '❌'} **${gate.passed ? 'Passed' : 'Failed'}** (fail-on: ${failOn.label}): ${gate.reason}`,
        '',
    ];
    if (policy)
        out.push(...renderIgnorePolicy(policy));
    if (!applied)
        return out.join('\n');
    const scanners = [...new Set(applied.kept.map((f) => f.scanner))];
    const rows = scanners.map((s) => {
        const counts = (0,findings/* countBySeverity */.Ot)(applied.kept.filter((f) => f.scanner === s));
        return [SCANNER_NAME[s], ...findings/* SEVERITIES */.oC.map((sev) => counts[sev])];
    });
    const total = (0,findings/* countBySeverity */.Ot)(applied.kept);
    rows.push(['**Total**', ...findings/* SEVERITIES */.oC.map((sev) => `**${total[sev]}**`)]);
    out.push(table(['Scanner', 'Critical', 'High', 'Medium', 'Low'], rows), '');
    const shown = (0,findings/* sortFindings */.Tc)(applied.kept).slice(0, top);
    if (shown.length) {
        out.push(`### Top findings`, '');
        out.push(table(['Severity', 'ID', 'Package', 'Installed', 'Fixed', 'Where'], shown.map((f) => [
            f.severity,
            f.helpUri ? `[${cell(f.id)}](${f.helpUri})` : f.id,
            f.pkgName ?? '',
            f.installedVersion ?? '',
            f.fixedVersion ?? (f.scanner === 'vuln' ? 'no fix yet' : ''),
            f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : f.target,
        ])), '');
        if (applied.kept.length > top)
            out.push(`… and ${applied.kept.length - top} more in the JSON report.`, '');
    }
    if (applied.ignored.length) {
        out.push(`### Ignored (${applied.ignored.length})`, '');
        out.push(table(['ID', 'Reason', 'Until', 'Entry'], applied.ignored.map(({ finding, entry }) => [finding.id, entry.reason ?? '', entry.expires, entry.source])), '');
    }
    if (applied.expired.length) {
        out.push(`### ⚠️ Expired ignores (${applied.expired.length}) — no longer applied`, '');
        out.push(table(['ID', 'Reason', 'Expired', 'Entry'], applied.expired.map((e) => [e.id, e.reason ?? '', e.expires, e.source])), '');
    }
    return out.join('\n');
}
/** Where the ignores came from, every entry, and what the pull request would change. */
function renderIgnorePolicy(policy) {
    const from = policy.source === 'base-commit'
        ? `the base commit${policy.baseSha ? ` \`${policy.baseSha.slice(0, 12)}\`` : ''}`
        : 'the working tree';
    const out = [
        `**Ignore policy:** ${policy.file ? `\`${policy.file}\` from ${from}, ${policy.entries.length} entr${policy.entries.length === 1 ? 'y' : 'ies'}` : `no ignore file in ${from}`}.`,
        '',
    ];
    if (policy.warning)
        out.push(`⚠️ ${policy.warning}.`, '');
    if (policy.changedInPullRequest)
        out.push('### ⚠️ Policy change in this pull request (not applied)', '', ...policy.changes.map((c) => `- ${c}`), '');
    if (policy.entries.length)
        out.push(table(['Ignore', 'Paths', 'Reason', 'Until', 'Entry'], policy.entries.map((e) => [e.id, e.paths.join(', '), e.reason ?? '', e.expires, e.source])), '');
    return out;
}

;// CONCATENATED MODULE: ./src/trivy/main.ts
// The Trivy action: install (verified, cached), restore the database, scan once, read the JSON,
// apply ignores, gate, and write SARIF, summary, annotations and outputs. It fails closed.





















async function run(given = (0,trivy_inputs/* getInputs */.GP)()) {
    // Ignore files are input too: a bad one fails now, before anything runs, whatever on-error says.
    // On a pull request they (and trivy.yaml) are the base commit's; the head's edit is only reported.
    const policy = loadIgnorePolicy({
        workspace: given.workspace,
        headIgnoreFile: given.ignoreFile,
        explicitIgnoreFile: given.ignoreFileExplicit,
        config: given.config,
        pullRequest: isPullRequestEvent(),
        baseSha: pullRequestBaseSha(),
    });
    const inputs = policy.configOverride ? { ...given, config: policy.configOverride } : given;
    // Trivy writes these itself, following links: a link planted at one is refused before it runs.
    for (const file of [inputs.jsonFile, inputs.keptJsonFile, inputs.sarifFile, inputs.sbomFile])
        if (file)
            refuseLink(file);
    const ignores = policy.entries;
    if (policy.warning)
        runner/* warning */.$e(policy.warning, { title: 'Trivy: ignore policy' });
    if (policy.changedInPullRequest)
        runner/* warning */.$e(`this pull request changes the Trivy ignore policy, not applied: ${policy.changes.join('; ')}`, {
            title: 'Trivy: policy change',
        });
    const title = `${inputs.scanType} ${inputs.target}`;
    let applied;
    let gate;
    // Lines for the summary from the SBOM and dependency-submission phases.
    const extras = [];
    try {
        applied = await scanAndRead(inputs, ignores, extras);
        gate = evaluateGate(applied.kept, inputs.failOn);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j)
            throw error;
        gate = errorGate((0,errors/* errorMessage */.g)(error), inputs.onError);
        // Nothing was verified: `passed` stays false even when on-error lets the step succeed.
        runner/* setOutput */.uH('passed', 'false');
        await writeJobSummary(renderSummary(title, undefined, gate, inputs.failOn, policy));
        if (inputs.onError === 'warn') {
            runner/* warning */.$e(`Trivy gate not enforced (on-error: warn): ${gate.reason}`);
            return;
        }
        throw new Error(`Trivy gate failed closed: ${gate.reason}`);
    }
    for (const e of applied.expired)
        runner/* warning */.$e(`ignore of ${e.id} expired on ${e.expires} (${e.source}); it no longer applies`);
    const prefix = (0,trivy_inputs/* targetPrefix */.m4)(inputs);
    annotateFindings(applied.kept.filter((f) => f.file).map((f) => ({ ...f, file: prefix ? `${prefix}/${f.file}` : f.file })));
    const counts = (0,findings/* countBySeverity */.Ot)(applied.kept);
    runner/* setOutput */.uH('critical', counts.critical);
    runner/* setOutput */.uH('high', counts.high);
    runner/* setOutput */.uH('medium', counts.medium);
    runner/* setOutput */.uH('low', counts.low);
    runner/* setOutput */.uH('total', applied.kept.length);
    runner/* setOutput */.uH('json-file', inputs.jsonFile);
    runner/* setOutput */.uH('kept-json-file', inputs.keptJsonFile);
    runner/* setOutput */.uH('sarif-file', inputs.sarifFile);
    runner/* setOutput */.uH('sbom-file', inputs.sbomFile);
    runner/* setOutput */.uH('passed', String(gate.passed));
    await writeJobSummary([renderSummary(title, applied, gate, inputs.failOn, policy), ...extras].join('\n'));
    if (!gate.passed)
        runner/* setFailed */.C1(`Trivy gate: ${gate.reason} (fail-on: ${inputs.failOn.label})`);
}
async function scanAndRead(inputs, ignores, extras) {
    const { path: trivy } = await (0,action/* step */.PM)('Install Trivy', () => installTrivy({ version: inputs.version, downloadUrl: inputs.downloadUrl }));
    const cacheDir = (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache', 'trivy');
    const restored = await (0,action/* step */.PM)('Restore the vulnerability database', () => restoreDatabase(cacheDir, inputs.cacheDb && inputs.scanType !== 'config'));
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,action/* runnerTemp */.X5)(), 'trivy-scan-'));
    const emptyIgnoreFile = (0,external_node_path_.join)(work, 'empty.trivyignore');
    (0,external_node_fs_.writeFileSync)(emptyIgnoreFile, '');
    await (0,action/* step */.PM)(`Scan (${inputs.scanType} ${inputs.target})`, () => runScan(trivy, inputs, { cacheDir, skipDbUpdate: restored.fresh, emptyIgnoreFile }));
    const report = parseTrivyJson((0,external_node_fs_.readFileSync)(inputs.jsonFile, 'utf8'), inputs.jsonFile);
    const applied = applyIgnores(trivyFindings(report), ignores, new Date());
    // What remains after ignores, for the gate, and as SARIF converted by Trivy from it.
    writeJson(inputs.keptJsonFile, withoutFindings(report, applied.ignored.map((i) => i.finding)));
    await (0,action/* step */.PM)('Write SARIF', () => convertToSarif(trivy, inputs.keptJsonFile, inputs.sarifFile, inputs.workspace));
    if (inputs.sbomFile) {
        await (0,action/* step */.PM)('Write the CycloneDX SBOM', () => convertToCycloneDx(trivy, inputs.jsonFile, inputs.sbomFile, inputs.workspace));
        extras.push(`SBOM (CycloneDX): \`${(0,external_node_path_.relative)(inputs.workspace, inputs.sbomFile) || inputs.sbomFile}\``, '');
    }
    if (inputs.dependencySnapshot)
        extras.push(await submitDependencies(inputs, report), '');
    await saveDatabase(cacheDir, restored, inputs.cacheDb && inputs.scanType !== 'config');
    return applied;
}


/***/ })

};
;