// Module probes: each candidate module's `.info` asked of every proxy of the chain at once, then
// walked with TryProxies to say what the download will do for it.
import { escapePath, escapeVersion } from "../go/module-path.ts";
import type { ProxyEntry } from "../go/proxy-list.ts";
import { goGet, type GetOutcome, type HttpContext } from "../net/http.ts";
import { toResult, type ProbeResult } from "./results.ts";
import { tryProxies } from "./try-proxies.ts";

export interface ProbeModule {
  path: string;
  version: string;
}

export interface ModuleOutcome {
  module: string;
  /** What the go command will do for this module's first request. */
  outcome: "proxy" | "direct" | "fail";
  /** The proxy that serves it (display form). */
  servedBy?: string;
  /** Proxies passed over on the way, with why. */
  fellThrough: { origin: string; reason: string }[];
  /** The error Go would report, when it fails. */
  error?: string;
}

/** One row per candidate: each entry's outcome, undefined for entries that are not probed. */
export type ModuleGets = (GetOutcome | undefined)[][];

/** `<base>/<escaped path>/@v/<escaped version>.info`, joined and cleaned like Go's path.Join. */
export function moduleInfoUrl(base: string, m: ProbeModule): string {
  const u = new URL(base);
  const path = `${u.pathname.replace(/\/+$/, "")}/${escapePath(m.path)}/@v/${escapeVersion(m.version)}.info`;
  u.pathname = path.replace(/\/{2,}/g, "/");
  return u.href;
}

/** The `probe-module` input, or the first `max` distinct modules (at least one). */
export function moduleCandidates(
  modules: readonly ProbeModule[],
  probeModule: ProbeModule | undefined,
  max: number,
): ProbeModule[] {
  if (probeModule) return [probeModule];
  const seen = new Set<string>();
  const distinct = modules.filter((m) => {
    const k = `${m.path}@${m.version}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return distinct.slice(0, Math.max(1, max));
}

/** Starts every module request at once; a URL that cannot be built is a "bad-url" outcome. */
export function startModuleGets(
  ctx: HttpContext,
  entries: readonly ProxyEntry[],
  candidates: readonly ProbeModule[],
  display: (e: ProxyEntry) => string,
): Promise<ModuleGets> {
  const rows = candidates.map((m) =>
    entries.map((e) => {
      if (e.kind !== "proxy") return undefined;
      let url: string;
      try {
        url = moduleInfoUrl(e.url, m);
      } catch (err) {
        return Promise.resolve<GetOutcome>({
          url: display(e),
          error: `${(err as Error).message}`,
          errorKind: "bad-url",
          seconds: 0,
          via: "direct",
          redirects: [],
        });
      }
      return goGet(ctx, url);
    }),
  );
  return Promise.all(rows.map((row) => Promise.all(row)));
}

/** Each candidate's results and what the go command will do for it. */
export function moduleOutcomes(
  entries: readonly ProxyEntry[],
  candidates: readonly ProbeModule[],
  settled: ModuleGets,
  display: (e: ProxyEntry) => string,
): { results: ProbeResult[]; modules: ModuleOutcome[] } {
  const results: ProbeResult[] = [];
  const modules = candidates.map((m, mi) => {
    const row = settled[mi]!;
    const module = `${m.path}@${m.version}`;
    entries.forEach((e, i) => {
      const g = row[i];
      if (g) results.push(toResult("module", display(e), g, { module }));
    });
    const walk = tryProxies(entries, (i) => row[i], false);
    const o: ModuleOutcome = {
      module,
      outcome: walk.served === undefined ? "fail" : walk.direct ? "direct" : "proxy",
      fellThrough: walk.fellThrough.map((f) => ({
        origin: display(entries[f.index]!),
        reason: f.reason,
      })),
    };
    if (walk.served !== undefined && !walk.direct) o.servedBy = display(entries[walk.served]!);
    if (walk.error && walk.served === undefined) o.error = walk.error.text;
    return o;
  });
  return { results, modules };
}
