export const id = 403;
export const ids = [403];
export const modules = {

/***/ 403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyPrune: () => (/* reexport */ applyPrune),
  cacheFacts: () => (/* reexport */ cacheFacts),
  cacheKeys: () => (/* reexport */ cacheKeys),
  cacheMode: () => (/* reexport */ cacheMode),
  cachePaths: () => (/* reexport */ cachePaths),
  cacheServiceAvailable: () => (/* reexport */ cacheServiceAvailable),
  compareSemver: () => (/* reexport */ compareSemver),
  downloadDir: () => (/* reexport */ downloadDir),
  filesForSums: () => (/* reexport */ filesForSums),
  graphHash: () => (/* reexport */ graphHash),
  manifestOf: () => (/* reexport */ manifestOf),
  modeAllowsRead: () => (/* reexport */ modeAllowsRead),
  modeAllowsWrite: () => (/* reexport */ modeAllowsWrite),
  neededFromDownload: () => (/* reexport */ neededFromDownload),
  neededFromSums: () => (/* reexport */ neededFromSums),
  parseSavePolicy: () => (/* reexport */ policy/* parseSavePolicy */.X0),
  parseState: () => (/* reexport */ parseState),
  planCache: () => (/* reexport */ planCache),
  planPrune: () => (/* reexport */ planPrune),
  policyAllows: () => (/* reexport */ policy/* policyAllows */.Jy),
  pruneDownloadCache: () => (/* reexport */ pruneDownloadCache),
  readEventContext: () => (/* reexport */ readEventContext),
  readGraphFiles: () => (/* reexport */ readGraphFiles),
  recordPrewarm: () => (/* reexport */ recordPrewarm),
  restoreModuleCache: () => (/* reexport */ restoreModuleCache),
  runnerOs: () => (/* reexport */ runnerOs),
  saveModuleCache: () => (/* reexport */ saveModuleCache),
  scanDownloadCache: () => (/* reexport */ scanDownloadCache),
  serializeState: () => (/* reexport */ serializeState),
  versionSet: () => (/* reexport */ versionSet),
  warmFromSums: () => (/* reexport */ warmFromSums),
  warmOffline: () => (/* reexport */ warmOffline)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/cache/key.ts
// The cache key and the cached path list.
//
// Key: setup-goproxy-gomod-v1-<os>-<layout>[-<suffix>]-<graph hash>
//   - <graph hash>: sha256 of every go.mod, go.sum, go.work and go.work.sum the pre-warm
//     reads (relative path and content), so the key names the module graph, not the job.
//   - <os>: the module cache's contents are the same for every OS and architecture, but an
//     entry is not portable across operating systems: the archive holds paths relative to the
//     workspace with the OS's separators and home layout, Windows uses a different tar (and
//     the toolkit refuses cross-OS restores there), and macOS may use BSD tar. Architecture is
//     left out on purpose: linux/amd64 and linux/arm64 jobs share one entry.
//   - The Go version is left out too: cache/download is the same for every Go release, so a
//     matrix over Go versions shares one entry.
//   - <layout>: "dl" (cache/download only) or "full"; the toolkit's version already keeps
//     them apart (it hashes the path list), the key just makes entries readable.
//   - <suffix> (input cache-key-suffix) comes before the hash, so the first restore key
//     (same suffix, any graph) prefers this suffix's entries over other suffixes'.
// Restore keys: "<prefix>-<suffix>-" then "<prefix>-": the newest entry of the prefix.
// GitHub limits a key to 512 characters and forbids commas.




const KEY_PREFIX = "setup-goproxy-gomod-v1";
const MAX_KEY_LENGTH = 512;
const MAX_SUFFIX = 200;
/** The runner's OS as it appears in keys. */
function runnerOs(platform = process.platform) {
    if (platform === "win32")
        return "windows";
    if (platform === "darwin")
        return "macos";
    return platform.replace(/[^a-z0-9]/gi, "").toLowerCase() || "unknown";
}
/** The graph files' hash: order-independent, path-sensitive, content-exact. */
function graphHash(files) {
    const h = (0,external_node_crypto_.createHash)("sha256");
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const f of sorted) {
        const content = typeof f.content === "string" ? Buffer.from(f.content) : f.content;
        h.update(`${f.path}\0${content.length}\0`);
        h.update(content);
    }
    return h.digest("hex");
}
function cleanSuffix(suffix) {
    const s = (suffix ?? "")
        .trim()
        .replace(/[\s,]+/g, "-")
        .replace(/^-+|-+$/g, "");
    if (s.length <= MAX_SUFFIX)
        return s;
    return `${s.slice(0, 32)}-${(0,external_node_crypto_.createHash)("sha256").update(s).digest("hex").slice(0, 16)}`;
}
function cacheKeys(input) {
    const layout = input.layout === "full" ? "full" : "dl";
    const prefix = `${KEY_PREFIX}-${runnerOs(input.os)}-${layout}`;
    const suffix = cleanSuffix(input.suffix);
    const hash = graphHash(input.graphFiles);
    const base = suffix ? `${prefix}-${suffix}` : prefix;
    const key = `${base}-${hash}`;
    if (key.length > MAX_KEY_LENGTH || key.includes(","))
        throw new Error(`cache key too long or malformed: ${key}`);
    const restoreKeys = suffix ? [`${base}-`, `${prefix}-`] : [`${prefix}-`];
    return { key, restoreKeys, prefix, graphHash: hash, graphFiles: input.graphFiles.length };
}
/**
 * Reads graph files (absolute paths, e.g. from findModuleRoots' graphFiles or graphFilesUnder)
 * into GraphFile data, paths relative to `workdir`. An edge: reads files.
 */
async function readGraphFiles(workdir, files) {
    const out = [];
    for (const file of [...new Set(files)].sort()) {
        out.push({
            path: (0,external_node_path_.relative)(workdir, file).split(external_node_path_.sep).join("/"),
            content: await (0,promises_.readFile)(file),
        });
    }
    return out;
}
/**
 * The path list handed to @actions/cache, identical at restore and at save (it is hashed into
 * the entry's version). A GOMODCACHE under the home directory is written with "~" (the
 * toolkit's glob expands it), so runners with different user names share entries.
 *   download: "<GOMODCACHE>/cache/download/*" and "!<GOMODCACHE>/cache/download/sumdb"
 *   full:     "<GOMODCACHE>"
 */
function cachePaths(gomodcache, layout, home = (0,external_node_os_.homedir)()) {
    const base = home && (gomodcache === home || gomodcache.startsWith(home + external_node_path_.sep))
        ? `~${gomodcache.slice(home.length)}`
        : gomodcache;
    if (layout === "full")
        return [base];
    const dl = [base, "cache", "download"].join(external_node_path_.sep);
    return [`${dl}${external_node_path_.sep}*`, `!${dl}${external_node_path_.sep}sumdb`];
}
/** $GOMODCACHE/cache/download. */
function downloadDir(gomodcache) {
    return (0,external_node_path_.join)(gomodcache, "cache", "download");
}

;// CONCATENATED MODULE: ./src/cache/manifest.ts
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
    const digest = (0,external_node_crypto_.createHash)("sha256").update(lines.join("\n")).digest("hex");
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

;// CONCATENATED MODULE: ./src/cache/modcache.ts
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
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
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
                const mod = await readVersionDir((0,external_node_path_.join)(dir, e.name), rel, scan);
                if (mod)
                    scan.modules.push(mod);
            }
            else if (rel === "" && e.name === "sumdb") {
                await sizeTree((0,external_node_path_.join)(dir, e.name), scan);
            }
            else {
                await walk((0,external_node_path_.join)(dir, e.name), childRel);
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
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (!e.isFile())
            continue;
        try {
            scan.sumdbBytes += (await (0,promises_.stat)((0,external_node_path_.join)(e.parentPath, e.name))).size;
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
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
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
            size = (await (0,promises_.stat)((0,external_node_path_.join)(dir, e.name))).size;
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
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
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
                await walk((0,external_node_path_.join)(dir, e.name), childRel);
        }
    };
    await walk(gomodcache, "");
    return found.sort();
}

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
        .map((n) => versionFileStem(n))
        .filter((s) => s !== undefined);
    const listFile = (0,external_node_path_.join)(dir, "list");
    let old;
    try {
        old = await (0,promises_.readFile)(listFile, "utf8");
    }
    catch {
        old = undefined;
    }
    const hasVersions = names.some((n) => versionFileStem(n) !== undefined);
    if (!hasVersions) {
        if (old === undefined)
            return false;
        await (0,promises_.rm)(listFile, { force: true });
        return true;
    }
    const text = versionListText(modStems);
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
    const scan = await scanDownloadCache(root);
    return applyPrune(root, planPrune(scan, needed, candidates));
}

// EXTERNAL MODULE: ./src/cache/policy.ts
var policy = __webpack_require__(4798);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
;// CONCATENATED MODULE: ./src/cache/toolkit.ts
// The edge around @actions/cache 6.x. The toolkit never throws for service trouble: it logs
// (`core.warning`, `core.error` for 5xx, `core.info` for a reserve collision) and returns
// undefined / -1, and on the v1 protocol a failed upload still returns the reserved id. So we
// listen to what it says while it runs: its workflow commands are taken off stdout and turned
// into facts (and into our own annotations, at the level we choose), info and debug lines pass
// through untouched. Only one toolkit call runs at a time (main and post are sequential).

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
/** Whether the runner gave this job a cache service (the toolkit's isFeatureAvailable). */
function cacheServiceAvailable() {
    try {
        return cache.isFeatureAvailable();
    }
    catch {
        return false;
    }
}
function unescapeData(s) {
    return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
/**
 * Runs `fn` with the toolkit's ::warning:: and ::error:: commands captured instead of printed
 * (everything else is printed as usual and also recorded).
 */
async function captureToolkit(fn) {
    const log = { warnings: [], errors: [], infos: [], debugs: [] };
    const stdout = process.stdout;
    const original = stdout.write;
    const replacement = function (chunk, ...rest) {
        if (stdout.write !== replacement)
            return original.call(stdout, chunk, ...rest);
        const text = typeof chunk === "string"
            ? chunk
            : chunk instanceof Uint8Array
                ? Buffer.from(chunk).toString("utf8")
                : "";
        const m = /^::(warning|error|debug)(?: [^:]*)?::(.*?)(\r?\n)?$/s.exec(text);
        if (m && (m[1] === "warning" || m[1] === "error")) {
            (m[1] === "warning" ? log.warnings : log.errors).push(unescapeData(m[2]));
            const cb = rest.find((r) => typeof r === "function");
            if (cb)
                queueMicrotask(cb);
            return true;
        }
        if (m)
            log.debugs.push(unescapeData(m[2]));
        else if (text.trim())
            log.infos.push(...text.split(/\r?\n/).filter((l) => l.trim()));
        return original.call(stdout, chunk, ...rest);
    };
    stdout.write = replacement;
    releaseCapture = () => {
        if (stdout.write === replacement)
            stdout.write = original;
    };
    try {
        const value = await fn();
        return { value, log };
    }
    finally {
        releaseCapture();
    }
}
let releaseCapture = () => { };
/** Stop capturing now (the toolkit call may still be running, e.g. after a timeout). */
function stopCapture() {
    releaseCapture();
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

;// CONCATENATED MODULE: ./src/cache/restore.ts
// Restoring the module cache before any go command runs. An edge: network (through
// @actions/cache), files, annotations.
//
// Never fatal: a service error, a network failure or a denied read is a miss, reported once
// (a warning for trouble, a notice for a policy denial), and the job goes on.







/** Key, restore keys and path list: pure. */
function planCache(input) {
    const layout = input.layout ?? "download";
    const keys = cacheKeys({
        os: input.os ?? runnerOs(),
        layout,
        graphFiles: input.graphFiles,
        ...(input.suffix !== undefined ? { suffix: input.suffix } : {}),
    });
    return {
        gomodcache: input.gomodcache,
        layout,
        key: keys.key,
        restoreKeys: keys.restoreKeys,
        paths: cachePaths(input.gomodcache, layout, input.home),
    };
}
/** A restore or a save that takes longer than this is given up (cache-timeout). */
const DEFAULT_CACHE_TIMEOUT_SECONDS = 300;
async function restoreModuleCache(plan, opts = {}) {
    const env = opts.env ?? process.env;
    const announce = opts.announce ?? true;
    const dl = downloadDir(plan.gomodcache);
    const before = await scanDownloadCache(dl);
    const started = performance.now();
    let hit = "miss";
    let matchedKey;
    let skipped;
    let problem;
    let denied = false;
    let archiveBytes;
    const mode = cacheMode(env);
    if (!modeAllowsRead(mode)) {
        skipped = `the cache mode '${mode}' does not permit reads`;
    }
    else if (!cacheServiceAvailable()) {
        skipped = "no Actions cache service is available to this job";
    }
    else {
        if (plan.layout === "full")
            await makeDirsWritable(plan.gomodcache);
        try {
            const limit = opts.timeoutSeconds ?? DEFAULT_CACHE_TIMEOUT_SECONDS;
            const first = await withinSeconds(captureToolkit(() => cache.restoreCache(plan.paths.slice(), plan.key, plan.restoreKeys.slice(), {
                segmentTimeoutInMs: limit * 1000,
            })), limit);
            if (first === "timeout") {
                problem = `the cache service did not deliver ${plan.key} within ${limit} s (cache-timeout: ${limit})`;
            }
            else {
                const { value, log } = first;
                archiveBytes = archiveBytesFrom(log);
                problem = firstComplaint(log);
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
    const after = await scanDownloadCache(dl);
    const had = versionSet(before);
    const restoredVersions = hit === "miss" ? [] : [...versionSet(after)].filter((v) => !had.has(v));
    const extracted = plan.layout === "full" ? await listExtractedModules(plan.gomodcache) : undefined;
    const manifest = manifestOf(after, {
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
    const size = f.archiveBytes !== undefined ? `, ${humanBytes(f.archiveBytes)}` : "";
    if (f.hit === "exact")
        core/* info */.pq(`Module cache: exact hit ${f.key} (${f.seconds.toFixed(1)} s${size})`);
    else if (f.hit === "partial")
        core/* info */.pq(`Module cache: restored ${f.matchedKey} for ${f.key} (${f.seconds.toFixed(1)} s${size}); unneeded versions will be pruned`);
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

;// CONCATENATED MODULE: ./src/cache/save.ts
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
            const payload = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, "utf8"));
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
    const byState = (0,policy/* stateAllows */.IH)(state);
    if (!byState.allowed)
        return skip(`not saved: ${byState.reason}`);
    const ctx = opts.context ?? (await readEventContext(env));
    const byPolicy = (0,policy/* policyAllows */.Jy)(opts.policy, ctx);
    if (!byPolicy.allowed)
        return skip(`not saved: ${byPolicy.reason}`);
    const mode = cacheMode(env);
    if (!modeAllowsWrite(mode))
        return skip(`not saved: the cache mode '${mode}' does not permit writes`);
    if (!cacheServiceAvailable())
        return skip("not saved: no Actions cache service is available to this job");
    const dl = downloadDir(state.gomodcache);
    const scratchRemoved = await removeScratch(dl);
    const scan = await scanDownloadCache(dl);
    const extracted = state.layout === "full" ? await listExtractedModules(state.gomodcache) : undefined;
    const manifest = manifestOf(scan, {
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
        const call = captureToolkit(() => cache.saveCache(state.paths.slice(), state.key));
        const first = opts.timeoutSeconds && opts.timeoutSeconds > 0
            ? await withinSeconds(call, opts.timeoutSeconds)
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
    const archiveBytes = log ? archiveBytesFrom(log) : undefined;
    const base = {
        manifest,
        scratchRemoved,
        ...(archiveBytes !== undefined ? { archiveBytes } : {}),
    };
    const said = thrown ?? (log ? firstComplaint(log) : undefined);
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
    const size = f.archiveBytes !== undefined ? `, ${humanBytes(f.archiveBytes)}` : "";
    const text = `Module cache ${f.reason} (${f.seconds.toFixed(1)} s${size})`;
    if (f.failed)
        core/* error */.z3(text, { title: "Module cache" });
    else if (f.outcome === "timeout")
        core/* warning */.$e(text, { title: "Module cache" });
    else if (!quiet && f.outcome !== "saved" && f.outcome !== "skipped")
        core/* notice */.lm(text, { title: "Module cache" });
    else
        core/* info */.pq(text);
}
/** Go's lock files, partial downloads and temporaries in cache/download: never worth archiving. */
async function removeScratch(dl) {
    let removed = 0;
    let entries;
    try {
        entries = await (0,promises_.readdir)(dl, { withFileTypes: true, recursive: true });
    }
    catch {
        return 0;
    }
    for (const e of entries) {
        if (!e.isFile() || !isScratchFile(e.name))
            continue;
        if (e.parentPath.split(/[\\/]/).includes("sumdb"))
            continue;
        try {
            await (0,promises_.unlink)((0,external_node_path_.join)(e.parentPath, e.name));
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
            const base = `${escapeModuleString(f[0])}/@v/${escapeModuleString(version)}`;
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
    const dl = downloadDir(gomodcache);
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
