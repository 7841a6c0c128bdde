// Reads the action's inputs into plain data (the only file that knows input names' spelling).
import * as core from "@actions/core";
import { VARIABLE_INPUTS, type VariableInput } from "../settings/inputs.ts";
import { SAVE_POLICIES, type SavePolicy } from "../cache/policy.ts";
import { DEFAULT_RESAVE_PERCENT } from "../buildcache/policy.ts";

export interface ActionInputs {
  variables: Partial<Record<VariableInput, string>>;
  workingDirectory: string;
  prewarm: "needed" | "all" | "off";
  strict: boolean;
  strictIgnore: string;
  failOnFallback: boolean;
  allowDirect: string;
  retries: number;
  check: "off" | "static" | "live";
  probeTimeoutSeconds: number;
  probeModule: string;
  stallTimeoutSeconds: number;
  downloadTimeoutSeconds: number;
  cacheTimeoutSeconds: number;
  credentials: string;
  cache: boolean;
  cacheLayout: "download" | "full";
  cacheSave: SavePolicy;
  cacheKeySuffix: string;
  cacheBuild: boolean;
  cacheBuildSave: SavePolicy;
  cacheBuildResave: number;
  goVersion: string;
  goVersionFile: string;
  checkLatest: boolean;
  architecture: string;
  cacheDependencyPath: string;
}

export function readInputs(): ActionInputs {
  const variables: Partial<Record<VariableInput, string>> = {};
  for (const { input } of VARIABLE_INPUTS) variables[input] = core.getInput(input);
  return {
    variables,
    workingDirectory: core.getInput("working-directory") || ".",
    prewarm: oneOf("prewarm", ["needed", "all", "off"], "needed"),
    strict: core.getBooleanInput("strict"),
    strictIgnore: core.getInput("strict-ignore"),
    failOnFallback: core.getBooleanInput("fail-on-fallback"),
    allowDirect: core.getInput("allow-direct"),
    retries: wholeNumber("retries", 2, 10),
    check: oneOf("check", ["off", "static", "live"], "live"),
    probeTimeoutSeconds: wholeNumber("probe-timeout", 10, 120),
    probeModule: core.getInput("probe-module"),
    stallTimeoutSeconds: wholeNumber("stall-timeout", 60, 3600, 1),
    downloadTimeoutSeconds: wholeNumber("download-timeout", 1200, 21600, 1),
    cacheTimeoutSeconds: readCacheTimeout(),
    credentials: core.getInput("credentials"),
    cache: core.getBooleanInput("cache"),
    cacheLayout: oneOf("cache-layout", ["download", "full"], "download"),
    cacheSave: oneOf("cache-save", SAVE_POLICIES, "auto"),
    cacheKeySuffix: core.getInput("cache-key-suffix"),
    cacheBuild: core.getBooleanInput("cache-build"),
    cacheBuildSave: oneOf("cache-build-save", SAVE_POLICIES, "auto"),
    cacheBuildResave: wholeNumber("cache-build-resave", DEFAULT_RESAVE_PERCENT, 100),
    goVersion: core.getInput("go-version"),
    goVersionFile: core.getInput("go-version-file"),
    checkLatest: core.getBooleanInput("check-latest"),
    architecture: core.getInput("architecture"),
    cacheDependencyPath: core.getInput("cache-dependency-path"),
  };
}

/** `cache-timeout`: the post step reads it alone. */
export function readCacheTimeout(): number {
  return wholeNumber("cache-timeout", 300, 3600, 1);
}

function oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
  const v = core.getInput(name) || fallback;
  if (!(values as readonly string[]).includes(v)) {
    throw new Error(`Input ${name} is "${v}"; it must be one of ${values.join(", ")}.`);
  }
  return v as T;
}

function wholeNumber(name: string, fallback: number, max: number, min = 0): number {
  const raw = core.getInput(name);
  if (raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`Input ${name} is "${raw}"; it must be a whole number from ${min} to ${max}.`);
  }
  return n;
}
