// The build cache's key: pure.
//
// Key: setup-goproxy-gobuild-v1-<os>-<arch>-<go>-<flags>[-<suffix>]-<deps>-<code>
//   - <os>, <arch>: GOOS/GOARCH as `go env` reports them (the target, not the runner).
//   - <go>: the Go that builds, after a go-version install or a toolchain switch
//     ("go1.26.0"; several joined by "+" when module roots switch to different ones).
//   - <flags>: 12 hex of a hash over the variables that change every action ID
//     (BUILD_VARIABLES); an entry built with other flags is never hit, only carried.
//   - <deps>: 12 hex of the go.sum/go.mod/go.work texts; <code>: 12 hex of the sources.
// Restore keys fall back to the newest entry with the same dependencies, then the newest
// with the same platform, Go and flags: Go's own action IDs decide what is still valid.
import { createHash } from "node:crypto";
import { MAX_KEY_LENGTH } from "../cache/key.ts";

export const BUILD_KEY_PREFIX = "setup-goproxy-gobuild-v1";

/** `go env` variables that enter every action ID (or the toolchain's own), so the key names them. */
export const BUILD_VARIABLES = [
  "CGO_ENABLED",
  "GOFLAGS",
  "GOEXPERIMENT",
  "GO386",
  "GOAMD64",
  "GOARM",
  "GOARM64",
  "GOMIPS",
  "GOMIPS64",
  "GOPPC64",
  "GORISCV64",
  "GOWASM",
] as const;

/** What the build cache's restore reads from `go env`: the target, GOCACHE and BUILD_VARIABLES. */
export const BUILD_ENV = ["GOOS", "GOARCH", "GOCACHE", ...BUILD_VARIABLES] as const;

export interface BuildKeyInput {
  goos: string;
  goarch: string;
  /** The Go versions that build ("go1.26.0"), at least one. */
  goVersions: string[];
  /** `go env` values of BUILD_VARIABLES (absent = ""). */
  variables: Readonly<Record<string, string>>;
  depsHash: string;
  codeHash: string;
  suffix?: string;
}

export interface BuildKeys {
  key: string;
  restoreKeys: string[];
}

const short = (hex: string): string => hex.slice(0, 12);

function clean(part: string): string {
  return part.replace(/[^A-Za-z0-9._+]+/g, "_");
}

export function flagsHash(variables: Readonly<Record<string, string>>): string {
  const h = createHash("sha256");
  for (const name of BUILD_VARIABLES) h.update(`${name}=${variables[name] ?? ""}\n`);
  return h.digest("hex");
}

export function buildCacheKeys(input: BuildKeyInput): BuildKeys {
  if (!input.goVersions.length) throw new Error("buildCacheKeys needs the Go version that builds");
  const go = [...new Set(input.goVersions)].sort().map(clean).join("+");
  const suffix = input.suffix
    ?.trim()
    .replace(/[\s,]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const platform = [
    BUILD_KEY_PREFIX,
    clean(input.goos),
    clean(input.goarch),
    go,
    short(flagsHash(input.variables)),
    ...(suffix ? [suffix.slice(0, 100)] : []),
  ].join("-");
  const deps = `${platform}-${short(input.depsHash)}`;
  const key = `${deps}-${short(input.codeHash)}`;
  if (key.length > MAX_KEY_LENGTH) throw new Error(`build cache key too long: ${key}`);
  return { key, restoreKeys: [`${deps}-`, `${platform}-`] };
}
