export const id = 244;
export const ids = [244];
export const modules = {

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

/***/ 6136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ ToolchainError)
/* harmony export */ });
// The one error type of the toolchain code: a kind the caller can act on, and a message that
// says what Go would say, what happened, and what to change. Messages never hold a secret.
class ToolchainError extends Error {
    kind;
    /** The Diagnostic rule that explains it (see TOOLCHAIN_RULES). */
    rule;
    constructor(kind, rule, message) {
        super(message);
        this.name = "ToolchainError";
        this.kind = kind;
        this.rule = rule;
    }
}


/***/ }),

/***/ 1986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yM: () => (/* binding */ MAX_ZIP_FILE),
  Ln: () => (/* binding */ fetchModuleFile),
  rg: () => (/* binding */ lookupVerified),
  yP: () => (/* binding */ openChain),
  S: () => (/* binding */ sumdbAccess)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/go/env.ts
var go_env = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/go/patterns.ts
var patterns = __webpack_require__(1615);
// EXTERNAL MODULE: ./src/settings/go-settings.ts + 1 modules
var go_settings = __webpack_require__(9972);
// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __webpack_require__(7940);
// EXTERNAL MODULE: ./src/net/context.ts
var context = __webpack_require__(288);
// EXTERNAL MODULE: ./src/net/http.ts + 2 modules
var net_http = __webpack_require__(6200);
// EXTERNAL MODULE: ./src/sumdb/errors.ts
var errors = __webpack_require__(9538);
// EXTERNAL MODULE: ./src/sumdb/records.ts
var records = __webpack_require__(7127);
// EXTERNAL MODULE: ./src/sumdb/note.ts
var sumdb_note = __webpack_require__(2697);
// EXTERNAL MODULE: ./src/sumdb/tlog.ts
var tlog = __webpack_require__(4707);
;// CONCATENATED MODULE: ./src/sumdb/tiles.ts
// Tiles of golang.org/x/mod/sumdb/tlog (tile.go): the hashes a log serves in fixed-height
// tiles, their paths, and reading stored hashes (and proofs) from tiles fetched beforehand.


/** The tile height the Go checksum database and cmd/go use. */
const TILE_HEIGHT = 8;
function tileForIndexRange(h, index) {
    const split = (0,tlog/* splitStoredHashIndex */.aY)(index);
    let level = split.level;
    let n = split.n;
    const l = Math.floor(level / h);
    level -= l * h; // level within the tile
    const tn = (0,tlog/* shr */.C)((0,tlog/* shl */.o2)(n, level), h);
    n -= (0,tlog/* shr */.C)((0,tlog/* shl */.o2)(tn, h), level); // position within the tile at that level
    const w = (0,tlog/* shl */.o2)(n + 1, level);
    return {
        tile: { h, l, n: tn, w },
        start: (0,tlog/* shl */.o2)(n, level) * tlog/* HASH_SIZE */.Ts,
        end: (0,tlog/* shl */.o2)(n + 1, level) * tlog/* HASH_SIZE */.Ts,
    };
}
/** The smallest tile of height h that holds the stored hash with this index. */
function tileForIndex(h, index) {
    if (h <= 0)
        throw new Error(`TileForIndex: invalid height ${h}`);
    return tileForIndexRange(h, index).tile;
}
/** The hash at index, taken (or computed) from the bytes of tile t. */
function hashFromTile(t, data, index) {
    if (t.h < 1 || t.h > 30 || t.l < 0 || t.l >= 64 || t.w < 1 || t.w > (0,tlog/* pow2 */.zH)(t.h)) {
        throw new errors/* SumdbError */.q6("invalid-tile", `invalid tile ${tilePath(t)}`);
    }
    if (data.length < t.w * tlog/* HASH_SIZE */.Ts) {
        throw new errors/* SumdbError */.q6("invalid-tile", `data len ${data.length} too short for tile ${tilePath(t)}`);
    }
    const { tile: t1, start, end } = tileForIndexRange(t.h, index);
    if (t.l !== t1.l || t.n !== t1.n || t.w < t1.w) {
        throw new errors/* SumdbError */.q6("invalid-tile", `index ${index} is in ${tilePath(t1)} not ${tilePath(t)}`);
    }
    return tileHash(data.subarray(start, end));
}
function tileHash(data) {
    if (data.length === 0)
        throw new Error("bad math in tileHash");
    if (data.length === tlog/* HASH_SIZE */.Ts)
        return Uint8Array.from(data);
    const half = data.length / 2;
    return (0,tlog/* nodeHash */.zB)(tileHash(data.subarray(0, half)), tileHash(data.subarray(half)));
}
/** The tiles (of height h) that change when a tree grows from oldSize to newSize records. */
function newTiles(h, oldSize, newSize) {
    if (h <= 0)
        throw new Error(`NewTiles: invalid height ${h}`);
    const tiles = [];
    for (let level = 0; shr(newSize, h * level) > 0; level++) {
        const oldN = shr(oldSize, h * level);
        const newN = shr(newSize, h * level);
        if (oldN === newN)
            continue;
        for (let n = shr(oldN, h); n < shr(newN, h); n++)
            tiles.push({ h, l: level, n, w: pow2(h) });
        const n = shr(newN, h);
        const w = newN - shl(n, h);
        if (w > 0)
            tiles.push({ h, l: level, n, w });
    }
    return tiles;
}
/** The stored-hash indexes whose hashes make up tile t. */
function tileIndexes(t) {
    const size = t.w === 0 ? pow2(t.h) : t.w;
    const start = shl(t.n, t.h);
    return Array.from({ length: size }, (_, i) => storedHashIndex(t.h * t.l, start + i));
}
/** The bytes of tile t (a hash tile, l ≥ 0): its hashes, concatenated. */
function readTileData(t, read) {
    const indexes = tileIndexes(t);
    return new Uint8Array(Buffer.concat(readChecked(read, indexes)));
}
const PATH_BASE = 1000;
/** The tile's path: `tile/<H>/<L or data>/[x123/…]NNN[.p/<W>]`. */
function tilePath(t) {
    let n = t.n;
    let nStr = String(n % PATH_BASE).padStart(3, "0");
    while (n >= PATH_BASE) {
        n = Math.floor(n / PATH_BASE);
        nStr = `x${String(n % PATH_BASE).padStart(3, "0")}/${nStr}`;
    }
    const p = t.w !== (0,tlog/* pow2 */.zH)(t.h) ? `.p/${t.w}` : "";
    const l = t.l === -1 ? "data" : String(t.l);
    return `tile/${t.h}/${l}/${nStr}${p}`;
}
function atoi(s) {
    return /^[+-]?\d+$/.test(s) ? Number(s) : Number.NaN;
}
/** tlog.ParseTilePath: the tile a path names; only the canonical spelling is accepted. */
function parseTilePath(path) {
    const bad = () => new SumdbError("malformed-tile-path", `malformed tile path ${JSON.stringify(path)}`);
    let f = path.split("/");
    if (f.length < 4 || f[0] !== "tile")
        throw bad();
    const h = atoi(f[1]);
    const isData = f[2] === "data";
    let l = isData ? 0 : atoi(f[2]);
    if (!Number.isInteger(h) || !Number.isInteger(l) || h < 1 || l < 0 || h > 30)
        throw bad();
    let w = pow2(h);
    const dotP = f[f.length - 2];
    if (dotP.endsWith(".p")) {
        const ww = atoi(f[f.length - 1]);
        if (!Number.isInteger(ww) || ww <= 0 || ww >= w)
            throw bad();
        w = ww;
        f[f.length - 2] = dotP.slice(0, -2);
        f = f.slice(0, -1);
    }
    let n = 0;
    for (const s of f.slice(3)) {
        const nn = atoi(s.startsWith("x") ? s.slice(1) : s);
        if (!Number.isInteger(nn) || nn < 0 || nn >= PATH_BASE)
            throw bad();
        n = n * PATH_BASE + nn;
    }
    if (isData)
        l = -1;
    const t = { h, l, n, w };
    if (tilePath(t) !== path)
        throw bad();
    return t;
}
/** The tile t grows into k levels up, in a tree of n records; undefined when it does not exist yet. */
function tileParent(t, k, n) {
    const p = { h: t.h, l: t.l + k, n: (0,tlog/* shr */.C)(t.n, k * t.h), w: (0,tlog/* pow2 */.zH)(t.h) };
    const max = (0,tlog/* shr */.C)(n, p.l * p.h);
    if ((0,tlog/* shl */.o2)(p.n, p.h) + p.w >= max) {
        if ((0,tlog/* shl */.o2)(p.n, p.h) >= max)
            return undefined;
        p.w = max - (0,tlog/* shl */.o2)(p.n, p.h);
    }
    return p;
}
/** The tiles needed to read these stored hashes authenticated against tree (as tlog.TileHashReader). */
function planTiles(tree, h, indexes) {
    const order = new Map();
    const tiles = [];
    const add = (t) => {
        order.set(tilePath(t), tiles.length);
        tiles.push(t);
        return tiles.length - 1;
    };
    const stx = (0,tlog/* subTreeIndex */.Zv)(0, tree.n, []);
    const stxTile = stx.map((x) => {
        const t = tileParent(tileForIndex(h, x), 0, tree.n);
        return order.get(tilePath(t)) ?? add(t);
    });
    const limit = (0,tlog/* storedHashIndex */.qd)(0, tree.n);
    const indexTile = indexes.map((x) => {
        if (x >= limit)
            throw new errors/* SumdbError */.q6("indexes-not-in-tree", "indexes not in tree");
        const tile = tileForIndex(h, x);
        let found = -1;
        let k = 0;
        for (; k < 64; k++) {
            const p = tileParent(tile, k, tree.n);
            const j = p && order.get(tilePath(p));
            if (j !== undefined) {
                if (k === 0)
                    found = j;
                break;
            }
        }
        if (k === 64)
            throw new Error(`bad math in tileHashReader: ${tree.n} ${x}`);
        for (k--; k >= 0; k--) {
            const p = tileParent(tile, k, tree.n);
            if (p.w !== (0,tlog/* pow2 */.zH)(p.h)) {
                throw new Error(`bad math in tileHashReader: ${tree.n} ${x} ${tilePath(p)}`);
            }
            const j = add(p);
            if (k === 0)
                found = j;
        }
        return found;
    });
    return { tiles, stx, stxTile, indexTile };
}
/**
 * tlog.TileHashReader: reads stored hashes from tiles, checking that the tiles agree with the
 * tree's root hash (and each other) before trusting any hash in them. readTiles returns the
 * bytes of each tile it is given; errors are "downloaded inconsistent tile" and the like.
 */
function tileHashReader(tree, h, readTiles) {
    return (indexes) => {
        const plan = planTiles(tree, h, indexes);
        const { tiles, stx, stxTile, indexTile } = plan;
        const data = readTiles(tiles);
        if (data.length !== tiles.length) {
            throw new Error(`TileReader returned bad result slice (len=${data.length}, want ${tiles.length})`);
        }
        tiles.forEach((t, i) => {
            if (data[i].length !== t.w * tlog/* HASH_SIZE */.Ts) {
                throw new errors/* SumdbError */.q6("inconsistent-tile", `TileReader returned bad result slice (${tilePath(t)} len=${data[i].length}, want ${t.w * tlog/* HASH_SIZE */.Ts})`);
            }
        });
        if (stx.length > 0) {
            const last = stx.length - 1;
            let th = hashFromTile(tiles[stxTile[last]], data[stxTile[last]], stx[last]);
            for (let i = stx.length - 2; i >= 0; i--) {
                th = (0,tlog/* nodeHash */.zB)(hashFromTile(tiles[stxTile[i]], data[stxTile[i]], stx[i]), th);
            }
            if (!(0,tlog/* hashEqual */.je)(th, tree.hash)) {
                throw new errors/* SumdbError */.q6("inconsistent-tile", "downloaded inconsistent tile");
            }
        }
        const order = new Map(tiles.map((t, i) => [tilePath(t), i]));
        for (let i = new Set(stxTile).size; i < tiles.length; i++) {
            const t = tiles[i];
            const p = tileParent(t, 1, tree.n);
            const j = p && order.get(tilePath(p));
            if (!p || j === undefined) {
                throw new Error(`bad math in tileHashReader ${tree.n}: lost parent of ${tilePath(t)}`);
            }
            const want = hashFromTile(p, data[j], (0,tlog/* storedHashIndex */.qd)(p.l * p.h, t.n));
            if (!(0,tlog/* hashEqual */.je)(want, tileHash(data[i]))) {
                throw new errors/* SumdbError */.q6("inconsistent-tile", "downloaded inconsistent tile");
            }
        }
        return indexes.map((x, i) => hashFromTile(tiles[indexTile[i]], data[indexTile[i]], x));
    };
}

;// CONCATENATED MODULE: ./src/sumdb/verify.ts
// Verifying one checksum-database lookup the way cmd/go's sumdb client does, as pure functions:
// the caller fetches the lookup response, asks openLookup which tiles it needs, fetches those,
// and hands everything to verifyLookup. No network here.
//
// What is proved: the tree note is signed by the given key; the record id lies inside that
// tree; the hash tiles agree with the signed root hash (and with each other); the record's
// leaf hash read from those tiles equals the hash of the record text served. Together this is
// the record's inclusion proof in the signed tree (tlog.TileHashReader + CheckRecord in Go).





function wrap(err, prefix) {
    if (err instanceof errors/* SumdbError */.q6)
        return new errors/* SumdbError */.q6(err.kind, `${prefix}${err.message}`);
    return err;
}
/** Parses a lookup response and verifies its signed tree note; says which tiles come next. */
function openLookup(key, body, tileHeight = TILE_HEIGHT) {
    const verifier = typeof key === "string" ? (0,sumdb_note/* newVerifier */.v8)(key) : key;
    const { id, text, lines, signedTree } = (0,records/* parseLookup */.iT)(body);
    let note;
    try {
        note = (0,sumdb_note/* openNote */.jN)(signedTree, [verifier]);
    }
    catch (err) {
        throw wrap(err, "reading tree note: ");
    }
    let tree;
    try {
        tree = (0,records/* parseTree */.cZ)(note.text);
    }
    catch (err) {
        throw wrap(err, "reading tree: ");
    }
    if (id < 0 || id >= tree.n) {
        throw new errors/* SumdbError */.q6("record-not-in-tree", `cannot validate record ${id} in tree of size ${tree.n}`);
    }
    const plan = planTiles(tree, tileHeight, [(0,tlog/* storedHashIndex */.qd)(0, id)]);
    return { id, text, lines, tree, note, tiles: plan.tiles.map(tilePath) };
}
function readTile(source, t) {
    const get = (p) => (typeof source === "function" ? source(p) : source.get(p));
    const path = tilePath(t);
    const exact = get(path);
    if (exact)
        return exact;
    const fullWidth = 2 ** t.h;
    if (t.w !== fullWidth) {
        // Like cmd/go: a full tile serves for any partial tile of it.
        const full = get(tilePath({ ...t, w: fullWidth }));
        if (full)
            return full.subarray(0, (full.length / fullWidth) * t.w);
    }
    throw new errors/* SumdbError */.q6("missing-tile", `missing tile ${path}`);
}
/**
 * Verifies a lookup response against the key and the tiles: throws SumdbError with Go's wording
 * ("reading tree note: …", "downloaded inconsistent tile", "cannot authenticate record data in
 * server response", …) or returns the authenticated record.
 */
function verifyLookup(opts) {
    const h = opts.tileHeight ?? TILE_HEIGHT;
    const opened = openLookup(opts.key, opts.body, h);
    const read = tileHashReader(opened.tree, h, (tiles) => tiles.map((t) => readTile(opts.tiles, t)));
    const [leafHash] = read([(0,tlog/* storedHashIndex */.qd)(0, opened.id)]);
    if (!leafHash || !(0,tlog/* hashEqual */.je)(leafHash, (0,tlog/* recordHash */.oj)(opened.text))) {
        throw new errors/* SumdbError */.q6("record-not-authenticated", "cannot authenticate record data in server response");
    }
    let matching = opened.lines;
    if (opts.path !== undefined) {
        const version = opts.version ?? "";
        matching = opened.lines.filter((l) => l.path === opts.path && l.version === version);
        if (matching.length === 0) {
            throw new errors/* SumdbError */.q6("record-not-authenticated", `record ${opened.id} has no lines for ${opts.path}@${version}: ${opened.lines.map(records/* formatSumLine */.zg).join("; ")}`);
        }
    }
    return { ...opened, leafHash, matching };
}

// EXTERNAL MODULE: ./src/toolchain/errors.ts
var toolchain_errors = __webpack_require__(6136);
// EXTERNAL MODULE: ./src/toolchain/gover.ts
var gover = __webpack_require__(384);
;// CONCATENATED MODULE: ./src/toolchain/fetch.ts
// Fetching golang.org/toolchain through the configured chain with the go command's rules, and
// proving the download with the checksum database. Network edge: every request goes through
// net/http.ts's goGet (Go's egress proxy, roots and credentials).
//
// - Module files (`@v/list`, `@v/<version>.zip`): TryProxies over GOPROXY. "," falls through only
//   on 404/410, "|" on any error; `off` ends the walk as not-found; a GONOPROXY match or a
//   `direct` entry resolves the module's go-import "mod" target (what Go does in direct mode)
//   and speaks the same proxy protocol to it.
// - Checksum database: GOSUMDB's URL when it has one; otherwise the first proxy that answers
//   `<proxy>/sumdb/<name>/supported` with 200 (same "," / "|" rules); otherwise https://<name>.
//   The lookup's signed tree note must verify with GOSUMDB's key, and the record must be proven
//   in that tree with the hash tiles (src/sumdb/verify.ts). GOSUMDB=off and GONOSUMDB do not
//   turn this off: Go checks golang.org/toolchain against the database whatever they say.













/** codehost.MaxZipFile: Go refuses a module zip larger than this. */
const MAX_ZIP_FILE = 500 << 20;
/** Sets up Go's HTTP context and settings for one run; call close() when done. */
async function openChain(opts) {
    const { env, goVersion } = opts;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 600_000);
    const settings = (0,go_settings/* goSettingsFromEnv */.l)((0,go_env/* goEnvFrom */.M)(env), goVersion);
    const parsed = settings.proxy;
    if (parsed.error) {
        clearTimeout(timer);
        throw new toolchain_errors/* ToolchainError */.g("config", "toolchain-goproxy-invalid", `GOPROXY: ${parsed.error}`);
    }
    const gosumdb = settings.sumdb;
    const { ctx: http } = await (0,context/* openGoHttp */.t)({
        env,
        goVersion,
        signal: controller.signal,
        urls: [
            ...parsed.entries.map((e) => e.url),
            ...(gosumdb.kind === "db" && gosumdb.url ? [gosumdb.url] : []),
        ],
        maxBody: MAX_ZIP_FILE + 1,
    });
    return {
        proxies: parsed.entries,
        gosumdb,
        http,
        env,
        goImportUrl: opts.goImportUrl ?? `https://${gover/* TOOLCHAIN_MODULE */.xc}?go-get=1`,
        bypassProxy: settings.gonoproxy !== "" &&
            (0,patterns/* matchPrefixPatterns */.J8)(settings.gonoproxy, gover/* TOOLCHAIN_MODULE */.xc, goVersion),
        close: async () => {
            clearTimeout(timer);
            await (0,net_http/* closeHttpContext */.qf)(http);
        },
    };
}
function show(chain, url) {
    return (0,redact/* scrubSecrets */.Zg)((0,redact/* redactUrl */.BO)(url), chain.http.secrets);
}
function joinUrl(base, rest) {
    return `${base.replace(/\/+$/, "")}/${rest}`;
}
const isOk = (g) => !g.error && g.status === 200 && g.body !== undefined;
/** GET from a proxy base (http, https or file). */
async function getFrom(chain, base, rest) {
    if (base.startsWith("file:")) {
        const started = performance.now();
        const url = joinUrl(base, rest);
        const out = { url, seconds: 0, via: "direct", redirects: [] };
        try {
            out.body = await (0,promises_.readFile)((0,external_node_url_.fileURLToPath)(url));
            out.status = 200;
        }
        catch (err) {
            const code = err.code;
            if (code === "ENOENT" || code === "ENOTDIR") {
                out.status = 404;
                out.statusText = "404 Not Found";
            }
            else
                out.error = `open ${url}: ${err.message}`;
        }
        out.seconds = Math.round(performance.now() - started) / 1000;
        return out;
    }
    return (0,net_http/* goGet */.fF)(chain.http, joinUrl(base, rest));
}
/** The go-import "mod" target of golang.org/toolchain, as direct mode finds it. */
async function directBase(chain) {
    const g = await (0,net_http/* goGet */.fF)(chain.http, chain.goImportUrl);
    if (!isOk(g))
        return { error: (0,net_http/* failureText */.kY)(g), url: g.url };
    const html = g.body.toString("utf8");
    for (const m of html.matchAll(/<meta\s+([^>]*)>/gi)) {
        const attrs = m[1];
        if (!/name\s*=\s*["']?go-import["']?/i.test(attrs))
            continue;
        const content = /content\s*=\s*(["'])(.*?)\1/i.exec(attrs)?.[2];
        const [prefix, vcs, repo] = (content ?? "").trim().split(/\s+/);
        if (!prefix || !repo || !`${gover/* TOOLCHAIN_MODULE */.xc}/`.startsWith(`${prefix}/`))
            continue;
        if (vcs !== "mod") {
            return {
                error: `${gover/* TOOLCHAIN_MODULE */.xc} is served from ${vcs} (${repo}), not a module proxy; only "mod" targets can serve toolchain zips`,
                url: g.url,
            };
        }
        return { base: repo, url: g.url };
    }
    return { error: `no go-import meta tag for ${gover/* TOOLCHAIN_MODULE */.xc} at ${g.url}`, url: g.url };
}
/**
 * Fetches `@v/<file>` of golang.org/toolchain with TryProxies. Throws ToolchainError
 * ("not-found" when every entry said 404/410 or the walk hit `off`, else "network").
 */
async function fetchModuleFile(chain, file) {
    const rest = `${(0,records/* escapeModulePath */.xk)(gover/* TOOLCHAIN_MODULE */.xc)}/@v/${file}`;
    const attempts = [];
    // TryProxies' ranking: a direct error beats a proxy error beats not-found.
    let best;
    const note = (text, notFound, rank) => {
        if (rank === 2)
            best = { text, notFound, rank };
        else if ((best?.rank ?? 0) <= 1 && !notFound)
            best = { text, notFound, rank: 1 };
        else if ((best?.rank ?? 0) === 0)
            best = { text, notFound, rank: 0 };
    };
    const viaDirect = async () => {
        const d = await directBase(chain);
        if (!d.base) {
            attempts.push({
                origin: "direct",
                url: d.url,
                error: d.error,
                seconds: 0,
                outcome: "stopped",
            });
            note(d.error, false, 2);
            return undefined;
        }
        const origin = `direct (${show(chain, d.base)})`;
        const g = await getFrom(chain, d.base, rest);
        const a = { origin, url: g.url, seconds: g.seconds, outcome: "served" };
        if (g.status !== undefined)
            a.status = g.status;
        if (g.error)
            a.error = g.error;
        attempts.push(a);
        if (isOk(g))
            return { body: g.body, origin, url: g.url, attempts };
        a.outcome = "stopped";
        note((0,net_http/* failureText */.kY)(g), (0,net_http/* isNotFound */.c4)(g), 2);
        return undefined;
    };
    if (chain.bypassProxy) {
        const r = await viaDirect();
        if (r)
            return r;
    }
    else {
        for (const e of chain.proxies) {
            if (e.kind === "noproxy")
                continue;
            if (e.kind === "off") {
                note("module lookup disabled by GOPROXY=off", true, 0);
                attempts.push({ origin: "off", url: "off", seconds: 0, outcome: "stopped" });
                break;
            }
            if (e.kind === "direct") {
                const r = await viaDirect();
                if (r)
                    return r;
                break;
            }
            const origin = show(chain, e.display);
            const g = await getFrom(chain, e.url, rest);
            const a = { origin, url: g.url, seconds: g.seconds, outcome: "served" };
            if (g.status !== undefined)
                a.status = g.status;
            if (g.error)
                a.error = g.error;
            attempts.push(a);
            if (isOk(g))
                return { body: g.body, origin, url: g.url, attempts };
            if ((0,net_http/* isNotFound */.c4)(g)) {
                a.outcome = "not-found";
                note((0,net_http/* failureText */.kY)(g), true, 0);
                continue;
            }
            note((0,net_http/* failureText */.kY)(g), false, 1);
            if (e.fallback === "any") {
                a.outcome = "fell-through";
                continue;
            }
            a.outcome = "stopped";
            break;
        }
    }
    const b = best ?? { text: "GOPROXY has no entry", notFound: true, rank: 0 };
    const err = new toolchain_errors/* ToolchainError */.g(b.notFound ? "not-found" : "network", b.notFound ? "toolchain-not-available" : "toolchain-proxy-failed", b.text);
    err.attempts = attempts;
    throw err;
}
/** Which base URL checksum lookups go to, by Go's rules (dbClient.initBase). */
async function sumdbAccess(chain) {
    const s = chain.gosumdb;
    if (s.kind === "off") {
        throw new toolchain_errors/* ToolchainError */.g("config", "toolchain-sumdb-off", `verifying ${gover/* TOOLCHAIN_MODULE */.xc}: checksum database disabled by GOSUMDB=off. Go checks every toolchain download against the checksum database even with GOSUMDB=off (a toolchain cannot be listed in go.sum), so the download fails there; set GOSUMDB to a database (unset means sum.golang.org), and keep GONOSUMDB/GOPRIVATE for your private modules instead.`);
    }
    if (s.kind === "error") {
        throw new toolchain_errors/* ToolchainError */.g("config", "toolchain-sumdb-invalid", `GOSUMDB: ${s.error}`);
    }
    const attempts = [];
    if (s.url) {
        return {
            name: s.name,
            key: s.key,
            base: s.url,
            display: show(chain, s.url),
            via: "url",
            attempts,
        };
    }
    let hardError;
    for (const e of chain.proxies) {
        if (e.kind === "noproxy")
            continue;
        if (e.kind === "direct" || e.kind === "off")
            break;
        const origin = show(chain, e.display);
        const g = await getFrom(chain, e.url, `sumdb/${s.name}/supported`);
        const a = { origin, url: g.url, seconds: g.seconds, outcome: "served" };
        if (g.status !== undefined)
            a.status = g.status;
        if (g.error)
            a.error = g.error;
        attempts.push(a);
        if (!g.error && g.status === 200) {
            const base = joinUrl(e.url, `sumdb/${s.name}`);
            return { name: s.name, key: s.key, base, display: show(chain, base), via: "proxy", attempts };
        }
        if ((0,net_http/* isNotFound */.c4)(g)) {
            a.outcome = "not-found";
            continue;
        }
        hardError ??= (0,net_http/* failureText */.kY)(g);
        if (e.fallback === "any") {
            a.outcome = "fell-through";
            continue;
        }
        a.outcome = "stopped";
        break;
    }
    if (hardError) {
        throw new toolchain_errors/* ToolchainError */.g("network", "toolchain-sumdb-failed", `checksum database ${s.name}: ${hardError} (Go stops here rather than going to https://${s.name} directly)`);
    }
    const base = `https://${s.name}`;
    return { name: s.name, key: s.key, base, display: base, via: "direct", attempts };
}
/**
 * Looks path@version up (golang.org/toolchain, or any module) and proves the record in the
 * signed tree. `tileMemo` shares tile downloads between lookups against one database.
 */
async function lookupVerified(chain, access, path, version, tileMemo) {
    const what = `${path}@${version}`;
    const lookup = `lookup/${(0,records/* escapeModulePath */.xk)(path)}@${(0,records/* escapeModuleVersion */.qN)(version)}`;
    const getTile = (t) => {
        if (!tileMemo)
            return getFrom(chain, access.base, t);
        let g = tileMemo.get(t);
        if (!g)
            tileMemo.set(t, (g = getFrom(chain, access.base, t)));
        return g;
    };
    const g = await getFrom(chain, access.base, lookup);
    if (!isOk(g)) {
        const missing = (0,net_http/* isNotFound */.c4)(g);
        throw new toolchain_errors/* ToolchainError */.g(missing ? "security" : "network", missing ? "toolchain-sumdb-no-record" : "toolchain-sumdb-failed", `verifying ${what}: ${(0,net_http/* failureText */.kY)(g)}${missing ? `\nThe checksum database ${access.name} has no record of this toolchain, so nothing can prove the download: it is not installed.` : ""}`);
    }
    const body = g.body;
    const securityError = (err) => new toolchain_errors/* ToolchainError */.g("security", "toolchain-sumdb-unverified", `verifying ${what}: ${err.message}\n\nSECURITY ERROR\nThe checksum database response at ${access.display} is not signed by the configured key (GOSUMDB) or does not prove its record. Nothing was used.`);
    let tilesNeeded;
    try {
        tilesNeeded = openLookup(access.key, body).tiles;
    }
    catch (err) {
        if (err instanceof errors/* SumdbError */.q6)
            throw securityError(err);
        throw err;
    }
    const tiles = new Map();
    await Promise.all(tilesNeeded.map(async (t) => {
        let r = await getTile(t);
        const full = t.replace(/\.p\/\d+$/, "");
        if ((0,net_http/* isNotFound */.c4)(r) && full !== t) {
            const f = await getTile(full);
            if (isOk(f)) {
                tiles.set(full, f.body);
                return;
            }
            r = f;
        }
        if (!isOk(r)) {
            throw new toolchain_errors/* ToolchainError */.g("network", "toolchain-sumdb-failed", `verifying ${what}: ${(0,net_http/* failureText */.kY)(r)}`);
        }
        tiles.set(t, r.body);
    }));
    let v;
    try {
        v = verifyLookup({
            key: access.key,
            body,
            tiles,
            path,
            version,
        });
    }
    catch (err) {
        if (err instanceof errors/* SumdbError */.q6)
            throw securityError(err);
        throw err;
    }
    const zipLine = v.matching.find((l) => !l.goMod);
    if (!zipLine) {
        throw securityError(new Error(`record ${v.id} has no zip hash for ${what}`));
    }
    return {
        database: access.name,
        origin: access.display,
        recordId: v.id,
        record: v.matching.map(records/* formatSumLine */.zg).join("\n"),
        zipHash: zipLine.hash,
        goModHash: v.matching.find((l) => l.goMod)?.hash,
        treeSize: v.tree.n,
        lookupBody: body,
        tiles,
    };
}


/***/ })

};
