// Which go will run, and the settings it will really use: `go env -json` resolves the OS
// environment, the user's `go env -w` file and $GOROOT/go.env exactly as Go does.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { findGo, goEnvJson } from "../download/go-command.ts";
import { atLeast, parseGoVersion, type GoVersion } from "../go/version.ts";
import { GO_VARIABLES } from "../go/env.ts";
import { goSettings, type GoSettings } from "../settings/go-settings.ts";

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
  const effective = await goEnvJson(bin, [...EFFECTIVE_VARIABLES, "GOROOT"], {
    cwd,
    env: { ...env, GOTOOLCHAIN: "local" },
  });
  for (const name of EFFECTIVE_VARIABLES) effective[name] ??= "";
  const version = parseGoVersion(effective.GOVERSION!);
  if (!version) throw new Error(`cannot tell the Go version from GOVERSION=${effective.GOVERSION}`);
  const goroot = effective.GOROOT ?? "";
  // GOROOT is the install's own: handed on to a switched toolchain it would run the wrong one.
  delete effective.GOROOT;
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
    ...(userEnv ? { userEnv } : {}),
  };
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
