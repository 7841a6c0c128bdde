export const id = 559;
export const ids = [559];
export const modules = {

/***/ 2559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// GitHub-flavoured Markdown pieces for the job summary, and the 1 MiB guard GitHub imposes.
/** GitHub drops a step summary over 1 MiB whole; keep well clear of it. */
const SUMMARY_BYTE_BUDGET = 900 * 1024;
function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/** URLs and module@version in text: GFM would turn them into links (a masked proxy URL, a mailto). */
const LINKABLE = /(?:https?|file):\/\/[^\s<>"'`]+|[\w.~-]+(?:\/[\w.~!-]+)*@v\d[\w.+-]*/g;
/**
 * Text safe inside a table cell or a list item: no pipes or newlines breaking the row, no
 * raw HTML, and no autolinks (URLs and module@version become code spans).
 */
function markdown_cell(s) {
    const text = String(s);
    let out = "";
    let at = 0;
    for (const m of text.matchAll(LINKABLE)) {
        out += plain(text.slice(at, m.index)) + markdown_code(m[0].replace(/[.,:;)]+$/, ""));
        at = m.index + m[0].replace(/[.,:;)]+$/, "").length;
    }
    return out + plain(text.slice(at));
}
function plain(s) {
    return escapeHtml(s).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
/** A code span: shown verbatim, never autolinked; pipes escaped for tables. */
function markdown_code(s) {
    const body = s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
    const ticks = "`".repeat(Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
    return `${ticks}${pad}${body}${pad}${ticks}`;
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

;// CONCATENATED MODULE: ./src/report/timings.ts
const LABELS = [
    ["startup", "start-up"],
    ["restore", "restore"],
    ["checks", "checks"],
    ["download", "download"],
    ["verification", "verification"],
    ["unpack", "unpack"],
    ["report", "report"],
];
const s = (n) => `${n.toFixed(n < 10 ? 2 : 1)} s`;
/** The main step's line; the stages that overlap are said to. */
function timingsLine(t) {
    const parts = LABELS.filter(([k]) => t[k] !== undefined).map(([k, label]) => {
        const alongside = k === "checks" && t.download !== undefined
            ? ", alongside the download"
            : k === "unpack"
                ? ", alongside the restore"
                : "";
        return `${label} ${s(t[k])}${alongside}`;
    });
    const total = t.total !== undefined ? ` (main step, ${s(t.total)})` : "";
    return `**Where the time went**${total}: ${parts.join(" · ")}. The cache save is timed in the post step.`;
}
/** The post step's line. */
function saveTimingLine(seconds) {
    return `**Where the time went** (post step): save ${s(seconds)}.`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts


const MAX_ROWS = 200;
const ICON = { error: "❌", warning: "⚠️", notice: "ℹ️" };
function renderSummary(report) {
    const parts = [headline(report)];
    if (report.failedBecause.length)
        parts.push(report.failedBecause.map((r) => `> ❌ ${markdown_cell(r)}`).join("\n>\n"));
    if (report.toolchain)
        parts.push(toolchainLines(report.toolchain));
    if (report.cache)
        parts.push(cacheLine(report.cache));
    if (report.download)
        parts.push(hitRates(report.download));
    if (report.timings)
        parts.push(timingsLine(report.timings));
    if (report.download?.failures.length)
        parts.push(failures(report.download));
    if (report.diagnostics.some((d) => !(d.severity === "notice" && d.rule.startsWith("probe-"))))
        parts.push(checks(report.diagnostics));
    if (report.probes)
        parts.push(probes(report.probes));
    if (report.download?.ledger.fallbacks.length)
        parts.push(fallbacks(report.download.ledger.fallbacks));
    if (report.download?.direct.length)
        parts.push(direct(report.download, report.strict));
    if (report.download?.retries.length)
        parts.push(retries(report.download));
    parts.push(settings(report));
    if (report.download)
        parts.push(timings(report.download));
    return fitBytes(parts.join("\n\n") + "\n");
}
function headline(r) {
    const ok = r.failedBecause.length === 0;
    const d = r.download;
    const mods = d?.ledger.modules?.length ?? 0;
    const what = d
        ? `${mods} module${mods === 1 ? "" : "s"} in ${d.seconds.toFixed(d.seconds < 10 ? 2 : 1)} s`
        : "settings checked";
    const go = r.go ? ` · ${r.go.version}` : "";
    return `## ${ok ? "✅" : "❌"} setup-goproxy: ${what}${go}${r.strict ? " · strict" : ""}`;
}
function role(o, first) {
    if (o.origin === "direct")
        return "direct (VCS)";
    if (o.origin === "local")
        return "module cache";
    if (o.origin.startsWith("sumdb:"))
        return "checksum database";
    return o.origin === first ? "first proxy" : "fallback proxy";
}
function hitRates(d) {
    const ledger = d.ledger;
    const s = ledger.shares;
    if (d.fromCache) {
        return `### Where modules came from\n\nAll ${ledger.modules?.length ?? 0} modules were in the restored cache: no request was made and nothing was extracted (the build extracts what it uses).`;
    }
    const first = ledger.origins.find((o) => o.origin !== "direct" && o.origin !== "local" && !o.origin.startsWith("sumdb:"))?.origin;
    const rows = ledger.origins
        .filter((o) => o.filesAsked > 0 || o.requests > 0)
        .map((o) => [
        markdown_code(o.origin),
        role(o, first),
        o.filesServed,
        o.filesAsked,
        o.hitRate === null ? "–" : bar(o.hitRate),
        o.notFound,
        o.errors,
        seconds(o.seconds),
    ]);
    const shares = `**${s.files} module files:** first proxy ${percent(s.ratio.firstProxy)} · later proxies ${percent(s.ratio.laterProxies)}` +
        ` · direct ${percent(s.ratio.direct)} · module cache ${percent(s.ratio.local)}` +
        (s.failed ? ` · **failed ${s.failed}**` : "");
    const sumdb = ledger.sumdb.length
        ? "\n\n" +
            table(["Checksum database", "Via", "Requests", "OK", "Not found", "Errors"], ledger.sumdb.map((d) => [markdown_code(d.name), markdown_code(d.origin), d.requests, d.ok, d.notFound, d.errors], ["l", "l", "r", "r", "r", "r"]))
        : "";
    return ("### Where modules came from\n\n" +
        shares +
        "\n\n" +
        table(["Origin", "Role", "Served", "Asked", "Hit rate", "Not found", "Errors", "Time"], capRows(rows, MAX_ROWS, (n) => [`… ${n} more origins`, "", "", "", "", "", "", ""]), ["l", "l", "r", "r", "l", "r", "r", "r"]) +
        sumdb);
}
function failures(d) {
    const rows = d.failures.map((f) => [
        markdown_code(`${f.module}@${f.version}`),
        f.tried.map((t) => `${markdown_code(t.origin)}: ${markdown_cell(t.reason ?? "served")}`).join("<br>") || "–",
        markdown_cell(f.explanation ? `${f.explanation.cause} Fix: ${f.explanation.fix}` : f.error),
    ]);
    return (`### ❌ ${d.failures.length} module${d.failures.length === 1 ? "" : "s"} failed\n\n` +
        table(["Module", "Tried", "What happened"], capRows(rows, MAX_ROWS, (n) => [`… ${n} more`, "", ""])));
}
function checks(all) {
    // Probe notices are facts the Live checks table already shows.
    const diags = all.filter((d) => !(d.severity === "notice" && d.rule.startsWith("probe-")));
    const rows = diags.map((d) => [
        ICON[d.severity],
        `**${markdown_cell(d.variable)}** · ${markdown_code(d.rule)}<br>${markdown_cell(d.message)}`,
    ]);
    const errors = diags.filter((d) => d.severity === "error").length;
    const warnings = diags.filter((d) => d.severity === "warning").length;
    return details(`<b>Checks:</b> ${errors} errors, ${warnings} warnings, ${diags.length - errors - warnings} notices`, table(["", "Finding"], capRows(rows, MAX_ROWS, (n) => [`… ${n} more`, ""])), errors + warnings > 0);
}
/** Fallback events grouped by the pair of origins and the reason, largest group first. */
function groupFallbacks(events) {
    const groups = new Map();
    for (const e of events) {
        const key = `${e.from}\u0000${e.to}\u0000${e.reason}`;
        const g = groups.get(key) ?? { from: e.from, to: e.to, reason: e.reason, events: [] };
        g.events.push(e);
        groups.set(key, g);
    }
    return [...groups.values()].sort((a, b) => b.events.length - a.events.length);
}
function fallbacks(events) {
    const groups = groupFallbacks(events);
    const body = groups
        .slice(0, MAX_ROWS)
        .map((g) => {
        const mods = [
            ...new Set(g.events.map((e) => `${e.module}${e.version ? `@${e.version}` : ""}`)),
        ];
        const list = mods.slice(0, 20).map(markdown_code).join(", ") +
            (mods.length > 20 ? ` … and ${mods.length - 20} more` : "");
        return `- ${markdown_code(g.from)} → ${markdown_code(g.to)} (${markdown_cell(g.reason)}): **${g.events.length}** file${g.events.length === 1 ? "" : "s"} of ${list}`;
    })
        .join("\n");
    const more = groups.length > MAX_ROWS ? `\n- … and ${groups.length - MAX_ROWS} more groups` : "";
    return details(`<b>Fallbacks:</b> ${events.length} module files fell through the chain`, body + more);
}
function direct(d, strict) {
    const rows = d.direct.map((m) => [
        markdown_code(`${m.module}@${m.version}`),
        m.allowed
            ? "allowed by `allow-direct`"
            : strict
                ? "**not allowed** (strict)"
                : "fetched directly (strict mode would fail)",
    ]);
    return details(`<b>Direct fetches:</b> ${d.direct.length} module${d.direct.length === 1 ? "" : "s"} came from VCS, not a proxy`, table(["Module", "Policy"], capRows(rows, MAX_ROWS, (n) => [`… ${n} more`, ""])));
}
function retries(d) {
    const rows = d.retries.map((r) => [
        markdown_code(r.dir),
        r.attempt,
        markdown_cell(r.modules.slice(0, 10).join(", ") +
            (r.modules.length > 10 ? ` … +${r.modules.length - 10}` : "")),
        markdown_cell(r.reason),
        `${r.waitSeconds.toFixed(1)} s`,
    ]);
    return details(`<b>Retries:</b> ${d.retries.length} after transient failures`, table(["Root", "Attempt", "Modules", "Because", "Waited"], capRows(rows, MAX_ROWS, (n) => [`… ${n} more`, "", "", "", ""])));
}
function settings(r) {
    const rows = r.settings.map((s) => [
        markdown_code(s.variable),
        s.value === "" ? "<i>empty</i>" : markdown_code(s.value),
        s.source,
    ]);
    return details("<b>Settings</b>", table(["Variable", "Value", "From"], rows));
}
function timings(d) {
    const rows = d.roots.map((r) => [
        markdown_code(r.dir),
        r.kind,
        r.exitCode === 0 ? "✅" : `❌ exit ${r.exitCode}`,
        r.attempts,
        seconds(r.seconds),
    ]);
    return details("<b>Timings</b>", table(["Root", "Kind", "Result", "Attempts", "Time"], capRows(rows, MAX_ROWS, (n) => [`… ${n} more`, "", "", "", ""])));
}
function probes(p) {
    const rows = p.results.map((r) => [
        r.kind === "module"
            ? `module ${markdown_code(r.module ?? "")}`
            : r.kind === "sumdb-supported"
                ? "checksum proxying"
                : "checksum tree head",
        markdown_code(r.origin),
        r.status ? markdown_cell(r.statusText ?? String(r.status)) : markdown_cell(r.error ?? "–"),
        seconds(r.seconds),
        r.via === "direct" ? "" : markdown_code(r.via),
        r.verified
            ? `✅ signed tree of ${r.treeSize} records`
            : r.sumdbSupported === undefined
                ? ""
                : r.sumdbSupported
                    ? "proxied"
                    : "not proxied",
    ]);
    const viaUsed = p.results.some((r) => r.via !== "direct");
    const db = p.sumdb
        ? `\n\nChecksum database ${markdown_code(p.sumdb.name)}: ${p.sumdb.access === "proxy" ? `through ${markdown_code(p.sumdb.origin ?? "")}` : p.sumdb.access === "failed" ? "**unreachable**" : `direct to ${markdown_code(p.sumdb.url ?? p.sumdb.name)}`}` +
            (p.sumdb.verified
                ? `, signature verified (tree size ${p.sumdb.treeSize})`
                : p.sumdb.error
                    ? `: ${markdown_cell(p.sumdb.error)}`
                    : "")
        : "";
    return details(`<b>Live checks:</b> ${p.results.length} probes in ${p.seconds.toFixed(1)} s${p.timedOut ? " (timed out)" : ""}`, table(["Probe", "Origin", "Answer", "Time", "Via", "Note"].filter((_, i) => i !== 4 || viaUsed), capRows(rows.map((r) => r.filter((_, i) => i !== 4 || viaUsed)), MAX_ROWS, (n) => [`… ${n} more`, "", "", "", ...(viaUsed ? [""] : []), ""]), ["l", "l", "l", "r", "l", "l"]) + db);
}
/** Seconds with a no-break space, so a narrow column never wraps "0.03 / s". */
function seconds(n) {
    return `${n.toFixed(2)}\u00a0s`;
}
function bytes(n) {
    if (n === null || n === undefined)
        return "–";
    return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
function cacheLine(c) {
    if (c.hit === "miss" && c.archiveBytes.restored === null && c.reason)
        return `**Module cache:** miss: ${markdown_cell(c.reason)}`;
    const hit = { exact: "exact hit", partial: "partial hit", miss: "miss" }[c.hit];
    const from = c.matchedKey && c.matchedKey !== c.key ? ` from ${markdown_code(c.matchedKey)}` : "";
    const pruned = c.pruned.versions
        ? ` · pruned ${c.pruned.versions} unused versions (${bytes(c.pruned.bytes)})`
        : "";
    return `**Module cache:** ${hit}${from} · ${bytes(c.archiveBytes.restored)} in ${c.restoreSeconds.toFixed(1)}\u00a0s${pruned}`;
}
/** The post step's summary: what became of the cache. */
function cacheSummary(c) {
    const what = c.saved
        ? `saved ${code(c.key)} (${bytes(c.archiveBytes.saved)} in ${(c.saveSeconds ?? 0).toFixed(1)} s)`
        : "not saved";
    const reason = c.reason.replace(/^(not )?saved\b[:,]?\s*/i, "");
    return `\n\n**setup-goproxy module cache:** ${what}${reason ? `: ${cell(reason)}` : ""}\n`;
}
function toolchainLines(t) {
    const lines = [];
    const from = (source, origin) => source === "proxy"
        ? `downloaded from ${markdown_code(origin ?? "the chain")}`
        : source === "tool-cache"
            ? "from the runner's tool cache"
            : source === "modcache"
                ? "already in the module cache"
                : "already on PATH";
    const proof = (v) => v ? `, verified by ${markdown_code(v.database)} (tree of ${v.treeSize} records)` : "";
    if (t.installed) {
        const i = t.installed;
        lines.push(`**Go ${markdown_cell(i.version)}:** ${from(i.source, i.origin)}${proof(i.verified)} in ${i.seconds.toFixed(1)}\u00a0s`);
    }
    for (const p of t.prewarmed) {
        lines.push(`**Toolchain ${markdown_cell(p.version)}** (a go.mod asks for it): ${from(p.source, p.origin)}${proof(p.verified)} in ${p.seconds.toFixed(1)}\u00a0s`);
    }
    return lines.join("<br>\n");
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
// Annotations within GitHub's limits: 10 of each level per step (the rest are dropped
// silently by GitHub), so when there are more we keep the first ones and say what we cut.
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * Keeps at most `limit` annotations per level, in the order given (most important first).
 * When a level overflows, its last slot becomes one annotation that names what was cut.
 */
function fitAnnotations(items, limit = ANNOTATIONS_PER_LEVEL) {
    const out = [];
    for (const level of ["error", "warning", "notice"]) {
        const mine = items.filter((a) => a.level === level);
        if (mine.length <= limit) {
            out.push(...mine);
            continue;
        }
        const kept = mine.slice(0, limit - 1);
        const cut = mine.slice(limit - 1);
        const titles = cut.slice(0, 20).map((a) => `- ${a.title}`);
        if (cut.length > 20)
            titles.push(`- … and ${cut.length - 20} more`);
        out.push(...kept, {
            level,
            title: `${cut.length} more ${level}s`,
            message: `GitHub shows ${limit} ${level}s per step; these are in the job summary and the JSON report:\n${titles.join("\n")}`,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/verdict.ts
var verdict = __webpack_require__(687);
;// CONCATENATED MODULE: ./src/report/annotate.ts



function reportAnnotations(report) {
    const out = [];
    const d = report.download;
    for (const group of groupFailures(d?.failures ?? [])) {
        const [f] = group;
        const tried = f.tried.map((t) => `  ${t.origin}: ${t.reason ?? "served"}`).join("\n");
        const explained = f.explanation
            ? `\n${f.explanation.cause}\nFix: ${f.explanation.fix} (rule ${f.explanation.rule})`
            : "";
        const names = group.map((x) => `${x.module}${x.version ? `@${x.version}` : ""}`);
        const others = group.length > 1
            ? `\nThe same happened to: ${names.slice(1, 30).join(", ")}${names.length > 30 ? ` and ${names.length - 30} more` : ""}`
            : "";
        out.push({
            level: "error",
            title: group.length === 1
                ? `${names[0]} failed to download`
                : `${group.length} modules failed to download`,
            message: `${f.error}${tried ? `\nTried:\n${tried}` : ""}${explained}${others}`,
            ...at(group.find((x) => x.file) ?? {}),
        });
    }
    const denied = d?.direct.filter((m) => !m.allowed) ?? [];
    if (report.strict && denied.length && !report.strictIgnore?.includes("download-direct")) {
        out.push({
            level: "error",
            title: `strict: download-direct: ${denied.length} module${denied.length === 1 ? "" : "s"} fetched directly`,
            message: 'These modules were fetched from their VCS (direct), not a proxy. Mirror them in the proxy, list them in `allow-direct`, or add "download-direct" to `strict-ignore`:\n' +
                denied.map((m) => `  ${m.module}@${m.version}`).join("\n"),
            ...at(denied.find((m) => m.file) ?? {}),
        });
    }
    for (const level of ["error", "warning", "notice"]) {
        // Probe notices are facts ("answered 200 OK"): the summary has them; annotations are for what needs a look.
        for (const diag of report.diagnostics.filter((x) => x.severity === level && !(level === "notice" && x.rule.startsWith("probe-")))) {
            out.push({
                level: level === "error" && (0,verdict/* superseded */.zT)(diag.rule, report) ? "warning" : level,
                title: `${diag.variable}: ${diag.rule}`,
                message: diag.message,
                ...at(diag),
            });
        }
    }
    for (const g of groupFallbacks(d?.ledger.fallbacks ?? [])) {
        const modules = [...new Set(g.events.map((e) => e.module))];
        const where = modules.map((m) => d?.requiredAt[m]).find((x) => x !== undefined);
        out.push({
            level: "warning",
            title: `Fallback ${g.from} → ${g.to}: ${g.reason}`,
            message: `${g.events.length} module file${g.events.length === 1 ? "" : "s"} of ${modules.length} module${modules.length === 1 ? "" : "s"} fell through: ` +
                modules.slice(0, 15).join(", ") +
                (modules.length > 15 ? ` and ${modules.length - 15} more` : ""),
            ...(where ?? {}),
        });
    }
    return fitAnnotations(out);
}
/** Failures with one cause (the explainer's rule and the origins tried) make one annotation. */
function groupFailures(failures) {
    const groups = new Map();
    for (const f of failures) {
        const key = `${f.explanation?.rule ?? f.error}\u0000${f.tried.map((t) => t.origin).join(",")}`;
        groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    return [...groups.values()];
}
function at(x) {
    return x.file ? { file: x.file, ...(x.line ? { line: x.line } : {}) } : {};
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
function reportOutputs(report) {
    const ledger = report.download?.ledger;
    const out = { ok: String(report.failedBecause.length === 0) };
    if (ledger) {
        out["hit-rate"] = ledger.shares.files ? ledger.shares.ratio.firstProxy.toFixed(4) : "";
        out["fallback-count"] = String(ledger.fallbacks.length);
        out["direct-count"] = String(report.download.direct.length);
        out["modules"] = String(ledger.modules?.length ?? 0);
        out["failed-count"] = String(report.download.failures.length);
    }
    if (report.go)
        out["go-version"] = report.go.version.replace(/^go/, "").split(" ")[0];
    if (report.cache) {
        // As actions/cache and setup-go: "true" only on an exact hit; the detail is cache-result.
        out["cache-hit"] = String(report.cache.hit === "exact");
        out["cache-result"] = report.cache.hit;
        out["cache-matched-key"] = report.cache.matchedKey ?? "";
        out["cache-key"] = report.cache.key;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/json-file.ts
// report.json written as `JSON.stringify(value, null, 2)` would write it, a piece at a time:
// on 5,000 modules the report is 11 MB of JSON, and building it as one string raised the
// main step's peak memory by about 30 MB. Objects are walked key by key; each array item is
// stringified on its own (items are small: a module, a file, a request).

const FLUSH_CHARS = 1 << 16;
/** Writes `value` as indented JSON and a newline. */
async function writeJsonFile(file, value) {
    const fh = await (0,promises_.open)(file, "w");
    try {
        let buf = "";
        for (const piece of jsonPieces(toJsonValue(value, ""), "")) {
            buf += piece;
            if (buf.length >= FLUSH_CHARS) {
                await fh.write(buf);
                buf = "";
            }
        }
        await fh.write(`${buf}\n`);
    }
    finally {
        await fh.close();
    }
}
/** The pieces of `JSON.stringify(v, null, 2)`, for a value (toJSON already applied) at `indent`. */
function* jsonPieces(v, indent) {
    if (v === null || typeof v !== "object") {
        yield JSON.stringify(v) ?? "null";
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
        if (v.length === 0)
            return void (yield "[]");
        yield "[";
        for (let i = 0; i < v.length; i++) {
            const item = JSON.stringify(v[i], null, 2) ?? "null";
            yield `${i ? "," : ""}\n${inner}${item.replaceAll("\n", `\n${inner}`)}`;
        }
        yield `\n${indent}]`;
        return;
    }
    let first = true;
    for (const key of Object.keys(v)) {
        const member = toJsonValue(v[key], key);
        if (member === undefined || typeof member === "function" || typeof member === "symbol")
            continue;
        yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* jsonPieces(member, inner);
    }
    yield first ? "{}" : `\n${indent}}`;
}
/** What JSON.stringify serialises in place of a value: its toJSON() result when it has one. */
function toJsonValue(value, key) {
    const withToJson = value;
    return typeof withToJson?.toJSON === "function" ? withToJson.toJSON(key) : value;
}

;// CONCATENATED MODULE: ./src/action/publish.ts
// The report handed to GitHub: annotations, outputs, the JSON file and the job summary. Loaded
// while the download runs: none of it is needed before.







async function publish(report, dir) {
    for (const a of reportAnnotations(report)) {
        const props = {
            title: a.title,
            ...(a.file ? { file: a.file } : {}),
            ...(a.line ? { startLine: a.line } : {}),
        };
        ({ error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm })[a.level](a.message, props);
    }
    for (const [name, value] of Object.entries(reportOutputs(report)))
        core/* setOutput */.uH(name, value);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, "report.json");
    await writeJsonFile(file, report);
    core/* setOutput */.uH("report", file);
    await core/* summary */.z.addRaw(renderSummary(report)).write();
}


/***/ })

};
