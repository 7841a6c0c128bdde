// What travels from the main step to the post step for the build cache (one action-state
// string), and the facts the summary and outputs show. JSON in, JSON out.
import { parseStepState, type HitKind, type SaveOutcome } from "../cache/state.ts";

export interface BuildCacheState {
  v: 1;
  gocache: string;
  /** The exact path list for @actions/cache: the same at save. */
  paths: string[];
  key: string;
  hit: HitKind;
  matchedKey?: string;
  /** Epoch ms when the main step started: entries Go stamped since then were used. */
  since: number;
  /** File listing the entries the restore brought, one name per line. */
  restoredList: string;
  restored: { entries: number; bytes: number; archiveBytes?: number };
  restoreSeconds: number;
  /** Restored entries too recent for Go to re-stamp, stamped back by the restore. */
  stamped: number;
  stampSeconds: number;
  /** Why nothing was restored, or what went wrong (then GOCACHE was emptied: a cold build). */
  skipped?: string;
  problem?: string;
}

export function serializeBuildState(s: BuildCacheState): string {
  return JSON.stringify(s);
}

export function parseBuildState(text: string | undefined): BuildCacheState | undefined {
  return parseStepState<BuildCacheState>(
    text,
    (s) => typeof s.key === "string" && typeof s.gocache === "string" && Array.isArray(s.paths),
  );
}

/** Entry counts and bytes of one phase. */
export interface Tally {
  entries: number;
  bytes: number;
}

export interface BuildSaveFacts {
  saved: boolean;
  outcome: SaveOutcome;
  reason: string;
  used: Tally;
  created: Tally;
  /** Restored or stale entries the job did not use (removed before saving). */
  unused: Tally;
  dropped: boolean;
  archiveBytes?: number;
  seconds: { classify: number; drop: number; save: number };
}
