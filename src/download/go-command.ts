// The edge that runs the go command: finding it, and running it with its output captured.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

export interface GoRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

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

export function runGo(
  goBin: string,
  args: string[],
  opts: {
    cwd: string;
    env: Record<string, string>;
    onStderrLine?: (line: string) => void;
    /** Stops go (SIGTERM); the promise rejects with the signal's reason once go has exited. */
    signal?: AbortSignal;
  },
): Promise<GoRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(goBin, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ["ignore", "pipe", "pipe"],
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let partial = "";
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => {
      err.push(d);
      if (!opts.onStderrLine) return;
      const lines = (partial + d.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) opts.onStderrLine(line);
    });
    // An abort also emits "error", before go has exited: wait for "close" then.
    child.on("error", (e) => {
      if (!opts.signal?.aborted) reject(e);
    });
    child.on("close", (code, signal) => {
      if (opts.signal?.aborted) return reject(opts.signal.reason as Error);
      if (partial && opts.onStderrLine) opts.onStderrLine(partial);
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        seconds: (performance.now() - started) / 1000,
      });
    });
  });
}

/** `go env -json` for the named variables, as this go will see them in `env`. */
export async function goEnvJson(
  goBin: string,
  names: string[],
  opts: { cwd: string; env: Record<string, string> },
): Promise<Record<string, string>> {
  const r = await runGo(goBin, ["env", "-json", ...names], opts);
  if (r.exitCode !== 0) throw new Error(`go env failed: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as Record<string, string>;
}
