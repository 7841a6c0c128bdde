export const id = 734;
export const ids = [734];
export const modules = {

/***/ 2515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T7: () => (/* binding */ parseGoflags),
/* harmony export */   WI: () => (/* binding */ goflagsError),
/* harmony export */   lR: () => (/* binding */ quotedSplit)
/* harmony export */ });
/* unused harmony export isKnownGoFlag */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2054);
/* harmony import */ var _proxy_list_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4815);
// GOFLAGS as cmd/go/internal/base/goflags.go splits and checks it, and the flags that
// matter for module downloads.


/** quoted.Split (1.21+): fields with '…' or "…" quoting, no escapes. */
function quotedSplit(s) {
    const words = [];
    let i = 0;
    const isSpace = (c) => c === " " || c === "\t" || c === "\n" || c === "\r";
    while (i < s.length) {
        while (i < s.length && isSpace(s[i]))
            i++;
        if (i >= s.length)
            break;
        const q = s[i];
        if (q === "'" || q === '"') {
            const j = s.indexOf(q, i + 1);
            if (j < 0)
                return { words, error: "unterminated " + q + " string" };
            words.push(s.slice(i + 1, j));
            i = j + 1;
            continue;
        }
        let j = i;
        while (j < s.length && !isSpace(s[j]))
            j++;
        words.push(s.slice(i, j));
        i = j;
    }
    return { words };
}
const BOOL = { kind: { t: "bool" } };
const STRING = { kind: { t: "string" } };
const PER_PACKAGE = { kind: { t: "perpackage" } };
/** `go build`'s flags (shared by go test, go list, go install, go run). */
const BUILD_FLAGS = {
    a: BOOL,
    n: BOOL,
    x: BOOL,
    v: BOOL,
    race: BOOL,
    msan: BOOL,
    asan: BOOL,
    trimpath: BOOL,
    linkshared: BOOL,
    modcacherw: BOOL,
    work: BOOL,
    i: { kind: { t: "bool" }, until: 19 },
    cover: { kind: { t: "bool" }, since: 20 },
    json: { kind: { t: "bool" }, since: 24 },
    asmflags: PER_PACKAGE,
    gcflags: PER_PACKAGE,
    ldflags: PER_PACKAGE,
    gccgoflags: PER_PACKAGE,
    buildvcs: { kind: { t: "bool-or-auto" } },
    compiler: { kind: { t: "enum", values: ["gc", "gccgo"], reason: "unknown compiler" } },
    covermode: {
        kind: {
            t: "enum",
            values: ["set", "count", "atomic"],
            reason: 'valid modes are "set", "count", or "atomic"',
        },
        since: 20,
    },
    p: { kind: { t: "int", positive: true } },
    buildmode: STRING,
    "debug-actiongraph": STRING,
    "debug-trace": STRING,
    installsuffix: STRING,
    mod: STRING,
    modfile: STRING,
    overlay: STRING,
    o: STRING,
    pkgdir: STRING,
    tags: STRING,
    toolexec: STRING,
    coverpkg: { kind: { t: "string" }, since: 20 },
    pgo: { kind: { t: "string" }, since: 20 },
};
/** `go mod download`'s own flags: GOFLAGS values for them are checked; the rest are ignored. */
const MOD_DOWNLOAD_FLAGS = {
    x: BOOL,
    json: BOOL,
    modcacherw: BOOL,
    modfile: STRING,
    overlay: STRING,
    reuse: STRING,
};
/** Test-binary flags `go test` also accepts as -test.NAME, with the Go minor that added them. */
const TEST_PASSED = {
    bench: 0,
    benchmem: 0,
    benchtime: 0,
    blockprofile: 0,
    blockprofilerate: 0,
    count: 0,
    coverprofile: 0,
    cpu: 0,
    cpuprofile: 0,
    failfast: 0,
    fuzz: 0,
    fuzzminimizetime: 0,
    fuzztime: 0,
    list: 0,
    memprofile: 0,
    memprofilerate: 0,
    mutexprofile: 0,
    mutexprofilefraction: 0,
    outputdir: 0,
    parallel: 0,
    run: 0,
    short: 0,
    shuffle: 0,
    timeout: 0,
    trace: 0,
    v: 0,
    fullpath: 20,
    skip: 20,
    artifacts: 25,
};
/** Every other flag some go command defines (go.mod editing, list, test, env, vet…), with the Go minor that added it. */
const OTHER_FLAGS = {
    c: 0,
    cache: 0,
    compat: 0,
    compiled: 0,
    cover: 0,
    covermode: 0,
    coverpkg: 0,
    d: 0,
    deps: 0,
    dropexclude: 0,
    dropreplace: 0,
    droprequire: 0,
    dropretract: 0,
    dropuse: 0,
    e: 0,
    exclude: 0,
    exec: 0,
    export: 0,
    f: 0,
    find: 0,
    fix: 0,
    fmt: 0,
    fuzzcache: 0,
    go: 0,
    insecure: 0,
    json: 0,
    m: 0,
    modcache: 0,
    module: 0,
    print: 0,
    r: 0,
    replace: 0,
    require: 0,
    retract: 0,
    retracted: 0,
    reuse: 0,
    t: 0,
    test: 0,
    testcache: 0,
    u: 0,
    use: 0,
    vendor: 0,
    versions: 0,
    vet: 0,
    vettool: 0,
    w: 0,
    C: 20,
    pgo: 20,
    toolchain: 21,
    changed: 23,
    diff: 23,
    godebug: 23,
    dropgodebug: 23,
    tool: 24,
    droptool: 24,
    ignore: 25,
    dropignore: 25,
    "debug-runtime-trace": 25,
    fixtool: 26,
};
/** Whether some go command of this version defines the flag (else Go fails every command with "unknown flag"). */
function isKnownGoFlag(name, v) {
    if (Object.hasOwn(BUILD_FLAGS, name))
        return true;
    const test = name.startsWith("test.") ? name.slice(5) : name;
    const passed = TEST_PASSED[test];
    if (passed !== undefined)
        return (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, passed);
    const other = Object.hasOwn(OTHER_FLAGS, name) ? OTHER_FLAGS[name] : undefined;
    return other !== undefined && (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, other);
}
/** strconv.ParseBool's accepted spellings. */
const BOOLS = new Set([
    "1",
    "t",
    "T",
    "TRUE",
    "true",
    "True",
    "0",
    "f",
    "F",
    "FALSE",
    "false",
    "False",
]);
function defined(spec, v) {
    if (!spec)
        return false;
    if (spec.since !== undefined && !(0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, spec.since))
        return false;
    return spec.until === undefined || !(0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, spec.until + 1);
}
/** Why Go rejects a value for a flag of this kind, as the flag package words it; undefined if valid. */
function valueError(name, kind, value) {
    const from = `for flag -${name} (from $GOFLAGS)`;
    const invalid = (reason) => `invalid value ${JSON.stringify(value)} ${from}: ${reason}`;
    switch (kind.t) {
        case "bool":
            return value === undefined || BOOLS.has(value)
                ? undefined
                : `invalid boolean value ${JSON.stringify(value)} ${from}: parse error`;
        case "bool-or-auto":
            return value === undefined || value === "auto" || BOOLS.has(value)
                ? undefined
                : `invalid boolean value ${JSON.stringify(value)} ${from}: value is neither 'auto' nor a valid bool`;
        default:
            break;
    }
    if (value === undefined)
        return `flag needs an argument: -${name} (from $GOFLAGS)`;
    switch (kind.t) {
        case "int": {
            const n = parseGoInt(value);
            if (n === undefined)
                return invalid("parse error");
            return kind.positive && n <= 0 ? `-${name} must be a positive integer: ${n}` : undefined;
        }
        case "enum":
            return kind.values.includes(value)
                ? undefined
                : invalid(kind.reason === "unknown compiler"
                    ? `unknown compiler ${JSON.stringify(value)}`
                    : kind.reason);
        case "perpackage": {
            // cmd/go/internal/load.PerPackageFlag.set
            const v = value.trim();
            if (v === "" || v.startsWith("-"))
                return undefined;
            const eq = v.indexOf("=");
            if (eq < 0)
                return invalid("missing =<value> in <pattern>=<value>");
            if (v.slice(0, eq).trim() === "")
                return invalid("missing <pattern> in <pattern>=<value>");
            if (v[0] === "'" || v[0] === '"')
                return invalid(`parameter may not start with quote character ${v[0]}`);
            return undefined;
        }
        default:
            return undefined;
    }
}
/** strconv.ParseInt(s, 0, 64): decimal, 0x/0o/0b prefixes, underscores between digits with a prefix. */
function parseGoInt(s) {
    const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]*|0[bB][01_]+|[1-9][0-9]*|0)$/.exec(s);
    if (!m)
        return undefined;
    const body = m[2];
    if (body.includes("_") && !/^0[xXoObB]?/.test(body))
        return undefined;
    let n;
    const digits = body.replace(/_/g, "");
    if (/^0[xX]/.test(digits))
        n = parseInt(digits.slice(2), 16);
    else if (/^0[bB]/.test(digits))
        n = parseInt(digits.slice(2), 2);
    else if (/^0[oO]/.test(digits))
        n = parseInt(digits.slice(2), 8);
    else if (digits.length > 1 && digits.startsWith("0"))
        n = parseInt(digits.slice(1), 8);
    else
        n = Number(digits);
    if (Number.isNaN(n))
        return undefined;
    return m[1] === "-" ? -n : n;
}
/**
 * The error a go command of this version stops with before doing anything, because of
 * GOFLAGS (base.SetFromGOFLAGS and the checks that follow), or undefined when it runs.
 * A flag the command does not define is ignored; its own flags must have valid values.
 */
function goflagsError(value, v, command) {
    const r = parseGoflags(value, v);
    if (r.error)
        return r.error;
    for (const f of r.flags) {
        if (!isKnownGoFlag(f.name, v))
            return `parsing $GOFLAGS: unknown flag -${f.name}`;
    }
    const own = command === "build" ? BUILD_FLAGS : MOD_DOWNLOAD_FLAGS;
    for (const f of r.flags) {
        if (f.name === "C")
            return f.value === undefined
                ? "flag needs an argument: -C (from $GOFLAGS)"
                : `invalid value ${JSON.stringify(f.value)} for flag -C (from $GOFLAGS): -C flag must be first flag on command line`;
        const spec = Object.hasOwn(own, f.name) ? own[f.name] : undefined;
        if (!defined(spec, v))
            continue;
        const err = valueError(f.name, spec.kind, f.value);
        if (err)
            return err;
    }
    // Later flags win; the values are then checked by the module loader and the builder.
    const last = (name) => r.flags.filter((f) => f.name === name).at(-1)?.value;
    const modfile = last("modfile");
    if (modfile && !modfile.endsWith(".mod"))
        return `-modfile=${modfile}: file does not have .mod extension`;
    if (command === "build") {
        const mod = last("mod");
        if (mod !== undefined && !["", "mod", "readonly", "vendor"].includes(mod))
            return `-mod=${mod} not supported (can be '', 'mod', 'readonly', or 'vendor')`;
    }
    return undefined;
}
/** Splits and checks GOFLAGS like the given Go version. */
function parseGoflags(value, v) {
    let words;
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v, 21)) {
        const q = quotedSplit(value);
        if (q.error)
            return { flags: [], error: `parsing $GOFLAGS: ${q.error}` };
        words = q.words;
    }
    else {
        words = (0,_proxy_list_js__WEBPACK_IMPORTED_MODULE_1__/* .goFields */ .sE)(value);
    }
    const flags = [];
    for (const w of words) {
        if (!w.startsWith("-") || w === "-" || w === "--" || /^(?:---|--?=)/.test(w))
            return { flags, error: `parsing $GOFLAGS: non-flag ${JSON.stringify(w)}` };
        const body = w.replace(/^--?/, "");
        const eq = body.indexOf("=");
        const f = { raw: w, name: eq < 0 ? body : body.slice(0, eq) };
        if (eq >= 0)
            f.value = body.slice(eq + 1);
        flags.push(f);
    }
    return { flags };
}


/***/ }),

/***/ 6734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  staticChecks: () => (/* binding */ staticChecks)
});

// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __webpack_require__(7940);
// EXTERNAL MODULE: ./src/settings/go-settings.ts + 1 modules
var go_settings = __webpack_require__(9972);
// EXTERNAL MODULE: ./src/check/rules.ts
var rules = __webpack_require__(4327);
;// CONCATENATED MODULE: ./src/check/context.ts

function report(c, id, variable, message, extra = {}) {
    const r = (0,rules/* rule */.Hu)(id);
    c.out.push({ rule: id, severity: r.severity, variable, message, ...extra });
}
/** A variable newer than the target Go, which ignores it. */
function reportUnsupported(c, name, value, why, fix) {
    report(c, "variable-unsupported", name, `${name} is set, but Go ${c.ver} does not read it (${why}): the setting does nothing. Fix: ${fix}`, { value });
}
/** A value on one line, control characters escaped, at most 200 characters. */
function printable(s) {
    const oneLine = s.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
    return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

// EXTERNAL MODULE: ./src/go/version.ts
var version = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/go/gourl.ts
var gourl = __webpack_require__(533);
// EXTERNAL MODULE: ./src/go/proxy-list.ts
var proxy_list = __webpack_require__(4815);
;// CONCATENATED MODULE: ./src/check/goproxy.ts
// GOPROXY: the list as Go parses it per version, what happens when a proxy fails, and what
// a proxy URL exposes (credentials, plain HTTP).





function checkGoproxy(env, ctx, c, settings) {
    const v = c.v;
    const raw = env.GOPROXY;
    if (raw === "" && (0,version/* atLeast */.jZ)(v, 21) && checkEmptyGoproxy(ctx, c) === "masked")
        return;
    const value = settings.goproxy;
    const res = settings.proxy;
    const shown = (0,redact/* redactList */.GW)(value);
    checkGoproxySyntax(c, res, value, shown);
    const explicit = raw !== undefined && raw !== "";
    if (explicit && !res.error)
        checkGoproxyFallbacks(c, res, shown);
    if ((0,version/* atLeast */.jZ)(v, 13))
        for (const e of res.entries)
            checkProxyUrl(c, e, shown, explicit);
}
/** An empty GOPROXY counts as unset on Go 1.21+, unless the go env file empties it too. */
function checkEmptyGoproxy(ctx, c) {
    if (ctx.userEnvFile?.GOPROXY === "") {
        report(c, "goproxy-empty-masked", "GOPROXY", `GOPROXY is empty in the environment and the go env file has an empty GOPROXY= line: Go ${c.ver} then uses the empty string and every module fetch fails with "GOPROXY list is not the empty string, but contains no entries". Fix: run \`go env -u GOPROXY\` and unset the variable, or set the proxies you want.`, { value: "", goError: "GOPROXY list is not the empty string, but contains no entries" });
        return "masked";
    }
    report(c, "goproxy-empty-env", "GOPROXY", `GOPROXY is set to the empty string, which Go ${c.ver} treats as unset: it uses the go env file and then $GOROOT/go.env (normally ${proxy_list/* DEFAULT_GOPROXY */.NH}). If a \`go env -w GOPROXY=\` line exists, GOPROXY stays empty and every fetch fails. Fix: unset GOPROXY, or set it to the value you mean.`, { value: "" });
    return "unset";
}
/** The rule and the fix for the error Go gives when it rejects the list. */
function goproxyErrorRule(error, element) {
    let id;
    let fix;
    if (error.startsWith("invalid $GOPROXY setting")) {
        id = "goproxy-legacy-invalid";
        fix = "Fix: before Go 1.13 give a single http(s) or file URL, `direct` or `off`.";
    }
    else if (error.startsWith("invalid proxy URL missing scheme")) {
        id = "goproxy-missing-scheme";
        const el2 = element ?? "";
        fix = /^(direct|off)$/i.test(el2)
            ? `Fix: keywords are case-sensitive; write "${el2.toLowerCase()}".`
            : el2.startsWith("/")
                ? `Fix: write a directory as file://${el2}.`
                : "Fix: write a full URL such as https://proxy.example.com, or a host name with a dot.";
    }
    else if (error.startsWith("invalid proxy URL scheme")) {
        id = "goproxy-bad-scheme";
        fix =
            "Fix: use an https://, http:// or file:// URL (Go checks every entry before `direct`/`off`).";
    }
    else if (error.startsWith("invalid file://")) {
        id = "goproxy-file-non-path";
        fix = "Fix: write file:///absolute/path with nothing else.";
    }
    else if (error.startsWith("GOPROXY list is not the empty string")) {
        id = "goproxy-no-entries";
        fix = "Fix: unset GOPROXY for the default, or list a proxy or `direct`.";
    }
    else {
        id = "goproxy-unparsable-url";
        fix =
            "Fix: correct the URL (port, host characters, % escapes, brackets); Go prints this URL unredacted.";
    }
    return { id, fix };
}
/** Errors Go stops on, lists that behave as off, and separators or entries Go does not read. */
function checkGoproxySyntax(c, res, value, shown) {
    const v = c.v;
    if (res.error) {
        const goError = res.error;
        const el = res.errorElement !== undefined ? ` in the entry "${(0,redact/* redactList */.GW)(res.errorElement)}"` : "";
        const what = `Go ${c.ver} rejects GOPROXY${el}: every module fetch fails with "go: <module>@<version>: ${goError}".`;
        const { id, fix } = goproxyErrorRule(goError, res.errorElement);
        report(c, id, "GOPROXY", `${what} ${fix}`, { value: shown, goError });
    }
    else if (res.behavesAsOff) {
        report(c, "goproxy-no-entries", "GOPROXY", `GOPROXY "${printable(shown)}" has no entries: Go ${c.ver} then behaves as GOPROXY=off and every module lookup fails with "module lookup disabled by GOPROXY=off". Fix: unset GOPROXY for the default, or list a proxy or \`direct\`.`, { value: shown });
    }
    if ((0,version/* atLeast */.jZ)(v, 13) && !(0,version/* atLeast */.jZ)(v, 15) && value.includes("|")) {
        report(c, "goproxy-pipe-unsupported", "GOPROXY", `Go ${c.ver} splits GOPROXY on "," only: "|" stays inside the URL, so "${printable(shown)}" does not fall back on errors and is usually rejected. Fix: use "," or require Go 1.15+.`, { value: shown });
    }
    if (res.ignored.length > 0) {
        const term = res.entries.find((e) => e.kind === "direct" || e.kind === "off")?.kind ?? "direct";
        report(c, "goproxy-entries-after-terminal", "GOPROXY", `GOPROXY lists ${res.ignored.length} entr${res.ignored.length === 1 ? "y" : "ies"} after "${term}" (${res.ignored.map((e) => `"${(0,redact/* redactList */.GW)(e)}"`).join(", ")}): Go stops at "${term}" and ignores them without checking them. Fix: put proxies before "${term}", or remove the dead entries.`, { value: shown });
    }
}
/** What Go does when a proxy fails, and lists that leave no proxy at all. */
function checkGoproxyFallbacks(c, res, shown) {
    const v = c.v;
    const real = res.entries.filter((e) => e.kind !== "noproxy");
    const commaBefore = real.filter((e, i) => e.kind === "proxy" &&
        e.fallback === "notfound" &&
        i < real.length - 1 &&
        real[i + 1].kind !== "off");
    if (commaBefore.length > 0) {
        report(c, "goproxy-comma-hard-errors", "GOPROXY", `In "${printable(shown)}", Go moves past ${commaBefore.map((e) => e.display).join(", ")} only on 404 or 410; a timeout, connection or TLS error, 401, 403 or 5xx fails the build instead of falling through. Fix: ${(0,version/* atLeast */.jZ)(v, 15) ? 'use "|" after a proxy whose failures should fall through' : 'require Go 1.15+ and use "|"'}, if that is what you want.`, { value: shown });
    }
    if (real.length === 1 && real[0].kind === "off") {
        report(c, "goproxy-off", "GOPROXY", `GOPROXY=off: Go ${c.ver} fails every module not already in the module cache ("module lookup disabled by GOPROXY=off"), yet still fetches GONOPROXY/GOPRIVATE modules directly and still contacts the checksum database. Fix: keep it only for fully cached or vendored builds.`, { value: shown });
    }
    if (real.length === 1 && real[0].kind === "direct") {
        report(c, "goproxy-direct-only", "GOPROXY", `GOPROXY=direct: Go ${c.ver} fetches every module from its version-control host, which needs git in the image and is slower and less reliable. Fix: put a module proxy first, e.g. "https://proxy.example.com,direct".`, { value: shown });
    }
}
/** Credentials and plain HTTP in one proxy URL. */
function checkProxyUrl(c, e, shown, explicit) {
    const v = c.v;
    if (e.kind !== "proxy")
        return;
    const p = (0,gourl/* goUrlParse */.BP)(e.url, { strictHost: (0,gourl/* strictHostFor */.Pf)(v) });
    if (!p.ok)
        return;
    const u = p.url;
    if (u.user && u.scheme === "http") {
        report(c, "goproxy-credentials-over-http", "GOPROXY", `The proxy ${e.display} carries credentials over plain HTTP: Go ${c.ver} refuses every request to it ("refusing to pass credentials to insecure URL: ${e.display}"). Fix: use https://, and move the credentials out of GOPROXY into the action's \`credentials\` input (it writes .netrc).`, { value: shown, goError: `refusing to pass credentials to insecure URL: ${e.display}` });
    }
    else if (u.user && u.user.password === undefined) {
        report(c, "goproxy-username-token", "GOPROXY", `The proxy ${e.display} has a credential in the username position; Go masks only passwords, so the token is printed in clear in -x traces and error messages. Fix: move it out of GOPROXY into the action's \`credentials\` input (it writes .netrc), or at least write it as the password (https://user:TOKEN@host).`, { value: shown });
    }
    else if (u.user) {
        report(c, "goproxy-password-in-url", "GOPROXY", `The proxy ${e.display} carries a password in the URL: Go masks it in most messages but not in URL parse errors, tools that print GOPROXY (go env, debug logs, cache keys) show it, and every process of the job can read it. Fix: move it into the action's \`credentials\` input (it writes .netrc${(0,version/* atLeast */.jZ)(v, 24) ? "; or use GOAUTH" : ""}) and keep GOPROXY free of secrets.`, { value: shown });
    }
    const loopback = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/.test(e.url);
    if (u.scheme === "http" && !u.user && explicit && !loopback) {
        report(c, "goproxy-plain-http", "GOPROXY", `The proxy ${e.display} is plain HTTP: Go ${c.ver} uses it without GOINSECURE, unencrypted and unauthenticated. Fix: use https:// unless it is on the same machine.`, { value: shown });
    }
    if (/\/\/$/.test(u.path) && u.path.length > 1) {
        report(c, "goproxy-sumdb-probe-double-slash", "GOPROXY", `The proxy ${e.display} ends in "//": module requests are cleaned, but the checksum-database probe asks for "…//sumdb/<name>/supported". Fix: end the URL with at most one slash.`, { value: shown });
    }
}

;// CONCATENATED MODULE: ./src/check/gosumdb.ts
// GOSUMDB: its syntax per Go version, and settings that weaken or reroute verification.




function checkGosumdb(env, ctx, c, settings) {
    const v = c.v;
    if (!(0,version/* atLeast */.jZ)(v, 13))
        return;
    if (!env.GOSUMDB && (0,version/* atLeast */.jZ)(v, 21) && ctx.userEnvFile?.GOSUMDB === "") {
        report(c, "gosumdb-missing", "GOSUMDB", `GOSUMDB is ${env.GOSUMDB === undefined ? "unset" : "empty"} and the go env file has an empty GOSUMDB= line: Go ${c.ver} fails every checksum lookup with "missing GOSUMDB". Fix: run \`go env -u GOSUMDB\`.`, { value: "", goError: "missing GOSUMDB" });
        return;
    }
    const value = settings.gosumdb;
    const s = settings.sumdb;
    const shown = (0,redact/* redactList */.GW)(value);
    if (s.kind === "error") {
        const fields = (0,proxy_list/* goFields */.sE)(value);
        const bare = s.error === "invalid GOSUMDB: malformed verifier id" &&
            fields.length >= 1 &&
            !fields[0].includes("+");
        if (s.error === "missing GOSUMDB") {
            report(c, "gosumdb-missing", "GOSUMDB", `GOSUMDB "${printable(shown)}" has no fields: Go ${c.ver} fails every checksum lookup with "missing GOSUMDB". Fix: unset it for sum.golang.org, or set "off".`, { value: shown, goError: s.error });
        }
        else if (bare) {
            report(c, "gosumdb-bare-name", "GOSUMDB", `GOSUMDB names "${(0,redact/* redactList */.GW)(fields[0])}", but Go ${c.ver} has a key only for sum.golang.org, so the first lookup fails with "verifying <module>: ${s.error}". Fix: give the full key "<name>+<hash>+<base64 key>" (optionally followed by the URL), or use sum.golang.org.`, { value: shown, goError: s.error });
        }
        else {
            report(c, "gosumdb-invalid", "GOSUMDB", `Go ${c.ver} rejects GOSUMDB "${printable(shown)}": the first checksum lookup fails with "verifying <module>: ${s.error}" (only when go.sum lacks a hash). Fix: use sum.golang.org, off, or "<name>+<hash>+<key> [url]".`, { value: shown, goError: s.error });
        }
        return;
    }
    if (s.kind === "off") {
        report(c, "gosumdb-off", "GOSUMDB", `GOSUMDB=off: Go ${c.ver} trusts any module missing from go.sum on first download${(0,version/* atLeast */.jZ)(v, 21) ? ', and toolchain downloads fail ("checksum database disabled by GOSUMDB=off")' : ""}. Fix: keep verification on and list private modules in GOPRIVATE or GONOSUMDB.`, { value: shown });
        return;
    }
    if (s.url !== undefined && !s.alias) {
        report(c, "gosumdb-explicit-url", "GOSUMDB", `GOSUMDB gives the URL ${(0,redact/* redactList */.GW)(s.url)} for ${s.name}: Go ${c.ver} sends every checksum lookup there directly and never through GOPROXY. Fix: make sure CI can reach it, or drop the URL to go through proxies that serve /sumdb/${s.name}/.`, { value: shown });
    }
}

// EXTERNAL MODULE: ./src/go/patterns.ts
var patterns = __webpack_require__(1615);
;// CONCATENATED MODULE: ./src/check/patterns.ts
// GOPRIVATE, GONOPROXY, GONOSUMDB and GOINSECURE: module path patterns as Go matches them.




/** The variables that hold comma-separated module path patterns. */
const PATTERN_VARS = ["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE"];
/** Module paths with nothing in common: a pattern that matches all of them matches everything. */
const UNRELATED_MODULES = [
    "github.com/a/b",
    "golang.org/x/net",
    "gopkg.in/yaml.v3",
    "corp.internal/m",
    "example.com/m",
];
/** Code hosts whose every module a GOINSECURE pattern should never cover. */
const PUBLIC_HOSTS = [
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "golang.org",
    "gopkg.in",
    "google.golang.org",
];
function checkPatterns(env, c) {
    const v = c.v;
    for (const name of PATTERN_VARS) {
        const value = env[name];
        if (value === undefined)
            continue;
        const since = name === "GOINSECURE" ? 14 : 13;
        if (value !== "" && !(0,version/* atLeast */.jZ)(v, since)) {
            reportUnsupported(c, name, value, `it exists from Go 1.${since}`, `require Go 1.${since}+ or remove it.`);
            continue;
        }
        if (value === "" &&
            (name === "GONOPROXY" || name === "GONOSUMDB") &&
            (env.GOPRIVATE ?? "") !== "") {
            report(c, "gonoproxy-empty-not-off", name, `${name} is empty, which Go treats as unset, so GOPRIVATE ("${printable(env.GOPRIVATE)}") still applies. Fix: to override GOPRIVATE set ${name}=none.`, { value });
        }
        for (const p of (0,patterns/* splitPatterns */.sb)(value)) {
            checkPatternSyntax(c, name, value, p);
            checkPatternReach(c, name, value, p);
        }
        if (name === "GOINSECURE")
            checkGoinsecure(c, value);
    }
}
/** Mistakes that make Go compare the text literally, so the pattern matches no module. */
function checkPatternSyntax(c, name, value, p) {
    const trimmed = (0,proxy_list/* goTrimSpace */.hb)(p);
    const where = `the ${name} pattern "${printable(p)}"`;
    const thePattern = `The ${name} pattern "${printable(p)}"`;
    if (p.includes(";")) {
        report(c, "pattern-semicolon", name, `In ${where}, ";" is not a separator: Go compares the whole text as one pattern, which matches no module. Fix: separate patterns with "," (${printable(p
            .split(";")
            .map((x) => x.trim())
            .filter(Boolean)
            .join(","))}).`, { value });
    }
    if (trimmed !== p) {
        report(c, "pattern-whitespace", name, `${thePattern} has leading or trailing white space; Go does not trim patterns, so it matches no module. Fix: remove the spaces ("${printable(trimmed)}").`, { value });
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(trimmed) || /^https?:/.test(trimmed)) {
        report(c, "pattern-scheme", name, `${thePattern} starts with a URL scheme; module paths never do, so it matches nothing. Fix: write the module path prefix, e.g. "${printable(trimmed.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/*/, ""))}".`, { value });
    }
    if ((0,patterns/* isBadPattern */.q5)(p)) {
        report(c, "pattern-bad-glob", name, `${thePattern} is a malformed glob (path.Match: syntax error); Go ignores it silently and it matches nothing. Fix: close the character class or escape "[" and "\\".`, { value });
    }
}
/** Patterns that match less (or more) than their author meant. */
function checkPatternReach(c, name, value, p) {
    const v = c.v;
    const trimmed = (0,proxy_list/* goTrimSpace */.hb)(p);
    const thePattern = `The ${name} pattern "${printable(p)}"`;
    if (trimmed.startsWith(".")) {
        report(c, "pattern-leading-dot", name, `${thePattern} starts with "."; Go compares it literally, so it does not match subdomains. Fix: use "*${trimmed}" (and "${trimmed.slice(1)}" for the apex).`, { value });
    }
    if (p.endsWith("/") && !(0,version/* atLeast */.jZ)(v, 18)) {
        report(c, "pattern-trailing-slash-old-go", name, `${thePattern} ends in "/"; Go ${c.ver} (before 1.18) compares it literally, so it matches nothing. Fix: remove the trailing slash.`, { value });
    }
    const first = trimmed.split("/")[0];
    if (/[A-Z]/.test(first) && !/[[\\]/.test(first)) {
        report(c, "pattern-uppercase", name, `${thePattern} has upper case in its host; matching is case-sensitive and hosts are lower case in module paths. Fix: "${printable(first.toLowerCase())}".`, { value });
    }
    if (name !== "GOINSECURE" && !p.includes(";")) {
        const eff = p.endsWith("/") && (0,version/* atLeast */.jZ)(v, 18) ? p.slice(0, -1) : p;
        if (!eff.includes("/") &&
            ["github.com", "gitlab.com", "bitbucket.org", "golang.org"].some((h) => (0,patterns/* pathMatch */.z2)(eff, h) === true)) {
            report(c, "pattern-too-broad", name, `${thePattern} covers every module on a public code host: Go ${c.ver} fetches all of them directly${name === "GONOPROXY" ? "" : " and skips checksum verification for them"}. Fix: narrow it to your organisation, e.g. "github.com/your-org".`, { value });
        }
    }
}
/** GOINSECURE turns off TLS verification for what it matches, and never for proxies. */
function checkGoinsecure(c, value) {
    const v = c.v;
    const name = "GOINSECURE";
    for (const p of (0,patterns/* splitPatterns */.sb)(value)) {
        const everything = UNRELATED_MODULES.every((m) => (0,patterns/* matchPrefixPatterns */.J8)(p, m, v));
        const host = PUBLIC_HOSTS.find((h) => (0,patterns/* matchPrefixPatterns */.J8)(p, `${h}/some/module`, v));
        if (!everything && host === undefined)
            continue;
        report(c, "goinsecure-too-broad", name, `The GOINSECURE pattern "${printable(p)}" covers ${everything ? "every module" : `every module on ${host}`}: Go ${c.ver} fetches ${everything ? "them" : "those"} directly without verifying TLS certificates (and over plain HTTP if offered) and skips checksum verification for them when GONOSUMDB/GOPRIVATE match too. Fix: list only the hosts with the self-signed or plain-HTTP servers, e.g. "git.corp.example.com".`, { value });
    }
    if (value !== "") {
        report(c, "goinsecure-not-for-proxies", name, `GOINSECURE applies only to direct VCS and ?go-get=1 fetches of matching modules; Go ${c.ver} still verifies TLS for every GOPROXY URL and still checks checksums. Fix: for a proxy with a private CA, install the CA (SSL_CERT_FILE).`, { value });
    }
}
/** A pattern already reported as an error by checkPatternSyntax. */
function brokenPattern(p) {
    return (p.includes(";") ||
        (0,proxy_list/* goTrimSpace */.hb)(p) !== p ||
        (0,patterns/* isBadPattern */.q5)(p) ||
        /^[A-Za-z][A-Za-z0-9+.-]*:/.test(p));
}

// EXTERNAL MODULE: ./src/go/module-path.ts
var module_path = __webpack_require__(502);
// EXTERNAL MODULE: ./src/check/gomod.ts
var gomod = __webpack_require__(1269);
;// CONCATENATED MODULE: ./src/check/requirements.ts
// The repository's requirements against the settings: malformed module paths, private modules
// that public services would see, patterns that match nothing required.






/** Checks the repository's requirements against the settings: malformed paths, leaks, stale patterns. */
function checkRequirements(env, ctx, c, settings) {
    const reqs = ctx.requirements;
    if (!reqs || reqs.length === 0)
        return;
    const badPaths = checkModulePaths(reqs, c);
    if (!(0,version/* atLeast */.jZ)(c.v, 13))
        return;
    checkPrivateModules(c, settings, reqs, badPaths);
    checkUnusedPatterns(env, c, reqs);
}
/** Reports each malformed required path once; returns them. */
function checkModulePaths(reqs, c) {
    const badPaths = new Set();
    for (const r of reqs) {
        const err = (0,module_path/* checkModulePath */.iU)(r.path);
        if (err && !badPaths.has(r.path)) {
            badPaths.add(r.path);
            report(c, "module-path-invalid", "go.mod", `${r.file}:${r.line} requires "${printable(r.path)}": Go ${c.ver} cannot download it ("malformed module path \\"${printable(r.path)}\\": ${err}"). Fix: use a path whose first element is a host name with a dot, or a replace directive to a local directory.`, { value: r.path, file: r.file, line: r.line });
        }
    }
    return badPaths;
}
/** Private modules whose paths Go would send to a public proxy or the checksum database. */
function checkPrivateModules(c, settings, reqs, badPaths) {
    const v = c.v;
    const { gonosumdb, gonoproxy } = settings;
    const sumdbOff = settings.sumdb.kind === "off";
    const sumdbName = settings.gosumdb.split(/\s+/)[0].split("+")[0];
    const publicProxies = publicProxiesAskedFirst(settings.proxy);
    // The proxies the user chose (Athens, Artifactory) are meant to see private paths; only a
    // public proxy Go asks unconditionally and the checksum database are outsiders.
    const byHost = new Map();
    for (const r of reqs) {
        if (badPaths.has(r.path))
            continue;
        const host = (0,module_path/* moduleHost */.vW)(r.path);
        if ((0,gomod/* isPublicHost */.sw)(host))
            continue;
        const sumLeak = !sumdbOff && !(0,patterns/* matchPrefixPatterns */.J8)(gonosumdb, r.path, v);
        const proxyLeak = publicProxies.length > 0 && !(0,patterns/* matchPrefixPatterns */.J8)(gonoproxy, r.path, v);
        if (!sumLeak && !proxyLeak)
            continue;
        const seen = byHost.get(host) ?? { reqs: [], sumLeak: false, proxyLeak: false };
        seen.reqs.push(r);
        seen.sumLeak ||= sumLeak;
        seen.proxyLeak ||= proxyLeak;
        byHost.set(host, seen);
    }
    for (const [host, { reqs: list, sumLeak, proxyLeak }] of byHost) {
        const first = list[0];
        const names = list
            .slice(0, 3)
            .map((r) => r.path)
            .join(", ") + (list.length > 3 ? `, and ${list.length - 3} more` : "");
        const seenBy = [
            ...(proxyLeak
                ? [
                    `the public proxy ${publicProxies.join(" and ")} (GONOPROXY/GOPRIVATE do not cover it), which cannot serve a private module`,
                ]
                : []),
            ...(sumLeak
                ? [
                    `the checksum database ${sumdbName} (GONOSUMDB/GOPRIVATE do not cover it), which has no record of a private module and fails the download (404/410)`,
                ]
                : []),
        ];
        const fix = proxyLeak
            ? `add "${host}" (or your organisation's prefix) to GOPRIVATE`
            : `add "${host}" (or your organisation's prefix) to GONOSUMDB when your own proxy serves it, else to GOPRIVATE`;
        report(c, "module-not-private", "GOPRIVATE", `${names} (${first.file}:${first.line}) ${list.length === 1 ? "is" : "are"} on ${host}, which is not a public code host: Go ${c.ver} will send the path to ${seenBy.join(", and to ")}. Fix: ${fix}.`, { value: settings.patterns.GOPRIVATE ?? "", file: first.file, line: first.line });
    }
}
function checkUnusedPatterns(env, c, reqs) {
    const v = c.v;
    for (const name of ["GOPRIVATE", "GONOPROXY", "GONOSUMDB"]) {
        const value = env[name];
        if (!value)
            continue;
        for (const p of (0,patterns/* splitPatterns */.sb)(value)) {
            if (reqs.some((r) => (0,patterns/* matchPrefixPatterns */.J8)(p, r.path, v)))
                continue;
            if (brokenPattern(p))
                continue; // already reported as an error
            report(c, "pattern-unused", name, `The ${name} pattern "${printable(p)}" matches none of the ${reqs.length} required modules. Fix: remove it if it is stale, or correct it.`, { value });
        }
    }
}
/** Public proxies Go asks for every module before reaching one the user runs (or `direct`). */
const PUBLIC_PROXY_HOSTS = new Set([
    "proxy.golang.org",
    "goproxy.io",
    "goproxy.cn",
    "mirrors.aliyun.com",
]);
function publicProxiesAskedFirst(proxy) {
    const out = [];
    for (const e of proxy.entries) {
        if (e.kind !== "proxy")
            break;
        const host = URL.canParse(e.url) ? new URL(e.url).hostname : "";
        if (!PUBLIC_PROXY_HOSTS.has(host))
            break;
        out.push(e.display);
    }
    return out;
}

// EXTERNAL MODULE: ./src/go/toolchain.ts
var toolchain = __webpack_require__(9029);
;// CONCATENATED MODULE: ./src/check/gotoolchain.ts
// GOTOOLCHAIN: its syntax, and toolchain downloads that other settings make fail.



function checkGotoolchain(env, c, settings) {
    const v = c.v;
    const value = env.GOTOOLCHAIN;
    // GOTOOLCHAIN=local is what Go before 1.21 does anyway: harmless where it is not read.
    if (value !== undefined && value !== "" && value !== "local" && !(0,version/* atLeast */.jZ)(v, 21)) {
        reportUnsupported(c, "GOTOOLCHAIN", value, "toolchain switching starts with Go 1.21", "install the Go version you need.");
        return;
    }
    if (!(0,version/* atLeast */.jZ)(v, 21))
        return;
    const t = (0,toolchain/* parseGotoolchain */.tg)(value ?? "auto");
    if (t.kind === "error") {
        report(c, "gotoolchain-invalid", "GOTOOLCHAIN", `Go ${c.ver} stops at start-up: "go: ${t.error}". Fix: use local, auto, path, go1.X.Y, go1.X.Y+auto or go1.X.Y+path.`, { value: value ?? "", goError: t.error });
        return;
    }
    if (t.kind === "ok" && t.version !== undefined && (0,toolchain/* isLanguageVersionOnly */.ND)(t.version)) {
        report(c, "gotoolchain-language-version", "GOTOOLCHAIN", `GOTOOLCHAIN names go${t.version}, a language version: when Go ${c.ver} has to switch it fails with "invalid toolchain: go${t.version} is a language version but not a toolchain version (go${t.version}.x)". Fix: name a release, e.g. go${t.version}.0.`, { value: value ?? "" });
    }
    const downloads = t.kind === "ok" && !(t.min === "local" && t.mode === "");
    if (!downloads)
        return;
    const real = settings.proxy.entries.filter((e) => e.kind !== "noproxy");
    const proxyOff = real.length > 0 && real[0].kind === "off";
    const sumOff = settings.sumdb.kind === "off";
    if (proxyOff || sumOff) {
        const why = sumOff
            ? 'GOSUMDB=off ("checksum database disabled by GOSUMDB=off": toolchains are always verified)'
            : 'GOPROXY=off (reported as "toolchain not available")';
        report(c, "gotoolchain-needs-sumdb", "GOTOOLCHAIN", `GOTOOLCHAIN=${value === undefined || value === "" ? "auto (default)" : printable(value)} lets Go ${c.ver} download a newer toolchain when go.mod asks for one, but that download fails with ${why}. Fix: set GOTOOLCHAIN=local, or allow toolchain downloads.`, { value: value ?? "" });
    }
}

// EXTERNAL MODULE: ./src/go/goflags.ts
var goflags = __webpack_require__(2515);
;// CONCATENATED MODULE: ./src/check/goflags.ts
// GOFLAGS: what `go mod download` and `go build` reject, and flags that change downloads.




function checkGoflags(env, c) {
    const value = env.GOFLAGS;
    if (value === undefined || value === "")
        return;
    const r = (0,goflags/* parseGoflags */.T7)(value, c.v);
    const shown = (0,redact/* redactList */.GW)(value);
    const failure = (0,goflags/* goflagsError */.WI)(value, c.v, "mod download");
    if (failure !== undefined) {
        const id = r.error
            ? "goflags-invalid"
            : failure.startsWith("parsing $GOFLAGS: unknown flag")
                ? "goflags-unknown-flag"
                : "goflags-bad-value";
        const fix = id === "goflags-invalid"
            ? `write each flag as -name or -name=value${(0,version/* atLeast */.jZ)(c.v, 21) ? ", quoting values with spaces" : " (Go before 1.21 cannot quote: values cannot contain spaces)"}`
            : id === "goflags-unknown-flag"
                ? "correct the spelling or remove it (it may exist only in a newer Go)"
                : "give the flag a valid value, or remove it (-C cannot be set in GOFLAGS)";
        report(c, id, "GOFLAGS", `Go ${c.ver} rejects GOFLAGS: \`go mod download\` and every command that defines the flag fail with "go: ${failure}". Fix: ${fix}.`, { value: shown, goError: failure });
        return;
    }
    const buildFailure = (0,goflags/* goflagsError */.WI)(value, c.v, "build");
    if (buildFailure !== undefined) {
        report(c, "goflags-breaks-builds", "GOFLAGS", `GOFLAGS has a value \`go mod download\` ignores but \`go build\`, \`go test\` and \`go list\` of Go ${c.ver} reject ("go: ${buildFailure}"): the download step passes and the build fails. Fix: correct or remove that flag.`, { value: shown, goError: buildFailure });
    }
    for (const f of r.flags) {
        if (f.name === "insecure") {
            report(c, "goflags-insecure", "GOFLAGS", `GOFLAGS has -insecure: \`go mod download\` ignores it${(0,version/* atLeast */.jZ)(c.v, 17) ? ' and `go get` fails ("-insecure flag is no longer supported; use GOINSECURE instead")' : ", and `go get` warns it is deprecated"}. Fix: remove it and list hosts in GOINSECURE.`, { value: shown });
        }
        else if (f.name === "mod" && f.value === "vendor") {
            report(c, "goflags-mod-vendor", "GOFLAGS", `GOFLAGS has -mod=vendor: builds read the vendor directory and never download modules. Fix: nothing, if that is intended.`, { value: shown });
        }
    }
}

// EXTERNAL MODULE: ./src/go/goauth.ts
var goauth = __webpack_require__(3444);
;// CONCATENATED MODULE: ./src/go/govcs.ts
// GOVCS (Go 1.16+), as cmd/go/internal/vcs parseGOVCS reads it.


function parseGovcs(value) {
    const s = (0,proxy_list/* goTrimSpace */.hb)(value);
    if (s === "")
        return { rules: [] };
    const rules = [];
    const have = new Map();
    for (const raw of s.split(",")) {
        const item = (0,proxy_list/* goTrimSpace */.hb)(raw);
        if (item === "")
            return { rules, error: "empty entry in GOVCS" };
        const colon = item.indexOf(":");
        if (colon < 0)
            return { rules, error: `malformed entry in GOVCS (missing colon): ${(0,gourl/* goQuote */.dg)(item)}` };
        const pattern = (0,proxy_list/* goTrimSpace */.hb)(item.slice(0, colon));
        const list = (0,proxy_list/* goTrimSpace */.hb)(item.slice(colon + 1));
        if (pattern === "")
            return { rules, error: `empty pattern in GOVCS: ${(0,gourl/* goQuote */.dg)(item)}` };
        if (list === "")
            return { rules, error: `empty VCS list in GOVCS: ${(0,gourl/* goQuote */.dg)(item)}` };
        if (pattern.startsWith("./") ||
            pattern.startsWith("../") ||
            pattern === "." ||
            pattern === "..") {
            return { rules, error: `relative pattern not allowed in GOVCS: ${(0,gourl/* goQuote */.dg)(pattern)}` };
        }
        const old = have.get(pattern);
        if (old !== undefined) {
            return {
                rules,
                error: `unreachable pattern in GOVCS: ${(0,gourl/* goQuote */.dg)(item)} after ${(0,gourl/* goQuote */.dg)(old)}`,
            };
        }
        have.set(pattern, item);
        const allowed = list.split("|").map(proxy_list/* goTrimSpace */.hb);
        if (allowed.some((a) => a === ""))
            return { rules, error: `empty VCS name in GOVCS: ${(0,gourl/* goQuote */.dg)(item)}` };
        rules.push({ pattern, allowed });
    }
    return { rules };
}

;// CONCATENATED MODULE: ./src/check/other-variables.ts
// GOAUTH, GOVCS and GO111MODULE: each read from some Go version on, each with its own syntax.





function checkGoauth(env, c) {
    const auth = env.GOAUTH;
    if (auth === undefined || auth === "")
        return;
    const shown = (0,redact/* redactList */.GW)(auth);
    if (!(0,version/* atLeast */.jZ)(c.v, 24)) {
        const why = "it exists from Go 1.24; older versions use .netrc only";
        reportUnsupported(c, "GOAUTH", shown, why, "use .netrc, or require Go 1.24+.");
        return;
    }
    const { error } = (0,goauth/* parseGoauth */._Y)(auth);
    if (!error)
        return;
    report(c, "goauth-invalid", "GOAUTH", `Go ${c.ver} rejects GOAUTH: authenticated fetches fail with "${error}". Fix: a ";"-separated list of off, netrc, "git /abs/dir" or a command, with no empty entries.`, { value: shown, goError: error });
}
function checkGovcs(env, c) {
    const vcs = env.GOVCS;
    if (vcs === undefined || vcs === "")
        return;
    if (!(0,version/* atLeast */.jZ)(c.v, 16)) {
        reportUnsupported(c, "GOVCS", vcs, "it exists from Go 1.16", "require Go 1.16+ or remove it.");
        return;
    }
    const { error } = parseGovcs(vcs);
    if (!error)
        return;
    report(c, "govcs-invalid", "GOVCS", `Go ${c.ver} rejects GOVCS when it first needs a VCS: "${error}". Fix: write pattern:vcs|vcs entries separated by ",".`, { value: vcs, goError: error });
}
function checkGo111module(env, c) {
    const g111 = env.GO111MODULE;
    if (g111 !== undefined && !["", "on", "off", "auto"].includes(g111)) {
        report(c, "go111module-invalid", "GO111MODULE", `Go ${c.ver} accepts GO111MODULE only as on, off, auto or empty (in lower case): every go command fails with "go: unknown environment setting GO111MODULE=${printable(g111)}". Fix: unset it (modules are on by default) or write "on".`, { value: g111, goError: `unknown environment setting GO111MODULE=${g111}` });
    }
    if (env.GO111MODULE === "off") {
        report(c, "go111module-off", "GO111MODULE", `GO111MODULE=off: Go ${c.ver} ignores go.mod and works in GOPATH mode, so GOPROXY and GOSUMDB are not used. Fix: unset GO111MODULE.`, { value: "off" });
    }
}

// EXTERNAL MODULE: ./src/go/env.ts
var go_env = __webpack_require__(1869);
;// CONCATENATED MODULE: ./src/check/blank-values.ts
// Download variables set to white space only: Go reads them as values, never as unset.


/** What Go does with a variable that holds only blanks, where that is not already an error. */
const BLANK_EFFECT = {
    GOPRIVATE: "a pattern of blanks, which matches no module",
    GONOPROXY: "a pattern of blanks, which matches no module; being non-empty, it also overrides GOPRIVATE, so private modules go to the proxy",
    GONOSUMDB: "a pattern of blanks, which matches no module; being non-empty, it also overrides GOPRIVATE, so private modules are looked up in the checksum database",
    GOINSECURE: "a pattern of blanks, which matches no module",
    GOFLAGS: "no flags",
    GOSUMDB: 'a database with no name: checksum lookups fail with "missing GOSUMDB"',
};
/**
 * A variable set to white space or control characters only: usually an empty secret or a
 * templating slip. Go does not treat it as unset.
 */
function checkBlankValues(env, c) {
    for (const name of go_env/* GO_VARIABLES */.F) {
        const value = env[name];
        if (value === undefined || value === "" || !/^[\s\x00-\x1f\x7f]+$/.test(value))
            continue;
        const effect = BLANK_EFFECT[name] ?? "a value it then rejects or misreads";
        report(c, "value-blank", name, `${name} is "${printable(value)}", only white space or control characters: Go ${c.ver} does not treat it as unset but as ${effect}. Fix: unset ${name}, or check the secret or expression that should have filled it.`, { value });
    }
}

;// CONCATENATED MODULE: ./src/check/variable-names.ts
// Variables the go command never reads: misspellings and names people invent.



/** Names the go command reads that are not download settings (never flagged as misspelt). */
const OTHER_GO_VARS = new Set([
    "GOROOT",
    "GOOS",
    "GOARCH",
    "GOCACHE",
    "GOENV",
    "GOEXPERIMENT",
    "GODEBUG",
    "GOBIN",
    "GOAMD64",
    "GOARM",
    "GOARM64",
    "GO386",
    "GOMIPS",
    "GOMIPS64",
    "GOPPC64",
    "GORISCV64",
    "GOWASM",
    "GOTMPDIR",
    "GOTOOLDIR",
    "GOCOVERDIR",
    "GOFIPS140",
    "GOEXE",
    "GOHOSTOS",
    "GOHOSTARCH",
    "GOGCCFLAGS",
    "GOVERSION",
    "GOTELEMETRY",
    "GOTELEMETRYDIR",
    "GOMAXPROCS",
    "GOGC",
    "GOMEMLIMIT",
    "GOTRACEBACK",
    "GOCACHEPROG",
    "GOROOT_FINAL",
    "GCCGO",
    "GOSUMDB",
    "GOLANG_VERSION",
    "GO_VERSION",
]);
/** Names people set believing Go reads them. */
const INVENTED = new Set([
    "GONOSUMCHECK",
    "GONOVERIFY",
    "GONOSUMCHECKS",
    "GONOSUM",
    "GOSUMDB_OFF",
    "GOPROXY_URL",
    "GO_PROXY",
    "GO_PRIVATE",
    "GO_NOPROXY",
    "GO_NOSUMDB",
    "GO_SUMDB",
    "GO_INSECURE",
    "GOPROXIES",
    "GOPRIVATES",
    "GONOPROXIES",
    "GOINSECURES",
    "GOPRIVATE_MODULES",
    "GOFLAG",
    "GO_FLAGS",
    "GONOSUMDBS",
    "GO_TOOLCHAIN",
    "GOPROXY_FALLBACK",
    "GONOSUMDB_PATTERNS",
]);
const DOWNLOAD_VARS = go_env/* GO_VARIABLES */.F;
/** Edit distance, cut off at 3: only near misses matter. */
function distance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    const dp = Array.from({ length: a.length + 1 }, (_, i) => [
        i,
        ...Array(b.length).fill(0),
    ]);
    for (let j = 1; j <= b.length; j++)
        dp[0][j] = j;
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
            dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return dp[a.length][b.length];
}
function checkVariableNames(env, ctx, c) {
    const names = new Set();
    for (const k of Object.keys(env))
        if (!DOWNLOAD_VARS.includes(k))
            names.add(k);
    for (const k of Object.keys(ctx.otherEnv ?? {}))
        names.add(k);
    for (const name of [...names].sort()) {
        if (DOWNLOAD_VARS.includes(name) || OTHER_GO_VARS.has(name))
            continue;
        const upper = name.toUpperCase();
        let meant;
        if (DOWNLOAD_VARS.includes(upper))
            meant = upper;
        else if (INVENTED.has(upper)) {
            meant = upper.includes("SUM")
                ? "GONOSUMDB (or GOPRIVATE)"
                : upper.includes("PRIV")
                    ? "GOPRIVATE"
                    : upper.includes("NOPROX")
                        ? "GONOPROXY"
                        : upper.includes("INSEC")
                            ? "GOINSECURE"
                            : upper.includes("FLAG")
                                ? "GOFLAGS"
                                : upper.includes("TOOL")
                                    ? "GOTOOLCHAIN"
                                    : "GOPROXY";
        }
        else if (/^GO/.test(upper) && upper.length >= 6) {
            const close = DOWNLOAD_VARS.filter((k) => k.length >= 6 && distance(upper, k) <= (k.length >= 8 ? 2 : 1));
            if (close.length === 1)
                meant = close[0];
        }
        if (!meant)
            continue;
        const val = env[name] ?? ctx.otherEnv?.[name] ?? "";
        report(c, "variable-never-read", name, `${name} is not a variable the go command reads; the setting does nothing. Fix: use ${meant}${upper === "GONOSUMCHECK" || upper === "GONOVERIFY" ? " — GONOSUMCHECK and GONOVERIFY do not exist in any Go release" : ""}.`, { value: (0,redact/* redactList */.GW)(val) });
    }
}

;// CONCATENATED MODULE: ./src/check/static.ts












/** Every form of every secret in the settings and the go env file, to scrub from messages. */
function secretsIn(env, ctx) {
    const secrets = new Set();
    for (const val of [...Object.values(env), ...Object.values(ctx.userEnvFile ?? {})])
        if (typeof val === "string")
            for (const s of (0,redact/* valueSecretForms */.XH)(val))
                secrets.add(s);
    return [...secrets];
}
/** Checks the settings; returns diagnostics in a stable order. Never throws on any string input. */
function checkSettings(env, ctx) {
    const v = ctx.goVersion;
    const c = { v, ver: `${v.major}.${v.minor}`, out: [] };
    const settings = (0,go_settings/* goSettingsFromEnv */.l)(env, v, ctx.userEnvFile);
    checkGoproxy(env, ctx, c, settings);
    checkGosumdb(env, ctx, c, settings);
    checkPatterns(env, c);
    checkRequirements(env, ctx, c, settings);
    checkGotoolchain(env, c, settings);
    checkGoflags(env, c);
    checkGoauth(env, c);
    checkGovcs(env, c);
    checkGo111module(env, c);
    checkBlankValues(env, c);
    checkVariableNames(env, ctx, c);
    // Short ones are only ever shown redacted; scrubbing them would garble text.
    const scrub = (0,redact/* secretScrubber */.vt)(secretsIn(env, ctx), { minLength: 4 });
    return c.out.map((d) => {
        const clean = { ...d, message: scrub(d.message) };
        if (d.value !== undefined)
            clean.value = scrub(printable(d.value));
        if (d.goError !== undefined)
            clean.goError = scrub(d.goError);
        return clean;
    });
}

;// CONCATENATED MODULE: ./src/pipeline/check.ts
// The static checks: the settings as the job's environment gives them to Go, with the
// user's `go env -w` file, cross-checked with what the repository requires.


function staticChecks(opts) {
    return checkSettings((0,go_env/* goEnvFrom */.M)(opts.env), {
        goVersion: opts.goVersion,
        otherEnv: opts.env,
        ...(opts.userEnvFile ? { userEnvFile: opts.userEnvFile } : {}),
        ...(opts.workspace
            ? {
                requirements: opts.workspace.requirements.map(({ path, file, line }) => ({
                    path,
                    file,
                    line,
                })),
            }
            : {}),
    });
}


/***/ })

};
