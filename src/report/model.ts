// Everything a run learned, as plain data: the one input of the summary, the annotations,
// the outputs and the JSON report (schema: docs/report-schema.md).
import type { Diagnostic } from "../core/diagnostic.ts";
import type { SettingRow } from "../settings/rows.ts";
import type { Attempt, Ledger } from "../download/types.ts";
import type { ProbeReport } from "../probe/chain.ts";
import type { CacheFacts } from "../cache/index.ts";
import type { PrewarmFacts, ToolchainFacts } from "../toolchain/index.ts";

export const REPORT_SCHEMA = "setup-goproxy/report@1";

export interface RootRun {
  /** Relative to the workspace. */
  dir: string;
  kind: "module" | "workspace";
  exitCode: number;
  seconds: number;
  attempts: number;
}

export interface Retry {
  dir: string;
  attempt: number;
  /** path@version of the modules retried. */
  modules: string[];
  reason: string;
  waitSeconds: number;
}

export interface Failure {
  module: string;
  version: string;
  /** What Go said, redacted. */
  error: string;
  /** Each origin tried for the module's files, and what it said. */
  tried: Attempt[];
  /** Where the module is required, when a go.mod names it. */
  file?: string;
  line?: number;
  explanation?: { category: string; rule: string; cause: string; fix: string };
}

export interface DirectUse {
  module: string;
  version: string;
  allowed: boolean;
  file?: string;
  line?: number;
}

export interface DownloadReport {
  roots: RootRun[];
  retries: Retry[];
  seconds: number;
  ledger: Ledger;
  failures: Failure[];
  /** Modules whose files came from `direct`, and whether `allow-direct` covers them. */
  direct: DirectUse[];
  /** Where each module is required (path → go.mod file and line), for annotations. */
  requiredAt: Record<string, { file: string; line: number }>;
  /** True when the restored cache held everything and go was not run. */
  fromCache?: boolean;
}

/** The stages users see in the summary and the report's `timings`. */
export const STAGES = [
  "restore",
  "checks",
  "download",
  "verification",
  "unpack",
  "report",
  "save",
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Seconds of wall time per stage (absent: it did not run). Stages overlap (the checks run
 * alongside the download), so they do not add up to `total`. `save` is the post step's.
 */
export type Timings = Partial<Record<Stage, number>> & {
  /** Process start to the step's first line: Node start-up and loading the bundle. */
  startup?: number;
  /** Process start to the report. */
  total?: number;
};

export interface RunReport {
  schema: typeof REPORT_SCHEMA;
  strict: boolean;
  /** Rule ids `strict-ignore` silenced: dropped from diagnostics, never a failure. */
  strictIgnore?: string[];
  /** `fail-on-fallback`: an actual fallback fails the step. */
  failOnFallback?: boolean;
  go?: { version: string; bin: string };
  settings: SettingRow[];
  diagnostics: Diagnostic[];
  /** Live checks of the chain and the checksum database, when `check: live`. */
  probes?: ProbeReport;
  /** The Go this step installed (go-version) and the toolchains it fetched for GOTOOLCHAIN=auto. */
  toolchain?: { installed?: ToolchainFacts; prewarmed: PrewarmFacts[] };
  /** The module cache as the main step left it (save facts are the post step's). */
  cache?: CacheFacts;
  download?: DownloadReport;
  /** Where the main step's time went. */
  timings?: Timings;
  /** Why the step fails; empty when it passes. */
  failedBecause: string[];
}
