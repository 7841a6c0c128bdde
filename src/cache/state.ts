// The plain data that travels from the main step to the post step (as one action-state
// string) and the facts the report shows. JSON in, JSON out.
import type { CacheLayout } from "./key.ts";
import type { ManifestDigest } from "./manifest.ts";

export type HitKind = "exact" | "partial" | "miss";

/** The pre-warm's verdict, as the main step saw it: only "ok" lets the post step save. */
export type PrewarmVerdict = "ok" | "partial" | "failed" | "skipped";

export interface CachePlan {
  gomodcache: string;
  layout: CacheLayout;
  key: string;
  restoreKeys: string[];
  /** The exact path list for @actions/cache (its entry version hashes it): the same at save. */
  paths: string[];
}

export interface CacheState extends CachePlan {
  v: 1;
  hit: HitKind;
  matchedKey?: string;
  restoreSeconds: number;
  restoredArchiveBytes?: number;
  /** Why no restore was attempted (cache mode, no cache service), when it was not. */
  restoreSkipped?: string;
  /** What went wrong during the restore (it then counts as a miss). */
  restoreProblem?: string;
  /** The download cache right after the restore (before the pre-warm). */
  restoredManifest: ManifestDigest;
  prewarm?: PrewarmVerdict;
  pruned?: { versions: number; bytes: number };
  /** Versions a later restore could not verify ("path@version"): left out of the save. */
  unverifiable?: string[];
  /** The warm check's answer after an exact hit, when it ran. */
  warm?: boolean;
}

export function serializeState(state: CacheState): string {
  return JSON.stringify(state);
}

/** A step-state string of version 1 that `valid` accepts; undefined when absent, not JSON or not ours. */
export function parseStepState<T extends { v: 1 }>(
  text: string | undefined,
  valid: (s: Partial<T>) => boolean,
): T | undefined {
  if (!text) return undefined;
  try {
    const s = JSON.parse(text) as Partial<T>;
    return s.v === 1 && valid(s) ? (s as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Parses the post step's state string; undefined when absent or not ours. */
export function parseState(text: string | undefined): CacheState | undefined {
  return parseStepState<CacheState>(
    text,
    (s) =>
      typeof s.key === "string" &&
      Array.isArray(s.paths) &&
      typeof s.gomodcache === "string" &&
      s.restoredManifest !== undefined,
  );
}

/** What the main step adds after the pre-warm (and the prune, when it ran). */
export function recordPrewarm(
  state: CacheState,
  prewarm: PrewarmVerdict,
  extra: {
    pruned?: { versions: number; bytes: number };
    warm?: boolean;
    unverifiable?: string[];
  } = {},
): CacheState {
  return {
    ...state,
    prewarm,
    ...(extra.pruned
      ? { pruned: { versions: extra.pruned.versions, bytes: extra.pruned.bytes } }
      : {}),
    ...(extra.warm !== undefined ? { warm: extra.warm } : {}),
    ...(extra.unverifiable?.length ? { unverifiable: extra.unverifiable } : {}),
  };
}

export type SaveOutcome = "saved" | "skipped" | "denied" | "collision" | "failed" | "timeout";

/** The report's view of the module cache (item 7 of the issue). */
export interface CacheFacts {
  hit: HitKind;
  key: string;
  matchedKey: string | null;
  restoreSeconds: number;
  saveSeconds: number | null;
  archiveBytes: { restored: number | null; saved: number | null };
  pruned: { versions: number; bytes: number };
  saved: boolean;
  /** One sentence: why it was or was not saved (and what went wrong on restore, if anything). */
  reason: string;
}
