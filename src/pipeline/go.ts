// Which go will run, and the settings it will really use: `go env -json` resolves the OS
// environment, the user's `go env -w` file and $GOROOT/go.env exactly as Go does.
import { tmpdir } from "node:os";
import { findGo, goEnvJson } from "../download/go-command.ts";
import { parseGoVersion, type GoVersion } from "../go/version.ts";
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
}

/**
 * Undefined when no go is on PATH. The settings are read with GOTOOLCHAIN=local in the work
 * directory (a go.mod asking for a newer Go must not start a toolchain download here) and
 * GOTOOLCHAIN itself from a directory without one.
 */
export async function detectGo(
  env: Record<string, string>,
  cwd: string,
): Promise<GoInstall | undefined> {
  const bin = findGo(env.PATH);
  if (!bin) return undefined;
  const [effective, { GOTOOLCHAIN }] = await Promise.all([
    goEnvJson(bin, [...EFFECTIVE_VARIABLES], { cwd, env: { ...env, GOTOOLCHAIN: "local" } }),
    goEnvJson(bin, ["GOTOOLCHAIN"], { cwd: tmpdir(), env }),
  ]);
  effective.GOTOOLCHAIN = GOTOOLCHAIN ?? "";
  for (const name of EFFECTIVE_VARIABLES) effective[name] ??= "";
  const version = parseGoVersion(effective.GOVERSION!);
  if (!version) throw new Error(`cannot tell the Go version from GOVERSION=${effective.GOVERSION}`);
  return {
    bin,
    version,
    versionText: effective.GOVERSION!,
    effective,
    settings: goSettings(effective, version),
  };
}
