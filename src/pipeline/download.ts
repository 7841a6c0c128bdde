// The pre-warm stage shared by the action and the CLI: go mod download in every module root
// (with retries) → the report's download section.
import { prewarm } from "../download/prewarm.ts";
import { chainConfig, downloadReport } from "../report/from-download.ts";
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
  const outcomes = await prewarm({
    goBin: opts.go.bin,
    env: opts.env,
    roots: opts.ws.roots,
    scope: opts.scope,
    retries: opts.retries,
    backoffSeconds: opts.backoffSeconds,
    ...(opts.onStderrLine ? { onStderrLine: opts.onStderrLine } : {}),
    ...(opts.stallSeconds !== undefined ? { stallSeconds: opts.stallSeconds } : {}),
    ...(opts.timeoutSeconds !== undefined ? { timeoutSeconds: opts.timeoutSeconds } : {}),
    ...(opts.limitNames ? { limitNames: opts.limitNames } : {}),
    ...(opts.go.effective.GOMODCACHE ? { gomodcache: opts.go.effective.GOMODCACHE } : {}),
  });
  const e = opts.go.effective;
  return downloadReport(outcomes, {
    workspace: opts.ws.workspace,
    chain: chainConfig(
      { GOPROXY: e.GOPROXY!, GOSUMDB: e.GOSUMDB!, GONOPROXY: e.GONOPROXY! },
      opts.go.version,
    ),
    goVersion: opts.go.version,
    allowDirect: opts.allowDirect,
    requiredAt: requiredAt(opts.ws),
  });
}
