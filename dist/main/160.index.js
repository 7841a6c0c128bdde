export const id = 160;
export const ids = [160];
export const modules = {

/***/ 1160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cacheFacts: () => (/* reexport */ save/* cacheFacts */.sV),
  downloadDir: () => (/* reexport */ key/* downloadDir */.cP),
  neededFromDownload: () => (/* reexport */ neededFromDownload),
  neededFromSums: () => (/* reexport */ neededFromSums),
  openDatabase: () => (/* reexport */ openDatabase),
  planCache: () => (/* reexport */ planCache),
  pruneDownloadCache: () => (/* reexport */ pruneDownloadCache),
  recordPrewarm: () => (/* reexport */ recordPrewarm),
  restoreVerified: () => (/* reexport */ restoreVerified),
  serializeState: () => (/* reexport */ serializeState),
  unlistedRemoved: () => (/* reexport */ unlistedRemoved),
  warmFromSums: () => (/* reexport */ warmFromSums)
});

// UNUSED EXPORTS: CACHE_RULES, applyPrune, cacheKeys, cacheMode, cachePaths, cacheServiceOffered, compareSemver, filesForSums, graphHash, indexSums, manifestOf, modeAllowsRead, modeAllowsWrite, parseSavePolicy, parseState, planPrune, policyAllows, readEventContext, readGraphFiles, restoreModuleCache, runnerOs, saveModuleCache, scanDownloadCache, untrustedFilesDiagnostic, usesDatabase, verifyModuleCache, versionSet, warmOffline

// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(5877);
// EXTERNAL MODULE: ./src/cache/manifest.ts
var cache_manifest = __webpack_require__(8445);
// EXTERNAL MODULE: ./src/cache/modcache.ts
var modcache = __webpack_require__(4406);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/cache/prune.ts
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
            names = (await (0,promises_.readdir)(v.dir)).filter((n) => belongsTo(v.stem, n));
        }
        catch (e) {
            result.errors.push(`${v.dir}: ${e.message}`);
            continue;
        }
        names.sort((a, b) => removalRank(v.stem, a) - removalRank(v.stem, b));
        let ok = true;
        for (const name of names) {
            try {
                await (0,promises_.unlink)((0,external_node_path_.join)(v.dir, name));
                result.files++;
            }
            catch (e) {
                const code = e.code;
                if (code === "ENOENT")
                    continue;
                ok = false;
                result.errors.push(`${(0,external_node_path_.join)(v.dir, name)}: ${e.message}`);
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
    const names = await (0,promises_.readdir)(dir);
    const modStems = names
        .filter((n) => n.endsWith(".mod"))
        .map((n) => (0,modcache/* versionFileStem */.wr)(n))
        .filter((s) => s !== undefined);
    const listFile = (0,external_node_path_.join)(dir, "list");
    let old;
    try {
        old = await (0,promises_.readFile)(listFile, "utf8");
    }
    catch {
        old = undefined;
    }
    const hasVersions = names.some((n) => (0,modcache/* versionFileStem */.wr)(n) !== undefined);
    if (!hasVersions) {
        if (old === undefined)
            return false;
        await (0,promises_.rm)(listFile, { force: true });
        return true;
    }
    const text = (0,modcache/* versionListText */.qu)(modStems);
    if (old === text)
        return false;
    await (0,promises_.writeFile)(listFile, text);
    return true;
}
/** Removes @v when only lock files are left in it, then empty parents up to (not including) root. */
async function removeIfEmpty(root, dir) {
    const left = await (0,promises_.readdir)(dir);
    if (left.some((n) => !n.endsWith(".lock")))
        return;
    for (const n of left)
        await (0,promises_.unlink)((0,external_node_path_.join)(dir, n));
    let current = dir;
    for (let depth = 0; depth < 256; depth++) {
        const rel = (0,external_node_path_.relative)(root, current);
        if (rel === "" || rel.startsWith(".."))
            return;
        try {
            await (0,promises_.rmdir)(current);
        }
        catch {
            return; // not empty: another module lives below
        }
        current = (0,external_node_path_.dirname)(current);
    }
}
/**
 * Scan, plan and remove in one call. `root` is $GOMODCACHE/cache/download; `needed` the
 * "path@version" list of this run (download output + go.sum files); `candidates` the versions
 * the restore brought (see RestoreOutcome.restoredVersions).
 */
async function pruneDownloadCache(root, needed, candidates) {
    const scan = await (0,modcache/* scanDownloadCache */.wi)(root);
    return applyPrune(root, planPrune(scan, needed, candidates));
}

// EXTERNAL MODULE: ./src/cache/policy.ts
var policy = __webpack_require__(4798);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/redact/untrusted-echo.ts
var untrusted_echo = __webpack_require__(7977);
// EXTERNAL MODULE: ./src/cache/toolkit.ts
var toolkit = __webpack_require__(6088);
// EXTERNAL MODULE: ./src/cache/transfer.ts
var transfer = __webpack_require__(6423);
;// CONCATENATED MODULE: ./src/cache/restore.ts
// Restoring the module cache before any go command runs. An edge: network (through
// @actions/cache), files, annotations.
//
// Never fatal: a service error, a network failure or a denied read is a miss, reported once
// (a warning for trouble, a notice for a policy denial), and the job goes on.









/** Key, restore keys and path list: pure. */
function planCache(input) {
    const layout = input.layout ?? "download";
    const keys = (0,key/* cacheKeys */.Xr)({
        os: input.os ?? (0,key/* runnerOs */.tg)(),
        layout,
        graphFiles: input.graphFiles,
        ...(input.suffix !== undefined ? { suffix: input.suffix } : {}),
    });
    return {
        gomodcache: input.gomodcache,
        layout,
        key: keys.key,
        restoreKeys: keys.restoreKeys,
        paths: (0,key/* cachePaths */.Rl)(input.gomodcache, layout, input.home),
    };
}
/** A restore or a save that takes longer than this is given up (cache-timeout). */
const DEFAULT_CACHE_TIMEOUT_SECONDS = 300;
async function restoreModuleCache(plan, opts = {}) {
    const env = opts.env ?? process.env;
    const announce = opts.announce ?? true;
    const dl = (0,key/* downloadDir */.cP)(plan.gomodcache);
    const before = await (0,modcache/* scanDownloadCache */.wi)(dl);
    const started = performance.now();
    const skipped = (0,transfer/* cacheClosed */.v3)(env, "read");
    if (!skipped && plan.layout === "full")
        await makeDirsWritable(plan.gomodcache);
    const fetched = skipped
        ? undefined
        : await (0,transfer/* fetchEntry */.tg)(plan.paths, plan.key, plan.restoreKeys, opts.timeoutSeconds ?? DEFAULT_CACHE_TIMEOUT_SECONDS);
    const { hit, matchedKey, archiveBytes, problem } = fetched ?? {
        hit: "miss",
    };
    const seconds = (performance.now() - started) / 1000;
    const after = await (0,modcache/* scanDownloadCache */.wi)(dl);
    const had = (0,cache_manifest/* versionSet */.V)(before);
    const restoredVersions = hit === "miss" ? [] : [...(0,cache_manifest/* versionSet */.V)(after)].filter((v) => !had.has(v));
    const extracted = plan.layout === "full" ? await (0,modcache/* listExtractedModules */.s7)(plan.gomodcache) : undefined;
    const manifest = (0,cache_manifest/* manifestOf */.$)(after, {
        includeSumdb: plan.layout === "full",
        ...(extracted ? { extracted } : {}),
    });
    const facts = {
        hit,
        key: plan.key,
        seconds,
        versions: manifest.versions,
        ...(matchedKey !== undefined ? { matchedKey } : {}),
        ...(archiveBytes !== undefined && hit !== "miss" ? { archiveBytes } : {}),
        ...(skipped ? { skipped } : {}),
        ...(problem ? { problem } : {}),
    };
    const state = {
        v: 1,
        ...plan,
        hit,
        restoreSeconds: seconds,
        restoredManifest: manifest,
        ...(matchedKey !== undefined ? { matchedKey } : {}),
        ...(facts.archiveBytes !== undefined ? { restoredArchiveBytes: facts.archiveBytes } : {}),
        ...(skipped ? { restoreSkipped: skipped } : {}),
        ...(problem ? { restoreProblem: problem } : {}),
    };
    if (announce)
        announceRestore(facts, fetched?.denied ?? false);
    return { facts, state, restoredVersions };
}
function announceRestore(f, denied) {
    if (f.problem) {
        const text = `Module cache not restored (continuing without it): ${f.problem}`;
        if (denied)
            core/* notice */.lm(text, { title: "Module cache" });
        else
            core/* warning */.$e(text, { title: "Module cache" });
    }
    const size = f.archiveBytes !== undefined ? `, ${(0,toolkit/* humanBytes */.p6)(f.archiveBytes)}` : "";
    if (f.hit === "exact")
        core/* info */.pq(`Module cache: exact hit ${f.key} (${f.seconds.toFixed(1)} s${size})`);
    // The matched key is what the cache service says it restored: untrusted text.
    else if (f.hit === "partial")
        (0,untrusted_echo/* echoUntrusted */.ex)(`Module cache: restored ${f.matchedKey} for ${f.key} (${f.seconds.toFixed(1)} s${size}); unneeded versions will be pruned`);
    else
        core/* info */.pq(`Module cache: miss for ${f.key}${f.skipped ? ` (${f.skipped})` : ""}`);
}
/**
 * Go makes extracted module trees read-only; tar cannot replace files inside them ("Cannot
 * open: Permission denied" / "File exists"). Before a `full` restore, give the owner write
 * permission on directories that lack it (tar puts the archived modes back). Bounded walk.
 */
async function makeDirsWritable(root) {
    let changed = 0;
    let seen = 0;
    const walk = async (dir) => {
        if (++seen > 1_000_000)
            return;
        let st;
        try {
            st = await (0,promises_.stat)(dir);
        }
        catch {
            return;
        }
        if ((st.mode & 0o200) === 0) {
            try {
                await (0,promises_.chmod)(dir, (st.mode & 0o7777) | 0o200);
                changed++;
            }
            catch {
                return;
            }
        }
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries)
            if (e.isDirectory())
                await walk((0,external_node_path_.join)(dir, e.name));
    };
    await walk(root);
    return changed;
}

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
    };
}

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
async function warmFromSums(gomodcache, sumTexts) {
    const started = performance.now();
    const dl = (0,key/* downloadDir */.cP)(gomodcache);
    const files = filesForSums(sumTexts);
    const missing = [];
    let absent = 0;
    const BATCH = 64;
    for (let i = 0; i < files.length; i += BATCH) {
        const batch = files.slice(i, i + BATCH);
        const found = await Promise.all(batch.map((f) => (0,promises_.stat)((0,external_node_path_.join)(dl, ...f.split("/"))).then((s) => s.isFile(), () => false)));
        found.forEach((ok, j) => {
            if (ok)
                return;
            absent++;
            if (missing.length < 20)
                missing.push(batch[j]);
        });
    }
    return {
        warm: files.length > 0 && absent === 0,
        checked: files.length,
        missing,
        seconds: (performance.now() - started) / 1000,
    };
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/sumdb/dirhash.ts
var dirhash = __webpack_require__(8042);
// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/toolchain/gover.ts
var gover = __webpack_require__(384);
;// CONCATENATED MODULE: ./src/cache/rules.ts


const CACHE_RULES = [
    (0,rule/* defineRule */.K)("cache-untrusted-files", "warning", ["cache"], "The restored module cache held files go.sum does not vouch for", "Go trusts its module cache: with a zip and its `.ziphash` present it never re-hashes the zip, and extracted trees are used unchecked, so an altered cache entry is built as is, even with GOPROXY=off. After every restore the action hashes each module zip, go.mod and (for `cache-layout: full`) extracted tree and compares them with go.sum; a version go.sum does not list is checked against the checksum database instead, when Go would ask it (GOSUMDB on, no GONOSUMDB/GOPRIVATE match). A file that differs, or that neither vouches for (the database unreachable included), is removed with its siblings before any go command runs, and the pre-warm fetches it again through GOPROXY. A mismatch means someone who could write the cache entry (a workflow that saves caches, or a job running untrusted code) altered it: find which run saved the entry named in the message and delete it (`gh cache delete <key>`). In strict mode this is an error."),
];
const MAX_NAMED = 10;
/**
 * Which removals are news. A partial hit restores an entry saved for another go.sum, so
 * versions this go.sum does not list are expected there (the pruner would drop them too); an
 * exact hit was saved for this very go.sum, so anything unlisted in it was put there. Toolchain
 * modules are never in go.sum (Go proves them with the checksum database on each switch).
 */
function suspicious(rejected, hit) {
    return rejected.filter((r) => r.why !== "unlisted" || (hit === "exact" && !r.module.startsWith(`${gover/* TOOLCHAIN_MODULE */.xc}@`)));
}
/** One finding for every suspicious removal; undefined when there is none. Pure. */
function untrustedFilesDiagnostic(v, hit, cacheKey) {
    const rejected = suspicious(v.rejected, hit);
    if (!rejected.length)
        return undefined;
    const named = rejected.slice(0, MAX_NAMED).map(describe).join("; ");
    const more = rejected.length > MAX_NAMED ? `; and ${rejected.length - MAX_NAMED} more` : "";
    const altered = rejected.some((r) => r.why !== "unlisted");
    return {
        rule: "cache-untrusted-files",
        severity: "warning",
        variable: "cache",
        value: cacheKey,
        message: `The module cache entry ${cacheKey} held ${rejected.length} file${rejected.length === 1 ? "" : "s"} that go.sum (or, for versions it does not list, the checksum database) does not vouch for: ${named}${more}. ` +
            `They were removed before any go command ran and are fetched again through GOPROXY (Go would have used them unchecked). ` +
            (altered
                ? "A hash mismatch means the entry was altered after the files were downloaded: find the run that saved it and delete the entry."
                : "Modules go.sum does not list cannot be verified from the cache."),
    };
}
function describe(r) {
    const what = r.file === "tree" ? "extracted tree" : r.file;
    const why = r.why === "mismatch"
        ? `hash differs from ${r.database ? `the checksum database ${r.database}` : "go.sum"}`
        : r.why === "unlisted"
            ? "not in go.sum"
            : `unreadable${r.detail ? `: ${r.detail}` : ""}`;
    return `${r.module} (${what}: ${why})`;
}

;// CONCATENATED MODULE: ./src/cache/verify.ts
// Verifying a restored module cache before any go command can use it. An edge: it reads and
// removes files under GOMODCACHE.
//
// Why: Go trusts what it finds. With both `<v>.zip` and `<v>.ziphash` present it compares only
// the .ziphash text with go.sum and never re-hashes the zip; an extracted tree
// (`GOMODCACHE/<m>@<v>/`) is used without any check. A cache entry is written by whoever could
// save under that key, so a restored zip kept with its old .ziphash would be built as is, even
// with GOPROXY=off. A stat is not a verification: here every restored zip, go.mod and (for the
// `full` layout) extracted tree is hashed and compared with go.sum.
//
// A version go.sum does not list is checked against the checksum database instead, when Go
// would ask it (database.ts). What does not match, or what nothing can vouch for (no go.sum line
// and no database answer), is removed with its sibling files, so the pre-warm fetches it again
// through the chain and Go checks it as a fresh download.











/** Indexes go.sum / go.work.sum texts. Pure. */
function indexSums(texts) {
    const index = { zip: new Map(), mod: new Map() };
    for (const text of texts) {
        for (const line of text.split("\n")) {
            const f = line.trim().split(/\s+/);
            if (f.length !== 3 || !f[2].startsWith("h1:"))
                continue;
            const goMod = f[1].endsWith("/go.mod");
            const id = `${f[0]}@${goMod ? f[1].slice(0, -"/go.mod".length) : f[1]}`;
            const map = goMod ? index.mod : index.zip;
            const set = map.get(id) ?? new Set();
            set.add(f[2]);
            map.set(id, set);
        }
    }
    return index;
}
/** The verdict for one file: undefined when it matches go.sum. Pure. */
function judge(want, got) {
    if (!want)
        return "unlisted";
    try {
        return want.has(got()) ? undefined : "mismatch";
    }
    catch {
        return "unreadable";
    }
}
/** The database's proven hashes as go.sum-like sets; undefined when it could not answer. */
function fromDatabase(verdict, result) {
    if (!verdict)
        return undefined;
    if ("error" in verdict) {
        result.database.unanswered++;
        result.database.error ??= verdict.error;
        return undefined;
    }
    result.database.vouched++;
    return {
        zip: new Set([verdict.zip]),
        mod: verdict.mod ? new Set([verdict.mod]) : undefined,
        database: verdict.database,
    };
}
/**
 * Hashes every module zip and go.mod in the download cache (and every extracted tree when
 * `trees`), in parallel, and removes what go.sum (or, for versions it does not list, the
 * checksum database) does not vouch for. Versions neither vouches for are removed unhashed:
 * they cost nothing to drop and Go fetches them again if needed.
 */
async function verifyModuleCache(opts) {
    const started = performance.now();
    const index = indexSums(opts.sums);
    const scan = await (0,modcache/* scanDownloadCache */.wi)((0,key/* downloadDir */.cP)(opts.gomodcache));
    const result = {
        zips: 0,
        mods: 0,
        trees: 0,
        bytes: 0,
        rejected: [],
        database: { vouched: 0, unanswered: 0 },
        seconds: 0,
    };
    // Zip hashes the database proved, for the extracted trees of the same versions.
    const vouched = new Map();
    const jobs = [];
    for (const m of scan.modules) {
        for (const v of m.versions) {
            const id = `${v.path}@${v.version}`;
            let database;
            const dropVersion = async (file, why, detail) => {
                const by = why === "mismatch" && database ? { database } : {};
                const said = detail ? { detail } : {};
                result.rejected.push({ module: id, file, why, bytes: v.bytes, ...by, ...said });
                await removeVersion(opts.gomodcache, v.dir, v.stem, v.path);
            };
            jobs.push(async () => {
                const unlisted = (v.hasMod && !index.mod.has(id)) || (v.hasZip && !index.zip.has(id));
                const db = unlisted
                    ? fromDatabase(await opts.database?.vouch(v.path, v.version), result)
                    : undefined;
                database = db?.database;
                if (db)
                    vouched.set(id, db.zip);
                // Files are read synchronously: the hash right after is synchronous anyway, and an async
                // read is four thread-pool round trips (open, stat, read, close): on 300 modules that
                // made the verification 235-250 ms against 145 ms.
                if (v.hasMod) {
                    const data = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(v.dir, `${v.stem}.mod`));
                    result.mods++;
                    result.bytes += data.length;
                    const why = judge(index.mod.get(id) ?? db?.mod, () => (0,dirhash/* hashGoMod */.hK)(data));
                    if (why)
                        return dropVersion("go.mod", why);
                }
                if (v.hasZip) {
                    const want = index.zip.get(id) ?? db?.zip;
                    if (!want)
                        return dropVersion("zip", "unlisted");
                    // hashZip keeps the zip reading (and its bounds) in one place.
                    const data = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(v.dir, `${v.stem}.zip`));
                    result.zips++;
                    result.bytes += data.length;
                    let detail;
                    const why = judge(want, () => {
                        try {
                            return (0,dirhash/* hashZip */.mk)(data);
                        }
                        catch (err) {
                            detail = err.message; // a bomb or a broken zip: say which
                            throw err;
                        }
                    });
                    if (why)
                        return dropVersion("zip", why, detail);
                }
                else if (v.files.some((f) => f.name.endsWith(".ziphash"))) {
                    // A .ziphash alone vouches for nothing and would make Go skip hashing a later zip.
                    await (0,promises_.rm)((0,external_node_path_.join)(v.dir, `${v.stem}.ziphash`), { force: true });
                }
            });
        }
    }
    const limit = opts.concurrency ?? Math.max(2, (0,external_node_os_.availableParallelism)() * 2);
    await runLimited(jobs, limit);
    if (opts.trees) {
        // Zip hashes go.sum lists, or the database proved, vouch for the extracted trees too.
        const want = (id) => index.zip.get(id) ?? vouched.get(id);
        await verifyTrees(opts.gomodcache, want, result, limit);
    }
    result.rejected.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
    result.seconds = (performance.now() - started) / 1000;
    return result;
}
/** Hashes every extracted tree not already rejected with its version; removes what does not match. */
async function verifyTrees(gomodcache, want, result, limit) {
    const rejected = new Set(result.rejected.map((r) => r.module));
    const treeJobs = (await extractedTrees(gomodcache))
        .filter((t) => !rejected.has(t.id))
        .map((t) => async () => {
        result.trees++;
        let files;
        try {
            files = await treeFiles(t.dir, t.id);
        }
        catch {
            files = undefined;
        }
        result.bytes += files?.reduce((n, f) => n + f.data.length, 0) ?? 0;
        const why = files
            ? judge(want(t.id), () => (0,dirhash/* hash1 */.C_)(files))
            : want(t.id)
                ? "unreadable"
                : "unlisted";
        if (!why)
            return;
        result.rejected.push({ module: t.id, file: "tree", why, bytes: 0 });
        await removeTree(t.dir);
    });
    await runLimited(treeJobs, limit);
}
async function runLimited(jobs, limit) {
    let next = 0;
    const worker = async () => {
        while (next < jobs.length)
            await jobs[next++]();
    };
    await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}
/** Removes every file of one version (and its extracted tree), so Go fetches it afresh. */
async function removeVersion(gomodcache, dir, stem, path) {
    for (const ext of [".zip", ".ziphash", ".info", ".mod", ".lock", ".partial"])
        await (0,promises_.rm)((0,external_node_path_.join)(dir, stem + ext), { force: true });
    const tree = (0,external_node_path_.join)(gomodcache, `${(0,modcache/* escapeModuleString */.Z1)(path)}@${stem}`);
    await removeTree(tree);
    await (0,promises_.rm)(`${tree}.partial`, { force: true });
}
/** Go makes extracted trees read-only: give the owner write access, then remove. */
async function removeTree(dir) {
    const walk = async (d) => {
        let st;
        try {
            st = await (0,promises_.lstat)(d);
        }
        catch {
            return;
        }
        if (!st.isDirectory())
            return;
        await (0,promises_.chmod)(d, 0o755).catch(() => undefined);
        for (const e of await (0,promises_.readdir)(d).catch(() => []))
            await walk((0,external_node_path_.join)(d, e));
    };
    await walk(dir);
    await (0,promises_.rm)(dir, { recursive: true, force: true });
}
/** Extracted module trees (`<escaped path>@<escaped version>` directories outside cache/). */
async function extractedTrees(gomodcache) {
    const found = [];
    let seen = 0;
    const walk = async (dir, rel) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            if (!e.isDirectory() || ++seen > 2_000_000)
                continue;
            if (rel === "" && e.name === "cache")
                continue;
            const childRel = rel ? `${rel}/${e.name}` : e.name;
            const at = e.name.indexOf("@");
            if (at < 0) {
                await walk((0,external_node_path_.join)(dir, e.name), childRel);
                continue;
            }
            const path = (0,modcache/* unescapeModuleString */.cP)(`${rel ? `${rel}/` : ""}${e.name.slice(0, at)}`);
            const version = (0,modcache/* unescapeModuleString */.cP)(e.name.slice(at + 1));
            // A name Go would not make cannot be checked: it is dropped as unlisted.
            found.push({ id: `${path ?? childRel}@${version ?? ""}`, dir: (0,external_node_path_.join)(dir, e.name) });
        }
    };
    await walk(gomodcache, "");
    return found;
}
/** The tree's files named as in the module zip (`path@version/rel`); throws on anything but files and directories. */
async function treeFiles(root, prefix) {
    const files = [];
    const walk = async (dir, rel) => {
        for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk((0,external_node_path_.join)(dir, e.name), r);
            else if (e.isFile())
                files.push({ name: `${prefix}/${r}`, data: await (0,promises_.readFile)((0,external_node_path_.join)(dir, e.name)) });
            // A module zip holds no links or devices: a tree with one was not extracted by Go.
            else
                throw new Error(`${prefix}/${r} is not a regular file`);
        }
    };
    await walk(root, "");
    return files;
}
async function restoreVerified(plan, sums, opts = {}) {
    const { database, time = (_, work) => work(), ...restoreOpts } = opts;
    const restored = await time("restore", () => restoreModuleCache(plan, restoreOpts));
    if (restored.facts.hit === "miss")
        return restored;
    let v;
    try {
        v = await time("verification", () => verifyModuleCache({
            gomodcache: plan.gomodcache,
            sums,
            trees: plan.layout === "full",
            ...(database ? { database } : {}),
        }));
    }
    finally {
        await database?.close();
    }
    const trees = plan.layout === "full" ? `, ${v.trees} extracted trees` : "";
    const db = v.database;
    const asked = db.vouched + db.unanswered > 0
        ? `; the checksum database vouched for ${db.vouched} version${db.vouched === 1 ? "" : "s"} go.sum does not list${db.unanswered ? `, could not answer for ${db.unanswered} (${db.error})` : ""}`
        : "";
    core/* info */.pq(`Module cache verified against go.sum: ${v.zips} zips, ${v.mods} go.mod files${trees} (${(0,toolkit/* humanBytes */.p6)(v.bytes)}) in ${v.seconds.toFixed(2)} s${asked}; ${v.rejected.length} removed`);
    const diagnostic = untrustedFilesDiagnostic(v, restored.facts.hit, restored.facts.matchedKey ?? plan.key);
    return { ...restored, verification: v, ...(diagnostic ? { diagnostic } : {}) };
}
/**
 * What the verification of a partial hit removed because go.sum no longer lists it: versions
 * this run does not need, counted with what the pruner removes after the pre-warm.
 */
function unlistedRemoved(restored) {
    const unlisted = restored.facts.hit === "partial"
        ? (restored.verification?.rejected ?? []).filter((r) => r.why === "unlisted" && r.file !== "tree")
        : [];
    return { versions: unlisted.length, bytes: unlisted.reduce((n, r) => n + r.bytes, 0) };
}

// EXTERNAL MODULE: ./src/go/patterns.ts
var patterns = __webpack_require__(1615);
// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __webpack_require__(7940);
// EXTERNAL MODULE: ./src/toolchain/fetch.ts + 2 modules
var fetch = __webpack_require__(1986);
;// CONCATENATED MODULE: ./src/cache/database.ts
// The checksum database as a second witness for restored modules go.sum does not list. An edge:
// it reaches GOSUMDB through the chain Go would use (a proxy that supports the database, else
// the database itself), and every record is proven in the signed tree before it vouches.
//
// Which modules it may vouch for follows cmd/go's useSumDB: nothing when GOSUMDB=off, nothing
// GONOSUMDB (or GOPRIVATE, when GONOSUMDB is unset) matches — except golang.org/toolchain, which
// Go always checks against the database. Any other variable (GONOSUMCHECK, GONOVERIFY) is not
// read by Go and changes nothing here either.




/** Whether Go checks path against the checksum database under these settings. Pure. */
function usesDatabase(settings, path) {
    if (settings.sumdb.kind !== "db")
        return false;
    if (path === gover/* TOOLCHAIN_MODULE */.xc)
        return true;
    const { gonosumdb, version } = settings;
    return !(gonosumdb && (0,patterns/* matchPrefixPatterns */.J8)(gonosumdb, path, version));
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















/***/ })

};
