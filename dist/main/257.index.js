export const id = 257;
export const ids = [257];
export const modules = {

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

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCacheOutputs: () => (/* binding */ buildCacheOutputs)
/* harmony export */ });
/* unused harmony export buildCacheSummary */
/* harmony import */ var _cache_toolkit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6088);


/** Main step's outputs: the key, whether it hit exactly, and how it restored. */
function buildCacheOutputs(s) {
    return {
        "build-cache-hit": String(s.hit === "exact"),
        "build-cache-result": s.hit,
        "build-cache-key": s.key,
    };
}
const sec = (s) => `${s.toFixed(1)}\u00a0s`;
/** One table: what each phase restored, used, dropped and saved, and how long it took. */
function buildCacheSummary(s, f) {
    const restoredHow = s.hit === "exact"
        ? "exact hit"
        : s.hit === "partial"
            ? `restored ${code(s.matchedKey ?? "")}`
            : `miss${s.skipped ? ` (${cell(s.skipped)})` : ""}${s.problem ? ` (${cell(s.problem)})` : ""}`;
    const archive = (n) => (n === undefined ? "" : `, archive ${humanBytes(n)}`);
    const rows = [
        [
            `restore: ${restoredHow}`,
            String(s.restored.entries),
            `${humanBytes(s.restored.bytes)}${archive(s.restored.archiveBytes)}`,
            `${sec(s.restoreSeconds)} + stamp ${sec(s.stampSeconds)}`,
        ],
        ["used by this job", String(f.used.entries), humanBytes(f.used.bytes), sec(f.seconds.classify)],
        [
            "… of which new (compiled or tested here)",
            String(f.created.entries),
            humanBytes(f.created.bytes),
            "",
        ],
        [
            f.dropped ? "unused, dropped before saving" : "unused (kept: nothing saved)",
            String(f.unused.entries),
            humanBytes(f.unused.bytes),
            f.dropped ? sec(f.seconds.drop) : "",
        ],
        [
            f.saved ? "saved" : `not saved (${f.outcome})`,
            f.saved ? String(f.used.entries) : "",
            f.saved ? `${humanBytes(f.used.bytes)}${archive(f.archiveBytes)}` : "",
            f.saved || f.outcome !== "skipped" ? sec(f.seconds.save) : "",
        ],
    ];
    const phases = table(["phase", "entries", "bytes", "time"], rows, ["l", "r", "r", "r"]);
    return `\n\n**setup-goproxy build cache** ${code(s.key)}: ${cell(f.reason)}\n\n${phases}\n`;
}


/***/ })

};
