// Why a run fails, from its report: failed downloads and settings Go rejects always; in strict
// mode also the warnings whose rule fails strict (src/report/strict.ts) and modules fetched
// directly outside `allow-direct`; with `fail-on-fallback` any actual fallback. Every strict
// failure names its rule id and how to allow it.
import type { Diagnostic } from "../core/diagnostic.ts";
import type { RunReport } from "./model.ts";
import { allowHint, strictFailsOn } from "./strict.ts";

export function failureReasons(r: Omit<RunReport, "failedBecause">): string[] {
  const out: string[] = [];
  const failed = r.download?.failures.length ?? 0;
  if (failed) out.push(`${failed} module${failed === 1 ? "" : "s"} failed to download.`);
  const errors = r.diagnostics.filter((d) => d.severity === "error" && !superseded(d.rule, r));
  if (errors.length)
    out.push(
      `${errors.length} setting error${errors.length === 1 ? "" : "s"}: ${errors.map((d) => d.rule).join(", ")}.`,
    );
  const ignored = new Set(r.strictIgnore ?? []);
  if (r.strict) {
    for (const [rule, found] of strictWarnings(r, ignored)) {
      const vars = [...new Set(found.map((d) => d.variable))].join(", ");
      out.push(
        `strict: ${rule}: ${found.length} warning${found.length === 1 ? "" : "s"} on ${vars}. ${allowHint(rule)}`,
      );
    }
    const direct = r.download?.direct.filter((m) => !m.allowed) ?? [];
    if (direct.length && !ignored.has("download-direct"))
      out.push(
        `strict: download-direct: ${direct.length} module${direct.length === 1 ? "" : "s"} fetched directly, not through a proxy: ${direct.map((m) => m.module).join(", ")}. Allow ${direct.length === 1 ? "it" : "them"} with allow-direct, or add "download-direct" to strict-ignore.`,
      );
  }
  const fallbacks = r.failOnFallback ? (r.download?.ledger.fallbacks ?? []) : [];
  if (fallbacks.length && !ignored.has("download-fallback")) {
    const modules = [...new Set(fallbacks.map((f) => f.module))];
    out.push(
      `fail-on-fallback: download-fallback: ${fallbacks.length} module file${fallbacks.length === 1 ? "" : "s"} fell through to a later GOPROXY entry (${modules.slice(0, 10).join(", ")}${modules.length > 10 ? `, and ${modules.length - 10} more` : ""}). ${allowHint("download-fallback")}`,
    );
  }
  return out;
}

/** The warnings strict mode fails on, by rule: the rule says so, nothing superseded or silenced it. */
function strictWarnings(
  r: Omit<RunReport, "failedBecause">,
  ignored: ReadonlySet<string>,
): Map<string, Diagnostic[]> {
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of r.diagnostics) {
    if (d.severity !== "warning" || ignored.has(d.rule) || superseded(d.rule, r)) continue;
    if (!strictFailsOn(d.rule)) continue;
    byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
  }
  return byRule;
}

/**
 * A live probe predicts what the download will meet; once the download has run, its outcome
 * decides, and the probe's findings stay in the report as evidence.
 */
export function superseded(rule: string, r: Pick<RunReport, "download">): boolean {
  return rule.startsWith("probe-") && !PROBE_PROOFS.has(rule) && r.download !== undefined;
}

/** Probe findings that are facts about the settings, not predictions: a download cannot refute them. */
export const PROBE_PROOFS: ReadonlySet<string> = new Set([
  "probe-sumdb-wrong-key",
  "probe-sumdb-bad-signature",
  "probe-sumdb-key-invalid",
  "probe-sumdb-malformed",
]);
