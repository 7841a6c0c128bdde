// Live checks of a GOPROXY chain and its checksum database, before any download starts.
// Every request is made at once, under one overall timeout, exactly as the go command would make
// it (http.ts). The results are then walked with Go's TryProxies rules to say what the download
// will do: served, falls back (warning), or fails (error).
import type { Diagnostic, Severity } from "../core/diagnostic.ts";
import { escapePath, escapeVersion } from "../go/module-path.ts";
import type { ProxyEntry } from "../go/proxy-list.ts";
import { redactUrl, scrubSecrets, urlSecretForms } from "../redact/redact.ts";
import type { GoVersion } from "../go/version.ts";
import { UnverifiedNoteError, newVerifier, openNote } from "../sumdb/note.ts";
import { parseTree } from "../sumdb/records.ts";
import { goCredentials, type AuthSource, type GoCredentials } from "./auth.ts";
import { egressFromEnv } from "./env-proxy.ts";
import {
  closeHttpContext,
  goGet,
  newHttpContext,
  type GetOutcome,
  type HttpContext,
  type ProbeErrorKind,
  type TlsInfo,
} from "./http.ts";
import { goRoots, withNodeExtra } from "./trust.ts";
import { netrcMatchMode } from "../credentials/netrc.ts";

export interface ProbeModule {
  path: string;
  version: string;
}

export interface ProbeInput {
  /** The chain as Go parsed it (parseProxyList(...).entries); `noproxy` entries are skipped. */
  proxies: ProxyEntry[];
  /** The checksum database (from parseGosumdb); omit when GOSUMDB=off. */
  sumdb?: { name: string; key: string; url?: string };
  /** Modules the repository needs (not GONOPROXY ones), best candidates first. */
  modules: ProbeModule[];
  /** The `probe-module` input: used instead of `modules` when given. */
  probeModule?: ProbeModule;
  /** The environment Go will run with: HTTPS_PROXY, NO_PROXY, SSL_CERT_FILE, NETRC, GOAUTH, HOME… */
  env: Readonly<Record<string, string | undefined>>;
  goVersion: GoVersion;
  /** One bound for the whole probe. */
  timeoutMs: number;
  /** How many module candidates to ask each proxy for (default 2). */
  maxModules?: number;
  /** A response slower than this is reported (default 3 s). */
  slowSeconds?: number;
}

export type ProbeKind = "module" | "sumdb-supported" | "sumdb-latest";

export interface ProbeResult {
  kind: ProbeKind;
  /** The proxy as configured (credentials hidden), or "sumdb:<name>". */
  origin: string;
  /** The URL requested (credentials hidden). */
  url: string;
  /** path@version, for module probes. */
  module?: string;
  status?: number;
  statusText?: string;
  error?: string;
  errorKind?: ProbeErrorKind;
  /** Go's "server response" text for a non-200 plain-text body. */
  detail?: string;
  seconds: number;
  tls?: TlsInfo;
  /** "direct", or the egress proxy (HTTPS_PROXY/HTTP_PROXY) URL with credentials hidden. */
  via: string;
  redirects?: string[];
  /** Which credentials were sent. */
  auth: AuthSource | "none";
  retried?: boolean;
  /** For sumdb-supported probes: the proxy answered 200. */
  sumdbSupported?: boolean;
  /** For sumdb-latest probes. */
  treeSize?: number;
  verified?: boolean;
}

export interface ModuleOutcome {
  module: string;
  /** What the go command will do for this module's first request. */
  outcome: "proxy" | "direct" | "fail";
  /** The proxy that serves it (display form). */
  servedBy?: string;
  /** Proxies passed over on the way, with why. */
  fellThrough: { origin: string; reason: string }[];
  /** The error Go would report, when it fails. */
  error?: string;
}

export interface SumdbOutcome {
  name: string;
  /** How checksum lookups travel: through a proxy, straight to https://<name>, to GOSUMDB's URL, or nowhere. */
  access: "proxy" | "direct" | "url" | "failed";
  /** The proxy (display form) when access is "proxy". */
  origin?: string;
  /** The base URL lookups go to (redacted). */
  url?: string;
  verified: boolean;
  treeSize?: number;
  error?: string;
}

export interface ProbeReport {
  results: ProbeResult[];
  diagnostics: Diagnostic[];
  modules: ModuleOutcome[];
  sumdb?: SumdbOutcome;
  seconds: number;
  /** The overall timeout fired before every probe finished. */
  timedOut: boolean;
}

/** `<base>/<escaped path>/@v/<escaped version>.info`, joined and cleaned like Go's path.Join. */
export function moduleInfoUrl(base: string, m: ProbeModule): string {
  const u = new URL(base);
  const path = `${u.pathname.replace(/\/+$/, "")}/${escapePath(m.path)}/@v/${escapeVersion(m.version)}.info`;
  u.pathname = path.replace(/\/{2,}/g, "/");
  return u.href;
}

/** web.Join: one trailing slash removed from the base, no cleaning. */
export function sumdbUrl(base: string, name: string, file: string): string {
  return `${base.endsWith("/") ? base.slice(0, -1) : base}/sumdb/${name}/${file}`;
}

function isNotFound(g: GetOutcome): boolean {
  return !g.error && (g.status === 404 || g.status === 410);
}
function isOk(g: GetOutcome): boolean {
  return !g.error && g.status === 200;
}
function failure(g: GetOutcome): string {
  if (g.error) return g.error;
  return `reading ${g.url}: ${g.statusText ?? g.status}${g.detail ? `\n\tserver response: ${g.detail}` : ""}`;
}

interface Walk {
  /** Index of the entry that answers 200, or of a `direct` entry. */
  served?: number;
  direct?: boolean;
  fellThrough: { index: number; reason: string; hard: boolean }[];
  /** The error TryProxies returns when nothing served. */
  error?: { text: string; notFound: boolean; index?: number };
}

/**
 * TryProxies over probe outcomes. For modules a `direct` entry serves (it is not probed); for
 * the checksum database `direct`/`off` mean "connect directly" (sumdb: true).
 */
function tryProxies(
  entries: readonly ProxyEntry[],
  outcome: (i: number) => GetOutcome | undefined,
  sumdb: boolean,
): Walk {
  const walk: Walk = { fellThrough: [] };
  let best: Walk["error"];
  let bestRank = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.kind === "noproxy") continue;
    if (e.kind === "direct") {
      if (!sumdb) walk.served = i;
      walk.direct = true;
      return walk;
    }
    if (e.kind === "off") {
      const err = { text: "module lookup disabled by GOPROXY=off", notFound: true, index: i };
      if (sumdb) {
        if (bestRank <= 1) walk.direct = true;
        else walk.error = best;
        return walk;
      }
      if (bestRank <= 1) best = err;
      walk.error = best;
      return walk;
    }
    const g = outcome(i)!;
    if (isOk(g)) {
      walk.served = i;
      return walk;
    }
    if (isNotFound(g)) {
      walk.fellThrough.push({ index: i, reason: g.statusText ?? String(g.status), hard: false });
      if (bestRank <= 1) {
        best = { text: failure(g), notFound: true, index: i };
        bestRank = 1;
      }
      continue;
    }
    if (bestRank <= 2) {
      best = { text: failure(g), notFound: false, index: i };
      bestRank = 2;
    }
    if (e.fallback !== "any") {
      walk.error = best;
      return walk;
    }
    walk.fellThrough.push({
      index: i,
      reason: g.error ? (g.errorKind ?? "error") : (g.statusText ?? ""),
      hard: true,
    });
  }
  if (sumdb && bestRank < 2) walk.direct = true;
  else walk.error = best ?? { text: "no proxy in the chain", notFound: true };
  return walk;
}

function toResult(
  kind: ProbeKind,
  origin: string,
  g: GetOutcome,
  extra: Partial<ProbeResult> = {},
): ProbeResult {
  const r: ProbeResult = {
    kind,
    origin,
    url: g.url,
    seconds: g.seconds,
    via: g.via,
    auth: g.auth ?? "none",
  };
  if (g.status !== undefined) r.status = g.status;
  if (g.statusText) r.statusText = g.statusText;
  if (g.error) r.error = g.error;
  if (g.errorKind) r.errorKind = g.errorKind;
  if (g.detail) r.detail = g.detail;
  if (g.tls) r.tls = g.tls;
  if (g.redirects.length) r.redirects = g.redirects;
  if (g.retried) r.retried = true;
  return Object.assign(r, extra);
}

/** Probes every proxy of the chain and the checksum database; never throws. */
export async function probeChain(input: ProbeInput): Promise<ProbeReport> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(1, input.timeoutMs));
  const signal = controller.signal;
  const diagnostics: Diagnostic[] = [];
  const secrets = new Set<string>();
  for (const e of input.proxies) for (const s of urlSecretForms(e.url)) secrets.add(s);
  if (input.sumdb?.url) for (const s of urlSecretForms(input.sumdb.url)) secrets.add(s);
  for (const v of ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"]) {
    const val = input.env[v];
    if (val)
      for (const s of urlSecretForms(val.includes("://") ? val : `http://${val}`)) secrets.add(s);
  }

  const egress = egressFromEnv(input.env);
  for (const bad of egress.config.invalid) {
    diagnostics.push({
      rule: "probe-egress-proxy-invalid",
      severity: "warning",
      variable: bad.variable,
      message: `${bad.variable} does not parse as a URL, even with http:// in front; Go ignores it without a word and connects directly.`,
    });
  }
  const [roots, creds] = await Promise.all([
    goRoots(input.env),
    goCredentials(input.env, input.goVersion, signal),
  ]);
  for (const s of creds.secrets) secrets.add(s);
  diagnostics.push(...creds.diagnostics);
  const ctx = newHttpContext({
    egress,
    roots,
    creds,
    goVersion: input.goVersion,
    signal,
    secrets: [...secrets],
    maxBody: 1 << 16,
  });

  const entries = input.proxies;
  const display = (e: ProxyEntry) => scrubSecrets(redactUrl(e.display), ctx.secrets);
  const candidates = input.probeModule
    ? [input.probeModule]
    : dedupe(input.modules).slice(0, Math.max(1, input.maxModules ?? 2));

  const results: ProbeResult[] = [];
  const modules: ModuleOutcome[] = [];
  let sumdbOutcome: SumdbOutcome | undefined;

  // Everything at once.
  const moduleGets = candidates.map((m) =>
    entries.map((e) => {
      if (e.kind !== "proxy") return undefined;
      let url: string;
      try {
        url = moduleInfoUrl(e.url, m);
      } catch (err) {
        return Promise.resolve<GetOutcome>({
          url: display(e),
          error: `${(err as Error).message}`,
          errorKind: "bad-url",
          seconds: 0,
          via: "direct",
          redirects: [],
        });
      }
      return goGet(ctx, url);
    }),
  );
  const sumdb = input.sumdb;
  const supportedGets =
    sumdb && !sumdb.url
      ? entries.map((e) =>
          e.kind === "proxy" ? goGet(ctx, sumdbUrl(e.url, sumdb.name, "supported")) : undefined,
        )
      : [];
  const sumdbDone = sumdb
    ? probeSumdb(ctx, input, sumdb, entries, supportedGets, display)
    : undefined;

  try {
    const settled = await Promise.all(moduleGets.map((row) => Promise.all(row)));
    candidates.forEach((m, mi) => {
      const row = settled[mi]!;
      const module = `${m.path}@${m.version}`;
      entries.forEach((e, i) => {
        const g = row[i];
        if (g) results.push(toResult("module", display(e), g, { module }));
      });
      const walk = tryProxies(entries, (i) => row[i], false);
      const o: ModuleOutcome = {
        module,
        outcome: walk.served === undefined ? "fail" : walk.direct ? "direct" : "proxy",
        fellThrough: walk.fellThrough.map((f) => ({
          origin: display(entries[f.index]!),
          reason: f.reason,
        })),
      };
      if (walk.served !== undefined && !walk.direct) o.servedBy = display(entries[walk.served]!);
      if (walk.error && walk.served === undefined) o.error = walk.error.text;
      modules.push(o);
    });
    diagnostics.push(
      ...(await proxyDiagnostics(
        input,
        entries,
        settled,
        candidates,
        modules,
        display,
        creds,
        ctx,
      )),
    );
    if (sumdbDone) {
      const s = await sumdbDone;
      results.push(...s.results);
      diagnostics.push(...s.diagnostics);
      sumdbOutcome = s.outcome;
    }
  } finally {
    clearTimeout(timer);
    await closeHttpContext(ctx);
  }
  const report: ProbeReport = {
    results,
    diagnostics: diagnostics.map((d) => scrubDiagnostic(d, ctx.secrets)),
    modules,
    seconds: Math.round(performance.now() - started) / 1000,
    timedOut: signal.aborted,
  };
  if (sumdbOutcome) report.sumdb = sumdbOutcome;
  return report;
}

function scrubDiagnostic(d: Diagnostic, secrets: readonly string[]): Diagnostic {
  const out = { ...d, message: scrubSecrets(d.message, secrets) };
  if (d.value !== undefined) out.value = scrubSecrets(d.value, secrets);
  return out;
}

function dedupe(ms: readonly ProbeModule[]): ProbeModule[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.path}@${m.version}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

async function proxyDiagnostics(
  input: ProbeInput,
  entries: readonly ProxyEntry[],
  settled: (GetOutcome | undefined)[][],
  candidates: readonly ProbeModule[],
  modules: readonly ModuleOutcome[],
  display: (e: ProxyEntry) => string,
  creds: GoCredentials,
  ctx: HttpContext,
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const slow = input.slowSeconds ?? 3;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.kind !== "proxy") continue;
    const origin = display(e);
    const gets = settled.map((row) => row[i]!);
    const next = entries.slice(i + 1).find((x) => x.kind !== "noproxy");
    const nextName = next ? (next.kind === "proxy" ? display(next) : next.kind) : undefined;
    // Reached: every earlier proxy answered 404/410, or failed with `|` after it.
    const reached = gets.map((_, mi) =>
      entries.slice(0, i).every((x, j) => {
        if (x.kind === "noproxy") return true;
        if (x.kind !== "proxy") return false;
        const g = settled[mi]![j]!;
        return isNotFound(g) || (!isOk(g) && x.fallback === "any");
      }),
    );
    const failing = gets.map((g, mi) => ({ g, mi })).filter(({ g }) => !isOk(g) && !isNotFound(g));
    if (failing.length > 0) {
      const { g } = failing[0]!;
      const hardReached = failing.some(({ mi }) => reached[mi]) && e.fallback !== "any";
      const severity: Severity = hardReached ? "error" : "warning";
      const what = g.error ?? `${g.statusText}`;
      let fall: string;
      if (e.fallback === "any") {
        fall = `It is followed by "|", so Go moves on to ${nextName ?? "the end of the list"} after this error, paying for the failed request every time.`;
      } else if (!next) {
        fall = "It is the last entry, so the download fails here.";
      } else {
        fall = `It is followed by "," (or is last), so Go falls through only on 404 or 410: this error stops the download instead of moving on to ${nextName}.${hardReached ? "" : " (Only modules that earlier proxies do not have reach it.)"} Use "|" after it to fall back on any error.`;
      }
      const rule = ruleFor(g);
      const hint = await hintFor(g, e, creds, ctx, input);
      out.push({
        rule,
        severity,
        variable: "GOPROXY",
        value: origin,
        message: `${origin}: ${what}${g.detail ? ` (server response: ${g.detail})` : ""}. ${fall}${hint ? ` ${hint}` : ""}`,
      });
      continue;
    }
    const nf = gets.filter(isNotFound);
    if (nf.length === gets.length && gets.length > 0) {
      out.push({
        rule: "probe-proxy-not-found",
        severity: next ? "warning" : "error",
        variable: "GOPROXY",
        value: origin,
        message: `${origin} answered ${nf[0]!.statusText} for ${candidates.map((m) => `${m.path}@${m.version}`).join(", ")}. ${next ? `Go falls through to ${nextName}.` : "It is the last entry, so the download fails."}`,
      });
      continue;
    }
    const worst = Math.max(...gets.map((g) => g.seconds));
    if (worst > slow) {
      out.push({
        rule: "probe-proxy-slow",
        severity: "warning",
        variable: "GOPROXY",
        value: origin,
        message: `${origin} took ${worst.toFixed(2)} s to answer one request; every module file costs a request like it.`,
      });
    }
    const tls = gets.find((g) => g.tls)?.tls;
    if (tls?.daysLeft !== undefined && tls.daysLeft < 14) {
      out.push({
        rule: "probe-tls-expiring",
        severity: "warning",
        variable: "GOPROXY",
        value: origin,
        message: `${origin}'s certificate expires in ${tls.daysLeft} day(s) (${tls.validTo}).`,
      });
    }
    const ok = gets.find(isOk);
    if (ok) {
      out.push({
        rule: "probe-proxy-ok",
        severity: "notice",
        variable: "GOPROXY",
        value: origin,
        message: `${origin} answered ${ok.statusText} in ${ok.seconds.toFixed(3)} s${ok.via !== "direct" ? ` through ${ok.via}` : ""}${ok.auth ? ` (credentials from ${ok.auth})` : ""}.`,
      });
    }
  }
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
  g: GetOutcome,
  e: ProxyEntry,
  creds: GoCredentials,
  ctx: HttpContext,
  input: ProbeInput,
): Promise<string | undefined> {
  const u = new URL(e.url);
  if (g.status === 401 || g.status === 403) {
    if (u.protocol === "http:")
      return "Go never sends .netrc or GOAUTH credentials over http; use https.";
    if (g.auth) {
      return `Credentials from ${g.auth} were sent and refused: check the user and token.`;
    }
    if (creds.mode === "off")
      return "GOAUTH=off, so Go sends no credentials; unset it to use the .netrc.";
    const hostPort = e.url.replace(/^https:\/\/(?:[^@/]*@)?/, "").split("/")[0]!;
    const byName = netrcMatchMode(input.goVersion.minor) === "hostname";
    const host = byName ? new URL(e.url).hostname.replace(/^\[|\]$/g, "") : hostPort;
    return `No credentials were sent: the .netrc Go reads (${creds.netrcPath ?? "none"}) has no complete machine/login/password entry for machine ${host} (${byName ? "this Go compares the host name only, without the port" : "Go compares host and port exactly"}). The credentials input writes one.`;
  }
  if (g.errorKind === "tls") {
    const parts: string[] = [];
    parts.push(
      ctx.roots.fromEnv
        ? `Go trusts only the roots in SSL_CERT_FILE/SSL_CERT_DIR (and the default directories when SSL_CERT_DIR is unset).`
        : "Go trusts the system roots; point SSL_CERT_FILE at the proxy's CA bundle.",
    );
    const extra = await withNodeExtra(ctx.roots, input.env);
    if (extra) {
      // Would NODE_EXTRA_CA_CERTS have made it work? Go does not read it.
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
  if (g.errorKind === "insecure-redirect") {
    return "The go command refuses https → http redirects; fix the proxy's redirect.";
  }
  if (g.errorKind === "timeout")
    return "The proxy accepted nothing useful before the probe timed out.";
  return undefined;
}

async function probeSumdb(
  ctx: HttpContext,
  input: ProbeInput,
  sumdb: { name: string; key: string; url?: string },
  entries: readonly ProxyEntry[],
  supportedGets: (Promise<GetOutcome> | undefined)[],
  display: (e: ProxyEntry) => string,
): Promise<{ results: ProbeResult[]; diagnostics: Diagnostic[]; outcome: SumdbOutcome }> {
  const results: ProbeResult[] = [];
  const diagnostics: Diagnostic[] = [];
  const origin = `sumdb:${sumdb.name}`;
  const outcome: SumdbOutcome = { name: sumdb.name, access: "failed", verified: false };
  let base: string | undefined;
  if (sumdb.url) {
    outcome.access = "url";
    base = sumdb.url;
  } else {
    const supported = await Promise.all(supportedGets);
    entries.forEach((e, i) => {
      const g = supported[i];
      if (g) results.push(toResult("sumdb-supported", display(e), g, { sumdbSupported: isOk(g) }));
    });
    const walk = tryProxies(entries, (i) => supported[i], true);
    if (walk.served !== undefined) {
      const e = entries[walk.served]!;
      outcome.access = "proxy";
      outcome.origin = display(e);
      base = sumdbUrl(e.url, sumdb.name, "").slice(0, -1);
      diagnostics.push({
        rule: "probe-sumdb-via-proxy",
        severity: "notice",
        variable: "GOSUMDB",
        value: sumdb.name,
        message: `Checksum lookups for ${sumdb.name} go through ${outcome.origin} (it answered /sumdb/${sumdb.name}/supported with 200); Go will not fall back to the database directly if that proxy later fails.`,
      });
    } else if (walk.direct) {
      outcome.access = "direct";
      base = `https://${sumdb.name}`;
      const asked = results.filter((r) => r.kind === "sumdb-supported").length;
      diagnostics.push({
        rule: "probe-sumdb-direct",
        severity: "notice",
        variable: "GOSUMDB",
        value: sumdb.name,
        message: `Checksum lookups go straight to https://${sumdb.name}${asked ? ": no proxy in GOPROXY serves /sumdb/" + sumdb.name + "/supported" : ""}. That host must be reachable from CI.`,
      });
    } else {
      outcome.error = walk.error?.text;
      diagnostics.push({
        rule: "probe-sumdb-proxy-failed",
        severity: "error",
        variable: "GOSUMDB",
        value: sumdb.name,
        message: `Checksum-database access fails before any lookup: ${walk.error?.text ?? "no proxy answered"}. Go stops at this error (a "," follows that proxy, or no later entry was not-found). Append ",direct" or make the proxy answer /sumdb/${sumdb.name}/supported with 200 or 404.`,
      });
    }
  }
  if (base !== undefined) {
    outcome.url = scrubSecrets(redactUrl(base), ctx.secrets);
    const g = await goGet(ctx, `${base.replace(/\/$/, "")}/latest`);
    const res = toResult("sumdb-latest", outcome.access === "proxy" ? outcome.origin! : origin, g);
    results.push(res);
    if (!isOk(g) || !g.body) {
      outcome.error = failure(g);
      const rule =
        outcome.access === "direct"
          ? "probe-sumdb-direct-unreachable"
          : outcome.access === "proxy"
            ? "probe-sumdb-proxy-failed"
            : "probe-sumdb-unreachable";
      diagnostics.push({
        rule,
        severity: "error",
        variable: "GOSUMDB",
        value: sumdb.name,
        message: `The checksum database ${sumdb.name} cannot be read at ${outcome.url}/latest: ${outcome.error}. Every module not already in go.sum will fail verification.${outcome.access === "direct" ? ` Go goes there directly because no GOPROXY entry supports /sumdb/${sumdb.name}/; use a proxy that does, set GOSUMDB's URL, or list private modules in GONOSUMDB.` : ""}`,
      });
    } else {
      verifyLatest(g.body, sumdb, outcome, res, diagnostics);
    }
  }
  return { results, diagnostics, outcome };
}

function verifyLatest(
  body: Buffer,
  sumdb: { name: string; key: string },
  outcome: SumdbOutcome,
  res: ProbeResult,
  diagnostics: Diagnostic[],
): void {
  const d = (rule: string, message: string, severity: Severity = "error") =>
    diagnostics.push({ rule, severity, variable: "GOSUMDB", value: sumdb.name, message });
  let verifier;
  try {
    verifier = newVerifier(sumdb.key);
  } catch (e) {
    outcome.error = `invalid GOSUMDB: ${(e as Error).message}`;
    d("probe-sumdb-key-invalid", `${outcome.error}: the key cannot verify anything.`);
    return;
  }
  try {
    const note = openNote(body, [verifier]);
    const tree = parseTree(note.text);
    outcome.verified = true;
    outcome.treeSize = tree.n;
    res.verified = true;
    res.treeSize = tree.n;
    d(
      "probe-sumdb-verified",
      `The signed tree head of ${sumdb.name} (${outcome.url}/latest) verifies with the configured key: ${tree.n} records. Name, key and URL are right.`,
      "notice",
    );
  } catch (e) {
    res.verified = false;
    if (e instanceof UnverifiedNoteError) {
      const signers = e.note.unverifiedSigs.map(
        (s) => `${s.name}+${s.keyHash.toString(16).padStart(8, "0")}`,
      );
      outcome.error = "the tree head is not signed by the configured key";
      d(
        "probe-sumdb-wrong-key",
        `${outcome.url}/latest is signed by ${signers.join(", ") || "no key"}, not by the configured ${sumdb.name}+${verifier.keyHash.toString(16).padStart(8, "0")}. GOSUMDB's key (or name, or URL) is wrong: every verification would fail with "verifying go.mod: … invalid signature" or "no verifiable signatures".`,
      );
      return;
    }
    outcome.error = (e as Error).message;
    d(
      (e as Error).message.startsWith("invalid signature")
        ? "probe-sumdb-bad-signature"
        : "probe-sumdb-malformed",
      `${outcome.url}/latest does not verify: ${(e as Error).message}. Go will reject this database.`,
    );
  }
}
