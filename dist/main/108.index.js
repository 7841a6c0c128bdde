export const id = 108;
export const ids = [108];
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

/***/ 6558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ basicAuth),
  b: () => (/* binding */ goCredentials)
});

// EXTERNAL MODULE: ./src/go/goauth.ts
var goauth = __webpack_require__(3444);
// EXTERNAL MODULE: ./src/go/version.ts
var version = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/go/goflags.ts
var goflags = __webpack_require__(2515);
// EXTERNAL MODULE: ./src/process/bounded.ts + 2 modules
var bounded = __webpack_require__(4976);
;// CONCATENATED MODULE: ./src/net/goauth-commands.ts
// Running GOAUTH's credential commands as cmd/go/internal/auth does (Go 1.24+): a custom command
// prints `URL lines, a blank line, header lines, a blank line` blocks; `git <dir>` answers
// `git credential fill`. Every run is bounded: Go gives a helper no limit, a job must not hang.


/** A credential helper gets this long per run. */
const CREDENTIAL_HELPER_TIMEOUT_MS = 30_000;
/** parseUserAuth: URL lines, a blank line, header lines, a blank line; repeated. */
function parseUserAuth(data) {
    const creds = new Map();
    let rest = data;
    let guard = 0;
    while (rest !== "" && guard++ < 10000) {
        const urls = [];
        for (;;) {
            const nl = rest.indexOf("\n");
            if (nl < 0)
                throw new Error("invalid format: missing empty line after URLs");
            const line = rest.slice(0, nl);
            rest = rest.slice(nl + 1);
            if (line === "")
                break;
            urls.push(line);
        }
        const header = {};
        for (;;) {
            const nl = rest.indexOf("\n");
            if (nl < 0)
                throw new Error("invalid format: missing empty line after headers");
            const line = rest.slice(0, nl);
            rest = rest.slice(nl + 1);
            if (line === "")
                break;
            const c = line.indexOf(": ");
            if (c <= 0 || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(line.slice(0, c))) {
                throw new Error("invalid format: invalid header line");
            }
            header[line.slice(0, c)] = line.slice(c + 2).trim();
        }
        for (const u of urls)
            creds.set(u.replace(/^https:\/\//, "").replace(/\/$/, ""), { ...header });
    }
    return creds;
}
async function run(file, args, opts) {
    const r = await (0,bounded/* runBounded */.B)(file, args, {
        ...(opts.cwd ? { cwd: opts.cwd } : {}),
        env: opts.env,
        input: opts.input,
        signal: opts.signal,
        timeoutMs: CREDENTIAL_HELPER_TIMEOUT_MS,
        maxBufferBytes: 1 << 20,
    });
    if (r.stopped) {
        const e = new Error(`stopped (${r.stopped.kind}) after ${r.seconds.toFixed(0)} s`);
        e.name = r.stopped.kind === "aborted" ? "AbortError" : "TimeoutError";
        throw e;
    }
    if (r.exitCode !== 0)
        throw new Error(`exit status ${r.exitCode}`);
    return r.stdout;
}
/**
 * Runs a custom GOAUTH command: with no argument before the first request, with the URL (and the
 * failed response's status line and headers on stdin) after a 4xx. Returns its headers by
 * prefix (host[/path]); throws when it fails or prints something Go cannot parse.
 */
async function runCustomCommand(command, url, response, env, signal) {
    const split = (0,goflags/* quotedSplit */.lR)(command);
    if (split.error)
        throw new Error(split.error);
    const words = split.words;
    if (words.length === 0)
        return new Map();
    let input = "";
    if (response) {
        input = `HTTP/1.1 ${response.status}\n`;
        for (const [k, val] of Object.entries(response.headers))
            input += `${k}: ${val}\n`;
        input += "\n";
    }
    const out = await run(words[0], [...words.slice(1), ...(url ? [url] : [])], {
        input,
        env,
        signal,
    });
    return parseUserAuth(out);
}
/** `git credential fill` in `dir` for a URL: the user and password it gives, if both. */
async function gitCredentialFill(dir, url, env, signal) {
    const out = await run("git", ["credential", "fill"], {
        cwd: dir,
        input: `url=${url}\n\n`,
        env: { ...env, GIT_TERMINAL_PROMPT: "0" },
        signal,
    });
    const kv = Object.fromEntries(out
        .split("\n")
        .filter((l) => l.includes("="))
        .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
    if (kv.username === undefined || kv.password === undefined)
        return undefined;
    return { username: kv.username, password: kv.password };
}

// EXTERNAL MODULE: ./src/net/netrc.ts
var net_netrc = __webpack_require__(871);
;// CONCATENATED MODULE: ./src/net/auth.ts




/** The Authorization value for a user and password. */
function basicAuth(user, password) {
    return "Basic " + Buffer.from(`${user}:${password}`).toString("base64");
}
/** The commands Go 1.24+ runs for GOAUTH (before 1.24: the .netrc alone). */
function goauthCommands(env, newAuth, diagnostics) {
    if (!newAuth)
        return { commands: [{ kind: "netrc" }] };
    const parsed = (0,goauth/* parseGoauth */._Y)(env.GOAUTH ?? "");
    if (!parsed.error)
        return { commands: parsed.commands };
    diagnostics.push({
        rule: "probe-goauth-invalid",
        severity: "error",
        variable: "GOAUTH",
        message: `The go command stops at its first https request with "go: ${parsed.error}". Fix GOAUTH (a ;-separated list of off, netrc, git <dir> or a command).`,
    });
    return { commands: [], fatal: parsed.error };
}
/** The .netrc entries Go reads; their passwords (and Basic forms) become secrets. */
async function netrcEntries(env, newAuth, secrets, diagnostics) {
    const r = await (0,net_netrc/* readNetrc */.fO)(env);
    for (const e of r.entries)
        secrets.push(e.password, basicAuth(e.login, e.password).slice(6));
    if (r.error && newAuth) {
        diagnostics.push({
            rule: "probe-netrc-unreadable",
            severity: "warning",
            variable: "NETRC",
            message: `The .netrc Go reads cannot be read (${r.error}); no credentials come from it.`,
        });
    }
    return r.path === undefined ? { entries: r.entries } : { entries: r.entries, path: r.path };
}
/** Go 1.24+'s credential cache, prefix (host[/path]) → headers, filled by the GOAUTH commands. */
class GoauthCache {
    byPrefix = new Map();
    commands;
    netrc;
    env;
    signal;
    secrets;
    diagnostics;
    constructor(commands, netrc, env, signal, secrets, diagnostics) {
        this.commands = commands;
        this.netrc = netrc;
        this.env = { ...env };
        this.signal = signal;
        this.secrets = secrets;
        this.diagnostics = diagnostics;
    }
    /** Runs the commands in reverse, so that earlier ones overwrite later ones' entries. */
    async run(url, response) {
        for (const c of [...this.commands].reverse()) {
            if (c.kind === "netrc")
                this.addNetrc();
            else if (c.kind === "custom")
                await this.addCustom(c.command, url, response);
            else if (c.kind === "git" && url)
                await this.addGit(c.dir, url);
        }
    }
    addNetrc() {
        for (let i = this.netrc.length - 1; i >= 0; i--) {
            const e = this.netrc[i];
            this.byPrefix.set((0,goauth/* credentialPrefix */.e8)(e.machine), {
                headers: { authorization: basicAuth(e.login, e.password) },
                source: "netrc",
            });
        }
    }
    async addCustom(command, url, response) {
        try {
            const found = await runCustomCommand(command, url, response, this.env, this.signal);
            for (const [prefix, headers] of found) {
                const lower = {};
                for (const [k, val] of Object.entries(headers)) {
                    lower[k.toLowerCase()] = val;
                    this.secrets.push(val);
                    const m = /^(?:Basic|Bearer)\s+(.+)$/i.exec(val);
                    if (m)
                        this.secrets.push(m[1]);
                }
                this.byPrefix.set(prefix, { headers: lower, source: "goauth-command" });
            }
        }
        catch (e) {
            this.diagnostics.push({
                rule: "probe-goauth-command-failed",
                severity: "warning",
                variable: "GOAUTH",
                message: `A GOAUTH command failed${url ? "" : " on its first run"} (${e.name}); the go command carries on without its credentials.`,
            });
        }
    }
    async addGit(dir, url) {
        try {
            const filled = await gitCredentialFill(dir, url, this.env, this.signal);
            if (!filled)
                return;
            this.secrets.push(filled.password);
            this.byPrefix.set(new URL(url).host, {
                headers: { authorization: basicAuth(filled.username, filled.password) },
                source: "goauth-git",
            });
        }
        catch {
            this.diagnostics.push({
                rule: "probe-goauth-git-failed",
                severity: "warning",
                variable: "GOAUTH",
                message: "GOAUTH=git: `git credential fill` failed; the go command carries on without credentials.",
            });
        }
    }
}
/** Sets up Go's credential lookup for one go version and environment. */
async function goCredentials(env, v, signal) {
    const diagnostics = [];
    const secrets = [];
    const newAuth = (0,version/* atLeast */.jZ)(v, 24);
    const { commands, fatal } = goauthCommands(env, newAuth, diagnostics);
    const off = commands.length === 1 && commands[0].kind === "off";
    const netrc = commands.some((c) => c.kind === "netrc")
        ? await netrcEntries(env, newAuth, secrets, diagnostics)
        : { entries: [] };
    const cache = new GoauthCache(commands, netrc.entries, env, signal, secrets, diagnostics);
    if (newAuth && !off && !fatal)
        await cache.run();
    return {
        netrcPath: netrc.path,
        secrets,
        diagnostics,
        mode: !newAuth ? "netrc" : off ? "off" : "goauth",
        ...(fatal ? { fatal } : {}),
        forRequest(url, host = url.host) {
            if (url.protocol !== "https:")
                return { headers: {} };
            if (!newAuth) {
                const e = (0,net_netrc/* netrcMatch */.AX)(netrc.entries, host, url.pathname, (0,net_netrc/* netrcMatchMode */.FN)(v.minor));
                return e
                    ? { headers: { authorization: basicAuth(e.login, e.password) }, source: "netrc" }
                    : { headers: {} };
            }
            if (off || fatal)
                return { headers: {} };
            const hit = (0,goauth/* lookupCredential */.Wb)(cache.byPrefix, host + url.pathname);
            return hit ? { headers: { ...hit.headers }, source: hit.source } : { headers: {} };
        },
        async afterFailure(url, status, headers) {
            if (!newAuth || url.protocol !== "https:")
                return false;
            // Go retries after every 4xx on https, even with GOAUTH=off; the commands run again first.
            if (!off && !fatal && commands.some((c) => c.kind !== "netrc")) {
                await cache.run(url.href, { status, headers });
            }
            return true;
        },
    };
}


/***/ }),

/***/ 288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ openGoHttp)
/* harmony export */ });
/* harmony import */ var _redact_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7940);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6558);
/* harmony import */ var _env_proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(405);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6200);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7837);





const EGRESS_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];
/** Sets up one HttpContext; close it with closeHttpContext. */
async function openGoHttp(opts) {
    const { env } = opts;
    const secrets = new Set();
    for (const u of opts.urls)
        for (const s of (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .urlSecretForms */ .TL)(u))
            secrets.add(s);
    for (const v of EGRESS_VARIABLES) {
        const val = env[v];
        if (val)
            for (const s of (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .urlSecretForms */ .TL)(val.includes("://") ? val : `http://${val}`))
                secrets.add(s);
    }
    const egress = (0,_env_proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .egressFromEnv */ .fl)(env);
    const [roots, creds] = await Promise.all([
        (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .goRoots */ .S)(env),
        (0,_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .goCredentials */ .b)(env, opts.goVersion, opts.signal),
    ]);
    for (const s of creds.secrets)
        secrets.add(s);
    const ctx = (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .newHttpContext */ .sb)({
        egress,
        roots,
        creds,
        goVersion: opts.goVersion,
        signal: opts.signal,
        secrets: [...secrets],
        maxBody: opts.maxBody,
    });
    return { ctx, egress, creds };
}


/***/ }),

/***/ 405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ egressFor),
/* harmony export */   fl: () => (/* binding */ egressFromEnv)
/* harmony export */ });
/* unused harmony exports parseEgressProxy, useProxy */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _go_gourl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(533);
// Which egress proxy Go's net/http uses for a URL: http.ProxyFromEnvironment, i.e.
// golang.org/x/net/http/httpproxy (FromEnvironment + ProxyFunc). Pure functions.
//
// - HTTP_PROXY, HTTPS_PROXY, NO_PROXY: the upper-case name wins; an empty value counts as unset,
//   so the lower-case one is then read.
// - https requests use HTTPS_PROXY, http requests HTTP_PROXY (never HTTPS_PROXY for http).
// - A value is a URL (http, https or socks5); anything else is retried as "http://" + value. A
//   value that still does not parse is ignored, so requests go direct (Go reports nothing).
// - Requests to "localhost" and to loopback IP literals never use a proxy. A host name that merely
//   resolves to loopback is not exempt (Go never resolves it for this decision).
// - NO_PROXY: comma-separated, trimmed, lower-cased. `*` alone disables proxying. An entry is a
//   CIDR (1.2.3.0/24), an IP with optional port (1.2.3.4, 1.2.3.4:80, [::1]:80), or a domain with
//   optional port: "foo.com" matches foo.com and its subdomains, ".foo.com" and "*.foo.com" only
//   subdomains. The port, when given, must equal the request's port (default 80/443).
// - In a CGI environment (REQUEST_METHOD set), HTTP_PROXY is refused for http requests.



function getEnvAny(env, ...names) {
    for (const n of names) {
        const v = env[n];
        if (v)
            return { name: n, value: v };
    }
    return undefined;
}
/** parseProxy: the URL Go uses for a proxy variable, or undefined when Go would ignore it. */
function parseEgressProxy(value) {
    const first = (0,_go_gourl_js__WEBPACK_IMPORTED_MODULE_2__/* .goUrlParse */ .BP)(value);
    const okScheme = (u) => u.scheme === "http" || u.scheme === "https" || u.scheme === "socks5";
    if (first.ok && okScheme(first.url))
        return (0,_go_gourl_js__WEBPACK_IMPORTED_MODULE_2__/* .goUrlString */ .h4)(first.url);
    const second = (0,_go_gourl_js__WEBPACK_IMPORTED_MODULE_2__/* .goUrlParse */ .BP)(`http://${value}`);
    if (second.ok)
        return (0,_go_gourl_js__WEBPACK_IMPORTED_MODULE_2__/* .goUrlString */ .h4)(second.url);
    if (first.ok)
        return (0,_go_gourl_js__WEBPACK_IMPORTED_MODULE_2__/* .goUrlString */ .h4)(first.url); // parsed, odd scheme: Go keeps it and fails later
    return undefined;
}
function egressFromEnv(env) {
    const http = getEnvAny(env, "HTTP_PROXY", "http_proxy");
    const https = getEnvAny(env, "HTTPS_PROXY", "https_proxy");
    const no = getEnvAny(env, "NO_PROXY", "no_proxy");
    const config = {
        noProxy: no?.value ?? "",
        cgi: !!env.REQUEST_METHOD,
        invalid: [],
    };
    if (http) {
        const u = parseEgressProxy(http.value);
        if (u)
            config.httpProxy = u;
        else
            config.invalid.push({ variable: http.name, value: http.value });
    }
    if (https) {
        const u = parseEgressProxy(https.value);
        if (u)
            config.httpsProxy = u;
        else
            config.invalid.push({ variable: https.name, value: https.value });
    }
    const from = {};
    if (http)
        from.http = http.name;
    if (https)
        from.https = https.name;
    if (no)
        from.noProxy = no.name;
    return { config, from };
}
const PORTS = { http: "80", https: "443", socks5: "1080" };
/** The proxy for a request URL, as proxyForURL decides it. */
function egressFor(env, requestUrl) {
    const u = new URL(requestUrl);
    const scheme = u.protocol.slice(0, -1);
    let proxy;
    let variable = "";
    if (scheme === "https") {
        proxy = env.config.httpsProxy;
        variable = env.from.https ?? "HTTPS_PROXY";
    }
    else if (scheme === "http") {
        proxy = env.config.httpProxy;
        variable = env.from.http ?? "HTTP_PROXY";
        if (proxy && env.config.cgi) {
            return {
                kind: "error",
                error: "refusing to use HTTP_PROXY value in CGI environment; see golang.org/s/cgihttpproxy",
            };
        }
    }
    if (!proxy)
        return { kind: "direct" };
    let host = u.hostname;
    if (host.startsWith("[") && host.endsWith("]"))
        host = host.slice(1, -1);
    const port = u.port || PORTS[scheme] || "";
    if (!useProxy(env.config.noProxy, host, port))
        return { kind: "direct" };
    return { kind: "proxy", url: proxy, variable };
}
function isLoopback(ip) {
    const v4 = ip.startsWith("::ffff:") && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(ip.slice(7)) === 4 ? ip.slice(7) : ip;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(v4) === 4)
        return v4.split(".")[0] === "127";
    return normalizeV6(ip) === normalizeV6("::1");
}
function normalizeV6(ip) {
    const bl = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList();
    try {
        bl.addAddress(ip, "ipv6");
        return bl.rules[0] ?? ip;
    }
    catch {
        return ip;
    }
}
function ipEqual(a, b) {
    const unmap = (x) => x.toLowerCase().startsWith("::ffff:") && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(x.slice(7)) === 4 ? x.slice(7) : x;
    const x = unmap(a);
    const y = unmap(b);
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(x) !== (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(y))
        return false;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(x) === 4)
        return x === y;
    return normalizeV6(x) === normalizeV6(y);
}
/** useProxy(canonicalAddr): false when NO_PROXY (or the localhost rule) exempts host:port. */
function useProxy(noProxy, rawHost, port) {
    if (rawHost === "")
        return true;
    if (rawHost === "localhost")
        return false;
    const ipKind = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(rawHost);
    if (ipKind !== 0 && isLoopback(rawHost))
        return false;
    const host = asciiHost(rawHost.trim().toLowerCase());
    for (const raw of noProxy.split(",")) {
        const p = raw.trim().toLowerCase();
        if (p === "")
            continue;
        if (p === "*")
            return false;
        const cidr = /^(.+)\/(\d{1,3})$/.exec(p);
        if (cidr && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(cidr[1]) !== 0) {
            if (ipKind === 0)
                continue;
            const type = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(cidr[1]) === 4 ? "ipv4" : "ipv6";
            const bits = Number(cidr[2]);
            if ((type === "ipv4" && bits > 32) || bits > 128)
                continue;
            const bl = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList();
            bl.addSubnet(cidr[1], bits, type);
            const target = ipKind === 6 && rawHost.toLowerCase().startsWith("::ffff:") && type === "ipv4"
                ? rawHost.slice(7)
                : rawHost;
            if (bl.check(target, (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(target) === 4 ? "ipv4" : "ipv6"))
                return false;
            continue;
        }
        // host:port or [v6]:port
        let phost = p;
        let pport = "";
        const bracket = /^\[([^\]]*)\]:(\d*)$/.exec(p);
        const hp = /^([^:]*):([^:]*)$/.exec(p);
        if (bracket) {
            phost = bracket[1];
            pport = bracket[2];
            if (phost === "")
                continue;
        }
        else if (hp) {
            phost = hp[1];
            pport = hp[2];
            if (phost === "")
                continue;
        }
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(phost) !== 0) {
            if (ipKind !== 0 && ipEqual(phost, rawHost) && (pport === "" || pport === port))
                return false;
            continue;
        }
        if (phost === "")
            continue;
        if (phost.startsWith("*."))
            phost = phost.slice(1);
        let matchHost = false;
        if (!phost.startsWith(".")) {
            matchHost = true;
            phost = "." + phost;
        }
        phost = asciiHost(phost);
        if (host.endsWith(phost) || (matchHost && host === phost.slice(1))) {
            if (pport === "" || pport === port)
                return false;
        }
    }
    return true;
}
function asciiHost(h) {
    if (/^[\x00-\x7f]*$/.test(h))
        return h;
    const lead = h.startsWith(".") ? "." : "";
    const a = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.domainToASCII)(lead ? h.slice(1) : h);
    return a ? lead + a : h;
}


/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qf: () => (/* binding */ closeHttpContext),
  kY: () => (/* binding */ failureText),
  fF: () => (/* binding */ goGet),
  c4: () => (/* binding */ isNotFound),
  sb: () => (/* binding */ newHttpContext)
});

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/go/gourl.ts
var gourl = __webpack_require__(533);
// EXTERNAL MODULE: ./src/go/version.ts
var version = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __webpack_require__(7940);
// EXTERNAL MODULE: ./src/net/auth.ts + 1 modules
var auth = __webpack_require__(6558);
// EXTERNAL MODULE: ./src/net/env-proxy.ts
var env_proxy = __webpack_require__(405);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/net/response-body.ts
// Reading a response the way the go command does, within bounds: a body up to a limit, a
// gzip-encoded one inflated under a bound, and Go's short "server response" detail of an error.

/** Go's error detail: text/plain (us-ascii/utf-8/no charset), printable, ≤ 8 lines, up to the first blank line. */
function errorDetail(contentType, body) {
    if (!contentType)
        return undefined;
    const [type, ...params] = contentType.split(";").map((s) => s.trim().toLowerCase());
    if (type !== "text/plain")
        return undefined;
    const cs = params
        .find((p) => p.startsWith("charset="))
        ?.slice(8)
        .replace(/"/g, "") ?? "";
    if (!["", "us-ascii", "utf-8"].includes(cs))
        return undefined;
    let text = body.subarray(0, 648).toString("utf8");
    const blank = text.indexOf("\n\n");
    if (blank >= 0)
        text = text.slice(0, blank);
    const lines = text.split("\n").filter((l, i, a) => i < a.length - 1 || l !== "");
    if (lines.length > 8 || /[^\t\x20-\x7e\u00a0-\uffff]/.test(lines.join("")))
        return undefined;
    return lines.join("\n") || undefined;
}
/**
 * A gzip-encoded body, inflated under a bound checked while inflating: the body limit, and at
 * most 64 times the compressed size plus 1 MiB (what is served is a zip, already compressed,
 * or small text; a higher ratio is a decompression bomb).
 */
function gunzipBounded(body, maxBody, url) {
    const limit = Math.min(maxBody, body.length * 64 + (1 << 20));
    try {
        return (0,external_node_zlib_.gunzipSync)(body, { maxOutputLength: limit });
    }
    catch (err) {
        if (err.code !== "ERR_BUFFER_TOO_LARGE")
            throw err;
        throw new Error(`the gzip-encoded body of ${url} (${body.length} bytes) inflates past ${limit} bytes: refused as a decompression bomb, stopped while inflating`, { cause: err });
    }
}
/** The body up to `max` bytes; the rest is not read. */
async function readLimited(body, max) {
    const chunks = [];
    let n = 0;
    for await (const c of body) {
        const b = Buffer.isBuffer(c) ? c : Buffer.from(c);
        chunks.push(b);
        n += b.length;
        if (n >= max) {
            body.destroy();
            break;
        }
    }
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/net/transport-errors.ts
// Transport errors worded like the go command's, so a reader can match them with what `go`
// prints: dial, DNS, TLS verification, stalls and the egress proxy's refusals.


/** A server that sends no header or body byte for this long is given up by default. */
const IDLE_TIMEOUT_MS = 60_000;
/** Go's Status text, e.g. "404 Not Found". */
function statusLine(code, text) {
    return `${code} ${text || external_node_http_.STATUS_CODES[code] || ""}`.trim();
}
/** host:port with the scheme's default port, as Go's dial errors name it. */
function hostPortOf(u) {
    const port = u.port || (u.protocol === "https:" ? "443" : "80");
    return `${u.hostname.replace(/^\[|\]$/g, "")}:${port}`;
}
/** A Go-like description of a transport error. */
function describeError(err, u, v, overall, idleMs) {
    const e = err;
    const cause = (e.cause ?? {});
    const code = e.code ?? cause.code;
    const msg = e.message ?? String(err);
    const addr = hostPortOf(u);
    const verify = (0,version/* atLeast */.jZ)(v, 20) ? "tls: failed to verify certificate: " : "";
    const out = (message, kind) => ({
        message,
        kind,
        ...(code ? { code } : {}),
    });
    const proxyStatus = /Proxy response \((\d+)\)/.exec(msg);
    if (proxyStatus) {
        return out(`the egress proxy refused the CONNECT tunnel: ${statusLine(Number(proxyStatus[1]))}`, "egress-proxy");
    }
    if (overall.aborted || e.name === "AbortError") {
        return out("no response before the probe timeout (the go command has no timeout of its own here: it would wait)", "timeout");
    }
    switch (code) {
        case "ENOTFOUND":
            return out(`dial tcp: lookup ${u.hostname}: no such host`, "dns");
        case "EAI_AGAIN":
            return out(`dial tcp: lookup ${u.hostname}: temporary failure in name resolution`, "dns");
        case "ECONNREFUSED":
            return out(`dial tcp ${addr}: connect: connection refused`, "refused");
        case "ECONNRESET":
            return out(`read tcp ${addr}: connection reset by peer`, "reset");
        case "UND_ERR_SOCKET":
        case "UND_ERR_CLOSED":
            return out(`EOF (the connection to ${addr} was closed without a response)`, "reset");
        case "UND_ERR_CONNECT_TIMEOUT":
        case "ETIMEDOUT":
            return out(`dial tcp ${addr}: i/o timeout`, "timeout");
        case "UND_ERR_HEADERS_TIMEOUT":
            return out(`timeout awaiting response headers from ${addr}`, "timeout");
        case "UND_ERR_BODY_TIMEOUT":
            return out(`read tcp ${addr}: the response body stalled (nothing arrived for ${(idleMs ?? IDLE_TIMEOUT_MS) / 1000} s)`, "timeout");
        case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
        case "SELF_SIGNED_CERT_IN_CHAIN":
        case "DEPTH_ZERO_SELF_SIGNED_CERT":
        case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY":
        case "UNABLE_TO_GET_ISSUER_CERT":
            return out(`${verify}x509: certificate signed by unknown authority`, "tls");
        case "CERT_HAS_EXPIRED":
        case "CERT_NOT_YET_VALID":
            return out(`${verify}x509: certificate has expired or is not yet valid`, "tls");
        case "ERR_TLS_CERT_ALTNAME_INVALID":
            return out(`${verify}x509: certificate is not valid for ${u.hostname}`, "tls");
        default:
            break;
    }
    if (/^ERR_SSL_|^ERR_TLS_/.test(code ?? "") || /SSL|TLS|certificate/i.test(msg)) {
        return out(`tls: ${msg}`, "tls");
    }
    if (/Proxy Authentication Required|proxy/i.test(msg) || e.name === "ProxyConnectionError") {
        return out(`egress proxy: ${msg}`, "egress-proxy");
    }
    return out(msg, "other");
}

;// CONCATENATED MODULE: ./src/net/http.ts








function newHttpContext(init) {
    return { ...init, dispatchers: new Map(), tlsSeen: new Map(), maxBody: init.maxBody ?? 1 << 20 };
}
async function closeHttpContext(ctx) {
    await Promise.all([...ctx.dispatchers.values()].map((d) => d.destroy().catch(() => undefined)));
    ctx.dispatchers.clear();
}
/** A 404 or 410: what lets the go command fall through to the next proxy after ",". */
function isNotFound(g) {
    return !g.error && (g.status === 404 || g.status === 410);
}
/** The error the go command reports for a failed GET. */
function failureText(g) {
    if (g.error)
        return g.error;
    return `reading ${g.url}: ${g.statusText ?? g.status}${g.detail ? `\n\tserver response: ${g.detail}` : ""}`;
}
function tlsInfoOf(s) {
    const cert = s.getPeerCertificate();
    const info = {};
    const protocol = s.getProtocol();
    if (protocol)
        info.protocol = protocol;
    if (cert?.subject?.CN)
        info.subject = String(cert.subject.CN);
    if (cert?.valid_to) {
        info.validTo = new Date(cert.valid_to).toISOString();
        info.daysLeft = Math.floor((Date.parse(cert.valid_to) - Date.now()) / 86_400_000);
    }
    return info;
}
function dispatcherFor(ctx, via) {
    const key = via ?? "direct";
    let d = ctx.dispatchers.get(key);
    if (d)
        return d;
    const tls = { secureContext: ctx.roots.context };
    const idle = ctx.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
    if (via === undefined) {
        const base = (0,undici/* buildConnector */.gU)({ ...tls, timeout: 30_000 });
        d = new undici/* Agent */.g6({
            headersTimeout: idle,
            bodyTimeout: idle,
            connect: (opts, cb) => base(opts, (err, socket) => {
                if (!err && socket && "getPeerCertificate" in socket) {
                    ctx.tlsSeen.set(`${opts.hostname}:${opts.port}`, tlsInfoOf(socket));
                }
                if (err)
                    cb(err, null);
                else
                    cb(null, socket);
            }),
            connections: 4,
        });
    }
    else {
        d = new undici/* ProxyAgent */.kT({
            uri: via,
            requestTls: tls,
            proxyTls: tls,
            connectTimeout: 30_000,
            headersTimeout: idle,
            bodyTimeout: idle,
        });
    }
    ctx.dispatchers.set(key, d);
    return d;
}
/** The URL Go would request, or why it refuses to (set on `out`). */
function startGet(rawUrl, started) {
    const { out, red } = started;
    const parsed = (0,gourl/* goUrlParse */.BP)(rawUrl);
    if (!parsed.ok) {
        out.error = "the URL does not parse";
        out.errorKind = "bad-url";
        return undefined;
    }
    const user = parsed.url.user;
    if (user && parsed.url.scheme === "http") {
        out.error = `refusing to pass credentials to insecure URL: ${red(rawUrl)}`;
        out.errorKind = "insecure-credentials";
        return undefined;
    }
    let first;
    try {
        first = new URL(rawUrl);
    }
    catch {
        out.error = "the URL does not parse";
        out.errorKind = "bad-url";
        return undefined;
    }
    first.username = "";
    first.password = "";
    return { ...started, first, writtenHost: parsed.url.host, user };
}
/** The headers Go sends; credentials only to the first URL's host. */
function requestHeaders(get, u, sameHost) {
    const h = {
        "user-agent": "Go-http-client/1.1",
        "accept-encoding": "gzip",
    };
    if (!sameHost)
        return h;
    const a = get.ctx.creds.forRequest(u, get.writtenHost);
    Object.assign(h, a.headers);
    if (a.source)
        get.out.auth = a.source;
    if (!h.authorization && get.user) {
        h.authorization = (0,auth/* basicAuth */.t)(get.user.username, get.user.password ?? "");
        get.out.auth = "userinfo";
    }
    return h;
}
/** A redirect's target, or undefined when the GET ends here (status or error set on `out`). */
function redirectTarget(get, current, status, statusText, location, hop) {
    const { out, red } = get;
    let next;
    try {
        next = new URL(location, current);
    }
    catch {
        out.status = status;
        out.statusText = statusLine(status, statusText);
        return undefined;
    }
    if (hop === 10) {
        out.error = `Get "${red(next.href)}": stopped after 10 redirects`;
        out.errorKind = "too-many-redirects";
        return undefined;
    }
    if (get.first.protocol === "https:" && next.protocol !== "https:") {
        out.error = `Get "${red(next.href)}": redirected from secure URL ${red(current.href)} to insecure URL ${red(next.href)}`;
        out.errorKind = "insecure-redirect";
        return undefined;
    }
    out.redirects.push(red(next.href));
    return next;
}
/** Go 1.24+ after a 4xx over https: the GOAUTH commands run again and Go asks once more. */
async function retriesAfterFailure(get, current, res) {
    const flat = {};
    for (const [k, val] of Object.entries(res.headers))
        flat[k] = Array.isArray(val) ? val.join(", ") : String(val ?? "");
    await res.body.dump().catch(() => undefined);
    const { ctx } = get;
    return ctx.creds.afterFailure(current, statusLine(res.statusCode, res.statusText), flat, ctx.signal);
}
/** Status, then the body of a 200 or the detail of an error response. */
async function readResponse(get, current, res) {
    const { ctx, out, red } = get;
    const status = res.statusCode;
    out.status = status;
    out.statusText = statusLine(status, res.statusText);
    try {
        let body = await readLimited(res.body, ctx.maxBody);
        if (String(res.headers["content-encoding"] ?? "").toLowerCase() === "gzip")
            body = gunzipBounded(body, ctx.maxBody, red(current.href));
        if (status === 200)
            out.body = body;
        else {
            const d = errorDetail(String(res.headers["content-type"] ?? ""), body);
            if (d)
                out.detail = d;
        }
    }
    catch (err) {
        if (status === 200) {
            const d = describeError(err, current, ctx.goVersion, ctx.signal, ctx.idleTimeoutMs);
            out.error = `reading ${red(current.href)}: ${d.message}`;
            out.errorKind = d.kind;
        }
    }
}
/** Sends the request at `current` through Go's egress choice; undefined when it failed (set on `out`). */
async function send(get, current, headers) {
    const { ctx, out, red } = get;
    const decision = (0,env_proxy/* egressFor */.Dt)(ctx.egress, current.href);
    if (decision.kind === "error") {
        out.error = decision.error;
        out.errorKind = "egress-proxy";
        return undefined;
    }
    const via = decision.kind === "proxy" ? decision.url : undefined;
    out.via = via ? red(via) : "direct";
    try {
        const res = await (0,undici/* request */.Em)(current, {
            method: "GET",
            headers,
            dispatcher: dispatcherFor(ctx, via),
            signal: ctx.signal,
        });
        const tls = ctx.tlsSeen.get(hostPortOf(current));
        if (tls && current.protocol === "https:" && !via)
            out.tls = tls;
        return res;
    }
    catch (err) {
        const d = describeError(err, current, ctx.goVersion, ctx.signal, ctx.idleTimeoutMs);
        out.error = `Get "${red(current.href)}": ${d.message}`;
        out.errorKind = d.kind;
        if (d.code)
            out.code = d.code;
        return undefined;
    }
}
const REDIRECTS = [301, 302, 303, 307, 308];
/**
 * GET `rawUrl` as the go command would. Never throws; `error` is set on transport failures,
 * `status` when a response arrived (any code).
 */
async function goGet(ctx, rawUrl) {
    const start = performance.now();
    const secrets = [...ctx.secrets, ...(0,redact/* urlSecretForms */.TL)(rawUrl)];
    const red = (s) => (0,redact/* scrubSecrets */.Zg)((0,redact/* redactUrl */.BO)(s), secrets);
    const out = { url: red(rawUrl), seconds: 0, via: "direct", redirects: [] };
    const get = startGet(rawUrl, { ctx, out, red });
    if (get)
        await follow(get);
    out.seconds = Math.round(performance.now() - start) / 1000;
    if (out.error)
        out.error = (0,redact/* scrubSecrets */.Zg)(out.error, secrets);
    if (out.detail)
        out.detail = (0,redact/* scrubSecrets */.Zg)(out.detail, secrets);
    return out;
}
/** Redirects and the 1.24+ retry, up to the response that ends the GET. */
async function follow(get) {
    let current = get.first;
    let headers = requestHeaders(get, current, true);
    let retried = false;
    for (let hop = 0; hop <= 10; hop++) {
        const res = await send(get, current, headers);
        if (!res)
            return;
        const status = res.statusCode;
        const location = res.headers.location;
        if (REDIRECTS.includes(status) && typeof location === "string") {
            await res.body.dump().catch(() => undefined);
            const next = redirectTarget(get, current, status, res.statusText, location, hop);
            if (!next)
                return;
            if (next.host !== get.first.host)
                headers = requestHeaders(get, next, false);
            current = next;
            continue;
        }
        const retryable = status >= 400 && status < 500 && current.protocol === "https:";
        if (retryable && !retried && (0,version/* atLeast */.jZ)(get.ctx.goVersion, 24)) {
            if (await retriesAfterFailure(get, current, res)) {
                retried = true;
                get.out.retried = true;
                headers = requestHeaders(get, current, current.host === get.first.host);
                hop--;
                continue;
            }
        }
        await readResponse(get, current, res);
        return;
    }
}


/***/ }),

/***/ 7837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ goRoots),
/* harmony export */   v: () => (/* binding */ withNodeExtra)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
// The certificate roots Go trusts on Linux (crypto/x509 root_unix.go + root_linux.go):
// - files: SSL_CERT_FILE when non-empty, else the first readable of the distribution bundles;
// - directories: SSL_CERT_DIR (colon-separated) when non-empty, else /etc/ssl/certs and
//   /etc/pki/tls/certs; every file in them is read, except symlinks to a name in the same
//   directory;
// - Node's own store and NODE_EXTRA_CA_CERTS play no part: Go never reads them.
// So SSL_CERT_FILE alone replaces the bundle file but the default directories still count; set
// SSL_CERT_DIR too to trust nothing else. On other systems Go asks the platform verifier; there
// we fall back to the system store Node sees.



const CERT_FILES = [
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/pki/tls/cacert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/ssl/cert.pem",
];
const CERT_DIRS = ["/etc/ssl/certs", "/etc/pki/tls/certs"];
const PEM = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
function certsIn(text) {
    const out = [];
    for (const m of text.matchAll(PEM)) {
        try {
            new node_crypto__WEBPACK_IMPORTED_MODULE_1__.X509Certificate(m[0]);
            out.push(m[0]);
        }
        catch {
            // Go's AppendCertsFromPEM skips what it cannot parse.
        }
    }
    return out;
}
const cache = new Map();
function goRoots(env) {
    const key = `${process.platform}\0${env.SSL_CERT_FILE ?? ""}\0${env.SSL_CERT_DIR ?? ""}`;
    let p = cache.get(key);
    if (!p) {
        p = loadGoRoots(env);
        cache.set(key, p);
    }
    return p;
}
async function loadGoRoots(env) {
    const seen = new Set();
    const pems = [];
    const sources = [];
    const add = (source, list) => {
        for (const c of list) {
            if (seen.has(c))
                continue;
            seen.add(c);
            pems.push(c);
        }
        if (list.length > 0)
            sources.push(source);
    };
    const fromEnv = !!env.SSL_CERT_FILE || !!env.SSL_CERT_DIR;
    if (process.platform !== "linux" && !fromEnv) {
        const system = (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.getCACertificates)("system");
        add("system", system);
        return { pems, sources, fromEnv, context: (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.createSecureContext)({ ca: pems }) };
    }
    const files = env.SSL_CERT_FILE ? [env.SSL_CERT_FILE] : CERT_FILES;
    for (const f of files) {
        try {
            add(f, certsIn(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(f, "utf8")));
            break;
        }
        catch {
            // next file
        }
    }
    const dirs = env.SSL_CERT_DIR ? env.SSL_CERT_DIR.split(":") : CERT_DIRS;
    for (const d of dirs) {
        let names;
        try {
            names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(d);
        }
        catch {
            continue;
        }
        const found = [];
        await Promise.all(names.map(async (n) => {
            const p = `${d}/${n}`;
            try {
                const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(p).catch(() => undefined);
                if (target !== undefined && !target.includes("/"))
                    return; // same-directory symlink
                found.push(...certsIn(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(p, "utf8")));
            }
            catch {
                // unreadable or a directory: skipped, as Go does
            }
        }));
        add(d, found.sort());
    }
    // An explicit `ca`, even an empty one, replaces Node's default store: an empty list trusts
    // nothing, as Go's empty pool does.
    const context = (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.createSecureContext)({ ca: pems });
    return { pems, sources, fromEnv, context };
}
/** The roots plus NODE_EXTRA_CA_CERTS: used only to explain a TLS failure. */
async function withNodeExtra(roots, env) {
    if (!env.NODE_EXTRA_CA_CERTS)
        return undefined;
    try {
        const extra = certsIn(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(env.NODE_EXTRA_CA_CERTS, "utf8"));
        if (extra.length === 0)
            return undefined;
        return (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.createSecureContext)({ ca: [...roots.pems, ...extra] });
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yd: () => (/* binding */ asBytes),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   q6: () => (/* binding */ SumdbError)
/* harmony export */ });
// Errors of the checksum-database code. Each message is the one Go's x/mod (or cmd/go, for the
// lookup checks) prints in the same case, so it can be compared with what `go` said.
class SumdbError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = "SumdbError";
        this.kind = kind;
    }
}
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** Decodes UTF-8 exactly, or returns undefined for bytes Go's utf8.DecodeRune calls RuneError. */
function decodeUtf8(bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** A message as bytes: strings are UTF-8 encoded. */
function asBytes(msg) {
    return typeof msg === "string" ? Buffer.from(msg, "utf8") : msg;
}


/***/ }),

/***/ 2697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ UnverifiedNoteError),
/* harmony export */   jN: () => (/* binding */ openNote),
/* harmony export */   v8: () => (/* binding */ newVerifier)
/* harmony export */ });
/* unused harmony exports newSigner, generateKey, verifierKey, signNote */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _go_base64_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2523);
/* harmony import */ var _go_verifier_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5456);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9538);
// Signed notes and verifier keys, as golang.org/x/mod/sumdb/note defines them.
//
// A verifier key is `<name>+<hash>+<keydata>` (src/go/verifier-key.ts reads it, since GOSUMDB
// names one). A signer key is the same with `PRIVATE+KEY+` in front and the 32-byte Ed25519 seed
// in place of the public key.
//
// A signed note is its text (ending in "\n"), a blank line, then signature lines
// `— <name> <base64(4-byte key hash || signature)>\n`.




/** Thrown by openNote when no signature could be verified; carries the parsed note. */
class UnverifiedNoteError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SumdbError */ .q6 {
    note;
    constructor(note) {
        super("no-verifiable-signatures", "note has no verifiable signatures");
        this.note = note;
    }
}
const ED25519_SPKI = Buffer.from("302a300506032b6570032100", "hex");
const ED25519_PKCS8 = Buffer.from("302e020100300506032b657004220420", "hex");
function hex8(n) {
    return n.toString(16).padStart(8, "0");
}
/** An Ed25519 private key from its 32-byte seed, and its raw 32-byte public key. */
function ed25519FromSeed(seed) {
    const privateKey = createPrivateKey({
        key: Buffer.concat([ED25519_PKCS8, seed]),
        format: "der",
        type: "pkcs8",
    });
    const pub = createPublicKey(privateKey).export({ format: "der", type: "spki" }).subarray(12);
    return { privateKey, pub };
}
function publicKeyObject(raw) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
        key: Buffer.concat([ED25519_SPKI, raw]),
        format: "der",
        type: "spki",
    });
}
const KEY_ERROR_KIND = {
    "malformed verifier id": "malformed-verifier-id",
    "invalid verifier hash": "invalid-verifier-hash",
    "unknown verifier algorithm": "unknown-verifier-algorithm",
};
/** Parses a verifier key exactly as note.NewVerifier does (same checks, same order, same errors). */
function newVerifier(vkey) {
    const check = (0,_go_verifier_key_js__WEBPACK_IMPORTED_MODULE_1__/* .checkVerifierKey */ .eK)(vkey);
    if (!check.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SumdbError */ .q6(KEY_ERROR_KIND[check.error], check.error);
    const object = publicKeyObject(check.publicKey);
    return {
        name: check.name,
        keyHash: check.hash,
        publicKey: check.publicKey,
        verify: (msg, sig) => sig.length === 64 && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, msg, object, sig),
    };
}
/** Parses a signer key `PRIVATE+KEY+<name>+<hash>+<base64(0x01 || seed)>` as note.NewSigner does. */
function newSigner(skey) {
    const [priv1, r1] = cut(skey, "+");
    const [priv2, r2] = cut(r1, "+");
    const [name, r3] = cut(r2, "+");
    const [hash16, key64] = cut(r3, "+");
    const key = decodeStdBase64(key64);
    if (priv1 !== "PRIVATE" ||
        priv2 !== "KEY" ||
        !/^[0-9a-fA-F]{8}$/.test(hash16) ||
        !key ||
        !isValidName(name) ||
        key.length === 0) {
        throw new SumdbError("malformed-verifier-id", "malformed verifier id");
    }
    if (key[0] !== ALG_ED25519) {
        throw new SumdbError("unknown-verifier-algorithm", "unknown verifier algorithm");
    }
    const seed = key.subarray(1);
    if (seed.length !== 32)
        throw new SumdbError("malformed-verifier-id", "malformed verifier id");
    const { privateKey, pub } = ed25519FromSeed(seed);
    const hash = Number.parseInt(hash16, 16);
    if (hash !== keyHash(name, Buffer.concat([Buffer.of(ALG_ED25519), pub]))) {
        throw new SumdbError("invalid-verifier-hash", "invalid verifier hash");
    }
    return { name, keyHash: hash, sign: (msg) => sign(null, msg, privateKey) };
}
/** note.GenerateKey: a fresh (or, with a 32-byte seed, a fixed) Ed25519 signer and verifier key. */
function generateKey(name, seed = randomBytes(32)) {
    if (seed.length !== 32)
        throw new Error("generateKey: the seed must be 32 bytes");
    const { pub } = ed25519FromSeed(seed);
    return {
        skey: `PRIVATE+KEY+${name}+${hex8(keyHash(name, Buffer.concat([Buffer.of(ALG_ED25519), pub])))}+${Buffer.concat([Buffer.of(ALG_ED25519), seed]).toString("base64")}`,
        vkey: verifierKey(name, pub),
    };
}
/** note.NewEd25519VerifierKey: the verifier key string for a name and a raw 32-byte public key. */
function verifierKey(name, publicKey) {
    if (publicKey.length !== 32) {
        throw new Error(`invalid public key size ${publicKey.length}, expected 32`);
    }
    const data = Buffer.concat([Buffer.of(ALG_ED25519), publicKey]);
    return `${name}+${hex8(keyHash(name, data))}+${data.toString("base64")}`;
}
/** note.Sign for a note with no earlier signatures: the text, a blank line, one line per signer. */
function signNote(text, signers) {
    if (!text.endsWith("\n"))
        throw new SumdbError("malformed-note", "malformed note");
    const msg = Buffer.from(text, "utf8");
    let sigs = "";
    for (const s of signers) {
        if (!isValidName(s.name))
            throw new SumdbError("invalid-signer", "invalid signer");
        const head = Buffer.alloc(4);
        head.writeUInt32BE(s.keyHash >>> 0);
        sigs += `— ${s.name} ${Buffer.concat([head, s.sign(msg)]).toString("base64")}\n`;
    }
    return `${text}\n${sigs}`;
}
/**
 * note.Open: checks the note's syntax, verifies every signature by a known key, and returns the
 * note. Throws SumdbError "malformed note", "invalid signature for key <name>+<hash>",
 * "ambiguous key <name>+<hash>", or UnverifiedNoteError ("note has no verifiable signatures").
 */
function openNote(msg, known) {
    const malformed = () => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SumdbError */ .q6("malformed-note", "malformed note");
    const s = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .asBytes */ .Yd)(msg));
    if (s === undefined)
        throw malformed();
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x20 && c !== 0x0a)
            throw malformed();
    }
    const split = s.lastIndexOf("\n\n");
    if (split < 0)
        throw malformed();
    const text = s.slice(0, split + 1);
    let sigs = s.slice(split + 2);
    if (sigs.length === 0 || !sigs.endsWith("\n"))
        throw malformed();
    const note = { text, sigs: [], unverifiedSigs: [] };
    const textBytes = Buffer.from(text, "utf8");
    const seen = new Set();
    const seenUnverified = new Set();
    let numSig = 0;
    while (sigs.length > 0) {
        const nl = sigs.indexOf("\n");
        let line = sigs.slice(0, nl);
        sigs = sigs.slice(nl + 1);
        if (!line.startsWith("— "))
            throw malformed();
        line = line.slice("— ".length);
        const [name, b64] = (0,_go_verifier_key_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(line, " ");
        const raw = (0,_go_base64_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeStdBase64 */ .t)(b64);
        if (!raw || !(0,_go_verifier_key_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidName */ .uV)(name) || b64 === "" || raw.length < 5)
            throw malformed();
        const hash = raw.readUInt32BE(0);
        const sig = raw.subarray(4);
        if (++numSig > 100)
            throw malformed();
        const matching = known.filter((v) => v.name === name && v.keyHash === hash);
        const id = `${name}+${hex8(hash)}`;
        if (matching.length === 0) {
            if (seenUnverified.has(line))
                continue;
            seenUnverified.add(line);
            note.unverifiedSigs.push({ name, keyHash: hash, base64: b64 });
            continue;
        }
        if (matching.length > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SumdbError */ .q6("ambiguous-key", `ambiguous key ${id}`);
        if (seen.has(id))
            continue;
        seen.add(id);
        if (!matching[0].verify(textBytes, sig)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SumdbError */ .q6("invalid-signature", `invalid signature for key ${id}`);
        }
        note.sigs.push({ name, keyHash: hash, base64: b64 });
    }
    if (note.sigs.length === 0)
        throw new UnverifiedNoteError(note);
    return note;
}


/***/ }),

/***/ 7127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cZ: () => (/* binding */ parseTree),
/* harmony export */   iT: () => (/* binding */ parseLookup),
/* harmony export */   qN: () => (/* binding */ escapeModuleVersion),
/* harmony export */   xk: () => (/* binding */ escapeModulePath),
/* harmony export */   zg: () => (/* binding */ formatSumLine)
/* harmony export */ });
/* unused harmony exports formatTree, isValidRecordText, formatRecord, parseRecord, parseSumLines, moduleRecordText, unescapeModulePath, unescapeModuleVersion, lookupPath */
/* harmony import */ var _go_base64_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2523);
/* harmony import */ var _go_module_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(502);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9538);
/* harmony import */ var _tlog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4707);
// The checksum database's texts: records (tlog.FormatRecord/ParseRecord), tree notes
// (tlog.FormatTree/ParseTree), the go.sum lines inside a record, lookup responses, and the
// case-escaping of module paths and versions in lookup URLs (module.EscapePath/EscapeVersion).
//
// A lookup response (`GET <db>/lookup/<escaped path>@<escaped version>`) is:
//   <record id>\n
//   <path> <version> h1:…\n
//   <path> <version>/go.mod h1:…\n
//   \n
//   <signed tree note: "go.sum database tree\n<N>\n<base64 root hash>\n", blank line, signatures>




const TREE_PREFIX = "go.sum database tree\n";
/** tlog.FormatTree: the text a checksum database signs. */
function formatTree(tree) {
    return `${TREE_PREFIX}${tree.n}\n${hashString(tree.hash)}\n`;
}
/** tlog.ParseTree: throws "malformed tree note". Lines after the hash are ignored. */
function parseTree(text) {
    const bad = () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SumdbError */ .q6("malformed-tree-note", "malformed tree note");
    if (!text.startsWith(TREE_PREFIX) || text.split("\n").length - 1 < 3 || text.length > 1e6) {
        throw bad();
    }
    const lines = text.split("\n", 3);
    const nText = lines[1];
    if (!/^(0|[1-9]\d*)$/.test(nText))
        throw bad();
    const n = Number(nText);
    if (!Number.isSafeInteger(n))
        throw bad();
    const hash = (0,_go_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeStdBase64 */ .t)(lines[2]);
    if (!hash || hash.length !== _tlog_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_SIZE */ .Ts)
        throw bad();
    return { n, hash: Uint8Array.from(hash) };
}
/** tlog's isValidRecordText: UTF-8 lines, no control characters but \n, no blank line, ends in \n. */
function isValidRecordText(text) {
    if (!text.endsWith("\n") || text.includes("\n\n") || !text.isWellFormed())
        return false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x20 && c !== 0x0a)
            return false;
    }
    return true;
}
/** tlog.FormatRecord: `<id>\n<text>\n`. */
function formatRecord(id, text) {
    if (!isValidRecordText(text))
        throw new SumdbError("malformed-record", "malformed record data");
    return `${id}\n${text}\n`;
}
/** tlog.ParseRecord: throws "malformed record data". */
function parseRecord(msg) {
    const bad = () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SumdbError */ .q6("malformed-record", "malformed record data");
    const bytes = Buffer.from((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asBytes */ .Yd)(msg));
    const nl = bytes.indexOf(0x0a);
    if (nl < 0)
        throw bad();
    const idText = bytes.subarray(0, nl).toString("latin1");
    if (!/^[+-]?\d+$/.test(idText))
        throw bad();
    const id = Number(idText);
    if (!Number.isSafeInteger(id))
        throw bad();
    const body = bytes.subarray(nl + 1);
    const end = body.indexOf("\n\n");
    if (end < 0)
        throw bad();
    const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeUtf8 */ ._6)(body.subarray(0, end + 1));
    if (text === undefined || !isValidRecordText(text))
        throw bad();
    return { id, text, rest: Uint8Array.from(body.subarray(end + 2)) };
}
/** The go.sum-style lines of a record text (or a go.sum file); lines not of that shape are skipped. */
function parseSumLines(text) {
    const out = [];
    for (const line of text.split("\n")) {
        const f = line.trim().split(/\s+/);
        if (f.length !== 3)
            continue;
        const [path, v, hash] = f;
        const goMod = v.endsWith("/go.mod");
        out.push({ path, version: goMod ? v.slice(0, -"/go.mod".length) : v, goMod, hash });
    }
    return out;
}
function formatSumLine(l) {
    return `${l.path} ${l.version}${l.goMod ? "/go.mod" : ""} ${l.hash}`;
}
/** The record the Go checksum database logs for a module version: its zip line, then its go.mod line. */
function moduleRecordText(path, version, zipHash, goModHash) {
    return `${path} ${version} ${zipHash}\n${path} ${version}/go.mod ${goModHash}\n`;
}
/** Splits a lookup response into its record and signed tree note (no signature check here). */
function parseLookup(body) {
    const { id, text, rest } = parseRecord(body);
    return { id, text, lines: parseSumLines(text), signedTree: rest };
}
// ---- module.EscapePath / EscapeVersion (case-encoding only, src/go/module-path.ts) ----
function escaped(s) {
    const e = (0,_go_module_path_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeString */ .$4)(s);
    if (e === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SumdbError */ .q6("bad-module-path", `invalid escaped path element ${JSON.stringify(s)}`);
    }
    return e;
}
/** Upper-case letters become "!" + lower case, as in proxy and lookup URLs. */
function escapeModulePath(path) {
    return escaped(path);
}
function escapeModuleVersion(version) {
    return escaped(version);
}
function unescapeModulePath(escaped) {
    const s = unescapeString(escaped);
    if (s === undefined || s === "") {
        throw new SumdbError("bad-module-path", `invalid escaped module path ${JSON.stringify(escaped)}`);
    }
    return s;
}
function unescapeModuleVersion(escaped) {
    const s = unescapeString(escaped);
    if (s === undefined) {
        throw new SumdbError("bad-module-path", `invalid escaped version ${JSON.stringify(escaped)}`);
    }
    return s;
}
/** The lookup path for a module version: `lookup/<escaped path>@<escaped version>` (no leading slash). */
function lookupPath(path, version) {
    const v = version.endsWith("/go.mod") ? version.slice(0, -"/go.mod".length) : version;
    return `lookup/${escapeModulePath(path)}@${escapeModuleVersion(v)}`;
}


/***/ }),

/***/ 4707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ shr),
/* harmony export */   Ts: () => (/* binding */ HASH_SIZE),
/* harmony export */   Zv: () => (/* binding */ subTreeIndex),
/* harmony export */   aY: () => (/* binding */ splitStoredHashIndex),
/* harmony export */   je: () => (/* binding */ hashEqual),
/* harmony export */   o2: () => (/* binding */ shl),
/* harmony export */   oj: () => (/* binding */ recordHash),
/* harmony export */   qd: () => (/* binding */ storedHashIndex),
/* harmony export */   zB: () => (/* binding */ nodeHash),
/* harmony export */   zH: () => (/* binding */ pow2)
/* harmony export */ });
/* unused harmony exports hashString, parseHash, emptyTreeHash, storedHashCount, storedHashesForRecordHash, storedHashes, readChecked, treeHash, proveRecord, checkRecord, proveTree, checkTree */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9538);
// The transparency-log math of golang.org/x/mod/sumdb/tlog: record and node hashes, stored hash
// indexes, tree hashes, record (inclusion) and tree (consistency) proofs. Tiles: tiles.ts.
//
// Numbers are JavaScript numbers, exact up to 2**53; no bitwise operators are used on them.
// A HashReader is synchronous: the caller gathers the bytes (tiles) first, then does the math.



const HASH_SIZE = 32;
const pow2 = (k) => 2 ** k;
const shl = (n, k) => n * 2 ** k;
const shr = (n, k) => Math.floor(n / 2 ** k);
function trailingZeros(n) {
    if (n === 0)
        return 64;
    let z = 0;
    while (n % 2 === 0 && z < 64) {
        n /= 2;
        z++;
    }
    return z;
}
function hashString(h) {
    return Buffer.from(h).toString("base64");
}
function hashEqual(a, b) {
    return a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
}
/** tlog.ParseHash: padded base64 of exactly 32 bytes. */
function parseHash(s) {
    const data = decodeStdBase64(s);
    if (!data || data.length !== HASH_SIZE)
        throw new SumdbError("malformed-hash", "malformed hash");
    return Uint8Array.from(data);
}
/** SHA-256(0x00 || data): the hash of one log record. */
function recordHash(data) {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    const buf = Buffer.allocUnsafe(1 + bytes.length);
    buf[0] = 0;
    buf.set(bytes, 1);
    return sha256(buf);
}
function sha256(data) {
    return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)("sha256", data, "buffer"));
}
/** SHA-256(0x01 || left || right): the hash of an interior node. */
function nodeHash(left, right) {
    const buf = Buffer.allocUnsafe(1 + 2 * HASH_SIZE);
    buf[0] = 1;
    buf.set(left.subarray(0, HASH_SIZE), 1);
    buf.set(right.subarray(0, HASH_SIZE), 1 + HASH_SIZE);
    return sha256(buf);
}
/** The hash of the empty tree, SHA-256(""). */
function emptyTreeHash() {
    return sha256(new Uint8Array(0));
}
/** The largest power of two k < n (n > 1), and its log. */
function maxpow2(n) {
    let l = 0;
    while (pow2(l + 1) < n)
        l++;
    return { k: pow2(l), l };
}
/** The index in the stored-hash sequence of the hash at the given level and position n. */
function storedHashIndex(level, n) {
    for (let l = level; l > 0; l--)
        n = 2 * n + 1;
    let i = 0;
    for (; n > 0; n = shr(n, 1))
        i += n;
    return i + level;
}
/** The inverse of storedHashIndex. */
function splitStoredHashIndex(index) {
    let n = Math.floor(index / 2);
    let indexN = storedHashIndex(0, n);
    if (indexN > index)
        throw new Error("bad math");
    for (let guard = 0; guard < 128; guard++) {
        const x = indexN + 1 + trailingZeros(n + 1);
        if (x > index)
            break;
        n++;
        indexN = x;
    }
    const level = index - indexN;
    return { level, n: shr(n, level) };
}
/** How many hashes a tree of n records stores. */
function storedHashCount(n) {
    if (n === 0)
        return 0;
    let numHash = storedHashIndex(0, n - 1) + 1;
    for (let i = n - 1; i % 2 === 1; i = shr(i, 1))
        numHash++;
    return numHash;
}
/** The hashes to store when record n (hash h) is appended: h and the interior nodes it completes. */
function storedHashesForRecordHash(n, h, read) {
    const hashes = [h];
    const m = trailingZeros(n + 1);
    const indexes = new Array(m);
    for (let i = 0; i < m; i++)
        indexes[m - 1 - i] = storedHashIndex(i, shr(n, i) - 1);
    const old = read(indexes);
    if (old.length !== indexes.length) {
        throw new Error(`tlog: ReadHashes(${indexes.length} indexes) = ${old.length} hashes`);
    }
    for (let i = 0; i < m; i++) {
        h = nodeHash(old[m - 1 - i], h);
        hashes.push(h);
    }
    return hashes;
}
function storedHashes(n, data, read) {
    return storedHashesForRecordHash(n, recordHash(data), read);
}
/** The stored-hash indexes of the complete subtrees covering [lo, hi). */
function subTreeIndex(lo, hi, need) {
    while (lo < hi) {
        const { k, l } = maxpow2(hi - lo + 1);
        if (lo % k !== 0)
            throw new Error("tlog: bad math in subTreeIndex");
        need.push(storedHashIndex(l, shr(lo, l)));
        lo += k;
    }
    return need;
}
/** Combines the subtree hashes of [lo, hi) taken from the front of hashes; returns the rest. */
function subTreeHash(lo, hi, hashes) {
    let numTree = 0;
    while (lo < hi) {
        const { k } = maxpow2(hi - lo + 1);
        if (lo % k !== 0 || lo >= hi)
            throw new Error("tlog: bad math in subTreeHash");
        numTree++;
        lo += k;
    }
    if (hashes.length < numTree)
        throw new Error("tlog: bad index math in subTreeHash");
    let h = hashes[numTree - 1];
    for (let i = numTree - 2; i >= 0; i--)
        h = nodeHash(hashes[i], h);
    return [h, hashes.slice(numTree)];
}
function readChecked(read, indexes) {
    const hashes = read(indexes);
    if (hashes.length !== indexes.length) {
        throw new Error(`tlog: ReadHashes(${indexes.length} indexes) = ${hashes.length} hashes`);
    }
    return hashes;
}
/** The root hash of the tree of the first n records. */
function treeHash(n, read) {
    if (n === 0)
        return emptyTreeHash();
    const indexes = subTreeIndex(0, n, []);
    const [hash, rest] = subTreeHash(0, n, readChecked(read, indexes));
    if (rest.length !== 0)
        throw new Error("tlog: bad index math in TreeHash");
    return hash;
}
function leafProofIndex(lo, hi, n, need) {
    if (!(lo <= n && n < hi))
        throw new Error("tlog: bad math in leafProofIndex");
    if (lo + 1 === hi)
        return need;
    const { k } = maxpow2(hi - lo);
    if (n < lo + k) {
        leafProofIndex(lo, lo + k, n, need);
        subTreeIndex(lo + k, hi, need);
    }
    else {
        subTreeIndex(lo, lo + k, need);
        leafProofIndex(lo + k, hi, n, need);
    }
    return need;
}
function leafProof(lo, hi, n, hashes) {
    if (!(lo <= n && n < hi))
        throw new Error("tlog: bad math in leafProof");
    if (lo + 1 === hi)
        return [[], hashes];
    let p;
    let th;
    const { k } = maxpow2(hi - lo);
    if (n < lo + k) {
        [p, hashes] = leafProof(lo, lo + k, n, hashes);
        [th, hashes] = subTreeHash(lo + k, hi, hashes);
    }
    else {
        [th, hashes] = subTreeHash(lo, lo + k, hashes);
        [p, hashes] = leafProof(lo + k, hi, n, hashes);
    }
    return [[...p, th], hashes];
}
/** tlog.ProveRecord: the proof that record n is in the tree of size t. */
function proveRecord(t, n, read) {
    if (t < 0 || n < 0 || n >= t) {
        throw new SumdbError("invalid-input", "tlog: invalid inputs in ProveRecord");
    }
    const indexes = leafProofIndex(0, t, n, []);
    if (indexes.length === 0)
        return [];
    const [p, rest] = leafProof(0, t, n, readChecked(read, indexes));
    if (rest.length !== 0)
        throw new Error("tlog: bad index math in ProveRecord");
    return p;
}
const proofFailed = () => new SumdbError("invalid-proof", "invalid transparency proof");
function runRecordProof(p, lo, hi, n, leaf) {
    if (!(lo <= n && n < hi))
        throw new Error("tlog: bad math in runRecordProof");
    if (lo + 1 === hi) {
        if (p.length !== 0)
            throw proofFailed();
        return leaf;
    }
    if (p.length === 0)
        throw proofFailed();
    const { k } = maxpow2(hi - lo);
    const last = p[p.length - 1];
    if (n < lo + k)
        return nodeHash(runRecordProof(p.slice(0, -1), lo, lo + k, n, leaf), last);
    return nodeHash(last, runRecordProof(p.slice(0, -1), lo + k, hi, n, leaf));
}
/** tlog.CheckRecord: throws "invalid transparency proof" unless p proves record n (hash h) in tree (t, th). */
function checkRecord(p, t, th, n, h) {
    if (t < 0 || n < 0 || n >= t) {
        throw new SumdbError("invalid-input", "tlog: invalid inputs in CheckRecord");
    }
    if (!hashEqual(runRecordProof([...p], 0, t, n, h), th))
        throw proofFailed();
}
function treeProofIndex(lo, hi, n, need) {
    if (!(lo < n && n <= hi))
        throw new Error("tlog: bad math in treeProofIndex");
    if (n === hi)
        return lo === 0 ? need : subTreeIndex(lo, hi, need);
    const { k } = maxpow2(hi - lo);
    if (n <= lo + k) {
        treeProofIndex(lo, lo + k, n, need);
        subTreeIndex(lo + k, hi, need);
    }
    else {
        subTreeIndex(lo, lo + k, need);
        treeProofIndex(lo + k, hi, n, need);
    }
    return need;
}
function treeProof(lo, hi, n, hashes) {
    if (!(lo < n && n <= hi))
        throw new Error("tlog: bad math in treeProof");
    if (n === hi) {
        if (lo === 0)
            return [[], hashes];
        const [th, rest] = subTreeHash(lo, hi, hashes);
        return [[th], rest];
    }
    let p;
    let th;
    const { k } = maxpow2(hi - lo);
    if (n <= lo + k) {
        [p, hashes] = treeProof(lo, lo + k, n, hashes);
        [th, hashes] = subTreeHash(lo + k, hi, hashes);
    }
    else {
        [th, hashes] = subTreeHash(lo, lo + k, hashes);
        [p, hashes] = treeProof(lo + k, hi, n, hashes);
    }
    return [[...p, th], hashes];
}
/** tlog.ProveTree: the proof that the tree of size n is a prefix of the tree of size t. */
function proveTree(t, n, read) {
    if (t < 1 || n < 1 || n > t) {
        throw new SumdbError("invalid-input", "tlog: invalid inputs in ProveTree");
    }
    const indexes = treeProofIndex(0, t, n, []);
    if (indexes.length === 0)
        return [];
    const [p, rest] = treeProof(0, t, n, readChecked(read, indexes));
    if (rest.length !== 0)
        throw new Error("tlog: bad index math in ProveTree");
    return p;
}
function runTreeProof(p, lo, hi, n, old) {
    if (!(lo < n && n <= hi))
        throw new Error("tlog: bad math in runTreeProof");
    if (n === hi) {
        if (lo === 0) {
            if (p.length !== 0)
                throw proofFailed();
            return [old, old];
        }
        if (p.length !== 1)
            throw proofFailed();
        return [p[0], p[0]];
    }
    if (p.length === 0)
        throw proofFailed();
    const { k } = maxpow2(hi - lo);
    const last = p[p.length - 1];
    if (n <= lo + k) {
        const [oh, th] = runTreeProof(p.slice(0, -1), lo, lo + k, n, old);
        return [oh, nodeHash(th, last)];
    }
    const [oh, th] = runTreeProof(p.slice(0, -1), lo + k, hi, n, old);
    return [nodeHash(last, oh), nodeHash(last, th)];
}
/** tlog.CheckTree: throws unless p proves tree (n, h) is a prefix of tree (t, th). */
function checkTree(p, t, th, n, h) {
    if (t < 1 || n < 1 || n > t) {
        throw new SumdbError("invalid-input", "tlog: invalid inputs in CheckTree");
    }
    const [h2, th2] = runTreeProof([...p], 0, t, n, h);
    if (!hashEqual(th2, th) || !hashEqual(h2, h))
        throw proofFailed();
}


/***/ })

};
