export const id = 713;
export const ids = [713];
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

/***/ 8042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ hash1),
/* harmony export */   hK: () => (/* binding */ hashGoMod),
/* harmony export */   mk: () => (/* binding */ hashZip),
/* harmony export */   rt: () => (/* binding */ hash1FromDigests),
/* harmony export */   ue: () => (/* binding */ readZip)
/* harmony export */ });
/* unused harmony export MAX_UNPACKED_ZIP */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9538);
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
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(f.data).digest("hex"),
    })));
}
/** dirhash.Hash1 from each file's hex SHA-256 (what a manifest of an unpacked tree keeps). */
function hash1FromDigests(files) {
    const named = files.map((f) => ({
        name: typeof f.name === "string" ? Buffer.from(f.name, "utf8") : Buffer.from(f.name),
        sha256: f.sha256,
    }));
    named.sort((a, b) => Buffer.compare(a.name, b.name));
    const summary = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    for (const f of named) {
        if (f.name.includes(0x0a)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SumdbError */ .q6("newline-in-filename", "dirhash: filenames with newlines are not supported");
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
    const entries = readZip(zip);
    // Go keeps every name but opens the last entry of a repeated name.
    const last = new Map();
    for (const e of entries)
        last.set(Buffer.from(e.name).toString("latin1"), e.data);
    return hash1(entries.map((e) => ({ name: e.name, data: last.get(Buffer.from(e.name).toString("latin1")) })));
}
const badZip = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SumdbError */ .q6("bad-zip", `zip: ${why}`);
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
        const entryName = Buffer.from(name).toString("utf8");
        unpacked += usize;
        if (unpacked > MAX_UNPACKED_ZIP)
            throw tooLarge(entryName);
        let data;
        if (method === 0)
            data = Buffer.from(raw);
        else if (method === 8)
            data = inflateBounded(raw, usize, entryName);
        else
            throw badZip("unsupported compression algorithm");
        if (data.length !== usize || (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.crc32)(data) !== crc)
            throw badZip("checksum error");
        entries.push({ name, data });
    }
    return entries;
}
function tooLarge(entry) {
    return badZip(`${entry}: total uncompressed size of the module zip too large (max size is ${MAX_UNPACKED_ZIP} bytes); refused before unpacking`);
}
/** zlib's chunk bounds: at least 64 bytes; at most 16 MiB so a lying header cannot make a huge buffer. */
const chunkFor = (limit) => Math.max(64, Math.min(limit, 16 << 20));
/** Inflates at most the declared size (one byte more reveals a lie), never the whole bomb. */
function inflateBounded(raw, declared, entry) {
    try {
        // One output chunk of the declared size: the default 16 KiB chunks cost ~15 % more time
        // in copying on typical module zips (measured on the benchmark workload).
        const limit = Math.max(1, declared + 1);
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateRawSync)(raw, { maxOutputLength: limit, chunkSize: chunkFor(limit) });
    }
    catch (err) {
        if (err.code === "ERR_BUFFER_TOO_LARGE")
            throw badZip(`${entry}: inflates past its declared size of ${declared} bytes; stopped at ${declared + 1} bytes`);
        throw badZip(`${entry}: ${err instanceof Error ? err.message : String(err)}`);
    }
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
