// The toolchain rules, in the shape of src/check/rules.ts's catalogue, for docs/rules.md.
import type { Severity } from "../check/diagnostic.ts";

export interface ToolchainRule {
  id: string;
  severity: Severity;
  variables: string[];
  title: string;
  doc: string;
}

const r = (
  id: string,
  severity: Severity,
  variables: string[],
  title: string,
  doc: string,
): ToolchainRule => ({ id, severity, variables, title, doc });

export const TOOLCHAIN_RULES: readonly ToolchainRule[] = [
  r(
    "toolchain-sumdb-off",
    "error",
    ["GOSUMDB"],
    "GOSUMDB=off with a toolchain download ahead",
    "Go 1.21+ verifies every `golang.org/toolchain` download with the checksum database even when GOSUMDB=off or GONOSUMDB/GOPRIVATE match it, because a toolchain cannot be listed in go.sum: the switch fails with `verifying golang.org/toolchain@…: checksum database disabled by GOSUMDB=off`. The action refuses the same way. Keep GOSUMDB on and exempt private modules with GONOSUMDB/GOPRIVATE, or install the version with the `go-version` input.",
  ),
  r(
    "toolchain-sumdb-invalid",
    "error",
    ["GOSUMDB"],
    "GOSUMDB cannot verify a toolchain",
    "GOSUMDB does not parse (see the GOSUMDB rules), so no toolchain download can be proven; Go fails the switch with the same `invalid GOSUMDB` error.",
  ),
  r(
    "toolchain-goproxy-off",
    "error",
    ["GOPROXY"],
    "GOPROXY=off with a toolchain download ahead",
    "With GOPROXY=off the switch to a newer toolchain fails with the misleading `download go1.X.Y for linux/amd64: toolchain not available`. Use a proxy that mirrors `golang.org/toolchain`, or install the version up front.",
  ),
  r(
    "toolchain-goproxy-invalid",
    "error",
    ["GOPROXY"],
    "GOPROXY does not parse",
    "The toolchain cannot be fetched because Go rejects GOPROXY itself; see the GOPROXY rules.",
  ),
  r(
    "toolchain-direct",
    "warning",
    ["GOPROXY", "GONOPROXY", "GOPRIVATE"],
    "Toolchain downloaded directly, not through a proxy",
    "With `direct` first in GOPROXY (or GONOPROXY/GOPRIVATE matching `golang.org/toolchain`), Go resolves the module's go-import tag (a `mod` target on Go's download site, which redirects to its file host) and downloads from there. CI must reach those hosts and the checksum database directly.",
  ),
  r(
    "toolchain-not-mirrored",
    "warning",
    ["GOPROXY"],
    "A proxy does not mirror golang.org/toolchain",
    "The proxy answers 404/410 for `golang.org/toolchain` (many private proxies only mirror what was requested before, or exclude it). After `,` or `|` Go moves on to the next entry; when no entry has it the switch fails with `toolchain not available` (reported as an error then).",
  ),
  r(
    "toolchain-not-available",
    "error",
    ["GOPROXY"],
    "No entry of the chain has the toolchain",
    "Every entry answered 404/410 (or the walk reached `off`): Go prints `download go1.X.Y for GOOS/GOARCH: toolchain not available`. Check the version exists for this platform and that a proxy in the chain mirrors `golang.org/toolchain`.",
  ),
  r(
    "toolchain-proxy-failed",
    "error",
    ["GOPROXY"],
    "A proxy failed while serving the toolchain",
    "A proxy answered something other than 200/404/410 or the connection failed. After `,` Go stops there; only `|` falls back on any error.",
  ),
  r(
    "toolchain-checksum-mismatch",
    "error",
    ["GOPROXY", "GOSUMDB"],
    "Toolchain zip does not match the checksum database",
    "The zip's `h1:` hash (dirhash over its files) differs from the record the checksum database signed for that toolchain version, or the zip is not readable. It is a SECURITY ERROR: nothing is installed or unpacked. The proxy (or something between) served other bytes; Go refuses it the same way.",
  ),
  r(
    "toolchain-sumdb-unverified",
    "error",
    ["GOSUMDB"],
    "Checksum database answer not proven",
    "The lookup's signed tree head does not verify with GOSUMDB's key (wrong key, wrong database behind the URL or proxy), or the record is not proven by the hash tiles (`cannot authenticate record data`). Nothing is installed.",
  ),
  r(
    "toolchain-sumdb-no-record",
    "error",
    ["GOSUMDB"],
    "Checksum database has no record of the toolchain",
    "The database answered 404/410 for `golang.org/toolchain@v0.0.1-go…`: the download cannot be proven, so it is not installed. A private database must log toolchains too (or proxy the public one).",
  ),
  r(
    "toolchain-sumdb-failed",
    "error",
    ["GOSUMDB", "GOPROXY"],
    "Checksum database unreachable",
    "The `/sumdb/<name>/supported` walk over GOPROXY stopped on an error after `,`, or a lookup or tile request failed. Go reaches the database through the first proxy that answers 200 to `supported`, else directly at `https://<name>`, or at GOSUMDB's URL when it has one.",
  ),
  r(
    "toolchain-gonosumdb-ignored",
    "notice",
    ["GONOSUMDB", "GOPRIVATE"],
    "GONOSUMDB does not apply to toolchains",
    "The pattern matches `golang.org/toolchain`, but Go verifies toolchain downloads with the checksum database regardless.",
  ),
  r(
    "toolchain-gotoolchain-invalid",
    "error",
    ["GOTOOLCHAIN"],
    "GOTOOLCHAIN does not parse",
    "Every go command fails with `invalid GOTOOLCHAIN …` before doing anything.",
  ),
  r(
    "toolchain-local-too-old",
    "error",
    ["GOTOOLCHAIN"],
    "go.mod needs a newer Go than GOTOOLCHAIN allows",
    "With GOTOOLCHAIN=local (or a forced `go1.X.Y` without `+auto`), go.mod's `go` line cannot raise the toolchain: Go fails with `go.mod requires go >= … (running go …; GOTOOLCHAIN=…)`. Use `auto`, `+auto`, or install that version.",
  ),
  r(
    "toolchain-path-missing",
    "error",
    ["GOTOOLCHAIN"],
    "GOTOOLCHAIN=path and the toolchain is not on PATH",
    '`path` and `+path` only look for a `go1.X.Y` binary on PATH and fail with `cannot find "go1.X.Y" in PATH`.',
  ),
  r(
    "toolchain-language-version",
    "notice",
    ["GOTOOLCHAIN"],
    "A language version in the go line",
    "A `go 1.23` line makes GOTOOLCHAIN=auto switch to go1.23.0, the first release of the language version, not the newest patch release. Add `toolchain go1.23.N` to pick one.",
  ),
  r(
    "toolchain-go-too-old",
    "notice",
    ["GOTOOLCHAIN"],
    "The Go on PATH predates toolchain switching",
    "Go 1.20 and older ignore `toolchain` lines and GOTOOLCHAIN: they build with themselves. Install the version the module needs with the `go-version` input.",
  ),
  r(
    "toolchain-prewarmed",
    "notice",
    ["GOTOOLCHAIN"],
    "Toolchain verified and pre-warmed in GOMODCACHE",
    "The toolchain GOTOOLCHAIN=auto will switch to was downloaded, proven by the checksum database and unpacked in GOMODCACHE in Go's own layout (with the cached signed lookup and tiles), so the switch runs without a download.",
  ),
  r(
    "toolchain-version-invalid",
    "error",
    ["go-version", "go-version-file"],
    "The requested Go version cannot be read",
    "`go-version` takes `1.23.5`, `go1.23.5`, `1.24rc1`, `1.23` / `1.23.x` (the newest 1.23 release the chain lists) or `stable`; `go-version-file` takes a go.mod or go.work (its `toolchain` line, else its `go` line), `.go-version` or `.tool-versions`.",
  ),
  r(
    "toolchain-bad-zip",
    "error",
    ["GOPROXY"],
    "The verified zip is not a valid toolchain module",
    "The zip is the one the checksum database logged, but Go's module-zip rules reject it (a file outside the module prefix, an unclean path, duplicates, a nested go.mod, over 500 MiB), or it has no bin/go.",
  ),
  r(
    "toolchain-install-failed",
    "error",
    [],
    "Writing the toolchain failed",
    "Unpacking or copying into the tool cache failed (disk space, permissions). Nothing is left half-installed.",
  ),
];
