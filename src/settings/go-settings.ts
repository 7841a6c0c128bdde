// The Go settings of a run, parsed once: the proxy chain, the pattern lists and the checksum
// database as the given Go version reads them. Every stage (checks, probes, toolchain fetch,
// download report, explainer) takes this object instead of parsing the strings again.
import type { GoEnv } from "../go/env.ts";
import { effectiveGonoproxy, effectiveGonosumdb, type PatternSettings } from "../go/patterns.ts";
import { effectiveGoproxy, parseProxyList, type ProxyListResult } from "../go/proxy-list.ts";
import { DEFAULT_GOSUMDB, parseGosumdb, type SumdbSetting } from "../go/sumdb-setting.ts";
import { atLeast, type GoVersion } from "../go/version.ts";

export interface GoSettings {
  version: GoVersion;
  /** The GOPROXY value Go uses (an unset or empty variable gives the env file's or the default). */
  goproxy: string;
  /** That value parsed, with the hidden `noproxy` entry first when GONOPROXY (or GOPRIVATE) is set. */
  proxy: ProxyListResult;
  patterns: PatternSettings;
  /** GONOPROXY and GONOSUMDB as Go uses them (GOPRIVATE when unset). */
  gonoproxy: string;
  gonosumdb: string;
  /** The GOSUMDB value Go uses, and its parse. */
  gosumdb: string;
  sumdb: SumdbSetting;
  /** True when the value names a checksum database other than the default one. */
  sumdbConfigured: boolean;
}

/**
 * The settings `go env` reports: Go's own effective values (defaults, the `go env -w` file and
 * $GOROOT/go.env already applied), read as `version` reads them.
 */
export function goSettings(effective: GoEnv, version: GoVersion): GoSettings {
  const gosumdb = effective.GOSUMDB ?? DEFAULT_GOSUMDB;
  return parsed(
    effective,
    version,
    effective.GOPROXY ?? "",
    gosumdb,
    parseGosumdb(gosumdb, version),
  );
}

/**
 * The settings as Go will resolve them from an environment, before `go env` has run (the
 * checker, the CLI): an unset or empty variable gives the `go env -w` file's value, then the
 * default of `version`.
 */
export function goSettingsFromEnv(
  env: GoEnv,
  version: GoVersion,
  userEnvFile?: Readonly<Record<string, string>>,
): GoSettings {
  const goproxy = effectiveGoproxy(env.GOPROXY, version, userEnvFile);
  const gosumdb = env.GOSUMDB || userEnvFile?.GOSUMDB || DEFAULT_GOSUMDB;
  // 1.21+: an empty GOSUMDB= line in the env file hides the default instead of giving it.
  const masked = !env.GOSUMDB && userEnvFile?.GOSUMDB === "" && atLeast(version, 21);
  const sumdb: SumdbSetting = masked
    ? { kind: "error", error: "missing GOSUMDB" }
    : parseGosumdb(gosumdb, version);
  return parsed(env, version, goproxy, gosumdb, sumdb);
}

function parsed(
  env: GoEnv,
  version: GoVersion,
  goproxy: string,
  gosumdb: string,
  sumdb: SumdbSetting,
): GoSettings {
  const patterns: PatternSettings = {
    GOPRIVATE: env.GOPRIVATE,
    GONOPROXY: env.GONOPROXY,
    GONOSUMDB: env.GONOSUMDB,
    GOINSECURE: env.GOINSECURE,
  };
  const gonoproxy = effectiveGonoproxy(patterns);
  return {
    version,
    goproxy,
    proxy: parseProxyList(goproxy, version, { gonoproxy }),
    patterns,
    gonoproxy,
    gonosumdb: effectiveGonosumdb(patterns),
    gosumdb,
    sumdb,
    sumdbConfigured: gosumdb !== DEFAULT_GOSUMDB,
  };
}
