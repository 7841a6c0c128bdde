// The build cache (GOCACHE) as its own cache entry. See each file for the rules.
//
// Main step, before any go command, side by side with the module cache's restore:
//   const state = await restoreBuildCache({ goenv, localVersion, env, workdir, rootDirs,
//                                           graphFiles, suffix, since, stateDir, timeoutSeconds });
//   core.saveState("build-cache", serializeBuildState(state));
// Post step:
//   const facts = await saveBuildCache(parseBuildState(core.getState("build-cache")), opts);
export { buildCacheKeys, BUILD_VARIABLES, type BuildKeyInput, type BuildKeys } from "./key.ts";
export { buildingGoVersions, restoreBuildCache, type BuildRestoreInput } from "./restore.ts";
export { saveBuildCache, type BuildSaveOptions } from "./save.ts";
export { buildSaveAllowed, DEFAULT_RESAVE_PERCENT, resaveWorthIt } from "./policy.ts";
export {
  classifyEntries,
  listEntries,
  planUse,
  outputNameOf,
  STAMP_AGE_MS,
  type CacheEntry,
  type UsePlan,
} from "./entries.ts";
export { hashSources } from "./sources.ts";
export {
  parseBuildState,
  serializeBuildState,
  type BuildCacheState,
  type BuildSaveFacts,
} from "./state.ts";
