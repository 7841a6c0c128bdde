// Runs `go mod download -x -json` in every module root, retrying transient failures with
// backoff, and keeps every attempt's output for the ledger. The edge that runs go. Every
// attempt is bounded by progress (stall.ts) and all attempts together by one total; a stopped
// attempt is not retried (the same proxy would hold it again). The -x trace is parsed as go
// prints it, so no run's whole stderr is split into lines again at the end (peak memory on
// thousands of modules).
import { setTimeout as delay } from "node:timers/promises";
import type { ModuleRoot } from "./module-roots.ts";
import type { DownloadModule, TraceParse } from "./types.ts";
import { runGo, type GoRun } from "./go-command.ts";
import { createDownloadJsonDecoder } from "./json-stream.ts";
import { createTraceParser, type TraceParser } from "./trace.ts";
import { isTransient } from "./transient.ts";
import { createFetchWatch, stopMessage } from "./stall.ts";

/** Defaults: a dead proxy ends the pre-warm in about a minute; a large graph gets 20 minutes. */
export const DEFAULT_STALL_SECONDS = 60;
export const DEFAULT_DOWNLOAD_TIMEOUT_SECONDS = 1200;

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
  /** All attempts in all roots together (default DEFAULT_DOWNLOAD_TIMEOUT_SECONDS). */
  timeoutSeconds?: number;
  /** No output and no byte of the module in flight for this long stops go (default DEFAULT_STALL_SECONDS). */
  stallSeconds?: number;
  /** Where go writes what it fetches; without it only go's output counts as progress. */
  gomodcache?: string;
  /** The names users set the limits with, for the message (default the action's inputs). */
  limitNames?: { stall: string; total: string };
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
  /** Set when go was stopped: what it waited on and which limit ended it. */
  stop?: { message: string; reason: string; module?: string; proxy?: string };
}

export interface RootOutcome {
  root: ModuleRoot;
  attempts: Attempt[];
  /** Each module's final state: the last object Go printed for it. */
  modules: DownloadModule[];
  /** The last attempt's exit code, with failures of earlier attempts that were not retried counted too. */
  ok: boolean;
}

export interface PrewarmRun {
  roots: RootOutcome[];
  /** The -x trace of every attempt in every root, in the order go printed it. */
  trace: TraceParse;
}

export async function prewarm(opts: PrewarmOptions): Promise<PrewarmRun> {
  const roots: RootOutcome[] = [];
  const trace = createTraceParser();
  const deadline =
    performance.now() + (opts.timeoutSeconds ?? DEFAULT_DOWNLOAD_TIMEOUT_SECONDS) * 1000;
  for (const root of opts.roots) {
    opts.signal?.throwIfAborted();
    const outcome = await prewarmRoot(root, opts, deadline, trace);
    roots.push(outcome);
    if (outcome.attempts.at(-1)!.stopped?.kind === "timeout") break;
  }
  return { roots, trace: trace.end() };
}

async function prewarmRoot(
  root: ModuleRoot,
  opts: PrewarmOptions,
  deadline: number,
  trace: TraceParser,
): Promise<RootOutcome> {
  const sleep =
    opts.sleep ??
    ((ms: number) => delay(ms, undefined, opts.signal ? { signal: opts.signal } : {}));
  const attempts: Attempt[] = [];
  const final = new Map<string, DownloadModule>();
  let args = ["mod", "download", "-x", "-json", ...(opts.scope === "all" ? ["all"] : [])];
  let waited = 0;
  let retryReason: string | undefined;
  for (let n = 0; ; n++) {
    const watch = createFetchWatch();
    const json = createDownloadJsonDecoder();
    const { gomodcache } = opts;
    const run = await runGo(opts.goBin, args, {
      cwd: root.dir,
      env: opts.env,
      // -json objects are decoded as go prints them: 5,000 modules' output is never held whole.
      onStdoutLine: (line) => json.write(`${line}\n`),
      onStderrLine: (line) => {
        watch.push(line);
        trace.push(line);
        opts.onStderrLine?.(line);
      },
      timeoutMs: Math.max(1000, deadline - performance.now()),
      stallMs: (opts.stallSeconds ?? DEFAULT_STALL_SECONDS) * 1000,
      ...(gomodcache ? { progress: () => watch.bytesArrived(gomodcache) } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    // A blank line after each run: a cut `# get` line of one run never continues into the next.
    trace.push("");
    // An abort is the caller's decision, not a failure of go: no retry, no report.
    if (run.stopped?.kind === "aborted") opts.signal?.throwIfAborted();
    const { modules } = json.end();
    const waiting = run.stopped ? await watch.waitingOn(gomodcache) : undefined;
    const stop = run.stopped && {
      message: stopMessage(
        run.stopped,
        waiting,
        opts.limitNames ?? { stall: "stall-timeout", total: "download-timeout" },
      ),
      reason:
        run.stopped.kind === "stall"
          ? `nothing arrived for ${run.stopped.limitSeconds} s`
          : `not finished within ${run.stopped.limitSeconds} s`,
      ...(waiting?.module ? { module: waiting.module } : {}),
      ...(waiting?.proxy ? { proxy: waiting.proxy } : {}),
    };
    attempts.push({
      ...run,
      args,
      modules,
      waited,
      ...(retryReason ? { retryReason } : {}),
      ...(stop ? { stop } : {}),
    });
    for (const m of modules) final.set(`${m.Path}@${m.Version}`, m);
    if (run.exitCode === 0 || run.stopped || n >= opts.retries) break;

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
    if (performance.now() + waited * 1000 >= deadline) break;
    await sleep(waited * 1000);
  }
  const last = attempts.at(-1)!;
  const modules = [...final.values()];
  return {
    root,
    attempts,
    modules,
    ok: last.exitCode === 0 && !last.stopped && modules.every((m) => !m.Error),
  };
}

function lastGoMessage(stderr: string): string {
  const said = stderr
    .split("\n")
    .filter((l) => l.startsWith("go: ") || l.startsWith("go mod download: "));
  return said.at(-1) ?? "transient failure";
}
