export const id = 646;
export const ids = [646];
export const modules = {

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
/* harmony export */   qu: () => (/* binding */ versionListText),
/* harmony export */   s7: () => (/* binding */ listExtractedModules),
/* harmony export */   wi: () => (/* binding */ scanDownloadCache),
/* harmony export */   wr: () => (/* binding */ versionFileStem)
/* harmony export */ });
/* unused harmony exports isScratchFile, compareSemver, isCanonicalVersion */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7529);
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
    const visit = (e, dir, rel) => {
        if (!e.isDirectory()) {
            if (e.isFile() && isScratchFile(e.name))
                scan.scratch.push(rel);
            return false;
        }
        if (e.name === "@v") {
            const mod = readVersionDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name), rel.slice(0, -"/@v".length), scan);
            if (mod)
                scan.modules.push(mod);
            return false;
        }
        if (rel === "sumdb") {
            sizeTree((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name), scan);
            return false;
        }
        return true;
    };
    (0,_walk_js__WEBPACK_IMPORTED_MODULE_2__/* .walkTree */ .I)(root, visit, MAX_ENTRIES);
    scan.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return scan;
}
/** The file's size; undefined when it was removed while we looked. */
const sizeOf = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false })?.size;
function sizeTree(dir, scan) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true, recursive: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (!e.isFile())
            continue;
        const size = sizeOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(e.parentPath, e.name));
        if (size === undefined)
            continue;
        scan.sumdbBytes += size;
        scan.sumdbFiles++;
    }
}
function readVersionDir(dir, escapedPath, scan) {
    const path = unescapeModuleString(escapedPath);
    if (path === undefined || escapedPath === "")
        return undefined;
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
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
        const size = sizeOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name));
        if (size === undefined)
            continue;
        const f = { name: e.name, size };
        const stem = versionFileStem(f.name);
        if (stem === undefined) {
            others.push(f);
            continue;
        }
        const list = byStem.get(stem) ?? [];
        list.push(f);
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
    const visit = (e, _dir, rel) => {
        if (!e.isDirectory() || rel === "cache")
            return false;
        if (e.name.includes("@"))
            found.push(rel);
        return !e.name.includes("@");
    };
    (0,_walk_js__WEBPACK_IMPORTED_MODULE_2__/* .walkTree */ .I)(gomodcache, visit, MAX_ENTRIES);
    return found.sort();
}


/***/ }),

/***/ 6088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mq: () => (/* binding */ cacheMode),
/* harmony export */   NH: () => (/* binding */ withinSeconds),
/* harmony export */   VF: () => (/* binding */ modeAllowsWrite),
/* harmony export */   ey: () => (/* binding */ archiveBytesFrom),
/* harmony export */   fl: () => (/* binding */ loadToolkit),
/* harmony export */   gR: () => (/* binding */ modeAllowsRead),
/* harmony export */   hK: () => (/* binding */ captureToolkit),
/* harmony export */   oM: () => (/* binding */ firstComplaint),
/* harmony export */   p6: () => (/* binding */ humanBytes),
/* harmony export */   v2: () => (/* binding */ cacheServiceOffered)
/* harmony export */ });
/* unused harmony export stopCapture */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _redact_untrusted_echo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7977);
// The edge around @actions/cache 6.x. The toolkit never throws for service trouble: it logs
// (`core.warning`, `core.error` for 5xx, `core.info` for a reserve collision) and returns
// undefined / -1, and on the v1 protocol a failed upload still returns the reserved id. So we
// listen to what it says while it runs: its workflow commands are taken off stdout and turned
// into facts (and into our own annotations, at the level we choose), debug lines pass through,
// info lines are printed where the runner reads no command.
//
// The toolkit takes about half a second to load, so it is loaded only by a step that restores
// or saves: a post step after an exact hit never pays for it.


/** ACTIONS_CACHE_MODE as the toolkit reads it (6.x: none | read | write | write-only; unset or unknown = all allowed). */
function cacheMode(env) {
    return (env.ACTIONS_CACHE_MODE ?? "").trim().toLowerCase();
}
const KNOWN_MODES = ["none", "read", "write", "write-only"];
function modeAllowsRead(mode) {
    return !KNOWN_MODES.includes(mode) || mode === "read" || mode === "write";
}
function modeAllowsWrite(mode) {
    return !KNOWN_MODES.includes(mode) || mode === "write" || mode === "write-only";
}
let toolkit;
/** @actions/cache, loaded on first use. */
function loadToolkit() {
    return (toolkit ??= Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 1691)));
}
/**
 * False when the runner gave this job no cache service: neither of the URLs the toolkit's
 * isFeatureAvailable needs (v1: ACTIONS_CACHE_URL, v2: ACTIONS_RESULTS_URL) is set. Read
 * without the toolkit, so that deciding to skip costs nothing; the toolkit has the last word
 * when a restore or save runs.
 */
function cacheServiceOffered(env) {
    return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
function unescapeData(s) {
    return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
// Toolkit calls may run side by side (the module and build caches restore in parallel): each
// line is credited to the call whose async context wrote it.
const current = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
const active = new Set();
let original;
function routed(chunk, ...rest) {
    const stdout = process.stdout;
    const write = (original ?? stdout.write);
    const capture = current.getStore();
    if (!capture || capture.stopped)
        return write.call(stdout, chunk, ...rest);
    const log = capture.log;
    const text = typeof chunk === "string"
        ? chunk
        : chunk instanceof Uint8Array
            ? Buffer.from(chunk).toString("utf8")
            : "";
    // The toolkit's own commands (core escapes their data, so each is exactly one command).
    const m = /^::(warning|error|debug|add-mask)(?: [^:]*)?::(.*?)(\r?\n)?$/s.exec(text);
    if (m && (m[1] === "warning" || m[1] === "error")) {
        (m[1] === "warning" ? log.warnings : log.errors).push(unescapeData(m[2]));
        const cb = rest.find((r) => typeof r === "function");
        if (cb)
            queueMicrotask(cb);
        return true;
    }
    const lines = m?.[1] === "debug"
        ? [unescapeData(m[2])]
        : text.trim()
            ? text.split(/\r?\n/).filter((l) => l.trim())
            : [];
    (m?.[1] === "debug" ? log.debugs : log.infos).push(...lines);
    // Outside the toolkit's context: what the listener starts must not be credited to this call.
    const onLine = capture.onLine;
    if (onLine)
        current.exit(() => lines.forEach(onLine));
    // Its info lines quote the cache service (the key it restored): no command may come from
    // them. Its masks (the signed archive URL) must reach the runner.
    const shown = m || !text.trim() ? chunk : (0,_redact_untrusted_echo_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralised */ .HB)(text);
    return write.call(stdout, shown, ...rest);
}
function release(capture) {
    capture.stopped = true;
    active.delete(capture);
    if (!active.size && original && process.stdout.write === routed) {
        process.stdout.write = original;
        original = undefined;
    }
}
/**
 * Runs `fn` with the toolkit's ::warning:: and ::error:: commands captured instead of printed
 * (everything else is printed as usual and also recorded, and handed to `onLine` as it comes).
 */
async function captureToolkit(fn, onLine) {
    const capture = {
        log: { warnings: [], errors: [], infos: [], debugs: [] },
        stopped: false,
        ...(onLine ? { onLine } : {}),
    };
    if (!active.size) {
        original = process.stdout.write;
        process.stdout.write = routed;
    }
    active.add(capture);
    try {
        const value = await current.run(capture, fn);
        return { value, log: capture.log };
    }
    finally {
        release(capture);
    }
}
/** Stop capturing now (a toolkit call may still be running, e.g. after a timeout). */
function stopCapture() {
    for (const c of [...active])
        release(c);
}
/**
 * The toolkit's call, or "timeout" after `seconds`. The call cannot be cancelled: after a
 * timeout it is abandoned (its capture released); the step ends with process.exit.
 */
async function withinSeconds(call, seconds) {
    let timer;
    const limit = new Promise((resolve) => {
        timer = setTimeout(() => resolve("timeout"), seconds * 1000);
        timer.unref();
    });
    try {
        const first = await Promise.race([call, limit]);
        if (first === "timeout")
            stopCapture();
        return first;
    }
    finally {
        clearTimeout(timer);
    }
}
/** The archive size the toolkit reports: restore's "Cache Size: ~N MB (B B)", save's debug "File Size: B". */
function archiveBytesFrom(log) {
    for (const line of [...log.infos, ...log.debugs]) {
        const m = /Cache Size: ~\d+ MB \((\d+) B\)/.exec(line) ?? /^File Size: (\d+)$/.exec(line);
        if (m)
            return Number(m[1]);
    }
    return undefined;
}
/** The first thing the toolkit complained about, without its "Failed to …: " preamble. */
function firstComplaint(log) {
    const said = log.errors[0] ?? log.warnings[0];
    return said?.replace(/^Failed to (restore|save): /, "");
}
/** "1.7 KiB", "23.4 MiB". */
function humanBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1048576)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1073741824)
        return `${(n / 1048576).toFixed(1)} MiB`;
    return `${(n / 1073741824).toFixed(2)} GiB`;
}


/***/ }),

/***/ 6423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tg: () => (/* binding */ fetchEntry),
/* harmony export */   v3: () => (/* binding */ cacheClosed)
/* harmony export */ });
/* unused harmony export storeEntry */
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6088);

/** Why this job may not read (or write) the cache at all: the cache mode, or no service. */
function cacheClosed(env, access) {
    const mode = (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheMode */ .Mq)(env);
    const allows = access === "read" ? (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .modeAllowsRead */ .gR)(mode) : (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .modeAllowsWrite */ .VF)(mode);
    if (!allows)
        return `the cache mode '${mode}' does not permit ${access}s`;
    if (!(0,_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheServiceOffered */ .v2)(env))
        return NO_SERVICE;
    return undefined;
}
const NO_SERVICE = "no Actions cache service is available to this job";
/** The toolkit, when it sees a cache service (it reads the environment itself). */
async function serviceToolkit() {
    const cache = await (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .loadToolkit */ .fl)();
    if (!cache.isFeatureAvailable())
        throw new Error(NO_SERVICE);
    return cache;
}
const message = (e) => (e instanceof Error ? e.message : String(e));
/**
 * The toolkit's line once the service named an entry, before its archive downloads: v2's
 * "Cache hit for[ restore-key]: …", v1's debug "Archive Path: …".
 */
const ENTRY_FOUND = /^(?:Cache hit for(?: restore-key)?|Archive Path): /;
/**
 * Restores `key` (or the newest match of a restore key) into `paths`, given up after
 * `limitSeconds`. `onFound` is called once the service has named an entry, before the download.
 */
async function fetchEntry(paths, key, restoreKeys, limitSeconds, onFound) {
    let first;
    let found = false;
    const onLine = onFound &&
        ((line) => {
            if (found || !ENTRY_FOUND.test(line))
                return;
            found = true;
            onFound();
        });
    try {
        const cache = await serviceToolkit();
        first = await (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .withinSeconds */ .NH)((0,_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .captureToolkit */ .hK)(() => cache.restoreCache(paths.slice(), key, restoreKeys.slice(), {
            segmentTimeoutInMs: limitSeconds * 1000,
        }), onLine), limitSeconds);
    }
    catch (e) {
        return { hit: "miss", denied: false, problem: message(e) };
    }
    if (first === "timeout")
        return {
            hit: "miss",
            denied: false,
            problem: `the cache service did not deliver ${key} within ${limitSeconds} s (cache-timeout: ${limitSeconds})`,
        };
    const archiveBytes = (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .archiveBytesFrom */ .ey)(first.log);
    const size = archiveBytes !== undefined ? { archiveBytes } : {};
    const problem = (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .firstComplaint */ .oM)(first.log);
    if (problem)
        return { hit: "miss", denied: problem.includes("cache read denied:"), problem, ...size };
    if (first.value === undefined)
        return { hit: "miss", denied: false, ...size };
    const hit = first.value === key ? "exact" : "partial";
    return { hit, matchedKey: first.value, denied: false, ...size };
}
/** Saves `paths` under `key`; `limitSeconds` absent or 0: no limit of our own. */
async function storeEntry(paths, key, limitSeconds) {
    let first;
    try {
        const cache = await serviceToolkit();
        const call = captureToolkit(() => cache.saveCache(paths.slice(), key));
        first = limitSeconds && limitSeconds > 0 ? await withinSeconds(call, limitSeconds) : await call;
    }
    catch (e) {
        return judge(message(e), undefined, key);
    }
    if (first === "timeout")
        return {
            kind: "timeout",
            why: `the upload did not finish within ${limitSeconds} s (cache-timeout)`,
        };
    return judge(firstComplaint(first.log), first, key);
}
/** The outcome from what the toolkit said (it returns -1 or a reserved id rather than throwing). */
function judge(said, call, key) {
    const archiveBytes = call && archiveBytesFrom(call.log);
    const size = archiveBytes !== undefined ? { archiveBytes } : {};
    if (said && /cache write denied:/.test(said))
        return { kind: "denied", why: `the cache service denied the write (${said})`, ...size };
    if (said)
        return { kind: "failed", why: said, ...size };
    if (!call || call.value < 0 || call.log.infos.some((l) => /Unable to reserve cache/.test(l)))
        return { kind: "collision", why: `another job saved ${key} first`, ...size };
    return { kind: "saved", cacheId: call.value, ...size };
}


/***/ }),

/***/ 7529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ walkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// A bounded walk of a directory tree, for the scans of both caches. An edge: it
// reads directories (nothing here writes).
//
// Synchronous: a directory read is a short system call, and an async one is a thread-pool
// round trip each. A scan of 300 modules' download cache took 69 ms cold (10-24 warm) with
// async reads and stats side by side.


/**
 * Visits the entries below `root`, depth first. `visit` gets the entry, the directory holding
 * it and its path relative to root ("a/b"), and answers whether to descend (directories only).
 * Unreadable directories are passed over; the walk stops after `maxEntries` entries.
 */
function walkTree(root, visit, maxEntries) {
    let seen = 0;
    const walk = (dir, rel) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (++seen > maxEntries)
                return;
            const childRel = rel ? `${rel}/${e.name}` : e.name;
            if (visit(e, dir, childRel) && e.isDirectory())
                walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name), childRel);
        }
    };
    walk(root, "");
}


/***/ })

};
