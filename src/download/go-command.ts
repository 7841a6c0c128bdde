// The edge that runs the go command: finding it, and running it with its output captured:
// `go mod download` stoppable and bounded, `go env` through @actions/exec.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { runBounded, type BoundedResult } from "../process/bounded.ts";
import { execQuiet } from "../process/exec.ts";

export type GoRun = BoundedResult;

/** The first executable `go` on PATH, or undefined. */
export function findGo(path: string | undefined): string | undefined {
  const exe = process.platform === "win32" ? "go.exe" : "go";
  for (const dir of (path ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, exe);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

export interface GoRunOptions {
  cwd: string;
  env: Record<string, string>;
  onStderrLine?: (line: string) => void;
  /** Takes stdout line by line; the run then keeps none of it (GoRun.stdout is empty). */
  onStdoutLine?: (line: string) => void;
  /** The whole run's limit. */
  timeoutMs: number;
  /** Stop when go prints nothing and `progress()` stays the same this long. */
  stallMs?: number;
  progress?: () => number | Promise<number>;
  /** Stops go; the run then resolves with `stopped.kind === "aborted"`. */
  signal?: AbortSignal;
}

/** Runs go, stoppable (see src/process/bounded.ts). */
export function runGo(goBin: string, args: string[], opts: GoRunOptions): Promise<GoRun> {
  return runBounded(goBin, args, {
    cwd: opts.cwd,
    env: opts.env,
    timeoutMs: opts.timeoutMs,
    ...(opts.stallMs !== undefined ? { stallMs: opts.stallMs } : {}),
    ...(opts.progress ? { progress: opts.progress } : {}),
    ...(opts.onStderrLine ? { onStderrLine: opts.onStderrLine } : {}),
    ...(opts.onStdoutLine ? { onStdoutLine: opts.onStdoutLine, stdoutLinesOnly: true } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
}

/** `go env` and `go version` read local files only: a minute is generous. */
export const GO_QUERY_TIMEOUT_MS = 60_000;

/** `go env -json` for the named variables, as this go will see them in `env`. */
export async function goEnvJson(
  goBin: string,
  names: string[],
  opts: { cwd: string; env: Record<string, string> },
): Promise<Record<string, string>> {
  const r = await execQuiet(goBin, ["env", "-json", ...names], {
    ...opts,
    timeoutMs: GO_QUERY_TIMEOUT_MS,
    what: `${goBin} env`,
  });
  if (r.exitCode !== 0) throw new Error(`go env failed: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as Record<string, string>;
}
