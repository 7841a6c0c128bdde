// On an exact module cache hit go is not run here: the restored download cache holds every
// module, zipped. The job's first build would then unpack them itself (300 modules: 0.22-0.29 s
// of its time on the benchmark machine). While the build cache still restores, the step has
// that time to spare, so Go unpacks them now, by its own rules (its .partial protocol, its zip
// checks, read-only trees). Best effort: a failure leaves the unpacking to the build, as before.
//
// `go mod download path@version…` with the zips go.sum lists and the cache holds: with explicit
// versions go loads no module graph (a bare `go mod download` needs every go.mod of the graph
// and stops at the first the cache lacks), and it writes nothing to go.sum.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { downloadDir } from "../cache/key.ts";
import { escapeModuleString } from "../cache/modcache.ts";
import { indexSums } from "../cache/verify.ts";
import { runGo } from "../download/go-command.ts";
import type { PrewarmContext } from "./prewarm.ts";

/** Unpacking 5,000 modules took ~4 s: a minute is ample, and a stuck go must not hold the step. */
const UNPACK_TIMEOUT_MS = 60_000;
/** Versions per go run: keeps the command line far below the system's limit. */
const BATCH = 500;

export interface UnpackOutcome {
  modules: number;
  seconds: number;
  /** Why go stopped (its first stderr line: untrusted text); absent when all went well. */
  problem?: string;
}

/** "path@version" of every zip go.sum lists, when `has(path, version)`. Pure. */
export function unpackTargets(
  sums: readonly string[],
  has: (path: string, version: string) => boolean,
): string[] {
  return [...indexSums(sums).zip.keys()].filter((id) => {
    const at = id.lastIndexOf("@");
    return has(id.slice(0, at), id.slice(at + 1));
  });
}

/**
 * GOPROXY=off: nothing may be fetched (what the cache lacks stays for the build). GOCACHE=off:
 * go mod download does not need the build cache, whose restore goes on alongside. GOFLAGS: only
 * -modcacherw is kept (it decides whether Go leaves the trees writable).
 */
export async function unpackModules(ctx: PrewarmContext): Promise<UnpackOutcome> {
  const started = performance.now();
  const dl = downloadDir(ctx.go.effective.GOMODCACHE!);
  const zipOf = (path: string, version: string) =>
    join(dl, escapeModuleString(path), "@v", `${escapeModuleString(version)}.zip`);
  const targets = unpackTargets(ctx.ws.sums, (p, v) => existsSync(zipOf(p, v)));
  const writable = (ctx.go.effective.GOFLAGS ?? "").split(/\s+/).includes("-modcacherw");
  const env = {
    ...ctx.env,
    GOPROXY: "off",
    GOCACHE: "off",
    GOTOOLCHAIN: "local",
    GOFLAGS: writable ? "-modcacherw" : "",
  };
  let problem: string | undefined;
  for (let i = 0; i < targets.length && !problem; i += BATCH) {
    const run = await runGo(ctx.go.bin, ["mod", "download", ...targets.slice(i, i + BATCH)], {
      cwd: ctx.ws.workdir,
      env,
      timeoutMs: UNPACK_TIMEOUT_MS,
    }).catch((e: unknown) => e as Error);
    if (run instanceof Error) {
      problem = `go did not start: ${run.message}`;
      break;
    }
    if (run.exitCode === 0) continue;
    const how = run.stopped
      ? `${run.stopped.kind} after ${run.seconds.toFixed(0)} s`
      : `exit ${run.exitCode}`;
    problem = `${how}: ${run.stderr.trim().split("\n")[0] ?? ""}`;
  }
  const seconds = (performance.now() - started) / 1000;
  return { modules: targets.length, seconds, ...(problem ? { problem } : {}) };
}
