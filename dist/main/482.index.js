export const id = 482;
export const ids = [482];
export const modules = {

/***/ 6606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   unpackModules: () => (/* binding */ unpackModules),
/* harmony export */   unpackTargets: () => (/* binding */ unpackTargets)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cache_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5877);
/* harmony import */ var _cache_modcache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4406);
/* harmony import */ var _cache_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1082);
/* harmony import */ var _download_go_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3600);
// On an exact module cache hit go is not run here: the restored download cache holds every
// module, zipped. The job's first build would then unpack them itself (300 modules: 0.22-0.29 s
// of its time on the benchmark machine). While the build cache still restores, the step has
// that time to spare, so Go unpacks them now, by its own rules (its .partial protocol, its zip
// checks, read-only trees). Best effort: a failure leaves the unpacking to the build, as before.
//
// `go mod download path@version…` with the zips go.sum lists and the cache holds: with explicit
// versions go loads no module graph (a bare `go mod download` needs every go.mod of the graph
// and stops at the first the cache lacks), and it writes nothing to go.sum.






/** Unpacking 5,000 modules took ~4 s: a minute is ample, and a stuck go must not hold the step. */
const UNPACK_TIMEOUT_MS = 60_000;
/** Versions per go run: keeps the command line far below the system's limit. */
const BATCH = 500;
/** "path@version" of every zip go.sum lists, when `has(path, version)`. Pure. */
function unpackTargets(sums, has) {
    return [...(0,_cache_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .indexSums */ .Jd)(sums).zip.keys()].filter((id) => {
        const at = id.lastIndexOf("@");
        return has(id.slice(0, at), id.slice(at + 1));
    });
}
/**
 * GOPROXY=off: nothing may be fetched (what the cache lacks stays for the build). GOCACHE=off:
 * go mod download does not need the build cache, whose restore goes on alongside. GOFLAGS: only
 * -modcacherw is kept (it decides whether Go leaves the trees writable).
 */
async function unpackModules(ctx) {
    const started = performance.now();
    const dl = (0,_cache_key_js__WEBPACK_IMPORTED_MODULE_2__/* .downloadDir */ .cP)(ctx.go.effective.GOMODCACHE);
    const zipOf = (path, version) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dl, (0,_cache_modcache_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeModuleString */ .Z1)(path), "@v", `${(0,_cache_modcache_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeModuleString */ .Z1)(version)}.zip`);
    const targets = unpackTargets(ctx.ws.sums, (p, v) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(zipOf(p, v)));
    const writable = (ctx.go.effective.GOFLAGS ?? "").split(/\s+/).includes("-modcacherw");
    const env = {
        ...ctx.env,
        GOPROXY: "off",
        GOCACHE: "off",
        GOTOOLCHAIN: "local",
        GOFLAGS: writable ? "-modcacherw" : "",
    };
    let problem;
    for (let i = 0; i < targets.length && !problem; i += BATCH) {
        const run = await (0,_download_go_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runGo */ .aC)(ctx.go.bin, ["mod", "download", ...targets.slice(i, i + BATCH)], {
            cwd: ctx.ws.workdir,
            env,
            timeoutMs: UNPACK_TIMEOUT_MS,
        }).catch((e) => e);
        if (run instanceof Error) {
            problem = `go did not start: ${run.message}`;
            break;
        }
        if (run.exitCode === 0)
            continue;
        const how = run.stopped
            ? `${run.stopped.kind} after ${run.seconds.toFixed(0)} s`
            : `exit ${run.exitCode}`;
        problem = `${how}: ${run.stderr.trim().split("\n")[0] ?? ""}`;
    }
    const seconds = (performance.now() - started) / 1000;
    return { modules: targets.length, seconds, ...(problem ? { problem } : {}) };
}


/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C_: () => (/* binding */ hash1),
  rt: () => (/* binding */ hash1FromDigests),
  hK: () => (/* binding */ hashGoMod),
  mk: () => (/* binding */ hashZip),
  iQ: () => (/* binding */ hashZipAsync),
  ue: () => (/* binding */ readZip)
});

// UNUSED EXPORTS: MAX_UNPACKED_ZIP

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/sumdb/byte-budget.ts
// How many bytes of work may be in flight at once, across callers: memory stays bounded when
// many large inflates start together. Pure (no I/O).
class ByteBudget {
    #used = 0;
    #waiting = [];
    #limit;
    constructor(limit) {
        this.#limit = limit;
    }
    /** Bytes admitted and not yet released. */
    get used() {
        return this.#used;
    }
    /**
     * Runs `work` once `bytes` fit beside what is in flight. Work larger than the whole budget
     * still runs, alone: the budget orders work, it never refuses it.
     */
    async run(bytes, work) {
        while (this.#used > 0 && this.#used + bytes > this.#limit)
            await new Promise((resolve) => this.#waiting.push(resolve));
        this.#used += bytes;
        try {
            return await work();
        }
        finally {
            this.#used -= bytes;
            for (const wake of this.#waiting.splice(0))
                wake();
        }
    }
}

// EXTERNAL MODULE: ./src/sumdb/errors.ts
var errors = __webpack_require__(9538);
;// CONCATENATED MODULE: ./src/sumdb/dirhash.ts
// Go's module hashes (golang.org/x/mod/sumdb/dirhash, Hash1): the `h1:` of a module zip and of a
// go.mod, so a downloaded file can be compared with a go.sum line or a checksum-database record.
//
// h1 = "h1:" + base64(SHA-256(summary)), where the summary has one line per file, sorted by name
// (byte order): `<hex SHA-256 of the content>  <name>\n`. A zip's names carry the
// `<path>@<version>/` prefix; a go.mod is hashed alone under the name "go.mod".




/** dirhash.Hash1 over in-memory files. Throws for a name containing a newline, as Go does. */
function hash1(files) {
    return hash1FromDigests(files.map((f) => ({
        name: f.name,
        sha256: (0,external_node_crypto_.createHash)("sha256").update(f.data).digest("hex"),
    })));
}
/** dirhash.Hash1 from each file's hex SHA-256 (what a manifest of an unpacked tree keeps). */
function hash1FromDigests(files) {
    const named = files.map((f) => ({
        name: typeof f.name === "string" ? Buffer.from(f.name, "utf8") : Buffer.from(f.name),
        sha256: f.sha256,
    }));
    named.sort((a, b) => Buffer.compare(a.name, b.name));
    const summary = (0,external_node_crypto_.createHash)("sha256");
    for (const f of named) {
        if (f.name.includes(0x0a)) {
            throw new errors/* SumdbError */.q6("newline-in-filename", "dirhash: filenames with newlines are not supported");
        }
        summary.update(f.sha256);
        summary.update("  ");
        summary.update(f.name);
        summary.update("\n");
    }
    return `h1:${summary.digest("base64")}`;
}
/** The go.sum hash of a go.mod file (`<path> <version>/go.mod h1:…`). */
function hashGoMod(data) {
    return hash1([{ name: "go.mod", data: typeof data === "string" ? Buffer.from(data) : data }]);
}
/** The go.sum hash of a module zip (`<path> <version> h1:…`), as dirhash.HashZip computes it. */
function hashZip(zip) {
    return hashOfEntries(zipDirectory(zip).map((e) => ({ name: e.name, sha256: sha256Hex(inflate(e)) })));
}
/**
 * hashZip, with the large entries inflated on libuv's thread pool while the small ones inflate
 * here, so another core shares the work (the benchmark's 300 zips in a fresh process: 130 ms
 * against 166-173 ms in this thread alone). Each entry is hashed as soon as it is inflated and
 * dropped; large entries in flight across all calls stay within offThreadBudget.
 */
async function hashZipAsync(zip) {
    const entries = zipDirectory(zip);
    const large = (e) => e.usize >= ASYNC_FROM;
    // The large ones start first, so the thread pool works while this thread does the rest.
    const offThread = Promise.all(entries.map((e) => (large(e) ? inflateOffThread(e).then(sha256Hex) : undefined)));
    let here;
    try {
        here = entries.map((e) => (large(e) ? undefined : sha256Hex(inflate(e))));
    }
    catch (err) {
        offThread.catch(() => undefined); // already failed: what the others say no longer matters
        throw err;
    }
    const there = await offThread;
    return hashOfEntries(entries.map((e, i) => ({ name: e.name, sha256: (here[i] ?? there[i]) })));
}
/** Go keeps every name but opens the last entry of a repeated name. */
function hashOfEntries(files) {
    const last = new Map();
    for (const f of files)
        last.set(Buffer.from(f.name).toString("latin1"), f.sha256);
    return hash1FromDigests(files.map((f) => ({ name: f.name, sha256: last.get(Buffer.from(f.name).toString("latin1")) })));
}
const sha256Hex = (data) => (0,external_node_crypto_.createHash)("sha256").update(data).digest("hex");
const badZip = (why) => new errors/* SumdbError */.q6("bad-zip", `zip: ${why}`);
/**
 * The most a module zip may unpack to (x/mod/zip's MaxZipFile, which Go applies to the
 * unpacked contents as well). Checked against the declared sizes before inflating and by
 * the inflater while it runs, so a small zip that inflates to gigabytes never fills memory.
 */
const MAX_UNPACKED_ZIP = 500 << 20;
/**
 * Reads every entry of a zip archive (stored or deflated, zip64 sizes and offsets included) in
 * central-directory order, checking each entry's CRC-32 and size as Go's archive/zip does.
 */
function readZip(zip) {
    return zipDirectory(zip).map((e) => ({ name: e.name, data: inflate(e) }));
}
/** The central directory, checked: layout, offsets and the declared total against MAX_UNPACKED_ZIP. */
function zipDirectory(zip) {
    const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
        if (b.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw badZip("not a valid zip file");
    let count = b.readUInt16LE(eocd + 10);
    let cdOffset = b.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) {
        const loc = eocd - 20;
        if (loc < 0 || b.readUInt32LE(loc) !== 0x07064b50)
            throw badZip("not a valid zip file");
        const z64 = Number(b.readBigUInt64LE(loc + 8));
        if (z64 + 56 > b.length || b.readUInt32LE(z64) !== 0x06064b50) {
            throw badZip("not a valid zip file");
        }
        count = Number(b.readBigUInt64LE(z64 + 32));
        cdOffset = Number(b.readBigUInt64LE(z64 + 48));
    }
    const entries = [];
    let unpacked = 0;
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
        if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50)
            throw badZip("not a valid zip file");
        const method = b.readUInt16LE(p + 10);
        const crc = b.readUInt32LE(p + 16);
        let csize = b.readUInt32LE(p + 20);
        let usize = b.readUInt32LE(p + 24);
        const nameLen = b.readUInt16LE(p + 28);
        const extraLen = b.readUInt16LE(p + 30);
        const commentLen = b.readUInt16LE(p + 32);
        let local = b.readUInt32LE(p + 42);
        const name = Uint8Array.from(b.subarray(p + 46, p + 46 + nameLen));
        const extra = b.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
        for (let e = 0; e + 4 <= extra.length;) {
            const id = extra.readUInt16LE(e);
            const size = extra.readUInt16LE(e + 2);
            if (id === 0x0001) {
                let q = e + 4;
                const next = () => {
                    const v = Number(extra.readBigUInt64LE(q));
                    q += 8;
                    return v;
                };
                if (usize === 0xffffffff)
                    usize = next();
                if (csize === 0xffffffff)
                    csize = next();
                if (local === 0xffffffff)
                    local = next();
            }
            e += 4 + size;
        }
        p += 46 + nameLen + extraLen + commentLen;
        if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50) {
            throw badZip("not a valid zip file");
        }
        const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
        if (start + csize > b.length)
            throw badZip("not a valid zip file");
        const raw = b.subarray(start, start + csize);
        const label = Buffer.from(name).toString("utf8");
        unpacked += usize;
        if (unpacked > MAX_UNPACKED_ZIP)
            throw tooLarge(label);
        if (method !== 0 && method !== 8)
            throw badZip("unsupported compression algorithm");
        entries.push({ name, label, method, crc, usize, raw });
    }
    return entries;
}
/** The entry's data, checked against its declared size and CRC-32 as archive/zip does. */
function checked(e, data) {
    if (data.length !== e.usize || (0,external_node_zlib_.crc32)(data) !== e.crc)
        throw badZip("checksum error");
    return data;
}
function inflate(e) {
    if (e.method === 0)
        return checked(e, Buffer.from(e.raw));
    try {
        const limit = inflateLimit(e);
        return checked(e, (0,external_node_zlib_.inflateRawSync)(e.raw, { maxOutputLength: limit, chunkSize: chunkFor(limit) }));
    }
    catch (err) {
        throw inflateFailure(e, err);
    }
}
/** Entries declared at least this large inflate off the main thread in hashZipAsync. */
const ASYNC_FROM = 64 << 10;
/** Declared bytes of off-thread inflates in flight, across calls: 4 jobs of 500 MiB zips stay bounded. */
const offThreadBudget = new ByteBudget(128 << 20);
async function inflateOffThread(e) {
    if (e.method === 0)
        return inflate(e); // stored: nothing to inflate
    const limit = inflateLimit(e);
    try {
        const data = await offThreadBudget.run(e.usize, () => new Promise((resolve, reject) => (0,external_node_zlib_.inflateRaw)(e.raw, { maxOutputLength: limit, chunkSize: chunkFor(limit) }, (err, out) => err ? reject(err) : resolve(out))));
        return checked(e, data);
    }
    catch (err) {
        throw inflateFailure(e, err);
    }
}
function tooLarge(entry) {
    return badZip(`${entry}: total uncompressed size of the module zip too large (max size is ${MAX_UNPACKED_ZIP} bytes); refused before unpacking`);
}
/** zlib's chunk bounds: at least 64 bytes; at most 16 MiB so a lying header cannot make a huge buffer. */
const chunkFor = (limit) => Math.max(64, Math.min(limit, 16 << 20));
/** Inflates at most the declared size (one byte more reveals a lie), never the whole bomb. */
const inflateLimit = (e) => Math.max(1, e.usize + 1);
function inflateFailure(e, err) {
    if (err instanceof errors/* SumdbError */.q6)
        return err;
    if (err.code === "ERR_BUFFER_TOO_LARGE")
        return badZip(`${e.label}: inflates past its declared size of ${e.usize} bytes; stopped at ${e.usize + 1} bytes`);
    return badZip(`${e.label}: ${err instanceof Error ? err.message : String(err)}`);
}


/***/ }),

/***/ 9538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yd: () => (/* binding */ asBytes),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   q6: () => (/* binding */ SumdbError)
/* harmony export */ });
// Errors of the checksum-database code. Each message is the one Go's x/mod (or cmd/go, for the
// lookup checks) prints in the same case, so it can be compared with what `go` said.
class SumdbError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = "SumdbError";
        this.kind = kind;
    }
}
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** Decodes UTF-8 exactly, or returns undefined for bytes Go's utf8.DecodeRune calls RuneError. */
function decodeUtf8(bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** A message as bytes: strings are UTF-8 encoded. */
function asBytes(msg) {
    return typeof msg === "string" ? Buffer.from(msg, "utf8") : msg;
}


/***/ })

};
