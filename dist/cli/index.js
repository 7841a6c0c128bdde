#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ EXIT),
  eb: () => (/* binding */ UsageError),
  Bx: () => (/* binding */ formatOption),
  qg: () => (/* binding */ parse),
  R5: () => (/* binding */ readInput)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/command.ts
// What a CLI command is: plain functions over arguments and streams, so tests can drive them.

/** Exit codes shared by every command. */
const EXIT = { ok: 0, findings: 1, usage: 2 };
function parse(cmd, argv) {
    return (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        options: { ...cmd.options, help: { type: "boolean", short: "h" } },
        allowPositionals: true,
        strict: true,
    });
}
function formatOption(values, allowed = ["json", "text"]) {
    const f = values.format ?? "text";
    if (!allowed.includes(f))
        throw new UsageError(`--format must be one of ${allowed.join(", ")}, not "${f}"`);
    return f;
}
class UsageError extends Error {
}
async function readInput(path, io) {
    if (path && path !== "-") {
        const { readFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 455, 23));
        return readFile(path, "utf8");
    }
    const chunks = [];
    for await (const c of io.stdin)
        chunks.push(typeof c === "string" ? Buffer.from(c) : c);
    return Buffer.concat(chunks).toString("utf8");
}


/***/ }),

/***/ 197:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ download)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./src/download/go-command.ts
// The edge that runs the go command: finding it, and running it with its output captured.



/** The first executable `go` on PATH, or undefined. */
function findGo(path) {
    const exe = process.platform === "win32" ? "go.exe" : "go";
    for (const dir of (path ?? "").split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, exe);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here; keep looking
        }
    }
    return undefined;
}
function runGo(goBin, args, opts) {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(goBin, args, {
            cwd: opts.cwd,
            env: opts.env,
            stdio: ["ignore", "pipe", "pipe"],
        });
        const out = [];
        const err = [];
        let partial = "";
        child.stdout.on("data", (d) => out.push(d));
        child.stderr.on("data", (d) => {
            err.push(d);
            if (!opts.onStderrLine)
                return;
            const lines = (partial + d.toString("utf8")).split("\n");
            partial = lines.pop() ?? "";
            for (const line of lines)
                opts.onStderrLine(line);
        });
        child.on("error", reject);
        child.on("close", (code, signal) => {
            if (partial && opts.onStderrLine)
                opts.onStderrLine(partial);
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString("utf8"),
                stderr: Buffer.concat(err).toString("utf8"),
                seconds: (performance.now() - started) / 1000,
            });
        });
    });
}
/** `go env -json` for the named variables, as this go will see them in `env`. */
async function goEnvJson(goBin, names, opts) {
    const r = await runGo(goBin, ["env", "-json", ...names], opts);
    if (r.exitCode !== 0)
        throw new Error(`go env failed: ${r.stderr.trim()}`);
    return JSON.parse(r.stdout);
}

// EXTERNAL MODULE: ./src/go/version.ts
var go_version = __nccwpck_require__(54);
;// CONCATENATED MODULE: ./src/pipeline/go.ts
// Which go will run, and the settings it will really use: `go env -json` resolves the OS
// environment, the user's `go env -w` file and $GOROOT/go.env exactly as Go does.


const EFFECTIVE_VARIABLES = [
    "GOVERSION",
    "GOPROXY",
    "GOSUMDB",
    "GOPRIVATE",
    "GONOPROXY",
    "GONOSUMDB",
    "GOINSECURE",
    "GOFLAGS",
    "GOTOOLCHAIN",
    "GOMODCACHE",
    "GOWORK",
    "GOENV",
    "GOAUTH",
];
/** Undefined when no go is on PATH. Throws with Go's words when go cannot report its env. */
async function detectGo(env, cwd) {
    const bin = findGo(env.PATH);
    if (!bin)
        return undefined;
    const effective = await goEnvJson(bin, [...EFFECTIVE_VARIABLES], { cwd, env });
    for (const name of EFFECTIVE_VARIABLES)
        effective[name] ??= "";
    const version = (0,go_version/* parseGoVersion */.SX)(effective.GOVERSION);
    if (!version)
        throw new Error(`cannot tell the Go version from GOVERSION=${effective.GOVERSION}`);
    return { bin, version, versionText: effective.GOVERSION, effective };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: ./src/download/module-roots.ts
var module_roots = __nccwpck_require__(374);
;// CONCATENATED MODULE: ./src/download/json-stream.ts
const STRING_FIELDS = ["Query", "Error", "Info", "GoMod", "Zip", "Dir", "Sum", "GoModSum"];
function excerpt(s) {
    return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
/** Checks the shape of one decoded value; a module needs a string Path. */
function toModule(v) {
    if (typeof v !== "object" || v === null || Array.isArray(v))
        return "not an object";
    const o = v;
    if (typeof o.Path !== "string")
        return "no Path";
    const m = {
        Path: o.Path,
        Version: typeof o.Version === "string" ? o.Version : "",
    };
    for (const k of STRING_FIELDS)
        if (typeof o[k] === "string")
            m[k] = o[k];
    if (typeof o.Origin === "object" && o.Origin !== null && !Array.isArray(o.Origin))
        m.Origin = o.Origin;
    if (typeof o.Reuse === "boolean")
        m.Reuse = o.Reuse;
    if (typeof o.Latest === "boolean")
        m.Latest = o.Latest;
    return m;
}
function createDownloadJsonDecoder() {
    const modules = [];
    const problems = [];
    let buf = "";
    /** Stream offset of buf[0]. */
    let base = 0;
    /** Scan position in buf, and the state there. */
    let pos = 0;
    let depth = 0;
    let inString = false;
    let escaped = false;
    /** Start of the current object in buf, or -1 outside one. */
    let start = -1;
    /** Start of a run of garbage in buf, or -1. */
    let garbage = -1;
    function flushGarbage(upTo) {
        if (garbage < 0)
            return;
        const text = buf.slice(garbage, upTo).trim();
        if (text)
            problems.push({
                offset: base + garbage,
                kind: "garbage",
                message: "text outside any JSON object",
                excerpt: excerpt(text),
            });
        garbage = -1;
    }
    function complete(end, out) {
        const text = buf.slice(start, end);
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (err) {
            problems.push({
                offset: base + start,
                kind: "invalid",
                message: err.message,
                excerpt: excerpt(text),
            });
            return;
        }
        const m = toModule(value);
        if (typeof m === "string") {
            problems.push({
                offset: base + start,
                kind: "not-a-module",
                message: m,
                excerpt: excerpt(text),
            });
            return;
        }
        modules.push(m);
        out.push(m);
    }
    function truncated(end) {
        const text = buf.slice(start, end);
        problems.push({
            offset: base + start,
            kind: "truncated",
            message: "object ends early",
            excerpt: excerpt(text.trim()),
        });
    }
    function scan(out) {
        const n = buf.length;
        let i = pos;
        while (i < n) {
            const c = buf.charCodeAt(i);
            if (start < 0) {
                if (c === 123 /* { */) {
                    flushGarbage(i);
                    start = i;
                    depth = 1;
                    inString = false;
                    escaped = false;
                }
                else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && garbage < 0) {
                    garbage = i;
                }
                i++;
                continue;
            }
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c === 92 /* \ */)
                    escaped = true;
                else if (c === 34 /* " */)
                    inString = false;
                else if (c === 10) {
                    // A raw newline cannot be inside a JSON string: the object was cut short.
                    inString = false;
                    if (buf.charCodeAt(i + 1) === 123) {
                        truncated(i);
                        start = -1;
                    }
                }
                i++;
                continue;
            }
            if (c === 34)
                inString = true;
            else if (c === 123)
                depth++;
            else if (c === 125 /* } */) {
                depth--;
                if (depth === 0) {
                    complete(i + 1, out);
                    start = -1;
                }
            }
            else if (c === 10 && buf.charCodeAt(i + 1) === 123) {
                // `{` at column 0 inside an object: Go started a new object; this one was cut.
                truncated(i);
                start = -1;
            }
            i++;
        }
        pos = i;
        // Drop what is done, keep an open object (or garbage run) for the next chunk.
        const keep = start >= 0 ? start : garbage >= 0 ? garbage : pos;
        if (keep > 0) {
            buf = buf.slice(keep);
            base += keep;
            pos -= keep;
            if (start >= 0)
                start -= keep;
            if (garbage >= 0)
                garbage -= keep;
        }
    }
    return {
        write(chunk) {
            const out = [];
            buf += chunk;
            scan(out);
            return out;
        },
        end() {
            if (start >= 0)
                truncated(buf.length);
            else
                flushGarbage(buf.length);
            buf = "";
            start = -1;
            return { modules, problems };
        },
    };
}
/** Decodes a whole -json stdout. */
function decodeDownloadJson(text) {
    const d = createDownloadJsonDecoder();
    d.write(text);
    return d.end();
}

;// CONCATENATED MODULE: ./src/download/transient.ts
// Which download failures are worth another try: the proxy or the network hiccuped.
// A refused connection, a 4xx or a checksum mismatch will say the same thing again.
const TRANSIENT = [
    /: 5\d\d [A-Z][A-Za-z ]*$/m, // reading URL: 502 Bad Gateway
    /\b(50[0-4]|429) [A-Z]/, // 503 Service Unavailable, 429 Too Many Requests
    /i\/o timeout/,
    /TLS handshake timeout/,
    /timeout awaiting response headers/,
    /Client\.Timeout exceeded/,
    /context deadline exceeded/,
    /connection reset by peer/,
    /broken pipe/,
    /unexpected EOF/,
    /: EOF$/m,
    /http2: server sent GOAWAY/,
    /stream error: stream ID \d+; (INTERNAL_ERROR|REFUSED_STREAM)/,
    /zip: not a valid zip file/, // a truncated zip body
];
function isTransient(goError) {
    return TRANSIENT.some((re) => re.test(goError));
}

;// CONCATENATED MODULE: ./src/download/prewarm.ts



async function prewarm(opts) {
    const out = [];
    for (const root of opts.roots)
        out.push(await prewarmRoot(root, opts));
    return out;
}
async function prewarmRoot(root, opts) {
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const attempts = [];
    const final = new Map();
    let args = ["mod", "download", "-x", "-json", ...(opts.scope === "all" ? ["all"] : [])];
    let waited = 0;
    let retryReason;
    for (let n = 0;; n++) {
        const run = await runGo(opts.goBin, args, {
            cwd: root.dir,
            env: opts.env,
            onStderrLine: opts.onStderrLine,
        });
        const { modules } = decodeDownloadJson(run.stdout);
        attempts.push({ ...run, args, modules, waited, ...(retryReason ? { retryReason } : {}) });
        for (const m of modules)
            final.set(`${m.Path}@${m.Version}`, m);
        if (run.exitCode === 0 || n >= opts.retries)
            break;
        const failed = modules.filter((m) => m.Error);
        const transient = failed.filter((m) => isTransient(m.Error));
        // Retry the failures that may pass next time; a graph-loading failure has no module objects.
        const graphFailure = failed.length === 0 && isTransient(run.stderr);
        if (!graphFailure && transient.length === 0)
            break;
        retryReason = graphFailure ? lastGoMessage(run.stderr) : transient[0].Error.split("\n")[0];
        args = graphFailure
            ? args
            : ["mod", "download", "-x", "-json", ...transient.map((m) => `${m.Path}@${m.Version}`)];
        waited = opts.backoffSeconds * 2 ** n;
        await sleep(waited * 1000);
    }
    const last = attempts.at(-1);
    const modules = [...final.values()];
    return { root, attempts, modules, ok: last.exitCode === 0 && modules.every((m) => !m.Error) };
}
function lastGoMessage(stderr) {
    const said = stderr
        .split("\n")
        .filter((l) => l.startsWith("go: ") || l.startsWith("go mod download: "));
    return said.at(-1) ?? "transient failure";
}

;// CONCATENATED MODULE: ./src/check/gomod.ts
// Just enough of go.mod and go.work to cross-check the settings with the repository:
// `require` lines (single and blocks, `// indirect`), `replace`, `go`, and go.work `use`.
/** Splits a line into tokens, honouring "…" and `…` quoting; returns tokens and the comment. */
function tokenize(line) {
    const tokens = [];
    let i = 0;
    let comment = "";
    while (i < line.length) {
        const c = line[i];
        if (c === " " || c === "\t" || c === "\r") {
            i++;
            continue;
        }
        if (line.startsWith("//", i)) {
            comment = line.slice(i + 2).trim();
            break;
        }
        if (c === '"' || c === "`") {
            let j = i + 1;
            while (j < line.length && line[j] !== c)
                j += line[j] === "\\" && c === '"' ? 2 : 1;
            const raw = line.slice(i + 1, Math.min(j, line.length));
            tokens.push(c === '"' ? raw.replace(/\\(.)/g, "$1") : raw);
            i = j + 1;
            continue;
        }
        let j = i;
        while (j < line.length && !/[ \t\r]/.test(line[j]) && !line.startsWith("//", j))
            j++;
        tokens.push(line.slice(i, j));
        i = j;
    }
    return { tokens, comment };
}
function isIndirect(comment) {
    return comment === "indirect" || comment.startsWith("indirect;");
}
function isLocal(p) {
    return (p.startsWith("./") ||
        p.startsWith("../") ||
        p.startsWith("/") ||
        p === "." ||
        p === ".." ||
        /^[A-Za-z]:[\\/]/.test(p));
}
/** Parses go.mod text; tolerant of anything it does not need. */
function parseGoMod(text, file = "go.mod") {
    const out = { requires: [], replaces: [] };
    let block;
    const lines = text.split("\n");
    for (let n = 0; n < lines.length; n++) {
        const { tokens, comment } = tokenize(lines[n]);
        if (tokens.length === 0)
            continue;
        let verb;
        let args;
        if (block !== undefined) {
            if (tokens[0] === ")") {
                block = undefined;
                continue;
            }
            verb = block;
            args = tokens;
        }
        else {
            verb = tokens[0];
            args = tokens.slice(1);
            if (args.length === 1 && args[0] === "(") {
                block = verb;
                continue;
            }
            if (args[0] === "(") {
                block = verb;
                args = args.slice(1);
                if (args.length === 0)
                    continue;
            }
        }
        const line = n + 1;
        switch (verb) {
            case "module":
                if (args[0])
                    out.module = args[0];
                break;
            case "go":
                if (args[0])
                    out.go = args[0];
                break;
            case "require":
                if (args.length >= 2) {
                    out.requires.push({
                        path: args[0],
                        version: args[1],
                        indirect: isIndirect(comment),
                        file,
                        line,
                    });
                }
                break;
            case "replace": {
                const arrow = args.indexOf("=>");
                if (arrow < 1)
                    break;
                const left = args.slice(0, arrow);
                const right = args.slice(arrow + 1);
                if (!right[0])
                    break;
                const rep = {
                    path: left[0],
                    target: right[0],
                    local: isLocal(right[0]),
                    line,
                };
                if (left[1])
                    rep.version = left[1];
                if (right[1])
                    rep.targetVersion = right[1];
                out.replaces.push(rep);
                break;
            }
            default:
                break;
        }
    }
    return out;
}
/** Parses go.work text: `go` and `use` (single and blocks). */
function parseGoWork(text) {
    const out = { uses: [] };
    let block;
    const lines = text.split("\n");
    for (let n = 0; n < lines.length; n++) {
        const { tokens } = tokenize(lines[n]);
        if (tokens.length === 0)
            continue;
        if (block !== undefined) {
            if (tokens[0] === ")")
                block = undefined;
            else if (block === "use")
                out.uses.push({ dir: tokens[0], line: n + 1 });
            continue;
        }
        if (tokens[1] === "(") {
            block = tokens[0];
            continue;
        }
        if (tokens[0] === "go" && tokens[1])
            out.go = tokens[1];
        if (tokens[0] === "use" && tokens[1])
            out.uses.push({ dir: tokens[1], line: n + 1 });
    }
    return out;
}
/** The requirements that Go will actually download: those not replaced by a local directory. */
function downloadedRequirements(mod) {
    return mod.requires.filter((r) => !mod.replaces.some((p) => p.local && p.path === r.path && (!p.version || p.version === r.version)));
}
/** First path elements of well-known public code hosts and vanity domains. Conservative. */
const PUBLIC_HOSTS = new Set([
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "golang.org",
    "google.golang.org",
    "gopkg.in",
    "go.uber.org",
    "k8s.io",
    "sigs.k8s.io",
    "cloud.google.com",
    "go.opentelemetry.io",
    "honnef.co",
    "go.etcd.io",
    "go.mongodb.org",
    "gocloud.dev",
    "gotest.tools",
    "gorm.io",
    "go.opencensus.io",
    "mvdan.cc",
    "modernc.org",
    "lukechampine.com",
    "filippo.io",
    "dario.cat",
    "rsc.io",
    "cuelang.org",
    "cel.dev",
    "code.gitea.io",
    "codeberg.org",
    "git.sr.ht",
    "launchpad.net",
    "go.starlark.net",
    "go.temporal.io",
    "go.yaml.in",
    "helm.sh",
    "istio.io",
    "knative.dev",
    "tailscale.com",
    "storj.io",
    "nhooyr.io",
    "inet.af",
    "go4.org",
    "gvisor.dev",
    "buf.build",
    "connectrpc.com",
    "entgo.io",
    "golang.zx2c4.com",
    "howett.net",
    "software.sslmate.com",
    "gonum.org",
    "go.mozilla.org",
    "go.elastic.co",
    "go.step.sm",
    "go.bug.st",
    "go.hein.dev",
    "oras.land",
    "tags.cncf.io",
    "cloud.google.com",
    "contrib.go.opencensus.io",
    "pgregory.net",
    "zombiezen.com",
    "golang.zx2c4.com",
    "dmitri.shuralyov.com",
    "bazil.org",
    "layeh.com",
    "aead.dev",
    "maze.io",
    "src.elv.sh",
    "gioui.org",
    "fyne.io",
    "nullprogram.com",
]);
function isPublicHost(host) {
    return PUBLIC_HOSTS.has(host);
}

// EXTERNAL MODULE: ./src/report/from-download.ts + 1 modules
var from_download = __nccwpck_require__(510);
;// CONCATENATED MODULE: ./src/pipeline/download.ts
// The pre-warm stage shared by the action and the CLI: module roots → go mod download in
// each (with retries) → the report's download section.






async function runDownload(opts) {
    const roots = await (0,module_roots/* findModuleRoots */.BT)(opts.workdir, opts.go.effective.GOWORK === "off" ? "off" : undefined);
    if (roots.length === 0)
        return undefined;
    const requiredAt = {};
    for (const file of roots.flatMap((r) => r.graphFiles).filter((f) => f.endsWith("go.mod"))) {
        const mod = parseGoMod(await (0,promises_.readFile)(file, "utf8"), file);
        for (const r of mod.requires)
            requiredAt[r.path] ??= { file: (0,external_node_path_.relative)(opts.workspace, file), line: r.line };
    }
    const outcomes = await prewarm({
        goBin: opts.go.bin,
        env: opts.env,
        roots,
        scope: opts.scope,
        retries: opts.retries,
        backoffSeconds: opts.backoffSeconds,
        ...(opts.onStderrLine ? { onStderrLine: opts.onStderrLine } : {}),
    });
    const e = opts.go.effective;
    return (0,from_download/* downloadReport */.F)(outcomes, {
        workspace: opts.workspace,
        chain: (0,from_download/* chainConfig */.o)({ GOPROXY: e.GOPROXY, GOSUMDB: e.GOSUMDB, GONOPROXY: e.GONOPROXY }, opts.go.version),
        goVersion: opts.go.version,
        allowDirect: opts.allowDirect,
        requiredAt,
    });
}

// EXTERNAL MODULE: ./src/report/text.ts + 1 modules
var report_text = __nccwpck_require__(828);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __nccwpck_require__(302);
;// CONCATENATED MODULE: ./src/cli/commands/download.ts





const download = {
    name: "download",
    summary: "Pre-warm the module cache through the configured chain and print the ledger",
    usage: `setup-goproxy download [--format json|text] [--all] [--retries N] [--strict] [--allow-direct PATTERNS] [DIR...]

Runs \`go mod download -x -json\` (with --all: \`go mod download all\`) in every module
root under each DIR (default: the current directory; a go.work makes one root), with the
Go settings of the environment, exactly as Go reads them. Retries transient failures
(5xx, timeouts, resets) up to --retries times (default 2). Prints the ledger: which
origin served every module file, hit rates, fallbacks, and "modules".

Exit: 0 all modules downloaded; 1 a module failed (or, with --strict, a module came
from direct outside --allow-direct); 2 bad usage or no go on PATH.`,
    options: {
        format: { type: "string" },
        all: { type: "boolean" },
        retries: { type: "string" },
        strict: { type: "boolean" },
        "allow-direct": { type: "string" },
    },
    async run(values, positionals, io) {
        const format = (0,command/* formatOption */.Bx)(values);
        const retries = values.retries === undefined ? 2 : Number(values.retries);
        if (!Number.isInteger(retries) || retries < 0 || retries > 10)
            throw new command/* UsageError */.eb("--retries must be 0 to 10");
        const env = Object.fromEntries(Object.entries(io.env).filter((e) => e[1] !== undefined));
        const dirs = positionals.length ? positionals : ["."];
        let failed = false;
        let progress = 0;
        const onStderrLine = io.stderr.isTTY
            ? (line) => {
                if (line.startsWith("# get ") && !line.includes(": "))
                    io.stderr.write(`\r${++progress} requests…`);
            }
            : undefined;
        for (const dir of dirs) {
            const workdir = (0,external_node_path_.resolve)(io.cwd, dir);
            const go = await detectGo(env, workdir);
            if (!go) {
                io.stderr.write("setup-goproxy: go was not found on PATH\n");
                return command/* EXIT */.dc.usage;
            }
            const report = await runDownload({
                workspace: io.cwd,
                workdir,
                env,
                go,
                scope: values.all ? "all" : "needed",
                retries,
                backoffSeconds: 2,
                allowDirect: values["allow-direct"] ?? "",
                ...(onStderrLine ? { onStderrLine } : {}),
            });
            if (onStderrLine && progress)
                io.stderr.write("\r\x1b[K");
            if (!report) {
                io.stderr.write(`setup-goproxy: no go.mod or go.work under ${dir}\n`);
                continue;
            }
            failed ||=
                report.failures.length > 0 ||
                    (values.strict === true && report.direct.some((m) => !m.allowed));
            io.stdout.write(format === "json"
                ? JSON.stringify({
                    dir,
                    ...report.ledger,
                    failures: report.failures,
                    retries: report.retries,
                    direct: report.direct,
                }, null, 2) + "\n"
                : `${dirs.length > 1 ? `== ${dir}\n` : ""}${(0,report_text/* renderDownloadText */.O)(report)}`);
        }
        return failed ? command/* EXIT */.dc.findings : command/* EXIT */.dc.ok;
    },
};


/***/ }),

/***/ 279:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u: () => (/* binding */ trace_trace)
});

// EXTERNAL MODULE: ./src/download/ledger.ts
var download_ledger = __nccwpck_require__(519);
// EXTERNAL MODULE: ./src/download/trace.ts
var trace = __nccwpck_require__(509);
// EXTERNAL MODULE: ./src/report/text.ts + 1 modules
var report_text = __nccwpck_require__(828);
// EXTERNAL MODULE: ./src/report/from-download.ts + 1 modules
var from_download = __nccwpck_require__(510);
// EXTERNAL MODULE: ./src/go/proxy-list.ts
var proxy_list = __nccwpck_require__(815);
// EXTERNAL MODULE: ./src/go/sumdb-setting.ts + 1 modules
var sumdb_setting = __nccwpck_require__(101);
// EXTERNAL MODULE: ./src/go/version.ts
var version = __nccwpck_require__(54);
;// CONCATENATED MODULE: ./src/cli/chain.ts
// The chain a trace was made with, taken from the environment like Go takes it.




/** Go's rules as of the newest release, unless --go-version says otherwise. */
const NEWEST = { major: 1, minor: 26, patch: 0 };
function goVersionOption(value) {
    if (value === undefined)
        return NEWEST;
    const v = (0,version/* parseGoVersion */.SX)(String(value));
    if (!v)
        throw new Error(`--go-version must look like 1.21 or go1.21.3, not "${String(value)}"`);
    return v;
}
function chainFromEnv(env, v, proxyOverride) {
    return (0,from_download/* chainConfig */.o)({
        GOPROXY: proxyOverride ?? (env.GOPROXY || proxy_list/* DEFAULT_GOPROXY */.NH),
        GOSUMDB: env.GOSUMDB || sumdb_setting/* DEFAULT_GOSUMDB */.oU,
        GONOPROXY: env.GONOPROXY || env.GOPRIVATE || "",
    }, v);
}

// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __nccwpck_require__(302);
;// CONCATENATED MODULE: ./src/cli/commands/trace.ts





const trace_trace = {
    name: "trace",
    summary: "Parse the stderr of a `go … -x` run and print the ledger of every request",
    usage: `setup-goproxy trace [--format json|text] [--proxy GOPROXY] [--go-version X.Y] [FILE]

Reads FILE (or stdin) — the stderr of any go command run with -x, from any CI log
(timestamp or step prefixes are fine) — and prints which origin served each module
file, per-origin counts and hit rates, and every fallback. The chain is GOPROXY from
the environment (Go's default when unset), or --proxy.

Exit: 0 printed; 2 bad usage or unreadable input.`,
    options: {
        format: { type: "string" },
        proxy: { type: "string" },
        "go-version": { type: "string" },
    },
    async run(values, positionals, io) {
        const format = (0,command/* formatOption */.Bx)(values);
        const text = await (0,command/* readInput */.R5)(positionals[0], io);
        const chain = chainFromEnv(io.env, goVersionOption(values["go-version"]), values.proxy);
        const ledger = (0,download_ledger/* buildLedger */.ES)((0,trace/* parseTrace */.bj)(text), chain);
        io.stdout.write(format === "json" ? JSON.stringify(ledger, null, 2) + "\n" : (0,report_text/* renderLedgerText */.B)(ledger));
        return command/* EXIT */.dc.ok;
    },
};


/***/ }),

/***/ 957:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(302);
/* harmony import */ var _commands_trace_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(279);
/* harmony import */ var _commands_download_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(197);
// The setup-goproxy CLI: the action's pipeline for GitLab CI, Jenkins and laptops.



const COMMANDS = [_commands_download_js__WEBPACK_IMPORTED_MODULE_2__/* .download */ .R, _commands_trace_js__WEBPACK_IMPORTED_MODULE_1__/* .trace */ .u];
function help() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return `setup-goproxy: make Go module downloads correct, fast and observable

Usage: setup-goproxy <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`setup-goproxy <command> --help\` for a command's options and exit codes.
`;
}
async function cli(argv, io) {
    const [name, ...rest] = argv;
    if (!name || name === "--help" || name === "-h" || name === "help") {
        io.stdout.write(help());
        return name ? _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.usage;
    }
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd) {
        io.stderr.write(`setup-goproxy: unknown command "${name}"\n\n${help()}`);
        return _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.usage;
    }
    try {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(cmd, rest);
        if (values.help) {
            io.stdout.write(`${cmd.usage}\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
        }
        return await cmd.run(values, positionals, io);
    }
    catch (err) {
        const usage = err instanceof _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb || err.code?.startsWith("ERR_PARSE_ARGS");
        io.stderr.write(`setup-goproxy ${cmd.name}: ${err.message}\n`);
        return usage ? _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.usage : _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.findings;
    }
}
const io = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
};
process.exitCode = await cli(process.argv.slice(2), io);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 519:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ buildLedger)
/* harmony export */ });
/* unused harmony exports decodeModulePath, inferProxyBase, createClassifier, classifyUrl */
/* harmony import */ var _go_url_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(959);
// The ledger: who served every module file, what failed before, per-origin counts, hit
// rates and fallback events, from a parsed -x trace (and the -json objects when there are).
//
// Rules (go-semantics.md §1, §3, §4):
// - Fallback is per request: each file's attempts form a chain that starts at the first
//   proxy again; a new chain starts when an attempt goes back to an earlier origin (or after
//   a success).
// - Module-path walk probes (`a/b/c` asked when the module is `a/b`) are not module files:
//   a path no origin served, while a path-prefix or extension of it was served for the same
//   version, is a walk probe. Its attempts count in origin stats but never as fallbacks.
// - A file no proxy served, whose module has direct-mode traffic (git commands, ?go-get=1),
//   was served by `direct` when the chain allows it. A file -json reports with no request at
//   all was served by `local` (GOMODCACHE).
// - Go 1.24+ silently repeats a 4xx over https with GOAUTH credentials; -x shows one line,
//   so this ledger counts one attempt.

const DEFAULT_SUMDB = "sum.golang.org";
/** Hosts that serve a database under another name (GOSUMDB=sum.golang.google.cn). */
const SUMDB_ALIASES = { "sum.golang.google.cn": DEFAULT_SUMDB };
/** How Go and net/http print a hidden password: not secrets themselves. */
const MASKS = new Set(["xxxxx", "***", "%5Bredacted%5D", "[redacted]"]);
const FILE_KINDS = ["list", "latest", "info", "mod", "zip"];
/** scheme://host/path without userinfo, cleaned the way Go joins paths; undefined if not a URL. */
function normalise(raw) {
    let s = raw.trim();
    if (!s.includes("://")) {
        if (!/[.:/]/.test(s))
            return undefined;
        s = `https://${s}`;
    }
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:[^/?#@]*@)?([^/?#]*)([^?#]*)/.exec(s);
    if (!m)
        return undefined;
    const path = m[3].replace(/\/{2,}/g, "/").replace(/\/+$/, "");
    return `${m[1].toLowerCase()}://${m[2].toLowerCase()}${path}`;
}
function sumdbList(chain) {
    const out = [];
    for (const s of [...(chain.sumdbs ?? []), ...(chain.sumdbNames ?? [])]) {
        if (typeof s === "string")
            out.push({ name: s });
        else
            out.push({ name: s.name, ...(s.url ? { key: normalise(s.url) } : {}) });
    }
    if (!out.some((s) => s.name === DEFAULT_SUMDB))
        out.push({ name: DEFAULT_SUMDB });
    return out;
}
/** Undoes Go's path escaping: percent-decoding, then `!x` → `X`. */
function decodeModulePath(escaped) {
    let s = escaped;
    if (s.includes("%")) {
        try {
            s = decodeURIComponent(s);
        }
        catch {
            // leave it as it is
        }
    }
    return s.includes("!") ? s.replace(/!([a-z])/g, (_m, c) => c.toUpperCase()) : s;
}
/** Classifies the part of a proxy URL after its base: module files and sumdb paths. */
function classifyRest(rest, origin) {
    const path = rest.replace(/^\/+/, "");
    const sumdb = /^sumdb\/(.+?)\/(supported|lookup\/|tile\/)(.*)$/.exec(path);
    if (sumdb)
        return sumdbClass(origin, sumdb[1], sumdb[2], sumdb[3]);
    const c = moduleFile(path);
    return c ? { origin, ...c } : { origin, kind: "other" };
}
function sumdbClass(origin, name, what, tail) {
    if (what === "supported")
        return { origin, kind: "sumdb-supported", sumdb: name };
    if (what === "tile/")
        return { origin, kind: "sumdb-tile", sumdb: name };
    const at = tail.lastIndexOf("@");
    const c = { origin, kind: "sumdb-lookup", sumdb: name };
    if (at > 0) {
        c.module = decodeModulePath(tail.slice(0, at));
        c.version = decodeModulePath(tail.slice(at + 1));
    }
    return c;
}
function moduleFile(path) {
    let module;
    let file;
    let version;
    if (path.endsWith("/@latest")) {
        module = path.slice(0, -8);
        file = "latest";
    }
    else {
        const at = path.lastIndexOf("/@v/");
        if (at < 0)
            return undefined;
        module = path.slice(0, at);
        const name = path.slice(at + 4);
        if (name === "list")
            file = "list";
        else {
            const dot = name.lastIndexOf(".");
            const ext = name.slice(dot + 1);
            if (dot <= 0 || (ext !== "info" && ext !== "mod" && ext !== "zip"))
                return undefined;
            file = ext;
            version = decodeModulePath(name.slice(0, dot));
        }
    }
    if (!module)
        return undefined;
    const mod = decodeModulePath(module);
    const c = {
        kind: mod === "golang.org/toolchain" ? "toolchain" : file,
        file,
        module: mod,
    };
    if (version !== undefined)
        c.version = version;
    return c;
}
/**
 * Where a proxy's base ends in a URL when no chain names it: before `/sumdb/`, or before the
 * first path element with a dot (module paths start with a domain).
 */
function inferProxyBase(url) {
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)?/.exec(url);
    if (!m)
        return undefined;
    const parts = (m[2] ?? "").split("/").filter(Boolean);
    const sumdb = parts.indexOf("sumdb");
    let cut = parts.findIndex((p) => p.includes("."));
    if (sumdb >= 0 && (cut < 0 || sumdb < cut))
        cut = sumdb;
    if (cut < 0)
        return undefined;
    return m[1] + (cut > 0 ? `/${parts.slice(0, cut).join("/")}` : "");
}
/** Classifies request URLs under a GOPROXY chain. */
function createClassifier(chain) {
    const bases = [];
    const order = [];
    const secrets = [];
    let hasDirect = false;
    for (const entry of chain.proxies) {
        const e = entry.trim();
        if (e === "direct") {
            hasDirect = true;
            order.push("direct");
            continue;
        }
        if (e === "off" || e === "")
            continue;
        secrets.push(...(0,_go_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlSecrets */ .F)(e).filter((x) => !MASKS.has(x) && !MASKS.has(x.slice(x.indexOf(":") + 1))));
        const key = normalise(e);
        if (!key)
            continue;
        const label = (0,_go_url_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(e);
        bases.push({ key, label, index: order.length });
        order.push(label);
    }
    // Longest base first, so `https://h/a/b` wins over `https://h/a`.
    bases.sort((a, b) => b.key.length - a.key.length);
    const sumdbs = sumdbList(chain).map((db) => ({
        name: db.name,
        hosts: [
            db.key,
            `https://${db.name}`,
            ...Object.entries(SUMDB_ALIASES)
                .filter(([, n]) => n === db.name)
                .map(([h]) => `https://${h}`),
        ].filter((h) => !!h),
    }));
    const inferred = new Map();
    function matchBase(norm) {
        for (const b of bases)
            if (norm === b.key || norm.startsWith(`${b.key}/`))
                return b;
        return undefined;
    }
    function classify(url) {
        const norm = normalise(url.split("?")[0]) ?? url;
        const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
        const base = matchBase(norm);
        if (base)
            return classifyRest(norm.slice(base.key.length), base.label);
        for (const db of sumdbs) {
            for (const h of db.hosts) {
                if (norm !== h && !norm.startsWith(`${h}/`))
                    continue;
                const rest = norm.slice(h.length).replace(/^\/+/, "");
                const m = /^(supported|lookup\/|tile\/)(.*)$/.exec(rest);
                if (m)
                    return sumdbClass(`sumdb:${db.name}`, db.name, m[1], m[2]);
                return { origin: `sumdb:${db.name}`, kind: "other", sumdb: db.name };
            }
        }
        if (/(?:^|&)go-get=1(?:&|$)/.test(query)) {
            return { origin: "direct", kind: "go-get", module: norm.replace(/^[a-z]+:\/\//, "") };
        }
        // Direct mode's "mod" scheme for toolchains (https://go.dev/dl/mod/golang.org/toolchain/…).
        const tc = norm.indexOf("/golang.org/toolchain/");
        if (tc >= 0 && !bases.length) {
            const c = moduleFile(norm.slice(tc + 1));
            if (c)
                return { origin: "direct", ...c };
        }
        const guess = inferProxyBase(url);
        if (guess && (bases.length === 0 || /\/@v\/|\/@latest$|\/sumdb\//.test(norm))) {
            const gnorm = normalise(guess);
            let label = inferred.get(gnorm);
            if (!label) {
                label = (0,_go_url_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(guess);
                inferred.set(gnorm, label);
                bases.push({ key: gnorm, label, index: order.length });
                bases.sort((a, b) => b.key.length - a.key.length);
                order.push(label);
            }
            return classifyRest(norm.slice(gnorm.length), label);
        }
        return { origin: "direct", kind: "other" };
    }
    return {
        classify,
        indexOf: (origin) => {
            const i = order.indexOf(origin);
            return i < 0 ? order.length : i;
        },
        origins: () => [...order],
        get hasDirect() {
            return hasDirect || bases.length === 0;
        },
        secrets,
    };
}
/** Classifies one URL under a chain. */
function classifyUrl(url, chain) {
    return createClassifier(chain).classify(url);
}
function reasonOf(r) {
    if (r.status !== null)
        return r.statusText ?? String(r.status);
    return r.error ?? "unknown error";
}
function isNotFound(status) {
    return status === 404 || status === 410;
}
function emptyStats(origin) {
    return {
        origin,
        requests: 0,
        ok: 0,
        notFound: 0,
        otherStatus: 0,
        transportErrors: 0,
        errors: 0,
        seconds: 0,
        sumdbRequests: 0,
        vcsCommands: 0,
        filesAsked: 0,
        filesServed: 0,
        hitRate: null,
    };
}
/** Module path a repository URL stands for: host and path, no scheme, userinfo or `.git`. */
function repoModulePath(url) {
    return url
        .replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/(?:[^/@]*@)?/, "")
        .replace(/\.git$/, "")
        .replace(/\/+$/, "");
}
/** Builds the ledger of one run. */
function buildLedger(trace, chain, opts = {}) {
    const cls = createClassifier(chain);
    const problems = [...trace.problems];
    // 1. Every request, classified.
    const requests = trace.requests.map((r) => {
        const c = cls.classify(r.url);
        const out = {
            url: r.url,
            origin: c.origin,
            status: r.status,
            error: r.error,
            seconds: r.seconds,
            kind: c.kind,
            line: r.line,
            statusText: r.statusText,
        };
        if (c.file)
            out.file = c.file;
        if (c.module !== undefined)
            out.module = c.module;
        if (c.version !== undefined)
            out.version = c.version;
        if (c.sumdb !== undefined)
            out.sumdb = c.sumdb;
        return out;
    });
    // 2. Group module-file requests by file; find walk probes.
    const groups = new Map();
    for (const r of requests) {
        if (!r.file || r.module === undefined)
            continue;
        const key = `${r.module}\u0000${r.version ?? ""}\u0000${r.file}`;
        const g = groups.get(key);
        if (g)
            g.push(r);
        else
            groups.set(key, [r]);
    }
    const served = new Map(); // version ("" for list/latest) → module paths served
    for (const r of requests) {
        if (!r.file || r.module === undefined || r.status !== 200)
            continue;
        const v = r.version ?? "";
        const set = served.get(v) ?? new Set();
        set.add(r.module);
        served.set(v, set);
    }
    const jsonPaths = new Set((opts.modules ?? []).filter((m) => !m.Error).map((m) => m.Path));
    // Per version: served module paths, and every proper path-prefix of one of them.
    const servedPrefixes = new Map();
    const jsonPrefixes = new Set();
    const addPrefixes = (set, path) => {
        for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1))
            set.add(path.slice(0, i));
    };
    for (const [v, set] of served) {
        const pre = new Set();
        for (const m of set)
            addPrefixes(pre, m);
        servedPrefixes.set(v, pre);
    }
    for (const m of jsonPaths)
        addPrefixes(jsonPrefixes, m);
    const hasPrefixIn = (module, set) => {
        if (!set || set.size === 0)
            return false;
        for (let i = module.lastIndexOf("/"); i > 0; i = module.lastIndexOf("/", i - 1))
            if (set.has(module.slice(0, i)))
                return true;
        return false;
    };
    function isWalkProbe(module, version) {
        const v = version ?? "";
        const set = served.get(v);
        if (set?.has(module) || jsonPaths.has(module))
            return false;
        // A served module is a prefix of this path, or this path is a prefix of a served module.
        return (hasPrefixIn(module, set) ||
            hasPrefixIn(module, jsonPaths) ||
            (servedPrefixes.get(v)?.has(module) ?? false) ||
            jsonPrefixes.has(module));
    }
    // 3. Direct-mode evidence per module path.
    const directRoots = new Set();
    for (const c of trace.vcs)
        if (c.repo)
            directRoots.add(repoModulePath(c.repo));
    for (const r of trace.repos)
        directRoots.add(repoModulePath(r.url));
    for (const r of requests)
        if (r.kind === "go-get" && r.module && r.status === 200)
            directRoots.add(r.module);
    const hasDirectEvidence = (module) => directRoots.has(module) || hasPrefixIn(module, directRoots);
    const jsonError = new Map();
    for (const m of opts.modules ?? [])
        if (m.Error)
            jsonError.set(`${m.Path}@${m.Version}`, m.Error);
    // 4. Chains → module files and fallbacks.
    const files = [];
    const fallbacks = [];
    const asked = new Map();
    const servedBy = new Map();
    const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const g of groups.values()) {
        const first = g[0];
        const module = first.module;
        const version = first.version ?? null;
        const file = first.file;
        if (isWalkProbe(module, first.version)) {
            for (const r of g)
                r.walk = true;
            continue;
        }
        g.sort((a, b) => a.line - b.line);
        const chains = [];
        for (const r of g) {
            const cur = chains.at(-1);
            const last = cur?.at(-1);
            if (!cur || !last || last.status === 200 || cls.indexOf(r.origin) <= cls.indexOf(last.origin))
                chains.push([r]);
            else
                cur.push(r);
        }
        for (const c of chains) {
            const attempts = c.map((r) => ({
                origin: r.origin,
                status: r.status,
                error: r.error,
                reason: r.status === 200 ? null : reasonOf(r),
            }));
            const last = attempts.at(-1);
            let origin = last.status === 200 ? last.origin : null;
            const failedJson = version !== null && jsonError.has(`${module}@${version}`);
            if (origin === null &&
                cls.hasDirect &&
                !failedJson &&
                last.origin !== "direct" &&
                cls.indexOf("direct") > cls.indexOf(last.origin) &&
                hasDirectEvidence(module)) {
                attempts.push({ origin: "direct", status: null, error: null, reason: null });
                origin = "direct";
            }
            const failed = attempts.filter((a) => a.reason !== null);
            files.push({ module, version, file, origin, failed });
            for (let i = 0; i + 1 < attempts.length; i++) {
                const from = attempts[i];
                const to = attempts[i + 1];
                fallbacks.push({
                    module,
                    version,
                    file,
                    from: from.origin,
                    to: to.origin,
                    reason: from.reason ?? "unknown",
                });
            }
            for (const o of new Set(attempts.map((a) => a.origin)))
                bump(asked, o);
            if (origin)
                bump(servedBy, origin);
        }
    }
    // 5. -json modules: files never requested came from the local cache (or direct).
    let modules;
    if (opts.modules) {
        modules = [];
        const byFile = new Map();
        for (const f of files)
            if (f.version !== null)
                byFile.set(`${f.module}@${f.version}/${f.file}`, f);
        for (const m of opts.modules) {
            const out = { info: null, mod: null, zip: null };
            const kinds = ["info", "mod", "zip"];
            const present = {
                info: m.Info,
                mod: m.GoMod,
                zip: m.Zip,
            };
            for (const k of kinds) {
                const f = byFile.get(`${m.Path}@${m.Version}/${k}`);
                if (f) {
                    out[k] = f.origin;
                    continue;
                }
                if (!present[k])
                    continue;
                const origin = hasDirectEvidence(m.Path) && cls.hasDirect ? "direct" : "local";
                out[k] = origin;
                files.push({ module: m.Path, version: m.Version, file: k, origin, failed: [] });
                bump(servedBy, origin);
                bump(asked, origin);
            }
            const lm = {
                path: m.Path,
                version: m.Version,
                origin: m.Error ? null : (out.zip ?? out.mod ?? out.info ?? "local"),
                files: out,
            };
            if (m.Error)
                lm.error = m.Error;
            modules.push(lm);
        }
    }
    // 6. Per-origin stats and checksum-database traffic.
    const stats = new Map();
    const statsOf = (o) => {
        let s = stats.get(o);
        if (!s)
            stats.set(o, (s = emptyStats(o)));
        return s;
    };
    for (const o of cls.origins())
        statsOf(o);
    const sumdb = new Map();
    for (const r of requests) {
        const s = statsOf(r.origin);
        s.requests++;
        if (r.status === 200)
            s.ok++;
        else if (isNotFound(r.status))
            s.notFound++;
        else if (r.status !== null)
            s.otherStatus++;
        else
            s.transportErrors++;
        if (r.status !== 200 && !isNotFound(r.status))
            s.errors++;
        s.seconds += r.seconds ?? 0;
        if (r.sumdb !== undefined) {
            s.sumdbRequests++;
            const key = `${r.sumdb}\u0000${r.origin}`;
            let d = sumdb.get(key);
            if (!d)
                sumdb.set(key, (d = {
                    name: r.sumdb,
                    origin: r.origin,
                    requests: 0,
                    ok: 0,
                    notFound: 0,
                    errors: 0,
                    seconds: 0,
                }));
            d.requests++;
            if (r.status === 200)
                d.ok++;
            else if (isNotFound(r.status))
                d.notFound++;
            else
                d.errors++;
            d.seconds += r.seconds ?? 0;
        }
    }
    if (trace.vcs.length > 0) {
        const d = statsOf("direct");
        for (const c of trace.vcs) {
            d.vcsCommands++;
            d.seconds += c.seconds ?? 0;
        }
    }
    for (const [o, n] of asked)
        statsOf(o).filesAsked = n;
    for (const [o, n] of servedBy)
        statsOf(o).filesServed = n;
    for (const s of stats.values()) {
        s.seconds = Math.round(s.seconds * 1000) / 1000;
        s.hitRate = s.filesAsked > 0 ? s.filesServed / s.filesAsked : null;
    }
    // 7. Run-level shares.
    const firstProxy = cls.origins().find((o) => o !== "direct");
    const shares = {
        files: files.length,
        firstProxy: 0,
        laterProxies: 0,
        direct: 0,
        local: 0,
        failed: 0,
        ratio: { firstProxy: 0, laterProxies: 0, direct: 0, local: 0, failed: 0 },
    };
    for (const f of files) {
        if (f.origin === null)
            shares.failed++;
        else if (f.origin === "local")
            shares.local++;
        else if (f.origin === "direct")
            shares.direct++;
        else if (f.origin === firstProxy)
            shares.firstProxy++;
        else
            shares.laterProxies++;
    }
    if (files.length > 0)
        for (const k of ["firstProxy", "laterProxies", "direct", "local", "failed"])
            shares.ratio[k] = shares[k] / files.length;
    const ledger = {
        requests: requests.map(stripStatusText),
        origins: [...stats.values()].filter((s) => s.requests > 0 || s.filesAsked > 0 || s.vcsCommands > 0 || cls.origins().includes(s.origin)),
        fallbacks,
        files: files.sort((a, b) => a.module === b.module
            ? cmp(a.version ?? "", b.version ?? "") ||
                FILE_KINDS.indexOf(a.file) - FILE_KINDS.indexOf(b.file)
            : a.module < b.module
                ? -1
                : 1),
        sumdb: [...sumdb.values()],
        shares,
        problems,
    };
    if (modules)
        ledger.modules = modules;
    return scrubSecrets(ledger, cls.secrets);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function stripStatusText(r) {
    const out = {
        url: r.url,
        origin: r.origin,
        status: r.status,
        error: r.error,
        seconds: r.seconds,
        kind: r.kind,
        line: r.line,
    };
    if (r.file !== undefined)
        out.file = r.file;
    if (r.module !== undefined)
        out.module = r.module;
    if (r.version !== undefined)
        out.version = r.version;
    if (r.sumdb !== undefined)
        out.sumdb = r.sumdb;
    if (r.walk)
        out.walk = true;
    return out;
}
/** Replaces any configured secret that survived redaction, anywhere in the ledger. */
function scrubSecrets(value, secrets) {
    const list = secrets.filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
    if (list.length === 0)
        return value;
    const text = JSON.stringify(value);
    if (!list.some((s) => text.includes(s) || text.includes(JSON.stringify(s).slice(1, -1))))
        return value;
    return JSON.parse(text, (_k, v) => {
        if (typeof v !== "string")
            return v;
        let out = v;
        for (const s of list)
            out = out.split(s).join("xxxxx");
        return out;
    });
}


/***/ }),

/***/ 374:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ findModuleRoots),
/* harmony export */   yM: () => (/* binding */ displayDir)
/* harmony export */ });
/* unused harmony export graphFilesUnder */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Where to run the pre-warm: the go.work workspace when there is one (Go uses it from any
// directory below), otherwise every go.mod under the working directory. An edge: reads the tree.



/** Folders Go itself never treats as part of a module's tree, plus vendored and tool folders. */
const SKIP = new Set(["vendor", "testdata", "node_modules"]);
const GRAPH_FILES = ["go.mod", "go.sum", "go.work", "go.work.sum"];
const MAX_DIRS = 50_000;
/**
 * `gowork` is the GOWORK variable: "off" ignores go.work files, a path names the workspace file.
 */
async function findModuleRoots(workdir, gowork) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workdir);
    if (gowork && gowork !== "off") {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(gowork) ? gowork : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, gowork);
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file, "..");
        return [{ dir: root, kind: "workspace", graphFiles: await graphFilesUnder(dir) }];
    }
    if (gowork !== "off" && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, "go.work"))) {
        return [{ dir: root, kind: "workspace", graphFiles: await graphFilesUnder(root) }];
    }
    const files = await graphFilesUnder(root);
    const moduleDirs = files
        .filter((f) => f.endsWith("/go.mod"))
        .map((f) => f.slice(0, -"/go.mod".length));
    return moduleDirs.map((dir) => ({
        dir,
        kind: "module",
        graphFiles: GRAPH_FILES.slice(0, 2)
            .map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name))
            .filter((f) => files.includes(f)),
    }));
}
/** Every graph file below `dir`, sorted, skipping hidden, `_`-prefixed, vendor and testdata folders. */
async function graphFilesUnder(dir) {
    const found = [];
    const queue = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir)];
    for (let seen = 0; queue.length > 0 && seen < MAX_DIRS; seen++) {
        const current = queue.shift();
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(current, { withFileTypes: true });
        }
        catch {
            continue; // unreadable folders hold nothing Go could use either
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name) && !e.name.startsWith(".") && !e.name.startsWith("_"))
                    queue.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, e.name));
            }
            else if (GRAPH_FILES.includes(e.name)) {
                found.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, e.name));
            }
        }
    }
    return found.sort();
}
/** A root's directory relative to the workspace, for messages ("." for the workspace itself). */
function displayDir(workspace, dir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, dir) || ".";
}


/***/ }),

/***/ 509:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   bj: () => (/* binding */ parseTrace)
/* harmony export */ });
/* unused harmony exports stripCiPrefix, createTraceParser */
/* harmony import */ var _go_url_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(959);
// The -x trace of any Go from 1.13 on, read line by line (go-semantics.md §4):
//   # get URL                          a request starts
//   # get URL: 200 OK (0.012s)         its response
//   # get URL: <error>|insecure|…      its failure
//   mkdir -p DIR # git3 REPO           DIR holds REPO (direct mode)
//   cd DIR; git ARGS                   a VCS command starts…
//   0.005s # cd DIR; git ARGS          …and ends
//   # lock FILE.lockNEXT               before 1.19 the lock line runs into the next one
// Requests from concurrent fetches interleave: a result is paired with the oldest open
// request of the same URL. Lines may carry CI prefixes (timestamps, BuildKit step ids,
// GitLab sections, Jenkins markers); they are stripped before reading.

const STATUS = /^(\d{3})(?: (.*?))? \((\d+(?:\.\d+)?)s\)$/;
const TIMED = /^(\d+\.\d+)s # cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const VCS_START = /^cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const VCS_FAILED = /^# cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const MKDIR = /^mkdir -p (.*?) # (git3|hg3|svn3|bzr3|fossil3|git|hg|svn|bzr|fossil) (\S+)$/;
const REUSE = /^# (.*?) for (git3|hg3|svn3|bzr3|fossil3|git|hg|svn|bzr|fossil) (\S+)$/;
const UNTIMED_VCS = /^(git|hg|svn|bzr|fossil) (.*)$/;
const URL_IN_TEXT = /[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s"'<>]+/g;
// CI prefixes, one at a time from the left: ISO timestamps (GitHub, Azure), bracketed
// timestamps (Jenkins timestamper), BuildKit's `#12 3.456 `, Jenkins `[Pipeline] `,
// GitLab's `section_start:…` markers (whose `\r\e[0K` is handled before).
const PREFIX = /^(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)? ?|\[\d{4}-\d\d-\d\d[T ][^\]]{0,40}\] ?|\[\d\d:\d\d:\d\d(?:\.\d+)?\] ?|#\d+ \d+\.\d+ |\[Pipeline\] |section_(?:start|end):\d+:[^\s\r\x1b[]+(?:\[[^\]]*\])?(?:\x1b\[0K)?)/;
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
/** Removes CI decorations (timestamps, step ids, section markers, colours) from one log line. */
function stripCiPrefix(line) {
    let s = line;
    if (s.endsWith("\r"))
        s = s.slice(0, -1);
    const cr = s.lastIndexOf("\r");
    if (cr >= 0)
        s = s.slice(cr + 1);
    if (s.includes("\x1b"))
        s = s.replace(ANSI, "");
    for (let i = 0; i < 4; i++) {
        const c = s.charCodeAt(0);
        // Fast path: trace lines start with '#', 'c', 'm' or a digit; only some need a look.
        if (c === 35 /* # */ && s.charCodeAt(1) === 32)
            return s;
        const m = PREFIX.exec(s);
        if (!m || m[0].length === 0)
            return s;
        s = s.slice(m[0].length);
    }
    return s;
}
/** Masks every credential in every URL inside a text (Go's `xxxxx`/`***` forms included). */
function redactText(text) {
    if (!text.includes("@"))
        return text;
    return text.replace(URL_IN_TEXT, (u) => (0,_go_url_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(u));
}
function repoOf(args) {
    const m = /\b(?:https?|ssh|git|svn|bzr)(?:\+ssh)?:\/\/\S+/.exec(args);
    return m ? (0,_go_url_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(m[0].replace(/^['"]|['"]$/g, "")) : null;
}
function createTraceParser() {
    const requests = [];
    const vcs = [];
    const repos = [];
    const repoByDir = new Map();
    const problems = [];
    const openRequests = new Map();
    const openVcs = new Map();
    let lineNo = 0;
    let partial = "";
    let pendingCd = null;
    function addRepo(dir, url) {
        const red = (0,_go_url_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(url);
        if (repoByDir.get(dir) === red)
            return;
        repoByDir.set(dir, red);
        repos.push({ dir, url: red });
    }
    function startRequest(rawUrl) {
        const url = rawUrl.includes("@") ? (0,_go_url_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(rawUrl) : rawUrl;
        const r = {
            url,
            status: null,
            statusText: null,
            error: null,
            seconds: null,
            line: lineNo,
            complete: false,
        };
        requests.push(r);
        const q = openRequests.get(url);
        if (q)
            q.push(r);
        else
            openRequests.set(url, [r]);
    }
    function finishRequest(rawUrl, result) {
        const url = rawUrl.includes("@") ? (0,_go_url_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(rawUrl) : rawUrl;
        const q = openRequests.get(url);
        let r = q?.shift();
        if (q && q.length === 0)
            openRequests.delete(url);
        if (!r) {
            r = {
                url,
                status: null,
                statusText: null,
                error: null,
                seconds: null,
                line: lineNo,
                complete: false,
            };
            requests.push(r);
            problems.push(`line ${lineNo}: result without a start for ${url}`);
        }
        r.complete = true;
        const m = STATUS.exec(result);
        if (m) {
            r.status = Number(m[1]);
            r.statusText = m[2] ? `${m[1]} ${m[2]}` : m[1];
            r.seconds = Number(m[3]);
        }
        else {
            r.error = redactText(result.trim()) || "unknown error";
        }
    }
    function vcsKey(dir, tool, args) {
        return `${dir}\u0000${tool} ${args}`;
    }
    function startVcs(dir, tool, args, complete) {
        const c = {
            tool,
            dir,
            args: redactText(args),
            repo: repoByDir.get(dir) ?? repoOf(args),
            seconds: null,
            line: lineNo,
            complete,
            failed: false,
        };
        vcs.push(c);
        if (complete)
            return;
        const key = vcsKey(dir, tool, args);
        const q = openVcs.get(key);
        if (q)
            q.push(c);
        else
            openVcs.set(key, [c]);
    }
    function finishVcs(seconds, dir, tool, args) {
        const key = vcsKey(dir, tool, args);
        const q = openVcs.get(key);
        const c = q?.shift();
        if (q && q.length === 0)
            openVcs.delete(key);
        if (c) {
            c.seconds = seconds;
            c.complete = true;
            if (!c.repo)
                c.repo = repoByDir.get(dir) ?? null;
            return;
        }
        vcs.push({
            tool,
            dir,
            args: redactText(args),
            repo: repoByDir.get(dir) ?? repoOf(args),
            seconds,
            line: lineNo,
            complete: true,
            failed: false,
        });
    }
    function handle(raw, depth) {
        let s = stripCiPrefix(raw);
        if (s.length === 0)
            return;
        if (pendingCd !== null) {
            const dir = pendingCd;
            pendingCd = null;
            const m = UNTIMED_VCS.exec(s);
            if (m) {
                startVcs(dir, m[1], m[2], true);
                return;
            }
        }
        if (!s.startsWith("# get ") && !/^(?:cd |mkdir |# |\d+\.\d+s # )/.test(s)) {
            // A prefix we do not know: find the trace inside the line.
            const at = s.indexOf("# get http");
            if (at < 0)
                return;
            s = s.slice(at);
        }
        if (s.startsWith("# get ")) {
            const rest = s.slice(6);
            const sep = rest.indexOf(": ");
            if (sep < 0) {
                const url = rest.trim();
                if (url)
                    startRequest(url);
                return;
            }
            finishRequest(rest.slice(0, sep), rest.slice(sep + 2));
            return;
        }
        if (s.startsWith("# lock ")) {
            const at = s.indexOf(".lock", 7);
            if (at >= 0 && at + 5 < s.length && depth < 2)
                handle(s.slice(at + 5), depth + 1);
            return;
        }
        let m = TIMED.exec(s);
        if (m)
            return finishVcs(Number(m[1]), m[2], m[3], m[4]);
        m = VCS_START.exec(s);
        if (m)
            return startVcs(m[1], m[2], m[3], false);
        m = MKDIR.exec(s);
        if (m)
            return addRepo(m[1], m[3]);
        m = REUSE.exec(s);
        if (m)
            return addRepo(m[1], m[3]);
        m = VCS_FAILED.exec(s);
        if (m) {
            startVcs(m[1], m[2], m[3], true);
            vcs[vcs.length - 1].failed = true;
            return;
        }
        if (s.startsWith("cd ") && !s.includes(";"))
            pendingCd = s.slice(3);
    }
    return {
        push(line) {
            lineNo++;
            handle(line, 0);
        },
        write(chunk) {
            const text = partial + chunk;
            let start = 0;
            for (;;) {
                const nl = text.indexOf("\n", start);
                if (nl < 0)
                    break;
                lineNo++;
                handle(text.slice(start, nl), 0);
                start = nl + 1;
            }
            partial = text.slice(start);
        },
        end() {
            if (partial) {
                lineNo++;
                handle(partial, 0);
                partial = "";
            }
            for (const r of requests)
                if (!r.complete && r.error === null)
                    r.error = "no result in trace";
            return { requests, vcs, repos, lines: lineNo, problems };
        },
    };
}
/** Parses a whole -x trace. */
function parseTrace(text) {
    const p = createTraceParser();
    p.write(text);
    return p.end();
}


/***/ }),

/***/ 533:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ goUrlParse),
/* harmony export */   Pf: () => (/* binding */ strictHostFor),
/* harmony export */   _s: () => (/* binding */ goUrlRedacted),
/* harmony export */   h4: () => (/* binding */ goUrlString)
/* harmony export */ });
/* unused harmony export goQuote */
// Go's net/url parsing and printing, as far as GOPROXY and GOSUMDB need it: the same
// accept/reject decisions and the same error text as url.Parse, and URL.String/Redacted.
// Works on UTF-8 bytes, as Go does.
const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { fatal: false });
function isAlnum(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
function shouldEscape(c, mode) {
    if (isAlnum(c))
        return false;
    const ch = String.fromCharCode(c);
    if (mode === "host" || mode === "zone") {
        if ("!$&'()*+,;=:[]<>\"".includes(ch))
            return false;
    }
    if ("-_.~".includes(ch))
        return false;
    if ("$&+,/:;=?@".includes(ch)) {
        switch (mode) {
            case "pathSegment":
                return ch === "/" || ch === ";" || ch === "," || ch === "?";
            case "userPassword":
                return ch === "@" || ch === "/" || ch === "?" || ch === ":";
            case "queryComponent":
                return true;
            case "fragment":
                return false;
            case "path":
                return ch === "?";
            default:
                break;
        }
    }
    if (mode === "fragment" && "!()*".includes(ch))
        return false;
    return true;
}
/** strconv.Quote for the characters that can occur here. */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (ch === '"' || ch === "\\")
            out += "\\" + ch;
        else if (cp === 7)
            out += "\\a";
        else if (cp === 8)
            out += "\\b";
        else if (cp === 12)
            out += "\\f";
        else if (cp === 10)
            out += "\\n";
        else if (cp === 13)
            out += "\\r";
        else if (cp === 9)
            out += "\\t";
        else if (cp === 11)
            out += "\\v";
        else if (cp < 0x20 || cp === 0x7f)
            out += "\\x" + cp.toString(16).padStart(2, "0");
        else if (cp === 0xfffd)
            out += "\\ufffd";
        else if (cp >= 0x80 && !/[\p{L}\p{M}\p{N}\p{P}\p{S}\u0020]/u.test(ch)) {
            out +=
                cp > 0xffff
                    ? "\\U" + cp.toString(16).padStart(8, "0")
                    : "\\u" + cp.toString(16).padStart(4, "0");
        }
        else
            out += ch;
    }
    return out + '"';
}
function bytesToString(b) {
    return dec.decode(b);
}
function ishex(c) {
    return (c !== undefined &&
        ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)));
}
function unhex(c) {
    if (c <= 0x39)
        return c - 0x30;
    if (c <= 0x46)
        return c - 0x41 + 10;
    return c - 0x61 + 10;
}
class UrlError extends Error {
}
function isIPv4(s) {
    return /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(s);
}
function isIPv6(s) {
    if (!/^[0-9a-fA-F:.]+$/.test(s))
        return false;
    let body = s;
    const lastColon = s.lastIndexOf(":");
    if (s.slice(lastColon + 1).includes(".")) {
        if (!isIPv4(s.slice(lastColon + 1)))
            return false;
        body = s.slice(0, lastColon + 1) + "0:0";
    }
    const dbl = body.split("::");
    if (dbl.length > 2)
        return false;
    const part = (x) => (x === "" ? [] : x.split(":"));
    const head = part(dbl[0]);
    const tail = dbl.length === 2 ? part(dbl[1]) : [];
    const all = [...head, ...tail];
    if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g)))
        return false;
    return dbl.length === 2 ? all.length < 8 : all.length === 8;
}
function unescape(s, mode) {
    const b = enc.encode(s);
    let n = 0;
    for (let i = 0; i < b.length;) {
        const c = b[i];
        if (c === 0x25) {
            n++;
            if (i + 2 >= b.length || !ishex(b[i + 1]) || !ishex(b[i + 2])) {
                const rest = b.subarray(i, Math.min(b.length, i + 3));
                throw new UrlError(`invalid URL escape ${goQuote(bytesToString(rest))}`);
            }
            if (mode === "host" &&
                unhex(b[i + 1]) < 8 &&
                bytesToString(b.subarray(i, i + 3)) !== "%25") {
                throw new UrlError(`invalid URL escape ${goQuote(bytesToString(b.subarray(i, i + 3)))}`);
            }
            if (mode === "zone") {
                const v = unhex(b[i + 1]) * 16 + unhex(b[i + 2]);
                if (bytesToString(b.subarray(i, i + 3)) !== "%25" &&
                    v !== 0x20 &&
                    shouldEscape(v, "host")) {
                    throw new UrlError(`invalid URL escape ${goQuote(bytesToString(b.subarray(i, i + 3)))}`);
                }
            }
            i += 3;
        }
        else {
            if ((mode === "host" || mode === "zone") && c < 0x80 && shouldEscape(c, mode)) {
                throw new UrlError(`invalid character ${goQuote(String.fromCharCode(c))} in host name`);
            }
            i++;
        }
    }
    if (n === 0)
        return s;
    const out = [];
    for (let i = 0; i < b.length;) {
        const c = b[i];
        if (c === 0x25) {
            out.push(unhex(b[i + 1]) * 16 + unhex(b[i + 2]));
            i += 3;
        }
        else {
            out.push(c);
            i++;
        }
    }
    return bytesToString(Uint8Array.from(out));
}
function escape(s, mode) {
    const b = enc.encode(s);
    let out = "";
    for (const c of b) {
        if (shouldEscape(c, mode))
            out += "%" + c.toString(16).toUpperCase().padStart(2, "0");
        else
            out += String.fromCharCode(c);
    }
    return out;
}
function validEncoded(s, mode) {
    for (const c of enc.encode(s)) {
        if ("!$&'()*+,;=:@[]".includes(String.fromCharCode(c)) || c === 0x25)
            continue;
        if (shouldEscape(c, mode))
            return false;
    }
    return true;
}
function getScheme(raw) {
    for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))
            continue;
        if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
            if (i === 0)
                return ["", raw];
            continue;
        }
        if (c === 0x3a) {
            if (i === 0)
                throw new UrlError("missing protocol scheme");
            return [raw.slice(0, i), raw.slice(i + 1)];
        }
        return ["", raw];
    }
    return ["", raw];
}
function validOptionalPort(port) {
    if (port === "")
        return true;
    if (port[0] !== ":")
        return false;
    return /^[0-9]*$/.test(port.slice(1));
}
function parseHost(host, strict) {
    if (host.startsWith("[")) {
        const i = host.lastIndexOf("]");
        if (i < 0)
            throw new UrlError("missing ']' in host");
        const colonPort = host.slice(i + 1);
        if (!validOptionalPort(colonPort))
            throw new UrlError(`invalid port ${goQuote(colonPort)} after host`);
        if (strict) {
            const inner = unescape(host.slice(1, i), "zone");
            const pct = inner.indexOf("%");
            const addr = pct < 0 ? inner : inner.slice(0, pct);
            if (isIPv4(addr) && pct < 0)
                throw new UrlError("invalid IP-literal");
            if (!isIPv6(addr) || (pct >= 0 && pct === inner.length - 1)) {
                // netip.ParseAddr's reason is not reproduced; the prefix is Go's.
                throw new UrlError(`invalid host: ParseAddr(${goQuote(inner)})`);
            }
        }
        const zone = host.slice(0, i).indexOf("%25");
        if (zone >= 0) {
            const host1 = unescape(host.slice(0, zone), "host");
            const host2 = unescape(host.slice(zone, i), "zone");
            const host3 = unescape(host.slice(i), "host");
            return host1 + host2 + host3;
        }
    }
    else {
        const i = strict ? host.indexOf(":") : host.lastIndexOf(":");
        if (i >= 0) {
            const colonPort = host.slice(i);
            if (!validOptionalPort(colonPort))
                throw new UrlError(`invalid port ${goQuote(colonPort)} after host`);
        }
    }
    if (strict && !host.startsWith("[") && host.includes("["))
        throw new UrlError("invalid IP-literal");
    return unescape(host, "host");
}
function validUserinfo(s) {
    return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(s);
}
function parseAuthority(authority, strict) {
    const i = authority.lastIndexOf("@");
    const host = parseHost(i < 0 ? authority : authority.slice(i + 1), strict);
    if (i < 0)
        return { host };
    const userinfo = authority.slice(0, i);
    if (!validUserinfo(userinfo))
        throw new UrlError("net/url: invalid userinfo");
    const colon = userinfo.indexOf(":");
    if (colon < 0)
        return { user: { username: unescape(userinfo, "userPassword") }, host };
    return {
        user: {
            username: unescape(userinfo.slice(0, colon), "userPassword"),
            password: unescape(userinfo.slice(colon + 1), "userPassword"),
        },
        host,
    };
}
function hasCtl(s) {
    return /[\x00-\x1f\x7f]/.test(s);
}
function parseNoFrag(raw, strict) {
    if (hasCtl(raw))
        throw new UrlError("net/url: invalid control character in URL");
    const u = {
        scheme: "",
        opaque: "",
        host: "",
        path: "",
        rawPath: "",
        omitHost: false,
        forceQuery: false,
        rawQuery: "",
        fragment: "",
        rawFragment: "",
    };
    if (raw === "*") {
        u.path = "*";
        return u;
    }
    const [scheme, rest0] = getScheme(raw);
    let rest = rest0;
    u.scheme = scheme.toLowerCase();
    if (rest.endsWith("?") && rest.split("?").length === 2) {
        u.forceQuery = true;
        rest = rest.slice(0, -1);
    }
    else {
        const q = rest.indexOf("?");
        if (q >= 0) {
            u.rawQuery = rest.slice(q + 1);
            rest = rest.slice(0, q);
        }
    }
    if (!rest.startsWith("/")) {
        if (u.scheme !== "") {
            u.opaque = rest;
            return u;
        }
        const slash = rest.indexOf("/");
        const segment = slash < 0 ? rest : rest.slice(0, slash);
        if (segment.includes(":"))
            throw new UrlError("first path segment in URL cannot contain colon");
    }
    if ((u.scheme !== "" || !rest.startsWith("///")) && rest.startsWith("//")) {
        let authority = rest.slice(2);
        rest = "";
        const i = authority.indexOf("/");
        if (i >= 0) {
            rest = authority.slice(i);
            authority = authority.slice(0, i);
        }
        const a = parseAuthority(authority, strict);
        if (a.user)
            u.user = a.user;
        u.host = a.host;
    }
    else if (u.scheme !== "" && rest.startsWith("/")) {
        u.omitHost = true;
    }
    const p = unescape(rest, "path");
    u.path = p;
    u.rawPath = escape(p, "path") === rest ? "" : rest;
    return u;
}
/** Whether a Go release parses hosts strictly (see GoUrlOptions). */
function strictHostFor(v) {
    // Observed: go1.24.4 lenient, go1.26.10 strict. The bracketed-IPv6 validation shipped as a
    // security fix in go1.24.8 and go1.25.2; the same cut-off is assumed for the port rule.
    if (v.major > 1 || v.minor >= 26)
        return true;
    if (v.minor === 25)
        return v.patch >= 2;
    if (v.minor === 24)
        return v.patch >= 8;
    return false;
}
/** url.Parse: the URL, or the error text Go prints (`parse "RAW": reason`). */
function goUrlParse(raw, opts = {}) {
    const hash = raw.indexOf("#");
    const u = hash < 0 ? raw : raw.slice(0, hash);
    let url;
    try {
        url = parseNoFrag(u, opts.strictHost ?? false);
    }
    catch (e) {
        if (e instanceof UrlError)
            return { ok: false, error: `parse ${goQuote(u)}: ${e.message}` };
        throw e;
    }
    if (hash >= 0) {
        const frag = raw.slice(hash + 1);
        try {
            const f = unescape(frag, "fragment");
            url.fragment = f;
            url.rawFragment = escape(f, "fragment") === frag ? "" : frag;
        }
        catch (e) {
            if (e instanceof UrlError)
                return { ok: false, error: `parse ${goQuote(raw)}: ${e.message}` };
            throw e;
        }
    }
    return { ok: true, url };
}
function escapedPath(u) {
    if (u.rawPath !== "" && validEncoded(u.rawPath, "path")) {
        try {
            if (unescape(u.rawPath, "path") === u.path)
                return u.rawPath;
        }
        catch {
            // fall through
        }
    }
    if (u.path === "*")
        return "*";
    return escape(u.path, "path");
}
function escapedFragment(u) {
    if (u.rawFragment !== "" && validEncoded(u.rawFragment, "fragment")) {
        try {
            if (unescape(u.rawFragment, "fragment") === u.fragment)
                return u.rawFragment;
        }
        catch {
            // fall through
        }
    }
    return escape(u.fragment, "fragment");
}
/** URL.String(). */
function goUrlString(u) {
    let buf = "";
    if (u.scheme !== "")
        buf += u.scheme + ":";
    if (u.opaque !== "")
        buf += u.opaque;
    else {
        if (u.scheme !== "" || u.host !== "" || u.user) {
            if (u.omitHost && u.host === "" && !u.user) {
                // omit empty host
            }
            else {
                if (u.host !== "" || u.path !== "" || u.user)
                    buf += "//";
                if (u.user) {
                    buf += escape(u.user.username, "userPassword");
                    if (u.user.password !== undefined)
                        buf += ":" + escape(u.user.password, "userPassword");
                    buf += "@";
                }
                if (u.host !== "")
                    buf += escape(u.host, "host");
            }
        }
        const path = escapedPath(u);
        if (path !== "" && path[0] !== "/" && u.host !== "")
            buf += "/";
        if (buf === "") {
            const slash = path.indexOf("/");
            const segment = slash < 0 ? path : path.slice(0, slash);
            if (segment.includes(":"))
                buf += "./";
        }
        buf += path;
    }
    if (u.forceQuery || u.rawQuery !== "")
        buf += "?" + u.rawQuery;
    if (u.fragment !== "")
        buf += "#" + escapedFragment(u);
    return buf;
}
/** URL.Redacted() (Go 1.15+): the password, when there is one, becomes "xxxxx". */
function goUrlRedacted(u) {
    if (u.user?.password === undefined)
        return goUrlString(u);
    return goUrlString({ ...u, user: { username: u.user.username, password: "xxxxx" } });
}


/***/ }),

/***/ 815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ GO_SPACE),
/* harmony export */   NH: () => (/* binding */ DEFAULT_GOPROXY),
/* harmony export */   WY: () => (/* binding */ parseProxyList),
/* harmony export */   sE: () => (/* binding */ goFields)
/* harmony export */ });
/* unused harmony exports defaultGoproxy, effectiveGoproxy, addsHttps, checkProxyUrl, goTrimSpace */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(54);
/* harmony import */ var _gourl_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(533);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(959);
// GOPROXY as the go command parses it, version by version (modfetch/proxy.go: proxyList,
// proxyURLs in 1.13–1.14; the single-value rule of 1.11–1.12). Pure functions.



const DEFAULT_GOPROXY = "https://proxy.golang.org,direct";
/** The built-in default GOPROXY of a Go version. */
function defaultGoproxy(v) {
    return atLeast(v, 13) ? DEFAULT_GOPROXY : "direct";
}
/**
 * The GOPROXY value Go ends up with: an empty or absent OS value means unset, so the
 * `go env -w` file is consulted, then (1.21+) $GOROOT/go.env, else the built-in default.
 */
function effectiveGoproxy(osValue, v, userEnvFile) {
    if (osValue !== undefined && osValue !== "")
        return osValue;
    if (userEnvFile && "GOPROXY" in userEnvFile) {
        const fromFile = userEnvFile.GOPROXY;
        if (fromFile !== "" || atLeast(v, 21)) {
            if (fromFile !== "")
                return fromFile;
            // 1.21+: an empty line in the user file hides the go.env default.
            return "";
        }
    }
    return defaultGoproxy(v);
}
/** The rule that decides whether Go puts "https://" in front of an element (1.13+). */
function addsHttps(element) {
    return (/[.:/]/.test(element) && !element.includes(":/") && !element.startsWith("/") // filepath.IsAbs and path.IsAbs on Unix
    );
}
/** newProxyRepo's check of one URL: undefined when accepted, else Go's message. */
function checkProxyUrl(url, omitHostField = true, strictHost = false) {
    const r = (0,_gourl_js__WEBPACK_IMPORTED_MODULE_0__/* .goUrlParse */ .BP)(url, { strictHost });
    if (!r.ok)
        return { error: r.error };
    const u = r.url;
    switch (u.scheme) {
        case "http":
        case "https":
            return { parsed: u };
        case "file": {
            const clean = u.opaque === "" &&
                u.user === undefined &&
                u.host === "" &&
                !u.forceQuery &&
                u.rawQuery === "" &&
                u.fragment === "" &&
                u.rawFragment === "";
            // Go compares the whole struct with {Scheme, Path, RawPath}. OmitHost (1.19+) is set for
            // "file:/x", which therefore has a non-path element where the field exists.
            if (!clean || (u.omitHost && omitHostField)) {
                return {
                    error: `invalid file:// proxy URL with non-path elements: ${(0,_gourl_js__WEBPACK_IMPORTED_MODULE_0__/* .goUrlRedacted */ ._s)(u)}`,
                    parsed: u,
                };
            }
            return { parsed: u };
        }
        case "":
            return { error: `invalid proxy URL missing scheme: ${(0,_gourl_js__WEBPACK_IMPORTED_MODULE_0__/* .goUrlRedacted */ ._s)(u)}`, parsed: u };
        default:
            return {
                error: `invalid proxy URL scheme (must be https, http, file): ${(0,_gourl_js__WEBPACK_IMPORTED_MODULE_0__/* .goUrlRedacted */ ._s)(u)}`,
                parsed: u,
            };
    }
}
function keyword(kind, sep) {
    const e = {
        kind,
        url: kind,
        raw: kind,
        display: kind,
        fallback: sep === "|" ? "any" : "notfound",
        httpsAdded: false,
    };
    if (sep)
        e.separator = sep;
    return e;
}
/**
 * Parses a GOPROXY value the way the given Go version does. `value` is the effective value
 * (see effectiveGoproxy). The hidden `noproxy` entry is included when opts.gonoproxy is set.
 */
function parseProxyList(value, v, opts = {}) {
    const result = { entries: [], ignored: [], emptyElements: 0 };
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .jZ)(v, 13))
        return parseLegacy(value, result);
    if (opts.gonoproxy && value !== "direct")
        result.entries.push(keyword("noproxy", undefined));
    const pipes = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .jZ)(v, 15);
    let rest = value;
    let guard = 0;
    let stopped = false;
    while (rest !== "" && guard++ < 1_000_000) {
        const i = pipes ? rest.search(/[,|]/) : rest.indexOf(",");
        let element;
        let sep;
        if (i >= 0) {
            element = rest.slice(0, i);
            sep = rest[i];
            rest = rest.slice(i + 1);
        }
        else {
            element = rest;
            rest = "";
        }
        element = goTrimSpace(element);
        if (stopped) {
            if (element !== "")
                result.ignored.push(element);
            continue;
        }
        if (element === "") {
            result.emptyElements++;
            continue;
        }
        if (element === "off" || element === "direct") {
            result.entries.push(keyword(element, sep));
            stopped = true;
            continue;
        }
        const httpsAdded = addsHttps(element);
        const url = httpsAdded ? `https://${element}` : element;
        const check = checkProxyUrl(url, (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .jZ)(v, 19), (0,_gourl_js__WEBPACK_IMPORTED_MODULE_0__/* .strictHostFor */ .Pf)(v));
        if (check.error) {
            result.error = check.error;
            result.errorElement = element;
            return result;
        }
        const entry = {
            kind: "proxy",
            url,
            raw: element,
            display: check.parsed ? safeDisplay(check.parsed, url) : (0,_url_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(url),
            fallback: pipes && sep === "|" ? "any" : "notfound",
            httpsAdded,
        };
        if (sep)
            entry.separator = sep;
        result.entries.push(entry);
    }
    const real = result.entries.filter((e) => e.kind !== "noproxy");
    if (real.length === 0) {
        if (pipes)
            result.error = "GOPROXY list is not the empty string, but contains no entries";
        else
            result.behavesAsOff = true;
    }
    return result;
}
/** Go's strings.TrimSpace: ASCII space, \t\n\v\f\r, U+0085, U+00A0 and Unicode White_Space. */
function goTrimSpace(s) {
    return s.replace(GO_SPACE_EDGES, "");
}
/** unicode.IsSpace, as a character class. */
const GO_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const GO_SPACE_EDGES = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, "gu");
/** strings.Fields. */
function goFields(s) {
    return s.split(new RegExp(`${GO_SPACE}+`, "u")).filter((f) => f !== "");
}
/** The URL for display: Go's redaction (password → xxxxx) plus a lone-username token hidden. */
function safeDisplay(u, url) {
    if (u.user && u.user.password === undefined)
        return (0,_url_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(url);
    return (0,_gourl_js__WEBPACK_IMPORTED_MODULE_0__/* .goUrlRedacted */ ._s)(u);
}
function parseLegacy(value, result) {
    if (value === "" || value === "direct") {
        result.entries.push(keyword("direct", undefined));
        return result;
    }
    if (value === "off") {
        result.entries.push(keyword("off", undefined));
        return result;
    }
    if (value.includes(",")) {
        result.error = "invalid $GOPROXY setting: cannot have comma";
        return result;
    }
    const r = (0,_gourl_js__WEBPACK_IMPORTED_MODULE_0__/* .goUrlParse */ .BP)(value);
    if (!r.ok || !["http", "https", "file"].includes(r.url.scheme)) {
        result.error =
            "invalid $GOPROXY setting: malformed URL or invalid scheme (must be http, https, file)";
        result.errorElement = value;
        return result;
    }
    result.entries.push({
        kind: "proxy",
        url: value,
        raw: value,
        display: safeDisplay(r.url, value),
        fallback: "notfound",
        httpsAdded: false,
    });
    return result;
}


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oU: () => (/* binding */ DEFAULT_GOSUMDB),
  $M: () => (/* binding */ parseGosumdb)
});

// UNUSED EXPORTS: KNOWN_GOSUMDB, SUM_GOLANG_ORG_KEY, checkVerifierKey, goBase64Std, keyHash, makeVerifierKey

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./src/go/proxy-list.ts
var proxy_list = __nccwpck_require__(815);
// EXTERNAL MODULE: ./src/go/gourl.ts
var gourl = __nccwpck_require__(533);
;// CONCATENATED MODULE: ./src/go/sumdb-setting.ts
// GOSUMDB as modfetch/sumdb.go (dbDial) reads it, with the verifier-key checks of
// golang.org/x/mod/sumdb/note (NewVerifier). Parses and validates the setting only.



const SUM_GOLANG_ORG_KEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
/** modfetch/key.go: the only name Go knows a key for. */
const KNOWN_GOSUMDB = {
    "sum.golang.org": SUM_GOLANG_ORG_KEY,
};
const DEFAULT_GOSUMDB = "sum.golang.org";
function chop(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}
/** base64.StdEncoding.DecodeString (padded; \r and \n ignored); undefined on error. */
function goBase64Std(s) {
    const t = s.replace(/[\r\n]/g, "");
    if (t.length % 4 !== 0)
        return undefined;
    if (!/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(t))
        return undefined;
    return Buffer.from(t, "base64");
}
/** The 32-bit key hash: the first 4 bytes of SHA-256(name + "\n" + key), big-endian. */
function keyHash(name, key) {
    const h = (0,external_node_crypto_namespaceObject.createHash)("sha256").update(name).update("\n").update(key).digest();
    return h.readUInt32BE(0);
}
function isValidName(name) {
    return name !== "" && !new RegExp(proxy_list/* GO_SPACE */.Ee, "u").test(name) && !name.includes("+");
}
/** note.NewVerifier's checks on `<name>+<hash>+<keydata>`. */
function checkVerifierKey(vkey) {
    const [name, rest] = chop(vkey, "+");
    const [hash16, key64] = chop(rest, "+");
    const hexOk = /^[0-9a-fA-F]{8}$/.test(hash16);
    const key = goBase64Std(key64);
    if (!hexOk || !key || !isValidName(name) || key.length === 0) {
        return { ok: false, error: "malformed verifier id" };
    }
    const hash = parseInt(hash16, 16) >>> 0;
    if (hash !== keyHash(name, key))
        return { ok: false, error: "invalid verifier hash" };
    const alg = key[0];
    if (alg !== 1)
        return { ok: false, error: "unknown verifier algorithm" };
    if (key.length - 1 !== 32)
        return { ok: false, error: "malformed verifier id" };
    return { ok: true, name, hash, algorithm: alg };
}
/** Builds a verifier key for a name and a 32-byte Ed25519 public key (for tests and docs). */
function makeVerifierKey(name, publicKey) {
    const key = Buffer.concat([Buffer.from([1]), Buffer.from(publicKey)]);
    const hash = keyHash(name, key).toString(16).padStart(8, "0");
    return `${name}+${hash}+${key.toString("base64")}`;
}
/**
 * Parses GOSUMDB as Go 1.13+ does when it first needs the database. `value` is the effective
 * value (an empty or absent OS value means the default, "sum.golang.org", except when a
 * `go env -w GOSUMDB=` line masks it on 1.21+, which gives "missing GOSUMDB").
 */
function parseGosumdb(value, version) {
    const strictHost = version ? (0,gourl/* strictHostFor */.Pf)(version) : false;
    let v = value;
    let alias = false;
    if (v === "sum.golang.google.cn") {
        v = "sum.golang.org https://sum.golang.google.cn";
        alias = true;
    }
    if (v === "off")
        return { kind: "off" };
    const fields = (0,proxy_list/* goFields */.sE)(v);
    let known = alias;
    if (fields.length >= 1 && KNOWN_GOSUMDB[fields[0]]) {
        fields[0] = KNOWN_GOSUMDB[fields[0]];
        known = true;
    }
    if (fields.length === 0)
        return { kind: "error", error: "missing GOSUMDB" };
    if (fields.length > 2)
        return { kind: "error", error: "invalid GOSUMDB: too many fields" };
    const check = checkVerifierKey(fields[0]);
    if (!check.ok)
        return { kind: "error", error: `invalid GOSUMDB: ${check.error}` };
    const name = check.name;
    const direct = (0,gourl/* goUrlParse */.BP)(`https://${name}`, { strictHost });
    const clean = direct.ok &&
        !name.endsWith("/") &&
        direct.url.scheme === "https" &&
        direct.url.opaque === "" &&
        direct.url.user === undefined &&
        !direct.url.forceQuery &&
        direct.url.rawQuery === "" &&
        direct.url.fragment === "" &&
        direct.url.rawPath === "" &&
        direct.url.host !== "" &&
        (0,gourl/* goUrlString */.h4)(direct.url) !== "";
    if (!clean) {
        const out = {
            kind: "error",
            error: `invalid sumdb name (must be host[/path]): ${name}`,
        };
        // dbDial formats the parsed URL with %+v even when parsing failed: a nil dereference.
        if (!direct.ok)
            out.crashes = true;
        return out;
    }
    const out = { kind: "db", name, key: fields[0], known, alias };
    if (fields.length === 2) {
        const u = (0,gourl/* goUrlParse */.BP)(fields[1], { strictHost });
        if (!u.ok)
            return { kind: "error", error: `invalid GOSUMDB URL: ${u.error}` };
        out.url = fields[1];
    }
    return out;
}


/***/ }),

/***/ 959:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ redactUrl),
/* harmony export */   F: () => (/* binding */ urlSecrets)
/* harmony export */ });
// Credentials in URLs: how Go shows them, and what we must mask.
/** The secrets a URL carries: the password, and a username given alone (a token Go prints in clear). */
function urlSecrets(raw) {
    const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^/?#@]*)@/.exec(raw.trim());
    if (!m || !m[1])
        return [];
    const userinfo = m[1];
    const colon = userinfo.indexOf(":");
    const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
    const password = colon < 0 ? "" : userinfo.slice(colon + 1);
    const secrets = password ? [password, userinfo] : [user];
    const decoded = secrets.map(safeDecode);
    return [...new Set([...secrets, ...decoded].filter((s) => s.length > 0))];
}
/** Hides every credential in a URL: `user:xxxxx@host` for a password, `xxxxx@host` for a lone token. */
function redactUrl(raw) {
    return raw.replace(/^(\s*[a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#@]*)@/, (_all, scheme, userinfo) => {
        const colon = userinfo.indexOf(":");
        return colon < 0 ? `${scheme}xxxxx@` : `${scheme}${userinfo.slice(0, colon)}:xxxxx@`;
    });
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}


/***/ }),

/***/ 54:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ parseGoVersion),
/* harmony export */   jZ: () => (/* binding */ atLeast)
/* harmony export */ });
/* unused harmony exports compareGoVersions, formatGoVersion */
// Go release versions ("go1.21.13", "1.26") as comparable numbers.
/** Parses "go1.21.13", "1.21", "go1.26rc1" or "go version go1.19.8 linux/amd64"; undefined if none. */
function parseGoVersion(text) {
    const m = /(?:^|\s|go)(1)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] ? Number(m[3]) : 0 };
}
function compareGoVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
/** True when `v` is Go 1.`minor` or later. */
function atLeast(v, minor) {
    return v.major > 1 || (v.major === 1 && v.minor >= minor);
}
function formatGoVersion(v) {
    return `go${v.major}.${v.minor}.${v.patch}`;
}


/***/ }),

/***/ 510:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o: () => (/* binding */ chainConfig),
  F: () => (/* binding */ downloadReport)
});

// EXTERNAL MODULE: ./src/download/ledger.ts
var download_ledger = __nccwpck_require__(519);
// EXTERNAL MODULE: ./src/download/trace.ts
var trace = __nccwpck_require__(509);
// EXTERNAL MODULE: ./src/download/module-roots.ts
var module_roots = __nccwpck_require__(374);
// EXTERNAL MODULE: ./src/go/version.ts
var version = __nccwpck_require__(54);
;// CONCATENATED MODULE: ./src/go/patterns.ts
// GOPRIVATE / GONOPROXY / GONOSUMDB / GOINSECURE: Go's comma-separated path.Match globs that
// match a leading run of path elements (str.GlobsMatchPath 1.13–1.15,
// module.MatchPrefixPatterns 1.16+; a trailing slash is trimmed from 1.18).

const enc = new TextEncoder();
/** One rune at byte offset i: [code point or -1 for invalid UTF-8, byte length]. */
function decodeRune(b, i) {
    const c = b[i];
    if (c === undefined)
        return [-1, 0];
    if (c < 0x80)
        return [c, 1];
    const need = c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (need < 0)
        return [-1, 1];
    let r = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
        const x = b[i + k];
        if (x === undefined || (x & 0xc0) !== 0x80)
            return [-1, 1];
        r = (r << 6) | (x & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
        return [-1, 1];
    return [r, need + 1];
}
class BadPattern extends Error {
}
function scanChunk(p) {
    let star = false;
    while (p.length > 0 && p[0] === 0x2a) {
        p = p.subarray(1);
        star = true;
    }
    let inrange = false;
    let i;
    scan: for (i = 0; i < p.length; i++) {
        switch (p[i]) {
            case 0x5c:
                if (i + 1 < p.length)
                    i++;
                break;
            case 0x5b:
                inrange = true;
                break;
            case 0x5d:
                inrange = false;
                break;
            case 0x2a:
                if (!inrange)
                    break scan;
                break;
        }
    }
    return [star, p.subarray(0, i), p.subarray(i)];
}
function getEsc(chunk) {
    if (chunk.length === 0 || chunk[0] === 0x2d || chunk[0] === 0x5d)
        throw new BadPattern();
    if (chunk[0] === 0x5c) {
        chunk = chunk.subarray(1);
        if (chunk.length === 0)
            throw new BadPattern();
    }
    const [r, n] = decodeRune(chunk, 0);
    if (r === -1 && n === 1)
        throw new BadPattern();
    const rest = chunk.subarray(n);
    if (rest.length === 0)
        throw new BadPattern();
    return [r, rest];
}
/** Returns the rest of s after the chunk matched, or undefined; throws BadPattern. */
function matchChunk(chunk, s) {
    let failed = false;
    while (chunk.length > 0) {
        if (!failed && s.length === 0)
            failed = true;
        const c = chunk[0];
        if (c === 0x5b) {
            let r = 0;
            if (!failed) {
                const [rr, n] = decodeRune(s, 0);
                r = rr === -1 ? 0xfffd : rr;
                s = s.subarray(n);
            }
            chunk = chunk.subarray(1);
            let negated = false;
            if (chunk.length > 0 && chunk[0] === 0x5e) {
                negated = true;
                chunk = chunk.subarray(1);
            }
            let match = false;
            let nrange = 0;
            for (let guard = 0; guard < 1_000_000; guard++) {
                if (chunk.length > 0 && chunk[0] === 0x5d && nrange > 0) {
                    chunk = chunk.subarray(1);
                    break;
                }
                let lo;
                [lo, chunk] = getEsc(chunk);
                let hi = lo;
                if (chunk[0] === 0x2d)
                    [hi, chunk] = getEsc(chunk.subarray(1));
                if (lo <= r && r <= hi)
                    match = true;
                nrange++;
            }
            if (match === negated)
                failed = true;
        }
        else if (c === 0x3f) {
            if (!failed) {
                if (s[0] === 0x2f)
                    failed = true;
                const [, n] = decodeRune(s, 0);
                s = s.subarray(n);
            }
            chunk = chunk.subarray(1);
        }
        else {
            if (c === 0x5c) {
                chunk = chunk.subarray(1);
                if (chunk.length === 0)
                    throw new BadPattern();
            }
            if (!failed) {
                if (chunk[0] !== s[0])
                    failed = true;
                s = s.subarray(1);
            }
            chunk = chunk.subarray(1);
        }
    }
    return failed ? undefined : s;
}
/** Go's path.Match: true/false, or "bad" for ErrBadPattern. */
function pathMatch(pattern, name) {
    try {
        return pathMatchBytes(enc.encode(pattern), enc.encode(name));
    }
    catch (e) {
        if (e instanceof BadPattern)
            return "bad";
        throw e;
    }
}
function pathMatchBytes(pattern, name) {
    outer: while (pattern.length > 0) {
        let star;
        let chunk;
        [star, chunk, pattern] = scanChunk(pattern);
        if (star && chunk.length === 0)
            return !name.includes(0x2f);
        let t;
        let err;
        try {
            t = matchChunk(chunk, name);
        }
        catch (e) {
            if (!(e instanceof BadPattern))
                throw e;
            err = e;
        }
        if (t !== undefined && (t.length === 0 || pattern.length > 0)) {
            name = t;
            continue;
        }
        if (err)
            throw err;
        if (star) {
            for (let i = 0; i < name.length && name[i] !== 0x2f; i++) {
                const t2 = matchChunk(chunk, name.subarray(i + 1));
                if (t2 !== undefined) {
                    if (pattern.length === 0 && t2.length > 0)
                        continue;
                    name = t2;
                    continue outer;
                }
            }
        }
        while (pattern.length > 0) {
            [, chunk, pattern] = scanChunk(pattern);
            matchChunk(chunk, new Uint8Array(0));
        }
        return false;
    }
    return name.length === 0;
}
/** Splits a pattern list the way Go does: on "," only, empty elements dropped, nothing trimmed. */
function splitPatterns(globs) {
    return globs.split(",").filter((g) => g !== "");
}
/** How each pattern of the list fares against `target`. */
function explainPrefixPatterns(globs, target, v) {
    const out = [];
    for (const pattern of splitPatterns(globs)) {
        const effective = (0,version/* atLeast */.jZ)(v, 18) && pattern.endsWith("/") ? pattern.slice(0, -1) : pattern;
        if (effective === "") {
            out.push({ pattern, effective, result: false });
            continue;
        }
        let n = effective.split("/").length - 1;
        let prefix = target;
        for (let i = 0; i < target.length; i++) {
            if (target[i] === "/") {
                if (n === 0) {
                    prefix = target.slice(0, i);
                    break;
                }
                n--;
            }
        }
        if (n > 0) {
            out.push({ pattern, effective, result: false });
            continue;
        }
        out.push({ pattern, effective, prefix, result: pathMatch(effective, prefix) });
    }
    return out;
}
/** module.MatchPrefixPatterns / str.GlobsMatchPath for the given Go version. */
function matchPrefixPatterns(globs, target, v) {
    return explainPrefixPatterns(globs, target, v).some((m) => m.result === true);
}
/** envOr: an empty or absent variable counts as unset. */
function envOr(value, def) {
    return value === undefined || value === "" ? def : value;
}
/** The GONOPROXY Go uses: GONOPROXY, or GOPRIVATE when GONOPROXY is empty or unset. */
function effectiveGonoproxy(s) {
    return envOr(s.GONOPROXY, s.GOPRIVATE ?? "");
}
/** The GONOSUMDB Go uses: GONOSUMDB, or GOPRIVATE when GONOSUMDB is empty or unset. */
function effectiveGonosumdb(s) {
    return envOr(s.GONOSUMDB, s.GOPRIVATE ?? "");
}
/** What the pattern variables decide for one module path. */
function routeModule(path, s, v) {
    return {
        bypassProxy: matchPrefixPatterns(effectiveGonoproxy(s), path, v),
        skipSumdb: matchPrefixPatterns(effectiveGonosumdb(s), path, v),
        insecure: atLeast(v, 14) && matchPrefixPatterns(s.GOINSECURE ?? "", path, v),
        private: matchPrefixPatterns(s.GOPRIVATE ?? "", path, v),
    };
}
/** True when path.Match reports ErrBadPattern for this pattern whatever the target. */
function isBadPattern(pattern) {
    return pathMatch(pattern, "") === "bad" || pathMatch(pattern, "a") === "bad";
}

// EXTERNAL MODULE: ./src/go/proxy-list.ts
var proxy_list = __nccwpck_require__(815);
// EXTERNAL MODULE: ./src/go/sumdb-setting.ts + 1 modules
var sumdb_setting = __nccwpck_require__(101);
;// CONCATENATED MODULE: ./src/report/from-download.ts






/** The chain as the ledger needs it, from the effective settings. */
function chainConfig(s, v) {
    const list = (0,proxy_list/* parseProxyList */.WY)(s.GOPROXY, v, { gonoproxy: s.GONOPROXY });
    const sumdb = (0,sumdb_setting/* parseGosumdb */.$M)(s.GOSUMDB);
    return {
        proxies: list.entries
            .filter((e) => e.kind !== "noproxy")
            .map((e) => (e.kind === "proxy" ? e.url : e.kind)),
        sumdbs: sumdb.kind === "db" ? [sumdb.url ? { name: sumdb.name, url: sumdb.url } : sumdb.name] : [],
    };
}
function downloadReport(outcomes, ctx) {
    const attempts = outcomes.flatMap((o) => o.attempts);
    const modules = new Map();
    for (const o of outcomes)
        for (const m of o.modules)
            modules.set(`${m.Path}@${m.Version}`, m);
    const ledger = (0,download_ledger/* buildLedger */.ES)((0,trace/* parseTrace */.bj)(attempts.map((a) => a.stderr).join("\n")), ctx.chain, {
        modules: [...modules.values()],
    });
    return {
        roots: outcomes.map((o) => ({
            dir: (0,module_roots/* displayDir */.yM)(ctx.workspace, o.root.dir),
            kind: o.root.kind,
            exitCode: o.attempts.at(-1).exitCode,
            seconds: o.attempts.reduce((s, a) => s + a.seconds + a.waited, 0),
            attempts: o.attempts.length,
        })),
        retries: outcomes.flatMap((o) => o.attempts
            .map((a, i) => ({ a, i }))
            .filter(({ a }) => a.retryReason !== undefined)
            .map(({ a, i }) => ({
            dir: (0,module_roots/* displayDir */.yM)(ctx.workspace, o.root.dir),
            attempt: i + 1,
            modules: a.args.filter((x) => x.includes("@")),
            reason: (0,trace/* redactText */.Rd)(a.retryReason),
            waitSeconds: a.waited,
        }))),
        seconds: outcomes.reduce((s, o) => s + o.attempts.reduce((t, a) => t + a.seconds + a.waited, 0), 0),
        ledger,
        failures: failures(outcomes, ledger, ctx),
        direct: (ledger.modules ?? [])
            .filter((m) => m.origin === "direct")
            .map((m) => ({
            module: m.path,
            version: m.version,
            allowed: matchPrefixPatterns(ctx.allowDirect, m.path, ctx.goVersion),
            ...(ctx.requiredAt[m.path] ?? {}),
        })),
        requiredAt: ctx.requiredAt,
    };
}
function failures(outcomes, ledger, ctx) {
    const out = [];
    const seen = new Set();
    for (const o of outcomes) {
        for (const m of o.modules) {
            const id = `${m.Path}@${m.Version}`;
            if (!m.Error || seen.has(id))
                continue;
            seen.add(id);
            const files = ledger.files.filter((f) => f.module === m.Path && (f.version === m.Version || f.version === null));
            const tried = files.flatMap((f) => (f.origin === null ? f.failed : []));
            out.push({
                module: m.Path,
                version: m.Version,
                error: (0,trace/* redactText */.Rd)(m.Error),
                tried: dedupe(tried.length ? tried : files.flatMap((f) => f.failed)),
                ...(ctx.requiredAt[m.Path] ?? {}),
            });
        }
        // A root that failed before naming any module (go.mod unreadable, graph loading): Go's own words.
        const last = o.attempts.at(-1);
        if (last.exitCode !== 0 && !o.modules.some((m) => m.Error)) {
            const said = last.stderr.split("\n").filter((l) => /^go(: | mod download: )/.test(l));
            out.push({
                module: (0,module_roots/* displayDir */.yM)(ctx.workspace, o.root.dir),
                version: "",
                error: (0,trace/* redactText */.Rd)(said.join("\n") || `go mod download exited with ${last.exitCode}`),
                tried: [],
            });
        }
    }
    return out;
}
function dedupe(xs) {
    const seen = new Set();
    return xs.filter((x) => {
        const k = `${x.origin}\u0000${x.reason}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}


/***/ }),

/***/ 828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O: () => (/* binding */ renderDownloadText),
  B: () => (/* binding */ renderLedgerText)
});

;// CONCATENATED MODULE: ./src/report/markdown.ts
// GitHub-flavoured Markdown pieces for the job summary, and the 1 MiB guard GitHub imposes.
/** GitHub drops a step summary over 1 MiB whole; keep well clear of it. */
const SUMMARY_BYTE_BUDGET = (/* unused pure expression or super */ null && (900 * 1024));
function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/** Text safe inside a table cell: no pipes or newlines breaking the row, no raw HTML. */
function cell(s) {
    return escapeHtml(String(s)).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function code(s) {
    return `<code>${cell(s)}</code>`;
}
function table(headers, rows, align) {
    const sep = headers.map((_, i) => ({ l: ":--", r: "--:", c: ":-:" })[align?.[i] ?? "l"]);
    const line = (cells) => `| ${cells.map(String).join(" | ")} |`;
    return [line(headers), line(sep), ...rows.map(line)].join("\n");
}
/** A visible bar for a share from 0 to 1, e.g. `████████░░ 80%`. */
function bar(share, width = 10) {
    const s = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
    const full = Math.round(s * width);
    return `${"█".repeat(full)}${"░".repeat(width - full)} ${percent(share)}`;
}
function percent(share) {
    if (!Number.isFinite(share))
        return "–";
    const p = share * 100;
    return p > 0 && p < 1 ? "<1%" : `${Math.round(p)}%`;
}
function details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** The first `max` rows, and a closing row that counts the rest when some were cut. */
function capRows(rows, max, more) {
    return rows.length <= max ? rows : [...rows.slice(0, max), more(rows.length - max)];
}
/** Cuts text at a line boundary to fit `budget` bytes, saying so, so GitHub never drops it whole. */
function fitBytes(markdown, budget = SUMMARY_BYTE_BUDGET) {
    if (Buffer.byteLength(markdown) <= budget)
        return markdown;
    const note = "\n\n> ✂️ The summary was cut to stay under GitHub's 1 MiB limit; the JSON report has everything.\n";
    const opens = (markdown.match(/<details/g) ?? []).length;
    const room = budget - Buffer.byteLength(note) - opens * "\n\n</details>".length;
    let cut = Buffer.from(markdown).subarray(0, Math.max(0, room)).toString("utf8");
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
    // An unclosed <details> would swallow the note; close any left open.
    const open = (cut.match(/<details/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    return cut + "\n\n</details>".repeat(Math.max(0, open)) + note;
}

;// CONCATENATED MODULE: ./src/report/text.ts

function renderLedgerText(ledger) {
    const rows = [
        ["origin", "requests", "ok", "not found", "errors", "served/asked", "hit rate"],
        ...ledger.origins.map((o) => [
            o.origin,
            String(o.requests),
            String(o.ok),
            String(o.notFound),
            String(o.errors),
            `${o.filesServed}/${o.filesAsked}`,
            o.hitRate === null ? "-" : percent(o.hitRate),
        ]),
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const lines = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
    const s = ledger.shares;
    lines.push("", `${s.files} module files: first proxy ${percent(s.ratio.firstProxy)}, later proxies ${percent(s.ratio.laterProxies)}, ` +
        `direct ${percent(s.ratio.direct)}, module cache ${percent(s.ratio.local)}${s.failed ? `, failed ${s.failed}` : ""}`);
    if (ledger.fallbacks.length) {
        lines.push("", `${ledger.fallbacks.length} fallbacks:`);
        for (const f of ledger.fallbacks.slice(0, 50)) {
            lines.push(`  ${f.module}${f.version ? `@${f.version}` : ""} ${f.file}: ${f.from} -> ${f.to} (${f.reason})`);
        }
        if (ledger.fallbacks.length > 50)
            lines.push(`  … and ${ledger.fallbacks.length - 50} more (--format json has them all)`);
    }
    return lines.join("\n") + "\n";
}
/** The ledger, then every failure with what Go said and each origin tried. */
function renderDownloadText(d) {
    const lines = [renderLedgerText(d.ledger)];
    for (const f of d.failures) {
        lines.push(`FAILED ${f.module}${f.version ? `@${f.version}` : ""}: ${f.error}`);
        for (const t of f.tried)
            lines.push(`  tried ${t.origin}: ${t.reason ?? "served"}`);
        if (f.explanation)
            lines.push(`  ${f.explanation.cause}`, `  fix: ${f.explanation.fix}`);
    }
    for (const r of d.retries)
        lines.push(`retried ${r.modules.join(" ") || r.dir} (attempt ${r.attempt}): ${r.reason}`);
    return lines.join("\n") + "\n";
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__cli = __webpack_exports__.x;
/******/ export { __webpack_exports__cli as cli };
/******/ 
