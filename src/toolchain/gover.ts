// Go toolchain versions the way cmd/go/internal/gover reads them ("1.21", "1.21rc1", "1.21.3"),
// the golang.org/toolchain module's version names, and go.mod's `go`/`toolchain` line lookup.
// Pure functions.
import { isValidGoVersion, versionFromToolchain } from "../go/toolchain.ts";

export const TOOLCHAIN_MODULE = "golang.org/toolchain";
/** gotoolchainVersion in cmd/go: every toolchain module version starts with it. */
export const TOOLCHAIN_MODULE_PREFIX = "v0.0.1";

interface Parsed {
  major: number;
  minor: number;
  patch: number;
  /** "" for a release, "rc"/"beta" for a prerelease, "lang" for "1.21" (no patch). */
  kind: string;
  pre: number;
}

function parse(v: string): Parsed | undefined {
  if (!isValidGoVersion(v)) return undefined;
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+)|([a-z]+)(\d*))?$/.exec(v);
  if (!m) return undefined;
  const out: Parsed = {
    major: Number(m[1]),
    minor: Number(m[2] ?? 0),
    patch: Number(m[3] ?? 0),
    kind: m[3] !== undefined ? "" : m[4] ? m[4] : "lang",
    pre: Number(m[5] || 0),
  };
  // gover: "1.20" (before 1.21) names the release itself, not a language version.
  if (out.kind === "lang" && m[2] !== undefined && (out.major > 1 || out.minor < 21)) out.kind = "";
  return out;
}

/** gover.Compare: -1, 0, +1 ("1.21" < "1.21rc1" < "1.21.0"); invalid versions sort first. */
export function compareGo(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  const rank = (p: Parsed) => (p.kind === "lang" ? 0 : p.kind === "" ? 2 : 1);
  const c =
    x.major - y.major ||
    x.minor - y.minor ||
    rank(x) - rank(y) ||
    (x.kind === y.kind ? 0 : x.kind < y.kind ? -1 : 1) ||
    x.pre - y.pre ||
    x.patch - y.patch;
  return Math.sign(c);
}

/** gover.IsLang: "1.21" (a language version, no patch) on 1.21+. */
export function isLang(v: string): boolean {
  const p = parse(v);
  return p !== undefined && p.kind === "lang";
}

/** A release such as "1.23.5" (not a prerelease, not a language version). */
export function isRelease(v: string): boolean {
  const p = parse(v);
  return p !== undefined && p.kind === "";
}

/** The language version of a Go version: "1.23.5" → "1.23". */
export function langOf(v: string): string {
  const p = parse(v);
  return p ? `${p.major}.${p.minor}` : v;
}

/** The module version of a toolchain: v0.0.1-go1.23.5.linux-amd64. */
export function toolchainModuleVersion(version: string, goos: string, goarch: string): string {
  return `${TOOLCHAIN_MODULE_PREFIX}-go${version}.${goos}-${goarch}`;
}

/** Inverse of toolchainModuleVersion for one GOOS/GOARCH: the Go version, or undefined. */
export function versionFromModuleVersion(
  moduleVersion: string,
  goos: string,
  goarch: string,
): string | undefined {
  const head = `${TOOLCHAIN_MODULE_PREFIX}-go`;
  const tail = `.${goos}-${goarch}`;
  if (!moduleVersion.startsWith(head) || !moduleVersion.endsWith(tail)) return undefined;
  const v = moduleVersion.slice(head.length, -tail.length);
  return isValidGoVersion(v) ? v : undefined;
}

/** Go's GOOS and GOARCH for a Node platform and arch. */
export function goPlatform(
  platform: string = process.platform,
  arch: string = process.arch,
): { goos: string; goarch: string } {
  const goos = platform === "win32" ? "windows" : platform === "sunos" ? "solaris" : platform;
  const goarch =
    (
      {
        x64: "amd64",
        ia32: "386",
        x86: "386",
        arm: "arm",
        arm64: "arm64",
        ppc64: "ppc64le",
        s390x: "s390x",
        riscv64: "riscv64",
        loong64: "loong64",
      } as Record<string, string>
    )[arch] ?? arch;
  return { goos, goarch };
}

/**
 * gover.GoModLookup: the value of the first `key` line in go.mod/go.work text, read line by
 * line exactly as cmd/go's toolchain switch reads it (no blocks, comments stripped).
 */
export function goModLookup(
  text: string,
  key: string,
): { value: string; line: number } | undefined {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line.startsWith(key)) continue;
    let s = line.slice(key.length);
    if (s.length === 0 || (s[0] !== " " && s[0] !== "\t")) continue;
    const c = s.indexOf("//");
    if (c >= 0) s = s.slice(0, c);
    s = s.trim();
    if (s !== "") return { value: s, line: i + 1 };
  }
  return undefined;
}

export { isValidGoVersion, versionFromToolchain };
