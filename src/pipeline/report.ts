// The run's report, assembled the same way by the action and the CLI: the parts each stage
// produced, strict-ignore applied, and the verdict.
import type { Diagnostic } from "../core/diagnostic.ts";
import { REPORT_SCHEMA, type RunReport, type Timings } from "../report/model.ts";
import { withoutSilenced } from "../report/strict.ts";
import { failureReasons } from "../report/verdict.ts";
import type { GoInstall } from "./go.ts";

export interface ReportParts extends Pick<
  RunReport,
  "settings" | "probes" | "toolchain" | "cache" | "download"
> {
  strict: boolean;
  /** Rule ids that never fail the run; their warnings are dropped. */
  strictIgnore: string[];
  failOnFallback: boolean;
  go: GoInstall;
  diagnostics: Diagnostic[];
  timings?: Timings;
}

export function assembleReport(p: ReportParts): RunReport {
  const partial: Omit<RunReport, "failedBecause"> = {
    schema: REPORT_SCHEMA,
    strict: p.strict,
    ...(p.strictIgnore.length ? { strictIgnore: p.strictIgnore } : {}),
    ...(p.failOnFallback ? { failOnFallback: true } : {}),
    go: { version: p.go.versionText, bin: p.go.bin },
    settings: p.settings,
    diagnostics: withoutSilenced(p.diagnostics, p.strictIgnore),
    ...(p.probes ? { probes: p.probes } : {}),
    ...(p.toolchain ? { toolchain: p.toolchain } : {}),
    ...(p.cache ? { cache: p.cache } : {}),
    ...(p.download ? { download: p.download } : {}),
  };
  return {
    ...partial,
    failedBecause: failureReasons(partial),
    ...(p.timings ? { timings: p.timings } : {}),
  };
}
