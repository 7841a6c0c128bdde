// The settings in force, read the way the explainer needs them: parsed once by
// src/settings (the GOPROXY chain, the checksum database in force), and which private
// patterns cover a path. Pure functions.
import { NEWEST_GO, parseGoVersion, type GoVersion } from "../go/version.ts";
import type { ProxyEntry } from "../go/proxy-list.ts";
import { explainPrefixPatterns, matchPrefixPatterns } from "../go/patterns.ts";
import { goEnvFrom } from "../go/env.ts";
import { goSettingsFromEnv, type GoSettings } from "../settings/go-settings.ts";
import type { ExplainSettings } from "./types.ts";
import { bareUrl } from "./text.ts";

/** The Go version that ran; Go's newest rules when unknown. */
export function goVersionOf(s: ExplainSettings): GoVersion {
  const v = s.goVersion ? parseGoVersion(s.goVersion) : undefined;
  return v && v.major === 1 ? v : NEWEST_GO;
}

export interface ProxyChain {
  /** The entries Go uses, in order (no hidden `noproxy` entry); none when Go rejects the value. */
  entries: ProxyEntry[];
  /** Go's error when it rejects the value. */
  error?: string;
}

/** The Go settings as the Go version in the settings resolves them (empty or unset means Go's default). */
export function goSettingsOf(s: ExplainSettings): GoSettings {
  return goSettingsFromEnv(goEnvFrom({ ...s }), goVersionOf(s));
}

/** The GOPROXY list Go walks, without the hidden `noproxy` entry. */
export function proxyChain(g: GoSettings): ProxyChain {
  const r = g.proxy;
  if (r.error !== undefined) return { entries: [], error: r.error };
  return { entries: r.entries.filter((e) => e.kind !== "noproxy") };
}

/** The configured proxy entry a printed URL belongs to (longest matching base wins). */
export function entryForUrl(chain: readonly ProxyEntry[], url: string): ProxyEntry | undefined {
  const target = bareUrl(url);
  let best: ProxyEntry | undefined;
  for (const e of chain) {
    if (e.kind !== "proxy") continue;
    const base = bareUrl(e.url);
    if (base && (target === base || target.startsWith(base + "/"))) {
      if (!best || bareUrl(best.url).length < base.length) best = e;
    }
  }
  return best;
}

/**
 * The checksum database in force: its name and, when GOSUMDB gives one, its URL. Undefined
 * when off, and when Go rejects GOSUMDB (it then never contacts a database).
 */
export function sumdbInForce(g: GoSettings): { name: string; url?: string } | undefined {
  const r = g.sumdb;
  if (r.kind !== "db") return undefined;
  return r.url ? { name: r.name, url: r.url } : { name: r.name };
}

/** The pattern of a GOPRIVATE-style list that covers `path` for the Go version in the settings. */
export function coveredBy(
  globs: string | undefined,
  path: string,
  s: ExplainSettings,
): string | undefined {
  if (!globs) return undefined;
  return explainPrefixPatterns(globs, path, goVersionOf(s)).find((m) => m.result === true)?.pattern;
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

/** Patterns that look meant for `path` but cannot match it (leading dot, spaces, `;`, case, a trailing `/` before Go 1.18). */
export function nearMisses(globs: string | undefined, path: string, s: ExplainSettings): string[] {
  if (!globs) return [];
  const host = path.split("/")[0]!;
  const out: string[] = [];
  for (const p of globs.split(/[,;]/)) {
    const t = p.trim();
    if (t === "") continue;
    const dotless = t.replace(/^\./, "").replace(/\/$/, "").toLowerCase();
    if (
      dotless === host.toLowerCase() ||
      host.toLowerCase().endsWith("." + dotless) ||
      path.toLowerCase().startsWith(dotless + "/")
    ) {
      if (!matchPrefixPatterns(p, path, goVersionOf(s))) out.push(t);
    }
  }
  return out;
}
