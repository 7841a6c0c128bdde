// The one module in src/ that starts processes with node:child_process, for the runs the action
// must be able to STOP: `go mod download` (bounded by progress and in total), the offline warm
// check, and GOAUTH / git credential helpers (programs the user names). @actions/exec runs
// everything else (src/process/exec.ts); it cannot stop a child: it hands out no ChildProcess,
// no pid, and passes only cwd/env/argv0/windowsVerbatimArguments to spawn (toolrunner.js
// _getSpawnOptions), so neither `timeout` nor `signal` reaches spawn.
//
// Nothing is printed here: output goes to the caller's line listeners and into the result.
// On POSIX the child leads its own process group so a stop also ends what it started
// (go runs git in direct mode).
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";

export type StopKind = "timeout" | "stall" | "aborted";

export interface Stopped {
  kind: StopKind;
  /** The limit that was hit, in seconds (0 for an abort). */
  limitSeconds: number;
}

export interface BoundedResult {
  /** The exit code; 128 + n for a signal; -1 when the run was stopped. */
  exitCode: number;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Set when the run was stopped before it ended by itself. */
  stopped?: Stopped;
}

export interface BoundedOptions {
  cwd?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Written to stdin, which is then closed (stdin is closed at once without it). */
  input?: string;
  /** The whole run's limit. */
  timeoutMs: number;
  /**
   * Stop when nothing progresses for this long: no output byte, and `progress()` (polled about
   * every second) returns the same number as before.
   */
  stallMs?: number;
  progress?: () => number | Promise<number>;
  signal?: AbortSignal;
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** Stdout only goes to `onStdoutLine`; the result's stdout is empty (a large output is never held whole). */
  stdoutLinesOnly?: boolean;
  /** Each stream keeps at most this much (default 64 MiB); the rest is dropped. */
  maxBufferBytes?: number;
}

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/** Runs `file args`; resolves when it ends or is stopped; rejects only when it cannot start. */
export function runBounded(
  file: string,
  args: readonly string[],
  opts: BoundedOptions,
): Promise<BoundedResult> {
  const started = performance.now();
  const maxBuffer = opts.maxBufferBytes ?? 64 << 20;
  const posix = process.platform !== "win32";
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      resolve({
        exitCode: -1,
        stdout: "",
        stderr: "",
        seconds: 0,
        stopped: { kind: "aborted", limitSeconds: 0 },
      });
      return;
    }
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env as NodeJS.ProcessEnv,
      stdio: ["pipe", "pipe", "pipe"],
      detached: posix,
      windowsHide: true,
    });
    let stopped: Stopped | undefined;
    const activity = { last: performance.now() };
    const out = lineCollector(activity, opts.stdoutLinesOnly ? 0 : maxBuffer, opts.onStdoutLine);
    const err = lineCollector(activity, maxBuffer, opts.onStderrLine);
    child.stdout.on("data", out.data);
    child.stderr.on("data", err.data);
    // A child that exits without reading its stdin must not raise EPIPE here.
    child.stdin.on("error", () => undefined);
    child.stdin.end(opts.input ?? "");

    const stop = (kind: StopKind, limitSeconds: number) => {
      if (stopped || child.exitCode !== null || child.signalCode !== null) return;
      stopped = { kind, limitSeconds };
      try {
        if (posix && child.pid) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
      // A grandchild still holding the pipes (Windows has no group kill) must not hold us.
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, 2000).unref();
    };
    const total = setTimeout(() => stop("timeout", opts.timeoutMs / 1000), opts.timeoutMs);
    const onAbort = () => stop("aborted", 0);
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    const watch = opts.stallMs !== undefined ? watchStall(opts, activity, stop) : undefined;

    const settle = () => {
      clearTimeout(total);
      if (watch) clearInterval(watch);
      opts.signal?.removeEventListener("abort", onAbort);
    };
    child.on("error", (e) => {
      settle();
      reject(e);
    });
    child.on("close", (code, signal) => {
      settle();
      resolve({
        exitCode: stopped ? -1 : (code ?? 128 + (SIGNALS[signal ?? ""] ?? 0)),
        stdout: out.end(),
        stderr: err.end(),
        seconds: (performance.now() - started) / 1000,
        ...(stopped ? { stopped } : {}),
      });
    });
  });
}

/** Keeps a stream's bytes up to `maxBuffer`, hands out its lines, and marks each chunk as activity. */
function lineCollector(
  activity: { last: number },
  maxBuffer: number,
  onLine?: (line: string) => void,
) {
  const chunks: Buffer[] = [];
  let kept = 0;
  let partial = "";
  // A character split between two chunks is joined again before lines are cut.
  const text = new StringDecoder("utf8");
  return {
    data(d: Buffer) {
      activity.last = performance.now();
      if (kept < maxBuffer) {
        chunks.push(d.subarray(0, maxBuffer - kept));
        kept += Math.min(d.length, maxBuffer - kept);
      }
      if (!onLine) return;
      const lines = (partial + text.write(d)).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    },
    end(): string {
      partial += text.end();
      if (partial && onLine) onLine(partial);
      partial = "";
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/**
 * Stops the run when neither output nor `progress()` has moved for `stallMs`: polled about every
 * second, one poll at a time (a slow progress reader never piles up).
 */
function watchStall(
  opts: BoundedOptions,
  activity: { last: number },
  stop: (kind: StopKind, limitSeconds: number) => void,
): NodeJS.Timeout {
  const stallMs = opts.stallMs!;
  let polling = false;
  let progressValue: number | undefined;
  return setInterval(
    () => {
      if (polling) return;
      polling = true;
      void (async () => {
        if (opts.progress) {
          const v = await Promise.resolve()
            .then(opts.progress)
            .catch(() => progressValue);
          if (v !== progressValue) {
            if (progressValue !== undefined) activity.last = performance.now();
            progressValue = v;
          }
        }
        if (performance.now() - activity.last >= stallMs) stop("stall", stallMs / 1000);
      })().finally(() => (polling = false));
    },
    Math.min(1000, Math.max(50, stallMs / 4)),
  );
}
