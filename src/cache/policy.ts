// When the post step saves the module cache: a pure decision over plain data.
//
// cache-save input:
//   never          restore only.
//   always         save whenever the content changed, on any event.
//   default-branch save only on the repository's default branch (GITHUB_REF ==
//                  refs/heads/<repository.default_branch from the event payload>).
//   auto (default) save on every event except pull_request, pull_request_target,
//                  workflow_run, issue_comment and merge_group. Why: an entry saved by a
//                  pull request is scoped to refs/pull/N/merge, only that pull request can
//                  read it, and it still counts
//                  against the repository's 10 GB and evicts the default branch's entries;
//                  a fork's token is read-only anyway. pull_request_target runs in the base
//                  branch's scope, often with the pull request's code checked out: saving there
//                  would let a pull request write the cache every branch restores (cache
//                  poisoning). workflow_run and issue_comment run in the default branch's
//                  scope too, and are how a fork's pull request or any commenter triggers
//                  privileged workflows (often checking out or building untrusted code): the
//                  same poisoning. merge_group refs are deleted after the merge. Pushes (to any
//                  branch), schedules and manual runs save: a branch's entry serves that
//                  branch's later pushes, the default branch's serves everyone.
// Whatever the policy, nothing is saved when the pre-warm did not finish cleanly, when the
// cache is empty, after an exact hit that added nothing, or when the cache mode forbids writes.
import type { CacheState } from "./state.ts";

export type SavePolicy = "auto" | "always" | "never" | "default-branch";

export const SAVE_POLICIES: readonly SavePolicy[] = ["auto", "always", "never", "default-branch"];

export function parseSavePolicy(value: string | undefined): SavePolicy {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "" || v === "true") return "auto";
  if (v === "false") return "never";
  if ((SAVE_POLICIES as readonly string[]).includes(v)) return v as SavePolicy;
  throw new Error(`cache-save must be one of ${SAVE_POLICIES.join(", ")}; got "${value}"`);
}

export interface EventContext {
  /** GITHUB_EVENT_NAME */
  eventName?: string;
  /** GITHUB_REF */
  ref?: string;
  /** repository.default_branch from the GITHUB_EVENT_PATH payload. */
  defaultBranch?: string;
}

const NO_AUTO_SAVE = new Set([
  "pull_request",
  "pull_request_target",
  "workflow_run",
  "issue_comment",
  "merge_group",
]);

/** Whether the policy allows saving for this event (content checks come later). */
export function policyAllows(
  policy: SavePolicy,
  ctx: EventContext,
): { allowed: boolean; reason: string } {
  switch (policy) {
    case "never":
      return { allowed: false, reason: "cache-save is never" };
    case "always":
      return { allowed: true, reason: "cache-save is always" };
    case "default-branch": {
      if (!ctx.defaultBranch)
        return {
          allowed: false,
          reason: "cache-save is default-branch but the event payload names no default branch",
        };
      const want = `refs/heads/${ctx.defaultBranch}`;
      return ctx.ref === want
        ? { allowed: true, reason: `on the default branch (${ctx.defaultBranch})` }
        : {
            allowed: false,
            reason: `cache-save is default-branch and ${ctx.ref ?? "this ref"} is not ${want}`,
          };
    }
    default:
      if (ctx.eventName && NO_AUTO_SAVE.has(ctx.eventName))
        return {
          allowed: false,
          reason: `cache-save is auto and this is a ${ctx.eventName} event`,
        };
      return { allowed: true, reason: `cache-save is auto (${ctx.eventName ?? "unknown event"})` };
  }
}

/** The checks that need only the state: the pre-warm verdict and the restore. */
export function stateAllows(state: CacheState): { allowed: boolean; reason: string } {
  if (state.prewarm === undefined)
    return { allowed: false, reason: "the pre-warm's verdict was not recorded" };
  if (state.prewarm !== "ok")
    return {
      allowed: false,
      reason: `the pre-warm ${state.prewarm === "partial" ? "was partial" : state.prewarm}`,
    };
  return { allowed: true, reason: "" };
}
