// Go release versions ("go1.21.13", "1.26") as comparable numbers.

export interface GoVersion {
  major: number;
  minor: number;
  patch: number;
}

/** The newest Go release whose rules this project knows. */
export const NEWEST_GO: GoVersion = { major: 1, minor: 26, patch: 0 };

/** Parses "go1.21.13", "1.21", "go1.26rc1" or "go version go1.19.8 linux/amd64"; undefined if none. */
export function parseGoVersion(text: string): GoVersion | undefined {
  const m = /(?:^|\s|go)(1)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] ? Number(m[3]) : 0 };
}

export function compareGoVersions(a: GoVersion, b: GoVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** True when `v` is Go 1.`minor` or later. */
export function atLeast(v: GoVersion, minor: number): boolean {
  return v.major > 1 || (v.major === 1 && v.minor >= minor);
}
