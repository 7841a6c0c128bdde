// The module cache's rules, in the shape of src/check/rules.ts's catalogue, for docs/rules.md,
// the verdicts the restore verification (verify.ts) reaches, and the one finding it produces.
import type { Diagnostic } from "../core/diagnostic.ts";
import { defineRule as r, type Rule } from "../core/rule.ts";
import { TOOLCHAIN_MODULE } from "../toolchain/gover.ts";
import type { HitKind } from "./state.ts";

export const CACHE_RULES: readonly Rule[] = [
  r(
    "cache-untrusted-files",
    "warning",
    ["cache"],
    "The restored module cache held files go.sum does not vouch for",
    "Go trusts its module cache: with a zip and its `.ziphash` present it never re-hashes the zip, and extracted trees are used unchecked, so an altered cache entry is built as is, even with GOPROXY=off. After every restore the action hashes each module zip, go.mod and (for `cache-layout: full`) extracted tree and compares them with go.sum; a version go.sum does not list is checked against the checksum database instead, when Go would ask it (GOSUMDB on, no GONOSUMDB/GOPRIVATE match). A file that differs, or that neither vouches for (the database unreachable included), is removed with its siblings before any go command runs, and the pre-warm fetches it again through GOPROXY. A mismatch means someone who could write the cache entry (a workflow that saves caches, or a job running untrusted code) altered it: find which run saved the entry named in the message and delete it (`gh cache delete <key>`). In strict mode this is an error.",
  ),
];

export type UntrustedFile = "zip" | "go.mod" | "tree";

export interface Rejection {
  /** "path@version" */
  module: string;
  file: UntrustedFile;
  /** "mismatch": hashed and differs from go.sum; "unlisted": go.sum has no hash for it; "unreadable": not a valid file. */
  why: "mismatch" | "unlisted" | "unreadable";
  /** What was removed from the download cache for it (0 for an extracted tree). */
  bytes: number;
  /** The checksum database whose proven hash it failed, for a version go.sum does not list. */
  database?: string;
  /** Why an unreadable zip could not be read (e.g. an entry inflating past its declared size). */
  detail?: string;
}

export interface CacheVerification {
  zips: number;
  mods: number;
  trees: number;
  /** Bytes hashed. */
  bytes: number;
  rejected: Rejection[];
  /** Versions go.sum does not list: vouched for by the checksum database, or not answered (first error). */
  database: { vouched: number; unanswered: number; error?: string };
  seconds: number;
}

const MAX_NAMED = 10;

/**
 * Which removals are news. A partial hit restores an entry saved for another go.sum, so
 * versions this go.sum does not list are expected there (the pruner would drop them too); an
 * exact hit was saved for this very go.sum, so anything unlisted in it was put there. Toolchain
 * modules are never in go.sum (Go proves them with the checksum database on each switch).
 */
export function suspicious(rejected: readonly Rejection[], hit: HitKind): Rejection[] {
  return rejected.filter(
    (r) =>
      r.why !== "unlisted" || (hit === "exact" && !r.module.startsWith(`${TOOLCHAIN_MODULE}@`)),
  );
}

/** One finding for every suspicious removal; undefined when there is none. Pure. */
export function untrustedFilesDiagnostic(
  v: Pick<CacheVerification, "rejected">,
  hit: HitKind,
  cacheKey: string,
): Diagnostic | undefined {
  const rejected = suspicious(v.rejected, hit);
  if (!rejected.length) return undefined;
  const named = rejected.slice(0, MAX_NAMED).map(describe).join("; ");
  const more = rejected.length > MAX_NAMED ? `; and ${rejected.length - MAX_NAMED} more` : "";
  const altered = rejected.some((r) => r.why !== "unlisted");
  return {
    rule: "cache-untrusted-files",
    severity: "warning",
    variable: "cache",
    value: cacheKey,
    message:
      `The module cache entry ${cacheKey} held ${rejected.length} file${rejected.length === 1 ? "" : "s"} that go.sum (or, for versions it does not list, the checksum database) does not vouch for: ${named}${more}. ` +
      `They were removed before any go command ran and are fetched again through GOPROXY (Go would have used them unchecked). ` +
      (altered
        ? "A hash mismatch means the entry was altered after the files were downloaded: find the run that saved it and delete the entry."
        : "Modules go.sum does not list cannot be verified from the cache."),
  };
}

function describe(r: Rejection): string {
  const what = r.file === "tree" ? "extracted tree" : r.file;
  const why =
    r.why === "mismatch"
      ? `hash differs from ${r.database ? `the checksum database ${r.database}` : "go.sum"}`
      : r.why === "unlisted"
        ? "not in go.sum"
        : `unreadable${r.detail ? `: ${r.detail}` : ""}`;
  return `${r.module} (${what}: ${why})`;
}
