// The job summary: what a person reads on the job page. Bounded: GitHub drops a summary
// over 1 MiB whole, so every list is capped with a count and the total is guarded.
import type { Diagnostic } from "../core/diagnostic.ts";
import type { FallbackEvent, OriginStats } from "../download/types.ts";
import type { DownloadReport, RunReport } from "./model.ts";
import type { ProbeReport } from "../probe/chain.ts";
import type { CacheFacts } from "../cache/index.ts";
import { bar, capRows, cell, code, details, fitBytes, percent, table } from "./markdown.ts";
import { timingsLine } from "./timings.ts";

const MAX_ROWS = 200;
const ICON = { error: "❌", warning: "⚠️", notice: "ℹ️" } as const;

export function renderSummary(report: RunReport): string {
  const parts = [headline(report)];
  if (report.failedBecause.length)
    parts.push(report.failedBecause.map((r) => `> ❌ ${cell(r)}`).join("\n>\n"));
  if (report.toolchain) parts.push(toolchainLines(report.toolchain));
  if (report.cache) parts.push(cacheLine(report.cache));
  if (report.download) parts.push(hitRates(report.download));
  if (report.timings) parts.push(timingsLine(report.timings));
  if (report.download?.failures.length) parts.push(failures(report.download));
  if (report.diagnostics.some((d) => !(d.severity === "notice" && d.rule.startsWith("probe-"))))
    parts.push(checks(report.diagnostics));
  if (report.probes) parts.push(probes(report.probes));
  if (report.download?.ledger.fallbacks.length)
    parts.push(fallbacks(report.download.ledger.fallbacks));
  if (report.download?.direct.length) parts.push(direct(report.download, report.strict));
  if (report.download?.retries.length) parts.push(retries(report.download));
  parts.push(settings(report));
  if (report.download) parts.push(timings(report.download));
  return fitBytes(parts.join("\n\n") + "\n");
}

function headline(r: RunReport): string {
  const ok = r.failedBecause.length === 0;
  const d = r.download;
  const mods = d?.ledger.modules?.length ?? 0;
  const what = d
    ? `${mods} module${mods === 1 ? "" : "s"} in ${d.seconds.toFixed(d.seconds < 10 ? 2 : 1)} s`
    : "settings checked";
  const go = r.go ? ` · ${r.go.version}` : "";
  return `## ${ok ? "✅" : "❌"} setup-goproxy: ${what}${go}${r.strict ? " · strict" : ""}`;
}

function role(o: OriginStats, first: string | undefined): string {
  if (o.origin === "direct") return "direct (VCS)";
  if (o.origin === "local") return "module cache";
  if (o.origin.startsWith("sumdb:")) return "checksum database";
  return o.origin === first ? "first proxy" : "fallback proxy";
}

function hitRates(d: DownloadReport): string {
  const ledger = d.ledger;
  const s = ledger.shares;
  if (d.fromCache) {
    return `### Where modules came from\n\nAll ${ledger.modules?.length ?? 0} modules were in the restored cache: no request was made and nothing was extracted (the build extracts what it uses).`;
  }
  const first = ledger.origins.find(
    (o) => o.origin !== "direct" && o.origin !== "local" && !o.origin.startsWith("sumdb:"),
  )?.origin;
  const rows = ledger.origins
    .filter((o) => o.filesAsked > 0 || o.requests > 0)
    .map((o) => [
      code(o.origin),
      role(o, first),
      o.filesServed,
      o.filesAsked,
      o.hitRate === null ? "–" : bar(o.hitRate),
      o.notFound,
      o.errors,
      seconds(o.seconds),
    ]);
  const shares =
    `**${s.files} module files:** first proxy ${percent(s.ratio.firstProxy)} · later proxies ${percent(s.ratio.laterProxies)}` +
    ` · direct ${percent(s.ratio.direct)} · module cache ${percent(s.ratio.local)}` +
    (s.failed ? ` · **failed ${s.failed}**` : "");
  const sumdb = ledger.sumdb.length
    ? "\n\n" +
      table(
        ["Checksum database", "Via", "Requests", "OK", "Not found", "Errors"],
        ledger.sumdb.map(
          (d) => [code(d.name), code(d.origin), d.requests, d.ok, d.notFound, d.errors],
          ["l", "l", "r", "r", "r", "r"],
        ),
      )
    : "";
  return (
    "### Where modules came from\n\n" +
    shares +
    "\n\n" +
    table(
      ["Origin", "Role", "Served", "Asked", "Hit rate", "Not found", "Errors", "Time"],
      capRows(rows, MAX_ROWS, (n) => [`… ${n} more origins`, "", "", "", "", "", "", ""]),
      ["l", "l", "r", "r", "l", "r", "r", "r"],
    ) +
    sumdb
  );
}

function failures(d: DownloadReport): string {
  const rows = d.failures.map((f) => [
    code(`${f.module}@${f.version}`),
    f.tried.map((t) => `${code(t.origin)}: ${cell(t.reason ?? "served")}`).join("<br>") || "–",
    cell(f.explanation ? `${f.explanation.cause} Fix: ${f.explanation.fix}` : f.error),
  ]);
  return (
    `### ❌ ${d.failures.length} module${d.failures.length === 1 ? "" : "s"} failed\n\n` +
    table(
      ["Module", "Tried", "What happened"],
      capRows(rows, MAX_ROWS, (n) => [`… ${n} more`, "", ""]),
    )
  );
}

function checks(all: Diagnostic[]): string {
  // Probe notices are facts the Live checks table already shows.
  const diags = all.filter((d) => !(d.severity === "notice" && d.rule.startsWith("probe-")));
  const rows = diags.map((d) => [
    ICON[d.severity],
    `**${cell(d.variable)}** · ${code(d.rule)}<br>${cell(d.message)}`,
  ]);
  const errors = diags.filter((d) => d.severity === "error").length;
  const warnings = diags.filter((d) => d.severity === "warning").length;
  return details(
    `<b>Checks:</b> ${errors} errors, ${warnings} warnings, ${diags.length - errors - warnings} notices`,
    table(
      ["", "Finding"],
      capRows(rows, MAX_ROWS, (n) => [`… ${n} more`, ""]),
    ),
    errors + warnings > 0,
  );
}

/** Fallback events grouped by the pair of origins and the reason, largest group first. */
export function groupFallbacks(
  events: FallbackEvent[],
): { from: string; to: string; reason: string; events: FallbackEvent[] }[] {
  const groups = new Map<
    string,
    { from: string; to: string; reason: string; events: FallbackEvent[] }
  >();
  for (const e of events) {
    const key = `${e.from}\u0000${e.to}\u0000${e.reason}`;
    const g = groups.get(key) ?? { from: e.from, to: e.to, reason: e.reason, events: [] };
    g.events.push(e);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.events.length - a.events.length);
}

function fallbacks(events: FallbackEvent[]): string {
  const groups = groupFallbacks(events);
  const body = groups
    .slice(0, MAX_ROWS)
    .map((g) => {
      const mods = [
        ...new Set(g.events.map((e) => `${e.module}${e.version ? `@${e.version}` : ""}`)),
      ];
      const list =
        mods.slice(0, 20).map(code).join(", ") +
        (mods.length > 20 ? ` … and ${mods.length - 20} more` : "");
      return `- ${code(g.from)} → ${code(g.to)} (${cell(g.reason)}): **${g.events.length}** file${g.events.length === 1 ? "" : "s"} of ${list}`;
    })
    .join("\n");
  const more = groups.length > MAX_ROWS ? `\n- … and ${groups.length - MAX_ROWS} more groups` : "";
  return details(
    `<b>Fallbacks:</b> ${events.length} module files fell through the chain`,
    body + more,
  );
}

function direct(d: DownloadReport, strict: boolean): string {
  const rows = d.direct.map((m) => [
    code(`${m.module}@${m.version}`),
    m.allowed
      ? "allowed by `allow-direct`"
      : strict
        ? "**not allowed** (strict)"
        : "fetched directly (strict mode would fail)",
  ]);
  return details(
    `<b>Direct fetches:</b> ${d.direct.length} module${d.direct.length === 1 ? "" : "s"} came from VCS, not a proxy`,
    table(
      ["Module", "Policy"],
      capRows(rows, MAX_ROWS, (n) => [`… ${n} more`, ""]),
    ),
  );
}

function retries(d: DownloadReport): string {
  const rows = d.retries.map((r) => [
    code(r.dir),
    r.attempt,
    cell(
      r.modules.slice(0, 10).join(", ") +
        (r.modules.length > 10 ? ` … +${r.modules.length - 10}` : ""),
    ),
    cell(r.reason),
    `${r.waitSeconds.toFixed(1)} s`,
  ]);
  return details(
    `<b>Retries:</b> ${d.retries.length} after transient failures`,
    table(
      ["Root", "Attempt", "Modules", "Because", "Waited"],
      capRows(rows, MAX_ROWS, (n) => [`… ${n} more`, "", "", "", ""]),
    ),
  );
}

function settings(r: RunReport): string {
  const rows = r.settings.map((s) => [
    code(s.variable),
    s.value === "" ? "<i>empty</i>" : code(s.value),
    s.source,
  ]);
  return details("<b>Settings</b>", table(["Variable", "Value", "From"], rows));
}

function timings(d: DownloadReport): string {
  const rows = d.roots.map((r) => [
    code(r.dir),
    r.kind,
    r.exitCode === 0 ? "✅" : `❌ exit ${r.exitCode}`,
    r.attempts,
    seconds(r.seconds),
  ]);
  return details(
    "<b>Timings</b>",
    table(
      ["Root", "Kind", "Result", "Attempts", "Time"],
      capRows(rows, MAX_ROWS, (n) => [`… ${n} more`, "", "", "", ""]),
    ),
  );
}

function probes(p: ProbeReport): string {
  const rows = p.results.map((r) => [
    r.kind === "module"
      ? `module ${code(r.module ?? "")}`
      : r.kind === "sumdb-supported"
        ? "checksum proxying"
        : "checksum tree head",
    code(r.origin),
    r.status ? cell(r.statusText ?? String(r.status)) : cell(r.error ?? "–"),
    seconds(r.seconds),
    r.via === "direct" ? "" : code(r.via),
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
    ? `\n\nChecksum database ${code(p.sumdb.name)}: ${p.sumdb.access === "proxy" ? `through ${code(p.sumdb.origin ?? "")}` : p.sumdb.access === "failed" ? "**unreachable**" : `direct to ${code(p.sumdb.url ?? p.sumdb.name)}`}` +
      (p.sumdb.verified
        ? `, signature verified (tree size ${p.sumdb.treeSize})`
        : p.sumdb.error
          ? `: ${cell(p.sumdb.error)}`
          : "")
    : "";
  return details(
    `<b>Live checks:</b> ${p.results.length} probes in ${p.seconds.toFixed(1)} s${p.timedOut ? " (timed out)" : ""}`,
    table(
      ["Probe", "Origin", "Answer", "Time", "Via", "Note"].filter((_, i) => i !== 4 || viaUsed),
      capRows(
        rows.map((r) => r.filter((_, i) => i !== 4 || viaUsed)),
        MAX_ROWS,
        (n) => [`… ${n} more`, "", "", "", ...(viaUsed ? [""] : []), ""],
      ),
      ["l", "l", "l", "r", "l", "l"],
    ) + db,
  );
}

/** Seconds with a no-break space, so a narrow column never wraps "0.03 / s". */
function seconds(n: number): string {
  return `${n.toFixed(2)}\u00a0s`;
}

function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return "–";
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}

function cacheLine(c: CacheFacts): string {
  if (c.hit === "miss" && c.archiveBytes.restored === null && c.reason)
    return `**Module cache:** miss: ${cell(c.reason)}`;
  const hit = { exact: "exact hit", partial: "partial hit", miss: "miss" }[c.hit];
  const from = c.matchedKey && c.matchedKey !== c.key ? ` from ${code(c.matchedKey)}` : "";
  const pruned = c.pruned.versions
    ? ` · pruned ${c.pruned.versions} unused versions (${bytes(c.pruned.bytes)})`
    : "";
  return `**Module cache:** ${hit}${from} · ${bytes(c.archiveBytes.restored)} in ${c.restoreSeconds.toFixed(1)}\u00a0s${pruned}`;
}

/** The post step's summary: what became of the cache. */
export function cacheSummary(c: CacheFacts): string {
  const what = c.saved
    ? `saved ${code(c.key)} (${bytes(c.archiveBytes.saved)} in ${(c.saveSeconds ?? 0).toFixed(1)} s)`
    : "not saved";
  const reason = c.reason.replace(/^(not )?saved\b[:,]?\s*/i, "");
  return `\n\n**setup-goproxy module cache:** ${what}${reason ? `: ${cell(reason)}` : ""}\n`;
}

function toolchainLines(t: NonNullable<RunReport["toolchain"]>): string {
  const lines: string[] = [];
  const from = (source: string, origin?: string) =>
    source === "proxy"
      ? `downloaded from ${code(origin ?? "the chain")}`
      : source === "tool-cache"
        ? "from the runner's tool cache"
        : source === "modcache"
          ? "already in the module cache"
          : "already on PATH";
  const proof = (v?: { database: string; treeSize: number }) =>
    v ? `, verified by ${code(v.database)} (tree of ${v.treeSize} records)` : "";
  if (t.installed) {
    const i = t.installed;
    lines.push(
      `**Go ${cell(i.version)}:** ${from(i.source, i.origin)}${proof(i.verified)} in ${i.seconds.toFixed(1)}\u00a0s`,
    );
  }
  for (const p of t.prewarmed) {
    lines.push(
      `**Toolchain ${cell(p.version)}** (a go.mod asks for it): ${from(p.source, p.origin)}${proof(p.verified)} in ${p.seconds.toFixed(1)}\u00a0s`,
    );
  }
  return lines.join("<br>\n");
}
