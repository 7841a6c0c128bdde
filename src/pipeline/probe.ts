// The live checks: every proxy of the chain and the checksum database, probed the way Go
// would reach them, before the download starts.
import { probeChain, type ProbeReport } from "../probe/chain.ts";
import { routeModule } from "../go/patterns.ts";
import type { GoInstall } from "./go.ts";
import type { Workspace } from "./workspace.ts";

export async function liveChecks(opts: {
  go: GoInstall;
  env: Record<string, string>;
  ws: Workspace;
  timeoutMs: number;
  /** path@version to probe instead of the repository's own requirements. */
  probeModule?: string;
}): Promise<ProbeReport> {
  const { version: v, patterns, proxy: list, sumdb } = opts.go.settings;
  const modules = opts.ws.requirements
    .filter((r) => !routeModule(r.path, patterns, v).bypassProxy)
    .map(({ path, version }) => ({ path, version }));
  // Go asks the checksum database only for what go.sum lacks and GONOSUMDB does not cover.
  const summed = new Set(
    opts.ws.sums.flatMap((t) => t.split("\n").map((l) => l.split(/\s+/).slice(0, 2).join(" "))),
  );
  // A database the job names itself is proven even when go.sum covers this build: a wrong key
  // or URL breaks the next `go get`. The default one is asked only when this build needs it.
  const configured = !!opts.env.GOSUMDB && opts.go.settings.sumdbConfigured;
  const needsSumdb = opts.ws.requirements.some(
    (r) =>
      !routeModule(r.path, patterns, v).skipSumdb &&
      !(summed.has(`${r.path} ${r.version}`) && summed.has(`${r.path} ${r.version}/go.mod`)),
  );
  const [path, version] = opts.probeModule?.split("@") ?? [];
  return probeChain({
    proxies: list.entries,
    ...(sumdb.kind === "db" && (needsSumdb || configured)
      ? { sumdb: { name: sumdb.name, key: sumdb.key, ...(sumdb.url ? { url: sumdb.url } : {}) } }
      : {}),
    modules,
    ...(path && version ? { probeModule: { path, version } } : {}),
    env: opts.env,
    goVersion: v,
    timeoutMs: opts.timeoutMs,
  });
}
