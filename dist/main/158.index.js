export const id = 158;
export const ids = [158];
export const modules = {

/***/ 7777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  liveChecks: () => (/* binding */ liveChecks)
});

// EXTERNAL MODULE: ./src/net/context.ts
var context = __webpack_require__(288);
// EXTERNAL MODULE: ./src/net/http.ts + 2 modules
var http = __webpack_require__(6200);
// EXTERNAL MODULE: ./src/redact/redact.ts
var redact = __webpack_require__(7940);
// EXTERNAL MODULE: ./src/go/module-path.ts
var module_path = __webpack_require__(502);
;// CONCATENATED MODULE: ./src/probe/results.ts
function toResult(kind, origin, g, extra = {}) {
    const r = {
        kind,
        origin,
        url: g.url,
        seconds: g.seconds,
        via: g.via,
        auth: g.auth ?? "none",
    };
    if (g.status !== undefined)
        r.status = g.status;
    if (g.statusText)
        r.statusText = g.statusText;
    if (g.error)
        r.error = g.error;
    if (g.errorKind)
        r.errorKind = g.errorKind;
    if (g.detail)
        r.detail = g.detail;
    if (g.tls)
        r.tls = g.tls;
    if (g.redirects.length)
        r.redirects = g.redirects;
    if (g.retried)
        r.retried = true;
    return Object.assign(r, extra);
}

;// CONCATENATED MODULE: ./src/probe/try-proxies.ts

function isOk(g) {
    return !g.error && g.status === 200;
}
/**
 * TryProxies over probe outcomes. For modules a `direct` entry serves (it is not probed); for
 * the checksum database `direct`/`off` mean "connect directly" (sumdb: true).
 */
function tryProxies(entries, outcome, sumdb) {
    const walk = { fellThrough: [] };
    let best;
    let bestRank = 0;
    for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (e.kind === "noproxy")
            continue;
        if (e.kind === "direct") {
            if (!sumdb)
                walk.served = i;
            walk.direct = true;
            return walk;
        }
        if (e.kind === "off") {
            const err = { text: "module lookup disabled by GOPROXY=off", notFound: true, index: i };
            if (sumdb) {
                if (bestRank <= 1)
                    walk.direct = true;
                else
                    walk.error = best;
                return walk;
            }
            if (bestRank <= 1)
                best = err;
            walk.error = best;
            return walk;
        }
        const g = outcome(i);
        if (isOk(g)) {
            walk.served = i;
            return walk;
        }
        if ((0,http/* isNotFound */.c4)(g)) {
            walk.fellThrough.push({ index: i, reason: g.statusText ?? String(g.status), hard: false });
            if (bestRank <= 1) {
                best = { text: (0,http/* failureText */.kY)(g), notFound: true, index: i };
                bestRank = 1;
            }
            continue;
        }
        if (bestRank <= 2) {
            best = { text: (0,http/* failureText */.kY)(g), notFound: false, index: i };
            bestRank = 2;
        }
        if (e.fallback !== "any") {
            walk.error = best;
            return walk;
        }
        walk.fellThrough.push({
            index: i,
            reason: g.error ? (g.errorKind ?? "error") : (g.statusText ?? ""),
            hard: true,
        });
    }
    if (sumdb && bestRank < 2)
        walk.direct = true;
    else
        walk.error = best ?? { text: "no proxy in the chain", notFound: true };
    return walk;
}

;// CONCATENATED MODULE: ./src/probe/modules.ts
// Module probes: each candidate module's `.info` asked of every proxy of the chain at once, then
// walked with TryProxies to say what the download will do for it.




/** `<base>/<escaped path>/@v/<escaped version>.info`, joined and cleaned like Go's path.Join. */
function moduleInfoUrl(base, m) {
    const u = new URL(base);
    const path = `${u.pathname.replace(/\/+$/, "")}/${(0,module_path/* escapePath */.ft)(m.path)}/@v/${(0,module_path/* escapeVersion */.av)(m.version)}.info`;
    u.pathname = path.replace(/\/{2,}/g, "/");
    return u.href;
}
/** The `probe-module` input, or the first `max` distinct modules (at least one). */
function moduleCandidates(modules, probeModule, max) {
    if (probeModule)
        return [probeModule];
    const seen = new Set();
    const distinct = modules.filter((m) => {
        const k = `${m.path}@${m.version}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
    return distinct.slice(0, Math.max(1, max));
}
/** Starts every module request at once; a URL that cannot be built is a "bad-url" outcome. */
function startModuleGets(ctx, entries, candidates, display) {
    const rows = candidates.map((m) => entries.map((e) => {
        if (e.kind !== "proxy")
            return undefined;
        let url;
        try {
            url = moduleInfoUrl(e.url, m);
        }
        catch (err) {
            return Promise.resolve({
                url: display(e),
                error: `${err.message}`,
                errorKind: "bad-url",
                seconds: 0,
                via: "direct",
                redirects: [],
            });
        }
        return (0,http/* goGet */.fF)(ctx, url);
    }));
    return Promise.all(rows.map((row) => Promise.all(row)));
}
/** Each candidate's results and what the go command will do for it. */
function moduleOutcomes(entries, candidates, settled, display) {
    const results = [];
    const modules = candidates.map((m, mi) => {
        const row = settled[mi];
        const module = `${m.path}@${m.version}`;
        entries.forEach((e, i) => {
            const g = row[i];
            if (g)
                results.push(toResult("module", display(e), g, { module }));
        });
        const walk = tryProxies(entries, (i) => row[i], false);
        const o = {
            module,
            outcome: walk.served === undefined ? "fail" : walk.direct ? "direct" : "proxy",
            fellThrough: walk.fellThrough.map((f) => ({
                origin: display(entries[f.index]),
                reason: f.reason,
            })),
        };
        if (walk.served !== undefined && !walk.direct)
            o.servedBy = display(entries[walk.served]);
        if (walk.error && walk.served === undefined)
            o.error = walk.error.text;
        return o;
    });
    return { results, modules };
}

// EXTERNAL MODULE: ./src/net/netrc.ts
var netrc = __webpack_require__(871);
// EXTERNAL MODULE: ./src/net/trust.ts
var trust = __webpack_require__(7837);
;// CONCATENATED MODULE: ./src/probe/proxy-diagnostics.ts




async function proxyDiagnostics(chain, modules) {
    const out = [];
    const { entries, display } = chain;
    for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (e.kind !== "proxy")
            continue;
        const next = entries.slice(i + 1).find((x) => x.kind !== "noproxy");
        const view = {
            i,
            e,
            origin: display(e),
            gets: chain.settled.map((row) => row[i]),
            ...(next ? { next, nextName: next.kind === "proxy" ? display(next) : next.kind } : {}),
        };
        out.push(...(await entryDiagnostics(chain, view)));
    }
    out.push(...moduleDiagnostics(modules));
    return out;
}
async function entryDiagnostics(chain, v) {
    const { origin, gets, next, nextName } = v;
    const failing = gets.map((g, mi) => ({ g, mi })).filter(({ g }) => !isOk(g) && !(0,http/* isNotFound */.c4)(g));
    if (failing.length > 0)
        return [await failureDiagnostic(chain, v, failing)];
    const nf = gets.filter(http/* isNotFound */.c4);
    if (nf.length === gets.length && gets.length > 0) {
        const asked = chain.candidates.map((m) => `${m.path}@${m.version}`).join(", ");
        return [
            {
                rule: "probe-proxy-not-found",
                severity: next ? "warning" : "error",
                variable: "GOPROXY",
                value: origin,
                message: `${origin} answered ${nf[0].statusText} for ${asked}. ${next ? `Go falls through to ${nextName}.` : "It is the last entry, so the download fails."}`,
            },
        ];
    }
    const out = [];
    const d = (rule, severity, message) => out.push({ rule, severity, variable: "GOPROXY", value: origin, message });
    const worst = Math.max(...gets.map((g) => g.seconds));
    if (worst > chain.slowSeconds) {
        d("probe-proxy-slow", "warning", `${origin} took ${worst.toFixed(2)} s to answer one request; every module file costs a request like it.`);
    }
    const tls = gets.find((g) => g.tls)?.tls;
    if (tls?.daysLeft !== undefined && tls.daysLeft < 14) {
        d("probe-tls-expiring", "warning", `${origin}'s certificate expires in ${tls.daysLeft} day(s) (${tls.validTo}).`);
    }
    const ok = gets.find(isOk);
    if (ok) {
        d("probe-proxy-ok", "notice", `${origin} answered ${ok.statusText} in ${ok.seconds.toFixed(3)} s${ok.via !== "direct" ? ` through ${ok.via}` : ""}${ok.auth ? ` (credentials from ${ok.auth})` : ""}.`);
    }
    return out;
}
/** The first failing answer of an entry: an error when a module reaches it and Go stops there. */
async function failureDiagnostic(chain, v, failing) {
    const { e, origin, next, nextName } = v;
    // Reached: every earlier proxy answered 404/410, or failed with `|` after it.
    const reached = (mi) => chain.entries.slice(0, v.i).every((x, j) => {
        if (x.kind === "noproxy")
            return true;
        if (x.kind !== "proxy")
            return false;
        const g = chain.settled[mi][j];
        return (0,http/* isNotFound */.c4)(g) || (!isOk(g) && x.fallback === "any");
    });
    const { g } = failing[0];
    const hardReached = failing.some(({ mi }) => reached(mi)) && e.fallback !== "any";
    const what = g.error ?? `${g.statusText}`;
    let fall;
    if (e.fallback === "any") {
        fall = `It is followed by "|", so Go moves on to ${nextName ?? "the end of the list"} after this error, paying for the failed request every time.`;
    }
    else if (!next) {
        fall = "It is the last entry, so the download fails here.";
    }
    else {
        fall = `It is followed by "," (or is last), so Go falls through only on 404 or 410: this error stops the download instead of moving on to ${nextName}.${hardReached ? "" : " (Only modules that earlier proxies do not have reach it.)"} Use "|" after it to fall back on any error.`;
    }
    const hint = await hintFor(chain, g, e);
    return {
        rule: ruleFor(g),
        severity: hardReached ? "error" : "warning",
        variable: "GOPROXY",
        value: origin,
        message: `${origin}: ${what}${g.detail ? ` (server response: ${g.detail})` : ""}. ${fall}${hint ? ` ${hint}` : ""}`,
    };
}
function moduleDiagnostics(modules) {
    const out = [];
    for (const m of modules) {
        if (m.outcome === "fail") {
            out.push({
                rule: "probe-chain-fails",
                severity: "error",
                variable: "GOPROXY",
                message: `go: ${m.module}: ${m.error ?? "no entry of GOPROXY serves it"} — this is what the download will report for that module.`,
            });
        }
        else if (m.outcome === "direct" && m.fellThrough.length > 0) {
            out.push({
                rule: "probe-fallback-direct",
                severity: "warning",
                variable: "GOPROXY",
                message: `${m.module} will be fetched directly from its origin (VCS), after ${m.fellThrough.map((f) => `${f.origin} (${f.reason})`).join(", ")}.`,
            });
        }
    }
    return out;
}
function ruleFor(g) {
    if (g.error) {
        switch (g.errorKind) {
            case "timeout":
                return "probe-proxy-timeout";
            case "tls":
                return "probe-proxy-tls";
            case "dns":
                return "probe-proxy-dns";
            case "insecure-redirect":
                return "probe-proxy-insecure-redirect";
            case "insecure-credentials":
                return "probe-proxy-insecure-credentials";
            case "egress-proxy":
                return "probe-egress-proxy-failed";
            default:
                return "probe-proxy-unreachable";
        }
    }
    if (g.status === 401 || g.status === 403)
        return "probe-proxy-auth";
    return "probe-proxy-status";
}
async function hintFor(chain, g, e) {
    const u = new URL(e.url);
    if (g.status === 401 || g.status === 403)
        return authHint(chain, g, e, u);
    if (g.errorKind === "tls")
        return tlsHint(chain, e);
    if (g.errorKind === "insecure-redirect") {
        return "The go command refuses https → http redirects; fix the proxy's redirect.";
    }
    if (g.errorKind === "timeout")
        return "The proxy accepted nothing useful before the probe timed out.";
    return undefined;
}
/** Why a 401/403: http, refused credentials, GOAUTH=off, or no .netrc entry for the host. */
function authHint(chain, g, e, u) {
    if (u.protocol === "http:")
        return "Go never sends .netrc or GOAUTH credentials over http; use https.";
    if (g.auth) {
        return `Credentials from ${g.auth} were sent and refused: check the user and token.`;
    }
    const { creds } = chain;
    if (creds.mode === "off")
        return "GOAUTH=off, so Go sends no credentials; unset it to use the .netrc.";
    const hostPort = e.url.replace(/^https:\/\/(?:[^@/]*@)?/, "").split("/")[0];
    const byName = (0,netrc/* netrcMatchMode */.FN)(chain.goVersion.minor) === "hostname";
    const host = byName ? u.hostname.replace(/^\[|\]$/g, "") : hostPort;
    return `No credentials were sent: the .netrc Go reads (${creds.netrcPath ?? "none"}) has no complete machine/login/password entry for machine ${host} (${byName ? "this Go compares the host name only, without the port" : "Go compares host and port exactly"}). The credentials input writes one.`;
}
/** Which roots Go trusts, and whether NODE_EXTRA_CA_CERTS (which Go never reads) would help. */
async function tlsHint(chain, e) {
    const { ctx } = chain;
    const parts = [];
    parts.push(ctx.roots.fromEnv
        ? `Go trusts only the roots in SSL_CERT_FILE/SSL_CERT_DIR (and the default directories when SSL_CERT_DIR is unset).`
        : "Go trusts the system roots; point SSL_CERT_FILE at the proxy's CA bundle.");
    const extra = await (0,trust/* withNodeExtra */.v)(ctx.roots, chain.env);
    if (extra) {
        const retry = await (0,http/* goGet */.fF)({
            ...ctx,
            roots: { ...ctx.roots, context: extra },
            dispatchers: new Map(),
            tlsSeen: new Map(),
        }, e.url).catch(() => undefined);
        if (retry && retry.errorKind !== "tls") {
            parts.push("NODE_EXTRA_CA_CERTS holds the CA that would make this work, but Go never reads NODE_EXTRA_CA_CERTS: put that file in SSL_CERT_FILE too.");
        }
    }
    return parts.join(" ");
}

// EXTERNAL MODULE: ./src/sumdb/note.ts
var sumdb_note = __webpack_require__(2697);
// EXTERNAL MODULE: ./src/sumdb/records.ts
var records = __webpack_require__(7127);
;// CONCATENATED MODULE: ./src/probe/sumdb-probe.ts






/** web.Join: one trailing slash removed from the base, no cleaning. */
function sumdbUrl(base, name, file) {
    return `${base.endsWith("/") ? base.slice(0, -1) : base}/sumdb/${name}/${file}`;
}
/**
 * Probes the checksum database. The /supported requests start before this returns its promise,
 * together with the module probes.
 */
async function probeSumdb(ctx, sumdb, entries, display) {
    const probe = {
        results: [],
        diagnostics: [],
        outcome: { name: sumdb.name, access: "failed", verified: false },
    };
    let base;
    if (sumdb.url) {
        probe.outcome.access = "url";
        base = sumdb.url;
    }
    else {
        const supportedGets = entries.map((e) => e.kind === "proxy" ? (0,http/* goGet */.fF)(ctx, sumdbUrl(e.url, sumdb.name, "supported")) : undefined);
        base = await accessThroughChain(probe, sumdb.name, entries, supportedGets, display);
    }
    if (base !== undefined)
        await readLatest(ctx, probe, sumdb, base);
    return probe;
}
/** The walk over /supported answers: the base URL lookups go to, or undefined when they fail. */
async function accessThroughChain(probe, name, entries, supportedGets, display) {
    const { results, diagnostics, outcome } = probe;
    const supported = await Promise.all(supportedGets);
    entries.forEach((e, i) => {
        const g = supported[i];
        if (g)
            results.push(toResult("sumdb-supported", display(e), g, { sumdbSupported: isOk(g) }));
    });
    const d = (rule, severity, message) => diagnostics.push({ rule, severity, variable: "GOSUMDB", value: name, message });
    const walk = tryProxies(entries, (i) => supported[i], true);
    if (walk.served !== undefined) {
        const e = entries[walk.served];
        outcome.access = "proxy";
        outcome.origin = display(e);
        d("probe-sumdb-via-proxy", "notice", `Checksum lookups for ${name} go through ${outcome.origin} (it answered /sumdb/${name}/supported with 200); Go will not fall back to the database directly if that proxy later fails.`);
        return sumdbUrl(e.url, name, "").slice(0, -1);
    }
    if (walk.direct) {
        outcome.access = "direct";
        const asked = results.filter((r) => r.kind === "sumdb-supported").length;
        d("probe-sumdb-direct", "notice", `Checksum lookups go straight to https://${name}${asked ? ": no proxy in GOPROXY serves /sumdb/" + name + "/supported" : ""}. That host must be reachable from CI.`);
        return `https://${name}`;
    }
    outcome.error = walk.error?.text;
    d("probe-sumdb-proxy-failed", "error", `Checksum-database access fails before any lookup: ${walk.error?.text ?? "no proxy answered"}. Go stops at this error (a "," follows that proxy, or no later entry was not-found). Append ",direct" or make the proxy answer /sumdb/${name}/supported with 200 or 404.`);
    return undefined;
}
/** GET <base>/latest and verify the signed tree head it returns. */
async function readLatest(ctx, probe, sumdb, base) {
    const { outcome } = probe;
    outcome.url = (0,redact/* scrubSecrets */.Zg)((0,redact/* redactUrl */.BO)(base), ctx.secrets);
    const g = await (0,http/* goGet */.fF)(ctx, `${base.replace(/\/$/, "")}/latest`);
    const origin = outcome.access === "proxy" ? outcome.origin : `sumdb:${sumdb.name}`;
    const res = toResult("sumdb-latest", origin, g);
    probe.results.push(res);
    if (isOk(g) && g.body) {
        verifyLatest(g.body, sumdb, outcome, res, probe.diagnostics);
        return;
    }
    outcome.error = (0,http/* failureText */.kY)(g);
    const rule = outcome.access === "direct"
        ? "probe-sumdb-direct-unreachable"
        : outcome.access === "proxy"
            ? "probe-sumdb-proxy-failed"
            : "probe-sumdb-unreachable";
    probe.diagnostics.push({
        rule,
        severity: "error",
        variable: "GOSUMDB",
        value: sumdb.name,
        message: `The checksum database ${sumdb.name} cannot be read at ${outcome.url}/latest: ${outcome.error}. Every module not already in go.sum will fail verification.${outcome.access === "direct" ? ` Go goes there directly because no GOPROXY entry supports /sumdb/${sumdb.name}/; use a proxy that does, set GOSUMDB's URL, or list private modules in GONOSUMDB.` : ""}`,
    });
}
function verifyLatest(body, sumdb, outcome, res, diagnostics) {
    const d = (rule, message, severity = "error") => diagnostics.push({ rule, severity, variable: "GOSUMDB", value: sumdb.name, message });
    let verifier;
    try {
        verifier = (0,sumdb_note/* newVerifier */.v8)(sumdb.key);
    }
    catch (e) {
        outcome.error = `invalid GOSUMDB: ${e.message}`;
        d("probe-sumdb-key-invalid", `${outcome.error}: the key cannot verify anything.`);
        return;
    }
    try {
        const note = (0,sumdb_note/* openNote */.jN)(body, [verifier]);
        const tree = (0,records/* parseTree */.cZ)(note.text);
        outcome.verified = true;
        outcome.treeSize = tree.n;
        res.verified = true;
        res.treeSize = tree.n;
        d("probe-sumdb-verified", `The signed tree head of ${sumdb.name} (${outcome.url}/latest) verifies with the configured key: ${tree.n} records. Name, key and URL are right.`, "notice");
    }
    catch (e) {
        res.verified = false;
        if (e instanceof sumdb_note/* UnverifiedNoteError */.KE) {
            const signers = e.note.unverifiedSigs.map((s) => `${s.name}+${s.keyHash.toString(16).padStart(8, "0")}`);
            outcome.error = "the tree head is not signed by the configured key";
            d("probe-sumdb-wrong-key", `${outcome.url}/latest is signed by ${signers.join(", ") || "no key"}, not by the configured ${sumdb.name}+${verifier.keyHash.toString(16).padStart(8, "0")}. GOSUMDB's key (or name, or URL) is wrong: every verification would fail with "verifying go.mod: … invalid signature" or "no verifiable signatures".`);
            return;
        }
        outcome.error = e.message;
        d(e.message.startsWith("invalid signature")
            ? "probe-sumdb-bad-signature"
            : "probe-sumdb-malformed", `${outcome.url}/latest does not verify: ${e.message}. Go will reject this database.`);
    }
}

;// CONCATENATED MODULE: ./src/probe/chain.ts






/** Probes every proxy of the chain and the checksum database; never throws. */
async function probeChain(input) {
    const started = performance.now();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.max(1, input.timeoutMs));
    const signal = controller.signal;
    const { ctx, egress, creds } = await (0,context/* openGoHttp */.t)({
        env: input.env,
        goVersion: input.goVersion,
        signal,
        urls: [...input.proxies.map((e) => e.url), ...(input.sumdb?.url ? [input.sumdb.url] : [])],
        maxBody: 1 << 16,
    });
    const diagnostics = egress.config.invalid.map((bad) => ({
        rule: "probe-egress-proxy-invalid",
        severity: "warning",
        variable: bad.variable,
        message: `${bad.variable} does not parse as a URL, even with http:// in front; Go ignores it without a word and connects directly.`,
    }));
    diagnostics.push(...creds.diagnostics);
    const entries = input.proxies;
    const display = (e) => (0,redact/* scrubSecrets */.Zg)((0,redact/* redactUrl */.BO)(e.display), ctx.secrets);
    const candidates = moduleCandidates(input.modules, input.probeModule, input.maxModules ?? 2);
    // Everything at once.
    const moduleGets = startModuleGets(ctx, entries, candidates, display);
    const sumdbDone = input.sumdb ? probeSumdb(ctx, input.sumdb, entries, display) : undefined;
    const results = [];
    const modules = [];
    let sumdbOutcome;
    try {
        const settled = await moduleGets;
        const walked = moduleOutcomes(entries, candidates, settled, display);
        results.push(...walked.results);
        modules.push(...walked.modules);
        const chain = {
            entries,
            settled,
            candidates,
            display,
            slowSeconds: input.slowSeconds ?? 3,
            goVersion: input.goVersion,
            env: input.env,
            creds,
            ctx,
        };
        diagnostics.push(...(await proxyDiagnostics(chain, modules)));
        if (sumdbDone) {
            const s = await sumdbDone;
            results.push(...s.results);
            diagnostics.push(...s.diagnostics);
            sumdbOutcome = s.outcome;
        }
    }
    finally {
        clearTimeout(timer);
        await (0,http/* closeHttpContext */.qf)(ctx);
    }
    const report = {
        results,
        diagnostics: diagnostics.map((d) => scrubDiagnostic(d, ctx.secrets)),
        modules,
        seconds: Math.round(performance.now() - started) / 1000,
        timedOut: signal.aborted,
    };
    if (sumdbOutcome)
        report.sumdb = sumdbOutcome;
    return report;
}
function scrubDiagnostic(d, secrets) {
    const out = { ...d, message: (0,redact/* scrubSecrets */.Zg)(d.message, secrets) };
    if (d.value !== undefined)
        out.value = (0,redact/* scrubSecrets */.Zg)(d.value, secrets);
    return out;
}

// EXTERNAL MODULE: ./src/go/patterns.ts
var go_patterns = __webpack_require__(1615);
;// CONCATENATED MODULE: ./src/pipeline/probe.ts
// The live checks: every proxy of the chain and the checksum database, probed the way Go
// would reach them, before the download starts.


async function liveChecks(opts) {
    const { version: v, patterns, proxy: list, sumdb } = opts.go.settings;
    const modules = opts.ws.requirements
        .filter((r) => !(0,go_patterns/* routeModule */.Ag)(r.path, patterns, v).bypassProxy)
        .map(({ path, version }) => ({ path, version }));
    // Go asks the checksum database only for what go.sum lacks and GONOSUMDB does not cover.
    const summed = new Set(opts.ws.sums.flatMap((t) => t.split("\n").map((l) => l.split(/\s+/).slice(0, 2).join(" "))));
    // A database the job names itself is proven even when go.sum covers this build: a wrong key
    // or URL breaks the next `go get`. The default one is asked only when this build needs it.
    const configured = !!opts.env.GOSUMDB && opts.go.settings.sumdbConfigured;
    const needsSumdb = opts.ws.requirements.some((r) => !(0,go_patterns/* routeModule */.Ag)(r.path, patterns, v).skipSumdb &&
        !(summed.has(`${r.path} ${r.version}`) && summed.has(`${r.path} ${r.version}/go.mod`)));
    const [path, version] = opts.probeModule?.split("@") ?? [];
    return probeChain({
        proxies: list.entries,
        ...(sumdb.kind === "db" && (needsSumdb || configured)
            ? { sumdb: { name: sumdb.name, key: sumdb.key, ...(sumdb.url ? { url: sumdb.url } : {}) } }
            : {}),
        modules,
        ...(path && version ? { probeModule: { path, version } } : {}),
        env: opts.env,
        goVersion: v,
        timeoutMs: opts.timeoutMs,
    });
}


/***/ })

};
