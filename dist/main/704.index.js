export const id = 704;
export const ids = [704];
export const modules = {

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

/***/ 1704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explainFailures: () => (/* binding */ explainFailures)
});

// UNUSED EXPORTS: explainSettings

// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __webpack_require__(7940);
// EXTERNAL MODULE: ./src/explain/catalogue.ts
var catalogue = __webpack_require__(2970);
// EXTERNAL MODULE: ./src/go/module-path.ts
var module_path = __webpack_require__(502);
;// CONCATENATED MODULE: ./src/explain/text.ts
// Reading pasted text: CI prefixes off, lines grouped into Go messages, and the module,
// version and URLs a message names picked out. Pure functions.

/** Longest input we read; more is ignored (bounded work on any paste). */
const MAX_TEXT = (/* unused pure expression or super */ null && (4 << 20));
const MAX_LINE = 16 << 10;
const MAX_UNIT = (/* unused pure expression or super */ null && (32 << 10));
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;
const PREFIXES = [
    // ISO-8601 timestamps (GitHub Actions, GitLab, Azure), optionally bracketed.
    /^\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s?/,
    // Clock-only timestamps: "12:34:56 " or "[12:34:56.789] ".
    /^\[?\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\]?\s/,
    // Jenkins.
    /^\[Pipeline\]\s?/,
    // BuildKit / docker buildx: "#12 3.456 ".
    /^#\d+\s+\d+(?:\.\d+)?\s/,
    // Workflow commands and markers.
    /^##\[(?:error|warning|notice|debug|group|endgroup|section)\]/,
    /^::(?:error|warning|notice|debug)(?:\s[^:]*)?::/,
    // A shell error wrapper around Go's own line.
    /^(?:Error|ERROR|error):\s+(?=go[: ])/,
    // A quoted paste ("> " in Markdown).
    /^>\s?(?=\S)/,
];
/** One line without CI prefixes, ANSI colours or a trailing CR. */
function stripLine(line) {
    let s = line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
    s = s.replace(ANSI, "").replace(/\r$/, "");
    for (let i = 0; i < 6; i++) {
        const before = s;
        for (const p of PREFIXES)
            s = s.replace(p, "");
        if (s === before)
            break;
    }
    return s;
}
const TRACE_GET = /^# get \S+: /;
const NOISE = (/* unused pure expression or super */ null && ([
    /^go: (?:downloading|finding|extracting|found|added|upgraded|downgraded|removed) /,
    /^# get \S+$/, // the start of a request
    /^# get \S+: \d{3} /, // a status line: explained through Go's own error, not here
    /^(?:\d+\.\d+s )?# cd /,
    /^cd \S+; /,
    /^mkdir -p /,
    /^# lock /,
    /^```/,
    // Go ≤ 1.12 -v progress lines, not errors.
    /^Fetching \S+$/,
]));
/** Splits text into Go messages. Lines Go indents (a tab, or spaces after a paste) join the one before. */
function text_splitUnits(text) {
    const input = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
    const units = [];
    let current;
    const lines = input.split("\n");
    for (const raw of lines) {
        const line = stripLine(raw);
        if (line.trim() === "") {
            current = undefined;
            continue;
        }
        // A -json stream's Error field is a whole Go message, whatever its indentation.
        const jsonError = /^"Error":\s*("(?:[^"\\]|\\.)*")/.exec(line.trim());
        if (jsonError) {
            let message = jsonError[1];
            try {
                message = String(JSON.parse(message));
            }
            catch {
                // keep the raw text
            }
            current = undefined;
            units.push({ text: message.split("\n").map(stripLine).join("\n"), trace: false });
            continue;
        }
        const indented = /^[\t ]/.test(line);
        if (indented && current && !current.trace && current.text.length < MAX_UNIT) {
            current.text += "\n" + line;
            continue;
        }
        const trimmed = line.trim();
        if (TRACE_GET.test(trimmed) && !/^# get \S+: \d{3} /.test(trimmed)) {
            current = { text: trimmed, trace: true };
            units.push(current);
            continue;
        }
        if (NOISE.some((n) => n.test(trimmed))) {
            current = undefined;
            continue;
        }
        current = { text: trimmed, trace: false };
        units.push(current);
    }
    return units;
}
/** The part of a message Go wrote itself: the proxy's `server response:` lines cut off. */
function splitServerResponse(message) {
    const i = message.search(/\n\s*server response:|\s+server response:/);
    if (i < 0)
        return { head: message, response: "" };
    return { head: message.slice(0, i), response: message.slice(i) };
}
const URL_RE = /\b(?:https?|file|ssh|git):\/\/?[^\s"'<>`]+/g;
/**
 * Every URL in a message, trailing punctuation dropped. Go's zip download error joins the
 * URL with path.Join, which prints `https:/host/...`: that form is read as `https://host/...`.
 */
function findUrls(message) {
    const out = [];
    for (const m of message.matchAll(URL_RE)) {
        out.push(m[0].replace(/[:.,;)\]}]+$/, "").replace(/^(https?|file):\/(?!\/)/, "$1://"));
        if (out.length > 64)
            break;
    }
    return out;
}
const MODVER = /(?:^|[\s"'(:;,])([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~+!-]+)*)@([A-Za-z0-9._+~-]+(?:\/go\.mod)?)/g;
/** The module and version a message is about: the last `path@version` Go names (the leaf of a `requires` chain). */
function findModule(head) {
    const withoutUrls = head.replace(URL_RE, " ");
    let last;
    for (const m of withoutUrls.matchAll(MODVER)) {
        const version = m[2].replace(/\/go\.mod$/, "").replace(/[.]+$/, "");
        last = { module: m[1], version };
    }
    if (last)
        return last;
    const mod = /(?:^|\s)module ([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~/!+-]+?):/.exec(withoutUrls);
    if (mod)
        return { module: mod[1] };
    return undefined;
}
/** A package or import path the message names, when no module is named. */
function findPackage(head) {
    const m = /(?:package|import path) "?([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~/!+-]+)"?/.exec(head) ??
        /(?:go get|go install|module lookup for) "?([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~/!+-]+)"?/.exec(head);
    return m?.[1];
}
/** The module and version a proxy or checksum-database URL names. */
function moduleFromUrl(url) {
    const path = url.replace(/^[a-z]+:\/\/[^/]*/, "").replace(/[?#].*$/, "");
    const at = /\/((?:[^/@]+\/)*?[^/@]*\.[^/@]+(?:\/[^/@]+)*)\/@v\/(.+?)(?:\.info|\.mod|\.zip)?$/.exec(path);
    if (at) {
        const version = at[2] === "list" ? undefined : (0,module_path/* decodeModulePath */.Wg)(at[2]);
        const mod = trimToModule(at[1]);
        return version ? { module: mod, version } : { module: mod };
    }
    const latest = /\/((?:[^/@]+\/)*?[^/@]*\.[^/@]+(?:\/[^/@]+)*)\/@latest$/.exec(path);
    if (latest)
        return { module: trimToModule(latest[1]), version: "latest" };
    const lookup = /\/lookup\/(.+)@([^/@]+)$/.exec(path);
    if (lookup)
        return {
            module: (0,module_path/* decodeModulePath */.Wg)(lookup[1]),
            version: (0,module_path/* decodeModulePath */.Wg)(lookup[2]),
        };
    return undefined;
}
/** The module path inside a proxy URL's path: from the first element with a dot. */
function trimToModule(p) {
    const parts = p.split("/");
    const i = parts.findIndex((x) => x.includes("."));
    return (0,module_path/* decodeModulePath */.Wg)(parts.slice(Math.max(0, i)).join("/"));
}
/** The host[:port] of a printed URL: scheme and userinfo dropped, up to the first `/`. */
function urlHost(url) {
    return url
        .replace(/^[a-z]+:\/\//, "")
        .replace(/^[^/@]*@/, "")
        .split("/")[0];
}
/** URL without userinfo, for comparing a printed (redacted) URL with a configured one. */
function bareUrl(u) {
    return u
        .trim()
        .replace(/^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^/?#@]*@/, "$1")
        .replace(/\/+$/, "")
        .replace(/([^:/])\/{2,}/g, "$1/")
        .toLowerCase();
}

// EXTERNAL MODULE: ./src/download/classify.ts
var classify = __webpack_require__(6024);
// EXTERNAL MODULE: ./src/go/version.ts
var version = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/go/patterns.ts
var patterns = __webpack_require__(1615);
// EXTERNAL MODULE: ./src/go/env.ts
var env = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/settings/go-settings.ts + 1 modules
var go_settings = __webpack_require__(9972);
;// CONCATENATED MODULE: ./src/explain/settings.ts
// The settings in force, read the way the explainer needs them: parsed once by
// src/settings (the GOPROXY chain, the checksum database in force), and which private
// patterns cover a path. Pure functions.





/** The Go version that ran; Go's newest rules when unknown. */
function goVersionOf(s) {
    const v = s.goVersion ? (0,version/* parseGoVersion */.SX)(s.goVersion) : undefined;
    return v && v.major === 1 ? v : version/* NEWEST_GO */.wu;
}
/** The Go settings as the Go version in the settings resolves them (empty or unset means Go's default). */
function goSettingsOf(s) {
    return (0,go_settings/* goSettingsFromEnv */.l)((0,env/* goEnvFrom */.M)({ ...s }), goVersionOf(s));
}
/** The GOPROXY list Go walks, without the hidden `noproxy` entry. */
function proxyChain(g) {
    const r = g.proxy;
    if (r.error !== undefined)
        return { entries: [], error: r.error };
    return { entries: r.entries.filter((e) => e.kind !== "noproxy") };
}
/** The configured proxy entry a printed URL belongs to (longest matching base wins). */
function entryForUrl(chain, url) {
    const target = bareUrl(url);
    let best;
    for (const e of chain) {
        if (e.kind !== "proxy")
            continue;
        const base = bareUrl(e.url);
        if (base && (target === base || target.startsWith(base + "/"))) {
            if (!best || bareUrl(best.url).length < base.length)
                best = e;
        }
    }
    return best;
}
/**
 * The checksum database in force: its name and, when GOSUMDB gives one, its URL. Undefined
 * when off, and when Go rejects GOSUMDB (it then never contacts a database).
 */
function sumdbInForce(g) {
    const r = g.sumdb;
    if (r.kind !== "db")
        return undefined;
    return r.url ? { name: r.name, url: r.url } : { name: r.name };
}
/** The pattern of a GOPRIVATE-style list that covers `path` for the Go version in the settings. */
function coveredBy(globs, path, s) {
    if (!globs)
        return undefined;
    return (0,patterns/* explainPrefixPatterns */.ns)(globs, path, goVersionOf(s)).find((m) => m.result === true)?.pattern;
}
const HOSTING = new Set([
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "gitee.com",
    "codeberg.org",
    "dev.azure.com",
    "git.sr.ht",
]);
/** The GOPRIVATE pattern to suggest for a path: its host, or host/owner on a public hosting site. */
function suggestPattern(path) {
    const parts = path.split("/");
    if (HOSTING.has(parts[0].toLowerCase()) && parts[1])
        return `${parts[0]}/${parts[1]}`;
    return parts[0];
}
/** A pattern list with one pattern added. */
function withPattern(current, pattern) {
    return current && current.trim() !== "" ? `${current},${pattern}` : pattern;
}
/** Patterns that look meant for `path` but cannot match it (leading dot, spaces, `;`, case, a trailing `/` before Go 1.18). */
function nearMisses(globs, path, s) {
    if (!globs)
        return [];
    const host = path.split("/")[0];
    const out = [];
    for (const p of globs.split(/[,;]/)) {
        const t = p.trim();
        if (t === "")
            continue;
        const dotless = t.replace(/^\./, "").replace(/\/$/, "").toLowerCase();
        if (dotless === host.toLowerCase() ||
            host.toLowerCase().endsWith("." + dotless) ||
            path.toLowerCase().startsWith(dotless + "/")) {
            if (!(0,patterns/* matchPrefixPatterns */.J8)(p, path, goVersionOf(s)))
                out.push(t);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/explain/patterns.ts
// The phrases Go, net/http, crypto/x509 and git use for each kind of failure: general
// wording, never one pasted message. Pure data.
/** Public module proxies and checksum databases: always HTTPS, so a plain-HTTP answer came from a middlebox. */
const PUBLIC_SERVICES = /^(?:proxy\.golang\.org|sum\.golang\.org|sum\.golang\.google\.cn|goproxy\.cn|goproxy\.io|proxy\.golang\.com\.cn|mirrors\.aliyun\.com|mirrors\.tencent\.com|goproxy\.baidu\.com)(?::443)?$/;
const P = {
    mismatch: /checksum mismatch|SECURITY ERROR|does NOT match (?:an earlier download|the one reported|the expected)|(?:go\.sum|go\.work\.sum): .*(?:mismatch|differs)/i,
    noEntries: /GOPROXY list is not the empty string, but contains no entries/,
    badProxy: /invalid proxy URL (?:missing scheme|scheme)|invalid file:\/\/ proxy URL|invalid \$?GOPROXY(?: setting)?|GOPROXY=\S*: (?:invalid|malformed)/i,
    insecureCreds: /refusing to pass credentials to insecure URL|: insecure credentials$/m,
    gosumdbMissing: /missing GOSUMDB/,
    gosumdbBad: /invalid GOSUMDB|invalid sumdb name|malformed verifier id|unknown verifier algorithm|invalid verifier hash|GOSUMDB: too many fields/,
    goflags: /parsing \$GOFLAGS|\$GOFLAGS.*(?:unknown flag|non-flag)|GOFLAGS=.*(?:unknown flag|invalid value)|-mod may only be set to|flag provided but not defined: -/,
    /** A flag the go command does not define, given on its command line (GOFLAGS says "parsing $GOFLAGS"). */
    flagUndefined: /flag provided but not defined: (-\S+)/,
    gotoolchainBad: /invalid GOTOOLCHAIN|invalid toolchain: \S+ is a language version|invalid minimum toolchain|only version suffixes are \+auto and \+path/,
    govcs: /GOVCS disallows|in GOVCS(?: \(missing colon\))?:|(?:empty|malformed) entry in GOVCS/,
    goauth: /GOAUTH=off cannot be combined|GOAUTH encountered an empty command|GOAUTH=git (?:dir|encountered)|GOAUTH encountered errors/,
    insecureFlag: /-insecure flag is (?:no longer supported|deprecated)/,
    /** What `go env -w`/`-u` and the go env file make every go command say (Go 1.13 to 1.26 wording). */
    goEnvWrite: /go env -w \S+=\.\.\. does not override conflicting OS environment variable|(?:go env -w|go): arguments must be KEY=VALUE|unknown go command variable|GOPATH entry is relative|\b[A-Z][A-Z0-9_]+ cannot be modified|GOENV can only be set using the OS environment|multiple values for key: |invalid GO111MODULE value|unsupported GOOS\/GOARCH pair|cannot find GOROOT directory/,
    unknownSetting: /unknown environment setting (\w+)=/,
    /** Plain HTTP (or HTTP/2 bytes) where TLS or a proxy reply was expected. */
    protocolMismatch: /server gave HTTP response to HTTPS client|malformed HTTP response/,
    modulesOff: /modules disabled by GO111MODULE=off|build flag -mod=\S+ only valid when using modules|go\.mod file not found in current directory|cannot find main module|working directory is not part of a module|GO111MODULE=off/,
    toolchainNA: /toolchain not available/,
    toolchainSumOff: /checksum database disabled by GOSUMDB=off/,
    toolchainDl: /download go1\.\d+\S* for \S+:|golang\.org\/toolchain|switching to go1|downloading go1\.\d+\S* \(/,
    toolchainOld: /requires go\s*>=?\s*\d|go\.mod requires go|invalid go version '[^']+': must match format|unknown directive: toolchain|cannot find "go1[^"]*" in PATH|go: cannot run \*?go1|go\.mod file indicates go \d|go\.mod:\d+: usage: go 1\.\d+/,
    proxyOff: /disabled by GOPROXY=off/,
    /** Go's own wording (`the`/`for`/`inside vendor directory`), not any line that mentions one. */
    vendor: /-mod=vendor|inconsistent vendoring|vendor\/modules\.txt|\b(?:the|for|inside) vendor directory/,
    readonly: /-mod=readonly|updates to go\.(?:mod|sum) needed|missing go\.sum entry|no required module provides package|go: updates to go\.mod needed/,
    egress: /proxyconnect|Proxy Authentication Required|\b407\b|after CONNECT|CONNECT tunnel failed|Proxy CONNECT aborted|Get "?[^"\s]+"?: (?:Forbidden|Bad Gateway|Service Unavailable|Gateway Timeout|Not Found|Method Not Allowed|Bad Request|Internal Server Error)\)?$/m,
    tlsCa: /x509: (?:certificate signed by unknown authority|certificate is not trusted|.*unknown authority)|unable to get local issuer certificate|self[- ]signed certificate|SSL certificate problem|server certificate verification failed|certificate verify failed|certificate is not standards compliant/i,
    tlsName: /x509: certificate is (?:valid for|not valid for any names)|legacy Common Name|no alternative certificate subject name matches|doesn't contain any IP SANs|certificate is valid for/,
    tlsExpired: /certificate has expired|not yet valid|x509: certificate has expired/,
    tlsOther: /\btls: |remote error: tls|first record does not look like a TLS handshake|server gave HTTP response to HTTPS client|\bx509: |SSL_ERROR|SSL routines|gnutls_handshake/,
    dns: /no such host|server misbehaving|Temporary failure in name resolution|Could not resolve host|getaddrinfo|Name or service not known|nodename nor servname|lookup \S+(?: on \S+)?: (?:read|dial|i\/o timeout)/,
    refused: /connection refused|actively refused|network is unreachable|no route to host|host is unreachable|Failed to connect to|connectex:|Connection refused/,
    timeout: /i\/o time ?out|deadline exceeded|Client\.Timeout|TLS handshake timeout|timeout awaiting response headers|operation timed out|Connection timed out|timed out|timeout exceeded/i,
    reset: /connection reset|broken pipe|forcibly closed|GOAWAY|stream error|http2: |connection was aborted|RPC failed|early EOF|remote end hung up unexpectedly|unexpected disconnect|transfer closed with outstanding read data|Empty reply from server|use of closed network connection|\bwsa(?:recv|send): /,
    eof: /(?:^|[\s:"(])(?:unexpected )?EOF(?=$|[\s,.;:)"])/m,
    insecureRedirect: /redirected from secure URL .* to insecure URL|: insecure$/m,
    badInfo: /invalid response from proxy|proxy returned info for version|looking for beginning of value|unexpected end of JSON input|json: cannot unmarshal|invalid character .* (?:after|in|looking)|malformed (?:record data|\.info)|invalid (?:info|\.info) (?:file|response)/,
    badZip: /zip file too large|not a valid zip file|zip: checksum error|zip: (?:not|unsupported|invalid)|malformed module zip|zip for \S+ has unexpected file|unzip \S+: /,
    badGoMod: /(?:go\.mod|\.mod):\d+(?::\d+)?: .*(?:<!DOCTYPE|<html|<head|<!doctype)|unknown directive: <|parsing go\.mod:.*</i,
    noMatch: /no matching versions for query|cannot find module providing package|found, but does not contain package|module \S+: not found|does not contain package|unknown import path|is not in (?:GOROOT|std)/,
    gitAuth: /terminal prompts disabled|could not read (?:Username|Password)|Authentication failed|Permission denied \(publickey|Host key verification failed|invalid username or password|HTTP Basic: Access denied|The requested URL returned error: 40[13]|Invalid username or token|Support for password authentication was removed|could not read from remote repository/i,
    repoNotFound: /Repository not found|repository '[^']*' not found|does not appear to be a git repository|The requested URL returned error: 404|project you were looking for could not be found/i,
    unknownRev: /unknown revision|couldn't find remote ref|reference is not a tree|invalid version: (?!.*GOPROXY)|no matching remote ref|bad revision|did not match any file|invalid pseudo-version/,
    /** The hosting-site API Go asked which VCS serves a repository (Go 1.17 and older). */
    vcsHostLookup: /^https:\/\/(?:api\.bitbucket\.org\/[\d.]+\/repositories\/|code\.launchpad\.net\/)/,
    goGet: /unrecognized import path|go-import|\?go-get=1|no go-import meta|import path does not begin with hostname|disabled by GOPRIVATE\/GONOPROXY|path does not match GOPRIVATE\/GONOPROXY|meta tag|repository root/,
    vcsMissing: /exec: "(?:git|hg|svn|bzr|fossil)": executable file not found|missing (?:git|Mercurial|Subversion|Bazaar|Fossil|hg|svn|bzr) command/i,
    /** A version-control command failed; a bare `exit status N` counts only with the go command's VCS cache in view. */
    vcsFailed: /\b(?:git|hg|svn|bzr|fossil) (?:ls-remote|fetch|clone|init|remote|tag|log|cat-file|archive|rev-parse)\b|\/mod\/cache\/vcs\/[^\n]*exit status \d+|\bfatal: /,
    sumdbText: /checksum database|sum\.golang\.(?:org|google\.cn)|\/sumdb\/|verifying (?:module|go\.mod|tree)|sumdb/,
};

;// CONCATENATED MODULE: ./src/explain/context.ts
// What one Go message says: the module, version and URL it names, the HTTP status, and
// where the failure happened (a GOPROXY entry, the checksum database, direct, off, or the
// egress proxy), read against the settings in force. Pure functions.





function statusOf(head) {
    const m = 
    // The full stop: a message quoted at the end of a sentence.
    /(?:^|[:\s])([1-5]\d\d) ([A-Z][A-Za-z'-]*(?: [A-Za-z'-]+)*)\s*(?:\(\d+\.\d+s\))?\.?\s*(?:$|\n|:)/m.exec(head) ??
        /(?:status(?: code)?|returned error|HTTP(?:\/[\d.]+)?|response code)[:=\s]+([1-5]\d\d)\b/i.exec(head) ??
        // The code Go prints after the URL, with the server's own reason phrase (none, or a
        // middlebox's wording such as `401 authenticationrequired`).
        /\bURL\)?:? ([1-5]\d\d)(?: ([^\n:]+?))?\.?\s*$/m.exec(head);
    if (!m)
        return undefined;
    const status = Number(m[1]);
    return { status, text: m[2] ? `${m[1]} ${m[2].trim()}` : String(m[1]) };
}
function classifyUrl(url, c) {
    const sum = sumdbInForce(c.go);
    const noScheme = url.replace(/^[a-z]+:\/\//, "");
    const host = urlHost(url).toLowerCase();
    const proxied = /\/sumdb\/([^/]+)\//.exec(url);
    if (/[?&]go-get=1/.test(url)) {
        c.originKind = "direct";
        c.origin = "direct";
        return;
    }
    if (proxied) {
        c.originKind = "sumdb";
        c.origin = `sumdb:${proxied[1]}`;
        c.entry = entryForUrl(c.chain, url);
        return;
    }
    const sumHosts = new Set(["sum.golang.org", "sum.golang.google.cn"]);
    if (sum)
        sumHosts.add(sum.name.split("/")[0].toLowerCase());
    if (sum?.url)
        sumHosts.add(urlHost(sum.url).toLowerCase());
    if (sumHosts.has(host) || /\/(?:lookup|tile)\/|\/latest$/.test(noScheme.slice(host.length))) {
        c.originKind = "sumdb";
        c.origin = `sumdb:${sum && (sumHosts.has(host) || !host) ? sum.name : host}`;
        return;
    }
    const entry = entryForUrl(c.chain, url);
    if (/\/@v\/|\/@latest$/.test(url) || entry) {
        c.originKind = "proxy";
        c.entry = entry;
        c.origin = entry ? entry.display : (0,redact/* redactUrl */.BO)((0,classify/* inferProxyBase */.mW)(url) ?? url);
        return;
    }
    c.originKind = "direct";
    c.origin = "direct";
}
function buildCtx(message, settings) {
    const { head, response } = splitServerResponse(message);
    const go = goSettingsOf(settings);
    const chain = proxyChain(go);
    const c = { head, response, settings, go, chain: chain.entries };
    if (chain.error !== undefined)
        c.chainError = chain.error;
    const ref = findModule(head);
    const urls = findUrls(head);
    // An https→http redirect is the fault of the URL that redirected, not of its target.
    const redirected = /redirected from secure URL (\S+) to insecure URL/.exec(head)?.[1];
    const last = redirected ?? urls.at(-1);
    if (last) {
        c.url = last;
        classifyUrl(last, c);
    }
    const fromUrl = last ? moduleFromUrl(last) : undefined;
    const mod = ref ?? fromUrl;
    if (mod) {
        c.module = mod.module;
        if (mod.version)
            c.version = mod.version;
        else if (fromUrl?.module === mod.module && fromUrl.version)
            c.version = fromUrl.version;
    }
    c.subject = c.module ?? findPackage(head);
    const st = statusOf(head.replace(/[a-z]+:\/\/\S+/g, "URL"));
    if (st) {
        c.status = st.status;
        c.statusText = st.text;
    }
    if (!c.originKind &&
        !P.egress.test(head) &&
        (P.badZip.test(head) || P.eof.test(head) || P.reset.test(head) || P.mismatch.test(head))) {
        // Go names no URL (`zip: checksum error`, a checksum mismatch): with one proxy and no
        // fallback, the bytes can only have come from there.
        const proxies = c.chain.filter((e) => e.kind === "proxy");
        if (proxies.length === 1 && c.chain.length === 1) {
            c.originKind = "proxy";
            c.entry = proxies[0];
            c.origin = proxies[0].display;
        }
    }
    if (P.egress.test(head)) {
        c.originKind = "egress";
        const addr = /proxyconnect tcp: (?:dial tcp |tls: |[^:]*: )?\[?([0-9a-zA-Z.:-]+?)\]?:(\d+)/.exec(head);
        const configured = settings.HTTPS_PROXY || settings.HTTP_PROXY;
        c.origin = configured
            ? `egress-proxy:${(0,redact/* redactUrl */.BO)(configured)}`
            : addr && !/^(?:dial|lookup)$/.test(addr[1])
                ? `egress-proxy:${addr[1]}:${addr[2]}`
                : "egress-proxy";
    }
    else if (!c.originKind) {
        if (P.proxyOff.test(head)) {
            c.originKind = "off";
            c.origin = "off";
        }
        else if (P.vcsFailed.test(head) ||
            P.gitAuth.test(head) ||
            P.repoNotFound.test(head) ||
            P.goGet.test(head)) {
            c.originKind = "direct";
            c.origin = "direct";
        }
        else if (/checksum database|verifying (?:module|go\.mod)/.test(head) &&
            !P.mismatch.test(head)) {
            const sum = sumdbInForce(go);
            if (sum) {
                c.originKind = "sumdb";
                c.origin = `sumdb:${sum.name}`;
            }
        }
        else if (P.unknownRev.test(head)) {
            c.originKind = "direct";
            c.origin = "direct";
        }
    }
    return c;
}

// EXTERNAL MODULE: ./src/net/env-proxy.ts
var env_proxy = __webpack_require__(405);
;// CONCATENATED MODULE: ./src/explain/advice.ts
// Wording shared by the causes and fixes: who failed, where, what the GOPROXY separators
// did, whether an egress proxy carried the request, and which private pattern to add.



function who(c) {
    if (c.module)
        return c.version ? `${c.module}@${c.version}` : c.module;
    if (c.subject)
        return c.subject;
    return "the module";
}
function whereShort(c) {
    switch (c.originKind) {
        case "proxy":
            return `the proxy ${c.origin}`;
        case "sumdb":
            return `the checksum database (${c.origin?.slice(6)})`;
        case "direct":
            return "the direct (version-control) fetch";
        case "egress":
            return `the egress proxy${c.origin && c.origin !== "egress-proxy" ? ` ${c.origin.slice(13)}` : ""}`;
        case "off":
            return "GOPROXY=off";
        default:
            return "the server";
    }
}
/** whereShort at the start of a sentence. */
function whereAtStart(c) {
    return whereShort(c).replace(/^./, (x) => x.toUpperCase());
}
/** What the `,`/`|` separator after the failing entry did. */
function chainNote(c) {
    const e = c.entry;
    if (!e)
        return "";
    const i = c.chain.indexOf(e);
    const next = c.chain[i + 1];
    if (!next)
        return ` It is the last GOPROXY entry, so nothing came after it.`;
    if (e.separator === "|")
        return ` It is followed by \`|\`, so Go also tried ${next.display}, which failed as well.`;
    return ` After a \`,\` Go falls through only on 404/410, so ${next.display} was never tried: put \`|\` after ${e.display} (Go 1.15+) to fall through on any error.`;
}
/** When an egress proxy would carry this request (Go's http.ProxyFromEnvironment), say that it may be the one failing. */
function egressNote(c) {
    const s = c.settings;
    const url = c.url ?? (c.entry?.url.startsWith("http") ? c.entry.url : undefined);
    if (!url)
        return "";
    let d;
    try {
        const env = { HTTP_PROXY: s.HTTP_PROXY, HTTPS_PROXY: s.HTTPS_PROXY, NO_PROXY: s.NO_PROXY };
        d = (0,env_proxy/* egressFor */.Dt)((0,env_proxy/* egressFromEnv */.fl)(env), url);
    }
    catch {
        return "";
    }
    if (d.kind !== "proxy")
        return "";
    return ` ${d.variable} (${(0,redact/* redactUrl */.BO)(d.url)}) is set, so this connection went through that egress proxy, which may be the one failing: Go reports a proxy that drops the CONNECT the same way.`;
}
function privateAdvice(c, want = "GOPRIVATE", scope = want === "GONOSUMDB" ? "sumdb" : "proxy") {
    const path = c.subject;
    if (!path)
        return `Add a ${want} pattern that covers the module's path (usually its host).`;
    const s = c.settings;
    // GONOPROXY and GONOSUMDB default to GOPRIVATE (an empty value counts as unset).
    const effective = scope === "sumdb" ? c.go.gonosumdb : c.go.gonoproxy;
    const covering = coveredBy(effective, path, s);
    if (covering) {
        return `${path} is already covered by the pattern \`${covering}\`; make sure that setting is exported to this step's environment (Go reads it at run time).`;
    }
    const pattern = suggestPattern(path);
    const miss = [
        ...nearMisses(s.GOPRIVATE, path, s),
        ...nearMisses(s.GONOSUMDB, path, s),
        ...nearMisses(s.GONOPROXY, path, s),
    ];
    const missNote = miss.length
        ? ` The existing pattern${miss.length > 1 ? "s" : ""} ${miss.map((m) => `\`${m}\``).join(", ")} cannot match it (Go splits on \`,\` only, does not trim spaces, is case-sensitive, has no leading-dot rule and before Go 1.18 keeps a trailing \`/\`; use \`*.host\` for subdomains).`
        : "";
    const current = want === "GOPRIVATE" ? s.GOPRIVATE : s.GONOSUMDB;
    const kept = (current ?? "").split(",").filter((p) => p !== "" && !miss.includes(p.trim()));
    return `No GOPRIVATE/GONOSUMDB pattern covers ${path}: set \`${want}=${withPattern(kept.join(","), pattern)}\`.${missNote}`;
}
/** GOPROXY for a fix: the list Go parsed, or the value as written (redacted) when Go rejects it. */
function goproxyShown(c) {
    if (c.chainError !== undefined && c.settings.GOPROXY)
        return (0,redact/* redactText */.Rd)(c.settings.GOPROXY);
    return c.chain.map((e) => e.display + (e.separator ?? "")).join("") || "(empty)";
}
function hasVendorFlag(s) {
    return /-mod=vendor/.test(s.GOFLAGS ?? "");
}

;// CONCATENATED MODULE: ./src/explain/matchers-settings.ts
// Rules for failures caused by a setting: a value Go rejects, a toolchain it cannot get,
// offline or vendor mode, read-only go.mod. In precedence order.




const MATCHERS_SETTINGS = [
    {
        id: "explain-checksum-mismatch",
        when: (c) => P.mismatch.test(c.head),
        cause: (c) => /checksum server|sum\.golang|checksum database/.test(c.head)
            ? `SECURITY: the bytes downloaded for ${who(c)} do not match what the checksum database recorded.`
            : `SECURITY: the bytes downloaded for ${who(c)} do not match the hash recorded in go.sum.`,
        fix: (c) => `Do not just delete go.sum or the line: find out which side is right. Fetch ${who(c)} again into an empty GOMODCACHE with the checksum database on (GOSUMDB unset, module not in GONOSUMDB/GOPRIVATE) and compare; ask the owner whether the tag was moved (publish a new version instead of re-tagging). If a proxy served it${c.entry ? ` (${c.entry.display})` : ""}, purge that version from the proxy.`,
    },
    {
        id: "explain-goproxy-no-entries",
        when: (c) => P.noEntries.test(c.head),
        cause: () => "GOPROXY is set but holds no entries, so Go has nowhere to fetch modules from.",
        fix: (c) => {
            const v = c.settings.GOPROXY;
            if (v === undefined || v === "")
                return "On Go 1.21+ this is the `go env -w GOPROXY=` trap: an empty GOPROXY line in the user env file (`go env GOENV`) hides the go.env default. Run `go env -u GOPROXY`, or set GOPROXY explicitly, e.g. `https://proxy.golang.org,direct`.";
            if (v.replace(/[\s,|]/g, "") !== "")
                return "The GOPROXY Go read was empty or only separators, not the list given here: look at `go env GOPROXY` in that step; on Go 1.21+ run `go env -u GOPROXY` to drop an empty `go env -w GOPROXY=` line.";
            return `GOPROXY=${JSON.stringify((0,redact/* redactText */.Rd)(v))} has only separators or spaces: set a real list such as \`https://proxy.golang.org,direct\`, or unset it (and run \`go env -u GOPROXY\`).`;
        },
    },
    {
        id: "explain-insecure-credentials",
        when: (c) => P.insecureCreds.test(c.head),
        cause: (c) => `Go refused to send the credentials in ${c.url ? (0,redact/* redactUrl */.BO)(c.url) : "an http:// URL"} over plain HTTP.`,
        fix: () => "Use an https:// proxy URL for credentials, or remove them from the URL and serve the proxy without authentication on a trusted network; .netrc and GOAUTH credentials are also sent over https only.",
    },
    {
        id: "explain-goproxy-invalid",
        when: (c) => P.badProxy.test(c.head),
        cause: () => "Go rejected an entry of GOPROXY, so no module can be fetched.",
        fix: (c) => `GOPROXY is \`${goproxyShown(c)}\`: give every entry a scheme (https://host, or file:///abs/path for a directory), write \`direct\` and \`off\` in lower case, and use \`|\` only on Go 1.15+ (\`,\` only before Go 1.13 allowed no list at all).`,
    },
    {
        id: "explain-gosumdb-missing",
        when: (c) => P.gosumdbMissing.test(c.head),
        cause: () => "GOSUMDB resolved to the empty string, which Go does not accept.",
        fix: () => "Run `go env -u GOSUMDB` (an empty `go env -w GOSUMDB=` line masks the go.env default on Go 1.21+), or set `GOSUMDB=sum.golang.org` — or `off` together with GONOSUMDB/GOPRIVATE for a fully private setup.",
    },
    {
        id: "explain-gosumdb-invalid",
        when: (c) => P.gosumdbBad.test(c.head),
        cause: () => "Go rejected the value of GOSUMDB as a checksum-database verifier key.",
        fix: (c) => {
            const v = c.settings.GOSUMDB;
            const shown = v !== undefined ? ` (now ${JSON.stringify((0,redact/* redactText */.Rd)(v))})` : "";
            return `GOSUMDB${shown} must be \`off\`, \`sum.golang.org\`, \`sum.golang.google.cn\`, or a full verifier key \`<name>+<8 hex>+<base64 key>\` optionally followed by the database URL; a bare host name of any other database is not accepted.`;
        },
    },
    {
        id: "explain-goenv-write-ignored",
        when: (c) => P.goEnvWrite.test(c.head),
        cause: (c) => {
            const m = /go env -w (\S+)=\.\.\. does not override/.exec(c.head);
            if (m)
                return `\`go env -w ${m[1]}=…\` wrote the go env file, but ${m[1]} is also set in the process environment, which wins: the new value is not used.`;
            const root = /cannot find GOROOT directory: (\S+)/.exec(c.head)?.[1];
            if (root)
                return `GOROOT is set to ${root}, which does not exist, so every go command stops before doing anything.`;
            return "`go env -w`/`-u` was given something it cannot write (not NAME=VALUE, a key twice, a variable the go command does not know or does not let you change, an invalid value or a relative GOPATH).";
        },
        fix: (c) => {
            const m = /go env -w (\S+)=\.\.\. does not override/.exec(c.head);
            if (m)
                return `Unset ${m[1]} in the environment (shell profile, CI env, Dockerfile ENV) or set the value there instead; \`go env ${m[1]}\` shows what Go uses.`;
            if (/cannot find GOROOT directory/.test(c.head))
                return "Unset GOROOT in the environment and run `go env -u GOROOT` (a `go env -w GOROOT=` line in the file `go env GOENV` names is the usual cause); Go finds its own root.";
            return "Write `go env -w NAME=value` once per variable, with a variable Go knows and lets you set (`go help environment`; GOENV only from the environment), a valid value and an absolute path for GOPATH.";
        },
    },
    {
        id: "explain-unknown-env-setting",
        when: (c) => P.unknownSetting.test(c.head),
        cause: (c) => `Go rejected the value of ${P.unknownSetting.exec(c.head)[1]}, so every go command stops before doing anything.`,
        fix: (c) => {
            const name = P.unknownSetting.exec(c.head)[1];
            return name === "GO111MODULE"
                ? "GO111MODULE takes only on, off, auto or nothing (lower case, one `=` in `go env -w GO111MODULE=on`). If `go env -w` wrote the bad value, remove it with `go env -u GO111MODULE`."
                : `Correct ${name}, or remove it from the go env file with \`go env -u ${name}\`.`;
        },
    },
    {
        id: "explain-goflags-invalid",
        when: (c) => P.goflags.test(c.head),
        cause: (c) => {
            const flag = /GOFLAGS/.test(c.head) ? undefined : P.flagUndefined.exec(c.head)?.[1];
            return flag
                ? `The go command does not define the flag ${flag}, so it stopped before doing anything.`
                : "Go could not use the flags in GOFLAGS, so every go command stops before doing anything.";
        },
        fix: (c) => P.flagUndefined.test(c.head) && !/GOFLAGS/.test(c.head)
            ? "Check the flag against `go help build` for this Go version (a typo, a flag of a newer Go, or `-flag value` passed as one argument: write `-flag=value`)."
            : `GOFLAGS${c.settings.GOFLAGS !== undefined ? ` (now ${JSON.stringify(c.settings.GOFLAGS)})` : ""} must be space-separated flags starting with \`-\` that some go command knows, e.g. \`-mod=mod -modcacherw\`.`,
    },
    {
        id: "explain-gotoolchain-invalid",
        when: (c) => P.gotoolchainBad.test(c.head),
        cause: () => "Go rejected the value of GOTOOLCHAIN.",
        fix: (c) => `GOTOOLCHAIN${c.settings.GOTOOLCHAIN ? ` (now ${JSON.stringify(c.settings.GOTOOLCHAIN)})` : ""} must be \`local\`, \`auto\`, \`path\`, or a full toolchain name such as \`go1.22.0\` (not the language version \`go1.22\`), optionally with \`+auto\` or \`+path\`.`,
    },
    {
        id: "explain-govcs",
        when: (c) => P.govcs.test(c.head),
        cause: (c) => /disallows/.test(c.head)
            ? `GOVCS forbids the version-control tool needed to fetch ${who(c)} directly.`
            : "Go could not parse GOVCS.",
        fix: (c) => `Allow the tool for that path (e.g. \`GOVCS=${c.subject ? suggestPattern(c.subject) : "corp.example.com"}:git\`; your rules come before the default \`public:git|hg,private:all\`), or mark the path private with GOPRIVATE, or fetch it through a proxy.`,
    },
    {
        id: "explain-goauth-invalid",
        when: (c) => P.goauth.test(c.head),
        cause: () => "Go could not use the GOAUTH setting to get credentials.",
        fix: () => "GOAUTH (Go 1.24+) is a `;`-separated list of `off` (alone), `netrc`, `git <absolute dir>` or a command printing `https://host` lines, a blank line and headers; fix the value or unset it for the netrc default.",
    },
    {
        id: "explain-insecure-flag",
        when: (c) => P.insecureFlag.test(c.head),
        cause: () => "`go get -insecure` was removed in Go 1.17.",
        fix: (c) => `Set GOINSECURE to the module paths that need plain http or an unverified certificate in direct mode (e.g. \`GOINSECURE=${c.subject ? suggestPattern(c.subject) : "corp.example.com"}\`) and GONOSUMDB/GOPRIVATE for checksum checks, and drop -insecure.`,
    },
    {
        id: "explain-modules-disabled",
        when: (c) => P.modulesOff.test(c.head),
        cause: () => "The go command is not in module mode or found no go.mod, so it cannot resolve modules.",
        fix: () => "Run the command in the directory that holds go.mod (or set the step's working-directory), and unset GO111MODULE or set it to `on`.",
    },
    // toolchain
    {
        id: "explain-toolchain-not-available",
        when: (c) => P.toolchainNA.test(c.head),
        cause: (c) => {
            const v = /go1\.\d+(?:\.\d+)?\S*/.exec(c.head)?.[0] ?? "the requested Go";
            return `Go could not download the toolchain ${v.replace(/[,:]$/, "")} because golang.org/toolchain was not found through GOPROXY.`;
        },
        fix: (c) => {
            const off = c.chain.length > 0 && c.chain[0].kind === "off";
            const head = off
                ? 'The message is misleading: GOPROXY=off made the toolchain lookup fail as "not found", so nothing was even tried. '
                : "";
            return `${head}Install a Go that satisfies go.mod's \`go\`/\`toolchain\` line in CI and set GOTOOLCHAIN=local, or let GOPROXY reach a proxy that serves golang.org/toolchain (toolchains also need the checksum database).`;
        },
    },
    {
        id: "explain-toolchain-sumdb-off",
        when: (c) => P.toolchainSumOff.test(c.head),
        cause: () => "Go refused a toolchain download because GOSUMDB=off, and toolchains must always be verified by the checksum database.",
        fix: () => "Install the Go version go.mod asks for and set GOTOOLCHAIN=local, or leave GOSUMDB on (GONOSUMDB does not exempt golang.org/toolchain either).",
    },
    {
        id: "explain-toolchain-too-old",
        when: (c) => P.toolchainOld.test(c.head),
        cause: (c) => {
            const need = /requires go\s*>=?\s*([\d.]+\w*)/.exec(c.head)?.[1];
            return need
                ? `The module needs Go ${need} or newer but an older Go ran${/GOTOOLCHAIN=local/.test(c.head) ? " and GOTOOLCHAIN=local forbids switching" : ""}.`
                : "The Go that ran is older than the module's go.mod needs.";
        },
        fix: () => "Install a Go at least as new as go.mod's `go` line (e.g. setup-go with go-version-file: go.mod), or allow GOTOOLCHAIN=auto with a GOPROXY that serves golang.org/toolchain.",
    },
    {
        id: "explain-toolchain-download-failed",
        when: (c) => P.toolchainDl.test(c.head) && !P.mismatch.test(c.head),
        cause: (c) => `Downloading a Go toolchain through ${c.originKind ? whereShort(c) : "GOPROXY"} failed.`,
        fix: () => "Install the Go version go.mod asks for and set GOTOOLCHAIN=local, or make golang.org/toolchain reachable through GOPROXY together with the checksum database.",
    },
    // offline
    {
        id: "explain-goproxy-off",
        when: (c) => P.proxyOff.test(c.head),
        cause: (c) => `${who(c)} is not in the module cache and GOPROXY=off forbids looking it up.`,
        fix: (c) => {
            const p = c.subject ? suggestPattern(c.subject) : undefined;
            return `Restore or pre-warm the module cache before this step (go mod download with a proxy), vendor the dependencies, or put a proxy before \`off\` in GOPROXY (now \`${goproxyShown(c)}\`)${p ? `; to fetch it straight from version control despite off, list it in GONOPROXY (e.g. \`GONOPROXY=${withPattern(c.settings.GONOPROXY, p)}\`)` : ""}.`;
        },
    },
    {
        id: "explain-mod-vendor",
        when: (c) => P.vendor.test(c.head),
        cause: (c) => `Go is reading modules from vendor/ only (-mod=vendor${hasVendorFlag(c.settings) ? " from GOFLAGS" : ""}), and vendor/ does not match go.mod.`,
        fix: (c) => `Run \`go mod vendor\` and commit the result, or use \`-mod=mod\`${hasVendorFlag(c.settings) ? ` (GOFLAGS is now ${JSON.stringify(c.settings.GOFLAGS)})` : ""} for steps that should download modules.`,
    },
    {
        id: "explain-mod-readonly",
        when: (c) => P.readonly.test(c.head),
        cause: (c) => `go.mod or go.sum lacks an entry for ${who(c)}, and -mod=readonly (the default since Go 1.16) forbids adding it.`,
        fix: (c) => `Run \`go mod tidy\`${c.module ? ` (or \`go mod download ${c.module}\`)` : ""} locally and commit go.mod and go.sum; avoid GOFLAGS=-mod=mod in CI, which hides such drift.`,
    },
];

;// CONCATENATED MODULE: ./src/explain/matchers-transport.ts
// Rules for failures on the way to a server: the egress proxy, TLS, the checksum
// database, DNS, refused, timed-out or cut connections. In precedence order.





/** The URL Go names is a public proxy or checksum database. */
function fromPublicService(c) {
    return c.url !== undefined && PUBLIC_SERVICES.test(urlHost(c.url));
}
/** A login demand from a public service, which never asks for one: a middlebox answered. */
function middleboxLogin(c) {
    return (c.status === 401 || c.status === 407) && fromPublicService(c);
}
const MATCHERS_TRANSPORT = [
    // egress proxy
    {
        id: "explain-egress-protocol-mismatch",
        when: (c) => (P.protocolMismatch.test(c.head) &&
            (/malformed HTTP response "\\x00/.test(c.head) || fromPublicService(c))) ||
            middleboxLogin(c),
        cause: (c) => middleboxLogin(c)
            ? `${whereShort(c)} never asks for credentials, yet the answer was ${c.statusText}: something between this machine and it answered instead — an egress or transparent proxy that wants its own login.`
            : `${whereShort(c)} speaks TLS, yet the answer came back ${/malformed/.test(c.head) ? "in bytes Go could not read as HTTP" : "in plain HTTP"}: something between this machine and it answered instead — an egress or transparent proxy, a captive portal, or an HTTPS_PROXY written with the wrong scheme.`,
        fix: (c) => {
            const cur = c.settings.HTTPS_PROXY || c.settings.HTTP_PROXY;
            const login = middleboxLogin(c)
                ? " A proxy that wants a login takes it in the URL: `HTTPS_PROXY=http://user:pass@proxy:port`."
                : "";
            return `Check HTTPS_PROXY/HTTP_PROXY${cur ? ` (now ${(0,redact/* redactUrl */.BO)(cur)})` : ""}: an http:// proxy must be written http://, an https:// one needs a Go that supports it; ask the network team whether outbound HTTPS is intercepted, or set NO_PROXY for hosts that must bypass it.${login}`;
        },
    },
    {
        id: "explain-egress-proxy",
        when: (c) => P.egress.test(c.head),
        cause: (c) => {
            const target = c.url ? ` to ${(0,redact/* redactUrl */.BO)(c.url.split("/").slice(0, 3).join("/"))}` : "";
            return `The request${target} never reached its server: ${whereShort(c)} from HTTPS_PROXY/HTTP_PROXY refused or failed it.`;
        },
        fix: (c) => {
            const s = c.settings;
            const cur = s.HTTPS_PROXY || s.HTTP_PROXY;
            const host = c.url ? urlHost(c.url).split(":")[0] : undefined;
            return `Check the egress proxy${cur ? ` (${(0,redact/* redactUrl */.BO)(cur)})` : ""}: its address, that it allows CONNECT to that host and port, and its credentials (\`http://user:pass@proxy:port\` in HTTPS_PROXY, answered by 407 when missing); or bypass it with \`NO_PROXY=${withPattern(s.NO_PROXY, host ?? "proxy.corp.example")}\`.`;
        },
    },
    // tls
    {
        id: "explain-tls-unknown-authority",
        when: (c) => P.tlsCa.test(c.head),
        cause: (c) => `The certificate of ${whereShort(c)} is signed by a certificate authority this machine does not trust.`,
        fix: (c) => {
            const base = "Add the CA (a corporate TLS-inspection or private proxy CA) to the system trust store, or point SSL_CERT_FILE at a PEM bundle (or SSL_CERT_DIR at a directory) that includes it.";
            if (c.originKind === "direct")
                return `${base} For a direct fetch GOINSECURE=${c.subject ? suggestPattern(c.subject) : "<pattern>"} would skip verification, but fixing trust is better (git also needs the CA: http.sslCAInfo).`;
            return `${base} GOINSECURE does NOT help here: it applies only to direct fetches, never to GOPROXY URLs or the checksum database.`;
        },
    },
    {
        id: "explain-tls-hostname",
        when: (c) => P.tlsName.test(c.head),
        cause: (c) => `The certificate of ${whereShort(c)} was issued for another host name.`,
        fix: () => "Use the host name the certificate names in GOPROXY (not an IP or alias), or reissue the certificate with a subjectAltName for the name you use. GOINSECURE does not apply to proxies.",
    },
    {
        id: "explain-tls-expired",
        when: (c) => P.tlsExpired.test(c.head),
        cause: (c) => `The certificate of ${whereShort(c)} has expired or is not yet valid.`,
        fix: () => "Renew the server's certificate, or fix the machine's clock if the certificate is fine.",
    },
    {
        id: "explain-tls-handshake",
        when: (c) => P.tlsOther.test(c.head) && !/TLS handshake timeout/.test(c.head),
        cause: (c) => `The TLS handshake with ${whereShort(c)} failed.`,
        fix: (c) => /HTTP response to HTTPS client|does not look like a TLS handshake/.test(c.head)
            ? "The server speaks plain HTTP: write http:// in the URL (or enable TLS on the server), or check that an egress proxy is not in the way."
            : "Check that the server offers TLS 1.2+ with a certificate for that name, and that no middlebox breaks the handshake.",
    },
    // checksum database
    {
        id: "explain-sumdb-not-found",
        when: (c) => c.originKind === "sumdb" &&
            (c.status === 404 || c.status === 410 || / not found/.test(c.head)),
        cause: (c) => `The checksum database (${c.origin.slice(6)}) does not know ${who(c)}${c.status ? ` (${c.statusText})` : ""}, which is what happens for a private module.`,
        fix: (c) => privateAdvice(c, "GOPRIVATE", "sumdb"),
    },
    {
        id: "explain-sumdb-unreachable",
        when: (c) => c.originKind === "sumdb" &&
            (P.dns.test(c.head) ||
                P.refused.test(c.head) ||
                P.timeout.test(c.head) ||
                P.reset.test(c.head) ||
                P.eof.test(c.head) ||
                (c.status !== undefined && c.status >= 500)),
        cause: (c) => `Go could not reach the checksum database (${c.origin.slice(6)}) to verify ${who(c)}.`,
        fix: (c) => {
            const sum = sumdbInForce(c.go);
            return `Keep go.sum complete in the repository so CI needs no lookups; use a GOPROXY that proxies the database (it must answer \`/sumdb/${sum?.name ?? "sum.golang.org"}/supported\`) or set GOSUMDB to a reachable mirror; for private modules: ${privateAdvice(c, "GONOSUMDB")}`;
        },
    },
    {
        id: "explain-sumdb-failure",
        when: (c) => c.originKind === "sumdb",
        cause: (c) => `The checksum database (${c.origin.slice(6)}) answered with an error for ${who(c)}${c.statusText ? ` (${c.statusText})` : ""}.`,
        fix: (c) => `Check GOSUMDB${c.settings.GOSUMDB ? ` (${(0,redact/* redactText */.Rd)(c.settings.GOSUMDB)})` : ""} and any proxy in front of the database; if the module is private: ${privateAdvice(c)}`,
    },
    // network
    {
        id: "explain-network-dns",
        when: (c) => P.dns.test(c.head),
        cause: (c) => {
            const host = /lookup ([^\s:]+)/.exec(c.head)?.[1] ?? /resolve host:? '?([^\s']+)/.exec(c.head)?.[1];
            return `The host name ${host ? `${host} ` : ""}of ${whereShort(c)} did not resolve.`;
        },
        fix: (c) => `Check the spelling of the host${c.originKind === "proxy" ? ` in GOPROXY (\`${goproxyShown(c)}\`)` : ""}, the runner's DNS and VPN.${c.entry ? chainNote(c) : ""}`,
    },
    {
        id: "explain-network-refused",
        when: (c) => P.refused.test(c.head),
        cause: (c) => `The connection to ${whereShort(c)} was refused or could not be routed.`,
        fix: (c) => `Check the URL and port and that the server runs and is reachable from the runner.${chainNote(c)}${egressNote(c)}`,
    },
    {
        id: "explain-proxy-stalled",
        when: (c) => /^go mod download was stopped: nothing arrived/.test(c.head),
        cause: (c) => `${c.origin ? `The proxy ${c.origin}` : "A server"} accepted the request and then sent nothing; Go would have waited forever.`,
        fix: () => "Check that proxy and what stands in front of it; remove it from GOPROXY while it hangs, or raise stall-timeout if it is only slow.",
    },
    {
        id: "explain-download-timeout",
        when: (c) => /^go mod download was stopped: it did not finish within/.test(c.head),
        cause: () => "The pre-warm ran past its total time limit and go was stopped.",
        fix: () => "Raise download-timeout for a very large module graph on a slow link; a proxy that trickles bytes needs fixing.",
    },
    {
        id: "explain-network-timeout",
        when: (c) => P.timeout.test(c.head),
        cause: (c) => `${whereAtStart(c)} did not answer in time.`,
        fix: (c) => `Check firewalls and egress rules between the runner and that host (outbound 443), or use a reachable mirror; retry for a transient outage.${chainNote(c)}${egressNote(c)}`,
    },
    {
        id: "explain-network-reset",
        when: (c) => P.reset.test(c.head),
        cause: (c) => `The connection to ${whereShort(c)} was cut in the middle of the request.`,
        fix: (c) => `Usually transient: retry the step.${chainNote(c) || " Use `|` between proxies so a failing one falls through."}${egressNote(c)}`,
    },
    {
        id: "explain-network-eof",
        when: (c) => P.eof.test(c.head),
        cause: (c) => `${whereAtStart(c)} closed the connection before the whole response arrived.`,
        fix: (c) => `Retry; check the proxy's logs and any load balancer timeout for large zips.${chainNote(c)}${egressNote(c)}`,
    },
];

;// CONCATENATED MODULE: ./src/explain/matchers-answers.ts
// Rules for what a server answered: protocol violations, HTTP statuses, versions that do
// not exist, and failures of direct version-control fetches. In precedence order.



const MATCHERS_ANSWERS = [
    // protocol, before statuses (their text can carry a status too)
    {
        id: "explain-protocol-insecure-redirect",
        when: (c) => P.insecureRedirect.test(c.head),
        cause: (c) => `${whereAtStart(c)} redirected an https request to plain http, which Go refuses.`,
        fix: () => "Configure the proxy (or the storage it redirects to) to redirect to https URLs.",
    },
    {
        id: "explain-protocol-bad-info",
        when: (c) => P.badInfo.test(c.head),
        cause: (c) => `${whereAtStart(c)} answered ${who(c)}'s version information with something that is not the GOPROXY protocol.`,
        fix: (c) => `Check the proxy URL${c.entry ? ` (${c.entry.display})` : ""} — Artifactory, Nexus and Athens need the repository path, and a login page means missing credentials — and the proxy's health.${chainNote(c)}`,
    },
    {
        id: "explain-protocol-bad-zip",
        when: (c) => P.badZip.test(c.head),
        cause: (c) => `The zip ${whereShort(c)} served for ${who(c)} is not a valid module zip.`,
        fix: (c) => `Purge that version from the proxy's storage and retry, or fetch it from another entry.${chainNote(c)}`,
    },
    {
        id: "explain-protocol-bad-gomod",
        when: (c) => P.badGoMod.test(c.head),
        cause: (c) => `The go.mod ${whereShort(c)} served for ${who(c)} is an HTML page, not a go.mod.`,
        fix: () => "Check the proxy URL path and credentials: a login or error page came back with status 200.",
    },
    // HTTP statuses
    {
        id: "explain-direct-go-get",
        // Go's own requests in direct mode: the ?go-get=1 discovery, and before Go 1.18 the
        // hosting-site lookups of which VCS serves a repository.
        when: (c) => c.originKind === "direct" &&
            c.status !== undefined &&
            (/go-get=1/.test(c.url ?? "") || P.vcsHostLookup.test(c.url ?? "")),
        cause: (c) => `${/go-get=1/.test(c.url ?? "") ? "The go-import discovery request" : "The hosting site's lookup of the repository"} for ${who(c)} answered ${c.statusText}.`,
        fix: (c) => `If the module is private, give git and the go command credentials for its host (.netrc), or fetch it through a proxy; check the import path. ${privateAdvice(c)}`,
    },
    {
        id: "explain-proxy-unauthorized",
        when: (c) => c.status === 401,
        cause: (c) => `${whereAtStart(c)} answered 401 Unauthorized for ${who(c)}: it got no credentials it accepts.`,
        fix: (c) => {
            const host = c.url ? urlHost(c.url) : undefined;
            return `Give the proxy credentials: a ~/.netrc line \`machine ${host ?? "<host[:port]>"} login <user> password <token>\` (the port must match), GOAUTH on Go 1.24+, or \`https://user:token@host\` in GOPROXY (https only).${chainNote(c)}`;
        },
    },
    {
        id: "explain-proxy-forbidden",
        when: (c) => c.status === 403,
        cause: (c) => `${whereAtStart(c)} answered 403 Forbidden for ${who(c)}: the credentials were refused or lack permission.`,
        fix: (c) => `Check the proxy user's permissions for that repository and module (Artifactory/Nexus answer 403 for a missing remote or permission), and the token in .netrc/GOAUTH.${chainNote(c)}`,
    },
    {
        id: "explain-proxy-not-found",
        when: (c) => (c.status === 404 || c.status === 410) && c.originKind !== "direct",
        cause: (c) => `${whereAtStart(c)} does not have ${who(c)} (${c.statusText}).`,
        fix: (c) => {
            const privateHint = /could not read Username|terminal prompts disabled|Repository not found|authentication|not found: .*(?:unknown revision|invalid version|exit status)|410 Gone/i.test(c.response + c.head);
            const pathHint = "Check the module path and version, and that the tag is pushed.";
            return privateHint && c.subject
                ? `If ${c.subject} is private, the public proxy cannot fetch it: ${privateAdvice(c)} ${pathHint}`
                : `${pathHint}${c.chain.length > 1 ? ` It was the last GOPROXY answer (\`${goproxyShown(c)}\`).` : ""}`;
        },
    },
    {
        id: "explain-proxy-server-error",
        when: (c) => c.status !== undefined && (c.status >= 500 || c.status === 429),
        cause: (c) => `${whereAtStart(c)} failed with ${c.statusText} for ${who(c)}.`,
        fix: (c) => `Look at the proxy's logs (Athens/Artifactory often fail fetching upstream, e.g. git credentials inside the proxy), and retry.${chainNote(c)}`,
    },
    {
        id: "explain-protocol-unexpected-status",
        when: (c) => c.status !== undefined && c.originKind === "proxy" && c.status !== 200,
        cause: (c) => `${whereAtStart(c)} answered ${c.statusText}, which is not part of the GOPROXY protocol.`,
        fix: (c) => `Check the proxy URL and its configuration.${chainNote(c)}`,
    },
    // not found, by text
    {
        id: "explain-no-matching-versions",
        // "cannot find module providing package" also wraps a git failure; git's own reason is the finding.
        when: (c) => P.noMatch.test(c.head) && !P.gitAuth.test(c.head),
        cause: (c) => `No module version found provides ${who(c)}.`,
        fix: (c) => `Check the import path and version (and that the tag exists); if ${c.subject ?? "it"} is private: ${privateAdvice(c)}`,
    },
    // direct
    {
        id: "explain-direct-git-auth",
        when: (c) => P.gitAuth.test(c.head),
        cause: (c) => `git could not authenticate to fetch ${who(c)} directly, and the go command disables git's prompts.`,
        fix: (c) => {
            const host = (c.subject ?? "github.com").split("/")[0];
            return `Give git a credential without a prompt, e.g. \`git config --global url."https://x-access-token:\${TOKEN}@${host}/".insteadOf "https://${host}/"\` or a ~/.netrc entry for ${host} (or an SSH key with the matching insteadOf), and mark the module private: ${privateAdvice(c)}`;
        },
    },
    {
        id: "explain-direct-repo-not-found",
        when: (c) => P.repoNotFound.test(c.head),
        cause: (c) => `The repository for ${who(c)} does not exist or is not visible with the credentials git used.`,
        fix: () => "Check the module path; for a private repository make sure git's credentials can read it (hosting sites answer 'not found' without access).",
    },
    {
        id: "explain-direct-vcs-missing",
        when: (c) => P.vcsMissing.test(c.head),
        cause: () => "Direct mode needs a version-control tool that is not installed.",
        fix: () => "Install git (or hg/svn) in the image, or fetch the module through a GOPROXY.",
    },
    {
        id: "explain-direct-unknown-revision",
        when: (c) => P.unknownRev.test(c.head),
        cause: (c) => `The repository of ${c.module ?? c.subject ?? "the module"} has no tag, branch or commit named ${c.version ?? "as requested"}.`,
        fix: () => "Check the version, that the tag is pushed, and that a module in a subdirectory is tagged with its directory prefix (`sub/v1.2.3`); private repositories also need git credentials.",
    },
    {
        id: "explain-direct-go-get",
        when: (c) => P.goGet.test(c.head),
        cause: (c) => `The go command could not find where ${who(c)} lives (the ?go-get=1 discovery failed).`,
        fix: (c) => `Check the import path; a private host must serve go-import metadata to unauthenticated requests or be reached with credentials (.netrc); a bare git host needs the \`.git\` suffix in the path or a GOPROXY. ${privateAdvice(c)}`,
    },
    {
        id: "explain-direct-vcs-failed",
        when: (c) => P.vcsFailed.test(c.head) && (c.originKind === "direct" || c.originKind === undefined),
        cause: (c) => `A version-control command failed while fetching ${who(c)} directly.`,
        fix: () => "Read the tool's own message after the command; check the repository URL, git's credentials and the network, or fetch through a GOPROXY.",
    },
];

;// CONCATENATED MODULE: ./src/explain/explain.ts
// From Go's error text to findings: the category, the cause in one sentence and the fix,
// using the settings in force. Pure functions; never throws, never echoes a secret.







/** Every rule, in precedence order: the first whose `when` holds explains the message. */
const MATCHERS = [
    ...MATCHERS_SETTINGS,
    ...MATCHERS_TRANSPORT,
    ...MATCHERS_ANSWERS,
];
/** The category a rule puts a finding in. */
function categoryOf(id) {
    return (0,catalogue/* explainRule */.O)(id).category;
}
function finish(c, id, cause, fix, secrets, category) {
    const clean = (s) => (0,redact/* redactText */.Rd)(s, secrets);
    const f = {
        category: category ?? categoryOf(id),
        rule: id,
        cause: clean(cause),
        fix: clean(fix),
    };
    if (c.module)
        f.module = clean(c.module);
    if (c.version)
        f.version = clean(c.version);
    if (c.origin)
        f.origin = clean(c.origin);
    return f;
}
function secretsOf(settings) {
    const sum = settings.GOSUMDB?.split(/\s+/)[1];
    return (0,redact/* settingSecrets */.AL)([settings.GOPROXY, settings.HTTPS_PROXY, settings.HTTP_PROXY, sum]);
}
function explain_classify(message, settings, secrets) {
    const c = buildCtx(message, settings);
    for (const m of MATCHERS) {
        let hit;
        try {
            hit = m.when(c);
        }
        catch {
            hit = false;
        }
        if (hit)
            return finish(c, m.id, m.cause(c), m.fix(c), secrets, m.category?.(c));
    }
    return undefined;
}
function safeSettings(settings) {
    if (!settings || typeof settings !== "object")
        return {};
    const out = {};
    for (const [k, v] of Object.entries(settings)) {
        if (typeof v === "string")
            out[k] = v;
    }
    return out;
}
/**
 * Explains one `Error` field of `go mod download -json`. Always returns a finding: one the
 * explainer does not recognise gets rule `explain-unrecognized`, its category guessed from
 * the origin (a proxy → protocol, the database → sumdb, otherwise direct).
 */
function explainModuleError(error, settings) {
    const s = safeSettings(settings);
    const secrets = secretsOf(s);
    const text = String(error ?? "")
        .slice(0, 1 << 20)
        .split("\n")
        .map(stripLine)
        .join("\n")
        .trim();
    try {
        const found = explain_classify(text, s, secrets);
        if (found)
            return found;
        const c = buildCtx(text, s);
        const category = c.originKind === "sumdb"
            ? "sumdb"
            : c.originKind === "proxy"
                ? "protocol"
                : c.originKind === "egress"
                    ? "egress-proxy"
                    : c.originKind === "off"
                        ? "offline"
                        : "direct";
        const first = text.split("\n")[0].slice(0, 300);
        return finish(c, "explain-unrecognized", `Go reported an error the explainer does not recognise: ${first || "(empty)"}.`, "Read Go's full message; run the command again with -x to see each request and its answer.", secrets, category);
    }
    catch {
        return {
            category: "direct",
            rule: "explain-unrecognized",
            cause: "Go reported an error the explainer could not read.",
            fix: "Read Go's full message; run the command again with -x to see each request and its answer.",
        };
    }
}
/**
 * Explains pasted text: stderr of any go command (with or without -x, CI prefixes on lines)
 * or a -json Error. One finding per distinct failure, in order of appearance.
 */
function explainText(text, settings) {
    const s = safeSettings(settings);
    const secrets = secretsOf(s);
    let units;
    try {
        units = splitUnits(String(text ?? ""));
    }
    catch {
        return [];
    }
    const findings = [];
    const take = (trace) => {
        for (const u of units) {
            if (u.trace !== trace)
                continue;
            const msg = trace ? u.text.replace(/^# get (\S+): /, 'Get "$1": ') : u.text;
            let f;
            try {
                f = explain_classify(msg, s, secrets);
            }
            catch {
                f = undefined;
            }
            if (f)
                findings.push(f);
            if (findings.length > 500)
                break;
        }
    };
    take(false);
    if (findings.length === 0)
        take(true);
    return dedupe(findings);
}
function dedupe(findings) {
    const seen = new Set();
    const out = [];
    for (const f of findings) {
        const key = [f.rule, f.module ?? "", f.version ?? "", f.origin ?? ""].join("\u0000");
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(f);
    }
    // A finding with no module adds nothing when the same rule already named one.
    return out.filter((f) => f.module !== undefined ||
        !out.some((g) => g !== f && g.rule === f.rule && g.module !== undefined));
}

;// CONCATENATED MODULE: ./src/explain/index.ts
// Explaining Go's download failures: the public surface of src/explain.





;// CONCATENATED MODULE: ./src/pipeline/explain.ts
// Each failed module gets the explainer's finding: the cause in one sentence and the fix,
// judged against the settings in force.

/** The settings the explainer judges by: Go's variables, and the egress proxy Go would use. */
function explainSettings(goVars, env, goVersion) {
    return {
        goVersion,
        GOPROXY: goVars.GOPROXY,
        GOSUMDB: goVars.GOSUMDB,
        GOPRIVATE: goVars.GOPRIVATE,
        GONOPROXY: goVars.GONOPROXY,
        GONOSUMDB: goVars.GONOSUMDB,
        GOINSECURE: goVars.GOINSECURE,
        GOFLAGS: goVars.GOFLAGS,
        GOTOOLCHAIN: goVars.GOTOOLCHAIN,
        HTTPS_PROXY: env.HTTPS_PROXY ?? env.https_proxy,
        HTTP_PROXY: env.HTTP_PROXY ?? env.http_proxy,
        NO_PROXY: env.NO_PROXY ?? env.no_proxy,
    };
}
function explainFailures(d, go, env) {
    const settings = explainSettings(go.effective, env, go.versionText);
    return {
        ...d,
        failures: d.failures.map((f) => {
            const finding = explainModuleError(f.error, settings);
            return {
                ...f,
                explanation: {
                    category: finding.category,
                    rule: finding.rule,
                    cause: finding.cause,
                    fix: finding.fix,
                },
            };
        }),
    };
}


/***/ })

};
