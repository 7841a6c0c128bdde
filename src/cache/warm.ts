// The warm-hit check: after an exact hit, does the pre-warm still have network work to do?
// Two ways, both offline and both leaving zip extraction to the build:
//
// - warmFromSums: every go.sum / go.work.sum line names a file the download cache must hold
//   ("path v/go.mod h1:" → v.mod; "path v h1:" → v.zip, v.ziphash, v.info, v.mod). Only stats
//   files. Conservative: a stale go.sum line (a version the graph no longer selects, never
//   downloaded) makes it answer "not warm", and it cannot see a requirement go.sum lacks.
// - warmOffline: the pre-warm itself with GOPROXY=off. Exact (Go decides), costs one go run;
//   when it succeeds the pre-warm is done.
// docs/performance.md ("Module cache") has the measured costs.
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { runBounded } from "../process/bounded.ts";
import { downloadDir } from "./key.ts";
import { escapeModuleString } from "./modcache.ts";

export interface SumsWarmth {
  warm: boolean;
  /** Files checked. */
  checked: number;
  /** Missing files relative to cache/download, at most 20. */
  missing: string[];
  seconds: number;
}

/** The files go.sum lines say must be present, relative to cache/download. */
export function filesForSums(texts: string[]): string[] {
  const files = new Set<string>();
  for (const text of texts) {
    for (const line of text.split("\n")) {
      const f = line.trim().split(/\s+/);
      if (f.length !== 3 || !f[2]!.includes(":")) continue;
      const goModOnly = f[1]!.endsWith("/go.mod");
      const version = goModOnly ? f[1]!.slice(0, -"/go.mod".length) : f[1]!;
      const base = `${escapeModuleString(f[0]!)}/@v/${escapeModuleString(version)}`;
      files.add(`${base}.mod`);
      if (!goModOnly) for (const ext of [".zip", ".ziphash", ".info"]) files.add(base + ext);
    }
  }
  return [...files].sort();
}

/**
 * Whether the download cache holds every file go.sum names. `present` (the files a verification
 * just left, filesLeft in verify.ts) answers without touching the disk; without it each file is
 * stat'ed.
 */
export async function warmFromSums(
  gomodcache: string,
  sumTexts: string[],
  present?: ReadonlySet<string>,
): Promise<SumsWarmth> {
  const started = performance.now();
  const files = filesForSums(sumTexts);
  const found = present ? files.map((f) => present.has(f)) : await statFiles(gomodcache, files);
  const absent = files.filter((_, i) => !found[i]);
  return {
    warm: files.length > 0 && absent.length === 0,
    checked: files.length,
    missing: absent.slice(0, 20),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Whether each file (relative to cache/download) is a regular file, 64 stats at a time. */
async function statFiles(gomodcache: string, files: string[]): Promise<boolean[]> {
  const dl = downloadDir(gomodcache);
  const found: boolean[] = [];
  for (let i = 0; i < files.length; i += 64)
    found.push(
      ...(await Promise.all(
        files.slice(i, i + 64).map((f) =>
          stat(join(dl, ...f.split("/"))).then(
            (s) => s.isFile(),
            () => false,
          ),
        ),
      )),
    );
  return found;
}

export interface OfflineWarmth {
  warm: boolean;
  exitCode: number;
  seconds: number;
  /** Module objects Go printed. */
  modules: number;
  /** Go's last words when it failed. */
  message?: string;
}

/**
 * `go mod download -json` in `cwd` with GOPROXY=off (everything else from `env`). An edge:
 * runs go. Stopped after `timeoutSeconds` (default 120).
 */
export async function warmOffline(opts: {
  goBin: string;
  cwd: string;
  env: Record<string, string>;
  args?: string[];
  timeoutSeconds?: number;
}): Promise<OfflineWarmth> {
  const started = performance.now();
  const timeoutSeconds = opts.timeoutSeconds ?? 120;
  let run;
  try {
    run = await runBounded(opts.goBin, ["mod", "download", "-json", ...(opts.args ?? [])], {
      cwd: opts.cwd,
      env: { ...opts.env, GOPROXY: "off" },
      timeoutMs: timeoutSeconds * 1000,
    });
  } catch (e) {
    const seconds = (performance.now() - started) / 1000;
    return { warm: false, exitCode: 127, seconds, modules: 0, message: (e as Error).message };
  }
  const modules = (run.stdout.match(/^\t"Path": /gm) ?? []).length;
  const warm = run.exitCode === 0 && !/^\t"Error": /m.test(run.stdout);
  const said = run.stopped
    ? `go mod download (GOPROXY=off) did not finish within ${timeoutSeconds} s`
    : run.stderr.trim().split("\n").at(-1) || undefined;
  return {
    warm,
    exitCode: run.exitCode,
    seconds: run.seconds,
    modules,
    ...(!warm && said ? { message: said } : {}),
  };
}
