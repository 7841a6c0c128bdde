// Which go will run, and the settings it will really use: `go env -json` resolves the OS
// environment, the user's `go env -w` file and $GOROOT/go.env exactly as Go does.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { findGo, goEnvJson } from "../download/go-command.ts";
import { atLeast, parseGoVersion, type GoVersion } from "../go/version.ts";
import { GO_VARIABLES } from "../go/env.ts";
import { goSettings, type GoSettings } from "../settings/go-settings.ts";
import { BUILD_ENV } from "../buildcache/key.ts";

/** What `go env` is asked for: the variables Go reads, its version, and where `go env -w` writes. */
export const EFFECTIVE_VARIABLES = ["GOVERSION", "GOENV", ...GO_VARIABLES] as const;

export interface GoInstall {
  bin: string;
  /** The go on PATH, not a toolchain it may switch to. */
  version: GoVersion;
  /** "go1.26.10" */
  versionText: string;
  /** What `go env -json` reports for EFFECTIVE_VARIABLES (absent ones are ""). */
  effective: Record<string, string>;
  /** Those values parsed once, as this go reads them. */
  settings: GoSettings;
  /** What `go env -json` reports for BUILD_ENV (the build cache's key), from the same run. */
  buildEnv: Record<string, string>;
  /** The user's `go env -w` file (GOENV), when there is one. */
  userEnv?: Record<string, string>;
}

/**
 * Undefined when no go is on PATH. The settings are read with GOTOOLCHAIN=local in the work
 * directory (a go.mod asking for a newer Go must not start a toolchain download here); the
 * GOTOOLCHAIN it would use is then resolved from the same files Go reads, with no second go.
 */
export async function detectGo(
  env: Record<string, string>,
  cwd: string,
): Promise<GoInstall | undefined> {
  const bin = findGo(env.PATH);
  if (!bin) return undefined;
  const reported = await goEnvJson(bin, [...EFFECTIVE_VARIABLES, "GOROOT", ...BUILD_ENV], {
    cwd,
    env: { ...env, GOTOOLCHAIN: "local" },
  });
  // GOROOT is the install's own: handed on to a switched toolchain it would run the wrong one.
  // So it stays out of `effective`, as do the build variables (Go derives them itself).
  const effective = pick(reported, EFFECTIVE_VARIABLES);
  const version = parseGoVersion(effective.GOVERSION!);
  if (!version) throw new Error(`cannot tell the Go version from GOVERSION=${effective.GOVERSION}`);
  const goroot = reported.GOROOT ?? "";
  const [userEnv, rootEnv] = await Promise.all([
    effective.GOENV ? readGoEnvFile(effective.GOENV) : undefined,
    goroot ? readGoEnvFile(join(goroot, "go.env")) : undefined,
  ]);
  effective.GOTOOLCHAIN = resolveGotoolchain(version, env, userEnv, rootEnv);
  return {
    bin,
    version,
    versionText: effective.GOVERSION!,
    effective,
    settings: goSettings(effective, version),
    buildEnv: pick(reported, BUILD_ENV),
    ...(userEnv ? { userEnv } : {}),
  };
}

/** `names` from `go env`'s answer; absent ones are "". */
function pick(reported: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, reported[n] ?? ""]));
}

/**
 * cmd/go's cfg.Getenv for GOTOOLCHAIN: the OS environment when not empty, else the user's file,
 * else $GOROOT/go.env. Go before 1.21 has no toolchain switching and reports it empty.
 */
export function resolveGotoolchain(
  version: GoVersion,
  env: Readonly<Record<string, string | undefined>>,
  userEnv: Readonly<Record<string, string>> | undefined,
  rootEnv: Readonly<Record<string, string>> | undefined,
): string {
  if (!atLeast(version, 21)) return "";
  return env.GOTOOLCHAIN || userEnv?.GOTOOLCHAIN || rootEnv?.GOTOOLCHAIN || "";
}

/** A `go env -w` or go.env file: KEY=VALUE lines; undefined when it does not exist. */
export async function readGoEnvFile(path: string): Promise<Record<string, string> | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    if (line.trimStart().startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq > 0) out[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return out;
}
