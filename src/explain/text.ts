// Reading pasted text: CI prefixes off, lines grouped into Go messages, and the module,
// version and URLs a message names picked out. Pure functions.
import { decodeModulePath } from "../go/module-path.ts";

/** Longest input we read; more is ignored (bounded work on any paste). */
export const MAX_TEXT = 4 << 20;
const MAX_LINE = 16 << 10;
const MAX_UNIT = 32 << 10;

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;
const PREFIXES: RegExp[] = [
  // ISO-8601 timestamps (GitHub Actions, GitLab, Azure), optionally bracketed.
  /^\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s?/,
  // Clock-only timestamps: "12:34:56 " or "[12:34:56.789] ".
  /^\[?\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\]?\s/,
  // Jenkins.
  /^\[Pipeline\]\s?/,
  // BuildKit / docker buildx: "#12 3.456 ".
  /^#\d+\s+\d+(?:\.\d+)?\s/,
  // Workflow commands and markers.
  /^##\[(?:error|warning|notice|debug|group|endgroup|section)\]/,
  /^::(?:error|warning|notice|debug)(?:\s[^:]*)?::/,
  // A shell error wrapper around Go's own line.
  /^(?:Error|ERROR|error):\s+(?=go[: ])/,
  // A quoted paste ("> " in Markdown).
  /^>\s?(?=\S)/,
];

/** One line without CI prefixes, ANSI colours or a trailing CR. */
export function stripLine(line: string): string {
  let s = line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
  s = s.replace(ANSI, "").replace(/\r$/, "");
  for (let i = 0; i < 6; i++) {
    const before = s;
    for (const p of PREFIXES) s = s.replace(p, "");
    if (s === before) break;
  }
  return s;
}

/** A Go message: a first line and its indented continuation lines. */
export interface Unit {
  text: string;
  /** True for a `# get URL: …` line of a -x trace. */
  trace: boolean;
}

const TRACE_GET = /^# get \S+: /;
const NOISE = [
  /^go: (?:downloading|finding|extracting|found|added|upgraded|downgraded|removed) /,
  /^# get \S+$/, // the start of a request
  /^# get \S+: \d{3} /, // a status line: explained through Go's own error, not here
  /^(?:\d+\.\d+s )?# cd /,
  /^cd \S+; /,
  /^mkdir -p /,
  /^# lock /,
  /^```/,
  // Go ≤ 1.12 -v progress lines, not errors.
  /^Fetching \S+$/,
];

/** Splits text into Go messages. Lines Go indents (a tab, or spaces after a paste) join the one before. */
export function splitUnits(text: string): Unit[] {
  const input = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const units: Unit[] = [];
  let current: Unit | undefined;
  const lines = input.split("\n");
  for (const raw of lines) {
    const line = stripLine(raw);
    if (line.trim() === "") {
      current = undefined;
      continue;
    }
    // A -json stream's Error field is a whole Go message, whatever its indentation.
    const jsonError = /^"Error":\s*("(?:[^"\\]|\\.)*")/.exec(line.trim());
    if (jsonError) {
      let message = jsonError[1]!;
      try {
        message = String(JSON.parse(message));
      } catch {
        // keep the raw text
      }
      current = undefined;
      units.push({ text: message.split("\n").map(stripLine).join("\n"), trace: false });
      continue;
    }
    const indented = /^[\t ]/.test(line);
    if (indented && current && !current.trace && current.text.length < MAX_UNIT) {
      current.text += "\n" + line;
      continue;
    }
    const trimmed = line.trim();
    if (TRACE_GET.test(trimmed) && !/^# get \S+: \d{3} /.test(trimmed)) {
      current = { text: trimmed, trace: true };
      units.push(current);
      continue;
    }
    if (NOISE.some((n) => n.test(trimmed))) {
      current = undefined;
      continue;
    }
    current = { text: trimmed, trace: false };
    units.push(current);
  }
  return units;
}

/** The part of a message Go wrote itself: the proxy's `server response:` lines cut off. */
export function splitServerResponse(message: string): { head: string; response: string } {
  const i = message.search(/\n\s*server response:|\s+server response:/);
  if (i < 0) return { head: message, response: "" };
  return { head: message.slice(0, i), response: message.slice(i) };
}

const URL_RE = /\b(?:https?|file|ssh|git):\/\/?[^\s"'<>`]+/g;

/**
 * Every URL in a message, trailing punctuation dropped. Go's zip download error joins the
 * URL with path.Join, which prints `https:/host/...`: that form is read as `https://host/...`.
 */
export function findUrls(message: string): string[] {
  const out: string[] = [];
  for (const m of message.matchAll(URL_RE)) {
    out.push(m[0].replace(/[:.,;)\]}]+$/, "").replace(/^(https?|file):\/(?!\/)/, "$1://"));
    if (out.length > 64) break;
  }
  return out;
}

export interface ModuleRef {
  module: string;
  version?: string;
}

const MODVER =
  /(?:^|[\s"'(:;,])([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~+!-]+)*)@([A-Za-z0-9._+~-]+(?:\/go\.mod)?)/g;

/** The module and version a message is about: the last `path@version` Go names (the leaf of a `requires` chain). */
export function findModule(head: string): ModuleRef | undefined {
  const withoutUrls = head.replace(URL_RE, " ");
  let last: ModuleRef | undefined;
  for (const m of withoutUrls.matchAll(MODVER)) {
    const version = m[2]!.replace(/\/go\.mod$/, "").replace(/[.]+$/, "");
    last = { module: m[1]!, version };
  }
  if (last) return last;
  const mod = /(?:^|\s)module ([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~/!+-]+?):/.exec(
    withoutUrls,
  );
  if (mod) return { module: mod[1]! };
  return undefined;
}

/** A package or import path the message names, when no module is named. */
export function findPackage(head: string): string | undefined {
  const m =
    /(?:package|import path) "?([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~/!+-]+)"?/.exec(head) ??
    /(?:go get|go install|module lookup for) "?([A-Za-z0-9][A-Za-z0-9._~-]*\.[A-Za-z0-9._~/!+-]+)"?/.exec(
      head,
    );
  return m?.[1];
}

/** The module and version a proxy or checksum-database URL names. */
export function moduleFromUrl(url: string): ModuleRef | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/, "").replace(/[?#].*$/, "");
  const at =
    /\/((?:[^/@]+\/)*?[^/@]*\.[^/@]+(?:\/[^/@]+)*)\/@v\/(.+?)(?:\.info|\.mod|\.zip)?$/.exec(path);
  if (at) {
    const version = at[2] === "list" ? undefined : decodeModulePath(at[2]!);
    const mod = trimToModule(at[1]!);
    return version ? { module: mod, version } : { module: mod };
  }
  const latest = /\/((?:[^/@]+\/)*?[^/@]*\.[^/@]+(?:\/[^/@]+)*)\/@latest$/.exec(path);
  if (latest) return { module: trimToModule(latest[1]!), version: "latest" };
  const lookup = /\/lookup\/(.+)@([^/@]+)$/.exec(path);
  if (lookup)
    return {
      module: decodeModulePath(lookup[1]!),
      version: decodeModulePath(lookup[2]!),
    };
  return undefined;
}

/** The module path inside a proxy URL's path: from the first element with a dot. */
function trimToModule(p: string): string {
  const parts = p.split("/");
  const i = parts.findIndex((x) => x.includes("."));
  return decodeModulePath(parts.slice(Math.max(0, i)).join("/"));
}

/** The host[:port] of a printed URL: scheme and userinfo dropped, up to the first `/`. */
export function urlHost(url: string): string {
  return url
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^[^/@]*@/, "")
    .split("/")[0]!;
}

/** URL without userinfo, for comparing a printed (redacted) URL with a configured one. */
export function bareUrl(u: string): string {
  return u
    .trim()
    .replace(/^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^/?#@]*@/, "$1")
    .replace(/\/+$/, "")
    .replace(/([^:/])\/{2,}/g, "$1/")
    .toLowerCase();
}
