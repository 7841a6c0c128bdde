// One cache entry in or out through the toolkit, for the module cache and the build cache
// alike: whether this job may read or write at all, the bounded call, and what the toolkit's
// log says happened. An edge: network (through @actions/cache). Never throws.
import type { HitKind, SaveOutcome } from "./state.ts";
import {
  archiveBytesFrom,
  cacheMode,
  cacheServiceOffered,
  captureToolkit,
  firstComplaint,
  loadToolkit,
  modeAllowsRead,
  modeAllowsWrite,
  withinSeconds,
  type ToolkitLog,
} from "./toolkit.ts";

type Env = Readonly<Record<string, string | undefined>>;

/** Why this job may not read (or write) the cache at all: the cache mode, or no service. */
export function cacheClosed(env: Env, access: "read" | "write"): string | undefined {
  const mode = cacheMode(env);
  const allows = access === "read" ? modeAllowsRead(mode) : modeAllowsWrite(mode);
  if (!allows) return `the cache mode '${mode}' does not permit ${access}s`;
  if (!cacheServiceOffered(env)) return NO_SERVICE;
  return undefined;
}

const NO_SERVICE = "no Actions cache service is available to this job";

/** The toolkit, when it sees a cache service (it reads the environment itself). */
async function serviceToolkit() {
  const cache = await loadToolkit();
  if (!cache.isFeatureAvailable()) throw new Error(NO_SERVICE);
  return cache;
}

export interface Fetched {
  hit: HitKind;
  matchedKey?: string;
  archiveBytes?: number;
  /** What went wrong (the restore then counts as a miss). */
  problem?: string;
  /** The service refused the read: a policy, not trouble. */
  denied: boolean;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The toolkit's line once the service named an entry, before its archive downloads: v2's
 * "Cache hit for[ restore-key]: …", v1's debug "Archive Path: …".
 */
const ENTRY_FOUND = /^(?:Cache hit for(?: restore-key)?|Archive Path): /;

/**
 * Restores `key` (or the newest match of a restore key) into `paths`, given up after
 * `limitSeconds`. `onFound` is called once the service has named an entry, before the download.
 */
export async function fetchEntry(
  paths: readonly string[],
  key: string,
  restoreKeys: readonly string[],
  limitSeconds: number,
  onFound?: () => void,
): Promise<Fetched> {
  let first;
  let found = false;
  const onLine =
    onFound &&
    ((line: string) => {
      if (found || !ENTRY_FOUND.test(line)) return;
      found = true;
      onFound();
    });
  try {
    const cache = await serviceToolkit();
    first = await withinSeconds(
      captureToolkit(
        () =>
          cache.restoreCache(paths.slice(), key, restoreKeys.slice(), {
            segmentTimeoutInMs: limitSeconds * 1000,
          }),
        onLine,
      ),
      limitSeconds,
    );
  } catch (e) {
    return { hit: "miss", denied: false, problem: message(e) };
  }
  if (first === "timeout")
    return {
      hit: "miss",
      denied: false,
      problem: `the cache service did not deliver ${key} within ${limitSeconds} s (cache-timeout: ${limitSeconds})`,
    };
  const archiveBytes = archiveBytesFrom(first.log);
  const size = archiveBytes !== undefined ? { archiveBytes } : {};
  const problem = firstComplaint(first.log);
  if (problem)
    return { hit: "miss", denied: problem.includes("cache read denied:"), problem, ...size };
  if (first.value === undefined) return { hit: "miss", denied: false, ...size };
  const hit = first.value === key ? "exact" : "partial";
  return { hit, matchedKey: first.value, denied: false, ...size };
}

export type Stored =
  | { kind: "saved"; cacheId: number; archiveBytes?: number }
  | { kind: Exclude<SaveOutcome, "saved" | "skipped">; why: string; archiveBytes?: number };

/** Saves `paths` under `key`; `limitSeconds` absent or 0: no limit of our own. */
export async function storeEntry(
  paths: readonly string[],
  key: string,
  limitSeconds?: number,
): Promise<Stored> {
  let first: { value: number; log: ToolkitLog } | "timeout";
  try {
    const cache = await serviceToolkit();
    const call = captureToolkit(() => cache.saveCache(paths.slice(), key));
    first = limitSeconds && limitSeconds > 0 ? await withinSeconds(call, limitSeconds) : await call;
  } catch (e) {
    return judge(message(e), undefined, key);
  }
  if (first === "timeout")
    return {
      kind: "timeout",
      why: `the upload did not finish within ${limitSeconds} s (cache-timeout)`,
    };
  return judge(firstComplaint(first.log), first, key);
}

/** The outcome from what the toolkit said (it returns -1 or a reserved id rather than throwing). */
function judge(
  said: string | undefined,
  call: { value: number; log: ToolkitLog } | undefined,
  key: string,
): Stored {
  const archiveBytes = call && archiveBytesFrom(call.log);
  const size = archiveBytes !== undefined ? { archiveBytes } : {};
  if (said && /cache write denied:/.test(said))
    return { kind: "denied", why: `the cache service denied the write (${said})`, ...size };
  if (said) return { kind: "failed", why: said, ...size };
  if (!call || call.value < 0 || call.log.infos.some((l) => /Unable to reserve cache/.test(l)))
    return { kind: "collision", why: `another job saved ${key} first`, ...size };
  return { kind: "saved", cacheId: call.value, ...size };
}
