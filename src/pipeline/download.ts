// The pre-warm stage shared by the action and the CLI: go mod download in every module root
// (with retries) → the report's download section.
import { prewarm, type PrewarmRun } from "../download/prewarm.ts";
import { chainConfig, downloadReport } from "./download-report.ts";
import type { DownloadReport } from "../report/model.ts";
import type { GoInstall } from "./go.ts";
import { requiredAt, type Workspace } from "./workspace.ts";

export interface DownloadOptions {
  ws: Workspace;
  env: Record<string, string>;
  go: GoInstall;
  scope: "needed" | "all";
  retries: number;
  backoffSeconds: number;
  allowDirect: string;
  onStderrLine?: (line: string) => void;
  /** Limits (defaults in download/prewarm.ts): no progress for stallSeconds, all in timeoutSeconds. */
  stallSeconds?: number;
  timeoutSeconds?: number;
  /** How users set those limits, for the message (default the action's input names). */
  limitNames?: { stall: string; total: string };
}

export async function runDownload(opts: DownloadOptions): Promise<DownloadReport | undefined> {
  if (opts.ws.roots.length === 0) return undefined;
  const run = await runGoDownload({
    ...opts,
    goBin: opts.go.bin,
    ...(opts.go.effective.GOMODCACHE ? { gomodcache: opts.go.effective.GOMODCACHE } : {}),
  });
  return reportDownload(run, opts);
}

/** Only the go runs: what the action starts while the live probes still run. */
export function runGoDownload(
  opts: Pick<
    DownloadOptions,
    | "ws"
    | "env"
    | "scope"
    | "retries"
    | "backoffSeconds"
    | "onStderrLine"
    | "stallSeconds"
    | "timeoutSeconds"
    | "limitNames"
  > & {
    goBin: string;
    /** Where go writes what it fetches: bytes arriving there count as progress. */
    gomodcache?: string;
    signal?: AbortSignal;
  },
): Promise<PrewarmRun> {
  return prewarm({
    goBin: opts.goBin,
    env: opts.env,
    roots: opts.ws.roots,
    scope: opts.scope,
    retries: opts.retries,
    backoffSeconds: opts.backoffSeconds,
    ...(opts.onStderrLine ? { onStderrLine: opts.onStderrLine } : {}),
    ...(opts.stallSeconds !== undefined ? { stallSeconds: opts.stallSeconds } : {}),
    ...(opts.timeoutSeconds !== undefined ? { timeoutSeconds: opts.timeoutSeconds } : {}),
    ...(opts.limitNames ? { limitNames: opts.limitNames } : {}),
    ...(opts.gomodcache ? { gomodcache: opts.gomodcache } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
}

/** The go runs' output → the ledger and the report's download section. */
export function reportDownload(
  run: PrewarmRun,
  opts: Pick<DownloadOptions, "ws" | "go" | "allowDirect">,
): DownloadReport {
  return downloadReport(run, {
    workspace: opts.ws.workspace,
    chain: chainConfig(opts.go.settings),
    goVersion: opts.go.version,
    allowDirect: opts.allowDirect,
    requiredAt: requiredAt(opts.ws),
  });
}
