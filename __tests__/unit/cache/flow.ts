// Test helper: runs flow-child.ts (src/cache as the action's main/post steps use it, with
// the real @actions/cache, tar and zstd) in a child process with a clean environment: the
// cache server's variables, a private RUNNER_TEMP/HOME/GOMODCACHE, a push event, and
// nothing else from this process. Each "runner" is a fresh machine: its own home and
// workspace at the same relative layout, as on hosted runners.
import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isolatedGoEnv } from "../../support/fixtures.ts";
import type { FlowRequest } from "./flow-child.ts";

const CHILD = join(dirname(fileURLToPath(import.meta.url)), "flow-child.ts");

export interface Runner {
  home: string;
  workdir: string;
  gomodcache: string;
  env: Record<string, string>;
}

/** A fresh machine under `root`: home `root/name`, workspace `root/name/ws`. */
export async function newRunner(
  root: string,
  name: string,
  opts: { goproxy: string; cacheEnv: Record<string, string>; extra?: Record<string, string> },
): Promise<Runner> {
  const home = join(root, name);
  const workdir = join(home, "ws");
  await mkdir(join(home, "tmp"), { recursive: true });
  await mkdir(workdir, { recursive: true });
  const env: Record<string, string> = {
    ...isolatedGoEnv(home, { GOPROXY: opts.goproxy, GOFLAGS: "-mod=mod" }),
    RUNNER_TEMP: join(home, "tmp"),
    GITHUB_WORKSPACE: workdir,
    GITHUB_EVENT_NAME: "push",
    GITHUB_REF: "refs/heads/main",
    ...opts.cacheEnv,
    ...opts.extra,
  };
  return { home, workdir, gomodcache: env.GOMODCACHE!, env };
}

export interface FlowRun<T> {
  result: T;
  error?: string;
  exitCode: number | null;
  ms: number;
  stdout: string;
  stderr: string;
  warnings: string[];
  errors: string[];
  notices: string[];
}

export async function runFlow<T>(
  runner: Runner,
  request: Omit<FlowRequest, "workdir">,
  opts: { uid?: number; gid?: number; timeoutMs?: number } = {},
): Promise<FlowRun<T>> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [CHILD, JSON.stringify({ ...request, workdir: runner.workdir })],
    {
      cwd: runner.workdir,
      env: runner.env,
      stdio: ["ignore", "pipe", "pipe"],
      ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid ?? opts.uid } : {}),
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 60_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearTimeout(timer);
  const lines = stdout.split("\n");
  const marker = lines.find((l) => l.startsWith("__FLOW__ "));
  const parsed = marker
    ? (JSON.parse(marker.slice("__FLOW__ ".length)) as { result: T; error?: string })
    : { result: undefined as T, error: `no result (exit ${exitCode}): ${stderr.slice(-2000)}` };
  const command = (name: string): string[] =>
    lines.filter((l) => l.startsWith(`::${name}`)).map((l) => l.slice(l.indexOf("::", 2) + 2));
  return {
    ...parsed,
    exitCode,
    ms: performance.now() - started,
    stdout,
    stderr,
    warnings: command("warning"),
    errors: command("error"),
    notices: command("notice"),
  };
}
