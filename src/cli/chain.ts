// The chain a trace was made with, taken from the environment like Go takes it.
import { chainConfig } from "../pipeline/download-report.ts";
import { goEnvFrom } from "../go/env.ts";
import { goSettingsFromEnv } from "../settings/go-settings.ts";
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
  const goEnv = goEnvFrom(env);
  if (proxyOverride !== undefined) goEnv.GOPROXY = proxyOverride;
  return chainConfig(goSettingsFromEnv(goEnv, v));
}
