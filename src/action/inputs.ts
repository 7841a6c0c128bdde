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
  allowDirect: string;
  retries: number;
  check: "off" | "static" | "live";
  probeTimeoutSeconds: number;
  probeModule: string;
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
}

export function readInputs(): ActionInputs {
  const variables: Partial<Record<VariableInput, string>> = {};
  for (const { input } of VARIABLE_INPUTS) variables[input] = core.getInput(input);
  return {
    variables,
    workingDirectory: core.getInput("working-directory") || ".",
    prewarm: oneOf("prewarm", ["needed", "all", "off"], "needed"),
    strict: core.getBooleanInput("strict"),
    allowDirect: core.getInput("allow-direct"),
    retries: wholeNumber("retries", 2, 10),
    check: oneOf("check", ["off", "static", "live"], "live"),
    probeTimeoutSeconds: wholeNumber("probe-timeout", 10, 120),
    probeModule: core.getInput("probe-module"),
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
  };
}

function oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
  const v = core.getInput(name) || fallback;
  if (!(values as readonly string[]).includes(v)) {
    throw new Error(`Input ${name} is "${v}"; it must be one of ${values.join(", ")}.`);
  }
  return v as T;
}

function wholeNumber(name: string, fallback: number, max: number): number {
  const raw = core.getInput(name);
  if (raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new Error(`Input ${name} is "${raw}"; it must be a whole number from 0 to ${max}.`);
  }
  return n;
}
