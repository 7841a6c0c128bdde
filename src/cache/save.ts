// Saving the module cache in the post step, only when it changes something. An edge:
// network (through @actions/cache), files, annotations.
//
// Never fatal unless `strict`: a denied save (a fork's read-only token), a reserve collision
// (another job saved this key first), a service or network failure mid-upload — each leaves a
// notice and the job green. `timeoutSeconds` bounds the whole save; the caller should end the
// process right after (the toolkit may leave keep-alive sockets and, after a timeout, an
// upload running).
import * as core from "@actions/core";
import { readFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import { downloadDir } from "./key.ts";
import { manifestOf, type ManifestDigest } from "./manifest.ts";
import { listExtractedModules, scanDownloadCache, type DownloadCacheScan } from "./modcache.ts";
import { applyPrune, planPrune } from "./prune.ts";
import { policyAllows, stateAllows, type EventContext, type SavePolicy } from "./policy.ts";
import type { CacheFacts, CacheState, SaveOutcome } from "./state.ts";
import { humanBytes } from "./toolkit.ts";
import { cacheClosed, storeEntry } from "./transfer.ts";

export interface SaveOptions {
  policy: SavePolicy;
  /** Turn a failed save (denied, failed, timed out — not a collision) into `failed: true`. */
  strict?: boolean;
  env?: Readonly<Record<string, string | undefined>>;
  /** Defaults to readEventContext(env). */
  context?: EventContext;
  /** Give up on the upload after this long (default: no limit of our own). */
  timeoutSeconds?: number;
  /** Print the outcome and annotations through @actions/core (default true). */
  announce?: boolean;
}

export interface SaveFacts {
  saved: boolean;
  outcome: SaveOutcome;
  reason: string;
  seconds: number;
  archiveBytes?: number;
  cacheId?: number;
  /** The download cache as saved (or as it was when the save was skipped for content). */
  manifest?: ManifestDigest;
  /** Scratch files (locks, partial downloads) removed before archiving. */
  scratchRemoved?: number;
  /** Versions left out because a later restore could not verify them (CacheState.unverifiable). */
  leftOut?: number;
  /** True only with `strict` when the save should fail the step. */
  failed: boolean;
}

/** GITHUB_EVENT_NAME, GITHUB_REF and the payload's repository.default_branch. Reads GITHUB_EVENT_PATH. */
export async function readEventContext(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<EventContext> {
  const ctx: EventContext = {};
  if (env.GITHUB_EVENT_NAME) ctx.eventName = env.GITHUB_EVENT_NAME;
  if (env.GITHUB_REF) ctx.ref = env.GITHUB_REF;
  if (env.GITHUB_EVENT_PATH) {
    try {
      const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) as {
        repository?: { default_branch?: unknown };
      };
      const b = payload.repository?.default_branch;
      if (typeof b === "string" && b) ctx.defaultBranch = b;
    } catch {
      // no payload: default-branch cannot be decided, auto still works
    }
  }
  return ctx;
}

export async function saveModuleCache(state: CacheState, opts: SaveOptions): Promise<SaveFacts> {
  const env = opts.env ?? process.env;
  const announce = opts.announce ?? true;
  const started = performance.now();
  const done = (f: Omit<SaveFacts, "seconds" | "failed"> & { failed?: boolean }): SaveFacts => {
    const facts: SaveFacts = {
      failed: false,
      ...f,
      seconds: (performance.now() - started) / 1000,
    };
    if (announce) announceSave(facts);
    return facts;
  };
  const skip = (reason: string, manifest?: ManifestDigest): SaveFacts =>
    done({ saved: false, outcome: "skipped", reason, ...(manifest ? { manifest } : {}) });

  const byState = stateAllows(state);
  if (!byState.allowed) return skip(`not saved: ${byState.reason}`);
  const ctx = opts.context ?? (await readEventContext(env));
  const byPolicy = policyAllows(opts.policy, ctx);
  if (!byPolicy.allowed) return skip(`not saved: ${byPolicy.reason}`);
  const closed = cacheClosed(env, "write");
  if (closed) return skip(`not saved: ${closed}`);

  const dl = downloadDir(state.gomodcache);
  const listed = await scanDownloadCache(dl);
  const scratchRemoved = await removeScratch(dl, listed.scratch);
  // An exact hit saves nothing: what it holds stays as the job left it.
  const leftOut =
    state.hit === "exact" ? 0 : await dropUnverifiable(dl, listed, state.unverifiable ?? []);
  const extracted =
    state.layout === "full" ? await listExtractedModules(state.gomodcache) : undefined;
  // The listing leaves scratch files out already; only what dropUnverifiable removed is new.
  const manifest = manifestOf(leftOut ? await scanDownloadCache(dl) : listed, {
    includeSumdb: state.layout === "full",
    ...(extracted ? { extracted } : {}),
  });
  if (manifest.versions === 0)
    return skip(
      leftOut
        ? "not saved: go.sum lists none of the module cache's versions"
        : "not saved: the module cache is empty",
      manifest,
    );
  // An exact hit's key exists already: a save could only collide, after archiving it all.
  if (state.hit === "exact")
    return skip(
      manifest.digest === state.restoredManifest.digest
        ? "not saved: exact hit and nothing new since the restore"
        : `not saved: ${state.key} already exists (this run restored it); what this run added stays out of the cache until the module graph changes`,
      manifest,
    );

  const stored = await storeEntry(state.paths, state.key, opts.timeoutSeconds);
  const base = {
    manifest,
    scratchRemoved,
    ...(leftOut ? { leftOut } : {}),
    ...(stored.archiveBytes !== undefined ? { archiveBytes: stored.archiveBytes } : {}),
  };
  const without = leftOut
    ? `; left out ${leftOut} version${leftOut === 1 ? "" : "s"} go.sum does not list and no checksum database can vouch for (go.sum is not tidy: run go mod tidy)`
    : "";
  if (stored.kind === "saved")
    return done({
      ...base,
      saved: true,
      outcome: "saved",
      cacheId: stored.cacheId,
      reason: `saved: ${reasonForSaving(state)}; ${byPolicy.reason}${without}`,
    });
  if (stored.kind === "collision")
    return done({
      ...base,
      saved: false,
      outcome: "collision",
      reason: `not saved: ${stored.why}`,
    });
  return done({
    ...base,
    saved: false,
    outcome: stored.kind,
    reason: `not saved: ${stored.why}`,
    failed: opts.strict === true,
  });
}

/**
 * Removes the versions a later restore could not verify (the job is over: nothing needs them
 * now). Their go.mod and zip would be dropped by that restore with a security warning.
 */
async function dropUnverifiable(
  dl: string,
  scan: DownloadCacheScan,
  ids: readonly string[],
): Promise<number> {
  if (!ids.length) return 0;
  const drop = new Set(ids);
  const keep = scan.modules.flatMap((m) =>
    m.versions.map((v) => `${v.path}@${v.version}`).filter((id) => !drop.has(id)),
  );
  return (await applyPrune(dl, planPrune(scan, keep))).versions;
}

function reasonForSaving(state: CacheState): string {
  if (state.hit === "partial")
    return `restored from ${state.matchedKey ?? "a fallback key"}, pruned and refilled`;
  return "no entry matched";
}

function announceSave(f: SaveFacts): void {
  const size = f.archiveBytes !== undefined ? `, ${humanBytes(f.archiveBytes)}` : "";
  const text = `Module cache ${f.reason} (${f.seconds.toFixed(1)} s${size})`;
  if (f.failed) core.error(text, { title: "Module cache" });
  else if (f.outcome === "timeout") core.warning(text, { title: "Module cache" });
  else if (f.outcome !== "saved" && f.outcome !== "skipped")
    core.notice(text, { title: "Module cache" });
  else core.info(text);
}

/**
 * Go's lock files, partial downloads and temporaries in cache/download (as the scan listed them,
 * relative to it): never worth archiving.
 */
async function removeScratch(dl: string, scratch: readonly string[]): Promise<number> {
  let removed = 0;
  for (const rel of scratch) {
    try {
      await unlink(join(dl, ...rel.split("/")));
      removed++;
    } catch {
      // in use or already gone
    }
  }
  return removed;
}

/** Item 7: the facts for the report, from the carried state and the save (absent when post did not run). */
export function cacheFacts(state: CacheState, save?: SaveFacts): CacheFacts {
  const problems = [
    state.restoreSkipped ? `restore skipped: ${state.restoreSkipped}` : "",
    state.restoreProblem ? `restore failed: ${state.restoreProblem}` : "",
  ].filter(Boolean);
  return {
    hit: state.hit,
    key: state.key,
    matchedKey: state.matchedKey ?? null,
    restoreSeconds: round(state.restoreSeconds),
    saveSeconds: save ? round(save.seconds) : null,
    archiveBytes: {
      restored: state.restoredArchiveBytes ?? null,
      saved: save?.saved ? (save.archiveBytes ?? null) : null,
    },
    pruned: state.pruned ?? { versions: 0, bytes: 0 },
    saved: save?.saved ?? false,
    reason: [save?.reason ?? "not saved: the post step did not run", ...problems].join("; "),
  };
}

function round(s: number): number {
  return Math.round(s * 1000) / 1000;
}
