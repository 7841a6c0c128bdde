// What a `go-version` input asks for, with setup-go's semantics: an exact version ("1.22.3",
// "go1.22.3", "1.24rc1"), a semver range ("1.22", "1.22.x", "^1.22", "~1.22.3", ">=1.21 <1.24"),
// "stable" (the newest release) or "oldstable" (the newest release of the minor before it).
// Go's version syntax is mapped to semver as setup-go maps it (1.22 → 1.22.0, 1.24rc1 →
// 1.24.0-rc.1), so a range matches prereleases only when it names one, as in setup-go.
import semver from "semver";
import { compareGo, isRelease, isValidGoVersion, langOf } from "./gover.ts";

export type VersionSpec =
  | { kind: "exact"; version: string }
  | { kind: "range"; range: string }
  | { kind: "stable" }
  | { kind: "oldstable" };

export function parseVersionSpec(raw: string): VersionSpec | undefined {
  const s = raw.trim();
  if (!s) return undefined;
  if (s === "stable" || s === "latest") return { kind: "stable" };
  if (s === "oldstable") return { kind: "oldstable" };
  const bare = s.replace(/^(go|v)(?=\d)/, "");
  // A full Go version is exact; "1.22" is setup-go's range 1.22.x (as is "1.22.x").
  if (isValidGoVersion(bare) && !/^\d+(\.\d+)?$/.test(bare))
    return { kind: "exact", version: bare };
  if (/^\d+$/.test(bare)) return undefined;
  const range = semver.validRange(bare.replace(/(\d)(rc|beta)(\d+)/g, "$1.0-$2.$3"));
  return range === null ? undefined : { kind: "range", range };
}

/** setup-go's makeSemver: "1.22" → "1.22.0", "1.24rc1" → "1.24.0-rc.1". */
export function goToSemver(v: string): string | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(v);
  if (!m) return undefined;
  return `${m[1]}.${m[2]}.${m[3] ?? "0"}${m[4] ? `-${m[4]}.${m[5]}` : ""}`;
}

/** The newest of `versions` (Go syntax) the spec selects; undefined when none does. */
export function pickVersion(spec: VersionSpec, versions: readonly string[]): string | undefined {
  const newest = (list: string[]) => [...list].sort((a, b) => compareGo(b, a))[0];
  switch (spec.kind) {
    case "exact":
      return versions.includes(spec.version) ? spec.version : undefined;
    case "range":
      return newest(
        versions.filter((v) => {
          const s = goToSemver(v);
          return s !== undefined && semver.satisfies(s, spec.range);
        }),
      );
    case "stable":
      return newest(versions.filter(isRelease));
    case "oldstable": {
      const releases = versions.filter(isRelease);
      const minors = [...new Set(releases.map(langOf))].sort((a, b) => compareGo(b, a));
      return minors[1] === undefined
        ? undefined
        : newest(releases.filter((v) => langOf(v) === minors[1]));
    }
  }
}

/** How a spec reads in messages. */
export function describeSpec(spec: VersionSpec): string {
  return spec.kind === "exact" ? spec.version : spec.kind === "range" ? spec.range : spec.kind;
}
