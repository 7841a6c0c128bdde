// The go command's TryProxies (modfetch/proxy.go) walked over probe outcomes: which entry of
// GOPROXY serves, which ones Go passes over and why, and the error it reports when none does.
import type { ProxyEntry } from "../go/proxy-list.ts";
import { failureText, isNotFound, type GetOutcome } from "../net/http.ts";

export function isOk(g: GetOutcome): boolean {
  return !g.error && g.status === 200;
}

export interface Walk {
  /** Index of the entry that answers 200, or of a `direct` entry. */
  served?: number;
  direct?: boolean;
  fellThrough: { index: number; reason: string; hard: boolean }[];
  /** The error TryProxies returns when nothing served. */
  error?: { text: string; notFound: boolean; index?: number };
}

/**
 * TryProxies over probe outcomes. For modules a `direct` entry serves (it is not probed); for
 * the checksum database `direct`/`off` mean "connect directly" (sumdb: true).
 */
export function tryProxies(
  entries: readonly ProxyEntry[],
  outcome: (i: number) => GetOutcome | undefined,
  sumdb: boolean,
): Walk {
  const walk: Walk = { fellThrough: [] };
  let best: Walk["error"];
  let bestRank = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.kind === "noproxy") continue;
    if (e.kind === "direct") {
      if (!sumdb) walk.served = i;
      walk.direct = true;
      return walk;
    }
    if (e.kind === "off") {
      const err = { text: "module lookup disabled by GOPROXY=off", notFound: true, index: i };
      if (sumdb) {
        if (bestRank <= 1) walk.direct = true;
        else walk.error = best;
        return walk;
      }
      if (bestRank <= 1) best = err;
      walk.error = best;
      return walk;
    }
    const g = outcome(i)!;
    if (isOk(g)) {
      walk.served = i;
      return walk;
    }
    if (isNotFound(g)) {
      walk.fellThrough.push({ index: i, reason: g.statusText ?? String(g.status), hard: false });
      if (bestRank <= 1) {
        best = { text: failureText(g), notFound: true, index: i };
        bestRank = 1;
      }
      continue;
    }
    if (bestRank <= 2) {
      best = { text: failureText(g), notFound: false, index: i };
      bestRank = 2;
    }
    if (e.fallback !== "any") {
      walk.error = best;
      return walk;
    }
    walk.fellThrough.push({
      index: i,
      reason: g.error ? (g.errorKind ?? "error") : (g.statusText ?? ""),
      hard: true,
    });
  }
  if (sumdb && bestRank < 2) walk.direct = true;
  else walk.error = best ?? { text: "no proxy in the chain", notFound: true };
  return walk;
}
