// GOPROXY as the go command parses it, version by version (modfetch/proxy.go: proxyList,
// proxyURLs in 1.13–1.14; the single-value rule of 1.11–1.12). Pure functions.
import { atLeast, type GoVersion } from "./version.ts";
import { goUrlParse, goUrlRedacted, strictHostFor, type GoUrl } from "./gourl.ts";
import { redactUrl } from "../redact/redact.ts";

export type ProxyKind = "proxy" | "direct" | "off" | "noproxy";

export interface ProxyEntry {
  kind: ProxyKind;
  /** The URL as Go uses it (https:// added when Go adds it); the keyword for direct/off/noproxy. */
  url: string;
  /** The element as written, trimmed. */
  raw: string;
  /** `url` with every credential hidden (safe to print). */
  display: string;
  /** "any": the entry was followed by `|` (1.15+); "notfound": `,` or last. */
  fallback: "notfound" | "any";
  /** True when Go added "https://" in front of the element. */
  httpsAdded: boolean;
  /** The separator that followed the element in the value, if any. */
  separator?: "," | "|";
}

export interface ProxyListResult {
  entries: ProxyEntry[];
  /** Go's exact error text (what follows `go: <module>@<version>: `), when Go rejects the value. */
  error?: string;
  /** The element Go rejected, trimmed, when the error is about one element. */
  errorElement?: string;
  /** Elements after `direct`/`off`, which Go ignores without validating. */
  ignored: string[];
  /** Elements that were empty after trimming (skipped silently). */
  emptyElements: number;
  /** For 1.13–1.14: a value that yields no entries behaves as `off`. */
  behavesAsOff?: boolean;
}

export const DEFAULT_GOPROXY = "https://proxy.golang.org,direct";

/** The built-in default GOPROXY of a Go version. */
export function defaultGoproxy(v: GoVersion): string {
  return atLeast(v, 13) ? DEFAULT_GOPROXY : "direct";
}

/**
 * The GOPROXY value Go ends up with: an empty or absent OS value means unset, so the
 * `go env -w` file is consulted, then (1.21+) $GOROOT/go.env, else the built-in default.
 */
export function effectiveGoproxy(
  osValue: string | undefined,
  v: GoVersion,
  userEnvFile?: Readonly<Record<string, string>>,
): string {
  if (osValue !== undefined && osValue !== "") return osValue;
  if (userEnvFile && "GOPROXY" in userEnvFile) {
    const fromFile = userEnvFile.GOPROXY!;
    if (fromFile !== "" || atLeast(v, 21)) {
      if (fromFile !== "") return fromFile;
      // 1.21+: an empty line in the user file hides the go.env default.
      return "";
    }
  }
  return defaultGoproxy(v);
}

/** The rule that decides whether Go puts "https://" in front of an element (1.13+). */
export function addsHttps(element: string): boolean {
  return (
    /[.:/]/.test(element) && !element.includes(":/") && !element.startsWith("/") // filepath.IsAbs and path.IsAbs on Unix
  );
}

/** newProxyRepo's check of one URL: undefined when accepted, else Go's message. */
export function checkProxyUrl(
  url: string,
  omitHostField = true,
  strictHost = false,
): { error?: string; parsed?: GoUrl } {
  const r = goUrlParse(url, { strictHost });
  if (!r.ok) return { error: r.error };
  const u = r.url;
  switch (u.scheme) {
    case "http":
    case "https":
      return { parsed: u };
    case "file": {
      const clean =
        u.opaque === "" &&
        u.user === undefined &&
        u.host === "" &&
        !u.forceQuery &&
        u.rawQuery === "" &&
        u.fragment === "" &&
        u.rawFragment === "";
      // Go compares the whole struct with {Scheme, Path, RawPath}. OmitHost (1.19+) is set for
      // "file:/x", which therefore has a non-path element where the field exists.
      if (!clean || (u.omitHost && omitHostField)) {
        return {
          error: `invalid file:// proxy URL with non-path elements: ${goUrlRedacted(u)}`,
          parsed: u,
        };
      }
      return { parsed: u };
    }
    case "":
      return { error: `invalid proxy URL missing scheme: ${goUrlRedacted(u)}`, parsed: u };
    default:
      return {
        error: `invalid proxy URL scheme (must be https, http, file): ${goUrlRedacted(u)}`,
        parsed: u,
      };
  }
}

function keyword(kind: ProxyKind, sep: "," | "|" | undefined): ProxyEntry {
  const e: ProxyEntry = {
    kind,
    url: kind,
    raw: kind,
    display: kind,
    fallback: sep === "|" ? "any" : "notfound",
    httpsAdded: false,
  };
  if (sep) e.separator = sep;
  return e;
}

export interface ProxyListOptions {
  /** The effective GONOPROXY: when non-empty and GOPROXY is not exactly "direct", Go puts a hidden `noproxy` entry first. */
  gonoproxy?: string;
}

/**
 * Parses a GOPROXY value the way the given Go version does. `value` is the effective value
 * (see effectiveGoproxy). The hidden `noproxy` entry is included when opts.gonoproxy is set.
 */
export function parseProxyList(
  value: string,
  v: GoVersion,
  opts: ProxyListOptions = {},
): ProxyListResult {
  const result: ProxyListResult = { entries: [], ignored: [], emptyElements: 0 };
  if (!atLeast(v, 13)) return parseLegacy(value, result);

  if (opts.gonoproxy && value !== "direct") result.entries.push(keyword("noproxy", undefined));

  const pipes = atLeast(v, 15);
  let rest = value;
  let guard = 0;
  let stopped = false;
  while (rest !== "" && guard++ < 1_000_000) {
    const i = pipes ? rest.search(/[,|]/) : rest.indexOf(",");
    let element: string;
    let sep: "," | "|" | undefined;
    if (i >= 0) {
      element = rest.slice(0, i);
      sep = rest[i] as "," | "|";
      rest = rest.slice(i + 1);
    } else {
      element = rest;
      rest = "";
    }
    element = goTrimSpace(element);
    if (stopped) {
      if (element !== "") result.ignored.push(element);
      continue;
    }
    if (element === "") {
      result.emptyElements++;
      continue;
    }
    if (element === "off" || element === "direct") {
      result.entries.push(keyword(element, sep));
      stopped = true;
      continue;
    }
    const httpsAdded = addsHttps(element);
    const url = httpsAdded ? `https://${element}` : element;
    const check = checkProxyUrl(url, atLeast(v, 19), strictHostFor(v));
    if (check.error) {
      result.error = check.error;
      result.errorElement = element;
      return result;
    }
    const entry: ProxyEntry = {
      kind: "proxy",
      url,
      raw: element,
      display: check.parsed ? safeDisplay(check.parsed, url) : redactUrl(url),
      fallback: pipes && sep === "|" ? "any" : "notfound",
      httpsAdded,
    };
    if (sep) entry.separator = sep;
    result.entries.push(entry);
  }
  const real = result.entries.filter((e) => e.kind !== "noproxy");
  if (real.length === 0) {
    if (pipes) result.error = "GOPROXY list is not the empty string, but contains no entries";
    else result.behavesAsOff = true;
  }
  return result;
}

/** Go's strings.TrimSpace: ASCII space, \t\n\v\f\r, U+0085, U+00A0 and Unicode White_Space. */
export function goTrimSpace(s: string): string {
  // By index: an end-anchored `space+$` is retried from every space of a long run (quadratic).
  let a = 0;
  let b = s.length;
  while (a < b && GO_SPACE_CHAR.test(s[a]!)) a++;
  while (b > a && GO_SPACE_CHAR.test(s[b - 1]!)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** unicode.IsSpace, as a character class. */
export const GO_SPACE =
  "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const GO_SPACE_CHAR = new RegExp(`^${GO_SPACE}$`);

/** strings.Fields. */
export function goFields(s: string): string[] {
  return s.split(new RegExp(`${GO_SPACE}+`, "u")).filter((f) => f !== "");
}

/** The URL for display: Go's redaction (password → xxxxx) plus a lone-username token hidden. */
function safeDisplay(u: GoUrl, url: string): string {
  if (u.user && u.user.password === undefined) return redactUrl(url);
  return goUrlRedacted(u);
}

function parseLegacy(value: string, result: ProxyListResult): ProxyListResult {
  if (value === "" || value === "direct") {
    result.entries.push(keyword("direct", undefined));
    return result;
  }
  if (value === "off") {
    result.entries.push(keyword("off", undefined));
    return result;
  }
  if (value.includes(",")) {
    result.error = "invalid $GOPROXY setting: cannot have comma";
    return result;
  }
  const r = goUrlParse(value);
  if (!r.ok || !["http", "https", "file"].includes(r.url.scheme)) {
    result.error =
      "invalid $GOPROXY setting: malformed URL or invalid scheme (must be http, https, file)";
    result.errorElement = value;
    return result;
  }
  result.entries.push({
    kind: "proxy",
    url: value,
    raw: value,
    display: safeDisplay(r.url, value),
    fallback: "notfound",
    httpsAdded: false,
  });
  return result;
}
