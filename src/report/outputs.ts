// The step's outputs derived from the report: small strings for later steps' conditions.
import type { RunReport } from "./model.ts";

export function reportOutputs(report: RunReport): Record<string, string> {
  const ledger = report.download?.ledger;
  const out: Record<string, string> = { ok: String(report.failedBecause.length === 0) };
  if (ledger) {
    out["hit-rate"] = ledger.shares.files ? ledger.shares.ratio.firstProxy.toFixed(4) : "";
    out["fallback-count"] = String(ledger.fallbacks.length);
    out["direct-count"] = String(report.download!.direct.length);
    out["modules"] = String(ledger.modules?.length ?? 0);
    out["failed-count"] = String(report.download!.failures.length);
  }
  if (report.go) out["go-version"] = report.go.version.replace(/^go/, "").split(" ")[0]!;
  if (report.cache) {
    // As actions/cache and setup-go: "true" only on an exact hit; the detail is cache-result.
    out["cache-hit"] = String(report.cache.hit === "exact");
    out["cache-result"] = report.cache.hit;
    out["cache-matched-key"] = report.cache.matchedKey ?? "";
    out["cache-key"] = report.cache.key;
  }
  return out;
}
