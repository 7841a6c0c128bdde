// Wording shared by the causes and fixes: who failed, where, what the GOPROXY separators
// did, whether an egress proxy carried the request, and which private pattern to add.
import { redactText, redactUrl } from "../redact/redact.ts";
import { egressFor, egressFromEnv, type EgressDecision } from "../net/env-proxy.ts";
import type { ExplainSettings } from "./types.ts";
import { coveredBy, nearMisses, suggestPattern, withPattern } from "./settings.ts";
import type { Ctx } from "./context.ts";

export function who(c: Ctx): string {
  if (c.module) return c.version ? `${c.module}@${c.version}` : c.module;
  if (c.subject) return c.subject;
  return "the module";
}

export function whereShort(c: Ctx): string {
  switch (c.originKind) {
    case "proxy":
      return `the proxy ${c.origin}`;
    case "sumdb":
      return `the checksum database (${c.origin?.slice(6)})`;
    case "direct":
      return "the direct (version-control) fetch";
    case "egress":
      return `the egress proxy${c.origin && c.origin !== "egress-proxy" ? ` ${c.origin.slice(13)}` : ""}`;
    case "off":
      return "GOPROXY=off";
    default:
      return "the server";
  }
}

/** whereShort at the start of a sentence. */
export function whereAtStart(c: Ctx): string {
  return whereShort(c).replace(/^./, (x) => x.toUpperCase());
}

/** What the `,`/`|` separator after the failing entry did. */
export function chainNote(c: Ctx): string {
  const e = c.entry;
  if (!e) return "";
  const i = c.chain.indexOf(e);
  const next = c.chain[i + 1];
  if (!next) return ` It is the last GOPROXY entry, so nothing came after it.`;
  if (e.separator === "|")
    return ` It is followed by \`|\`, so Go also tried ${next.display}, which failed as well.`;
  return ` After a \`,\` Go falls through only on 404/410, so ${next.display} was never tried: put \`|\` after ${e.display} (Go 1.15+) to fall through on any error.`;
}

/** When an egress proxy would carry this request (Go's http.ProxyFromEnvironment), say that it may be the one failing. */
export function egressNote(c: Ctx): string {
  const s = c.settings;
  const url = c.url ?? (c.entry?.url.startsWith("http") ? c.entry.url : undefined);
  if (!url) return "";
  let d: EgressDecision;
  try {
    const env = { HTTP_PROXY: s.HTTP_PROXY, HTTPS_PROXY: s.HTTPS_PROXY, NO_PROXY: s.NO_PROXY };
    d = egressFor(egressFromEnv(env), url);
  } catch {
    return "";
  }
  if (d.kind !== "proxy") return "";
  return ` ${d.variable} (${redactUrl(d.url)}) is set, so this connection went through that egress proxy, which may be the one failing: Go reports a proxy that drops the CONNECT the same way.`;
}

export function privateAdvice(
  c: Ctx,
  want: "GOPRIVATE" | "GONOSUMDB" = "GOPRIVATE",
  scope: "proxy" | "sumdb" = want === "GONOSUMDB" ? "sumdb" : "proxy",
): string {
  const path = c.subject;
  if (!path) return `Add a ${want} pattern that covers the module's path (usually its host).`;
  const s = c.settings;
  // GONOPROXY and GONOSUMDB default to GOPRIVATE (an empty value counts as unset).
  const effective = scope === "sumdb" ? c.go.gonosumdb : c.go.gonoproxy;
  const covering = coveredBy(effective, path, s);
  if (covering) {
    return `${path} is already covered by the pattern \`${covering}\`; make sure that setting is exported to this step's environment (Go reads it at run time).`;
  }
  const pattern = suggestPattern(path);
  const miss = [
    ...nearMisses(s.GOPRIVATE, path, s),
    ...nearMisses(s.GONOSUMDB, path, s),
    ...nearMisses(s.GONOPROXY, path, s),
  ];
  const missNote = miss.length
    ? ` The existing pattern${miss.length > 1 ? "s" : ""} ${miss.map((m) => `\`${m}\``).join(", ")} cannot match it (Go splits on \`,\` only, does not trim spaces, is case-sensitive, has no leading-dot rule and before Go 1.18 keeps a trailing \`/\`; use \`*.host\` for subdomains).`
    : "";
  const current = want === "GOPRIVATE" ? s.GOPRIVATE : s.GONOSUMDB;
  const kept = (current ?? "").split(",").filter((p) => p !== "" && !miss.includes(p.trim()));
  return `No GOPRIVATE/GONOSUMDB pattern covers ${path}: set \`${want}=${withPattern(kept.join(","), pattern)}\`.${missNote}`;
}

/** GOPROXY for a fix: the list Go parsed, or the value as written (redacted) when Go rejects it. */
export function goproxyShown(c: Ctx): string {
  if (c.chainError !== undefined && c.settings.GOPROXY) return redactText(c.settings.GOPROXY);
  return c.chain.map((e) => e.display + (e.separator ?? "")).join("") || "(empty)";
}

export function hasVendorFlag(s: ExplainSettings): boolean {
  return /-mod=vendor/.test(s.GOFLAGS ?? "");
}
