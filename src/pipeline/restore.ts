// The caches, restored before Go needs them. The module cache (verified against go.sum before
// any go command runs, docs/security.md) precedes the download; the build cache holds GOCACHE,
// which `go mod download` never reads, so it restores alongside the download.
import type { BuildCacheState } from "../buildcache/state.ts";
import type { VerifiedRestore } from "../cache/index.ts";
import { readGraphFiles, type CacheLayout, type GraphFile } from "../cache/key.ts";
import { dependencyFiles } from "../cache/dependency-path.ts";
import type { GoInstall } from "./go.ts";
import type { StageClock } from "./stages.ts";
import type { Workspace } from "./workspace.ts";

export interface RestoreInputs {
  cache: boolean;
  cacheBuild: boolean;
  cacheLayout: CacheLayout;
  cacheKeySuffix: string;
  cacheDependencyPath: string;
  cacheTimeoutSeconds: number;
  /** Bounds the checksum database lookups for versions go.sum does not list. */
  probeTimeoutSeconds: number;
}

export interface RestoreContext {
  go: GoInstall;
  env: Record<string, string>;
  ws: Workspace;
  /** Where the post step finds what the main step left. */
  stateDir: string;
  /** When the step started: build cache entries Go stamps from then on were used by this job. */
  since: number;
  /** Times the module cache's restore and its verification as two stages. */
  clock: StageClock;
}

/** Undefined when the cache is off; the graph files are read once for both caches. */
export async function restoreModuleCache(
  inputs: RestoreInputs,
  ctx: RestoreContext,
  graphFiles: GraphFile[],
  /** Called once the service has named an entry, while its archive downloads. */
  onFound?: () => void,
): Promise<VerifiedRestore | undefined> {
  if (!inputs.cache) return undefined;
  const { openDatabase, planCache, restoreVerified } = await import("../cache/index.ts");
  return restoreVerified(
    planCache({
      gomodcache: ctx.go.effective.GOMODCACHE!,
      layout: inputs.cacheLayout,
      graphFiles: [
        ...graphFiles,
        ...(await dependencyFiles(ctx.ws.workspace, inputs.cacheDependencyPath)),
      ],
      ...(inputs.cacheKeySuffix ? { suffix: inputs.cacheKeySuffix } : {}),
    }),
    ctx.ws.sums,
    {
      timeoutSeconds: inputs.cacheTimeoutSeconds,
      ...(onFound ? { onFound } : {}),
      time: (phase, work) => ctx.clock.time(phase, work),
      // Versions go.sum does not list are checked against GOSUMDB, as Go would.
      database: openDatabase({
        env: { ...ctx.env, ...ctx.go.effective },
        settings: ctx.go.settings,
        timeoutMs: inputs.probeTimeoutSeconds * 1000,
      }),
    },
  );
}

export async function restoreBuildCache(
  inputs: RestoreInputs,
  ctx: RestoreContext,
  graphFiles: GraphFile[],
): Promise<BuildCacheState | undefined> {
  if (!inputs.cacheBuild) return undefined;
  const { restoreBuildCache: restore } = await import("../buildcache/index.ts");
  return restore({
    goenv: ctx.go.buildEnv,
    localVersion: ctx.go.versionText,
    env: { ...ctx.env, ...ctx.go.effective },
    workdir: ctx.ws.workdir,
    rootDirs: ctx.ws.roots.map((r) => r.dir),
    graphFiles,
    ...(inputs.cacheKeySuffix ? { suffix: inputs.cacheKeySuffix } : {}),
    since: ctx.since,
    stateDir: ctx.stateDir,
    timeoutSeconds: inputs.cacheTimeoutSeconds,
  });
}

/** The graph files both caches key on, when either is on. */
export function cacheGraphFiles(inputs: RestoreInputs, ws: Workspace): Promise<GraphFile[]> {
  return inputs.cache || inputs.cacheBuild
    ? readGraphFiles(ws.workdir, ws.graphFiles)
    : Promise.resolve([]);
}
