// The chain a trace was made with, taken from the environment like Go takes it.
import { chainConfig } from "../pipeline/download-report.ts";
import { DEFAULT_GOPROXY } from "../go/proxy-list.ts";
import { DEFAULT_GOSUMDB } from "../go/sumdb-setting.ts";
import { NEWEST_GO, parseGoVersion, type GoVersion } from "../go/version.ts";
import type { ChainConfig } from "../download/types.ts";

export function goVersionOption(value: unknown): GoVersion {
  if (value === undefined) return NEWEST_GO; // the newest release's rules unless told otherwise
  const v = parseGoVersion(String(value));
  if (!v) throw new Error(`--go-version must look like 1.21 or go1.21.3, not "${String(value)}"`);
  return v;
}

export function chainFromEnv(
  env: Record<string, string | undefined>,
  v: GoVersion,
  proxyOverride?: string,
): ChainConfig {
  return chainConfig(
    {
      GOPROXY: proxyOverride ?? (env.GOPROXY || DEFAULT_GOPROXY),
      GOSUMDB: env.GOSUMDB || DEFAULT_GOSUMDB,
      GONOPROXY: env.GONOPROXY || env.GOPRIVATE || "",
    },
    v,
  );
}
