export const id = 127;
export const ids = [127];
export const modules = {

/***/ 9508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreBuildCache: () => (/* reexport */ restoreBuildCache),
  serializeBuildState: () => (/* reexport */ serializeBuildState)
});

// UNUSED EXPORTS: BUILD_VARIABLES, DEFAULT_RESAVE_PERCENT, STAMP_AGE_MS, buildCacheKeys, buildSaveAllowed, buildingGoVersions, classifyEntries, hashSources, listEntries, outputNameOf, parseBuildState, planUse, resaveWorthIt, saveBuildCache

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/cache/key.ts
var cache_key = __webpack_require__(5877);
;// CONCATENATED MODULE: ./src/buildcache/key.ts
// The build cache's key: pure.
//
// Key: setup-goproxy-gobuild-v1-<os>-<arch>-<go>-<flags>[-<suffix>]-<deps>-<code>
//   - <os>, <arch>: GOOS/GOARCH as `go env` reports them (the target, not the runner).
//   - <go>: the Go that builds, after a go-version install or a toolchain switch
//     ("go1.26.0"; several joined by "+" when module roots switch to different ones).
//   - <flags>: 12 hex of a hash over the variables that change every action ID
//     (BUILD_VARIABLES); an entry built with other flags is never hit, only carried.
//   - <deps>: 12 hex of the go.sum/go.mod/go.work texts; <code>: 12 hex of the sources.
// Restore keys fall back to the newest entry with the same dependencies, then the newest
// with the same platform, Go and flags: Go's own action IDs decide what is still valid.


const BUILD_KEY_PREFIX = "setup-goproxy-gobuild-v1";
/** `go env` variables that enter every action ID (or the toolchain's own), so the key names them. */
const BUILD_VARIABLES = [
    "CGO_ENABLED",
    "GOFLAGS",
    "GOEXPERIMENT",
    "GO386",
    "GOAMD64",
    "GOARM",
    "GOARM64",
    "GOMIPS",
    "GOMIPS64",
    "GOPPC64",
    "GORISCV64",
    "GOWASM",
];
const key_short = (hex) => hex.slice(0, 12);
function clean(part) {
    return part.replace(/[^A-Za-z0-9._+]+/g, "_");
}
function flagsHash(variables) {
    const h = (0,external_node_crypto_.createHash)("sha256");
    for (const name of BUILD_VARIABLES)
        h.update(`${name}=${variables[name] ?? ""}\n`);
    return h.digest("hex");
}
function buildCacheKeys(input) {
    if (!input.goVersions.length)
        throw new Error("buildCacheKeys needs the Go version that builds");
    const go = [...new Set(input.goVersions)].sort().map(clean).join("+");
    const suffix = input.suffix
        ?.trim()
        .replace(/[\s,]+/g, "-")
        .replace(/^-+|-+$/g, "");
    const platform = [
        BUILD_KEY_PREFIX,
        clean(input.goos),
        clean(input.goarch),
        go,
        key_short(flagsHash(input.variables)),
        ...(suffix ? [suffix.slice(0, 100)] : []),
    ].join("-");
    const deps = `${platform}-${key_short(input.depsHash)}`;
    const key = `${deps}-${key_short(input.codeHash)}`;
    if (key.length > cache_key/* MAX_KEY_LENGTH */.uf)
        throw new Error(`build cache key too long: ${key}`);
    return { key, restoreKeys: [`${deps}-`, `${platform}-`] };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cache/toolkit.ts + 345 modules
var toolkit = __webpack_require__(869);
// EXTERNAL MODULE: ./src/download/go-command.ts
var go_command = __webpack_require__(3600);
// EXTERNAL MODULE: ./src/toolchain/prewarm.ts
var prewarm = __webpack_require__(3459);
;// CONCATENATED MODULE: ./src/buildcache/entries.ts
// GOCACHE's entries and Go's own use-stamping (cmd/go/internal/cache/cache.go, the same rule
// in Go 1.19 and 1.26):
//   - entries are GOCACHE/<2 hex>/<hash>-a (action → output ID, size) and <hash>-d (the
//     output; a directory holding one executable since Go 1.24);
//   - a hit sets the entry's mtime to now, but only when it is at least an hour old
//     (mtimeInterval); a new entry is written now;
//   - a go command trims entries older than 5 days + 1 hour, at most once per 24 h as
//     recorded in trim.txt.
// So after a restore every entry is stamped a day back and trim.txt set to now: whatever the
// job's builds and tests hit is re-stamped by Go itself, nothing is trimmed under it, and in
// the post step anything still older than the main step's start was not used. An edge: files.


/** How far back restored entries are stamped: past mtimeInterval (1 h), well before trimLimit (5 d). */
const STAMP_AGE_MS = 24 * 3600 * 1000;
/** Files or directories written at once; keeps a 100k-entry cache from opening 100k handles. */
const BATCH = 256;
const SUBDIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
async function inBatches(items, fn) {
    for (let i = 0; i < items.length; i += BATCH)
        await Promise.all(items.slice(i, i + BATCH).map(fn));
}
async function sizeOf(path, isDir, size) {
    if (!isDir)
        return size;
    let total = 0;
    for (const e of await (0,promises_.readdir)(path, { withFileTypes: true }).catch(() => [])) {
        if (e.isFile())
            total += (await (0,promises_.lstat)((0,external_node_path_.join)(path, e.name))).size;
    }
    return total;
}
/** Every -a and -d entry under GOCACHE (none when it does not exist). */
async function listEntries(gocache) {
    const out = [];
    for (const sub of SUBDIRS) {
        const names = await (0,promises_.readdir)((0,external_node_path_.join)(gocache, sub)).catch(() => []);
        const wanted = names.filter((n) => n.endsWith("-a") || n.endsWith("-d"));
        await inBatches(wanted, async (n) => {
            const path = (0,external_node_path_.join)(gocache, sub, n);
            const st = await (0,promises_.lstat)(path).catch(() => undefined);
            if (!st)
                return;
            out.push({
                name: `${sub}/${n}`,
                mtimeMs: st.mtimeMs,
                bytes: await sizeOf(path, st.isDirectory(), st.size),
            });
        });
    }
    return out;
}
function entries_totalBytes(entries) {
    return entries.reduce((n, e) => n + e.bytes, 0);
}
/** Stamps every entry `STAMP_AGE_MS` before `now` and trim.txt at `now` (Go's format: Unix seconds). */
async function stampEntries(gocache, entries, now) {
    const when = new Date(now - STAMP_AGE_MS);
    await inBatches([...entries], (e) => (0,promises_.utimes)((0,external_node_path_.join)(gocache, e.name), when, when).catch(() => { }));
    await (0,promises_.writeFile)((0,external_node_path_.join)(gocache, "trim.txt"), String(Math.floor(now / 1000)));
}
/** The -d name an -a entry points to ("v1 <action> <output> <size> <time>"), when it parses. */
function outputNameOf(actionRecord) {
    const m = /^v1 [0-9a-f]{64} ([0-9a-f]{64}) /.exec(actionRecord);
    return m ? `${m[1].slice(0, 2)}/${m[1]}-d` : undefined;
}
/**
 * Pure: an entry was used when Go stamped it at or after `since`. An output (-d) whose action
 * (-a) was used stays too, even when this job only needed the action record: another job's
 * `go test` or link may need the file.
 */
function planUse(entries, since, restored, outputsOfUsed) {
    const plan = { used: [], unused: [], created: [] };
    for (const e of entries) {
        if (e.mtimeMs >= since || outputsOfUsed.has(e.name)) {
            plan.used.push(e);
            if (!restored.has(e.name))
                plan.created.push(e);
        }
        else
            plan.unused.push(e);
    }
    return plan;
}
/** Reads the used action records and plans (an edge around planUse). */
async function entries_classifyEntries(gocache, since, restored) {
    const entries = await listEntries(gocache);
    const outputs = new Set();
    const usedActions = entries.filter((e) => e.mtimeMs >= since && e.name.endsWith("-a"));
    await inBatches(usedActions, async (e) => {
        const text = await readFile(join(gocache, e.name), "latin1").catch(() => "");
        const out = outputNameOf(text);
        if (out)
            outputs.add(out);
    });
    return planUse(entries, since, restored, outputs);
}
async function entries_removeEntries(gocache, entries) {
    await inBatches([...entries], (e) => rm(join(gocache, e.name), { recursive: true, force: true }));
}

;// CONCATENATED MODULE: ./src/buildcache/sources.ts
// The part of the build cache key that follows the code: a hash of every file the go command
// compiles or assembles under the working directory. An edge: reads files.
//
// Why only these: the key decides when a new entry is worth saving, not what Go may reuse
// (action IDs do that). Files outside the list (embedded assets, testdata) still invalidate
// Go's entries; they just do not make a new key.



const SOURCE_EXTENSIONS = new Set(".go .s .S .sx .c .cc .cpp .cxx .h .hh .hpp .hxx .m .f .F .for .f90 .swig .swigcxx .syso".split(" "));
const GRAPH_FILES = new Set(["go.mod", "go.sum", "go.work", "go.work.sum"]);
/** Bound on the walk: a tree this large is hashed by its first files only. */
const MAX_FILES = 200_000;
function isSource(name) {
    if (GRAPH_FILES.has(name))
        return true;
    const dot = name.lastIndexOf(".");
    return dot > 0 && SOURCE_EXTENSIONS.has(name.slice(dot));
}
/** Directories the go command ignores for ./... (and node_modules, which it never builds). */
function skipDir(name) {
    return (name.startsWith(".") || name.startsWith("_") || name === "testdata" || name === "node_modules");
}
async function hashSources(workdir) {
    const files = [];
    const walk = async (dir) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (files.length >= MAX_FILES)
                return;
            if (e.isDirectory()) {
                if (!skipDir(e.name))
                    await walk((0,external_node_path_.join)(dir, e.name));
            }
            else if (e.isFile() && isSource(e.name))
                files.push((0,external_node_path_.join)(dir, e.name));
        }
    };
    await walk(workdir);
    files.sort();
    const h = (0,external_node_crypto_.createHash)("sha256");
    let bytes = 0;
    for (const f of files) {
        const content = await (0,promises_.readFile)(f);
        bytes += content.length;
        h.update(`${(0,external_node_path_.relative)(workdir, f).split(external_node_path_.sep).join("/")}\0${content.length}\0`);
        h.update(content);
    }
    return { hash: h.digest("hex"), files: files.length, bytes };
}

;// CONCATENATED MODULE: ./src/buildcache/restore.ts
// Restoring GOCACHE as its own cache entry, before any go command runs. An edge: go env,
// files, network (through @actions/cache).
//
// Never fatal: no service, a denied read, a timeout or a corrupt or partial archive is a
// cold build with a notice. After a failed extraction GOCACHE is emptied again (it was empty
// or absent before, or the restore was not attempted), so Go never sees half an entry.










/** The Go that will build in each module root: the local one, or the toolchain a go.mod switches to. */
async function buildingGoVersions(localVersion, rootDirs, env) {
    const plan = await (0,prewarm/* planToolchainPrewarm */.F$)({ dirs: rootDirs, localVersion, env });
    const switched = plan.switches.filter((s) => s.action !== "fail").map((s) => s.toolchain);
    const unswitched = rootDirs.length > plan.switches.length ? [localVersion] : [];
    const all = [...new Set([...switched, ...unswitched])];
    return all.length ? all : [localVersion];
}
async function restoreBuildCache(input) {
    const goenv = await (0,go_command/* goEnvJson */.An)(input.goBin, ["GOOS", "GOARCH", "GOCACHE", ...BUILD_VARIABLES], {
        cwd: input.workdir,
        env: { ...input.env, GOTOOLCHAIN: "local" },
    });
    const gocache = goenv.GOCACHE ?? "";
    if (!gocache || gocache === "off") {
        lib_core/* info */.pq(`Build cache: GOCACHE is ${gocache || "unset"}; nothing to restore or save`);
        return undefined;
    }
    const [goVersions, code] = await Promise.all([
        buildingGoVersions(input.localVersion, input.rootDirs, input.env),
        hashSources(input.workdir),
    ]);
    const keys = buildCacheKeys({
        goos: goenv.GOOS ?? "",
        goarch: goenv.GOARCH ?? "",
        goVersions,
        variables: goenv,
        depsHash: (0,cache_key/* graphHash */.T0)(input.graphFiles),
        codeHash: code.hash,
        ...(input.suffix ? { suffix: input.suffix } : {}),
    });
    const paths = (0,cache_key/* cachePaths */.Rl)(gocache, "full");
    const restoredList = (0,external_node_path_.join)(input.stateDir, "gocache-restored.txt");
    const started = performance.now();
    let hit = "miss";
    let matchedKey;
    let skipped;
    let problem;
    let archiveBytes;
    const before = await (0,promises_.readdir)(gocache).catch(() => []);
    const mode = (0,toolkit/* cacheMode */.Mq)(input.env);
    if (!(0,toolkit/* modeAllowsRead */.gR)(mode))
        skipped = `the cache mode '${mode}' does not permit reads`;
    else if (!(0,toolkit/* cacheServiceAvailable */.jI)())
        skipped = "no Actions cache service is available to this job";
    else if (before.length && !before.includes("README"))
        skipped = `GOCACHE (${gocache}) holds files but no Go README: not restoring over a directory Go does not manage`;
    else {
        try {
            const call = (0,toolkit/* captureToolkit */.hK)(() => toolkit/* cache.restoreCache */.PP.restoreCache(paths.slice(), keys.key, keys.restoreKeys.slice()));
            const first = await Promise.race([call, timeout(input.timeoutSeconds)]);
            if (first === "timeout") {
                problem = `the restore did not finish within ${input.timeoutSeconds} s`;
            }
            else {
                archiveBytes = (0,toolkit/* archiveBytesFrom */.ey)(first.log);
                problem = (0,toolkit/* firstComplaint */.oM)(first.log);
                if (first.value !== undefined && !problem) {
                    matchedKey = first.value;
                    hit = first.value === keys.key ? "exact" : "partial";
                }
            }
        }
        catch (e) {
            problem = e instanceof Error ? e.message : String(e);
        }
        // A failed extraction may leave half an archive: start cold from what was there (nothing).
        if (problem && !before.length)
            await (0,promises_.rm)(gocache, { recursive: true, force: true });
    }
    const restoreSeconds = (performance.now() - started) / 1000;
    const t = performance.now();
    const entries = hit === "miss" ? [] : await listEntries(gocache);
    if (entries.length)
        await stampEntries(gocache, entries, Date.now());
    await (0,promises_.mkdir)(input.stateDir, { recursive: true });
    await (0,promises_.writeFile)(restoredList, entries.map((e) => e.name).join("\n"));
    const stampSeconds = (performance.now() - t) / 1000;
    const state = {
        v: 1,
        gocache,
        paths,
        key: keys.key,
        hit,
        since: input.since,
        restoredList,
        restored: {
            entries: entries.length,
            bytes: entries_totalBytes(entries),
            ...(archiveBytes !== undefined && hit !== "miss" ? { archiveBytes } : {}),
        },
        restoreSeconds,
        stampSeconds,
        ...(matchedKey !== undefined ? { matchedKey } : {}),
        ...(skipped ? { skipped } : {}),
        ...(problem ? { problem } : {}),
    };
    announce(state);
    return state;
}
function timeout(seconds) {
    return new Promise((resolve) => setTimeout(() => resolve("timeout"), seconds * 1000).unref());
}
function announce(s) {
    if (s.problem)
        lib_core/* notice */.lm(`Build cache not restored, building cold: ${s.problem}`, { title: "Build cache" });
    const size = s.restored.archiveBytes !== undefined ? `, ${(0,toolkit/* humanBytes */.p6)(s.restored.archiveBytes)}` : "";
    const took = `${s.restoreSeconds.toFixed(1)} s${size}; ${s.restored.entries} entries stamped in ${s.stampSeconds.toFixed(1)} s`;
    if (s.hit === "exact")
        lib_core/* info */.pq(`Build cache: exact hit ${s.key} (${took})`);
    else if (s.hit === "partial")
        lib_core/* info */.pq(`Build cache: restored ${s.matchedKey} for ${s.key} (${took})`);
    else
        lib_core/* info */.pq(`Build cache: miss for ${s.key}${s.skipped ? ` (${s.skipped})` : ""}`);
}

// EXTERNAL MODULE: ./src/cache/save.ts
var save = __webpack_require__(353);
// EXTERNAL MODULE: ./src/buildcache/policy.ts
var policy = __webpack_require__(5958);
;// CONCATENATED MODULE: ./src/buildcache/save.ts
// The post step for the build cache: find what the job used (Go stamped it), decide whether
// saving is allowed and worth it, drop what was not used, save. An edge: files, network.
//
// Never fatal: a denied write, a collision (another job saved this key first: the toolkit
// answers at once, no waiting), a failed or slow upload leave a notice and a green job.






const tally = (entries) => ({
    entries: entries.length,
    bytes: totalBytes(entries),
});
async function saveBuildCache(state, opts) {
    const env = opts.env ?? process.env;
    let t = performance.now();
    const lap = () => {
        const now = performance.now();
        const s = (now - t) / 1000;
        t = now;
        return s;
    };
    const restored = new Set((await readFile(state.restoredList, "utf8").catch(() => "")).split("\n").filter(Boolean));
    const use = await classifyEntries(state.gocache, state.since, restored);
    const seconds = { classify: lap(), drop: 0, save: 0 };
    const base = {
        used: tally(use.used),
        created: tally(use.created),
        unused: tally(use.unused),
        dropped: false,
    };
    const done = (f) => {
        const facts = { ...base, ...f, seconds };
        if (opts.announce ?? true)
            save_announce(facts);
        return facts;
    };
    const skip = (reason) => done({ saved: false, outcome: "skipped", reason: `not saved: ${reason}` });
    const ctx = opts.context ?? (await readEventContext(env));
    const allowed = buildSaveAllowed(opts.policy, ctx);
    if (!allowed.allowed)
        return skip(allowed.reason);
    const mode = cacheMode(env);
    if (!modeAllowsWrite(mode))
        return skip(`the cache mode '${mode}' does not permit writes`);
    if (!cacheServiceAvailable())
        return skip("no Actions cache service is available to this job");
    const worth = resaveWorthIt({
        hit: state.hit,
        usedBytes: base.used.bytes,
        createdBytes: base.created.bytes,
        unusedBytes: base.unused.bytes,
    }, opts.resavePercent);
    if (!worth.worth)
        return skip(worth.reason);
    await removeEntries(state.gocache, use.unused);
    base.dropped = true;
    seconds.drop = lap();
    let outcome;
    try {
        outcome = await upload(state, opts.timeoutSeconds);
    }
    finally {
        seconds.save = lap();
    }
    const size = outcome.archiveBytes !== undefined ? { archiveBytes: outcome.archiveBytes } : {};
    if (outcome.kind === "saved")
        return done({
            saved: true,
            outcome: "saved",
            reason: `saved: ${worth.reason}; ${allowed.reason}`,
            ...size,
        });
    return done({
        saved: false,
        outcome: outcome.kind,
        reason: `not saved: ${outcome.why}`,
        ...size,
    });
}
async function upload(state, timeoutSeconds) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutSeconds * 1000);
        timer.unref();
    });
    try {
        const first = await Promise.race([
            captureToolkit(() => cache.saveCache(state.paths.slice(), state.key)),
            timeout,
        ]);
        if (first === "timeout") {
            stopCapture();
            return { kind: "timeout", why: `the upload did not finish within ${timeoutSeconds} s` };
        }
        const archiveBytes = archiveBytesFrom(first.log);
        const size = archiveBytes !== undefined ? { archiveBytes } : {};
        const said = firstComplaint(first.log);
        if (said && /cache write denied:/.test(said))
            return { kind: "denied", why: `the cache service denied the write (${said})`, ...size };
        if (said)
            return { kind: "failed", why: said, ...size };
        if (first.value < 0 || first.log.infos.some((l) => /Unable to reserve cache/.test(l)))
            return { kind: "collision", why: `another job saved ${state.key} first`, ...size };
        return { kind: "saved", ...size };
    }
    catch (e) {
        return { kind: "failed", why: e instanceof Error ? e.message : String(e) };
    }
    finally {
        clearTimeout(timer);
    }
}
function save_announce(f) {
    const size = f.archiveBytes !== undefined ? `, ${humanBytes(f.archiveBytes)}` : "";
    const text = `Build cache ${f.reason} (${f.seconds.save.toFixed(1)} s${size}; used ${f.used.entries} entries, ${f.created.entries} new, ${f.unused.entries} unused${f.dropped ? " dropped" : ""})`;
    if (f.outcome === "saved" || f.outcome === "skipped" || f.outcome === "collision")
        core.info(text);
    else
        core.notice(text, { title: "Build cache" });
}

;// CONCATENATED MODULE: ./src/buildcache/state.ts
function serializeBuildState(s) {
    return JSON.stringify(s);
}
function parseBuildState(text) {
    if (!text)
        return undefined;
    try {
        const s = JSON.parse(text);
        if (s.v !== 1 || typeof s.key !== "string" || typeof s.gocache !== "string" || !s.paths)
            return undefined;
        return s;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/buildcache/index.ts
// The build cache (GOCACHE) as its own cache entry. See each file for the rules.
//
// Main step, before any go command, side by side with the module cache's restore:
//   const state = await restoreBuildCache({ goBin, localVersion, env, workdir, rootDirs,
//                                           graphFiles, suffix, since, stateDir, timeoutSeconds });
//   core.saveState("build-cache", serializeBuildState(state));
// Post step:
//   const facts = await saveBuildCache(parseBuildState(core.getState("build-cache")), opts);









/***/ }),

/***/ 8445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ manifestOf),
/* harmony export */   V: () => (/* binding */ versionSet)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// A manifest of what the module download cache holds: a digest of every content file's
// relative path and size, small enough to carry from the main step to the post step as
// action state. Equal digests at restore time and at save time mean "nothing new to save".
// Module files are immutable per version (Go verifies them against go.sum), so path + size
// is a faithful fingerprint; only @v/list changes in place, and it changes only when a .mod
// file appears or disappears, which the digest already sees.

function manifestOf(scan, opts = {}) {
    const lines = [];
    let files = 0;
    let bytes = 0;
    let versions = 0;
    for (const m of scan.modules) {
        for (const f of m.others) {
            lines.push(`${m.path}/@v/${f.name}\t${f.size}`);
            files++;
            bytes += f.size;
        }
        for (const v of m.versions) {
            if (v.files.length > 0)
                versions++;
            for (const f of v.files) {
                lines.push(`${m.path}/@v/${f.name}\t${f.size}`);
                files++;
                bytes += f.size;
            }
        }
    }
    if (opts.includeSumdb)
        lines.push(`sumdb\t${scan.sumdbFiles}\t${scan.sumdbBytes}`);
    for (const dir of opts.extracted ?? [])
        lines.push(`extracted\t${dir}`);
    lines.sort();
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(lines.join("\n")).digest("hex");
    return { versions, files, bytes, sumdbBytes: scan.sumdbBytes, digest };
}
/** The "path@version" set of a scan: what a restore brought (or what was there before it). */
function versionSet(scan) {
    const set = new Set();
    for (const m of scan.modules)
        for (const v of m.versions)
            set.add(`${v.path}@${v.version}`);
    return set;
}


/***/ }),

/***/ 4406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z1: () => (/* binding */ escapeModuleString),
/* harmony export */   cP: () => (/* binding */ unescapeModuleString),
/* harmony export */   mU: () => (/* binding */ compareSemver),
/* harmony export */   nk: () => (/* binding */ isScratchFile),
/* harmony export */   qu: () => (/* binding */ versionListText),
/* harmony export */   s7: () => (/* binding */ listExtractedModules),
/* harmony export */   wi: () => (/* binding */ scanDownloadCache),
/* harmony export */   wr: () => (/* binding */ versionFileStem)
/* harmony export */ });
/* unused harmony export isCanonicalVersion */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The layout of Go's module download cache ($GOMODCACHE/cache/download), read as data:
// every module version with its files and sizes. Shared by the manifest, the warm check and
// the pruner. An edge: it reads the directory tree (nothing here writes).
//
// Layout (cmd/go/internal/modfetch/cache.go):
//   cache/download/<escaped module path>/@v/<escaped version>.{info,mod,zip,ziphash,lock,partial}
//   cache/download/<escaped module path>/@v/list        versions that have a .mod, semver order
//   cache/download/sumdb/<db name>/{lookup,tile}/...    checksum-database cache (not a module)


/** Files Go creates and removes around its own work; never content, never cached. */
function isScratchFile(name) {
    return (name.endsWith(".lock") ||
        name.endsWith(".partial") ||
        /\.tmp(-\d+)?$/.test(name) ||
        /\.tmp-\d+/.test(name));
}
/** module.EscapePath / EscapeVersion: upper case letters become "!" + lower case. */
function escapeModuleString(s) {
    return s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
/** The inverse of escapeModuleString; undefined when `s` is not a valid escape. */
function unescapeModuleString(s) {
    if (/[A-Z]/.test(s) || /![^a-z]|!$/.test(s))
        return undefined;
    return s.replace(/!([a-z])/g, (_m, c) => c.toUpperCase());
}
/** The file extensions that belong to one version, in the order Go's download makes them complete. */
const VERSION_EXTS = [".info", ".mod", ".zip", ".ziphash"];
/** Splits an @v file name into the version stem and extension, for version files only. */
function versionFileStem(name) {
    for (const ext of VERSION_EXTS) {
        if (name.endsWith(ext) && name.length > ext.length)
            return name.slice(0, -ext.length);
    }
    return undefined;
}
const MAX_ENTRIES = 2_000_000;
/**
 * Reads cache/download. Missing root: an empty scan. Bounded: stops after MAX_ENTRIES entries.
 * Symbolic links are not followed (Go never makes any there).
 */
async function scanDownloadCache(root) {
    const scan = { root, modules: [], sumdbBytes: 0, sumdbFiles: 0, scratch: [] };
    let seen = 0;
    const walk = async (dir, rel) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        seen += entries.length;
        if (seen > MAX_ENTRIES)
            return;
        for (const e of entries) {
            if (!e.isDirectory())
                continue;
            const childRel = rel ? `${rel}/${e.name}` : e.name;
            if (e.name === "@v") {
                const mod = await readVersionDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name), rel, scan);
                if (mod)
                    scan.modules.push(mod);
            }
            else if (rel === "" && e.name === "sumdb") {
                await sizeTree((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name), scan);
            }
            else {
                await walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name), childRel);
            }
        }
    };
    await walk(root, "");
    scan.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return scan;
}
async function sizeTree(dir, scan) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true, recursive: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (!e.isFile())
            continue;
        try {
            scan.sumdbBytes += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(e.parentPath, e.name))).size;
            scan.sumdbFiles++;
        }
        catch {
            // removed while we looked
        }
    }
}
async function readVersionDir(dir, escapedPath, scan) {
    const path = unescapeModuleString(escapedPath);
    if (path === undefined || escapedPath === "")
        return undefined;
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return undefined;
    }
    const byStem = new Map();
    const others = [];
    for (const e of entries) {
        if (!e.isFile())
            continue;
        if (isScratchFile(e.name)) {
            scan.scratch.push(`${escapedPath}/@v/${e.name}`);
            continue;
        }
        let size;
        try {
            size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name))).size;
        }
        catch {
            continue;
        }
        const stem = versionFileStem(e.name);
        if (stem === undefined) {
            others.push({ name: e.name, size });
            continue;
        }
        const list = byStem.get(stem) ?? [];
        list.push({ name: e.name, size });
        byStem.set(stem, list);
    }
    const versions = [];
    for (const [stem, files] of byStem) {
        const version = unescapeModuleString(stem);
        if (version === undefined) {
            others.push(...files);
            continue;
        }
        files.sort((a, b) => (a.name < b.name ? -1 : 1));
        const has = (ext) => files.some((f) => f.name === stem + ext);
        versions.push({
            path,
            version,
            dir,
            stem,
            files,
            bytes: files.reduce((n, f) => n + f.size, 0),
            hasMod: has(".mod"),
            hasZip: has(".zip"),
            hasInfo: has(".info"),
        });
    }
    versions.sort((a, b) => compareSemver(a.version, b.version));
    others.sort((a, b) => (a.name < b.name ? -1 : 1));
    return { path, dir, versions, others };
}
const SEMVER = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$/;
function parseSemver(v) {
    const m = SEMVER.exec(v);
    if (!m)
        return undefined;
    // semver: a shorthand (v1, v1.2) takes no prerelease or build
    if ((m[2] === undefined || m[3] === undefined) && /[-+]/.test(v))
        return undefined;
    const pre = m[4]?.split(".") ?? [];
    for (const id of pre)
        if (/^\d+$/.test(id) && id.length > 1 && id.startsWith("0"))
            return undefined;
    return { nums: [m[1], m[2] ?? "0", m[3] ?? "0"], pre };
}
function compareNum(a, b) {
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function comparePre(a, b) {
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return compareNum(x, y);
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
/** semver.Compare, with ties (and invalid versions, which sort first) broken by the string, as semver.Sort does. */
function compareSemver(a, b) {
    const pa = parseSemver(a);
    const pb = parseSemver(b);
    let c = 0;
    if (pa && pb) {
        for (let i = 0; i < 3 && c === 0; i++)
            c = compareNum(pa.nums[i], pb.nums[i]);
        if (c === 0)
            c = comparePre(pa.pre, pb.pre);
    }
    else if (pa || pb) {
        c = pa ? 1 : -1;
    }
    return c !== 0 ? c : a < b ? -1 : a > b ? 1 : 0;
}
/** module.CanonicalVersion(v) === v: the versions Go lists in @v/list. */
function isCanonicalVersion(v) {
    const m = /^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+incompatible)?$/.exec(v);
    return m !== null && parseSemver(v.replace(/\+incompatible$/, "")) !== undefined;
}
/** The @v/list text Go's rewriteVersionList writes: canonical versions with a .mod file, in semver order. */
function versionListText(modStems) {
    return modStems
        .filter(isCanonicalVersion)
        .sort(compareSemver)
        .map((v) => `${v}\n`)
        .join("");
}
/**
 * The extracted module trees under GOMODCACHE ("github.com/x/y@v1.2.0"), without descending into
 * them: a cheap fingerprint of the `full` layout's extra content. Skips cache/. Bounded.
 */
async function listExtractedModules(gomodcache) {
    const found = [];
    let seen = 0;
    const walk = async (dir, rel) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (!e.isDirectory() || ++seen > MAX_ENTRIES)
                continue;
            const childRel = rel ? `${rel}/${e.name}` : e.name;
            if (rel === "" && e.name === "cache")
                continue;
            if (e.name.includes("@"))
                found.push(childRel);
            else
                await walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name), childRel);
        }
    };
    await walk(gomodcache, "");
    return found.sort();
}


/***/ }),

/***/ 353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mu: () => (/* binding */ saveModuleCache),
/* harmony export */   sV: () => (/* binding */ cacheFacts),
/* harmony export */   ws: () => (/* binding */ readEventContext)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5877);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8445);
/* harmony import */ var _modcache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4406);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4798);
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(869);
// Saving the module cache in the post step, only when it changes something. An edge:
// network (through @actions/cache), files, annotations.
//
// Never fatal unless `strict`: a denied save (a fork's read-only token), a reserve collision
// (another job saved this key first), a service or network failure mid-upload — each leaves a
// notice and the job green. `timeoutSeconds` bounds the whole save; the caller should end the
// process right after (the toolkit may leave keep-alive sockets and, after a timeout, an
// upload running).








/** GITHUB_EVENT_NAME, GITHUB_REF and the payload's repository.default_branch. Reads GITHUB_EVENT_PATH. */
async function readEventContext(env = process.env) {
    const ctx = {};
    if (env.GITHUB_EVENT_NAME)
        ctx.eventName = env.GITHUB_EVENT_NAME;
    if (env.GITHUB_REF)
        ctx.ref = env.GITHUB_REF;
    if (env.GITHUB_EVENT_PATH) {
        try {
            const payload = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(env.GITHUB_EVENT_PATH, "utf8"));
            const b = payload.repository?.default_branch;
            if (typeof b === "string" && b)
                ctx.defaultBranch = b;
        }
        catch {
            // no payload: default-branch cannot be decided, auto still works
        }
    }
    return ctx;
}
async function saveModuleCache(state, opts) {
    const env = opts.env ?? process.env;
    const announce = opts.announce ?? true;
    const started = performance.now();
    const done = (f) => {
        const { quiet, ...rest } = f;
        const facts = {
            failed: false,
            ...rest,
            seconds: (performance.now() - started) / 1000,
        };
        if (announce)
            announceSave(facts, quiet === true);
        return facts;
    };
    const skip = (reason, manifest) => done({ saved: false, outcome: "skipped", reason, ...(manifest ? { manifest } : {}) });
    const byState = (0,_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .stateAllows */ .IH)(state);
    if (!byState.allowed)
        return skip(`not saved: ${byState.reason}`);
    const ctx = opts.context ?? (await readEventContext(env));
    const byPolicy = (0,_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .policyAllows */ .Jy)(opts.policy, ctx);
    if (!byPolicy.allowed)
        return skip(`not saved: ${byPolicy.reason}`);
    const mode = (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_7__/* .cacheMode */ .Mq)(env);
    if (!(0,_toolkit_js__WEBPACK_IMPORTED_MODULE_7__/* .modeAllowsWrite */ .VF)(mode))
        return skip(`not saved: the cache mode '${mode}' does not permit writes`);
    if (!(0,_toolkit_js__WEBPACK_IMPORTED_MODULE_7__/* .cacheServiceAvailable */ .jI)())
        return skip("not saved: no Actions cache service is available to this job");
    const dl = (0,_key_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadDir */ .cP)(state.gomodcache);
    const scratchRemoved = await removeScratch(dl);
    const scan = await (0,_modcache_js__WEBPACK_IMPORTED_MODULE_5__/* .scanDownloadCache */ .wi)(dl);
    const extracted = state.layout === "full" ? await (0,_modcache_js__WEBPACK_IMPORTED_MODULE_5__/* .listExtractedModules */ .s7)(state.gomodcache) : undefined;
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestOf */ .$)(scan, {
        includeSumdb: state.layout === "full",
        ...(extracted ? { extracted } : {}),
    });
    if (manifest.versions === 0)
        return skip("not saved: the module cache is empty", manifest);
    if (state.hit === "exact" && manifest.digest === state.restoredManifest.digest)
        return skip("not saved: exact hit and nothing new since the restore", manifest);
    let id;
    let log;
    let thrown;
    try {
        const call = (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_7__/* .captureToolkit */ .hK)(() => _toolkit_js__WEBPACK_IMPORTED_MODULE_7__/* .cache.saveCache */ .PP.saveCache(state.paths.slice(), state.key));
        const first = opts.timeoutSeconds && opts.timeoutSeconds > 0
            ? await (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_7__/* .withinSeconds */ .NH)(call, opts.timeoutSeconds)
            : await call;
        if (first === "timeout") {
            return done({
                saved: false,
                outcome: "timeout",
                reason: `not saved: the upload did not finish within ${opts.timeoutSeconds} s (cache-timeout)`,
                manifest,
                scratchRemoved,
                failed: opts.strict === true,
            });
        }
        id = first.value;
        log = first.log;
    }
    catch (e) {
        thrown = e instanceof Error ? e.message : String(e);
    }
    const archiveBytes = log ? (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_7__/* .archiveBytesFrom */ .ey)(log) : undefined;
    const base = {
        manifest,
        scratchRemoved,
        ...(archiveBytes !== undefined ? { archiveBytes } : {}),
    };
    const said = thrown ?? (log ? (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_7__/* .firstComplaint */ .oM)(log) : undefined);
    const collision = log?.infos.find((l) => /Failed to save: Unable to reserve cache/.test(l));
    if (said && /cache write denied:/.test(said))
        return done({
            ...base,
            saved: false,
            outcome: "denied",
            reason: `not saved: the cache service denied the write (${said})`,
            failed: opts.strict === true,
        });
    if (said)
        return done({
            ...base,
            saved: false,
            outcome: "failed",
            reason: `not saved: ${said}`,
            failed: opts.strict === true,
        });
    if (collision || id === undefined || id < 0)
        return done({
            ...base,
            saved: false,
            outcome: "collision",
            reason: state.hit === "exact"
                ? `not saved: ${state.key} already exists (this run restored it); what this run added stays out of the cache until the module graph changes`
                : `not saved: another job saved ${state.key} first`,
            quiet: state.hit === "exact",
        });
    return done({
        ...base,
        saved: true,
        outcome: "saved",
        cacheId: id,
        reason: `saved: ${reasonForSaving(state)}; ${byPolicy.reason}`,
    });
}
function reasonForSaving(state) {
    if (state.hit === "miss")
        return "no entry matched";
    if (state.hit === "partial")
        return `restored from ${state.matchedKey ?? "a fallback key"}, pruned and refilled`;
    return "exact hit, with new modules since the restore";
}
function announceSave(f, quiet) {
    const size = f.archiveBytes !== undefined ? `, ${(0,_toolkit_js__WEBPACK_IMPORTED_MODULE_7__/* .humanBytes */ .p6)(f.archiveBytes)}` : "";
    const text = `Module cache ${f.reason} (${f.seconds.toFixed(1)} s${size})`;
    if (f.failed)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(text, { title: "Module cache" });
    else if (f.outcome === "timeout")
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(text, { title: "Module cache" });
    else if (!quiet && f.outcome !== "saved" && f.outcome !== "skipped")
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(text, { title: "Module cache" });
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
}
/** Go's lock files, partial downloads and temporaries in cache/download: never worth archiving. */
async function removeScratch(dl) {
    let removed = 0;
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dl, { withFileTypes: true, recursive: true });
    }
    catch {
        return 0;
    }
    for (const e of entries) {
        if (!e.isFile() || !(0,_modcache_js__WEBPACK_IMPORTED_MODULE_5__/* .isScratchFile */ .nk)(e.name))
            continue;
        if (e.parentPath.split(/[\\/]/).includes("sumdb"))
            continue;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(e.parentPath, e.name));
            removed++;
        }
        catch {
            // in use or already gone
        }
    }
    return removed;
}
/** Item 7: the facts for the report, from the carried state and the save (absent when post did not run). */
function cacheFacts(state, save) {
    const problems = [
        state.restoreSkipped ? `restore skipped: ${state.restoreSkipped}` : "",
        state.restoreProblem ? `restore failed: ${state.restoreProblem}` : "",
    ].filter(Boolean);
    return {
        hit: state.hit,
        key: state.key,
        matchedKey: state.matchedKey ?? null,
        restoreSeconds: round(state.restoreSeconds),
        saveSeconds: save ? round(save.seconds) : null,
        archiveBytes: {
            restored: state.restoredArchiveBytes ?? null,
            saved: save?.saved ? (save.archiveBytes ?? null) : null,
        },
        pruned: state.pruned ?? { versions: 0, bytes: 0 },
        saved: save?.saved ?? false,
        reason: [save?.reason ?? "not saved: the post step did not run", ...problems].join("; "),
    };
}
function round(s) {
    return Math.round(s * 1000) / 1000;
}


/***/ })

};
