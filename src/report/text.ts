// The ledger for a terminal: a plain-text table of origins, the fallbacks, the shares.
import type { Ledger } from "../download/types.ts";
import type { DownloadReport } from "./model.ts";
import { percent } from "./markdown.ts";

export function renderLedgerText(ledger: Ledger): string {
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
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "),
  );
  const s = ledger.shares;
  lines.push(
    "",
    `${s.files} module files: first proxy ${percent(s.ratio.firstProxy)}, later proxies ${percent(s.ratio.laterProxies)}, ` +
      `direct ${percent(s.ratio.direct)}, module cache ${percent(s.ratio.local)}${s.failed ? `, failed ${s.failed}` : ""}`,
  );
  if (ledger.fallbacks.length) {
    lines.push("", `${ledger.fallbacks.length} fallbacks:`);
    for (const f of ledger.fallbacks.slice(0, 50)) {
      lines.push(
        `  ${f.module}${f.version ? `@${f.version}` : ""} ${f.file}: ${f.from} -> ${f.to} (${f.reason})`,
      );
    }
    if (ledger.fallbacks.length > 50)
      lines.push(`  … and ${ledger.fallbacks.length - 50} more (--format json has them all)`);
  }
  return lines.join("\n") + "\n";
}

/** The ledger, then every failure with what Go said and each origin tried. */
export function renderDownloadText(d: DownloadReport): string {
  const lines = [renderLedgerText(d.ledger)];
  for (const f of d.failures) {
    lines.push(`FAILED ${f.module}${f.version ? `@${f.version}` : ""}: ${f.error}`);
    for (const t of f.tried) lines.push(`  tried ${t.origin}: ${t.reason ?? "served"}`);
    if (f.explanation) lines.push(`  ${f.explanation.cause}`, `  fix: ${f.explanation.fix}`);
  }
  for (const r of d.retries)
    lines.push(`retried ${r.modules.join(" ") || r.dir} (attempt ${r.attempt}): ${r.reason}`);
  return lines.join("\n") + "\n";
}
