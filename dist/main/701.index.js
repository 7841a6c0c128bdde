export const id = 701;
export const ids = [701];
export const modules = {

/***/ 9808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _s: () => (/* binding */ planCache),
/* harmony export */   rN: () => (/* binding */ restoreModuleCache)
/* harmony export */ });
/* unused harmony export DEFAULT_CACHE_TIMEOUT_SECONDS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5877);
/* harmony import */ var _redact_untrusted_echo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7977);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8445);
/* harmony import */ var _modcache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4406);
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6088);
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6423);
// Restoring the module cache before any go command runs. An edge: network (through
// @actions/cache), files, annotations.
//
// Never fatal: a service error, a network failure or a denied read is a miss, reported once
// (a warning for trouble, a notice for a policy denial), and the job goes on.









/** Key, restore keys and path list: pure. */
function planCache(input) {
    const layout = input.layout ?? "download";
    const keys = (0,_key_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheKeys */ .Xr)({
        os: input.os ?? (0,_key_js__WEBPACK_IMPORTED_MODULE_3__/* .runnerOs */ .tg)(),
        layout,
        graphFiles: input.graphFiles,
        ...(input.suffix !== undefined ? { suffix: input.suffix } : {}),
    });
    return {
        gomodcache: input.gomodcache,
        layout,
        key: keys.key,
        restoreKeys: keys.restoreKeys,
        paths: (0,_key_js__WEBPACK_IMPORTED_MODULE_3__/* .cachePaths */ .Rl)(input.gomodcache, layout, input.home),
    };
}
/** A restore or a save that takes longer than this is given up (cache-timeout). */
const DEFAULT_CACHE_TIMEOUT_SECONDS = 300;
async function restoreModuleCache(plan, opts = {}) {
    const env = opts.env ?? process.env;
    const announce = opts.announce ?? true;
    const dl = (0,_key_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadDir */ .cP)(plan.gomodcache);
    const before = await (0,_modcache_js__WEBPACK_IMPORTED_MODULE_6__/* .scanDownloadCache */ .wi)(dl);
    const started = performance.now();
    const skipped = (0,_transfer_js__WEBPACK_IMPORTED_MODULE_8__/* .cacheClosed */ .v3)(env, "read");
    if (!skipped && plan.layout === "full")
        await makeDirsWritable(plan.gomodcache);
    const fetched = skipped
        ? undefined
        : await (0,_transfer_js__WEBPACK_IMPORTED_MODULE_8__/* .fetchEntry */ .tg)(plan.paths, plan.key, plan.restoreKeys, opts.timeoutSeconds ?? DEFAULT_CACHE_TIMEOUT_SECONDS, opts.onFound);
    const { hit, matchedKey, archiveBytes, problem } = fetched ?? {
        hit: "miss",
    };
    const seconds = (performance.now() - started) / 1000;
    const after = await (0,_modcache_js__WEBPACK_IMPORTED_MODULE_6__/* .scanDownloadCache */ .wi)(dl);
    const had = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .versionSet */ .V)(before);
    const restoredVersions = hit === "miss" ? [] : [...(0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .versionSet */ .V)(after)].filter((v) => !had.has(v));
    const extracted = plan.layout === "full" ? await (0,_modcache_js__WEBPACK_IMPORTED_MODULE_6__/* .listExtractedModules */ .s7)(plan.gomodcache) : undefined;
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestOf */ .$)(after, {
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
    return { facts, state, restoredVersions, preexisting: [...had], listing: after };
}
function announceRestore(f, denied) {
    if (f.problem) {
        const text = `Module cache not restored (continuing without it): ${f.problem}`;
        if (denied)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(text, { title: "Module cache" });
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(text, { title: "Module cache" });
    }
    const size = f.archiveBytes !== undefined ? `, ${(0,_toolkit_js__WEBPACK_IMPORTED_MODULE_7__/* .humanBytes */ .p6)(f.archiveBytes)}` : "";
    if (f.hit === "exact")
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Module cache: exact hit ${f.key} (${f.seconds.toFixed(1)} s${size})`);
    // The matched key is what the cache service says it restored: untrusted text.
    else if (f.hit === "partial")
        (0,_redact_untrusted_echo_js__WEBPACK_IMPORTED_MODULE_4__/* .echoUntrusted */ .ex)(`Module cache: restored ${f.matchedKey} for ${f.key} (${f.seconds.toFixed(1)} s${size}); unneeded versions will be pruned`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Module cache: miss for ${f.key}${f.skipped ? ` (${f.skipped})` : ""}`);
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
            st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir);
        }
        catch {
            return;
        }
        if ((st.mode & 0o200) === 0) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dir, (st.mode & 0o7777) | 0o200);
                changed++;
            }
            catch {
                return;
            }
        }
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries)
            if (e.isDirectory())
                await walk((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name));
    };
    await walk(root);
    return changed;
}


/***/ }),

/***/ 1289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pR: () => (/* binding */ untrustedFilesDiagnostic)
/* harmony export */ });
/* unused harmony exports CACHE_RULES, suspicious */
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1961);
/* harmony import */ var _toolchain_gover_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(384);


const CACHE_RULES = [
    (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)("cache-untrusted-files", "warning", ["cache"], "The restored module cache held files go.sum does not vouch for", "Go trusts its module cache: with a zip and its `.ziphash` present it never re-hashes the zip, and extracted trees are used unchecked, so an altered cache entry is built as is, even with GOPROXY=off. After every restore the action hashes each module zip, go.mod and (for `cache-layout: full`) extracted tree and compares them with go.sum; a version go.sum does not list is checked against the checksum database instead, when Go would ask it (GOSUMDB on, no GONOSUMDB/GOPRIVATE match). A file that differs, or that neither vouches for (the database unreachable included), is removed with its siblings before any go command runs, and the pre-warm fetches it again through GOPROXY. A mismatch means someone who could write the cache entry (a workflow that saves caches, or a job running untrusted code) altered it: find which run saved the entry named in the message and delete it (`gh cache delete <key>`). In strict mode this is an error."),
];
const MAX_NAMED = 10;
/**
 * Which removals are news. A partial hit restores an entry saved for another go.sum, so
 * versions this go.sum does not list are expected there (the pruner would drop them too); an
 * exact hit was saved for this very go.sum, so anything unlisted in it was put there. Toolchain
 * modules are never in go.sum (Go proves them with the checksum database on each switch).
 */
function suspicious(rejected, hit) {
    return rejected.filter((r) => r.why !== "unlisted" || (hit === "exact" && !r.module.startsWith(`${_toolchain_gover_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOLCHAIN_MODULE */ .xc}@`)));
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


/***/ }),

/***/ 1082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ indexSums),
/* harmony export */   cy: () => (/* binding */ unverifiableVersions),
/* harmony export */   l6: () => (/* binding */ unlistedRemoved),
/* harmony export */   vz: () => (/* binding */ restoreVerified)
/* harmony export */ });
/* unused harmony exports judge, verifyModuleCache, filesLeft */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _sumdb_dirhash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1699);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5877);
/* harmony import */ var _modcache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4406);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9808);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1289);
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6088);
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
/** Whether go.sum lacks a line for one of the version's files (its go.mod, its zip). Pure. */
function unlistedIn(index, v) {
    const id = `${v.path}@${v.version}`;
    return (v.hasMod && !index.mod.has(id)) || (v.hasZip && !index.zip.has(id));
}
/**
 * Versions ("path@version") a later restore could not verify, so it would drop them and warn:
 * go.sum (as the cache key saw it) does not list one of their files, and Go would not ask the
 * checksum database (`asksDatabase` false: GOSUMDB=off, GONOSUMDB/GOPRIVATE). `go mod download`
 * adds such versions when go.sum is not tidy. Pure.
 */
function unverifiableVersions(scan, index, asksDatabase) {
    return scan.modules.flatMap((m) => m.versions
        .filter((v) => unlistedIn(index, v) && !asksDatabase(v.path))
        .map((v) => `${v.path}@${v.version}`));
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
    const scan = opts.listing ?? (await (0,_modcache_js__WEBPACK_IMPORTED_MODULE_7__/* .scanDownloadCache */ .wi)((0,_key_js__WEBPACK_IMPORTED_MODULE_6__/* .downloadDir */ .cP)(opts.gomodcache)));
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
                const db = unlistedIn(index, v)
                    ? fromDatabase(await opts.database?.vouch(v.path, v.version), result)
                    : undefined;
                database = db?.database;
                if (db)
                    vouched.set(id, db.zip);
                // Files are read synchronously: the hash right after is synchronous anyway, and an async
                // read is four thread-pool round trips (open, stat, read, close): on 300 modules that
                // made the verification 235-250 ms against 145 ms.
                if (v.hasMod) {
                    const data = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(v.dir, `${v.stem}.mod`));
                    result.mods++;
                    result.bytes += data.length;
                    const why = judge(index.mod.get(id) ?? db?.mod, () => (0,_sumdb_dirhash_js__WEBPACK_IMPORTED_MODULE_5__/* .hashGoMod */ .hK)(data));
                    if (why)
                        return dropVersion("go.mod", why);
                }
                if (v.hasZip) {
                    const want = index.zip.get(id) ?? db?.zip;
                    if (!want)
                        return dropVersion("zip", "unlisted");
                    // dirhash keeps the zip reading (and its bounds) in one place.
                    const data = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(v.dir, `${v.stem}.zip`));
                    result.zips++;
                    result.bytes += data.length;
                    const hash = await (0,_sumdb_dirhash_js__WEBPACK_IMPORTED_MODULE_5__/* .hashZipAsync */ .iQ)(data).catch((err) => err);
                    // A bomb or a broken zip: say which.
                    if (hash instanceof Error)
                        return dropVersion("zip", "unreadable", hash.message);
                    if (!want.has(hash))
                        return dropVersion("zip", "mismatch");
                }
                else if (v.files.some((f) => f.name.endsWith(".ziphash"))) {
                    // A .ziphash alone vouches for nothing and would make Go skip hashing a later zip.
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(v.dir, `${v.stem}.ziphash`), { force: true });
                }
            });
        }
    }
    const limit = opts.concurrency ?? Math.max(2, (0,node_os__WEBPACK_IMPORTED_MODULE_3__.availableParallelism)() * 2);
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
            ? judge(want(t.id), () => (0,_sumdb_dirhash_js__WEBPACK_IMPORTED_MODULE_5__/* .hash1 */ .C_)(files))
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, stem + ext), { force: true });
    const tree = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(gomodcache, `${(0,_modcache_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeModuleString */ .Z1)(path)}@${stem}`);
    await removeTree(tree);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(`${tree}.partial`, { force: true });
}
/** Go makes extracted trees read-only: give the owner write access, then remove. */
async function removeTree(dir) {
    const walk = async (d) => {
        let st;
        try {
            st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(d);
        }
        catch {
            return;
        }
        if (!st.isDirectory())
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(d, 0o755).catch(() => undefined);
        for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(d).catch(() => []))
            await walk((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(d, e));
    };
    await walk(dir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
}
/** Extracted module trees (`<escaped path>@<escaped version>` directories outside cache/). */
async function extractedTrees(gomodcache) {
    const found = [];
    let seen = 0;
    const walk = async (dir, rel) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            if (!e.isDirectory() || ++seen > 2_000_000)
                continue;
            if (rel === "" && e.name === "cache")
                continue;
            const childRel = rel ? `${rel}/${e.name}` : e.name;
            const at = e.name.indexOf("@");
            if (at < 0) {
                await walk((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, e.name), childRel);
                continue;
            }
            const path = (0,_modcache_js__WEBPACK_IMPORTED_MODULE_7__/* .unescapeModuleString */ .cP)(`${rel ? `${rel}/` : ""}${e.name.slice(0, at)}`);
            const version = (0,_modcache_js__WEBPACK_IMPORTED_MODULE_7__/* .unescapeModuleString */ .cP)(e.name.slice(at + 1));
            // A name Go would not make cannot be checked: it is dropped as unlisted.
            found.push({ id: `${path ?? childRel}@${version ?? ""}`, dir: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, e.name) });
        }
    };
    await walk(gomodcache, "");
    return found;
}
/** The tree's files named as in the module zip (`path@version/rel`); throws on anything but files and directories. */
async function treeFiles(root, prefix) {
    const files = [];
    const walk = async (dir, rel) => {
        for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, e.name), r);
            else if (e.isFile())
                files.push({ name: `${prefix}/${r}`, data: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, e.name)) });
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
    const restored = await time("restore", () => (0,_restore_js__WEBPACK_IMPORTED_MODULE_8__/* .restoreModuleCache */ .rN)(plan, restoreOpts));
    if (restored.facts.hit === "miss")
        return restored;
    let v;
    try {
        v = await time("verification", () => verifyModuleCache({
            gomodcache: plan.gomodcache,
            sums,
            trees: plan.layout === "full",
            listing: restored.listing,
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
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Module cache verified against go.sum: ${v.zips} zips, ${v.mods} go.mod files${trees} (${(0,_toolkit_js__WEBPACK_IMPORTED_MODULE_10__/* .humanBytes */ .p6)(v.bytes)}) in ${v.seconds.toFixed(2)} s${asked}; ${v.rejected.length} removed`);
    const diagnostic = (0,_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .untrustedFilesDiagnostic */ .pR)(v, restored.facts.hit, restored.facts.matchedKey ?? plan.key);
    return {
        ...restored,
        verification: v,
        present: filesLeft(restored.listing, v),
        ...(diagnostic ? { diagnostic } : {}),
    };
}
/** The files of `listing` ("<escaped path>/@v/<name>") a verification of it left in place. Pure. */
function filesLeft(listing, v) {
    // Versions it rejected lost every file; a tree's rejection leaves the download cache alone.
    const removed = new Set(v.rejected.filter((r) => r.file !== "tree").map((r) => r.module));
    const left = new Set();
    for (const m of listing.modules) {
        const at = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.relative)(listing.root, m.dir).split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep).join("/");
        for (const f of m.others)
            left.add(`${at}/${f.name}`);
        for (const ver of m.versions) {
            if (removed.has(`${ver.path}@${ver.version}`))
                continue;
            for (const f of ver.files)
                // A .ziphash without its zip is removed (verifyModuleCache).
                if (ver.hasZip || f.name !== `${ver.stem}.ziphash`)
                    left.add(`${at}/${f.name}`);
        }
    }
    return left;
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


/***/ })

};
