// GOPRIVATE / GONOPROXY / GONOSUMDB / GOINSECURE: Go's comma-separated path.Match globs that
// match a leading run of path elements (str.GlobsMatchPath 1.13–1.15,
// module.MatchPrefixPatterns 1.16+; a trailing slash is trimmed from 1.18).
import { atLeast, type GoVersion } from "./version.ts";

const enc = new TextEncoder();

/** One rune at byte offset i: [code point or -1 for invalid UTF-8, byte length]. */
function decodeRune(b: Uint8Array, i: number): [number, number] {
  const c = b[i];
  if (c === undefined) return [-1, 0];
  if (c < 0x80) return [c, 1];
  const need =
    c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
  if (need < 0) return [-1, 1];
  let r = c & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const x = b[i + k];
    if (x === undefined || (x & 0xc0) !== 0x80) return [-1, 1];
    r = (r << 6) | (x & 0x3f);
  }
  const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
  if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return [-1, 1];
  return [r, need + 1];
}

class BadPattern extends Error {}

function scanChunk(p: Uint8Array): [boolean, Uint8Array, Uint8Array] {
  let star = false;
  while (p.length > 0 && p[0] === 0x2a) {
    p = p.subarray(1);
    star = true;
  }
  let inrange = false;
  let i: number;
  scan: for (i = 0; i < p.length; i++) {
    switch (p[i]) {
      case 0x5c:
        if (i + 1 < p.length) i++;
        break;
      case 0x5b:
        inrange = true;
        break;
      case 0x5d:
        inrange = false;
        break;
      case 0x2a:
        if (!inrange) break scan;
        break;
    }
  }
  return [star, p.subarray(0, i), p.subarray(i)];
}

function getEsc(chunk: Uint8Array): [number, Uint8Array] {
  if (chunk.length === 0 || chunk[0] === 0x2d || chunk[0] === 0x5d) throw new BadPattern();
  if (chunk[0] === 0x5c) {
    chunk = chunk.subarray(1);
    if (chunk.length === 0) throw new BadPattern();
  }
  const [r, n] = decodeRune(chunk, 0);
  if (r === -1 && n === 1) throw new BadPattern();
  const rest = chunk.subarray(n);
  if (rest.length === 0) throw new BadPattern();
  return [r, rest];
}

/** Returns the rest of s after the chunk matched, or undefined; throws BadPattern. */
function matchChunk(chunk: Uint8Array, s: Uint8Array): Uint8Array | undefined {
  let failed = false;
  while (chunk.length > 0) {
    if (!failed && s.length === 0) failed = true;
    const c = chunk[0]!;
    if (c === 0x5b) {
      let r = 0;
      if (!failed) {
        const [rr, n] = decodeRune(s, 0);
        r = rr === -1 ? 0xfffd : rr;
        s = s.subarray(n);
      }
      chunk = chunk.subarray(1);
      let negated = false;
      if (chunk.length > 0 && chunk[0] === 0x5e) {
        negated = true;
        chunk = chunk.subarray(1);
      }
      let match = false;
      let nrange = 0;
      for (let guard = 0; guard < 1_000_000; guard++) {
        if (chunk.length > 0 && chunk[0] === 0x5d && nrange > 0) {
          chunk = chunk.subarray(1);
          break;
        }
        let lo: number;
        [lo, chunk] = getEsc(chunk);
        let hi = lo;
        if (chunk[0] === 0x2d) [hi, chunk] = getEsc(chunk.subarray(1));
        if (lo <= r && r <= hi) match = true;
        nrange++;
      }
      if (match === negated) failed = true;
    } else if (c === 0x3f) {
      if (!failed) {
        if (s[0] === 0x2f) failed = true;
        const [, n] = decodeRune(s, 0);
        s = s.subarray(n);
      }
      chunk = chunk.subarray(1);
    } else {
      if (c === 0x5c) {
        chunk = chunk.subarray(1);
        if (chunk.length === 0) throw new BadPattern();
      }
      if (!failed) {
        if (chunk[0] !== s[0]) failed = true;
        s = s.subarray(1);
      }
      chunk = chunk.subarray(1);
    }
  }
  return failed ? undefined : s;
}

/** Go's path.Match: true/false, or "bad" for ErrBadPattern. */
export function pathMatch(pattern: string, name: string): boolean | "bad" {
  try {
    return pathMatchBytes(enc.encode(pattern), enc.encode(name));
  } catch (e) {
    if (e instanceof BadPattern) return "bad";
    throw e;
  }
}

function pathMatchBytes(pattern: Uint8Array, name: Uint8Array): boolean {
  outer: while (pattern.length > 0) {
    let star: boolean;
    let chunk: Uint8Array;
    [star, chunk, pattern] = scanChunk(pattern);
    if (star && chunk.length === 0) return !name.includes(0x2f);
    let t: Uint8Array | undefined;
    let err: BadPattern | undefined;
    try {
      t = matchChunk(chunk, name);
    } catch (e) {
      if (!(e instanceof BadPattern)) throw e;
      err = e;
    }
    if (t !== undefined && (t.length === 0 || pattern.length > 0)) {
      name = t;
      continue;
    }
    if (err) throw err;
    if (star) {
      for (let i = 0; i < name.length && name[i] !== 0x2f; i++) {
        const t2 = matchChunk(chunk, name.subarray(i + 1));
        if (t2 !== undefined) {
          if (pattern.length === 0 && t2.length > 0) continue;
          name = t2;
          continue outer;
        }
      }
    }
    while (pattern.length > 0) {
      [, chunk, pattern] = scanChunk(pattern);
      matchChunk(chunk, new Uint8Array(0));
    }
    return false;
  }
  return name.length === 0;
}

/** Splits a pattern list the way Go does: on "," only, empty elements dropped, nothing trimmed. */
export function splitPatterns(globs: string): string[] {
  return globs.split(",").filter((g) => g !== "");
}

export interface PatternMatch {
  /** The pattern as written in the list. */
  pattern: string;
  /** The pattern Go compares (trailing "/" removed on 1.18+). */
  effective: string;
  /** The leading path elements of the target that were compared, or undefined when too few. */
  prefix?: string;
  result: boolean | "bad";
}

/** How each pattern of the list fares against `target`. */
export function explainPrefixPatterns(globs: string, target: string, v: GoVersion): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const pattern of splitPatterns(globs)) {
    const effective = atLeast(v, 18) && pattern.endsWith("/") ? pattern.slice(0, -1) : pattern;
    if (effective === "") {
      out.push({ pattern, effective, result: false });
      continue;
    }
    let n = effective.split("/").length - 1;
    let prefix = target;
    for (let i = 0; i < target.length; i++) {
      if (target[i] === "/") {
        if (n === 0) {
          prefix = target.slice(0, i);
          break;
        }
        n--;
      }
    }
    if (n > 0) {
      out.push({ pattern, effective, result: false });
      continue;
    }
    out.push({ pattern, effective, prefix, result: pathMatch(effective, prefix) });
  }
  return out;
}

/** module.MatchPrefixPatterns / str.GlobsMatchPath for the given Go version. */
export function matchPrefixPatterns(globs: string, target: string, v: GoVersion): boolean {
  return explainPrefixPatterns(globs, target, v).some((m) => m.result === true);
}

export interface PatternSettings {
  GOPRIVATE?: string | undefined;
  GONOPROXY?: string | undefined;
  GONOSUMDB?: string | undefined;
  GOINSECURE?: string | undefined;
}

/** envOr: an empty or absent variable counts as unset. */
function envOr(value: string | undefined, def: string): string {
  return value === undefined || value === "" ? def : value;
}

/** The GONOPROXY Go uses: GONOPROXY, or GOPRIVATE when GONOPROXY is empty or unset. */
export function effectiveGonoproxy(s: PatternSettings): string {
  return envOr(s.GONOPROXY, s.GOPRIVATE ?? "");
}

/** The GONOSUMDB Go uses: GONOSUMDB, or GOPRIVATE when GONOSUMDB is empty or unset. */
export function effectiveGonosumdb(s: PatternSettings): string {
  return envOr(s.GONOSUMDB, s.GOPRIVATE ?? "");
}

export interface ModuleRouting {
  /** GONOPROXY matches: fetched directly, never through a proxy. */
  bypassProxy: boolean;
  /** GONOSUMDB matches (or GOSUMDB=off is decided elsewhere): no checksum-database lookup. */
  skipSumdb: boolean;
  /** GOINSECURE matches (1.14+): direct fetches may use http and skip TLS checks. */
  insecure: boolean;
  /** GOPRIVATE matches: private for GOVCS. */
  private: boolean;
}

/** What the pattern variables decide for one module path. */
export function routeModule(path: string, s: PatternSettings, v: GoVersion): ModuleRouting {
  return {
    bypassProxy: matchPrefixPatterns(effectiveGonoproxy(s), path, v),
    skipSumdb: matchPrefixPatterns(effectiveGonosumdb(s), path, v),
    insecure: atLeast(v, 14) && matchPrefixPatterns(s.GOINSECURE ?? "", path, v),
    private: matchPrefixPatterns(s.GOPRIVATE ?? "", path, v),
  };
}

/** True when path.Match reports ErrBadPattern for this pattern whatever the target. */
export function isBadPattern(pattern: string): boolean {
  return pathMatch(pattern, "") === "bad" || pathMatch(pattern, "a") === "bad";
}
