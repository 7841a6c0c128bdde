export const id = 330;
export const ids = [330];
export const modules = {

/***/ 8330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CACHE_RULES: () => (/* reexport */ CACHE_RULES),
  applyPrune: () => (/* reexport */ applyPrune),
  cacheFacts: () => (/* reexport */ save/* cacheFacts */.sV),
  cacheKeys: () => (/* reexport */ key/* cacheKeys */.Xr),
  cacheMode: () => (/* reexport */ toolkit/* cacheMode */.Mq),
  cachePaths: () => (/* reexport */ key/* cachePaths */.Rl),
  cacheServiceAvailable: () => (/* reexport */ toolkit/* cacheServiceAvailable */.jI),
  compareSemver: () => (/* reexport */ modcache/* compareSemver */.mU),
  downloadDir: () => (/* reexport */ key/* downloadDir */.cP),
  filesForSums: () => (/* reexport */ filesForSums),
  graphHash: () => (/* reexport */ key/* graphHash */.T0),
  indexSums: () => (/* reexport */ indexSums),
  manifestOf: () => (/* reexport */ cache_manifest/* manifestOf */.$),
  modeAllowsRead: () => (/* reexport */ toolkit/* modeAllowsRead */.gR),
  modeAllowsWrite: () => (/* reexport */ toolkit/* modeAllowsWrite */.VF),
  neededFromDownload: () => (/* reexport */ neededFromDownload),
  neededFromSums: () => (/* reexport */ neededFromSums),
  parseSavePolicy: () => (/* reexport */ policy/* parseSavePolicy */.X0),
  parseState: () => (/* reexport */ parseState),
  planCache: () => (/* reexport */ planCache),
  planPrune: () => (/* reexport */ planPrune),
  policyAllows: () => (/* reexport */ policy/* policyAllows */.Jy),
  pruneDownloadCache: () => (/* reexport */ pruneDownloadCache),
  readEventContext: () => (/* reexport */ save/* readEventContext */.ws),
  readGraphFiles: () => (/* reexport */ key/* readGraphFiles */.GV),
  recordPrewarm: () => (/* reexport */ recordPrewarm),
  restoreModuleCache: () => (/* reexport */ restoreModuleCache),
  restoreVerified: () => (/* reexport */ restoreVerified),
  runnerOs: () => (/* reexport */ key/* runnerOs */.tg),
  saveModuleCache: () => (/* reexport */ save/* saveModuleCache */.Mu),
  scanDownloadCache: () => (/* reexport */ modcache/* scanDownloadCache */.wi),
  serializeState: () => (/* reexport */ serializeState),
  unlistedRemoved: () => (/* reexport */ unlistedRemoved),
  untrustedFilesDiagnostic: () => (/* reexport */ untrustedFilesDiagnostic),
  verifyModuleCache: () => (/* reexport */ verifyModuleCache),
  versionSet: () => (/* reexport */ cache_manifest/* versionSet */.V),
  warmFromSums: () => (/* reexport */ warmFromSums),
  warmOffline: () => (/* reexport */ warmOffline)
});

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
// EXTERNAL MODULE: ./src/report/untrusted-echo.ts
var untrusted_echo = __webpack_require__(884);
// EXTERNAL MODULE: ./src/cache/toolkit.ts + 345 modules
var toolkit = __webpack_require__(869);
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
    let hit = "miss";
    let matchedKey;
    let skipped;
    let problem;
    let denied = false;
    let archiveBytes;
    const mode = (0,toolkit/* cacheMode */.Mq)(env);
    if (!(0,toolkit/* modeAllowsRead */.gR)(mode)) {
        skipped = `the cache mode '${mode}' does not permit reads`;
    }
    else if (!(0,toolkit/* cacheServiceAvailable */.jI)()) {
        skipped = "no Actions cache service is available to this job";
    }
    else {
        if (plan.layout === "full")
            await makeDirsWritable(plan.gomodcache);
        try {
            const limit = opts.timeoutSeconds ?? DEFAULT_CACHE_TIMEOUT_SECONDS;
            const first = await (0,toolkit/* withinSeconds */.NH)((0,toolkit/* captureToolkit */.hK)(() => toolkit/* cache.restoreCache */.PP.restoreCache(plan.paths.slice(), plan.key, plan.restoreKeys.slice(), {
                segmentTimeoutInMs: limit * 1000,
            })), limit);
            if (first === "timeout") {
                problem = `the cache service did not deliver ${plan.key} within ${limit} s (cache-timeout: ${limit})`;
            }
            else {
                const { value, log } = first;
                archiveBytes = (0,toolkit/* archiveBytesFrom */.ey)(log);
                problem = (0,toolkit/* firstComplaint */.oM)(log);
                denied = problem?.includes("cache read denied:") ?? false;
                if (value !== undefined && !problem) {
                    matchedKey = value;
                    hit = value === plan.key ? "exact" : "partial";
                }
            }
        }
        catch (e) {
            problem = e instanceof Error ? e.message : String(e);
        }
    }
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
        announceRestore(facts, denied);
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
/** Parses the post step's state string; undefined when absent or not ours. */
function parseState(text) {
    if (!text)
        return undefined;
    try {
        const s = JSON.parse(text);
        if (s.v !== 1 ||
            typeof s.key !== "string" ||
            !Array.isArray(s.paths) ||
            typeof s.gomodcache !== "string" ||
            !s.restoredManifest)
            return undefined;
        return s;
    }
    catch {
        return undefined;
    }
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

// EXTERNAL MODULE: ./src/process/bounded.ts + 1 modules
var bounded = __webpack_require__(2094);
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
        run = await (0,bounded/* runBounded */.B)(opts.goBin, ["mod", "download", "-json", ...(opts.args ?? [])], {
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/sumdb/dirhash.ts
var dirhash = __webpack_require__(8042);
// EXTERNAL MODULE: ./src/check/rules.ts
var rules = __webpack_require__(4327);
// EXTERNAL MODULE: ./src/toolchain/gover.ts
var gover = __webpack_require__(384);
;// CONCATENATED MODULE: ./src/cache/rules.ts


const CACHE_RULES = [
    (0,rules/* defineRule */.Km)("cache-untrusted-files", "warning", ["cache"], "The restored module cache held files go.sum does not vouch for", "Go trusts its module cache: with a zip and its `.ziphash` present it never re-hashes the zip, and extracted trees are used unchecked, so an altered cache entry is built as is, even with GOPROXY=off. After every restore the action hashes each module zip, go.mod and (for `cache-layout: full`) extracted tree and compares them with go.sum; a file that differs, or that go.sum does not list, is removed with its siblings before any go command runs, and the pre-warm fetches it again through GOPROXY. A mismatch means someone who could write the cache entry (a workflow that saves caches, or a job running untrusted code) altered it: find which run saved the entry named in the message and delete it (`gh cache delete <key>`). In strict mode this is an error."),
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
        message: `The module cache entry ${cacheKey} held ${rejected.length} file${rejected.length === 1 ? "" : "s"} that go.sum does not vouch for: ${named}${more}. ` +
            `They were removed before any go command ran and are fetched again through GOPROXY (Go would have used them unchecked). ` +
            (altered
                ? "A hash mismatch means the entry was altered after the files were downloaded: find the run that saved it and delete the entry."
                : "Modules go.sum does not list cannot be verified from the cache."),
    };
}
function describe(r) {
    const what = r.file === "tree" ? "extracted tree" : r.file;
    const why = r.why === "mismatch"
        ? "hash differs from go.sum"
        : r.why === "unlisted"
            ? "not in go.sum"
            : "unreadable";
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
// What does not match go.sum, or is not listed there at all (nothing here can vouch for it), is
// removed with its sibling files, so the pre-warm fetches it again through the chain and Go
// checks it as a fresh download (against go.sum or the checksum database).










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
/**
 * Hashes every module zip and go.mod in the download cache (and every extracted tree when
 * `trees`), in parallel, and removes what go.sum does not vouch for. Files go.sum does not
 * list are removed unhashed: they cost nothing to drop and Go fetches them again if needed.
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
        seconds: 0,
    };
    const jobs = [];
    for (const m of scan.modules) {
        for (const v of m.versions) {
            const id = `${v.path}@${v.version}`;
            const dropVersion = async (file, why) => {
                result.rejected.push({ module: id, file, why, bytes: v.bytes });
                await removeVersion(opts.gomodcache, v.dir, v.stem, v.path);
            };
            jobs.push(async () => {
                if (v.hasMod) {
                    const data = await (0,promises_.readFile)((0,external_node_path_.join)(v.dir, `${v.stem}.mod`));
                    result.mods++;
                    result.bytes += data.length;
                    const why = judge(index.mod.get(id), () => (0,dirhash/* hashGoMod */.hK)(data));
                    if (why)
                        return dropVersion("go.mod", why);
                }
                if (v.hasZip) {
                    const want = index.zip.get(id);
                    if (!want)
                        return dropVersion("zip", "unlisted");
                    // hashZip keeps the zip reading (and its bounds) in one place.
                    const data = await (0,promises_.readFile)((0,external_node_path_.join)(v.dir, `${v.stem}.zip`));
                    result.zips++;
                    result.bytes += data.length;
                    const why = judge(want, () => (0,dirhash/* hashZip */.mk)(data));
                    if (why)
                        return dropVersion("zip", why);
                }
                else if (v.files.some((f) => f.name.endsWith(".ziphash"))) {
                    // A .ziphash alone vouches for nothing and would make Go skip hashing a later zip.
                    await (0,promises_.rm)((0,external_node_path_.join)(v.dir, `${v.stem}.ziphash`), { force: true });
                }
            });
        }
    }
    await runLimited(jobs, opts.concurrency ?? Math.max(2, (0,external_node_os_.availableParallelism)() * 2));
    if (opts.trees) {
        const rejected = new Set(result.rejected.map((r) => r.module));
        const treeJobs = (await extractedTrees(opts.gomodcache))
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
                ? judge(index.zip.get(t.id), () => (0,dirhash/* hash1 */.C_)(files))
                : index.zip.has(t.id)
                    ? "unreadable"
                    : "unlisted";
            if (!why)
                return;
            result.rejected.push({ module: t.id, file: "tree", why, bytes: 0 });
            await removeTree(t.dir);
        });
        await runLimited(treeJobs, opts.concurrency ?? Math.max(2, (0,external_node_os_.availableParallelism)() * 2));
    }
    result.rejected.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
    result.seconds = (performance.now() - started) / 1000;
    return result;
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
/**
 * Restores the module cache and, when anything came back, verifies it (the `full` layout's
 * trees too) before the caller lets any go command run.
 */
async function restoreVerified(plan, sums, opts = {}) {
    const restored = await restoreModuleCache(plan, opts);
    if (restored.facts.hit === "miss")
        return restored;
    const v = await verifyModuleCache({
        gomodcache: plan.gomodcache,
        sums,
        trees: plan.layout === "full",
    });
    const trees = plan.layout === "full" ? `, ${v.trees} extracted trees` : "";
    core/* info */.pq(`Module cache verified against go.sum: ${v.zips} zips, ${v.mods} go.mod files${trees} (${(0,toolkit/* humanBytes */.p6)(v.bytes)}) in ${v.seconds.toFixed(2)} s; ${v.rejected.length} removed`);
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
