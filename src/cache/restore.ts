// Restoring the module cache before any go command runs. An edge: network (through
// @actions/cache), files, annotations.
//
// Never fatal: a service error, a network failure or a denied read is a miss, reported once
// (a warning for trouble, a notice for a policy denial), and the job goes on.
import * as core from "@actions/core";
import { chmod, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import {
  cacheKeys,
  cachePaths,
  downloadDir,
  runnerOs,
  type CacheLayout,
  type GraphFile,
} from "./key.ts";
import { echoUntrusted } from "../redact/untrusted-echo.ts";
import { manifestOf, versionSet } from "./manifest.ts";
import { listExtractedModules, scanDownloadCache, type DownloadCacheScan } from "./modcache.ts";
import type { CachePlan, CacheState, HitKind } from "./state.ts";
import { humanBytes } from "./toolkit.ts";
import { cacheClosed, fetchEntry, type Fetched } from "./transfer.ts";

export interface PlanInput {
  /** `go env GOMODCACHE`, absolute. */
  gomodcache: string;
  layout?: CacheLayout;
  graphFiles: GraphFile[];
  suffix?: string;
  /** Defaults to runnerOs(). */
  os?: string;
  /** Defaults to the home directory. */
  home?: string;
}

/** Key, restore keys and path list: pure. */
export function planCache(input: PlanInput): CachePlan {
  const layout = input.layout ?? "download";
  const keys = cacheKeys({
    os: input.os ?? runnerOs(),
    layout,
    graphFiles: input.graphFiles,
    ...(input.suffix !== undefined ? { suffix: input.suffix } : {}),
  });
  return {
    gomodcache: input.gomodcache,
    layout,
    key: keys.key,
    restoreKeys: keys.restoreKeys,
    paths: cachePaths(input.gomodcache, layout, input.home),
  };
}

export interface RestoreFacts {
  hit: HitKind;
  key: string;
  matchedKey?: string;
  seconds: number;
  archiveBytes?: number;
  /** Why no restore was attempted. */
  skipped?: string;
  /** What went wrong (the restore then counts as a miss). */
  problem?: string;
  /** Module versions in the download cache after the restore. */
  versions: number;
}

export interface RestoreOutcome {
  facts: RestoreFacts;
  /** Carry to the post step: core.saveState(name, serializeState(recordPrewarm(state, …))). */
  state: CacheState;
  /** "path@version" of the versions the restore brought that were not there before: prune candidates. */
  restoredVersions: string[];
  /** "path@version" of the versions there before the restore (a runner's own cache): never removed. */
  preexisting: string[];
  /** The download cache as the restore left it: the verification reads it instead of listing again. */
  listing: DownloadCacheScan;
}

export interface RestoreOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** Print the outcome and annotations through @actions/core (default true). */
  announce?: boolean;
  /** Give up after this long and go on cold (default DEFAULT_CACHE_TIMEOUT_SECONDS). */
  timeoutSeconds?: number;
  /** Called once the service has named an entry, while its archive downloads. */
  onFound?: () => void;
}

/** A restore or a save that takes longer than this is given up (cache-timeout). */
export const DEFAULT_CACHE_TIMEOUT_SECONDS = 300;

export async function restoreModuleCache(
  plan: CachePlan,
  opts: RestoreOptions = {},
): Promise<RestoreOutcome> {
  const env = opts.env ?? process.env;
  const announce = opts.announce ?? true;
  const dl = downloadDir(plan.gomodcache);
  const before = await scanDownloadCache(dl);
  const started = performance.now();
  const skipped = cacheClosed(env, "read");
  if (!skipped && plan.layout === "full") await makeDirsWritable(plan.gomodcache);
  const fetched = skipped
    ? undefined
    : await fetchEntry(
        plan.paths,
        plan.key,
        plan.restoreKeys,
        opts.timeoutSeconds ?? DEFAULT_CACHE_TIMEOUT_SECONDS,
        opts.onFound,
      );
  const { hit, matchedKey, archiveBytes, problem }: Omit<Fetched, "denied"> = fetched ?? {
    hit: "miss",
  };
  const seconds = (performance.now() - started) / 1000;

  const after = await scanDownloadCache(dl);
  const had = versionSet(before);
  const restoredVersions = hit === "miss" ? [] : [...versionSet(after)].filter((v) => !had.has(v));
  const extracted =
    plan.layout === "full" ? await listExtractedModules(plan.gomodcache) : undefined;
  const manifest = manifestOf(after, {
    includeSumdb: plan.layout === "full",
    ...(extracted ? { extracted } : {}),
  });

  const facts: RestoreFacts = {
    hit,
    key: plan.key,
    seconds,
    versions: manifest.versions,
    ...(matchedKey !== undefined ? { matchedKey } : {}),
    ...(archiveBytes !== undefined && hit !== "miss" ? { archiveBytes } : {}),
    ...(skipped ? { skipped } : {}),
    ...(problem ? { problem } : {}),
  };
  const state: CacheState = {
    v: 1,
    ...plan,
    hit,
    restoreSeconds: seconds,
    restoredManifest: manifest,
    ...(matchedKey !== undefined ? { matchedKey } : {}),
    ...(facts.archiveBytes !== undefined ? { restoredArchiveBytes: facts.archiveBytes } : {}),
    ...(skipped ? { restoreSkipped: skipped } : {}),
    ...(problem ? { restoreProblem: problem } : {}),
  };
  if (announce) announceRestore(facts, fetched?.denied ?? false);
  return { facts, state, restoredVersions, preexisting: [...had], listing: after };
}

function announceRestore(f: RestoreFacts, denied: boolean): void {
  if (f.problem) {
    const text = `Module cache not restored (continuing without it): ${f.problem}`;
    if (denied) core.notice(text, { title: "Module cache" });
    else core.warning(text, { title: "Module cache" });
  }
  const size = f.archiveBytes !== undefined ? `, ${humanBytes(f.archiveBytes)}` : "";
  if (f.hit === "exact")
    core.info(`Module cache: exact hit ${f.key} (${f.seconds.toFixed(1)} s${size})`);
  // The matched key is what the cache service says it restored: untrusted text.
  else if (f.hit === "partial")
    echoUntrusted(
      `Module cache: restored ${f.matchedKey} for ${f.key} (${f.seconds.toFixed(1)} s${size}); unneeded versions will be pruned`,
    );
  else core.info(`Module cache: miss for ${f.key}${f.skipped ? ` (${f.skipped})` : ""}`);
}

/**
 * Go makes extracted module trees read-only; tar cannot replace files inside them ("Cannot
 * open: Permission denied" / "File exists"). Before a `full` restore, give the owner write
 * permission on directories that lack it (tar puts the archived modes back). Bounded walk.
 */
async function makeDirsWritable(root: string): Promise<number> {
  let changed = 0;
  let seen = 0;
  const walk = async (dir: string): Promise<void> => {
    if (++seen > 1_000_000) return;
    let st;
    try {
      st = await stat(dir);
    } catch {
      return;
    }
    if ((st.mode & 0o200) === 0) {
      try {
        await chmod(dir, (st.mode & 0o7777) | 0o200);
        changed++;
      } catch {
        return;
      }
    }
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory()) await walk(join(dir, e.name));
  };
  await walk(root);
  return changed;
}
