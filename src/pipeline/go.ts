// Which go will run, and the settings it will really use: `go env -json` resolves the OS
// environment, the user's `go env -w` file and $GOROOT/go.env exactly as Go does.
import { findGo, goEnvJson } from "../download/go-command.ts";
import { parseGoVersion, type GoVersion } from "../go/version.ts";

export const EFFECTIVE_VARIABLES = [
  "GOVERSION",
  "GOPROXY",
  "GOSUMDB",
  "GOPRIVATE",
  "GONOPROXY",
  "GONOSUMDB",
  "GOINSECURE",
  "GOFLAGS",
  "GOTOOLCHAIN",
  "GOMODCACHE",
  "GOWORK",
  "GOENV",
  "GOAUTH",
] as const;

export interface GoInstall {
  bin: string;
  version: GoVersion;
  /** "go1.26.10" */
  versionText: string;
  /** What `go env -json` reports for EFFECTIVE_VARIABLES (absent ones are ""). */
  effective: Record<string, string>;
}

/** Undefined when no go is on PATH. Throws with Go's words when go cannot report its env. */
export async function detectGo(
  env: Record<string, string>,
  cwd: string,
): Promise<GoInstall | undefined> {
  const bin = findGo(env.PATH);
  if (!bin) return undefined;
  const effective = await goEnvJson(bin, [...EFFECTIVE_VARIABLES], { cwd, env });
  for (const name of EFFECTIVE_VARIABLES) effective[name] ??= "";
  const version = parseGoVersion(effective.GOVERSION!);
  if (!version) throw new Error(`cannot tell the Go version from GOVERSION=${effective.GOVERSION}`);
  return { bin, version, versionText: effective.GOVERSION!, effective };
}
