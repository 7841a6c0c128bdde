// When the build cache may be saved, and when saving is worth it: pure decisions.
//
// Trust: Go verifies nothing it finds in GOCACHE (an entry is used because its name matches),
// so a restored build cache is compiled code as trusted as whoever saved it. `auto` saves
// only from events that run the default branch's own code — push, schedule and
// workflow_dispatch on the default branch; pull requests (a fork's or not) only restore.
// The other values mean what they mean for the module cache (cache-save).
//
// Worth: an exact hit is never re-saved (that key exists: the code is the same). After a
// miss, anything built is saved. After a partial restore the entry is re-saved when the
// drift — bytes compiled anew plus restored bytes nobody used — reaches `resaveShare` of what
// the job used (docs/performance.md, "Build cache": 10 % by default). Below that the job
// recompiles a few packages instead of uploading the whole cache; the drift grows with every
// commit, so the entry is refreshed before it goes stale (it never freezes), and what is
// saved is only what the job used (it never snowballs).
import { policyAllows, type EventContext, type SavePolicy } from "../cache/policy.ts";
import type { HitKind } from "../cache/state.ts";

const TRUSTED_EVENTS = new Set(["push", "schedule", "workflow_dispatch"]);

export const DEFAULT_RESAVE_PERCENT = 10;

export function buildSaveAllowed(
  policy: SavePolicy,
  ctx: EventContext,
): { allowed: boolean; reason: string } {
  if (policy !== "auto") return policyAllows(policy, ctx);
  const event = ctx.eventName ?? "unknown";
  if (!TRUSTED_EVENTS.has(event))
    return {
      allowed: false,
      reason: `cache-build-save is auto and a ${event} event only restores (the build cache is saved from push, schedule and workflow_dispatch on the default branch)`,
    };
  if (!ctx.defaultBranch)
    return {
      allowed: false,
      reason: "cache-build-save is auto but the event payload names no default branch",
    };
  return ctx.ref === `refs/heads/${ctx.defaultBranch}`
    ? { allowed: true, reason: `cache-build-save is auto (${event} on ${ctx.defaultBranch})` }
    : {
        allowed: false,
        reason: `cache-build-save is auto and ${ctx.ref ?? "this ref"} is not the default branch (${ctx.defaultBranch})`,
      };
}

export interface UseTotals {
  hit: HitKind;
  usedBytes: number;
  createdBytes: number;
  unusedBytes: number;
}

export function resaveWorthIt(
  u: UseTotals,
  resavePercent: number,
): { worth: boolean; reason: string } {
  if (u.usedBytes === 0) return { worth: false, reason: "the job built and tested nothing" };
  if (u.hit === "exact")
    return { worth: false, reason: "exact hit: an entry for this code exists already" };
  if (u.hit === "miss") return { worth: true, reason: "no entry was restored" };
  const drift = u.createdBytes + u.unusedBytes;
  const share = (100 * drift) / u.usedBytes;
  return share >= resavePercent
    ? {
        worth: true,
        reason: `the restored entry drifted ${share.toFixed(1)} % from what the job used (re-save at ${resavePercent} %)`,
      }
    : {
        worth: false,
        reason: `the restored entry drifted only ${share.toFixed(1)} % from what the job used (re-save at ${resavePercent} %)`,
      };
}
