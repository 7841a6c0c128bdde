// What the module probes say about each proxy of the chain: an error it stops at or falls
// through, a not-found, slowness, an expiring certificate, a healthy answer; then what the
// download will do for each module. Failures carry a hint at the likely cause.
import type { Diagnostic, Severity } from "../core/diagnostic.ts";
import type { ProxyEntry } from "../go/proxy-list.ts";
import type { GoVersion } from "../go/version.ts";
import type { GoCredentials } from "../net/auth.ts";
import { goGet, isNotFound, type GetOutcome, type HttpContext } from "../net/http.ts";
import { netrcMatchMode } from "../net/netrc.ts";
import { withNodeExtra } from "../net/trust.ts";
import type { ModuleGets, ModuleOutcome, ProbeModule } from "./modules.ts";
import { isOk } from "./try-proxies.ts";

export interface ChainView {
  entries: readonly ProxyEntry[];
  settled: ModuleGets;
  candidates: readonly ProbeModule[];
  display: (e: ProxyEntry) => string;
  /** A response slower than this is reported. */
  slowSeconds: number;
  goVersion: GoVersion;
  env: Readonly<Record<string, string | undefined>>;
  creds: GoCredentials;
  ctx: HttpContext;
}

/** One proxy entry and the answers it gave, one per candidate module. */
interface EntryView {
  i: number;
  e: ProxyEntry;
  origin: string;
  gets: GetOutcome[];
  next?: ProxyEntry;
  nextName?: string;
}

export async function proxyDiagnostics(
  chain: ChainView,
  modules: readonly ModuleOutcome[],
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const { entries, display } = chain;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.kind !== "proxy") continue;
    const next = entries.slice(i + 1).find((x) => x.kind !== "noproxy");
    const view: EntryView = {
      i,
      e,
      origin: display(e),
      gets: chain.settled.map((row) => row[i]!),
      ...(next ? { next, nextName: next.kind === "proxy" ? display(next) : next.kind } : {}),
    };
    out.push(...(await entryDiagnostics(chain, view)));
  }
  out.push(...moduleDiagnostics(modules));
  return out;
}

async function entryDiagnostics(chain: ChainView, v: EntryView): Promise<Diagnostic[]> {
  const { origin, gets, next, nextName } = v;
  const failing = gets.map((g, mi) => ({ g, mi })).filter(({ g }) => !isOk(g) && !isNotFound(g));
  if (failing.length > 0) return [await failureDiagnostic(chain, v, failing)];
  const nf = gets.filter(isNotFound);
  if (nf.length === gets.length && gets.length > 0) {
    const asked = chain.candidates.map((m) => `${m.path}@${m.version}`).join(", ");
    return [
      {
        rule: "probe-proxy-not-found",
        severity: next ? "warning" : "error",
        variable: "GOPROXY",
        value: origin,
        message: `${origin} answered ${nf[0]!.statusText} for ${asked}. ${next ? `Go falls through to ${nextName}.` : "It is the last entry, so the download fails."}`,
      },
    ];
  }
  const out: Diagnostic[] = [];
  const d = (rule: string, severity: Severity, message: string) =>
    out.push({ rule, severity, variable: "GOPROXY", value: origin, message });
  const worst = Math.max(...gets.map((g) => g.seconds));
  if (worst > chain.slowSeconds) {
    d(
      "probe-proxy-slow",
      "warning",
      `${origin} took ${worst.toFixed(2)} s to answer one request; every module file costs a request like it.`,
    );
  }
  const tls = gets.find((g) => g.tls)?.tls;
  if (tls?.daysLeft !== undefined && tls.daysLeft < 14) {
    d(
      "probe-tls-expiring",
      "warning",
      `${origin}'s certificate expires in ${tls.daysLeft} day(s) (${tls.validTo}).`,
    );
  }
  const ok = gets.find(isOk);
  if (ok) {
    d(
      "probe-proxy-ok",
      "notice",
      `${origin} answered ${ok.statusText} in ${ok.seconds.toFixed(3)} s${ok.via !== "direct" ? ` through ${ok.via}` : ""}${ok.auth ? ` (credentials from ${ok.auth})` : ""}.`,
    );
  }
  return out;
}

/** The first failing answer of an entry: an error when a module reaches it and Go stops there. */
async function failureDiagnostic(
  chain: ChainView,
  v: EntryView,
  failing: { g: GetOutcome; mi: number }[],
): Promise<Diagnostic> {
  const { e, origin, next, nextName } = v;
  // Reached: every earlier proxy answered 404/410, or failed with `|` after it.
  const reached = (mi: number) =>
    chain.entries.slice(0, v.i).every((x, j) => {
      if (x.kind === "noproxy") return true;
      if (x.kind !== "proxy") return false;
      const g = chain.settled[mi]![j]!;
      return isNotFound(g) || (!isOk(g) && x.fallback === "any");
    });
  const { g } = failing[0]!;
  const hardReached = failing.some(({ mi }) => reached(mi)) && e.fallback !== "any";
  const what = g.error ?? `${g.statusText}`;
  let fall: string;
  if (e.fallback === "any") {
    fall = `It is followed by "|", so Go moves on to ${nextName ?? "the end of the list"} after this error, paying for the failed request every time.`;
  } else if (!next) {
    fall = "It is the last entry, so the download fails here.";
  } else {
    fall = `It is followed by "," (or is last), so Go falls through only on 404 or 410: this error stops the download instead of moving on to ${nextName}.${hardReached ? "" : " (Only modules that earlier proxies do not have reach it.)"} Use "|" after it to fall back on any error.`;
  }
  const hint = await hintFor(chain, g, e);
  return {
    rule: ruleFor(g),
    severity: hardReached ? "error" : "warning",
    variable: "GOPROXY",
    value: origin,
    message: `${origin}: ${what}${g.detail ? ` (server response: ${g.detail})` : ""}. ${fall}${hint ? ` ${hint}` : ""}`,
  };
}

function moduleDiagnostics(modules: readonly ModuleOutcome[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of modules) {
    if (m.outcome === "fail") {
      out.push({
        rule: "probe-chain-fails",
        severity: "error",
        variable: "GOPROXY",
        message: `go: ${m.module}: ${m.error ?? "no entry of GOPROXY serves it"} — this is what the download will report for that module.`,
      });
    } else if (m.outcome === "direct" && m.fellThrough.length > 0) {
      out.push({
        rule: "probe-fallback-direct",
        severity: "warning",
        variable: "GOPROXY",
        message: `${m.module} will be fetched directly from its origin (VCS), after ${m.fellThrough.map((f) => `${f.origin} (${f.reason})`).join(", ")}.`,
      });
    }
  }
  return out;
}

function ruleFor(g: GetOutcome): string {
  if (g.error) {
    switch (g.errorKind) {
      case "timeout":
        return "probe-proxy-timeout";
      case "tls":
        return "probe-proxy-tls";
      case "dns":
        return "probe-proxy-dns";
      case "insecure-redirect":
        return "probe-proxy-insecure-redirect";
      case "insecure-credentials":
        return "probe-proxy-insecure-credentials";
      case "egress-proxy":
        return "probe-egress-proxy-failed";
      default:
        return "probe-proxy-unreachable";
    }
  }
  if (g.status === 401 || g.status === 403) return "probe-proxy-auth";
  return "probe-proxy-status";
}

async function hintFor(
  chain: ChainView,
  g: GetOutcome,
  e: ProxyEntry,
): Promise<string | undefined> {
  const u = new URL(e.url);
  if (g.status === 401 || g.status === 403) return authHint(chain, g, e, u);
  if (g.errorKind === "tls") return tlsHint(chain, e);
  if (g.errorKind === "insecure-redirect") {
    return "The go command refuses https → http redirects; fix the proxy's redirect.";
  }
  if (g.errorKind === "timeout")
    return "The proxy accepted nothing useful before the probe timed out.";
  return undefined;
}

/** Why a 401/403: http, refused credentials, GOAUTH=off, or no .netrc entry for the host. */
function authHint(chain: ChainView, g: GetOutcome, e: ProxyEntry, u: URL): string {
  if (u.protocol === "http:")
    return "Go never sends .netrc or GOAUTH credentials over http; use https.";
  if (g.auth) {
    return `Credentials from ${g.auth} were sent and refused: check the user and token.`;
  }
  const { creds } = chain;
  if (creds.mode === "off")
    return "GOAUTH=off, so Go sends no credentials; unset it to use the .netrc.";
  const hostPort = e.url.replace(/^https:\/\/(?:[^@/]*@)?/, "").split("/")[0]!;
  const byName = netrcMatchMode(chain.goVersion.minor) === "hostname";
  const host = byName ? u.hostname.replace(/^\[|\]$/g, "") : hostPort;
  return `No credentials were sent: the .netrc Go reads (${creds.netrcPath ?? "none"}) has no complete machine/login/password entry for machine ${host} (${byName ? "this Go compares the host name only, without the port" : "Go compares host and port exactly"}). The credentials input writes one.`;
}

/** Which roots Go trusts, and whether NODE_EXTRA_CA_CERTS (which Go never reads) would help. */
async function tlsHint(chain: ChainView, e: ProxyEntry): Promise<string> {
  const { ctx } = chain;
  const parts: string[] = [];
  parts.push(
    ctx.roots.fromEnv
      ? `Go trusts only the roots in SSL_CERT_FILE/SSL_CERT_DIR (and the default directories when SSL_CERT_DIR is unset).`
      : "Go trusts the system roots; point SSL_CERT_FILE at the proxy's CA bundle.",
  );
  const extra = await withNodeExtra(ctx.roots, chain.env);
  if (extra) {
    const retry = await goGet(
      {
        ...ctx,
        roots: { ...ctx.roots, context: extra },
        dispatchers: new Map(),
        tlsSeen: new Map(),
      },
      e.url,
    ).catch(() => undefined);
    if (retry && retry.errorKind !== "tls") {
      parts.push(
        "NODE_EXTRA_CA_CERTS holds the CA that would make this work, but Go never reads NODE_EXTRA_CA_CERTS: put that file in SSL_CERT_FILE too.",
      );
    }
  }
  return parts.join(" ");
}
