// Why a run fails, from its report: failed downloads and settings Go rejects always;
// in strict mode also warnings and modules fetched directly outside `allow-direct`.
import type { RunReport } from "./model.ts";

export function failureReasons(r: Omit<RunReport, "failedBecause">): string[] {
  const out: string[] = [];
  const failed = r.download?.failures.length ?? 0;
  if (failed) out.push(`${failed} module${failed === 1 ? "" : "s"} failed to download.`);
  const errors = r.diagnostics.filter((d) => d.severity === "error" && !superseded(d.rule, r));
  if (errors.length)
    out.push(
      `${errors.length} setting error${errors.length === 1 ? "" : "s"}: ${errors.map((d) => d.rule).join(", ")}.`,
    );
  if (r.strict) {
    const warnings = r.diagnostics.filter((d) => d.severity === "warning");
    if (warnings.length)
      out.push(
        `strict: ${warnings.length} warning${warnings.length === 1 ? "" : "s"}: ${warnings.map((d) => d.rule).join(", ")}.`,
      );
    const direct = r.download?.direct.filter((m) => !m.allowed) ?? [];
    if (direct.length)
      out.push(
        `strict: ${direct.length} module${direct.length === 1 ? "" : "s"} fetched directly, not through a proxy: ${direct.map((m) => m.module).join(", ")}.`,
      );
  }
  return out;
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
