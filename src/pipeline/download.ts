// The pre-warm stage shared by the action and the CLI: module roots → go mod download in
// each (with retries) → the report's download section.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { findModuleRoots } from "../download/module-roots.ts";
import { prewarm } from "../download/prewarm.ts";
import { parseGoMod } from "../check/gomod.ts";
import { chainConfig, downloadReport } from "../report/from-download.ts";
import type { DownloadReport } from "../report/model.ts";
import type { GoInstall } from "./go.ts";

export interface DownloadOptions {
  /** Paths in the report are relative to it (GITHUB_WORKSPACE, or the current directory). */
  workspace: string;
  workdir: string;
  env: Record<string, string>;
  go: GoInstall;
  scope: "needed" | "all";
  retries: number;
  backoffSeconds: number;
  allowDirect: string;
  onStderrLine?: (line: string) => void;
}

export async function runDownload(opts: DownloadOptions): Promise<DownloadReport | undefined> {
  const roots = await findModuleRoots(
    opts.workdir,
    opts.go.effective.GOWORK === "off" ? "off" : undefined,
  );
  if (roots.length === 0) return undefined;
  const requiredAt: Record<string, { file: string; line: number }> = {};
  for (const file of roots.flatMap((r) => r.graphFiles).filter((f) => f.endsWith("go.mod"))) {
    const mod = parseGoMod(await readFile(file, "utf8"), file);
    for (const r of mod.requires)
      requiredAt[r.path] ??= { file: relative(opts.workspace, file), line: r.line };
  }
  const outcomes = await prewarm({
    goBin: opts.go.bin,
    env: opts.env,
    roots,
    scope: opts.scope,
    retries: opts.retries,
    backoffSeconds: opts.backoffSeconds,
    ...(opts.onStderrLine ? { onStderrLine: opts.onStderrLine } : {}),
  });
  const e = opts.go.effective;
  return downloadReport(outcomes, {
    workspace: opts.workspace,
    chain: chainConfig(
      { GOPROXY: e.GOPROXY!, GOSUMDB: e.GOSUMDB!, GONOPROXY: e.GONOPROXY! },
      opts.go.version,
    ),
    goVersion: opts.go.version,
    allowDirect: opts.allowDirect,
    requiredAt,
  });
}
