// Per-origin counts, checksum-database traffic and run-level shares of a ledger. A 404 or
// 410 is a miss (Go falls back on it), any other status or a transport error is an error.
import type { Classifier } from "./classify.ts";
import type { FileTally } from "./file-chains.ts";
import type {
  LedgerRequest,
  ModuleFile,
  OriginStats,
  Shares,
  SumdbStats,
  VcsCommand,
} from "./types.ts";

function isNotFound(status: number | null): boolean {
  return status === 404 || status === 410;
}

function emptyStats(origin: string): OriginStats {
  return {
    origin,
    requests: 0,
    ok: 0,
    notFound: 0,
    otherStatus: 0,
    transportErrors: 0,
    errors: 0,
    seconds: 0,
    sumdbRequests: 0,
    vcsCommands: 0,
    filesAsked: 0,
    filesServed: 0,
    hitRate: null,
  };
}

function countRequest(s: OriginStats, r: LedgerRequest) {
  s.requests++;
  if (r.status === 200) s.ok++;
  else if (isNotFound(r.status)) s.notFound++;
  else if (r.status !== null) s.otherStatus++;
  else s.transportErrors++;
  if (r.status !== 200 && !isNotFound(r.status)) s.errors++;
  s.seconds += r.seconds ?? 0;
}

function countSumdb(sumdb: Map<string, SumdbStats>, r: LedgerRequest & { sumdb: string }) {
  const key = `${r.sumdb}\u0000${r.origin}`;
  let d = sumdb.get(key);
  if (!d) {
    d = { name: r.sumdb, origin: r.origin, requests: 0, ok: 0, notFound: 0, errors: 0, seconds: 0 };
    sumdb.set(key, d);
  }
  d.requests++;
  if (r.status === 200) d.ok++;
  else if (isNotFound(r.status)) d.notFound++;
  else d.errors++;
  d.seconds += r.seconds ?? 0;
}

/** Counts of every origin the chain names or the run touched, and each database's traffic. */
export function originStats(
  requests: LedgerRequest[],
  vcs: VcsCommand[],
  cls: Classifier,
  tally: FileTally,
): { origins: OriginStats[]; sumdb: SumdbStats[] } {
  const stats = new Map<string, OriginStats>();
  const statsOf = (o: string) => {
    let s = stats.get(o);
    if (!s) stats.set(o, (s = emptyStats(o)));
    return s;
  };
  for (const o of cls.origins()) statsOf(o);
  const sumdb = new Map<string, SumdbStats>();
  for (const r of requests) {
    const s = statsOf(r.origin);
    countRequest(s, r);
    if (r.sumdb !== undefined) {
      s.sumdbRequests++;
      countSumdb(sumdb, { ...r, sumdb: r.sumdb });
    }
  }
  if (vcs.length > 0) {
    const d = statsOf("direct");
    for (const c of vcs) {
      d.vcsCommands++;
      d.seconds += c.seconds ?? 0;
    }
  }
  for (const [o, n] of tally.asked) statsOf(o).filesAsked = n;
  for (const [o, n] of tally.servedBy) statsOf(o).filesServed = n;
  for (const s of stats.values()) {
    s.seconds = Math.round(s.seconds * 1000) / 1000;
    s.hitRate = s.filesAsked > 0 ? s.filesServed / s.filesAsked : null;
  }
  const named = cls.origins();
  const origins = [...stats.values()].filter(
    (s) => s.requests > 0 || s.filesAsked > 0 || s.vcsCommands > 0 || named.includes(s.origin),
  );
  return { origins, sumdb: [...sumdb.values()] };
}

/** How the run's files split between the first proxy, later ones, direct, local and failures. */
export function runShares(files: ModuleFile[], cls: Classifier): Shares {
  const firstProxy = cls.origins().find((o) => o !== "direct");
  const shares: Shares = {
    files: files.length,
    firstProxy: 0,
    laterProxies: 0,
    direct: 0,
    local: 0,
    failed: 0,
    ratio: { firstProxy: 0, laterProxies: 0, direct: 0, local: 0, failed: 0 },
  };
  for (const f of files) {
    if (f.origin === null) shares.failed++;
    else if (f.origin === "local") shares.local++;
    else if (f.origin === "direct") shares.direct++;
    else if (f.origin === firstProxy) shares.firstProxy++;
    else shares.laterProxies++;
  }
  if (files.length > 0)
    for (const k of ["firstProxy", "laterProxies", "direct", "local", "failed"] as const)
      shares.ratio[k] = shares[k] / files.length;
  return shares;
}
