// Pruning the module download cache to what this run needed, after a restore from a fallback
// key: without it every save would carry every module any earlier run ever used (the
// "snowball" that kept restore-keys out of actions/setup-go).
//
// The unit of deletion is a module version: all of its files go, or none. Files are removed
// in the reverse of the order Go's download completes them (.ziphash, .zip, .info, .mod), so
// an interruption leaves a state Go itself produces (a .mod without a zip is how Go caches
// modules it needs only for the module graph). @v/list is rewritten exactly as Go's
// rewriteVersionList would, and module directories left empty are removed.
import { readFile, readdir, rm, rmdir, unlink, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import {
  scanDownloadCache,
  versionFileStem,
  versionListText,
  type CachedVersion,
  type DownloadCacheScan,
} from "./modcache.ts";

export interface PruneResult {
  /** Module versions removed. */
  versions: number;
  /** Bytes of content files removed. */
  bytes: number;
  /** Files removed (scratch files included). */
  files: number;
  /** Versions kept because this run needed them. */
  kept: number;
  /** Versions left alone because they were not brought by the restore (present before it, or new). */
  untouched: number;
  /** @v/list files rewritten. */
  lists: number;
  /** The first removed versions ("path@version"), at most 50, for logs. */
  removed: string[];
  /** Problems (a file that could not be removed); pruning goes on past them. */
  errors: string[];
  seconds: number;
}

/** "path@version" for every module line of go.sum / go.work.sum text (both the zip and the go.mod lines). */
export function neededFromSums(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f.length !== 3 || !f[2]!.includes(":")) continue;
    const version = f[1]!.endsWith("/go.mod") ? f[1]!.slice(0, -"/go.mod".length) : f[1]!;
    out.add(`${f[0]}@${version}`);
  }
  return [...out];
}

/** "path@version" for every module object of `go mod download -json` output (errors included: a failed version stays). */
export function neededFromDownload(modules: { Path: string; Version?: string }[]): string[] {
  return modules.filter((m) => m.Path && m.Version).map((m) => `${m.Path}@${m.Version}`);
}

export interface PrunePlan {
  remove: CachedVersion[];
  kept: number;
  untouched: number;
}

/**
 * Which versions to remove: those not needed, among `candidates` (the versions the restore
 * brought that were not there before). Without `candidates` every unneeded version is one.
 */
export function planPrune(
  scan: DownloadCacheScan,
  needed: Iterable<string>,
  candidates?: ReadonlySet<string>,
): PrunePlan {
  const need = new Set(needed);
  const plan: PrunePlan = { remove: [], kept: 0, untouched: 0 };
  for (const m of scan.modules) {
    for (const v of m.versions) {
      const id = `${v.path}@${v.version}`;
      if (candidates && !candidates.has(id)) plan.untouched++;
      else if (need.has(id)) plan.kept++;
      else plan.remove.push(v);
    }
  }
  return plan;
}

const REMOVE_ORDER = [".ziphash", ".zip", ".info", ".mod"];

function removalRank(stem: string, name: string): number {
  const i = REMOVE_ORDER.findIndex((ext) => name === stem + ext);
  return i < 0 ? REMOVE_ORDER.length : i;
}

/** A file of this version: content, its lock, a partial download, or a temporary of one of them. */
function belongsTo(stem: string, name: string): boolean {
  if (!name.startsWith(`${stem}.`)) return false;
  const rest = name.slice(stem.length + 1);
  return (
    /^(info|mod|zip|ziphash|lock|partial)$/.test(rest) || /^(info|mod|zip)[^/]*\.tmp$/.test(rest)
  );
}

/** Removes the planned versions from `root` (= $GOMODCACHE/cache/download). */
export async function applyPrune(root: string, plan: PrunePlan): Promise<PruneResult> {
  const started = performance.now();
  const result: PruneResult = {
    versions: 0,
    bytes: 0,
    files: 0,
    kept: plan.kept,
    untouched: plan.untouched,
    lists: 0,
    removed: [],
    errors: [],
    seconds: 0,
  };
  const touched = new Set<string>();
  for (const v of plan.remove) {
    let names: string[];
    try {
      names = (await readdir(v.dir)).filter((n) => belongsTo(v.stem, n));
    } catch (e) {
      result.errors.push(`${v.dir}: ${(e as Error).message}`);
      continue;
    }
    names.sort((a, b) => removalRank(v.stem, a) - removalRank(v.stem, b));
    let ok = true;
    for (const name of names) {
      try {
        await unlink(join(v.dir, name));
        result.files++;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ENOENT") continue;
        ok = false;
        result.errors.push(`${join(v.dir, name)}: ${(e as Error).message}`);
        break; // keep the rest of this version: Go still finds a usable state
      }
    }
    touched.add(v.dir);
    if (!ok) continue;
    result.versions++;
    result.bytes += v.bytes;
    if (result.removed.length < 50) result.removed.push(`${v.path}@${v.version}`);
  }
  for (const dir of touched) {
    try {
      if (await rewriteList(dir)) result.lists++;
      await removeIfEmpty(root, dir);
    } catch (e) {
      result.errors.push(`${dir}: ${(e as Error).message}`);
    }
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** Rewrites @v/list from the .mod files present; true when it changed. Removes it when no version is left. */
async function rewriteList(dir: string): Promise<boolean> {
  const names = await readdir(dir);
  const modStems = names
    .filter((n) => n.endsWith(".mod"))
    .map((n) => versionFileStem(n))
    .filter((s): s is string => s !== undefined);
  const listFile = join(dir, "list");
  let old: string | undefined;
  try {
    old = await readFile(listFile, "utf8");
  } catch {
    old = undefined;
  }
  const hasVersions = names.some((n) => versionFileStem(n) !== undefined);
  if (!hasVersions) {
    if (old === undefined) return false;
    await rm(listFile, { force: true });
    return true;
  }
  const text = versionListText(modStems);
  if (old === text) return false;
  await writeFile(listFile, text);
  return true;
}

/** Removes @v when only lock files are left in it, then empty parents up to (not including) root. */
async function removeIfEmpty(root: string, dir: string): Promise<void> {
  const left = await readdir(dir);
  if (left.some((n) => !n.endsWith(".lock"))) return;
  for (const n of left) await unlink(join(dir, n));
  let current = dir;
  for (let depth = 0; depth < 256; depth++) {
    const rel = relative(root, current);
    if (rel === "" || rel.startsWith("..")) return;
    try {
      await rmdir(current);
    } catch {
      return; // not empty: another module lives below
    }
    current = dirname(current);
  }
}

/**
 * Scan, plan and remove in one call. `root` is $GOMODCACHE/cache/download; `needed` the
 * "path@version" list of this run (download output + go.sum files); `candidates` the versions
 * the restore brought (see RestoreOutcome.restoredVersions).
 */
export async function pruneDownloadCache(
  root: string,
  needed: Iterable<string>,
  candidates?: ReadonlySet<string>,
): Promise<PruneResult> {
  const scan = await scanDownloadCache(root);
  return applyPrune(root, planPrune(scan, needed, candidates));
}
