export const id = 445;
export const ids = [445];
export const modules = {

/***/ 826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cacheFacts: () => (/* reexport */ save/* cacheFacts */.sV),
  databaseCoversAll: () => (/* reexport */ databaseCoversAll),
  downloadDir: () => (/* reexport */ key/* downloadDir */.cP),
  indexSums: () => (/* reexport */ verify/* indexSums */.Jd),
  neededFromDownload: () => (/* reexport */ prune/* neededFromDownload */.Sy),
  neededFromSums: () => (/* reexport */ prune/* neededFromSums */.Qd),
  openDatabase: () => (/* reexport */ openDatabase),
  planCache: () => (/* reexport */ restore/* planCache */._s),
  pruneDownloadCache: () => (/* reexport */ prune/* pruneDownloadCache */.ND),
  recordPrewarm: () => (/* reexport */ recordPrewarm),
  restoreVerified: () => (/* reexport */ verify/* restoreVerified */.vz),
  scanDownloadCache: () => (/* reexport */ modcache/* scanDownloadCache */.wi),
  serializeState: () => (/* reexport */ serializeState),
  unlistedRemoved: () => (/* reexport */ verify/* unlistedRemoved */.l6),
  unverifiableVersions: () => (/* reexport */ verify/* unverifiableVersions */.cy),
  usesDatabase: () => (/* reexport */ usesDatabase),
  warmFromSums: () => (/* reexport */ warmFromSums)
});

// UNUSED EXPORTS: CACHE_RULES, applyPrune, cacheKeys, cacheMode, cachePaths, cacheServiceOffered, compareSemver, filesForSums, graphHash, manifestOf, modeAllowsRead, modeAllowsWrite, parseSavePolicy, parseState, planPrune, policyAllows, readEventContext, readGraphFiles, restoreModuleCache, runnerOs, saveModuleCache, untrustedFilesDiagnostic, verifyModuleCache, versionSet, warmOffline

// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(5877);
// EXTERNAL MODULE: ./src/cache/manifest.ts
var manifest = __webpack_require__(8445);
// EXTERNAL MODULE: ./src/cache/modcache.ts
var modcache = __webpack_require__(4406);
// EXTERNAL MODULE: ./src/cache/prune.ts
var prune = __webpack_require__(4470);
// EXTERNAL MODULE: ./src/cache/policy.ts
var policy = __webpack_require__(4798);
// EXTERNAL MODULE: ./src/cache/restore.ts
var restore = __webpack_require__(9808);
// EXTERNAL MODULE: ./src/cache/save.ts
var save = __webpack_require__(353);
;// CONCATENATED MODULE: ./src/cache/state.ts
function serializeState(state) {
    return JSON.stringify(state);
}
/** A step-state string of version 1 that `valid` accepts; undefined when absent, not JSON or not ours. */
function parseStepState(text, valid) {
    if (!text)
        return undefined;
    try {
        const s = JSON.parse(text);
        return s.v === 1 && valid(s) ? s : undefined;
    }
    catch {
        return undefined;
    }
}
/** Parses the post step's state string; undefined when absent or not ours. */
function parseState(text) {
    return parseStepState(text, (s) => typeof s.key === "string" &&
        Array.isArray(s.paths) &&
        typeof s.gomodcache === "string" &&
        s.restoredManifest !== undefined);
}
/** What the main step adds after the pre-warm (and the prune, when it ran). */
function recordPrewarm(state, prewarm, extra = {}) {
    return {
        ...state,
        prewarm,
        ...(extra.pruned
            ? { pruned: { versions: extra.pruned.versions, bytes: extra.pruned.bytes } }
            : {}),
        ...(extra.warm !== undefined ? { warm: extra.warm } : {}),
        ...(extra.unverifiable?.length ? { unverifiable: extra.unverifiable } : {}),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/process/bounded.ts + 2 modules
var bounded = __webpack_require__(4976);
;// CONCATENATED MODULE: ./src/cache/warm.ts
// The warm-hit check: after an exact hit, does the pre-warm still have network work to do?
// Two ways, both offline and both leaving zip extraction to the build:
//
// - warmFromSums: every go.sum / go.work.sum line names a file the download cache must hold
//   ("path v/go.mod h1:" → v.mod; "path v h1:" → v.zip, v.ziphash, v.info, v.mod). Only stats
//   files. Conservative: a stale go.sum line (a version the graph no longer selects, never
//   downloaded) makes it answer "not warm", and it cannot see a requirement go.sum lacks.
// - warmOffline: the pre-warm itself with GOPROXY=off. Exact (Go decides), costs one go run;
//   when it succeeds the pre-warm is done.
// docs/performance.md ("Module cache") has the measured costs.





/** The files go.sum lines say must be present, relative to cache/download. */
function filesForSums(texts) {
    const files = new Set();
    for (const text of texts) {
        for (const line of text.split("\n")) {
            const f = line.trim().split(/\s+/);
            if (f.length !== 3 || !f[2].includes(":"))
                continue;
            const goModOnly = f[1].endsWith("/go.mod");
            const version = goModOnly ? f[1].slice(0, -"/go.mod".length) : f[1];
            const base = `${(0,modcache/* escapeModuleString */.Z1)(f[0])}/@v/${(0,modcache/* escapeModuleString */.Z1)(version)}`;
            files.add(`${base}.mod`);
            if (!goModOnly)
                for (const ext of [".zip", ".ziphash", ".info"])
                    files.add(base + ext);
        }
    }
    return [...files].sort();
}
/**
 * Whether the download cache holds every file go.sum names. `present` (the files a verification
 * just left, filesLeft in verify.ts) answers without touching the disk; without it each file is
 * stat'ed.
 */
async function warmFromSums(gomodcache, sumTexts, present) {
    const started = performance.now();
    const files = filesForSums(sumTexts);
    const found = present ? files.map((f) => present.has(f)) : await statFiles(gomodcache, files);
    const absent = files.filter((_, i) => !found[i]);
    return {
        warm: files.length > 0 && absent.length === 0,
        checked: files.length,
        missing: absent.slice(0, 20),
        seconds: (performance.now() - started) / 1000,
    };
}
/** Whether each file (relative to cache/download) is a regular file, 64 stats at a time. */
async function statFiles(gomodcache, files) {
    const dl = (0,key/* downloadDir */.cP)(gomodcache);
    const found = [];
    for (let i = 0; i < files.length; i += 64)
        found.push(...(await Promise.all(files.slice(i, i + 64).map((f) => (0,promises_.stat)((0,external_node_path_.join)(dl, ...f.split("/"))).then((s) => s.isFile(), () => false)))));
    return found;
}
/**
 * `go mod download -json` in `cwd` with GOPROXY=off (everything else from `env`). An edge:
 * runs go. Stopped after `timeoutSeconds` (default 120).
 */
async function warmOffline(opts) {
    const started = performance.now();
    const timeoutSeconds = opts.timeoutSeconds ?? 120;
    let run;
    try {
        run = await runBounded(opts.goBin, ["mod", "download", "-json", ...(opts.args ?? [])], {
            cwd: opts.cwd,
            env: { ...opts.env, GOPROXY: "off" },
            timeoutMs: timeoutSeconds * 1000,
        });
    }
    catch (e) {
        const seconds = (performance.now() - started) / 1000;
        return { warm: false, exitCode: 127, seconds, modules: 0, message: e.message };
    }
    const modules = (run.stdout.match(/^\t"Path": /gm) ?? []).length;
    const warm = run.exitCode === 0 && !/^\t"Error": /m.test(run.stdout);
    const said = run.stopped
        ? `go mod download (GOPROXY=off) did not finish within ${timeoutSeconds} s`
        : run.stderr.trim().split("\n").at(-1) || undefined;
    return {
        warm,
        exitCode: run.exitCode,
        seconds: run.seconds,
        modules,
        ...(!warm && said ? { message: said } : {}),
    };
}

// EXTERNAL MODULE: ./src/cache/verify.ts
var verify = __webpack_require__(1082);
// EXTERNAL MODULE: ./src/go/patterns.ts
var patterns = __webpack_require__(1615);
// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __webpack_require__(7940);
// EXTERNAL MODULE: ./src/toolchain/fetch.ts + 2 modules
var fetch = __webpack_require__(1986);
// EXTERNAL MODULE: ./src/toolchain/gover.ts
var gover = __webpack_require__(384);
;// CONCATENATED MODULE: ./src/cache/database.ts
// The checksum database as a second witness for restored modules go.sum does not list. An edge:
// it reaches GOSUMDB through the chain Go would use (a proxy that supports the database, else
// the database itself), and every record is proven in the signed tree before it vouches.
//
// Which modules it may vouch for follows cmd/go's useSumDB: nothing when GOSUMDB=off, nothing
// GONOSUMDB (or GOPRIVATE, when GONOSUMDB is unset) matches — except golang.org/toolchain, which
// Go always checks against the database. Any other variable (GONOSUMCHECK, GONOVERIFY) is not
// read by Go and changes nothing here either.




/** Whether Go checks every module against the checksum database (no GOSUMDB=off, no GONOSUMDB). Pure. */
function databaseCoversAll(settings) {
    return settings.sumdb.kind === "db" && !settings.gonosumdb;
}
/** Whether Go checks path against the checksum database under these settings. Pure. */
function usesDatabase(settings, path) {
    if (settings.sumdb.kind !== "db")
        return false;
    if (path === gover/* TOOLCHAIN_MODULE */.xc || databaseCoversAll(settings))
        return true;
    return !(0,patterns/* matchPrefixPatterns */.J8)(settings.gonosumdb, path, settings.version);
}
/**
 * A checksum-database client for one verification pass, opened on first use and bounded by
 * timeoutMs in all. An unreachable database, or a record that does not prove, vouches for nothing.
 */
function openDatabase(opts) {
    const { settings } = opts;
    const name = settings.sumdb.kind === "db" ? settings.sumdb.name : "off";
    let chain;
    let access;
    const tiles = new Map();
    const lookup = async (path, version) => {
        try {
            chain ??= (0,fetch/* openChain */.yP)({
                env: opts.env,
                goVersion: settings.version,
                timeoutMs: opts.timeoutMs,
            });
            const c = await chain;
            access ??= (0,fetch/* sumdbAccess */.S)(c);
            const record = await (0,fetch/* lookupVerified */.rg)(c, await access, path, version, tiles);
            return { database: record.database, zip: record.zipHash, mod: record.goModHash };
        }
        catch (err) {
            const c = await chain?.catch(() => undefined);
            const text = err.message;
            return { database: name, error: c ? (0,redact/* scrubSecrets */.Zg)(text, c.http.secrets) : text };
        }
    };
    return {
        vouch: (path, version) => (usesDatabase(settings, path) ? lookup(path, version) : undefined),
        close: async () => {
            if (chain)
                await (await chain.catch(() => undefined))?.close();
        },
    };
}

// EXTERNAL MODULE: ./src/cache/rules.ts
var rules = __webpack_require__(1289);
// EXTERNAL MODULE: ./src/cache/toolkit.ts
var toolkit = __webpack_require__(6088);
;// CONCATENATED MODULE: ./src/cache/index.ts
// The module cache: keys, restore, warm check, prune, save. See each file for the rules.
//
// Main step (before any go command):
//   const plan = planCache({ gomodcache, layout, graphFiles: await readGraphFiles(cwd, files), suffix });
//   const restored = await restoreModuleCache(plan);            // never throws for service trouble
//   [exact hit] const warm = await warmOffline({ goBin, cwd, env }) // optional: skip the network pre-warm
//   … pre-warm …
//   [partial hit, pre-warm ok] pruned = await pruneDownloadCache(downloadDir(gomodcache),
//        [...neededFromDownload(modules), ...neededFromSums(goSumTexts)], new Set(restored.restoredVersions));
//   core.saveState("module-cache", serializeState(recordPrewarm(restored.state, verdict, { pruned })));
// Post step:
//   const state = parseState(core.getState("module-cache"));
//   const saved = state && (await saveModuleCache(state, { policy, strict }));
//   facts = cacheFacts(state, saved); then end the process (process.exit).















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


/***/ })

};
