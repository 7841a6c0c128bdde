export const id = 459;
export const ids = [459];
export const modules = {

/***/ 9034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Le: () => (/* binding */ makeWritable),
/* harmony export */   Pz: () => (/* binding */ makeDirsReadOnly),
/* harmony export */   VR: () => (/* binding */ runnableFixups),
/* harmony export */   hV: () => (/* binding */ writeFiles),
/* harmony export */   yv: () => (/* binding */ checkModuleZip)
/* harmony export */ });
/* unused harmony export MAX_UNZIPPED */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6136);
// Unpacking a verified toolchain module zip, in pure Node (no `unzip` needed): the checks of
// golang.org/x/mod/zip's Unzip (every name under `<module>@<version>/`, clean relative paths, no
// case-folding duplicates, go.mod only at the root, at most 500 MiB unpacked), then the fix-ups
// cmd/go's toolchain switch makes on first use (execute bits under bin/ and pkg/tool/, every
// `_go.mod` copied to `go.mod`).



/** x/mod/zip's MaxZipFile for the unpacked contents. */
const MAX_UNZIPPED = 500 << 20;
const bad = (message) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainError */ .g("install", "toolchain-bad-zip", message);
/** The files of a module zip, checked as x/mod/zip's Unzip checks them. */
function checkModuleZip(entries, prefix) {
    const seen = new Set();
    const out = [];
    let size = 0;
    for (const e of entries) {
        const full = Buffer.from(e.name).toString("utf8");
        if (!full.startsWith(prefix)) {
            throw bad(`zip for ${prefix.slice(0, -1)} has unexpected file ${full}`);
        }
        let name = full.slice(prefix.length);
        if (name === "")
            continue;
        const isDir = name.endsWith("/");
        if (isDir)
            name = name.slice(0, -1);
        const parts = name.split("/");
        if (name === "" ||
            name.startsWith("/") ||
            parts.some((p) => p === "" || p === "." || p === "..") ||
            /[\\:\x00-\x1f\x7f]/.test(name)) {
            throw bad(`${full}: malformed file path: not clean or not allowed`);
        }
        if (isDir)
            continue;
        const folded = name.toLowerCase();
        if (seen.has(folded))
            throw bad(`${full}: multiple entries for file`);
        seen.add(folded);
        const base = parts[parts.length - 1];
        if (base.toLowerCase() === "go.mod" && name !== "go.mod") {
            throw bad(`${full}: go.mod file not in module root directory`);
        }
        size += e.data.length;
        if (size > MAX_UNZIPPED) {
            throw bad(`total uncompressed size of module contents too large (max size is ${MAX_UNZIPPED} bytes)`);
        }
        out.push({ name, data: e.data });
    }
    return out;
}
/** Writes the files under dir with one mode for files; directories are created as needed. */
async function writeFiles(dir, files, fileMode) {
    const made = new Set();
    for (const f of files) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ...f.name.split("/"));
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target);
        if (!made.has(parent)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(parent, { recursive: true });
            made.add(parent);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, f.data, { mode: fileMode, flag: "wx" });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(target, fileMode); // the umask does not decide Go's modes
    }
}
async function walk(dir, visit) {
    const stack = [dir];
    for (let guard = 0; stack.length > 0 && guard < 10_000_000; guard++) {
        const d = stack.pop();
        for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(d, { withFileTypes: true })) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, e.name);
            if (e.isDirectory())
                stack.push(p);
            await visit(p, e.isDirectory());
        }
    }
}
/** What cmd/go's toolchain.Exec does before running a downloaded toolchain the first time. */
async function runnableFixups(goroot) {
    for (const sub of ["pkg/tool", "bin"]) {
        const d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(goroot, sub);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(d).catch(() => undefined))?.isDirectory())
            continue;
        await walk(d, async (p, isDir) => {
            if (isDir)
                return;
            const m = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p)).mode & 0o777;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(p, m | 0o111);
        });
    }
    await walk(goroot, async (p, isDir) => {
        if (isDir || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(p) !== "_go.mod")
            return;
        const target = p.slice(0, -"_go.mod".length) + "go.mod";
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).catch(() => undefined)))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(p, target);
    });
}
/** Go's makeDirsReadOnly: every directory 0555 (files are already 0444). */
async function makeDirsReadOnly(dir) {
    const dirs = [dir];
    await walk(dir, async (p, isDir) => {
        if (isDir)
            dirs.push(p);
    });
    for (const d of dirs.reverse())
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(d, 0o555);
}
/** Makes a tree writable again so it can be removed (module cache trees are read-only). */
async function makeWritable(dir) {
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined))?.isDirectory())
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dir, 0o755);
    await walk(dir, async (p, isDir) => {
        if (isDir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(p, 0o755);
    });
}


/***/ }),

/***/ 3889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ writeToModcache),
/* harmony export */   PR: () => (/* binding */ goModCache),
/* harmony export */   q5: () => (/* binding */ isUnpacked),
/* harmony export */   tC: () => (/* binding */ modcachePaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sumdb_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7127);
/* harmony import */ var _extract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9034);
/* harmony import */ var _gover_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(384);
// Where a verified toolchain goes in GOMODCACHE, exactly as modfetch.Download lays it out, so a
// later GOTOOLCHAIN switch finds it and needs no network.






const exists = (p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p);
/** The module cache Go uses: GOMODCACHE, else the first GOPATH entry's pkg/mod, else ~/go/pkg/mod. */
function goModCache(env) {
    if (env.GOMODCACHE)
        return env.GOMODCACHE;
    const gopath = (env.GOPATH ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).find((p) => p !== "");
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gopath ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME ?? "", "go"), "pkg", "mod");
}
/** The unpacked toolchain and its download-cache files, as modfetch names them. */
function modcachePaths(gomodcache, moduleVersion) {
    const escaped = (0,_sumdb_records_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeModulePath */ .xk)(_gover_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOLCHAIN_MODULE */ .xc).split("/");
    const v = (0,_sumdb_records_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeModuleVersion */ .qN)(moduleVersion);
    const dl = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gomodcache, "cache", "download", ...escaped, "@v");
    return {
        dir: `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gomodcache, ...escaped)}@${v}`,
        dl,
        lock: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dl, `${v}.lock`),
        zip: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dl, `${v}.zip`),
        ziphash: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dl, `${v}.ziphash`),
        partial: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dl, `${v}.partial`),
    };
}
/** modfetch.DownloadDir's test: unpacked, no .partial, a .ziphash. */
function isUnpacked(gomodcache, moduleVersion) {
    const p = modcachePaths(gomodcache, moduleVersion);
    return exists(p.dir) && !exists(p.partial) && exists(p.ziphash);
}
async function writeAtomic(target, data, mode = 0o644) {
    const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data, { mode });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
}
/** Writes a verified toolchain into GOMODCACHE in modfetch.Download's layout. */
async function writeToModcache(gomodcache, t, opts = {}) {
    const p = modcachePaths(gomodcache, t.moduleVersion);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(p.dl, { recursive: true });
    if (!exists(p.lock))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(p.lock, "");
    await writeAtomic(p.zip, t.zip);
    await writeAtomic(p.ziphash, t.zipHash);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(p.partial, "");
    if (exists(p.dir)) {
        await (0,_extract_js__WEBPACK_IMPORTED_MODULE_4__/* .makeWritable */ .Le)(p.dir);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(p.dir, { recursive: true, force: true });
    }
    try {
        await (0,_extract_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFiles */ .hV)(p.dir, t.files, 0o444);
        if (!opts.modcacheRW)
            await (0,_extract_js__WEBPACK_IMPORTED_MODULE_4__/* .makeDirsReadOnly */ .Pz)(p.dir);
    }
    catch (err) {
        await (0,_extract_js__WEBPACK_IMPORTED_MODULE_4__/* .makeWritable */ .Le)(p.dir).catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(p.dir, { recursive: true, force: true });
        throw err;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(p.partial, { force: true });
    // The checksum database client's cache: the lookup and the tiles that proved it.
    const db = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gomodcache, "cache", "download", "sumdb", ...t.record.database.split("/"));
    const lookup = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(db, "lookup", `${(0,_sumdb_records_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeModulePath */ .xk)(_gover_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOLCHAIN_MODULE */ .xc)}@${(0,_sumdb_records_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeModuleVersion */ .qN)(t.moduleVersion)}`);
    const cached = [[lookup, t.record.lookupBody]];
    for (const [tile, data] of t.record.tiles)
        cached.push([(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(db, ...tile.split("/")), data]);
    for (const [file, data] of cached) {
        if (exists(file) && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).size > 0)
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), { recursive: true });
        await writeAtomic(file, data);
    }
    return p.dir;
}


/***/ }),

/***/ 3459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prewarmToolchains: () => (/* binding */ prewarmToolchains)
/* harmony export */ });
/* harmony import */ var _go_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2054);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6136);
/* harmony import */ var _fetch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1986);
/* harmony import */ var _gover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(384);
/* harmony import */ var _modcache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3889);
/* harmony import */ var _switch_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5751);
/* harmony import */ var _verified_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3111);







function diagnosticFor(err, version) {
    const variable = /sumdb|checksum/.test(err.rule) ? "GOSUMDB" : "GOPROXY";
    return {
        rule: err.rule,
        severity: "error",
        variable,
        message: `Pre-warming go${version} (GOTOOLCHAIN will switch to it) failed: ${err.message}. The first go command of the job will fail the same way.`,
    };
}
/**
 * Plans (see planToolchainPrewarm) and fetches every toolchain Go would download, verified,
 * into GOMODCACHE. Never throws for download problems: they come back as diagnostics.
 */
async function prewarmToolchains(input) {
    const plan = input.plan ?? (await (0,_switch_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .planToolchainPrewarm */ .F$)(input));
    const diagnostics = [...plan.diagnostics];
    const prewarmed = [];
    const blocked = diagnostics.some((x) => x.severity === "error" &&
        (x.rule === "toolchain-sumdb-off" || x.rule === "toolchain-goproxy-off"));
    if (plan.downloads.length === 0 || blocked)
        return { plan, prewarmed, diagnostics };
    const { goos, goarch } = { ...(0,_gover_js__WEBPACK_IMPORTED_MODULE_3__/* .goPlatform */ .GI)(), ...(0,_switch_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .pick */ .Up)(input) };
    const gomodcache = (0,_modcache_js__WEBPACK_IMPORTED_MODULE_4__/* .goModCache */ .PR)(input.env);
    const modcacheRW = /(^|\s)-modcacherw(=true)?(\s|$)/.test(input.env.GOFLAGS ?? "");
    const chain = await (0,_fetch_js__WEBPACK_IMPORTED_MODULE_2__/* .openChain */ .yP)({
        env: input.env,
        goVersion: (0,_go_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoVersion */ .SX)(plan.local) ?? { major: 1, minor: 21, patch: 0 },
        timeoutMs: input.timeoutMs ?? 600_000,
        ...(input.goImportUrl ? { goImportUrl: input.goImportUrl } : {}),
    });
    try {
        for (const version of plan.downloads) {
            const started = performance.now();
            const moduleVersion = (0,_gover_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainModuleVersion */ .AL)(version, goos, goarch);
            if ((0,_modcache_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnpacked */ .q5)(gomodcache, moduleVersion)) {
                prewarmed.push({
                    version,
                    moduleVersion,
                    source: "modcache",
                    seconds: 0,
                    dir: (0,_modcache_js__WEBPACK_IMPORTED_MODULE_4__/* .modcachePaths */ .tC)(gomodcache, moduleVersion).dir,
                });
                continue;
            }
            try {
                const t = await (0,_verified_js__WEBPACK_IMPORTED_MODULE_6__/* .fetchVerifiedToolchain */ .s)(chain, version, goos, goarch);
                for (const a of t.attempts.filter((x) => x.outcome === "not-found")) {
                    diagnostics.push({
                        rule: "toolchain-not-mirrored",
                        severity: "warning",
                        variable: "GOPROXY",
                        value: a.origin,
                        message: `${a.origin} does not mirror ${_gover_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOLCHAIN_MODULE */ .xc} (${a.status} for ${moduleVersion}.zip); Go falls through to the next GOPROXY entry for every toolchain download.`,
                    });
                }
                const dir = await (0,_modcache_js__WEBPACK_IMPORTED_MODULE_4__/* .writeToModcache */ .Fr)(gomodcache, t, { modcacheRW });
                const facts = {
                    version,
                    moduleVersion,
                    source: "proxy",
                    origin: t.origin,
                    seconds: Math.round(performance.now() - started) / 1000,
                    verified: {
                        database: t.record.database,
                        treeSize: t.record.treeSize,
                        recordId: t.record.recordId,
                        record: t.record.record,
                    },
                    dir,
                    attempts: t.attempts,
                };
                prewarmed.push(facts);
                diagnostics.push({
                    rule: "toolchain-prewarmed",
                    severity: "notice",
                    variable: "GOTOOLCHAIN",
                    message: `go${version} (${moduleVersion}, ${t.zip.length} bytes from ${t.origin}) is verified against ${t.record.database} (record ${t.record.recordId} of ${t.record.treeSize}) and unpacked in GOMODCACHE: the GOTOOLCHAIN switch will not download it again.`,
                });
            }
            catch (err) {
                if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolchainError */ .g))
                    throw err;
                const attempts = err.attempts ?? [];
                if (err.kind === "not-found" && attempts.some((a) => a.outcome === "not-found")) {
                    diagnostics.push({
                        rule: "toolchain-not-mirrored",
                        severity: "error",
                        variable: "GOPROXY",
                        message: `No GOPROXY entry has ${_gover_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOLCHAIN_MODULE */ .xc}@${moduleVersion} (${attempts.map((a) => `${a.origin}: ${a.status ?? a.error ?? a.outcome}`).join(", ")}); the switch will fail with "download go${version} for ${goos}/${goarch}: toolchain not available". Add a proxy that mirrors ${_gover_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOLCHAIN_MODULE */ .xc}, or install the version up front (go-version input).`,
                    });
                }
                else
                    diagnostics.push(diagnosticFor(err, version));
            }
        }
    }
    finally {
        await chain.close();
    }
    return { plan, prewarmed, diagnostics };
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


/***/ }),

/***/ 3111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ fetchVerifiedToolchain)
/* harmony export */ });
/* harmony import */ var _sumdb_dirhash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1699);
/* harmony import */ var _sumdb_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9538);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6136);
/* harmony import */ var _extract_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9034);
/* harmony import */ var _fetch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1986);
/* harmony import */ var _gover_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(384);
// One toolchain download, proven before anything touches the disk: the zip through the chain,
// its h1: hash (dirhash.HashZip), and the checksum database's signed, tile-proven record for the
// same module version. Shared by installToolchain and the GOMODCACHE pre-warm.






/** Downloads and verifies go<version> for goos/goarch. Throws ToolchainError; writes nothing. */
async function fetchVerifiedToolchain(chain, version, goos, goarch) {
    const moduleVersion = (0,_gover_js__WEBPACK_IMPORTED_MODULE_5__/* .toolchainModuleVersion */ .AL)(version, goos, goarch);
    const what = `${_gover_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOLCHAIN_MODULE */ .xc}@${moduleVersion}`;
    // Settings that cannot work fail before a byte is downloaded.
    if (chain.gosumdb.kind !== "db")
        await (0,_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .sumdbAccess */ .S)(chain);
    let fetched;
    try {
        fetched = await (0,_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchModuleFile */ .Ln)(chain, `${moduleVersion}.zip`);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainError */ .g && err.kind === "not-found") {
            const e = new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainError */ .g("not-found", err.rule, `download go${version} for ${goos}/${goarch}: toolchain not available (${err.message})`);
            Object.assign(e, { attempts: err.attempts });
            throw e;
        }
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainError */ .g) {
            const e = new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainError */ .g(err.kind, err.rule, `download go${version}: ${err.message}`);
            Object.assign(e, { attempts: err.attempts });
            throw e;
        }
        throw err;
    }
    if (fetched.body.length > _fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_ZIP_FILE */ .yM) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainError */ .g("network", "toolchain-proxy-failed", `${what}: downloaded zip file too large`);
    }
    const access = await (0,_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .sumdbAccess */ .S)(chain);
    const record = await (0,_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .lookupVerified */ .rg)(chain, access, _gover_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOLCHAIN_MODULE */ .xc, moduleVersion);
    let zipHash;
    let entries;
    try {
        zipHash = (0,_sumdb_dirhash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashZip */ .mk)(fetched.body);
        entries = (0,_sumdb_dirhash_js__WEBPACK_IMPORTED_MODULE_0__/* .readZip */ .ue)(fetched.body);
    }
    catch (err) {
        if (!(err instanceof _sumdb_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SumdbError */ .q6))
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainError */ .g("security", "toolchain-checksum-mismatch", `verifying ${what}: the zip served by ${fetched.origin} is not a valid zip (${err.message}); the checksum database (${access.name}) records ${record.zipHash} for it.\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum database. Nothing was installed.`);
    }
    if (zipHash !== record.zipHash) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainError */ .g("security", "toolchain-checksum-mismatch", `verifying ${what}: checksum mismatch\n\tdownloaded: ${zipHash}\n\t${access.name}: ${record.zipHash}\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum database. The bits may have been replaced on ${fetched.origin}, or an attacker may have intercepted the download. Nothing was installed.`);
    }
    const files = (0,_extract_js__WEBPACK_IMPORTED_MODULE_3__/* .checkModuleZip */ .yv)(entries, `${what}/`);
    return {
        version,
        moduleVersion,
        zip: fetched.body,
        zipHash,
        files,
        origin: fetched.origin,
        attempts: fetched.attempts,
        sumdbAttempts: access.attempts,
        record,
    };
}


/***/ })

};
