// The settings in force, read the way the explainer needs them: the GOPROXY chain, the
// checksum database's name, and which private patterns cover a path. Pure functions.
import { parseGoVersion } from "../go/version.ts";
import type { ExplainSettings } from "./types.ts";
import { bareUrl, redactUrl } from "./text.ts";

export interface ChainEntry {
  /** As written, trimmed. */
  raw: string;
  /** With https:// added where Go adds it. */
  url: string;
  /** Safe to print. */
  display: string;
  kind: "proxy" | "direct" | "off";
  /** The separator after the entry, if any. */
  sep?: "," | "|";
}

export const DEFAULT_GOPROXY = "https://proxy.golang.org,direct";

/** Go's minor version, when known. */
export function goMinor(s: ExplainSettings): number | undefined {
  const v = s.goVersion ? parseGoVersion(s.goVersion) : undefined;
  return v && v.major === 1 ? v.minor : undefined;
}

/** The GOPROXY list (an empty or unset value means Go's default). Stops at direct/off as Go does. */
export function proxyChain(s: ExplainSettings): ChainEntry[] {
  const value = s.GOPROXY === undefined || s.GOPROXY === "" ? DEFAULT_GOPROXY : s.GOPROXY;
  const minor = goMinor(s);
  const pipes = minor === undefined || minor >= 15;
  const out: ChainEntry[] = [];
  let rest = value.slice(0, 8192);
  for (let guard = 0; rest !== "" && guard < 256; guard++) {
    const i = pipes ? rest.search(/[,|]/) : rest.indexOf(",");
    const element = (i >= 0 ? rest.slice(0, i) : rest).trim();
    const sep = i >= 0 ? (rest[i] as "," | "|") : undefined;
    rest = i >= 0 ? rest.slice(i + 1) : "";
    if (element === "") continue;
    if (element === "direct" || element === "off") {
      out.push({
        raw: element,
        url: element,
        display: element,
        kind: element,
        ...(sep ? { sep } : {}),
      });
      break;
    }
    const url =
      /[.:/]/.test(element) && !element.includes(":/") && !element.startsWith("/")
        ? `https://${element}`
        : element;
    out.push({
      raw: element,
      url,
      display: redactUrl(url),
      kind: "proxy",
      ...(sep ? { sep } : {}),
    });
  }
  return out;
}

/** The configured proxy entry a printed URL belongs to (longest matching base wins). */
export function entryForUrl(chain: readonly ChainEntry[], url: string): ChainEntry | undefined {
  const target = bareUrl(url);
  let best: ChainEntry | undefined;
  for (const e of chain) {
    if (e.kind !== "proxy") continue;
    const base = bareUrl(e.url);
    if (base && (target === base || target.startsWith(base + "/"))) {
      if (!best || bareUrl(best.url).length < base.length) best = e;
    }
  }
  return best;
}

/** The checksum database in force: its name and, when GOSUMDB gives one, its URL. Undefined when off. */
export function sumdbInForce(s: ExplainSettings): { name: string; url?: string } | undefined {
  const v = (s.GOSUMDB ?? "").trim();
  if (v === "off") return undefined;
  if (v === "" || v === "sum.golang.org") return { name: "sum.golang.org" };
  if (v === "sum.golang.google.cn")
    return { name: "sum.golang.org", url: "https://sum.golang.google.cn" };
  const fields = v.split(/\s+/);
  const name = fields[0]!.split("+")[0]!;
  return fields[1] ? { name, url: fields[1] } : { name };
}

/** Go's path.Match on one pattern (`*`, `?`, `[...]`, `\` escapes); false for a bad pattern. */
export function globMatch(pattern: string, name: string): boolean {
  let re = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "\\") {
      i++;
      if (i >= pattern.length) return false;
      re += escapeRe(pattern[i]!);
    } else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) return false;
      let cls = pattern.slice(i + 1, end);
      if (cls.startsWith("^")) cls = "^" + cls.slice(1).replace(/[\]\\]/g, "\\$&");
      else cls = cls.replace(/[\]\\^]/g, "\\$&");
      re += `[${cls}]`;
      i = end;
    } else re += escapeRe(c);
  }
  try {
    return new RegExp(re + "$", "u").test(name);
  } catch {
    return false;
  }
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** MatchPrefixPatterns: split on `,` (no trimming), one trailing `/` dropped, element-prefix match. */
export function coveredBy(globs: string | undefined, path: string): string | undefined {
  if (!globs) return undefined;
  for (const raw of globs.split(",")) {
    if (raw === "") continue;
    const pattern = raw.endsWith("/") ? raw.slice(0, -1) : raw;
    const n = (pattern.match(/\//g) ?? []).length;
    const parts = path.split("/");
    if (parts.length < n + 1) continue;
    if (globMatch(pattern, parts.slice(0, n + 1).join("/"))) return raw;
  }
  return undefined;
}

const HOSTING = new Set([
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "gitee.com",
  "codeberg.org",
  "dev.azure.com",
  "git.sr.ht",
]);

/** The GOPRIVATE pattern to suggest for a path: its host, or host/owner on a public hosting site. */
export function suggestPattern(path: string): string {
  const parts = path.split("/");
  if (HOSTING.has(parts[0]!.toLowerCase()) && parts[1]) return `${parts[0]}/${parts[1]}`;
  return parts[0]!;
}

/** A pattern list with one pattern added. */
export function withPattern(current: string | undefined, pattern: string): string {
  return current && current.trim() !== "" ? `${current},${pattern}` : pattern;
}

/** Patterns that look meant for `path` but cannot match it (leading dot, spaces, `;`, case). */
export function nearMisses(globs: string | undefined, path: string): string[] {
  if (!globs) return [];
  const host = path.split("/")[0]!;
  const out: string[] = [];
  for (const p of globs.split(/[,;]/)) {
    const t = p.trim();
    if (t === "") continue;
    const dotless = t.replace(/^\./, "").toLowerCase();
    if (
      dotless === host.toLowerCase() ||
      host.toLowerCase().endsWith("." + dotless) ||
      path.toLowerCase().startsWith(dotless + "/")
    ) {
      if (!coveredBy(p, path)) out.push(t);
    }
  }
  return out;
}
