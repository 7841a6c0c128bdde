// What the pipeline benchmarks share: their common options, timed child processes and go
// commands, setup-go's cache as the baseline, throw-away trees, the machine's description, and
// result output (a human table on stderr, one JSON line on stdout that scripts/bench.sh collects).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { chmod, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import {
  runCacheClient,
  type CacheClientResult,
  type CacheServer,
} from "../__tests__/support/cache-server.ts";
import { installedToolchains, toolchain, type Toolchain } from "../__tests__/support/toolchains.ts";

/** parseArgs options of the benchmarks that run jobs over a modelled link on the workload. */
export const LINK_WORKLOAD_OPTIONS = {
  /** Cache service link, MB/s (0: unthrottled). */
  down: { type: "string", default: "50" },
  up: { type: "string", default: "25" },
  modules: { type: "string", default: "300" },
  go: { type: "string", default: "" },
} as const;

export interface Timed {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs a command to completion (killed after `timeoutMs`, default 10 minutes) and times it. */
export function spawnTimed(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<Timed> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 600_000);
    const done = (code: number) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 });
    };
    child.on("error", (e) => {
      stderr += e.message;
      done(127);
    });
    child.on("close", (code, signal) => done(code ?? (signal ? 137 : 1)));
  });
}

/** Throws with the command's last words when it failed. */
export function mustSucceed(what: string, r: Timed): Timed {
  if (r.code !== 0)
    throw new Error(`${what} exited ${r.code}:\n${(r.stderr || r.stdout).slice(-2000)}`);
  return r;
}

/** Runs a go command that must succeed; its seconds. */
export async function goSeconds(
  go: Toolchain,
  args: string[],
  opts: { cwd: string; env: Record<string, string> },
): Promise<number> {
  return mustSucceed(`go ${args.join(" ")}`, await spawnTimed(go.goBin, args, opts)).seconds;
}

/** The key actions/setup-go gives its cache on a hosted x64 Ubuntu 24.04 runner. */
export function setupGoCacheKey(goVersion: string, goSum: Buffer): string {
  const sum = createHash("sha256").update(goSum).digest("hex");
  return `setup-go-Linux-x64-ubuntu24-go-${goVersion}-${sum}`;
}

/**
 * A benchmark child script bundled by ncc into one file, as an action ships: a step that loads
 * the toolkit from one bundle starts in ~0.12 s on this machine, from node_modules and
 * TypeScript sources ~0.30 s. Built under $TMPDIR once per source, toolkit version and state of
 * src/ (which cache-step.ts bundles), and reused; `source` relative to the repository.
 */
export async function bundledScript(source: string): Promise<string> {
  const root = join(import.meta.dirname, "..");
  const toolkit = readFileSync(join(root, "node_modules", "@actions", "cache", "package.json"));
  const tree = await sourceDigest(join(root, "src"));
  const id = createHash("sha256")
    .update(source)
    .update(readFileSync(join(root, source)))
    .update(toolkit)
    .update(tree)
    .digest("hex")
    .slice(0, 12);
  const out = join(tmpdir(), `setup-goproxy-bench-bundle-${id}`);
  const script = join(out, "index.js");
  if (existsSync(script)) return script;
  const ncc = join(root, "node_modules", ".bin", "ncc");
  mustSucceed(
    `ncc build of ${source}`,
    await spawnTimed(ncc, ["build", source, "-o", `${out}.tmp`, "-q", "--transpile-only"], {
      cwd: root,
      env: { ...process.env } as Record<string, string>,
    }),
  );
  await rm(out, { recursive: true, force: true });
  await rename(`${out}.tmp`, out);
  return script;
}

/** The cache client child (__tests__/support/cache-client-child.ts), bundled. */
export const bundledCacheClient = (): Promise<string> =>
  bundledScript(join("__tests__", "support", "cache-client-child.ts"));

/** A digest of every file's path, size and mtime under `dir`: a bundle of our code follows it. */
async function sourceDigest(dir: string): Promise<string> {
  const h = createHash("sha256");
  for (const e of (await readdir(dir, { recursive: true, withFileTypes: true })).sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  )) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const st = await stat(path);
    h.update(`${path} ${st.size} ${st.mtimeMs}\n`);
  }
  return h.digest("hex");
}

/**
 * What actions/setup-go runs besides its cache calls (src/main.ts, src/cache-utils.ts and
 * src/cache-save.ts at the time of writing): the main step prints `go version` and `go env`,
 * then asks `go env GOMODCACHE` and `go env GOCACHE` at once for the cache paths; the post step
 * asks for the two paths again before it compares keys. Given as runCacheClient's `prelude`.
 */
export function setupGoPrelude(goBin: string, step: "main" | "post"): string[][][] {
  const paths = [
    [goBin, "env", "GOMODCACHE"],
    [goBin, "env", "GOCACHE"],
  ];
  return step === "main" ? [[[goBin, "version"]], [[goBin, "env"]], paths] : [paths];
}

/**
 * setup-go's post step: its `go env` calls (with `goBin`), then a save of `paths` under `key`
 * unless `hit` (the key matched exactly); throws when the save fails.
 */
export async function saveLikeSetupGo(
  server: CacheServer,
  job: { paths: string[]; key: string; ws: string; home: string; goBin?: string; hit?: boolean },
  timeoutMs?: number,
  /** The child to run (bundledCacheClient); the TypeScript child by default. */
  script?: string,
): Promise<CacheClientResult> {
  const saved = await runCacheClient(
    server.env,
    {
      op: job.hit ? "none" : "save",
      paths: job.paths,
      key: job.key,
      cwd: job.ws,
      ...(job.goBin ? { prelude: setupGoPrelude(job.goBin, "post") } : {}),
    },
    {
      extraEnv: { HOME: job.home },
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(script ? { script } : {}),
    },
  );
  if (!job.hit && (typeof saved.value !== "number" || saved.value < 0))
    throw new Error(
      `setup-go save failed: ${JSON.stringify(saved.error)} ${saved.stdout.slice(-1500)}`,
    );
  if (saved.error) throw new Error(`setup-go post step failed: ${JSON.stringify(saved.error)}`);
  return saved;
}

/** Makes every directory under `dir` writable again (Go makes module trees read-only). */
async function makeWritable(dir: string): Promise<void> {
  let st;
  try {
    st = await stat(dir);
  } catch {
    return;
  }
  if (!st.isDirectory()) return;
  if ((st.mode & 0o200) === 0) await chmod(dir, (st.mode & 0o7777) | 0o200);
  for (const e of await readdir(dir, { withFileTypes: true }))
    if (e.isDirectory()) await makeWritable(join(dir, e.name));
}

export async function removeTree(dir: string): Promise<void> {
  await makeWritable(dir);
  await rm(dir, { recursive: true, force: true });
}

/** An empty directory at `dir` (whatever was there is removed). */
export async function freshDir(dir: string): Promise<string> {
  await removeTree(dir);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Bytes and files under a directory (0 when absent). */
export async function treeSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return { bytes, files };
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    files++;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { bytes, files };
}

/** The Go the benchmarks use: --go / SETUP_GOPROXY_BENCH_GO, else the newest installed. */
export function benchGo(version?: string): Toolchain {
  const wanted = version || process.env.SETUP_GOPROXY_BENCH_GO;
  if (wanted) return toolchain(wanted);
  const all = installedToolchains();
  if (!all.length) throw new Error("no Go toolchain installed: run scripts/install-go.sh");
  return all.at(-1)!;
}

export function machine(): Record<string, string | number> {
  let model = cpus()[0]?.model ?? "?";
  try {
    model = /^model name\s*:\s*(.*)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? model;
  } catch {
    // not Linux
  }
  let load = "";
  try {
    load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    // not Linux
  }
  return {
    cpus: cpus().length,
    model,
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadavg: load,
  };
}

/**
 * Files per second `dir`'s file system creates: 2,000 files of 16 KiB in 64 directories, as a
 * restore's tar does, then removed. The restores are bound by it on a slow disk, and on one ext4
 * volume it moved tenfold between directories, with the files just removed near them
 * (docs/performance.md): read a benchmark's ratios with it.
 */
export function fileCreationRate(dir: string, files = 2000): number {
  const probe = join(dir, `disk-probe-${process.pid}`);
  rmSync(probe, { recursive: true, force: true });
  const data = Buffer.alloc(16384, 1);
  const started = performance.now();
  for (let i = 0; i < files; i++) {
    const sub = join(probe, (i % 64).toString(16));
    if (i < 64) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `f${i}`), data);
  }
  const seconds = (performance.now() - started) / 1000;
  rmSync(probe, { recursive: true, force: true });
  return Math.round(files / seconds);
}

export const MB = (n: number): string => (n / 1e6).toFixed(1);
export const s2 = (n: number): string => n.toFixed(2);

/** A Markdown table. */
export function table(rows: string[][]): string {
  const [head, ...body] = rows;
  return [head!, head!.map(() => "---"), ...body].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

/** Prints the human part to stderr and the JSON line (for scripts/bench.sh) to stdout. */
export function emit(name: string, human: string, data: unknown): void {
  process.stderr.write(`\n${human}\n`);
  process.stdout.write(`BENCH ${JSON.stringify({ name, ...(data as object) })}\n`);
}

export const log = (s: string): void => {
  process.stderr.write(`[bench] ${s}\n`);
};
