"use strict";
exports.id = 94;
exports.ids = [94];
exports.modules = {

/***/ 1094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/lib/runner.ts
var runner = __webpack_require__(9445);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
var lib_findings = __webpack_require__(1403);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/lib/inside-root.ts
// Whether a resolved path lies in a resolved root folder (the root itself included). Both sides are
// real paths (links resolved): the one containment test every reader and writer of a tree uses.

function inside_root_isInsideRoot(realPath, realRoot) {
    return realPath === realRoot || realPath.startsWith(realRoot + external_node_path_.sep);
}

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
;// CONCATENATED MODULE: ./src/lib/safe-read.ts
// Opening a file of an untrusted tree: never through a symbolic link, never blocking on a FIFO or
// device, never more than a size cap. The checks happen on the open descriptor (fstat), so a file
// swapped for something else between listing and reading is still refused.

const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
function safe_read_readRegularFile(absolutePath, maxBytes) {
    const read = safe_read_withRegularFile(absolutePath, maxBytes, (fd, size) => {
        // Unfilled bytes are never returned (the subarray ends where the reads did).
        const buffer = Buffer.allocUnsafe(size);
        let offset = 0;
        while (offset < size) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, offset, size - offset, offset);
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
function safe_read_withRegularFile(absolutePath, maxBytes, use) {
    return withOpenFile(absolutePath, (fd) => {
        const stat = (0,external_node_fs_.fstatSync)(fd);
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
            n = readSync(fd, scratch, 0, maxBytes + 1, 0);
        }
        catch (error) {
            // Told apart by the fstat below: a pipe (ESPIPE) or a folder (EISDIR) is no regular file.
            readError = error.code ?? 'read error';
        }
        if (n <= 0 || n > maxBytes) {
            const refused = statRefusal(fstatSync(fd), maxBytes);
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
        fd = (0,external_node_fs_.openSync)(absolutePath, OPEN_FLAGS);
        return use(fd);
    }
    catch (error) {
        const code = error.code;
        return { refused: code === 'ELOOP' ? 'not read: a symbolic link' : `not read: ${code ?? 'read error'}` };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/gate/baseline.ts
// The baseline: findings a team has accepted, each with an owner, a reason and an expiry date.
// An entry names a fingerprint, or a rule and a path (a glob). An expired entry accepts nothing
// and is reported, so an acceptance cannot quietly become permanent.



const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_ENTRIES = 10000;
/** `accepted:` a list of entries (YAML or JSON). An empty file accepts nothing. */
function parseBaseline(text, file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`baseline ${file} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    if (doc === null || doc === undefined)
        return [];
    const list = doc.accepted;
    if (typeof doc !== 'object' || Array.isArray(doc) || !Array.isArray(list))
        throw new errors/* ConfigurationError */.j(`baseline ${file} must hold \`accepted:\`, a list of entries`);
    if (list.length > MAX_ENTRIES)
        throw new errors/* ConfigurationError */.j(`baseline ${file} has ${list.length} entries; at most ${MAX_ENTRIES} are read`);
    return list.map((raw, i) => {
        const where = `${file} accepted[${i}]`;
        if (!raw || typeof raw !== 'object')
            throw new errors/* ConfigurationError */.j(`${where} is not a mapping`);
        const text = (key) => (typeof raw[key] === 'string' ? raw[key].trim() : undefined);
        const expires = raw.expires instanceof Date ? raw.expires.toISOString().slice(0, 10) : text('expires');
        const entry = {
            fingerprint: text('fingerprint'),
            rule: text('rule'),
            path: text('path'),
            owner: text('owner') ?? '',
            reason: text('reason') ?? '',
            expires: expires ?? '',
            source: where,
        };
        if (!entry.fingerprint && !entry.rule)
            throw new errors/* ConfigurationError */.j(`${where} needs a \`fingerprint\` or a \`rule\``);
        for (const key of ['owner', 'reason', 'expires'])
            if (!entry[key])
                throw new errors/* ConfigurationError */.j(`${where} needs \`${key}\` (every acceptance has an owner, a reason and an expiry)`);
        if (!DATE.test(entry.expires) || Number.isNaN(Date.parse(entry.expires)))
            throw new errors/* ConfigurationError */.j(`${where}: \`expires\` must be YYYY-MM-DD (got \`${entry.expires}\`)`);
        return entry;
    });
}
function applyBaseline(findings, entries, now) {
    const today = now.toISOString().slice(0, 10);
    const active = entries.filter((e) => e.expires >= today);
    const expired = entries.filter((e) => e.expires < today);
    const remaining = [];
    const accepted = [];
    for (const finding of findings) {
        const entry = active.find((e) => accepts(e, finding));
        if (entry)
            accepted.push({ finding, entry });
        else
            remaining.push(finding);
    }
    return { remaining, accepted, expired };
}
function accepts(entry, f) {
    if (entry.fingerprint)
        return entry.fingerprint === f.fingerprint;
    if (entry.rule !== f.ruleId)
        return false;
    if (!entry.path)
        return true;
    return !!f.file && (entry.path === f.file || picomatch_default()(entry.path, { dot: true })(f.file));
}
/** The one-line name of an entry, for lists of changes and expiries. */
function describeEntry(e) {
    const what = e.fingerprint ? `fingerprint ${e.fingerprint}` : `${e.rule}${e.path ? ` in ${e.path}` : ''}`;
    return `${what} (owner ${e.owner}, expires ${e.expires}: ${e.reason})`;
}
/** Entries the pull request adds to or removes from the baseline of its base commit. */
function baselineChanges(base, head) {
    const key = (e) => JSON.stringify([e.fingerprint, e.rule, e.path, e.owner, e.reason, e.expires]);
    const baseKeys = new Set(base.map(key));
    const headKeys = new Set(head.map(key));
    return { added: head.filter((e) => !baseKeys.has(key(e))), removed: base.filter((e) => !headKeys.has(key(e))) };
}

;// CONCATENATED MODULE: ./src/gate/fingerprint.ts
// Stable fingerprints, in the spirit of SARIF partialFingerprints: the rule, the file and the
// content of the evidence, never the line number, so a finding keeps its identity when code above
// it moves. Identical findings in one report (the same rule on the same evidence twice in a file)
// are told apart by their order, so a second copy is still a new finding.

function fingerprintAll(findings) {
    const ordered = [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const seen = new Map();
    return ordered.map((f) => {
        const key = `${f.ruleId}\u0000${f.file ?? ''}\u0000${f.evidence}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 16);
        return { ...f, fingerprint };
    });
}
/** Findings of several reports merged: one per fingerprint (the first report that has it wins). */
function mergeByFingerprint(reports) {
    const out = new Map();
    for (const findings of reports)
        for (const f of findings)
            if (!out.has(f.fingerprint))
                out.set(f.fingerprint, f);
    return [...out.values()];
}
function compareWithBase(head, base) {
    const baseSet = new Set(base.map((f) => f.fingerprint));
    const headSet = new Set(head.map((f) => f.fingerprint));
    return {
        added: head.filter((f) => !baseSet.has(f.fingerprint)),
        existing: head.filter((f) => baseSet.has(f.fingerprint)),
        fixed: base.filter((f) => !headSet.has(f.fingerprint)),
    };
}

;// CONCATENATED MODULE: ./src/gate/decide.ts
// The gate's decision: pure, from the reports (and the base's, and the baseline) to pass/fail
// with every reason listed. With base reports, only findings the pull request adds can block.



function decide(input) {
    const head = mergeByFingerprint(input.reports.map((r) => r.findings));
    const { remaining, accepted, expired } = applyBaseline(head, input.baseline, input.now);
    const newOnly = input.baseReports !== undefined;
    const base = mergeByFingerprint((input.baseReports ?? []).map((r) => r.findings));
    const comparison = compareWithBase(remaining, base);
    const added = newOnly ? comparison.added : remaining;
    const headAll = new Set(head.map((f) => f.fingerprint));
    const fixed = newOnly ? base.filter((f) => !headAll.has(f.fingerprint)) : [];
    const failOn = input.failOn;
    const blocking = failOn === 'none' ? [] : added.filter((f) => (0,lib_findings/* atOrAbove */.kU)(f.severity, failOn));
    const reasons = input.unreadable.map((u) => `unreadable report: ${u}`);
    if (blocking.length)
        reasons.push(`${blocking.length} ${newOnly ? 'new ' : ''}finding${blocking.length === 1 ? '' : 's'} at or above ${failOn}: ${blocking
            .slice(0, 5)
            .map((f) => `${f.ruleId}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`)
            .join(', ')}${blocking.length > 5 ? ', …' : ''}`);
    for (const r of input.reports)
        if (r.score !== undefined && r.score < input.minScore)
            reasons.push(`${r.kind} (${r.file}): score ${r.score} is below min-score ${input.minScore}`);
    return {
        passed: reasons.length === 0,
        reasons,
        current: (0,lib_findings/* sortFindings */.Tc)(remaining),
        added: (0,lib_findings/* sortFindings */.Tc)(added),
        blocking: (0,lib_findings/* sortFindings */.Tc)(blocking),
        fixed: (0,lib_findings/* sortFindings */.Tc)(fixed),
        accepted,
        expired,
        newOnly,
    };
}

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
        if (!inside_root_isInsideRoot(real, realRoot))
            return { refused: 'a symbolic link (or a folder linked) out of the workspace' };
        target = real;
    }
    const read = safe_read_readRegularFile(target, maxBytes);
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

;// CONCATENATED MODULE: ./src/gate/summary.ts
// The gate's verdict in Markdown: the job summary and the pull-request comment are two views of
// one GateResult, with the notes about the policy and the comment they carry. Finding text comes from the repository under judgment, so it is shown as inert
// text: no HTML, no links or images, no @-mentions.




/** Trivy's raw JSON holds what its ignore file accepted; actions/trivy's kept-json-file does not. */
function rawTrivyNotes(reports, workspace) {
    return reports
        .filter((r) => r.kind === 'trivy' && !r.ignoresApplied)
        .map((r) => `${(0,external_node_path_.relative)(workspace, r.file) || r.file} is Trivy's raw report, before its ignore file: gate actions/trivy's \`kept-json-file\` (or \`sarif-file\`) to respect the ignores.`);
}
/** The summary's line about the pull-request comment: where it is, or why there is none. */
function commentNote(outcome) {
    if (!outcome.problem)
        return `Pull-request comment ${outcome.action}: ${outcome.url ?? ''}`;
    return `No pull-request comment: ${outcome.problem}.${outcome.decides === false ? '' : ' The gate still decides.'}`;
}
// GitHub refuses comments over 65,536 characters; lists are cut well before that.
const MAX_LISTED = 50;
function inert(text) {
    return text
        .replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c])
        .replace(/[[\]]/g, (c) => `\\${c}`)
        .replace(/@(?=\w)/g, '@\u200b')
        .replace(/\s+/g, ' ')
        .trim();
}
function where(f) {
    return f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '(repository)';
}
function findingTable(findings, withFix) {
    const shown = findings.slice(0, MAX_LISTED);
    const rows = shown.map((f) => [
        f.severity,
        inert(f.ruleId),
        inert(where(f)),
        inert(f.message),
        ...(withFix ? [inert(f.remediation)] : []),
        f.fingerprint,
    ]);
    const lines = [
        table(['Severity', 'Rule', 'Where', 'Message', ...(withFix ? ['Remediation'] : []), 'Fingerprint'], rows),
    ];
    if (findings.length > shown.length)
        lines.push('', `… and ${findings.length - shown.length} more.`);
    return lines.join('\n');
}
function verdict(ctx) {
    const { result } = ctx;
    const counts = (0,lib_findings/* countBySeverity */.Ot)(result.current);
    return [
        `## shipshape gate: ${result.passed ? '✅ passed' : '❌ failed'}`,
        '',
        `fail-on: ${ctx.failOn}, min-score: ${ctx.minScore}; ${result.newOnly ? 'only findings new in this pull request block' : 'no base reports: every finding counts as new'}.`,
        '',
        `${result.added.length} new, ${result.fixed.length} fixed, ${result.accepted.length} accepted by the baseline, ${result.current.length} in all (${lib_findings/* SEVERITIES */.oC.map((s) => `${counts[s]} ${s}`).join(', ')}).`,
        '',
        ...(result.reasons.length ? ['### Why it failed', '', ...result.reasons.map((r) => `- ${inert(r)}`), ''] : []),
    ];
}
function policyLines(ctx) {
    const { result } = ctx;
    const lines = [...ctx.policy];
    for (const e of result.expired)
        lines.push(`Expired baseline entry, no longer accepting: ${inert(describeEntry(e))} (${e.source})`);
    return lines.length ? ['### Policy', '', ...lines.map((l) => `- ${l}`), ''] : [];
}
function renderSummary(ctx) {
    const { result } = ctx;
    const reportRows = (reports, side) => reports.map((r) => {
        const c = (0,lib_findings/* countBySeverity */.Ot)(r.findings);
        return [`${side}${r.kind}: ${r.file}`, r.score ?? '', ...lib_findings/* SEVERITIES */.oC.map((s) => c[s]), r.findings.length];
    });
    return [
        ...verdict(ctx),
        table(['Report', 'Score', ...lib_findings/* SEVERITIES */.oC, 'total'], [...reportRows(ctx.reports, ctx.baseReports ? 'head ' : ''), ...reportRows(ctx.baseReports ?? [], 'base ')]),
        '',
        ...policyLines(ctx),
        ...(result.added.length
            ? [`### New findings (${result.added.length})`, '', findingTable(result.added, true), '']
            : []),
        ...(result.fixed.length ? [`### Fixed (${result.fixed.length})`, '', findingTable(result.fixed, false), ''] : []),
        ...(result.accepted.length
            ? [
                `### Accepted by the baseline (${result.accepted.length})`,
                '',
                table(['Rule', 'Where', 'Owner', 'Expires', 'Reason'], result.accepted
                    .slice(0, MAX_LISTED)
                    .map(({ finding, entry }) => [
                    inert(finding.ruleId),
                    inert(where(finding)),
                    inert(entry.owner),
                    entry.expires,
                    inert(entry.reason),
                ])),
                '',
            ]
            : []),
        ...(ctx.commentNote ? [ctx.commentNote, ''] : []),
    ].join('\n');
}
/** The marker that finds this gate's comment again on the next run. */
function commentMarker(key) {
    return `<!-- shipshape-gate ${key.replace(/[^\w./-]/g, '_')} -->`;
}
function renderComment(ctx, marker) {
    const { result } = ctx;
    return [
        marker,
        ...verdict(ctx),
        ...policyLines(ctx),
        ...(result.added.length
            ? [`### New findings (${result.added.length})`, '', findingTable(result.added, true), '']
            : ['No new findings.', '']),
        ...(result.fixed.length
            ? [`### Fixed by this pull request (${result.fixed.length})`, '', findingTable(result.fixed, false), '']
            : []),
        cell('To accept a finding, add its fingerprint to the baseline with an owner, a reason and an expiry date.'),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/gate/policy.ts
// The policy the gate applies, and where it came from: the baseline read from the pull request's
// base commit (never from the branch under judgment), what the pull request changes in it, and the
// audit's own account of its policy when its report carries one.







const MAX_BASELINE_BYTES = 4 * 1024 * 1024;
function loadPolicy(baselineInput, workspace, baseSha) {
    if (!baselineInput)
        return { baseline: [], notes: [] };
    const file = (0,external_node_path_.resolve)(workspace, baselineInput);
    const name = (0,external_node_path_.relative)(workspace, file) || baselineInput;
    // The pull request's copy: never through a link out of the workspace, never blocking on a FIFO.
    const headRead = readTextInside(file, workspace, MAX_BASELINE_BYTES);
    if ('refused' in headRead && headRead.refused !== 'does not exist') {
        const problem = `cannot read the baseline ${name}: ${headRead.refused}`;
        return { baseline: [], notes: [inert(problem)], problem };
    }
    const headText = 'text' in headRead ? headRead.text : undefined;
    if (!baseSha) {
        if (headText === undefined)
            return { baseline: [], notes: [`Baseline \`${inert(name)}\` not found: nothing is accepted.`] };
        const baseline = parseBaseline(headText, name);
        return { baseline, notes: [`Baseline \`${inert(name)}\`: ${baseline.length} entries.`] };
    }
    const short = baseSha.slice(0, 12);
    const atBase = (0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(file))
        ? gitFileAtCommit((0,external_node_path_.dirname)(file), baseSha, (0,external_node_path_.basename)(file))
        : { error: `${(0,external_node_path_.dirname)(name)} does not exist` };
    if ('error' in atBase) {
        const problem = `cannot read the baseline ${name} at the base commit ${short} (check out with fetch-depth: 0): ${atBase.error}`;
        return { baseline: [], notes: [inert(problem)], problem };
    }
    const baseText = 'text' in atBase ? atBase.text : undefined;
    const baseline = baseText === undefined ? [] : parseBaseline(baseText, `${name}@${short}`);
    const notes = [
        baseText === undefined
            ? `Baseline \`${inert(name)}\` does not exist at the base commit ${short}: nothing is accepted.`
            : `Baseline \`${inert(name)}\` read from the base commit ${short} (${baseline.length} entries), not from this pull request.`,
    ];
    if (headText !== undefined && headText !== baseText) {
        let head;
        try {
            head = parseBaseline(headText, name);
        }
        catch (error) {
            notes.push(`Policy change: this pull request edits the baseline, and its version does not parse: ${inert((0,errors/* errorMessage */.g)(error))}`);
        }
        if (head) {
            const { added, removed } = baselineChanges(baseline, head);
            notes.push(`Policy change: this pull request edits the baseline (${added.length} added, ${removed.length} removed); the change applies only once merged.`, ...added.slice(0, 20).map((e) => `added: ${inert(describeEntry(e))}`), ...removed.slice(0, 20).map((e) => `removed: ${inert(describeEntry(e))}`));
        }
    }
    else if (headText === undefined && baseText !== undefined) {
        notes.push('Policy change: this pull request deletes the baseline; the change applies only once merged.');
    }
    return { baseline, notes };
}
/** The audit report's `policy` section (which .shipshape.yml, read from where, what the pull request changes), as lines. */
function auditPolicyNotes(reports) {
    const out = [];
    for (const r of reports) {
        const p = r.kind === 'audit' ? r.policy : undefined;
        if (!p)
            continue;
        const from = p.source === 'base-commit'
            ? `the base commit${p.baseSha ? ` ${p.baseSha.slice(0, 12)}` : ''}`
            : 'the working tree';
        const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
        const overrides = Object.keys(p.severityOverrides).length;
        const silenced = [
            p.disabledRules.length ? `${count(p.disabledRules.length, 'rule')} disabled (${p.disabledRules.join(', ')})` : '',
            overrides ? `${overrides} severit${overrides === 1 ? 'y' : 'ies'} changed` : '',
            p.ignore.length ? `${count(p.ignore.length, 'path')} ignored (${p.ignore.join(', ')})` : '',
            p.suppressions.length ? `${count(p.suppressions.length, 'finding')} suppressed` : '',
        ].filter(Boolean);
        out.push(inert(`Audit policy \`${p.file}\` ${p.applied ? `read from ${from}` : 'not applied'}${silenced.length ? `: ${silenced.join('; ')}` : ''}${p.warning ? ` (${p.warning})` : ''}.`));
        if (p.changedInPullRequest)
            out.push(`Policy change: this pull request changes \`${inert(p.file)}\`; not applied until merged${p.changes.length ? `: ${inert(p.changes.slice(0, 20).join('; '))}` : '.'}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gate/pull-request.ts
// The pull request the run judges, from the event payload the runner wrote (never the checkout):
// its number and repository for the comment, its base commit for the policy.


/** The pull request of a pull_request or pull_request_target event, else undefined. */
function pullRequestContext(env = process.env) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    if (event !== 'pull_request' && event !== 'pull_request_target')
        return undefined;
    const path = env.GITHUB_EVENT_PATH;
    if (!path || !(0,external_node_fs_.existsSync)(path))
        throw new Error(`a ${event} event without its payload (GITHUB_EVENT_PATH)`);
    const payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    const number = payload.pull_request?.number;
    const baseSha = pullRequestBaseSha(env);
    const repository = env.GITHUB_REPOSITORY || payload.repository?.full_name;
    if (!number || !baseSha || !repository)
        throw new Error(`the ${event} payload has no pull request number, base commit or repository`);
    return { number, baseSha, repository };
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

;// CONCATENATED MODULE: ./src/gate/pull-request-comment.ts
// One comment per pull request and gate: found again by its marker among the comments the bot
// wrote, and updated in place; a new one only when there is none yet.

const MAX_PAGES = 10;
async function upsertComment(apiUrl, token, pr, marker, body) {
    const headers = {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'content-type': 'application/json',
        'user-agent': 'shipshape-gate',
    };
    const api = apiUrl.replace(/\/+$/, '');
    const repo = pr.repository.split('/').map(encodeURIComponent).join('/');
    const call = async (method, path, json) => {
        const response = await fetchWithRetry(`${api}${path}`, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) }, { attempts: 3 }, `${method} ${path.split('?')[0]}`);
        const text = await response.text();
        return { status: response.status, json: text ? JSON.parse(text) : undefined };
    };
    const refused = (status, what) => ({
        action: 'refused',
        problem: status === 403 || status === 401 || status === 404
            ? `the token cannot ${what} (HTTP ${status}): give the job \`pull-requests: write\` (a pull request from a fork gets a read-only token)`
            : `GitHub answered HTTP ${status} when the gate tried to ${what}`,
    });
    let existing;
    for (let page = 1; page <= MAX_PAGES && !existing; page++) {
        const list = await call('GET', `/repos/${repo}/issues/${pr.number}/comments?per_page=100&page=${page}`);
        if (list.status !== 200 || !Array.isArray(list.json))
            return refused(list.status, 'read the pull request comments');
        const comments = list.json;
        // Only a bot's comment: anyone can paste the marker into a comment of their own.
        existing = comments.find((c) => c.user?.type === 'Bot' && c.body?.startsWith(marker));
        if (comments.length < 100)
            break;
    }
    if (existing) {
        const updated = await call('PATCH', `/repos/${repo}/issues/comments/${existing.id}`, { body });
        if (updated.status !== 200)
            return refused(updated.status, 'update its pull request comment');
        return { action: 'updated', url: updated.json.html_url ?? existing.html_url };
    }
    const created = await call('POST', `/repos/${repo}/issues/${pr.number}/comments`, { body });
    if (created.status !== 201)
        return refused(created.status, 'comment on the pull request');
    return { action: 'created', url: created.json.html_url };
}

;// CONCATENATED MODULE: ./src/gate/report-paths.ts
// Report paths as the user names them: plain paths, or globs (`**/*.sarif`) expanded under the
// workspace. A glob that matches nothing is a missing report, so a skipped tool cannot pass.



const SKIP_DIRS = new Set(['.git', 'node_modules']);
const report_paths_MAX_ENTRIES = 200000;
function expandReportPaths(patterns, workspace) {
    const files = [];
    const unmatched = [];
    for (const pattern of patterns) {
        if (!picomatch_default().scan(pattern).isGlob) {
            files.push((0,external_node_path_.resolve)(workspace, pattern));
            continue;
        }
        const { base, glob } = picomatch_default().scan(pattern);
        const root = (0,external_node_path_.resolve)(workspace, base || '.');
        const match = picomatch_default()(glob, { dot: true });
        const found = walk(root).filter((file) => match((0,external_node_path_.relative)(root, file).split('\\').join('/')));
        if (found.length)
            files.push(...found.sort());
        else
            unmatched.push(pattern);
    }
    return { files: [...new Set(files)], unmatched };
}
// Regular files only, links not followed, bounded.
function walk(root) {
    const out = [];
    const stack = [root];
    let seen = 0;
    while (stack.length && seen < report_paths_MAX_ENTRIES) {
        const dir = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            seen++;
            const path = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory() && !SKIP_DIRS.has(e.name))
                stack.push(path);
            else if (e.isFile() && (0,external_node_fs_.lstatSync)(path).isFile())
                out.push(path);
        }
    }
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
        if (typeof f?.ruleId !== 'string' || typeof f.severity !== 'string' || !(0,lib_findings/* isSeverity */._Z)(f.severity))
            throw new Error(`${source}: finding ${i} has no ruleId or a severity that is not critical, high, medium or low`);
        return {
            ruleId: f.ruleId,
            severity: f.severity,
            title: String(f.title ?? f.ruleId),
            message: String(f.message ?? ''),
            file: typeof f.file === 'string' ? f.file : undefined,
            line: typeof f.line === 'number' ? f.line : undefined,
            remediation: String(f.remediation ?? ''),
            ...(typeof f.confidence === 'string' && (0,lib_findings/* isConfidence */.Zi)(f.confidence) ? { confidence: f.confidence } : {}),
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

;// CONCATENATED MODULE: ./src/gate/read-sarif.ts
// SARIF 2.1.0 from any tool (CodeQL, zizmor, Trivy, our own budgets.sarif) read into findings the
// gate can compare. Results a tool marked as suppressed or not failing are left out: the tool's own
// ignores are respected.

/** Parse SARIF text; anything that is not SARIF 2.1.0 with a runs list is an error (the gate fails closed). */
function sarifFindings(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${source} is not valid JSON: ${error.message.split('\n')[0]}`);
    }
    const log = value;
    if (!log || typeof log !== 'object' || log.version !== '2.1.0' || !Array.isArray(log.runs))
        throw new Error(`${source} is not a SARIF 2.1.0 log (no version "2.1.0" and runs list)`);
    const out = [];
    for (const run of log.runs) {
        const tool = run?.tool?.driver?.name ?? 'sarif';
        const rules = run?.tool?.driver?.rules ?? [];
        const byId = new Map(rules.filter((r) => r?.id).map((r) => [r.id, r]));
        if (run?.results !== undefined && !Array.isArray(run.results))
            throw new Error(`${source}: a run's results is not a list`);
        for (const result of run?.results ?? []) {
            if (!result || typeof result !== 'object')
                throw new Error(`${source}: a result is not an object`);
            if (result.kind && result.kind !== 'fail')
                continue;
            // A suppression without a status, or accepted, is in force; rejected or under review is not.
            if (result.suppressions?.some((s) => !s.status || s.status === 'accepted'))
                continue;
            const index = result.ruleIndex ?? result.rule?.index;
            const rule = (index !== undefined ? rules[index] : undefined) ?? byId.get(result.ruleId ?? result.rule?.id ?? '');
            const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id;
            if (!ruleId)
                throw new Error(`${source}: a result has no ruleId`);
            const where = result.locations?.[0]?.physicalLocation;
            const file = normalizeUri(where?.artifactLocation?.uri);
            const message = result.message?.text ?? result.message?.markdown ?? rule?.shortDescription?.text ?? ruleId;
            out.push({
                ruleId,
                severity: read_sarif_severityOf(result, rule),
                title: rule?.shortDescription?.text ?? ruleId,
                message: message.replace(/\s+/g, ' ').trim(),
                file,
                line: file ? where?.region?.startLine : undefined,
                endLine: file ? where?.region?.endLine : undefined,
                remediation: rule?.help?.text?.split('\n')[0] ?? '',
                helpUri: rule?.helpUri,
                tool,
                // Not the tool's partialFingerprints: ours hash the message with its line numbers, and a
                // line hash changes when the line is edited; the rule, file and evidence are what stays.
                evidence: withoutLineNumbers(message),
            });
        }
    }
    return out;
}
// GitHub ranks security results by `security-severity` (0-10) and falls back on the SARIF level.
function read_sarif_severityOf(result, rule) {
    const named = result.properties?.severity ?? rule?.properties?.severity;
    if (typeof named === 'string' && (0,lib_findings/* isSeverity */._Z)(named.toLowerCase()))
        return named.toLowerCase();
    const score = Number(result.properties?.['security-severity'] ?? rule?.properties?.['security-severity']);
    if (Number.isFinite(score) && score > 0)
        return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
    const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
    return level === 'error' ? 'high' : level === 'warning' ? 'medium' : 'low';
}
/** Line numbers in a message move with every edit above them; the fingerprint must not. */
function withoutLineNumbers(message) {
    return message
        .replace(/\b(lines?|at line|line no\.?)\s+\d+(\s*[-–]\s*\d+)?/gi, '$1 #')
        .replace(/(\.[A-Za-z0-9]+):\d+(:\d+)?\b/g, '$1:#')
        .replace(/\s+/g, ' ')
        .trim();
}
function normalizeUri(uri) {
    if (!uri || uri === '.')
        return undefined;
    let path = uri.replace(/^file:\/\//, '');
    try {
        path = decodeURIComponent(path);
    }
    catch {
        // keep it as written
    }
    return path.replace(/^\.\//, '').replace(/\\/g, '/');
}

;// CONCATENATED MODULE: ./src/gate/sources.ts
// The reports a gate reads, each turned into fingerprinted findings: the shipshape audit's JSON,
// Trivy's JSON and SARIF from any tool. A report that is named but missing, unreadable or of an
// unknown schema is an error: the gate fails closed.





/** Largest report the gate reads: a Trivy JSON of a big image runs to tens of megabytes. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** A report the gate reads; `workspace` bounds where a path inside it may resolve (links out are refused). */
function readReport(kind, file, workspace) {
    const text = readText(file, workspace);
    if (kind === 'audit')
        return auditReport(text, file);
    if (kind === 'trivy')
        return trivyReport(text, file);
    return { kind, file, findings: fingerprintAll(sarifFindings(text, file)) };
}
/** A base report of any of the three kinds, told apart by its content. */
function readAnyReport(file, workspace) {
    return readReport(detectKind(readText(file, workspace), file), file, workspace);
}
function detectKind(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${file} is not valid JSON: ${error.message.split('\n')[0]}`);
    }
    if (value && typeof value === 'object') {
        if (typeof value.version === 'string' && Array.isArray(value.runs))
            return 'sarif';
        if ('SchemaVersion' in value)
            return 'trivy';
        if ('score' in value && 'findings' in value)
            return 'audit';
    }
    throw new Error(`${file} is not a report the gate reads (shipshape audit JSON, Trivy JSON or SARIF 2.1.0)`);
}
function auditReport(text, file) {
    const { score, findings, policy } = readAuditReport(text, file);
    const evidenced = findings.map((f) => ({ ...f, tool: 'shipshape audit', evidence: withoutLineNumbers(f.message) }));
    return { kind: 'audit', file, findings: fingerprintAll(evidenced), score, policy };
}
function trivyReport(text, file) {
    const report = parseTrivyJson(text, file);
    const findings = trivyFindings(report).map((f) => ({
        ...f,
        tool: 'Trivy',
        evidence: trivyEvidence(f),
    }));
    return {
        kind: 'trivy',
        file,
        findings: fingerprintAll(findings),
        ignoresApplied: report.Shipshape?.IgnoresApplied === true,
    };
}
// What a Trivy finding is about, apart from where in the file it sits.
function trivyEvidence(f) {
    if (f.scanner === 'vuln')
        return `vuln|${f.id}|${f.target}|${f.pkgName ?? ''}|${f.installedVersion ?? ''}`;
    if (f.scanner === 'secret')
        return `secret|${f.id}|${f.target}|${f.title}`;
    if (f.scanner === 'license')
        return `license|${f.id}|${f.target}|${f.message}`;
    return `misconfig|${f.id}|${f.target}|${withoutLineNumbers(f.message)}`;
}
// Never blocks on a FIFO a pull request planted at a report path, never follows a link out.
function readText(file, workspace) {
    const read = readTextInside(file, workspace, MAX_REPORT_BYTES);
    if ('refused' in read)
        throw new Error(read.refused === 'does not exist' ? `${file} does not exist` : `${file} cannot be read: ${read.refused}`);
    return read.text;
}

;// CONCATENATED MODULE: ./src/gate/main.ts
// The gate action: one required status check over the reports the other steps wrote, new findings
// only when the base's reports are given, a baseline of accepted findings read from the trusted
// side, one pull-request comment kept up to date. It fails closed, and writes passed=false on
// every failure path (index.ts writes it when this throws).

















async function run(inputs) {
    const { workspace } = inputs;
    const unreadable = [];
    const reports = [];
    const sarif = expandReportPaths(inputs.sarif, workspace);
    unreadable.push(...sarif.unmatched.map((p) => `no file matches \`sarif\` pattern ${p}`));
    for (const [kind, files] of [
        ['audit', inputs.audit.map((f) => (0,external_node_path_.resolve)(workspace, f))],
        ['trivy', inputs.trivy.map((f) => (0,external_node_path_.resolve)(workspace, f))],
        ['sarif', sarif.files],
    ]) {
        for (const file of files) {
            try {
                reports.push(readReport(kind, file, workspace));
            }
            catch (error) {
                unreadable.push((0,errors/* errorMessage */.g)(error));
            }
        }
    }
    let baseReports;
    if (inputs.baseReports) {
        baseReports = [];
        const base = expandReportPaths(inputs.baseReports, workspace);
        unreadable.push(...base.unmatched.map((p) => `no file matches \`base-reports\` pattern ${p}`));
        for (const file of base.files) {
            try {
                baseReports.push(readAnyReport(file, workspace));
            }
            catch (error) {
                unreadable.push(`base: ${(0,errors/* errorMessage */.g)(error)}`);
            }
        }
    }
    const pr = pullRequestContext();
    const policy = loadPolicy(inputs.baseline, workspace, pr?.baseSha ?? pullRequestBaseSha());
    if (policy.problem)
        unreadable.push(policy.problem);
    const result = decide({
        reports,
        baseReports,
        baseline: policy.baseline,
        failOn: inputs.failOn,
        minScore: inputs.minScore,
        unreadable,
        now: new Date(),
    });
    for (const e of result.expired)
        runner/* warning */.$e(`baseline entry ${e.source} expired on ${e.expires}; it no longer accepts anything`);
    annotateFindings(result.blocking.filter((f) => f.file));
    if (inputs.sarifFile)
        writeFileAtomic((0,external_node_path_.resolve)(workspace, inputs.sarifFile), `${JSON.stringify(toSarif({ name: 'shipshape-gate', version: VERSION, informationUri: 'https://github.com/shipshape/shipshape' }, result.current), null, 2)}\n`);
    const ctx = {
        result,
        reports,
        baseReports,
        failOn: inputs.failOn,
        minScore: inputs.minScore,
        policy: [...policy.notes, ...auditPolicyNotes(reports), ...rawTrivyNotes(reports, workspace)],
    };
    let commentUrl = '';
    if (pr && inputs.githubToken) {
        const marker = commentMarker(`${process.env.GITHUB_WORKFLOW ?? ''}/${process.env.GITHUB_JOB ?? ''}`);
        let problem;
        try {
            const outcome = await upsertComment(process.env.GITHUB_API_URL || 'https://api.github.com', inputs.githubToken, pr, marker, renderComment(ctx, marker));
            commentUrl = outcome.url ?? '';
            problem = outcome.problem;
            ctx.commentNote = commentNote(outcome);
        }
        catch (error) {
            problem = (0,errors/* errorMessage */.g)(error);
            ctx.commentNote = commentNote({ problem });
        }
        if (problem)
            runner/* warning */.$e(`no pull-request comment: ${problem}`);
    }
    else if (pr)
        ctx.commentNote = commentNote({ problem: '`github-token` is empty', decides: false });
    const counts = (0,lib_findings/* countBySeverity */.Ot)(result.current);
    for (const s of lib_findings/* SEVERITIES */.oC)
        runner/* setOutput */.uH(s, counts[s]);
    runner/* setOutput */.uH('total', result.current.length);
    runner/* setOutput */.uH('new', result.added.length);
    runner/* setOutput */.uH('fixed', result.fixed.length);
    runner/* setOutput */.uH('accepted', result.accepted.length);
    runner/* setOutput */.uH('comment-url', commentUrl);
    runner/* setOutput */.uH('passed', String(result.passed));
    runner/* setOutput */.uH('reasons', result.reasons.join('\n'));
    await writeJobSummary(renderSummary(ctx));
    if (!result.passed)
        runner/* setFailed */.C1(`shipshape gate failed: ${result.reasons.join('; ')}`);
}


/***/ })

};
;