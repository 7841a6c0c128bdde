// The post step for the build cache: find what the job used (Go stamped it), decide whether
// saving is allowed and worth it, drop what was not used, save. An edge: files, network.
//
// Never fatal: a denied write, a collision (another job saved this key first: the toolkit
// answers at once, no waiting), a failed or slow upload leave a notice and a green job.
import * as core from "@actions/core";
import { readFile } from "node:fs/promises";
import type { EventContext, SavePolicy } from "../cache/policy.ts";
import { readEventContext } from "../cache/save.ts";
import { humanBytes } from "../cache/toolkit.ts";
import { cacheClosed, storeEntry } from "../cache/transfer.ts";
import {
  classifyEntries,
  removeEntries,
  stampEntries,
  totalBytes,
  type CacheEntry,
} from "./entries.ts";
import { buildSaveAllowed, resaveWorthIt } from "./policy.ts";
import type { BuildCacheState, BuildSaveFacts, Tally } from "./state.ts";

export interface BuildSaveOptions {
  policy: SavePolicy;
  /** Re-save after a partial restore at this drift (percent of the bytes the job used). */
  resavePercent: number;
  timeoutSeconds: number;
  env?: Readonly<Record<string, string | undefined>>;
  context?: EventContext;
  announce?: boolean;
}

const tally = (entries: readonly CacheEntry[]): Tally => ({
  entries: entries.length,
  bytes: totalBytes(entries),
});

export async function saveBuildCache(
  state: BuildCacheState,
  opts: BuildSaveOptions,
): Promise<BuildSaveFacts> {
  const env = opts.env ?? process.env;
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const s = (now - t) / 1000;
    t = now;
    return s;
  };
  const restored = new Set(
    (await readFile(state.restoredList, "utf8").catch(() => "")).split("\n").filter(Boolean),
  );
  const use = await classifyEntries(state.gocache, state.since, restored);
  const seconds = { classify: lap(), drop: 0, save: 0 };
  const base = {
    used: tally(use.used),
    created: tally(use.created),
    unused: tally(use.unused),
    dropped: false,
  };
  const done = (f: Omit<BuildSaveFacts, keyof typeof base | "seconds">): BuildSaveFacts => {
    const facts = { ...base, ...f, seconds };
    if (opts.announce ?? true) announce(facts);
    return facts;
  };
  const skip = (reason: string) =>
    done({ saved: false, outcome: "skipped", reason: `not saved: ${reason}` });

  // No service (or a mode without writes) is what happened, whatever the policy would say.
  const closed = cacheClosed(env, "write");
  if (closed) return skip(closed);
  const ctx = opts.context ?? (await readEventContext(env));
  const allowed = buildSaveAllowed(opts.policy, ctx);
  if (!allowed.allowed) return skip(allowed.reason);
  const worth = resaveWorthIt(
    {
      hit: state.hit,
      usedBytes: base.used.bytes,
      createdBytes: base.created.bytes,
      unusedBytes: base.unused.bytes,
    },
    opts.resavePercent,
  );
  if (!worth.worth) return skip(worth.reason);

  await removeEntries(state.gocache, use.unused);
  // A day back, so the job that restores this needs no stamping of its own.
  await stampEntries(state.gocache, use.used, Date.now());
  base.dropped = true;
  seconds.drop = lap();
  const stored = await storeEntry(state.paths, state.key, opts.timeoutSeconds);
  seconds.save = lap();
  const size = stored.archiveBytes !== undefined ? { archiveBytes: stored.archiveBytes } : {};
  if (stored.kind === "saved")
    return done({
      saved: true,
      outcome: "saved",
      reason: `saved: ${worth.reason}; ${allowed.reason}`,
      ...size,
    });
  return done({ saved: false, outcome: stored.kind, reason: `not saved: ${stored.why}`, ...size });
}

function announce(f: BuildSaveFacts): void {
  const size = f.archiveBytes !== undefined ? `, ${humanBytes(f.archiveBytes)}` : "";
  const text = `Build cache ${f.reason} (${f.seconds.save.toFixed(1)} s${size}; used ${f.used.entries} entries, ${f.created.entries} new, ${f.unused.entries} unused${f.dropped ? " dropped" : ""})`;
  if (f.outcome === "saved" || f.outcome === "skipped" || f.outcome === "collision")
    core.info(text);
  else core.notice(text, { title: "Build cache" });
}
