// Live checks of a GOPROXY chain and its checksum database, before any download starts.
// Every request is made at once, under one overall timeout, exactly as the go command would make
// it (net/http.ts). The results are then walked with Go's TryProxies rules to say what the
// download will do: served, falls back (warning), or fails (error).
import type { Diagnostic } from "../core/diagnostic.ts";
import type { ProxyEntry } from "../go/proxy-list.ts";
import type { GoVersion } from "../go/version.ts";
import { openGoHttp } from "../net/context.ts";
import { closeHttpContext } from "../net/http.ts";
import { redactUrl, scrubSecrets } from "../redact/redact.ts";
import {
  moduleCandidates,
  moduleOutcomes,
  startModuleGets,
  type ModuleOutcome,
  type ProbeModule,
} from "./modules.ts";
import { proxyDiagnostics } from "./proxy-diagnostics.ts";
import type { ProbeResult } from "./results.ts";
import { probeSumdb, type SumdbOutcome, type SumdbTarget } from "./sumdb-probe.ts";

export interface ProbeInput {
  /** The chain as Go parsed it (parseProxyList(...).entries); `noproxy` entries are skipped. */
  proxies: ProxyEntry[];
  /** The checksum database (from parseGosumdb); omit when GOSUMDB=off. */
  sumdb?: SumdbTarget;
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

export interface ProbeReport {
  results: ProbeResult[];
  diagnostics: Diagnostic[];
  modules: ModuleOutcome[];
  sumdb?: SumdbOutcome;
  seconds: number;
  /** The overall timeout fired before every probe finished. */
  timedOut: boolean;
}

/** Probes every proxy of the chain and the checksum database; never throws. */
export async function probeChain(input: ProbeInput): Promise<ProbeReport> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(1, input.timeoutMs));
  const signal = controller.signal;
  const { ctx, egress, creds } = await openGoHttp({
    env: input.env,
    goVersion: input.goVersion,
    signal,
    urls: [...input.proxies.map((e) => e.url), ...(input.sumdb?.url ? [input.sumdb.url] : [])],
    maxBody: 1 << 16,
  });
  const diagnostics: Diagnostic[] = egress.config.invalid.map((bad) => ({
    rule: "probe-egress-proxy-invalid",
    severity: "warning",
    variable: bad.variable,
    message: `${bad.variable} does not parse as a URL, even with http:// in front; Go ignores it without a word and connects directly.`,
  }));
  diagnostics.push(...creds.diagnostics);

  const entries = input.proxies;
  const display = (e: ProxyEntry) => scrubSecrets(redactUrl(e.display), ctx.secrets);
  const candidates = moduleCandidates(input.modules, input.probeModule, input.maxModules ?? 2);
  // Everything at once.
  const moduleGets = startModuleGets(ctx, entries, candidates, display);
  const sumdbDone = input.sumdb ? probeSumdb(ctx, input.sumdb, entries, display) : undefined;

  const results: ProbeResult[] = [];
  const modules: ModuleOutcome[] = [];
  let sumdbOutcome: SumdbOutcome | undefined;
  try {
    const settled = await moduleGets;
    const walked = moduleOutcomes(entries, candidates, settled, display);
    results.push(...walked.results);
    modules.push(...walked.modules);
    const chain = {
      entries,
      settled,
      candidates,
      display,
      slowSeconds: input.slowSeconds ?? 3,
      goVersion: input.goVersion,
      env: input.env,
      creds,
      ctx,
    };
    diagnostics.push(...(await proxyDiagnostics(chain, modules)));
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
