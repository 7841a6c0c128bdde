// Runs `go mod download -x -json` in every module root, retrying transient failures with
// backoff, and keeps every attempt's output for the ledger. The edge that runs go.
import { setTimeout as delay } from "node:timers/promises";
import type { ModuleRoot } from "./module-roots.ts";
import type { DownloadModule } from "./types.ts";
import { runGo, type GoRun } from "./go-command.ts";
import { decodeDownloadJson } from "./json-stream.ts";
import { isTransient } from "./transient.ts";

export interface PrewarmOptions {
  goBin: string;
  env: Record<string, string>;
  roots: ModuleRoot[];
  /** `needed`: what the build needs (`go mod download`); `all`: the whole build list. */
  scope: "needed" | "all";
  /** Extra attempts after transient failures (0 = none). */
  retries: number;
  /** The first wait; each further wait doubles it. */
  backoffSeconds: number;
  sleep?: (ms: number) => Promise<void>;
  onStderrLine?: (line: string) => void;
  /** Stops the running go and any further attempt or root. */
  signal?: AbortSignal;
}

export interface Attempt extends GoRun {
  args: string[];
  modules: DownloadModule[];
  /** Seconds waited before this attempt. */
  waited: number;
  /** Why it was retried: the transient errors of the attempt before. */
  retryReason?: string;
}

export interface RootOutcome {
  root: ModuleRoot;
  attempts: Attempt[];
  /** Each module's final state: the last object Go printed for it. */
  modules: DownloadModule[];
  /** The last attempt's exit code, with failures of earlier attempts that were not retried counted too. */
  ok: boolean;
}

export async function prewarm(opts: PrewarmOptions): Promise<RootOutcome[]> {
  const out: RootOutcome[] = [];
  for (const root of opts.roots) {
    opts.signal?.throwIfAborted();
    out.push(await prewarmRoot(root, opts));
  }
  return out;
}

async function prewarmRoot(root: ModuleRoot, opts: PrewarmOptions): Promise<RootOutcome> {
  const sleep =
    opts.sleep ??
    ((ms: number) => delay(ms, undefined, opts.signal ? { signal: opts.signal } : {}));
  const attempts: Attempt[] = [];
  const final = new Map<string, DownloadModule>();
  let args = ["mod", "download", "-x", "-json", ...(opts.scope === "all" ? ["all"] : [])];
  let waited = 0;
  let retryReason: string | undefined;
  for (let n = 0; ; n++) {
    const run = await runGo(opts.goBin, args, {
      cwd: root.dir,
      env: opts.env,
      onStderrLine: opts.onStderrLine,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const { modules } = decodeDownloadJson(run.stdout);
    attempts.push({ ...run, args, modules, waited, ...(retryReason ? { retryReason } : {}) });
    for (const m of modules) final.set(`${m.Path}@${m.Version}`, m);
    if (run.exitCode === 0 || n >= opts.retries) break;

    const failed = modules.filter((m) => m.Error);
    const transient = failed.filter((m) => isTransient(m.Error!));
    // Retry the failures that may pass next time; a graph-loading failure has no module objects.
    const graphFailure = failed.length === 0 && isTransient(run.stderr);
    if (!graphFailure && transient.length === 0) break;
    retryReason = graphFailure ? lastGoMessage(run.stderr) : transient[0]!.Error!.split("\n")[0]!;
    args = graphFailure
      ? args
      : ["mod", "download", "-x", "-json", ...transient.map((m) => `${m.Path}@${m.Version}`)];
    waited = opts.backoffSeconds * 2 ** n;
    await sleep(waited * 1000);
  }
  const last = attempts.at(-1)!;
  const modules = [...final.values()];
  return { root, attempts, modules, ok: last.exitCode === 0 && modules.every((m) => !m.Error) };
}

function lastGoMessage(stderr: string): string {
  const said = stderr
    .split("\n")
    .filter((l) => l.startsWith("go: ") || l.startsWith("go mod download: "));
  return said.at(-1) ?? "transient failure";
}
