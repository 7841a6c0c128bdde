export const id = 503;
export const ids = [503];
export const modules = {

/***/ 2503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreBuildCache: () => (/* reexport */ restoreBuildCache),
  serializeBuildState: () => (/* reexport */ serializeBuildState)
});

// UNUSED EXPORTS: BUILD_VARIABLES, DEFAULT_RESAVE_PERCENT, STAMP_AGE_MS, buildCacheKeys, buildSaveAllowed, buildingGoVersions, classifyEntries, hashSources, listEntries, outputNameOf, parseBuildState, planUse, resaveWorthIt, saveBuildCache

// EXTERNAL MODULE: ./src/buildcache/key.ts
var key = __webpack_require__(701);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cache/key.ts
var cache_key = __webpack_require__(5877);
// EXTERNAL MODULE: ./src/cache/toolkit.ts
var toolkit = __webpack_require__(6088);
// EXTERNAL MODULE: ./src/cache/transfer.ts
var transfer = __webpack_require__(6423);
// EXTERNAL MODULE: ./src/redact/untrusted-echo.ts
var untrusted_echo = __webpack_require__(7977);
// EXTERNAL MODULE: ./src/toolchain/switch-plan.ts
var switch_plan = __webpack_require__(5751);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/buildcache/entries.ts
// GOCACHE's entries and Go's own use-stamping (cmd/go/internal/cache/cache.go, the same rule
// in Go 1.19 and 1.26):
//   - entries are GOCACHE/<2 hex>/<hash>-a (action → output ID, size) and <hash>-d (the
//     output; a directory holding one executable since Go 1.24);
//   - a hit sets the entry's mtime to now, but only when it is at least an hour old
//     (mtimeInterval); a new entry is written now;
//   - a go command trims entries older than 5 days + 1 hour, at most once per 24 h as
//     recorded in trim.txt.
// So after a restore every entry is a day old (the post step stamps what it saves a day back,
// the restore stamps whatever is too recent) and trim.txt is set to now: whatever the job's
// builds and tests hit is re-stamped by Go itself, nothing is trimmed under it, and in the post
// step anything still older than the main step's start was not used. An edge: files.
//
// Files are listed, read and stamped synchronously: an entry is a ~150-byte file, and an async
// call per file is a thread-pool round trip each. On 3,483 entries listing and reading the
// action records took 150 ms that way, 30 ms synchronously.



/** How far back restored entries are stamped: past mtimeInterval (1 h), well before trimLimit (5 d). */
const STAMP_AGE_MS = 24 * 3600 * 1000;
/** An entry older than this is re-stamped by Go on a hit (twice mtimeInterval: clocks differ). */
const OLD_ENOUGH_MS = 2 * 3600 * 1000;
/** Entries removed at once; keeps a 100k-entry cache from opening 100k handles. */
const BATCH = 256;
const SUBDIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const names = (dir) => {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
};
function sizeOf(path, isDir, size) {
    if (!isDir)
        return size;
    let total = 0;
    for (const n of names(path)) {
        const st = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(path, n), { throwIfNoEntry: false });
        if (st?.isFile())
            total += st.size;
    }
    return total;
}
/** Every -a and -d entry under GOCACHE (none when it does not exist). */
async function listEntries(gocache) {
    const out = [];
    for (const sub of SUBDIRS) {
        for (const n of names((0,external_node_path_.join)(gocache, sub))) {
            if (!n.endsWith("-a") && !n.endsWith("-d"))
                continue;
            const path = (0,external_node_path_.join)(gocache, sub, n);
            const st = (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
            if (!st)
                continue;
            out.push({
                name: `${sub}/${n}`,
                mtimeMs: st.mtimeMs,
                bytes: sizeOf(path, st.isDirectory(), st.size),
            });
        }
    }
    return out;
}
function entries_totalBytes(entries) {
    return entries.reduce((n, e) => n + e.bytes, 0);
}
/**
 * Stamps `STAMP_AGE_MS` before `now` every entry too recent for Go to re-stamp on a hit, and
 * trim.txt at `now` (Go's format: Unix seconds). Returns how many entries it stamped: none for
 * an archive saved by the post step, which stamps before it saves.
 */
async function entries_stampEntries(gocache, entries, now) {
    const when = new Date(now - STAMP_AGE_MS);
    const recent = entries.filter((e) => e.mtimeMs > now - OLD_ENOUGH_MS);
    for (const e of recent) {
        try {
            (0,external_node_fs_.utimesSync)((0,external_node_path_.join)(gocache, e.name), when, when);
        }
        catch {
            // removed since it was listed: nothing to stamp
        }
    }
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(gocache, "trim.txt"), String(Math.floor(now / 1000)));
    return recent.length;
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
    for (const e of entries) {
        if (e.mtimeMs < since || !e.name.endsWith("-a"))
            continue;
        let text = "";
        try {
            text = readFileSync(join(gocache, e.name), "latin1");
        }
        catch {
            // removed since it was listed: it points nowhere
        }
        const out = outputNameOf(text);
        if (out)
            outputs.add(out);
    }
    return planUse(entries, since, restored, outputs);
}
async function entries_removeEntries(gocache, entries) {
    for (let i = 0; i < entries.length; i += BATCH)
        await Promise.all(entries
            .slice(i, i + BATCH)
            .map((e) => rm(join(gocache, e.name), { recursive: true, force: true })));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/cache/walk.ts
var walk = __webpack_require__(7529);
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
const MAX_ENTRIES = 400_000;
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
    const visit = (e, dir) => {
        if (e.isDirectory())
            return !skipDir(e.name);
        if (e.isFile() && isSource(e.name))
            files.push((0,external_node_path_.join)(dir, e.name));
        return false;
    };
    (0,walk/* walkTree */.I)(workdir, visit, MAX_ENTRIES);
    files.sort();
    const h = (0,external_node_crypto_.createHash)("sha256");
    let bytes = 0;
    for (const f of files) {
        // Synchronous: one short read per source file, not a thread-pool round trip each.
        const content = (0,external_node_fs_.readFileSync)(f);
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
    const plan = await (0,switch_plan/* planToolchainPrewarm */.F$)({ dirs: rootDirs, localVersion, env });
    const switched = plan.switches.filter((s) => s.action !== "fail").map((s) => s.toolchain);
    const unswitched = rootDirs.length > plan.switches.length ? [localVersion] : [];
    const all = [...new Set([...switched, ...unswitched])];
    return all.length ? all : [localVersion];
}
async function restoreBuildCache(input) {
    const { goenv } = input;
    const gocache = goenv.GOCACHE ?? "";
    if (!gocache || gocache === "off") {
        lib_core/* info */.pq(`Build cache: GOCACHE is ${gocache || "unset"}; nothing to restore or save`);
        return undefined;
    }
    const [goVersions, code] = await Promise.all([
        buildingGoVersions(input.localVersion, input.rootDirs, input.env),
        hashSources(input.workdir),
    ]);
    const keys = (0,key/* buildCacheKeys */.tt)({
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
    const before = await (0,promises_.readdir)(gocache).catch(() => []);
    const skipped = (0,transfer/* cacheClosed */.v3)(input.env, "read") ??
        (before.length && !before.includes("README")
            ? `GOCACHE (${gocache}) holds files but no Go README: not restoring over a directory Go does not manage`
            : undefined);
    const fetched = skipped
        ? { hit: "miss" }
        : await (0,transfer/* fetchEntry */.tg)(paths, keys.key, keys.restoreKeys, input.timeoutSeconds);
    const { hit, matchedKey, archiveBytes, problem } = fetched;
    // A failed extraction may leave half an archive: start cold from what was there (nothing).
    if (problem && !before.length)
        await (0,promises_.rm)(gocache, { recursive: true, force: true });
    const restoreSeconds = (performance.now() - started) / 1000;
    const t = performance.now();
    const entries = hit === "miss" ? [] : await listEntries(gocache);
    const stamped = entries.length ? await entries_stampEntries(gocache, entries, Date.now()) : 0;
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
        stamped,
        stampSeconds,
        ...(matchedKey !== undefined ? { matchedKey } : {}),
        ...(skipped ? { skipped } : {}),
        ...(problem ? { problem } : {}),
    };
    announce(state);
    return state;
}
function announce(s) {
    if (s.problem)
        lib_core/* notice */.lm(`Build cache not restored, building cold: ${s.problem}`, { title: "Build cache" });
    const size = s.restored.archiveBytes !== undefined ? `, ${(0,toolkit/* humanBytes */.p6)(s.restored.archiveBytes)}` : "";
    const took = `${s.restoreSeconds.toFixed(1)} s${size}; ${s.restored.entries} entries, ${s.stamped} stamped in ${s.stampSeconds.toFixed(1)} s`;
    if (s.hit === "exact")
        lib_core/* info */.pq(`Build cache: exact hit ${s.key} (${took})`);
    else if (s.hit === "partial")
        // The matched key is what the cache service says it restored: untrusted text.
        (0,untrusted_echo/* echoUntrusted */.ex)(`Build cache: restored ${s.matchedKey} for ${s.key} (${took})`);
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
    // No service (or a mode without writes) is what happened, whatever the policy would say.
    const closed = cacheClosed(env, "write");
    if (closed)
        return skip(closed);
    const ctx = opts.context ?? (await readEventContext(env));
    const allowed = buildSaveAllowed(opts.policy, ctx);
    if (!allowed.allowed)
        return skip(allowed.reason);
    const worth = resaveWorthIt({
        hit: state.hit,
        usedBytes: base.used.bytes,
        createdBytes: base.created.bytes,
        unusedBytes: base.unused.bytes,
    }, opts.resavePercent);
    if (!worth.worth)
        return skip(worth.reason);
    await removeEntries(state.gocache, use.unused);
    // A day back, so the job that restores this needs no stamping of its own.
    await stampEntries(state.gocache, use.used, Date.now());
    base.dropped = true;
    seconds.drop = lap();
    const stored = await storeEntry(state.paths, state.key, opts.timeoutSeconds);
    seconds.save = lap();
    const size = stored.archiveBytes !== undefined ? { archiveBytes: stored.archiveBytes } : {};
    if (stored.kind === "saved")
        return done({
            saved: true,
            outcome: "saved",
            reason: `saved: ${worth.reason}; ${allowed.reason}`,
            ...size,
        });
    return done({ saved: false, outcome: stored.kind, reason: `not saved: ${stored.why}`, ...size });
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
// What travels from the main step to the post step for the build cache (one action-state
// string), and the facts the summary and outputs show. JSON in, JSON out.

function serializeBuildState(s) {
    return JSON.stringify(s);
}
function parseBuildState(text) {
    return parseStepState(text, (s) => typeof s.key === "string" && typeof s.gocache === "string" && Array.isArray(s.paths));
}

;// CONCATENATED MODULE: ./src/buildcache/index.ts
// The build cache (GOCACHE) as its own cache entry. See each file for the rules.
//
// Main step, before any go command, side by side with the module cache's restore:
//   const state = await restoreBuildCache({ goenv, localVersion, env, workdir, rootDirs,
//                                           graphFiles, suffix, since, stateDir, timeoutSeconds });
//   core.saveState("build-cache", serializeBuildState(state));
// Post step:
//   const facts = await saveBuildCache(parseBuildState(core.getState("build-cache")), opts);









/***/ }),

/***/ 4470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ pruneDownloadCache),
/* harmony export */   Qd: () => (/* binding */ neededFromSums),
/* harmony export */   Sy: () => (/* binding */ neededFromDownload)
/* harmony export */ });
/* unused harmony exports planPrune, applyPrune */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _modcache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4406);
// Pruning the module download cache to what this run needed, after a restore from a fallback
// key: without it every save would carry every module any earlier run ever used (the
// "snowball" that kept restore-keys out of actions/setup-go).
//
// The unit of deletion is a module version: all of its files go, or none. Files are removed
// in the reverse of the order Go's download completes them (.ziphash, .zip, .info, .mod), so
// an interruption leaves a state Go itself produces (a .mod without a zip is how Go caches
// modules it needs only for the module graph). @v/list is rewritten exactly as Go's
// rewriteVersionList would, and module directories left empty are removed.



/** "path@version" for every module line of go.sum / go.work.sum text (both the zip and the go.mod lines). */
function neededFromSums(text) {
    const out = new Set();
    for (const line of text.split("\n")) {
        const f = line.trim().split(/\s+/);
        if (f.length !== 3 || !f[2].includes(":"))
            continue;
        const version = f[1].endsWith("/go.mod") ? f[1].slice(0, -"/go.mod".length) : f[1];
        out.add(`${f[0]}@${version}`);
    }
    return [...out];
}
/** "path@version" for every module object of `go mod download -json` output (errors included: a failed version stays). */
function neededFromDownload(modules) {
    return modules.filter((m) => m.Path && m.Version).map((m) => `${m.Path}@${m.Version}`);
}
/**
 * Which versions to remove: those not needed, among `candidates` (the versions the restore
 * brought that were not there before). Without `candidates` every unneeded version is one.
 */
function planPrune(scan, needed, candidates) {
    const need = new Set(needed);
    const plan = { remove: [], kept: 0, untouched: 0 };
    for (const m of scan.modules) {
        for (const v of m.versions) {
            const id = `${v.path}@${v.version}`;
            if (candidates && !candidates.has(id))
                plan.untouched++;
            else if (need.has(id))
                plan.kept++;
            else
                plan.remove.push(v);
        }
    }
    return plan;
}
const REMOVE_ORDER = [".ziphash", ".zip", ".info", ".mod"];
function removalRank(stem, name) {
    const i = REMOVE_ORDER.findIndex((ext) => name === stem + ext);
    return i < 0 ? REMOVE_ORDER.length : i;
}
/** A file of this version: content, its lock, a partial download, or a temporary of one of them. */
function belongsTo(stem, name) {
    if (!name.startsWith(`${stem}.`))
        return false;
    const rest = name.slice(stem.length + 1);
    return (/^(info|mod|zip|ziphash|lock|partial)$/.test(rest) || /^(info|mod|zip)[^/]*\.tmp$/.test(rest));
}
/** Removes the planned versions from `root` (= $GOMODCACHE/cache/download). */
async function applyPrune(root, plan) {
    const started = performance.now();
    const result = {
        versions: 0,
        bytes: 0,
        files: 0,
        kept: plan.kept,
        untouched: plan.untouched,
        lists: 0,
        removed: [],
        errors: [],
        seconds: 0,
    };
    const touched = new Set();
    for (const v of plan.remove) {
        let names;
        try {
            names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(v.dir)).filter((n) => belongsTo(v.stem, n));
        }
        catch (e) {
            result.errors.push(`${v.dir}: ${e.message}`);
            continue;
        }
        names.sort((a, b) => removalRank(v.stem, a) - removalRank(v.stem, b));
        let ok = true;
        for (const name of names) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(v.dir, name));
                result.files++;
            }
            catch (e) {
                const code = e.code;
                if (code === "ENOENT")
                    continue;
                ok = false;
                result.errors.push(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(v.dir, name)}: ${e.message}`);
                break; // keep the rest of this version: Go still finds a usable state
            }
        }
        touched.add(v.dir);
        if (!ok)
            continue;
        result.versions++;
        result.bytes += v.bytes;
        if (result.removed.length < 50)
            result.removed.push(`${v.path}@${v.version}`);
    }
    for (const dir of touched) {
        try {
            if (await rewriteList(dir))
                result.lists++;
            await removeIfEmpty(root, dir);
        }
        catch (e) {
            result.errors.push(`${dir}: ${e.message}`);
        }
    }
    result.seconds = (performance.now() - started) / 1000;
    return result;
}
/** Rewrites @v/list from the .mod files present; true when it changed. Removes it when no version is left. */
async function rewriteList(dir) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    const modStems = names
        .filter((n) => n.endsWith(".mod"))
        .map((n) => (0,_modcache_js__WEBPACK_IMPORTED_MODULE_2__/* .versionFileStem */ .wr)(n))
        .filter((s) => s !== undefined);
    const listFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "list");
    let old;
    try {
        old = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(listFile, "utf8");
    }
    catch {
        old = undefined;
    }
    const hasVersions = names.some((n) => (0,_modcache_js__WEBPACK_IMPORTED_MODULE_2__/* .versionFileStem */ .wr)(n) !== undefined);
    if (!hasVersions) {
        if (old === undefined)
            return false;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(listFile, { force: true });
        return true;
    }
    const text = (0,_modcache_js__WEBPACK_IMPORTED_MODULE_2__/* .versionListText */ .qu)(modStems);
    if (old === text)
        return false;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(listFile, text);
    return true;
}
/** Removes @v when only lock files are left in it, then empty parents up to (not including) root. */
async function removeIfEmpty(root, dir) {
    const left = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    if (left.some((n) => !n.endsWith(".lock")))
        return;
    for (const n of left)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n));
    let current = dir;
    for (let depth = 0; depth < 256; depth++) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, current);
        if (rel === "" || rel.startsWith(".."))
            return;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)(current);
        }
        catch {
            return; // not empty: another module lives below
        }
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
    }
}
/**
 * Scan, plan and remove in one call. `root` is $GOMODCACHE/cache/download; `needed` the
 * "path@version" list of this run (download output + go.sum files); `candidates` the versions
 * the restore brought (see RestoreOutcome.restoredVersions).
 */
async function pruneDownloadCache(root, needed, candidates) {
    const scan = await (0,_modcache_js__WEBPACK_IMPORTED_MODULE_2__/* .scanDownloadCache */ .wi)(root);
    return applyPrune(root, planPrune(scan, needed, candidates));
}


/***/ }),

/***/ 353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sV: () => (/* binding */ cacheFacts)
/* harmony export */ });
/* unused harmony exports readEventContext, saveModuleCache */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5877);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8445);
/* harmony import */ var _modcache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4406);
/* harmony import */ var _prune_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4470);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4798);
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6088);
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6423);
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
            const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
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
        const facts = {
            failed: false,
            ...f,
            seconds: (performance.now() - started) / 1000,
        };
        if (announce)
            announceSave(facts);
        return facts;
    };
    const skip = (reason, manifest) => done({ saved: false, outcome: "skipped", reason, ...(manifest ? { manifest } : {}) });
    const byState = stateAllows(state);
    if (!byState.allowed)
        return skip(`not saved: ${byState.reason}`);
    const ctx = opts.context ?? (await readEventContext(env));
    const byPolicy = policyAllows(opts.policy, ctx);
    if (!byPolicy.allowed)
        return skip(`not saved: ${byPolicy.reason}`);
    const closed = cacheClosed(env, "write");
    if (closed)
        return skip(`not saved: ${closed}`);
    const dl = downloadDir(state.gomodcache);
    const listed = await scanDownloadCache(dl);
    const scratchRemoved = await removeScratch(dl, listed.scratch);
    // An exact hit saves nothing: what it holds stays as the job left it.
    const leftOut = state.hit === "exact" ? 0 : await dropUnverifiable(dl, listed, state.unverifiable ?? []);
    const extracted = state.layout === "full" ? await listExtractedModules(state.gomodcache) : undefined;
    // The listing leaves scratch files out already; only what dropUnverifiable removed is new.
    const manifest = manifestOf(leftOut ? await scanDownloadCache(dl) : listed, {
        includeSumdb: state.layout === "full",
        ...(extracted ? { extracted } : {}),
    });
    if (manifest.versions === 0)
        return skip(leftOut
            ? "not saved: go.sum lists none of the module cache's versions"
            : "not saved: the module cache is empty", manifest);
    // An exact hit's key exists already: a save could only collide, after archiving it all.
    if (state.hit === "exact")
        return skip(manifest.digest === state.restoredManifest.digest
            ? "not saved: exact hit and nothing new since the restore"
            : `not saved: ${state.key} already exists (this run restored it); what this run added stays out of the cache until the module graph changes`, manifest);
    const stored = await storeEntry(state.paths, state.key, opts.timeoutSeconds);
    const base = {
        manifest,
        scratchRemoved,
        ...(leftOut ? { leftOut } : {}),
        ...(stored.archiveBytes !== undefined ? { archiveBytes: stored.archiveBytes } : {}),
    };
    const without = leftOut
        ? `; left out ${leftOut} version${leftOut === 1 ? "" : "s"} go.sum does not list and no checksum database can vouch for (go.sum is not tidy: run go mod tidy)`
        : "";
    if (stored.kind === "saved")
        return done({
            ...base,
            saved: true,
            outcome: "saved",
            cacheId: stored.cacheId,
            reason: `saved: ${reasonForSaving(state)}; ${byPolicy.reason}${without}`,
        });
    if (stored.kind === "collision")
        return done({
            ...base,
            saved: false,
            outcome: "collision",
            reason: `not saved: ${stored.why}`,
        });
    return done({
        ...base,
        saved: false,
        outcome: stored.kind,
        reason: `not saved: ${stored.why}`,
        failed: opts.strict === true,
    });
}
/**
 * Removes the versions a later restore could not verify (the job is over: nothing needs them
 * now). Their go.mod and zip would be dropped by that restore with a security warning.
 */
async function dropUnverifiable(dl, scan, ids) {
    if (!ids.length)
        return 0;
    const drop = new Set(ids);
    const keep = scan.modules.flatMap((m) => m.versions.map((v) => `${v.path}@${v.version}`).filter((id) => !drop.has(id)));
    return (await applyPrune(dl, planPrune(scan, keep))).versions;
}
function reasonForSaving(state) {
    if (state.hit === "partial")
        return `restored from ${state.matchedKey ?? "a fallback key"}, pruned and refilled`;
    return "no entry matched";
}
function announceSave(f) {
    const size = f.archiveBytes !== undefined ? `, ${humanBytes(f.archiveBytes)}` : "";
    const text = `Module cache ${f.reason} (${f.seconds.toFixed(1)} s${size})`;
    if (f.failed)
        core.error(text, { title: "Module cache" });
    else if (f.outcome === "timeout")
        core.warning(text, { title: "Module cache" });
    else if (f.outcome !== "saved" && f.outcome !== "skipped")
        core.notice(text, { title: "Module cache" });
    else
        core.info(text);
}
/**
 * Go's lock files, partial downloads and temporaries in cache/download (as the scan listed them,
 * relative to it): never worth archiving.
 */
async function removeScratch(dl, scratch) {
    let removed = 0;
    for (const rel of scratch) {
        try {
            await unlink(join(dl, ...rel.split("/")));
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


/***/ }),

/***/ 5751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ planToolchainPrewarm),
/* harmony export */   Up: () => (/* binding */ pick)
/* harmony export */ });
/* unused harmony export findGoFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _go_env_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1869);
/* harmony import */ var _go_patterns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1615);
/* harmony import */ var _settings_go_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9972);
/* harmony import */ var _go_toolchain_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9029);
/* harmony import */ var _go_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2054);
/* harmony import */ var _gover_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(384);
// Which toolchain GOTOOLCHAIN makes Go switch to, per directory, read as
// cmd/go/internal/toolchain.Select reads go.mod/go.work (line by line, like gover.GoModLookup),
// and the failures it explains before Go hits them. No network.










const strip = (v) => (v.startsWith("go") ? v.slice(2) : v).split(/[\s-]/)[0];
function exists(p) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p);
}
/** modload.FindGoWork / FindGoMod from dir, as the toolchain switch uses them. */
function findGoFiles(dir, env) {
    const gowork = env.GOWORK;
    if (gowork && gowork !== "off") {
        if (exists(gowork))
            return { file: gowork, kind: "go.work" };
    }
    else if (gowork !== "off") {
        for (let d = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir), i = 0; i < 256; i++) {
            if (exists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, "go.work")))
                return { file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, "go.work"), kind: "go.work" };
            const up = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(d);
            if (up === d)
                break;
            d = up;
        }
    }
    for (let d = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir), i = 0; i < 256; i++) {
        if (exists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, "go.mod")))
            return { file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, "go.mod"), kind: "go.mod" };
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(d);
        if (up === d)
            break;
        d = up;
    }
    return {};
}
async function onPath(name, env) {
    for (const dir of (env.PATH ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        if (!dir)
            continue;
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(p, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return p;
        }
        catch {
            // next
        }
    }
    return undefined;
}
/** Says which toolchain Go will switch to in each directory, and why it would fail. No network. */
async function planToolchainPrewarm(input) {
    const local = strip(input.localVersion);
    const env = input.env;
    const gotoolchain = env.GOTOOLCHAIN ?? "auto";
    const plan = { local, gotoolchain, switches: [], downloads: [], diagnostics: [] };
    const d = (x) => {
        if (!plan.diagnostics.some((y) => y.rule === x.rule && y.message === x.message)) {
            plan.diagnostics.push(x);
        }
    };
    const before121 = (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .compareGo */ .Ac)(local, "1.21") < 0;
    const setting = (0,_go_toolchain_js__WEBPACK_IMPORTED_MODULE_5__/* .parseGotoolchain */ .tg)(gotoolchain);
    if (!before121 && setting.kind === "error") {
        d({
            rule: "toolchain-gotoolchain-invalid",
            severity: "error",
            variable: "GOTOOLCHAIN",
            value: gotoolchain,
            message: `go: ${setting.error}. Every go command fails with this before doing anything.`,
            goError: setting.error,
        });
        return plan;
    }
    for (const dir of input.dirs) {
        const { file } = findGoFiles(dir, env);
        let text = "";
        if (file)
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, "utf8").catch(() => "");
        const lines = {
            file,
            go: (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .goModLookup */ .Dq)(text, "go"),
            toolchain: (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .goModLookup */ .Dq)(text, "toolchain"),
        };
        if (before121) {
            predatesSwitching(local, lines, d);
            continue;
        }
        if (setting.kind !== "ok")
            continue; // GOTOOLCHAIN empty: the local toolchain, no switch.
        const chosen = chooseToolchain({ local, gotoolchain, setting }, lines, d);
        if (!chosen)
            continue;
        const sw = await switchFor(dir, chosen, { gotoolchain, setting, env }, d);
        plan.switches.push(sw);
        if (sw.action === "download" && !plan.downloads.includes(sw.version)) {
            plan.downloads.push(sw.version);
        }
    }
    if (plan.downloads.length > 0)
        downloadDiagnostics(plan, input, d);
    return plan;
}
/** Before Go 1.21 nothing switches: a file asking for newer Go only gets a notice. */
function predatesSwitching(local, lines, d) {
    const { file, go: goLine, toolchain: tcLine } = lines;
    const asks = (tcLine && tcLine.value !== "default") || (goLine && (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .compareGo */ .Ac)(goLine.value, local) > 0);
    if (!asks)
        return;
    d({
        rule: "toolchain-go-too-old",
        severity: "notice",
        variable: "GOTOOLCHAIN",
        message: `${file} asks for ${tcLine ? tcLine.value : `go ${goLine.value}`}, but go${local} predates toolchain switching (Go 1.21): it builds with itself and ignores the toolchain line; code that needs newer Go fails to compile ("note: module requires Go …"). Install that Go (go-version input) instead.`,
        ...(file ? { file } : {}),
        ...((tcLine ?? goLine) ? { line: (tcLine ?? goLine).line } : {}),
    });
}
/** toolchain.Select for one directory: the toolchain Go runs there, undefined for the local one. */
function chooseToolchain(ctx, lines, d) {
    const { local, gotoolchain, setting } = ctx;
    const { file, go: goLine, toolchain: tcLine } = lines;
    let minVers = setting.min === "local" ? local : setting.version;
    let chosen = setting.min;
    let directive = "GOTOOLCHAIN";
    let line;
    if (setting.mode !== "") {
        if (tcLine && tcLine.value !== "default") {
            const tv = (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .versionFromToolchain */ .Wd)(tcLine.value);
            if (tv && (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .compareGo */ .Ac)(tv, minVers) > 0) {
                chosen = tcLine.value;
                minVers = tv;
                directive = "toolchain";
                line = tcLine.line;
            }
        }
        if (goLine && (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .compareGo */ .Ac)(goLine.value, minVers) > 0) {
            chosen = `go${goLine.value}`;
            // Go 1.21+ never downloads a language version: "go 1.23" means go1.23.0.
            if ((0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .isLang */ .Hf)(goLine.value) && (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .compareGo */ .Ac)(goLine.value, "1.21") >= 0)
                chosen += ".0";
            directive = "go";
            line = goLine.line;
            if ((0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .isLang */ .Hf)(goLine.value)) {
                d({
                    rule: "toolchain-language-version",
                    severity: "notice",
                    variable: "GOTOOLCHAIN",
                    message: `${file}:${line}: "go ${goLine.value}" is a language version: GOTOOLCHAIN=auto switches to ${chosen}, the first release of it, not the newest go${goLine.value}.x. Add a toolchain line (or a go-version input) to pick a patch release.`,
                    ...(file ? { file, line } : {}),
                });
            }
        }
    }
    else if (goLine && setting.min !== "local" && (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .compareGo */ .Ac)(goLine.value, setting.version) > 0) {
        d({
            rule: "toolchain-local-too-old",
            severity: "error",
            variable: "GOTOOLCHAIN",
            value: gotoolchain,
            message: `go: ${file}: go.mod requires go >= ${goLine.value} (running go ${setting.version}; GOTOOLCHAIN=${gotoolchain}). A forced GOTOOLCHAIN cannot be raised by go.mod; use ${gotoolchain}+auto or a newer version.`,
            ...(file ? { file, line: goLine.line } : {}),
        });
    }
    if (chosen === "local") {
        if (setting.mode === "" && goLine && (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .compareGo */ .Ac)(goLine.value, local) > 0) {
            d({
                rule: "toolchain-local-too-old",
                severity: "error",
                variable: "GOTOOLCHAIN",
                value: gotoolchain,
                message: `go: ${file}: go.mod requires go >= ${goLine.value} (running go ${local}; GOTOOLCHAIN=${gotoolchain}). Set GOTOOLCHAIN=auto (the default) to let Go fetch it, or install go${goLine.value} (go-version input).`,
                ...(file ? { file, line: goLine.line } : {}),
            });
        }
        return undefined;
    }
    const version = (0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .versionFromToolchain */ .Wd)(chosen);
    if (!version || version === local)
        return undefined;
    const asked = directive !== "GOTOOLCHAIN";
    return {
        toolchain: chosen,
        version,
        directive,
        ...(file && asked ? { file } : {}),
        ...(line !== undefined && asked ? { line } : {}),
    };
}
/** Whether Go finds the chosen toolchain on PATH, downloads it, or fails (GOTOOLCHAIN=…+path). */
async function switchFor(dir, chosen, ctx, d) {
    const sw = {
        dir,
        directive: chosen.directive,
        toolchain: chosen.toolchain,
        version: chosen.version,
        action: "download",
        ...(chosen.file ? { file: chosen.file } : {}),
        ...(chosen.line !== undefined ? { line: chosen.line } : {}),
    };
    const bin = await onPath(chosen.toolchain, ctx.env);
    if (bin) {
        sw.action = "path";
        sw.bin = bin;
    }
    else if (ctx.setting.mode === "path") {
        sw.action = "fail";
        d({
            rule: "toolchain-path-missing",
            severity: "error",
            variable: "GOTOOLCHAIN",
            value: ctx.gotoolchain,
            message: `go: cannot find "${chosen.toolchain}" in PATH. GOTOOLCHAIN=${ctx.gotoolchain} only looks in PATH; install ${chosen.toolchain} there or use +auto to let Go download it.`,
            ...(sw.file ? { file: sw.file } : {}),
            ...(sw.line ? { line: sw.line } : {}),
        });
    }
    return sw;
}
function downloadDiagnostics(plan, input, d) {
    const env = input.env;
    const v = (0,_go_version_js__WEBPACK_IMPORTED_MODULE_6__/* .parseGoVersion */ .SX)(plan.local) ?? { major: 1, minor: 21, patch: 0 };
    const { goos, goarch } = { ...(0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .goPlatform */ .GI)(), ...pick(input) };
    const which = plan.downloads.map((x) => `go${x}`).join(", ");
    const settings = (0,_settings_go_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .goSettingsFromEnv */ .l)((0,_go_env_js__WEBPACK_IMPORTED_MODULE_8__/* .goEnvFrom */ .M)(env), v);
    const gosumdb = settings.sumdb;
    if (gosumdb.kind === "off") {
        d({
            rule: "toolchain-sumdb-off",
            severity: "error",
            variable: "GOSUMDB",
            value: "off",
            message: `GOTOOLCHAIN=${plan.gotoolchain} will download ${which}, and Go verifies every toolchain with the checksum database even when GOSUMDB=off (a toolchain cannot be listed in go.sum): the switch fails with "verifying ${_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOLCHAIN_MODULE */ .xc}@${(0,_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .toolchainModuleVersion */ .AL)(plan.downloads[0], goos, goarch)}: checksum database disabled by GOSUMDB=off". Leave GOSUMDB on (GONOSUMDB/GOPRIVATE exempt private modules), or install the Go version up front (go-version input).`,
        });
    }
    const gonosumdb = settings.gonosumdb;
    if (gonosumdb && (0,_go_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .matchPrefixPatterns */ .J8)(gonosumdb, _gover_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOLCHAIN_MODULE */ .xc, v)) {
        d({
            rule: "toolchain-gonosumdb-ignored",
            severity: "notice",
            variable: env.GONOSUMDB ? "GONOSUMDB" : "GOPRIVATE",
            value: gonosumdb,
            message: `${env.GONOSUMDB ? "GONOSUMDB" : "GOPRIVATE"} matches ${_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOLCHAIN_MODULE */ .xc}, but Go checks toolchain downloads against the checksum database anyway.`,
        });
    }
    const { gonoproxy, proxy: list } = settings;
    const first = list.entries.find((e) => e.kind !== "noproxy");
    if (gonoproxy && (0,_go_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .matchPrefixPatterns */ .J8)(gonoproxy, _gover_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOLCHAIN_MODULE */ .xc, v)) {
        d({
            rule: "toolchain-direct",
            severity: "warning",
            variable: env.GONOPROXY ? "GONOPROXY" : "GOPRIVATE",
            value: gonoproxy,
            message: `${env.GONOPROXY ? "GONOPROXY" : "GOPRIVATE"} matches ${_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOLCHAIN_MODULE */ .xc}, so Go downloads ${which} directly: from the go-import target of ${_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOLCHAIN_MODULE */ .xc} (Go's download site), never through GOPROXY. CI must reach it; remove the pattern to use the proxy.`,
        });
    }
    else if (first?.kind === "off") {
        d({
            rule: "toolchain-goproxy-off",
            severity: "error",
            variable: "GOPROXY",
            value: "off",
            message: `GOTOOLCHAIN=${plan.gotoolchain} will download ${which}, but GOPROXY=off: Go then prints the misleading "download go${plan.downloads[0]} for ${goos}/${goarch}: toolchain not available". Use a proxy that mirrors ${_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOLCHAIN_MODULE */ .xc}, or install the Go version up front (go-version input).`,
        });
    }
    else if (first?.kind === "direct") {
        d({
            rule: "toolchain-direct",
            severity: "warning",
            variable: "GOPROXY",
            value: "direct",
            message: `GOPROXY=direct: Go downloads ${which} from the go-import target of ${_gover_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOLCHAIN_MODULE */ .xc} (Go's download site, with redirects to its file host), not through a proxy. CI must reach those hosts, and the checksum database directly.`,
        });
    }
}
function pick(input) {
    return {
        ...(input.goos ? { goos: input.goos } : {}),
        ...(input.goarch ? { goarch: input.goarch } : {}),
    };
}


/***/ })

};
