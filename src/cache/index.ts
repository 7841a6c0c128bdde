// The module cache: keys, restore, warm check, prune, save. See each file for the rules.
//
// Main step (before any go command):
//   const plan = planCache({ gomodcache, layout, graphFiles: await readGraphFiles(cwd, files), suffix });
//   const restored = await restoreModuleCache(plan);            // never throws for service trouble
//   [exact hit] const warm = await warmOffline({ goBin, cwd, env }) // optional: skip the network pre-warm
//   … pre-warm …
//   [partial hit, pre-warm ok] pruned = await pruneDownloadCache(downloadDir(gomodcache),
//        [...neededFromDownload(modules), ...neededFromSums(goSumTexts)], new Set(restored.restoredVersions));
//   core.saveState("module-cache", serializeState(recordPrewarm(restored.state, verdict, { pruned })));
// Post step:
//   const state = parseState(core.getState("module-cache"));
//   const saved = state && (await saveModuleCache(state, { policy, strict }));
//   facts = cacheFacts(state, saved); then end the process (process.exit).
export { cacheKeys, cachePaths, downloadDir, graphHash, readGraphFiles, runnerOs } from "./key.ts";
export type { CacheKeys, CacheLayout, GraphFile, KeyInput } from "./key.ts";
export { manifestOf, versionSet, type ManifestDigest } from "./manifest.ts";
export { scanDownloadCache, compareSemver, type DownloadCacheScan } from "./modcache.ts";
export {
  applyPrune,
  neededFromDownload,
  neededFromSums,
  planPrune,
  pruneDownloadCache,
  type PruneResult,
} from "./prune.ts";
export { parseSavePolicy, policyAllows, type EventContext, type SavePolicy } from "./policy.ts";
export {
  planCache,
  restoreModuleCache,
  type PlanInput,
  type RestoreFacts,
  type RestoreOptions,
  type RestoreOutcome,
} from "./restore.ts";
export {
  cacheFacts,
  readEventContext,
  saveModuleCache,
  type SaveFacts,
  type SaveOptions,
} from "./save.ts";
export {
  parseState,
  recordPrewarm,
  serializeState,
  type CacheFacts,
  type CachePlan,
  type CacheState,
  type HitKind,
  type PrewarmVerdict,
  type SaveOutcome,
} from "./state.ts";
export {
  filesForSums,
  warmFromSums,
  warmOffline,
  type OfflineWarmth,
  type SumsWarmth,
} from "./warm.ts";
export {
  indexSums,
  restoreVerified,
  unlistedRemoved,
  unverifiableVersions,
  verifyModuleCache,
  type VerifiedRestore,
} from "./verify.ts";
export { databaseCoversAll, openDatabase, usesDatabase, type Database } from "./database.ts";
export {
  CACHE_RULES,
  untrustedFilesDiagnostic,
  type CacheVerification,
  type Rejection,
} from "./rules.ts";
export { cacheMode, cacheServiceOffered, modeAllowsRead, modeAllowsWrite } from "./toolkit.ts";
