export const id = 269;
export const ids = [269];
export const modules = {

/***/ 8269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installToolchain: () => (/* reexport */ installToolchain),
  resolveGoVersion: () => (/* reexport */ resolveGoVersion)
});

// UNUSED EXPORTS: TOOLCHAIN_MODULE, TOOLCHAIN_RULES, ToolchainError, compareGo, goModCache, goOnPath, isUnpacked, modcachePaths, parseVersionSpec, pickFromList, planToolchainPrewarm, prewarmToolchains, toolCacheVersion, toolchainModuleVersion, versionFromFile

// EXTERNAL MODULE: ./src/toolchain/errors.ts
var errors = __webpack_require__(6136);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/go/version.ts
var go_version = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/toolchain/fetch.ts + 1 modules
var fetch = __webpack_require__(5241);
// EXTERNAL MODULE: ./src/toolchain/gover.ts
var gover = __webpack_require__(384);
;// CONCATENATED MODULE: ./src/toolchain/resolve.ts
// Which Go the `go-version` / `go-version-file` inputs ask for. An exact version ("1.23.5",
// "go1.23.5", "1.24rc1") is used as is; a language version ("1.23", "1.23.x") or "stable" means
// the newest matching release the chain lists at <proxy>/golang.org/toolchain/@v/list for this
// GOOS/GOARCH (Go's own list of toolchains). A go.mod or go.work gives its `toolchain` line,
// else its `go` line, read the way cmd/go reads them for a toolchain switch.






/** A version spec as written in an input: exact, language ("1.23"), or "stable". */
function parseVersionSpec(raw) {
    let s = raw.trim();
    if (s === "stable" || s === "latest")
        return { kind: "stable", version: "" };
    if (s.startsWith("go"))
        s = s.slice(2);
    else if (s.startsWith("v"))
        s = s.slice(1);
    s = s.replace(/\.x$/, "");
    if (!(0,gover/* isValidGoVersion */.Ri)(s))
        return undefined;
    if (/^\d+\.\d+$/.test(s))
        return { kind: "lang", version: s };
    if (/^\d+$/.test(s))
        return undefined;
    return { kind: "exact", version: s };
}
/** Reads the wanted version from a go.mod, go.work, .go-version or .tool-versions file. */
function versionFromFile(text, file) {
    const warnings = [];
    const name = (0,external_node_path_.basename)(file);
    if (name.endsWith(".mod") || name.endsWith(".work")) {
        const tc = (0,gover/* goModLookup */.Dq)(text, "toolchain");
        if (tc) {
            const v = (0,gover/* versionFromToolchain */.Wd)(tc.value);
            if (v)
                return { spec: v, line: tc.line, directive: "toolchain", warnings };
            warnings.push(`${file}:${tc.line}: toolchain ${tc.value} names no Go version; using the go line`);
        }
        const go = (0,gover/* goModLookup */.Dq)(text, "go");
        if (go)
            return { spec: go.value, line: go.line, directive: "go", warnings };
        return undefined;
    }
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
        const t = lines[i].replace(/#.*/, "").trim();
        if (t === "")
            continue;
        if (name === ".tool-versions") {
            const [tool, v] = t.split(/\s+/);
            if ((tool === "golang" || tool === "go") && v) {
                return { spec: v, line: i + 1, directive: "version", warnings };
            }
            continue;
        }
        return { spec: t, line: i + 1, directive: "version", warnings };
    }
    return undefined;
}
/** Picks the newest release of a language version (or of all, for "stable") from @v/list text. */
function pickFromList(list, lang, goos, goarch) {
    let best;
    for (const line of list.split("\n")) {
        const field = line.trim().split(/\s+/)[0];
        if (!field)
            continue;
        const v = (0,gover/* versionFromModuleVersion */.jB)(field, goos, goarch);
        if (!v || !(0,gover/* isRelease */.MU)(v))
            continue;
        if (lang !== undefined && (0,gover/* langOf */.Ex)(v) !== lang)
            continue;
        if (best === undefined || (0,gover/* compareGo */.Ac)(v, best) > 0)
            best = v;
    }
    return best;
}
/** Resolves the inputs to one exact Go version; undefined when neither input is given. */
async function resolveGoVersion(input) {
    const warnings = [];
    let spec;
    let out;
    if (input.goVersion?.trim()) {
        spec = input.goVersion.trim();
        out = { from: "input" };
        if (input.goVersionFile?.trim()) {
            warnings.push("Both go-version and go-version-file are given; go-version wins.");
        }
    }
    else if (input.goVersionFile?.trim()) {
        const file = (0,external_node_path_.resolve)(input.cwd, input.goVersionFile.trim());
        let text;
        try {
            text = await (0,promises_.readFile)(file, "utf8");
        }
        catch (err) {
            throw new errors/* ToolchainError */.g("config", "toolchain-version-invalid", `go-version-file ${input.goVersionFile}: ${err.message}`);
        }
        const found = versionFromFile(text, file);
        if (!found) {
            throw new errors/* ToolchainError */.g("config", "toolchain-version-invalid", `go-version-file ${input.goVersionFile} has no toolchain or go line (or version)`);
        }
        warnings.push(...found.warnings);
        spec = found.spec;
        out = { from: "file", file, line: found.line, directive: found.directive };
    }
    else {
        return undefined;
    }
    const parsed = parseVersionSpec(spec);
    if (!parsed) {
        throw new errors/* ToolchainError */.g("config", "toolchain-version-invalid", `${out.file ? `${out.file}:${out.line}: ` : ""}"${spec}" is not a Go version: use 1.23.5, go1.23.5, 1.24rc1, 1.23 (the newest 1.23.x) or stable`);
    }
    if (parsed.kind === "exact")
        return { ...out, version: parsed.version, spec, warnings };
    const { goos, goarch } = {
        ...(0,gover/* goPlatform */.GI)(),
        ...(input.goos ? { goos: input.goos } : {}),
        ...(input.goarch ? { goarch: input.goarch } : {}),
    };
    const chain = await (0,fetch/* openChain */.yP)({
        env: input.env,
        goVersion: (0,go_version/* parseGoVersion */.SX)(parsed.version || "1.21") ?? { major: 1, minor: 21, patch: 0 },
        timeoutMs: input.timeoutMs ?? 60_000,
        ...(input.goImportUrl ? { goImportUrl: input.goImportUrl } : {}),
    });
    try {
        const fetched = await (0,fetch/* fetchModuleFile */.Ln)(chain, "list").catch((err) => {
            if (err instanceof errors/* ToolchainError */.g) {
                throw new errors/* ToolchainError */.g(err.kind, err.kind === "not-found" ? "toolchain-not-mirrored" : err.rule, `cannot list Go toolchains to resolve "${spec}": ${err.message}`);
            }
            throw err;
        });
        const lang = parsed.kind === "lang" ? parsed.version : undefined;
        const version = pickFromList(fetched.body.toString("utf8"), lang, goos, goarch);
        if (!version) {
            throw new errors/* ToolchainError */.g("not-found", "toolchain-not-available", `${fetched.origin} lists no ${lang ? `go${lang}.x` : "stable Go"} toolchain for ${goos}/${goarch} (asked for "${spec}")`);
        }
        return { ...out, version, spec, listedBy: fetched.origin, warnings };
    }
    finally {
        await chain.close();
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: ./src/process/exec.ts
var exec = __webpack_require__(9072);
// EXTERNAL MODULE: ./src/toolchain/extract.ts
var extract = __webpack_require__(9034);
// EXTERNAL MODULE: ./src/toolchain/verified.ts + 1 modules
var toolchain_verified = __webpack_require__(2360);
;// CONCATENATED MODULE: ./src/toolchain/install.ts
// Installs one exact Go toolchain for later steps: the `go` on PATH when it already is that
// version, else the runner's tool cache (@actions/tool-cache, the same `go/<semver>/<arch>`
// entries setup-go and the hosted images use), else golang.org/toolchain through the configured
// chain, verified by the checksum database BEFORE it is unpacked (verified.ts), then cached with
// tc.cacheDir. A failure leaves nothing behind: no tool-cache entry, no temp files.












/** semver for the tool cache, as setup-go writes it: 1.23.5, 1.24.0-rc.1, 1.24.0-beta.1. */
function toolCacheVersion(version) {
    const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/.exec(version);
    if (!m)
        return version;
    return `${m[1]}.${m[2]}.${m[3] ?? "0"}${m[4] ? `-${m[4]}.${m[5]}` : ""}`;
}
async function isExecutable(p) {
    try {
        await (0,promises_.access)(p, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The `go` on PATH and its version (asked with GOTOOLCHAIN=local, outside any module). */
async function goOnPath(env) {
    for (const dir of (env.PATH ?? "").split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const bin = (0,external_node_path_.join)(dir, process.platform === "win32" ? "go.exe" : "go");
        if (!(await isExecutable(bin)))
            continue;
        try {
            const { stdout } = await (0,exec/* execQuiet */.EL)(bin, ["version"], {
                cwd: (0,external_node_os_.tmpdir)(),
                env: { ...env, GOTOOLCHAIN: "local", GOFLAGS: "" },
                timeoutMs: 30_000,
            });
            const m = /go version go(\S+)/.exec(stdout);
            if (m)
                return { bin, version: m[1] };
        }
        catch {
            // Not a working go: like a miss.
        }
        return undefined;
    }
    return undefined;
}
/**
 * Makes go<version> available: returns where it is and how it got there. Throws ToolchainError
 * (kind "security" for a download the checksum database does not prove).
 */
async function installToolchain(input) {
    const started = performance.now();
    const seconds = () => Math.round(performance.now() - started) / 1000;
    const { version } = input;
    const plat = (0,gover/* goPlatform */.GI)();
    const goos = input.goos ?? plat.goos;
    const goarch = input.goarch ?? plat.goarch;
    const arch = input.arch ?? process.arch;
    const semver = toolCacheVersion(version);
    if (!input.ignorePath) {
        const found = await goOnPath(input.env);
        if (found && found.version === version) {
            const binDir = (0,external_node_path_.join)(found.bin, "..");
            return { version, source: "path", seconds: seconds(), binDir, goroot: (0,external_node_path_.join)(binDir, "..") };
        }
    }
    const cached = tool_cache/* find */.I6("go", semver, arch);
    if (cached && (await isExecutable((0,external_node_path_.join)(cached, "bin", "go")))) {
        return {
            version,
            source: "tool-cache",
            seconds: seconds(),
            binDir: (0,external_node_path_.join)(cached, "bin"),
            goroot: cached,
        };
    }
    const chain = await (0,fetch/* openChain */.yP)({
        env: input.env,
        goVersion: (0,go_version/* parseGoVersion */.SX)(version) ?? { major: 1, minor: 21, patch: 0 },
        ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
        ...(input.goImportUrl ? { goImportUrl: input.goImportUrl } : {}),
    });
    let verified;
    try {
        verified = await (0,toolchain_verified/* fetchVerifiedToolchain */.s)(chain, version, goos, goarch);
    }
    finally {
        await chain.close();
    }
    const tempRoot = input.tempDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempRoot, "setup-goproxy-go-"));
    let cachedDir;
    try {
        await (0,extract/* writeFiles */.hV)(work, verified.files, 0o644);
        await (0,extract/* runnableFixups */.VR)(work);
        cachedDir = await tool_cache/* cacheDir */.e8(work, "go", semver, arch);
        if (!(await isExecutable((0,external_node_path_.join)(cachedDir, "bin", "go")))) {
            throw new errors/* ToolchainError */.g("install", "toolchain-bad-zip", `go${version}: the verified zip has no bin/go; nothing to put on PATH`);
        }
    }
    catch (err) {
        // tc.cacheDir writes <cache>/go/<semver>/<arch> and then <arch>.complete: remove both.
        const dest = cachedDir ?? (0,external_node_path_.join)(process.env.RUNNER_TOOL_CACHE ?? work, "go", semver, arch);
        await (0,promises_.rm)(dest, { recursive: true, force: true });
        await (0,promises_.rm)(`${dest}.complete`, { force: true });
        if (err instanceof errors/* ToolchainError */.g)
            throw err;
        throw new errors/* ToolchainError */.g("install", "toolchain-install-failed", `installing go${version}: ${err.message}`);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
    return {
        version,
        source: "proxy",
        origin: verified.origin,
        seconds: seconds(),
        verified: {
            database: verified.record.database,
            treeSize: verified.record.treeSize,
            recordId: verified.record.recordId,
            record: verified.record.record,
            zipHash: verified.zipHash,
        },
        binDir: (0,external_node_path_.join)(cachedDir, "bin"),
        goroot: cachedDir,
        bytes: verified.zip.length,
        attempts: verified.attempts,
    };
}

// EXTERNAL MODULE: ./src/toolchain/prewarm.ts
var prewarm = __webpack_require__(3459);
// EXTERNAL MODULE: ./src/check/rules.ts
var rules = __webpack_require__(4327);
;// CONCATENATED MODULE: ./src/toolchain/rules.ts
// The toolchain rules, in the shape of src/check/rules.ts's catalogue, for docs/rules.md.

const TOOLCHAIN_RULES = [
    (0,rules/* defineRule */.Km)("toolchain-sumdb-off", "error", ["GOSUMDB"], "GOSUMDB=off with a toolchain download ahead", "Go 1.21+ verifies every `golang.org/toolchain` download with the checksum database even when GOSUMDB=off or GONOSUMDB/GOPRIVATE match it, because a toolchain cannot be listed in go.sum: the switch fails with `verifying golang.org/toolchain@…: checksum database disabled by GOSUMDB=off`. The action refuses the same way. Keep GOSUMDB on and exempt private modules with GONOSUMDB/GOPRIVATE, or install the version with the `go-version` input."),
    (0,rules/* defineRule */.Km)("toolchain-sumdb-invalid", "error", ["GOSUMDB"], "GOSUMDB cannot verify a toolchain", "GOSUMDB does not parse (see the GOSUMDB rules), so no toolchain download can be proven; Go fails the switch with the same `invalid GOSUMDB` error."),
    (0,rules/* defineRule */.Km)("toolchain-goproxy-off", "error", ["GOPROXY"], "GOPROXY=off with a toolchain download ahead", "With GOPROXY=off the switch to a newer toolchain fails with the misleading `download go1.X.Y for linux/amd64: toolchain not available`. Use a proxy that mirrors `golang.org/toolchain`, or install the version up front."),
    (0,rules/* defineRule */.Km)("toolchain-goproxy-invalid", "error", ["GOPROXY"], "GOPROXY does not parse", "The toolchain cannot be fetched because Go rejects GOPROXY itself; see the GOPROXY rules."),
    (0,rules/* defineRule */.Km)("toolchain-direct", "warning", ["GOPROXY", "GONOPROXY", "GOPRIVATE"], "Toolchain downloaded directly, not through a proxy", "With `direct` first in GOPROXY (or GONOPROXY/GOPRIVATE matching `golang.org/toolchain`), Go resolves the module's go-import tag (a `mod` target on Go's download site, which redirects to its file host) and downloads from there. CI must reach those hosts and the checksum database directly."),
    (0,rules/* defineRule */.Km)("toolchain-not-mirrored", "warning", ["GOPROXY"], "A proxy does not mirror golang.org/toolchain", "The proxy answers 404/410 for `golang.org/toolchain` (many private proxies only mirror what was requested before, or exclude it). After `,` or `|` Go moves on to the next entry; when no entry has it the switch fails with `toolchain not available` (reported as an error then)."),
    (0,rules/* defineRule */.Km)("toolchain-not-available", "error", ["GOPROXY"], "No entry of the chain has the toolchain", "Every entry answered 404/410 (or the walk reached `off`): Go prints `download go1.X.Y for GOOS/GOARCH: toolchain not available`. Check the version exists for this platform and that a proxy in the chain mirrors `golang.org/toolchain`."),
    (0,rules/* defineRule */.Km)("toolchain-proxy-failed", "error", ["GOPROXY"], "A proxy failed while serving the toolchain", "A proxy answered something other than 200/404/410 or the connection failed. After `,` Go stops there; only `|` falls back on any error."),
    (0,rules/* defineRule */.Km)("toolchain-checksum-mismatch", "error", ["GOPROXY", "GOSUMDB"], "Toolchain zip does not match the checksum database", "The zip's `h1:` hash (dirhash over its files) differs from the record the checksum database signed for that toolchain version, or the zip is not readable. It is a SECURITY ERROR: nothing is installed or unpacked. The proxy (or something between) served other bytes; Go refuses it the same way."),
    (0,rules/* defineRule */.Km)("toolchain-sumdb-unverified", "error", ["GOSUMDB"], "Checksum database answer not proven", "The lookup's signed tree head does not verify with GOSUMDB's key (wrong key, wrong database behind the URL or proxy), or the record is not proven by the hash tiles (`cannot authenticate record data`). Nothing is installed."),
    (0,rules/* defineRule */.Km)("toolchain-sumdb-no-record", "error", ["GOSUMDB"], "Checksum database has no record of the toolchain", "The database answered 404/410 for `golang.org/toolchain@v0.0.1-go…`: the download cannot be proven, so it is not installed. A private database must log toolchains too (or proxy the public one)."),
    (0,rules/* defineRule */.Km)("toolchain-sumdb-failed", "error", ["GOSUMDB", "GOPROXY"], "Checksum database unreachable", "The `/sumdb/<name>/supported` walk over GOPROXY stopped on an error after `,`, or a lookup or tile request failed. Go reaches the database through the first proxy that answers 200 to `supported`, else directly at `https://<name>`, or at GOSUMDB's URL when it has one."),
    (0,rules/* defineRule */.Km)("toolchain-gonosumdb-ignored", "notice", ["GONOSUMDB", "GOPRIVATE"], "GONOSUMDB does not apply to toolchains", "The pattern matches `golang.org/toolchain`, but Go verifies toolchain downloads with the checksum database regardless."),
    (0,rules/* defineRule */.Km)("toolchain-gotoolchain-invalid", "error", ["GOTOOLCHAIN"], "GOTOOLCHAIN does not parse", "Every go command fails with `invalid GOTOOLCHAIN …` before doing anything."),
    (0,rules/* defineRule */.Km)("toolchain-local-too-old", "error", ["GOTOOLCHAIN"], "go.mod needs a newer Go than GOTOOLCHAIN allows", "With GOTOOLCHAIN=local (or a forced `go1.X.Y` without `+auto`), go.mod's `go` line cannot raise the toolchain: Go fails with `go.mod requires go >= … (running go …; GOTOOLCHAIN=…)`. Use `auto`, `+auto`, or install that version."),
    (0,rules/* defineRule */.Km)("toolchain-path-missing", "error", ["GOTOOLCHAIN"], "GOTOOLCHAIN=path and the toolchain is not on PATH", '`path` and `+path` only look for a `go1.X.Y` binary on PATH and fail with `cannot find "go1.X.Y" in PATH`.'),
    (0,rules/* defineRule */.Km)("toolchain-language-version", "notice", ["GOTOOLCHAIN"], "A language version in the go line", "A `go 1.23` line makes GOTOOLCHAIN=auto switch to go1.23.0, the first release of the language version, not the newest patch release. Add `toolchain go1.23.N` to pick one."),
    (0,rules/* defineRule */.Km)("toolchain-go-too-old", "notice", ["GOTOOLCHAIN"], "The Go on PATH predates toolchain switching", "Go 1.20 and older ignore `toolchain` lines and GOTOOLCHAIN: they build with themselves. Install the version the module needs with the `go-version` input."),
    (0,rules/* defineRule */.Km)("toolchain-prewarmed", "notice", ["GOTOOLCHAIN"], "Toolchain verified and pre-warmed in GOMODCACHE", "The toolchain GOTOOLCHAIN=auto will switch to was downloaded, proven by the checksum database and unpacked in GOMODCACHE in Go's own layout (with the cached signed lookup and tiles), so the switch runs without a download."),
    (0,rules/* defineRule */.Km)("toolchain-version-invalid", "error", ["go-version", "go-version-file"], "The requested Go version cannot be read", "`go-version` takes `1.23.5`, `go1.23.5`, `1.24rc1`, `1.23` / `1.23.x` (the newest 1.23 release the chain lists) or `stable`; `go-version-file` takes a go.mod or go.work (its `toolchain` line, else its `go` line), `.go-version` or `.tool-versions`."),
    (0,rules/* defineRule */.Km)("toolchain-bad-zip", "error", ["GOPROXY"], "The verified zip is not a valid toolchain module", "The zip is the one the checksum database logged, but Go's module-zip rules reject it (a file outside the module prefix, an unclean path, duplicates, a nested go.mod, over 500 MiB), or it has no bin/go."),
    (0,rules/* defineRule */.Km)("toolchain-install-failed", "error", [], "Writing the toolchain failed", "Unpacking or copying into the tool cache failed (disk space, permissions). Nothing is left half-installed."),
];

;// CONCATENATED MODULE: ./src/toolchain/index.ts
// Go toolchains through the module proxy, verified by the checksum database.
//
// For the action (one call each, plain data in and out):
//   const want = await resolveGoVersion({ goVersion, goVersionFile, cwd, env });   // undefined: no input
//   if (want) { const facts = await installToolchain({ version: want.version, env }); core.addPath(facts.binDir); }
//   const { diagnostics, prewarmed } = await prewarmToolchains({ dirs, localVersion, env });








/***/ })

};
