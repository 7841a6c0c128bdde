// Go toolchains through the module proxy, verified by the checksum database.
//
// For the action (one call each, plain data in and out):
//   const want = await resolveGoVersion({ goVersion, goVersionFile, cwd, env });   // undefined: no input
//   if (want) { const facts = await installToolchain({ version: want.version, env }); core.addPath(facts.binDir); }
//   const { diagnostics, prewarmed } = await prewarmToolchains({ dirs, localVersion, env });
export { ToolchainError, type ToolchainErrorKind } from "./errors.ts";
export {
  resolveGoVersion,
  versionFromFile,
  listedVersions,
  type ResolveInput,
  type ResolvedGoVersion,
} from "./resolve.ts";
export { parseVersionSpec, pickVersion, goToSemver, type VersionSpec } from "./version-spec.ts";
export {
  installToolchain,
  goOnPath,
  toolCacheVersion,
  toolCacheGoVersions,
  type InstallInput,
  type ToolchainFacts,
} from "./install.ts";
export { prewarmToolchains, type PrewarmFacts, type PrewarmResult } from "./prewarm.ts";
export {
  planToolchainPrewarm,
  type PrewarmInput,
  type ToolchainPlan,
  type ToolchainSwitch,
} from "./switch-plan.ts";
export { goModCache, isUnpacked, modcachePaths } from "./modcache.ts";
export { TOOLCHAIN_RULES } from "./rules.ts";
export type { Attempt } from "./fetch.ts";
export { TOOLCHAIN_MODULE, toolchainModuleVersion, compareGo } from "./gover.ts";
