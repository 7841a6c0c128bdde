// The pre-warm as the action runs it: go mod download starts the moment nothing that must
// precede it remains, and the live probes run alongside; a probe finding that must block the
// download (a checksum database failing its proof: Go would fail or, worse, trust nothing it
// could verify) stops it. Go is killed; what it fetched before is not reported.
import type { PrewarmRun } from "../download/prewarm.ts";
import type { ProbeReport } from "../probe/chain.ts";
import type { DownloadReport } from "../report/model.ts";
import { PROBE_PROOFS } from "../report/verdict.ts";
import { chainConfig, cachedDownloadReport } from "./download-report.ts";
import { reportDownload, runGoDownload } from "./download.ts";
import type { GoInstall } from "./go.ts";
import type { GuardedTask, StageClock } from "./stages.ts";
import { requiredAt, sumModules, type Workspace } from "./workspace.ts";

export interface PrewarmInputs {
  prewarm: "needed" | "all" | "off";
  check: "off" | "static" | "live";
  probeTimeoutSeconds: number;
  probeModule: string;
  retries: number;
  stallTimeoutSeconds: number;
  downloadTimeoutSeconds: number;
  allowDirect: string;
}

export interface PrewarmContext {
  go: GoInstall;
  env: Record<string, string>;
  ws: Workspace;
  clock: StageClock;
}

/** The live probes, started now; a proof failure stops the download. */
export function startProbes(
  inputs: PrewarmInputs,
  ctx: PrewarmContext,
  download: GuardedTask<PrewarmRun>,
): Promise<ProbeReport> | undefined {
  if (inputs.check !== "live") return undefined;
  const probing = ctx.clock.time("checks", async () => {
    const { liveChecks } = await import("./probe.ts");
    const p = await liveChecks({
      go: ctx.go,
      env: ctx.env,
      ws: ctx.ws,
      timeoutMs: inputs.probeTimeoutSeconds * 1000,
      probeModule: inputs.probeModule,
    });
    if (p.diagnostics.some((d) => d.severity === "error" && PROBE_PROOFS.has(d.rule)))
      download.stop("the checksum database failed its proof");
    return p;
  });
  probing.catch(() => undefined); // awaited later; not an unhandled rejection meanwhile
  return probing;
}

/** Starts go mod download in every root; its stderr is echoed in a group named for the go. */
export function startDownload(
  inputs: PrewarmInputs,
  ctx: PrewarmContext,
  download: GuardedTask<PrewarmRun>,
  echo: { open(title: string): void; line(line: string): void; close(): void },
): void {
  download.start((signal) => {
    echo.open(`go mod download (${ctx.go.versionText})`);
    return ctx.clock
      .time("download", () =>
        runGoDownload({
          ws: ctx.ws,
          env: ctx.env,
          goBin: ctx.go.bin,
          scope: inputs.prewarm === "all" ? "all" : "needed",
          retries: inputs.retries,
          backoffSeconds: 2,
          onStderrLine: echo.line,
          stallSeconds: inputs.stallTimeoutSeconds,
          timeoutSeconds: inputs.downloadTimeoutSeconds,
          gomodcache: ctx.go.effective.GOMODCACHE,
          signal,
        }),
      )
      .finally(echo.close);
  });
}

/**
 * The download section when an exact cache hit already holds every file go.sum names: go is
 * not run. Undefined when something is missing and the download must run.
 */
export async function warmFromCache(
  inputs: PrewarmInputs,
  ctx: PrewarmContext,
  /** The files the restore's verification left (VerifiedRestore.present). */
  present?: ReadonlySet<string>,
): Promise<DownloadReport | undefined> {
  const { warmFromSums } = await import("../cache/index.ts");
  const check = await ctx.clock.time("verification", () =>
    warmFromSums(ctx.go.effective.GOMODCACHE!, ctx.ws.sums, present),
  );
  if (!check.warm || ctx.ws.sums.length === 0) return undefined;
  return cachedDownloadReport(ctx.ws.roots, sumModules(ctx.ws), check.seconds, {
    workspace: ctx.ws.workspace,
    chain: chainConfig(ctx.go.settings),
    goVersion: ctx.go.version,
    allowDirect: inputs.allowDirect,
    requiredAt: requiredAt(ctx.ws),
  });
}

/** The go runs, once they ended, as the report's download section; failures explained. */
export async function downloadOutcome(
  inputs: PrewarmInputs,
  ctx: PrewarmContext,
  run: PrewarmRun,
): Promise<DownloadReport> {
  const download = reportDownload(run, {
    ws: ctx.ws,
    go: ctx.go,
    allowDirect: inputs.allowDirect,
  });
  if (!download.failures.length) return download;
  // The explainer is loaded only when something failed.
  const { explainFailures } = await import("./explain.ts");
  return explainFailures(download, ctx.go, ctx.env);
}
